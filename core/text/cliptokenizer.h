#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace lc {

// OpenAI CLIP's byte-level BPE tokenizer, the one SD 1.x, SDXL (both text towers) and Flux's CLIP-L read
// captions with. It gives the ids of Hugging Face's CLIPTokenizerFast for openai/clip-vit-large-patch14:
// NFC, whitespace collapsed, lowercase, CLIP's pre-token pattern, UTF-8 bytes mapped to printable
// characters, BPE by merge rank with "</w>" closing each word. OpenAI's original also runs ftfy first,
// which only changes mojibake, HTML entities and curly quotes (’ stays its own token here).
//
// Copies share the tables and the word cache; count() and encode() may run on several threads at once.
class ClipTokenizer
{
public:
    static constexpr int StartOfText = 49406;
    static constexpr int EndOfText = 49407;
    static constexpr int VocabularySize = 49408;
    static constexpr int ContextLength = 77;            // the window, StartOfText and EndOfText included
    static constexpr int MaxTokens = ContextLength - 2; // what a caption can use: 75

    // The merges of OpenAI's bpe_simple_vocab_16e6.txt (Hugging Face's merges.txt holds the same lines):
    // a "#version" line, then one "left right" pair per line by rank. Only the first 48,894 pairs are
    // CLIP's vocabulary; a longer file is cut there, as CLIP does.
    static Result<ClipTokenizer> load(const QString &path);
    static Result<ClipTokenizer> fromMerges(const QByteArray &merges);

    // StartOfText, the text's tokens, EndOfText; not cut to the window, so a caller sees what falls off.
    QList<int> encode(const QString &text) const;
    // The text's tokens without StartOfText and EndOfText: compare with MaxTokens.
    int count(const QString &text) const;

private:
    struct Tables;
    struct Cache;

    explicit ClipTokenizer(std::shared_ptr<const Tables> tables);
    // Appends the ids of text to ids when given, and returns how many there are.
    int tokenize(const QString &text, QList<int> *ids) const;

    std::shared_ptr<const Tables> m_tables;
    std::shared_ptr<Cache> m_cache;
};

} // namespace lc
