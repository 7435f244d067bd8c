#pragma once

#include "text/cliptokenizer.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sentencepiece {
class SentencePieceProcessor;
}

namespace lc {

// The T5 v1.1 tokenizer of Flux's T5-XXL text encoder: SentencePiece (unigram, 32,000 pieces) from T5's
// spiece.model, with "</s>" (id 1) appended once at the end and no start token. Flux reads 512 ids
// (Flux.1 dev; schnell 256), the "</s>" included, so a caption has 511.
//
// The model file is not shipped (it could not be obtained for the build), and SentencePiece is an optional
// dependency (LC_HAVE_SENTENCEPIECE). Without either the tokenizer still counts, as an estimate:
// isExact() is false and encode() is empty. See approximateCount() for how it estimates.
class T5Tokenizer
{
public:
    static constexpr int EndOfSequence = 1; // "</s>"
    static constexpr int ContextLength = 512;
    static constexpr int MaxTokens = ContextLength - 1;

    // Whether this build can read a spiece.model at all.
    static bool exactAvailable();

    static Result<T5Tokenizer> load(const QString &path);
    static Result<T5Tokenizer> fromModel(const QByteArray &serializedModel);
    // A tokenizer that estimates; with CLIP's tokenizer it estimates closer (see approximateCount()).
    static T5Tokenizer approximate(std::optional<ClipTokenizer> clip = std::nullopt);

    bool isExact() const { return m_processor != nullptr; }

    // The text's ids and EndOfSequence, not cut to the window; empty for an estimating tokenizer.
    QList<int> encode(const QString &text) const;
    // The text's tokens without EndOfSequence: compare with MaxTokens.
    int count(const QString &text) const;

    // The estimate without a model: per run of letters, CLIP's BPE pieces (when clip is given) or one
    // token per 6 letters; one token per up to 3 digits; one per other character (punctuation, symbols,
    // emoji); one per 2 characters of scripts T5 was not trained on (CJK and the like, which T5 reads as
    // <unk>). T5's 32k cased vocabulary and CLIP's 49k lowercased one split English words alike, T5 keeps
    // numbers whole where CLIP takes one token per digit.
    static int approximateCount(const QString &text, const ClipTokenizer *clip);

private:
    T5Tokenizer() = default;

    std::shared_ptr<const sentencepiece::SentencePieceProcessor> m_processor;
    std::optional<ClipTokenizer> m_clip;
};

} // namespace lc
