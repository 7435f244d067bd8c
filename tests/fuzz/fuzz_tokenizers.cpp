// The CLIP BPE tokenizer (with the real merges table) and the T5 approximation the token counts use.
#include "fuzzutil.h"

#include "text/cliptokenizer.h"
#include "text/t5tokenizer.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    static const std::optional<lc::ClipTokenizer> clip = [] () -> std::optional<lc::ClipTokenizer> {
        auto t = lc::ClipTokenizer::load(QStringLiteral(LC_TOKENIZER_DIR "/clip_merges.txt"));
        return t ? std::optional<lc::ClipTokenizer>(*t) : std::nullopt;
    }();
    static const lc::T5Tokenizer t5 = lc::T5Tokenizer::approximate(clip);
    const QString text = QString::fromUtf8(lc::fuzz::bytes(data, size));
    if (clip) {
        const QList<int> ids = clip->encode(text);
        LC_FUZZ_CHECK(clip->count(text) == ids.size() - 2); // without StartOfText and EndOfText
    }
    (void)t5.count(text);
    return 0;
}
