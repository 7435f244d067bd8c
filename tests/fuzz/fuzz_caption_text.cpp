// What comes back from captioning models as text: Florence-2's Python-dict answers, and the cleaning
// every answer goes through before it becomes a caption.
#include "fuzzutil.h"

#include "caption/captiontext.h"
#include "caption/captiontypes.h"
#include "caption/replicatecaption.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    const QString text = QString::fromUtf8(lc::fuzz::bytes(data, size));
    (void)lc::parseFlorenceText(text);
    lc::CaptionSettings settings;
    const QString cleaned = lc::cleanCaption(text, settings, QStringLiteral("ohwx"));
    LC_FUZZ_CHECK(cleaned == cleaned.trimmed());
    (void)lc::fillPromptTemplate(text, {{QStringLiteral("filename"), QStringLiteral("a.jpg")}, {QStringLiteral("tags"), text}});
    return 0;
}
