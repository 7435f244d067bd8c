// Format sniffing and header parsing of every image format the import reads: LoRA Craft's own sniffer and
// JPEG frame reader, then Qt's readers asked only for the header (format, size, orientation), as the
// import does before it reserves memory for a decode.
#include "fuzzutil.h"

#include "image/imageformat.h"
#include "image/jpegsegments.h"

#include <QBuffer>
#include <QImageReader>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    const QByteArray bytes = lc::fuzz::bytes(data, size);
    const lc::FileKind kind = lc::sniffFileKind(bytes.left(64));
    (void)lc::isSupportedImage(kind);
    (void)lc::fileKindKey(kind);
    if (auto frame = lc::jpegFrame(bytes))
        (void)frame;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    (void)reader.format();
    (void)reader.size();
    (void)reader.imageFormat();
    (void)reader.transformation();
    return 0;
}
