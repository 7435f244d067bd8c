// Sidecar caption decoding (UTF-8, UTF-16 with a BOM, Windows-1252) and kohya folder names.
#include "fuzzutil.h"

#include "import/sourcescanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    const QByteArray bytes = lc::fuzz::bytes(data, size);
    const lc::DecodedCaption caption = lc::decodeCaption(bytes);
    // No replacement character that the file did not hold itself (UTF-16 files may spell U+FFFD as FF FD).
    if (caption.encoding.isEmpty() || caption.encoding == QLatin1String("Windows-1252"))
        LC_FUZZ_CHECK(!caption.text.contains(QChar(QChar::ReplacementCharacter)) || bytes.contains("\xef\xbf\xbd"));
    LC_FUZZ_CHECK(!caption.text.contains(QLatin1Char('\r')));
    LC_FUZZ_CHECK(!caption.text.contains(QChar(u'\0')));
    LC_FUZZ_CHECK(caption.text == caption.text.trimmed());
    (void)lc::parseKohyaFolderName(QString::fromUtf8(bytes));
    return 0;
}
