#include "cliptokenizer.h"

#include "util/tr.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QVarLengthArray>

#include <array>
#include <climits>

namespace lc {

namespace {

// Lines of the merges file that are CLIP's vocabulary: 49,408 ids = 256 bytes + the same closing a word
// + these merges + the two specials (OpenAI's `merges[1:49152-256-2+1]`).
constexpr int MergeCount = ClipTokenizer::VocabularySize - 512 - 2;

quint64 pairKey(int left, int right)
{
    return (quint64(quint32(left)) << 32) | quint32(right);
}

// GPT-2's bytes_to_unicode(): every byte stands for a printable character, so no merge ever holds a space
// or a control character. The order is the vocabulary's: printable bytes first, then the rest.
std::array<char32_t, 256> byteOrder(std::array<int, 256> *idOfByte)
{
    std::array<char32_t, 256> charOfId{};
    std::array<bool, 256> printable{};
    int id = 0;
    auto take = [&](int from, int to) {
        for (int b = from; b <= to; ++b) {
            printable[b] = true;
            charOfId[id] = char32_t(b);
            (*idOfByte)[b] = id++;
        }
    };
    take('!', '~');
    take(0xA1, 0xAC);
    take(0xAE, 0xFF);
    int shifted = 0;
    for (int b = 0; b < 256; ++b) {
        if (!printable[b]) {
            charOfId[id] = char32_t(256 + shifted++);
            (*idOfByte)[b] = id++;
        }
    }
    return charOfId;
}

enum class CharKind { Space, Letter, Number, Other };

CharKind kindOf(char32_t c)
{
    if (c < 0x80) {
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            return CharKind::Space;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return CharKind::Letter;
        if (c >= '0' && c <= '9')
            return CharKind::Number;
        return CharKind::Other;
    }
    // \s, \p{L} and \p{N} of CLIP's pattern.
    if (QChar::isSpace(c))
        return CharKind::Space;
    if (QChar::isLetter(c))
        return CharKind::Letter;
    if (QChar::isNumber(c))
        return CharKind::Number;
    return CharKind::Other;
}

char32_t codePointAt(QStringView s, qsizetype i, int *length)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

// The cleanup before the pattern: NFC (ftfy and CLIPTokenizerFast both do it) and lowercase. Collapsing
// whitespace is left out: the pattern never matches a space, so runs of it only separate words.
QString cleaned(const QString &text)
{
    // Below U+0300 there is nothing to compose, which is all of a typical caption.
    bool composable = false;
    for (QChar c : text) {
        if (c.unicode() >= 0x300) {
            composable = true;
            break;
        }
    }
    return (composable ? text.normalized(QString::NormalizationForm_C) : text).toLower();
}

// CLIP's pre-token pattern, matched by hand (the same alternatives in the same order, each greedy):
//   <\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+
// Calls piece(view) for each match, or special(id) for the two special tokens.
template <typename Piece, typename Special>
void splitWords(QStringView s, Piece &&piece, Special &&special)
{
    static const QString start = QStringLiteral("<|startoftext|>");
    static const QString end = QStringLiteral("<|endoftext|>");
    static const std::array<QStringView, 7> contractions = {
        u"'s", u"'t", u"'re", u"'ve", u"'m", u"'ll", u"'d"};

    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        int length = 1;
        const CharKind kind = kindOf(codePointAt(s, i, &length));
        if (kind == CharKind::Space) {
            i += length;
            continue;
        }
        const QStringView rest = s.mid(i);
        if (s[i] == u'<') {
            if (rest.startsWith(start)) {
                special(ClipTokenizer::StartOfText);
                i += start.size();
                continue;
            }
            if (rest.startsWith(end)) {
                special(ClipTokenizer::EndOfText);
                i += end.size();
                continue;
            }
        }
        if (s[i] == u'\'') {
            bool matched = false;
            for (QStringView c : contractions) {
                if (rest.startsWith(c)) {
                    piece(rest.left(c.size()));
                    i += c.size();
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        if (kind == CharKind::Number) {
            piece(rest.left(length));
            i += length;
            continue;
        }
        // A run of letters, or of what is neither space, letter nor number.
        qsizetype j = i + length;
        while (j < n) {
            int next = 1;
            if (kindOf(codePointAt(s, j, &next)) != kind)
                break;
            j += next;
        }
        piece(s.mid(i, j - i));
        i = j;
    }
}

} // namespace

struct ClipTokenizer::Tables
{
    std::array<int, 256> idOfByte{}; // + 256: the same byte closing a word ("</w>")
    QHash<quint64, int> rankOfPair;  // (left id, right id) -> merge rank
    QList<int> mergeLeft, mergeRight, mergeResult; // by rank

    // OpenAI's bpe(): merge the pair of lowest rank everywhere, left to right, until no pair has a rank.
    QList<int> bpe(QStringView word) const
    {
        const QByteArray utf8 = word.toUtf8();
        QVarLengthArray<int, 32> symbols;
        for (char b : utf8)
            symbols.append(idOfByte[uchar(b)]);
        symbols.last() += 256;

        QVarLengthArray<int, 32> merged;
        while (symbols.size() > 1) {
            int best = INT_MAX;
            for (qsizetype i = 0; i + 1 < symbols.size(); ++i) {
                const auto it = rankOfPair.constFind(pairKey(symbols[i], symbols[i + 1]));
                if (it != rankOfPair.cend() && *it < best)
                    best = *it;
            }
            if (best == INT_MAX)
                break;
            const int left = mergeLeft[best];
            const int right = mergeRight[best];
            merged.clear();
            for (qsizetype i = 0; i < symbols.size();) {
                if (i + 1 < symbols.size() && symbols[i] == left && symbols[i + 1] == right) {
                    merged.append(mergeResult[best]);
                    i += 2;
                } else {
                    merged.append(symbols[i++]);
                }
            }
            symbols = merged;
        }
        return QList<int>(symbols.cbegin(), symbols.cend());
    }
};

// Words repeat a lot in captions (and while typing, the whole caption repeats), so each word's BPE is
// worked out once. Bounded so a long session of pasted text cannot grow it without end.
struct ClipTokenizer::Cache
{
    static constexpr qsizetype MaxWords = 50000;
    QMutex mutex;
    QHash<QString, QList<int>> words;
};

ClipTokenizer::ClipTokenizer(std::shared_ptr<const Tables> tables)
    : m_tables(std::move(tables)), m_cache(std::make_shared<Cache>())
{
}

Result<ClipTokenizer> ClipTokenizer::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(!file.exists() ? ErrorCode::NotFound : ErrorCode::Io,
            CaptionTr::tr("Cannot read the CLIP vocabulary %1.").arg(path), file.errorString());
    }
    return fromMerges(file.readAll());
}

Result<ClipTokenizer> ClipTokenizer::fromMerges(const QByteArray &merges)
{
    auto corrupt = [](const QString &detail) {
        return makeError(ErrorCode::Corrupt, CaptionTr::tr("The CLIP vocabulary is damaged."), detail);
    };

    QList<QByteArrayView> lines;
    lines.reserve(MergeCount + 1);
    for (qsizetype from = 0; from < merges.size() && lines.size() <= MergeCount;) {
        qsizetype to = merges.indexOf('\n', from);
        if (to < 0)
            to = merges.size();
        QByteArrayView line(merges.constData() + from, to - from);
        if (line.endsWith('\r')) // a checkout that turned line ends into CRLF
            line.chop(1);
        lines.append(line);
        from = to + 1;
    }
    if (lines.isEmpty() || !lines.first().startsWith("#version"))
        return corrupt(QStringLiteral("the first line is not \"#version: ...\""));
    if (lines.size() < MergeCount + 1) {
        return corrupt(QStringLiteral("%1 merges instead of %2").arg(lines.size() - 1).arg(MergeCount));
    }

    auto tables = std::make_shared<Tables>();
    const std::array<char32_t, 256> charOfId = byteOrder(&tables->idOfByte);

    // Ids by token text (UTF-8), as OpenAI builds its encoder: bytes, bytes closing a word, then each
    // merge's result (a later duplicate would win, as in a Python dict). The keys view `texts`, reserved
    // up front so that it never moves, and the lines of `merges`.
    QByteArray texts;
    texts.reserve(merges.size() + 256 * 12);
    const char *const textsData = texts.constData();
    auto stored = [&texts](QByteArrayView left, QByteArrayView right) {
        const qsizetype from = texts.size();
        texts.append(left).append(right);
        return QByteArrayView(texts.constData() + from, texts.size() - from);
    };
    QHash<QByteArrayView, int> idOf;
    idOf.reserve(VocabularySize);
    for (int id = 0; id < 256; ++id) {
        const QByteArray c = QString::fromUcs4(&charOfId[id], 1).toUtf8();
        idOf.insert(stored(c, {}), id);
        idOf.insert(stored(c, "</w>"), 256 + id);
    }
    QList<QByteArrayView> lefts, rights, results;
    lefts.reserve(MergeCount);
    rights.reserve(MergeCount);
    results.reserve(MergeCount);
    for (int rank = 0; rank < MergeCount; ++rank) {
        const QByteArrayView line = lines[rank + 1];
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || space + 1 >= line.size() || line.indexOf(' ', space + 1) >= 0)
            return corrupt(QStringLiteral("line %1 is not a pair").arg(rank + 2));
        lefts.append(line.first(space));
        rights.append(line.sliced(space + 1));
        results.append(stored(lefts.last(), rights.last()));
        idOf.insert(results.last(), 512 + rank);
    }

