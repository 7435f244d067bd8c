#pragma once

#include "catalog/types.h"
#include "text/cliptokenizer.h"
#include "text/t5tokenizer.h"
#include "util/enumkeys.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lc {

// The text encoders that read captions, by how they split text.
enum class TokenFamily { Clip, T5 };

template <>
struct EnumKeys<TokenFamily>
{
    static constexpr auto keys = std::to_array<EnumKey<TokenFamily>>({
        {TokenFamily::Clip, u"clip"},
        {TokenFamily::T5, u"t5"},
    });
};

struct TokenCount
{
    int tokens = 0;    // the caption's tokens, without the encoder's start and end tokens
    int limit = 0;     // what the encoder reads of a caption: 75 for CLIP (77 with start and end), 511 for T5
                       // (Flux's 512 with the end token)
    bool exact = true; // false: T5 estimated without its model (T5Tokenizer::approximateCount())

    bool fits() const { return tokens <= limit; }
};

// SD 1.5 and SDXL read captions with CLIP; Flux with T5 (its CLIP-L reads the first 75 tokens as well, but
// only for the pooled vector, so T5's window is the one a caption must fit).
TokenFamily tokenFamilyFor(TargetModel model);

// Both tokenizers, loaded once (CLIP's tables take some 30 ms to build: load off the GUI thread or lazily),
// then count() is cheap enough to run on each keystroke. Copies share everything; thread-safe.
class TokenCounter
{
public:
    static QString clipFileName(); // clip_merges.txt
    static QString t5FileName();   // t5_spiece.model

    // Reads the two files from dir, a folder or a Qt resource prefix (":/tokenizers"). CLIP's merges must be
    // there; without T5's model (or in a build without SentencePiece) T5 counts are estimates.
    static Result<TokenCounter> load(const QString &dir);
    // The application's counter, loaded on first use (from any thread): CLIP's merges built into the
    // library, T5's model where the user put it (userT5ModelPath()), else T5 estimates.
    static const Result<TokenCounter> &shared();
    // shared() when it has loaded (and loaded well), else null: never waits (the GUI thread asks this).
    static const TokenCounter *sharedIfLoaded();
    static QString userT5ModelPath();
    // The same from the files' bytes; an empty t5Model means none.
    static Result<TokenCounter> fromData(const QByteArray &clipMerges, const QByteArray &t5Model = {});

    TokenCount count(TokenFamily family, const QString &text) const;
    TokenCount count(TargetModel model, const QString &text) const
    {
        return count(tokenFamilyFor(model), text);
    }

    const ClipTokenizer &clip() const { return m_clip; }
    const T5Tokenizer &t5() const { return m_t5; }
    // Why T5 counts are estimates although a model was given (damaged, or a build without SentencePiece).
    const std::optional<Error> &t5Error() const { return m_t5Error; }

private:
    TokenCounter(ClipTokenizer clip, T5Tokenizer t5, std::optional<Error> t5Error);

    ClipTokenizer m_clip;
    T5Tokenizer m_t5;
    std::optional<Error> m_t5Error;
};

} // namespace lc
