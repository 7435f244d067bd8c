#include "tokencount.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <atomic>
#include <mutex>

namespace lc {

TokenFamily tokenFamilyFor(TargetModel model)
{
    switch (model) {
    case TargetModel::Flux: return TokenFamily::T5;
    case TargetModel::Sdxl:
    case TargetModel::Sd15: return TokenFamily::Clip;
    }
    return TokenFamily::Clip;
}

QString TokenCounter::clipFileName()
{
    return QStringLiteral("clip_merges.txt");
}

QString TokenCounter::t5FileName()
{
    return QStringLiteral("t5_spiece.model");
}

TokenCounter::TokenCounter(ClipTokenizer clip, T5Tokenizer t5, std::optional<Error> t5Error)
    : m_clip(std::move(clip)), m_t5(std::move(t5)), m_t5Error(std::move(t5Error))
{
}

Result<TokenCounter> TokenCounter::load(const QString &dir)
{
    QFile clipFile(QDir(dir).filePath(clipFileName()));
    if (!clipFile.open(QIODevice::ReadOnly)) {
        // ClipTokenizer::load says it in the words of a missing or unreadable file.
        return ClipTokenizer::load(clipFile.fileName()).error();
    }
    QByteArray t5Model;
    QFile t5File(QDir(dir).filePath(t5FileName()));
    if (t5File.open(QIODevice::ReadOnly))
        t5Model = t5File.readAll();
    return fromData(clipFile.readAll(), t5Model);
}

Result<TokenCounter> TokenCounter::fromData(const QByteArray &clipMerges, const QByteArray &t5Model)
{
    Result<ClipTokenizer> clip = ClipTokenizer::fromMerges(clipMerges);
    if (!clip)
        return clip.error();
    if (t5Model.isEmpty())
        return TokenCounter(*clip, T5Tokenizer::approximate(*clip), std::nullopt);
    Result<T5Tokenizer> t5 = T5Tokenizer::fromModel(t5Model);
    if (!t5) // CLIP counts are still worth having: T5 falls back to estimates and says why
        return TokenCounter(*clip, T5Tokenizer::approximate(*clip), t5.error());
    return TokenCounter(*clip, std::move(t5).value(), std::nullopt);
}

QString TokenCounter::userT5ModelPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokenizers/")
        + t5FileName();
}

namespace {
std::atomic<const Result<TokenCounter> *> loadedCounter{nullptr};
}

const TokenCounter *TokenCounter::sharedIfLoaded()
{
    const Result<TokenCounter> *counter = loadedCounter.load(std::memory_order_acquire);
    return counter && counter->ok() ? &counter->value() : nullptr;
}

const Result<TokenCounter> &TokenCounter::shared()
{
    static std::once_flag once;
    static std::optional<Result<TokenCounter>> counter;
    std::call_once(once, [] {
        QFile clipFile(QStringLiteral(":/tokenizers/") + clipFileName());
        if (!clipFile.open(QIODevice::ReadOnly)) {
            counter.emplace(Error(ErrorCode::Internal, QStringLiteral("the CLIP vocabulary is not built in")));
            return;
        }
        QByteArray t5Model;
        QFile t5File(userT5ModelPath());
        if (t5File.open(QIODevice::ReadOnly))
            t5Model = t5File.readAll();
        counter.emplace(fromData(clipFile.readAll(), t5Model));
        loadedCounter.store(&*counter, std::memory_order_release);
    });
    return *counter;
}

TokenCount TokenCounter::count(TokenFamily family, const QString &text) const
{
    switch (family) {
    case TokenFamily::Clip: return {m_clip.count(text), ClipTokenizer::MaxTokens, true};
    case TokenFamily::T5: return {m_t5.count(text), T5Tokenizer::MaxTokens, m_t5.isExact()};
    }
    return {};
}

} // namespace lc