    Q_ASSERT(texts.constData() == textsData);

    tables->rankOfPair.reserve(MergeCount);
    tables->mergeLeft.resize(MergeCount);
    tables->mergeRight.resize(MergeCount);
    tables->mergeResult.resize(MergeCount);
    for (int rank = 0; rank < MergeCount; ++rank) {
        const int left = idOf.value(lefts[rank], -1);
        const int right = idOf.value(rights[rank], -1);
        if (left < 0 || right < 0) // BPE only merges tokens that exist
            return corrupt(QStringLiteral("line %1 merges an unknown token").arg(rank + 2));
        tables->mergeLeft[rank] = left;
        tables->mergeRight[rank] = right;
        tables->mergeResult[rank] = idOf.value(results[rank]);
        tables->rankOfPair.insert(pairKey(left, right), rank);
    }
    return ClipTokenizer(std::move(tables));
}

int ClipTokenizer::tokenize(const QString &text, QList<int> *ids) const
{
    const QString s = cleaned(text);
    int total = 0;
    QMutexLocker lock(&m_cache->mutex);
    if (m_cache->words.size() > Cache::MaxWords)
        m_cache->words.clear();
    splitWords(
        s,
        [&](QStringView piece) {
            const QString word = piece.toString();
            auto it = m_cache->words.constFind(word);
            if (it == m_cache->words.cend())
                it = m_cache->words.insert(word, m_tables->bpe(piece));
            total += int(it->size());
            if (ids)
                ids->append(*it);
        },
        [&](int special) {
            ++total;
            if (ids)
                ids->append(special);
        });
    return total;
}

QList<int> ClipTokenizer::encode(const QString &text) const
{
    QList<int> ids;
    ids.reserve(text.size() / 3 + 2);
    ids.append(StartOfText);
    tokenize(text, &ids);
    ids.append(EndOfText);
    return ids;
}

int ClipTokenizer::count(const QString &text) const
{
    return tokenize(text, nullptr);
}

} // namespace lc
