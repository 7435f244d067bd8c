#include "t5tokenizer.h"

#include "util/tr.h"

#include <QFile>

#ifdef LC_HAVE_SENTENCEPIECE
#include <sentencepiece_processor.h>

#include <string>
#include <vector>
#endif

namespace lc {

namespace {

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

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// T5 learnt its pieces from English C4 (and some German, French, Romanian): other scripts are mostly <unk>.
bool isLatin(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Latin || script == QChar::Script_Common
        || script == QChar::Script_Inherited;
}

int ceilDiv(qsizetype n, int d)
{
    return int((n + d - 1) / d);
}

} // namespace

bool T5Tokenizer::exactAvailable()
{
#ifdef LC_HAVE_SENTENCEPIECE
    return true;
#else
    return false;
#endif
}

Result<T5Tokenizer> T5Tokenizer::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(!file.exists() ? ErrorCode::NotFound : ErrorCode::Io,
            CaptionTr::tr("Cannot read the T5 tokenizer model %1.").arg(path), file.errorString());
    }
    return fromModel(file.readAll());
}

Result<T5Tokenizer> T5Tokenizer::fromModel(const QByteArray &serializedModel)
{
#ifdef LC_HAVE_SENTENCEPIECE
    auto processor = std::make_shared<sentencepiece::SentencePieceProcessor>();
    const auto status = processor->LoadFromSerializedProto(
        absl::string_view(serializedModel.constData(), size_t(serializedModel.size())));
    if (!status.ok()) {
        return makeError(ErrorCode::Corrupt, CaptionTr::tr("The T5 tokenizer model is damaged."),
            QString::fromStdString(status.ToString()));
    }
    // T5's ids: <pad> 0, </s> 1, <unk> 2. Another SentencePiece model (Llama's, ALBERT's) would load and
    // count, but not what Flux reads.
    if (processor->eos_id() != EndOfSequence) {
        return makeError(ErrorCode::Corrupt, CaptionTr::tr("The tokenizer model is not T5's."),
            QStringLiteral("end-of-sequence id %1 instead of 1").arg(processor->eos_id()));
    }
    T5Tokenizer tokenizer;
    tokenizer.m_processor = std::move(processor);
    return tokenizer;
#else
    Q_UNUSED(serializedModel);
    return makeError(ErrorCode::InvalidArgument,
        CaptionTr::tr("This build of LoRA Craft cannot read T5 tokenizer models."),
        QStringLiteral("built without SentencePiece (LC_HAVE_SENTENCEPIECE)"));
#endif
}

T5Tokenizer T5Tokenizer::approximate(std::optional<ClipTokenizer> clip)
{
    T5Tokenizer tokenizer;
    tokenizer.m_clip = std::move(clip);
    return tokenizer;
}

QList<int> T5Tokenizer::encode(const QString &text) const
{
    QList<int> ids;
#ifdef LC_HAVE_SENTENCEPIECE
    if (m_processor) {
        std::vector<int> pieces;
        if (m_processor->Encode(text.toStdString(), &pieces).ok())
            ids = QList<int>(pieces.cbegin(), pieces.cend());
        ids.append(EndOfSequence);
    }
#else
    Q_UNUSED(text);
#endif
    return ids;
}

int T5Tokenizer::count(const QString &text) const
{
#ifdef LC_HAVE_SENTENCEPIECE
    if (m_processor) {
        std::vector<int> pieces;
        return m_processor->Encode(text.toStdString(), &pieces).ok() ? int(pieces.size()) : 0;
    }
#endif
    return approximateCount(text, m_clip ? &*m_clip : nullptr);
}

int T5Tokenizer::approximateCount(const QString &text, const ClipTokenizer *clip)
{
    // SentencePiece's T5 normaliser is NFKC; composed letters make the runs below the same either way.
    const QString s = text.normalized(QString::NormalizationForm_KC);
    const qsizetype n = s.size();
    int total = 0;
    qsizetype i = 0;
    while (i < n) {
        int length = 1;
        const char32_t c = codePointAt(s, i, &length);
        if (QChar::isSpace(c)) {
            i += length;
            continue;
        }
        const bool letter = QChar::isLetter(c);
        const bool number = !letter && QChar::isNumber(c);
        if (!letter && !number) { // punctuation, symbols, emoji: a piece each
            ++total;
            i += length;
            continue;
        }
        // A run of letters (with their combining marks) or of digits.
        bool latin = isLatin(c);
        qsizetype j = i + length;
        qsizetype codePoints = 1;
        while (j < n) {
            int next = 1;
            const char32_t d = codePointAt(s, j, &next);
            if (letter ? !(QChar::isLetter(d) || isMark(d)) : !QChar::isNumber(d))
                break;
            latin = latin && isLatin(d);
            j += next;
            ++codePoints;
        }
        const QStringView run = QStringView(s).mid(i, j - i);
        if (number) {
            total += ceilDiv(codePoints, 3);
        } else if (!latin) {
            total += ceilDiv(codePoints, 2);
        } else if (run == u"a" && (i == 0 || s[i - 1].isSpace())) {
            total += 2; // T5 has no "▁a": the article is "▁" + "a" (as in T5's own "owning a dog" ids)
        } else {
            total += clip ? qMax(1, clip->count(run.toString())) : ceilDiv(codePoints, 6);
        }
        i = j;
    }
    return total;
}

} // namespace lc
