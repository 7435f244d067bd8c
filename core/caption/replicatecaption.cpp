#include "caption/replicatecaption.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>

namespace lc {

QList<ReplicateCaptionPreset> ReplicateCaptionPreset::all()
{
    using J = QJsonObject;
    return {
        {QStringLiteral("blip"), CaptionTr::tr("BLIP (short captions)"), QStringLiteral("salesforce/blip"), {},
            J{{QStringLiteral("task"), QStringLiteral("image_captioning")}}},
        {QStringLiteral("llava-13b"), CaptionTr::tr("LLaVA 13B"), QStringLiteral("yorickvp/llava-13b"),
            QStringLiteral("prompt"), J{{QStringLiteral("top_p"), 1}}},
        {QStringLiteral("llava-1.6"), CaptionTr::tr("LLaVA 1.6 (Vicuna 13B)"),
            QStringLiteral("yorickvp/llava-v1.6-vicuna-13b"), QStringLiteral("prompt"), J{{QStringLiteral("top_p"), 1}}},
        {QStringLiteral("florence-2-large"), CaptionTr::tr("Florence-2 large (detailed captions)"),
            QStringLiteral("lucataco/florence-2-large"), {},
            J{{QStringLiteral("task_input"), QStringLiteral("More Detailed Caption")}}},
        {QStringLiteral("custom"), CaptionTr::tr("Any model…"), {}, QStringLiteral("prompt"), {}},
    };
}

const ReplicateCaptionPreset *ReplicateCaptionPreset::find(const QString &key)
{
    static const QList<ReplicateCaptionPreset> presets = all();
    for (const ReplicateCaptionPreset &p : presets) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

void ReplicateCaptionPreset::applyTo(CaptionSettings &settings) const
{
    settings.backend = CaptionBackendKind::Replicate;
    if (!model.isEmpty())
        settings.model = model;
    settings.imageInput = QStringLiteral("image");
    settings.promptInput = promptInput;
    settings.extraInput = extraInput.isEmpty() ? QString()
                                               : QString::fromUtf8(QJsonDocument(extraInput).toJson(QJsonDocument::Compact));
}

Result<QString> parseFlorenceText(const QString &text)
{
    // {'<MORE_DETAILED_CAPTION>': 'The image shows …'}: the first value after "': " (or "\": ").
    const QString t = text.trimmed();
    qsizetype i = t.indexOf(QStringLiteral(">': "));
    if (i < 0)
        i = t.indexOf(QStringLiteral(">\": "));
    if (i < 0)
        return Error(ErrorCode::Server, CaptionTr::tr("Florence-2's answer has no caption in it."), t.left(300));
    i += 4;
    if (i >= t.size() || (t[i] != QLatin1Char('\'') && t[i] != QLatin1Char('"')))
        return Error(ErrorCode::Server, CaptionTr::tr("Florence-2's answer has no caption in it."), t.left(300));
    const QChar quote = t[i];
    QString value;
    for (++i; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == quote)
            return value;
        if (c != QLatin1Char('\\') || i + 1 >= t.size()) {
            value += c;
            continue;
        }
        const QChar e = t[++i];
        switch (e.unicode()) {
        case 'n': value += QLatin1Char('\n'); break;
        case 't': value += QLatin1Char('\t'); break;
        case 'r': break;
        case 'x':
        case 'u': {
            const int digits = e == QLatin1Char('x') ? 2 : 4;
            bool ok = false;
            const uint code = t.mid(i + 1, digits).toUInt(&ok, 16);
            if (ok) {
                value += QChar(char16_t(code));
                i += digits;
            } else {
                value += e;
            }
            break;
        }
        default: value += e; // \' \" \\ and anything else: the character itself
        }
    }
    return Error(ErrorCode::Server, CaptionTr::tr("Florence-2's answer ends inside the caption."), t.left(300));
}

Result<QString> parseReplicateOutput(const QJsonValue &output)
{
    auto stripPrefix = [](QString s) {
        s = s.trimmed();
        for (const QLatin1String prefix : {QLatin1String("Caption:"), QLatin1String("Answer:")}) {
            if (s.startsWith(prefix))
                return s.mid(prefix.size()).trimmed();
        }
        return s;
    };
    QString text;
    if (output.isString()) {
        text = stripPrefix(output.toString());
    } else if (output.isArray()) {
        for (const QJsonValue &token : output.toArray()) {
            if (token.isString())
                text += token.toString();
        }
        text = stripPrefix(text);
    } else if (output.isObject()) {
        const QJsonObject o = output.toObject();
        const QString inner = o.value(QStringLiteral("text")).toString();
        if (inner.trimmed().startsWith(QLatin1Char('{'))) {
            auto florence = parseFlorenceText(inner);
            if (!florence)
                return florence.error();
            text = florence->trimmed();
        } else if (!inner.isEmpty()) {
            text = stripPrefix(inner);
        } else {
            text = stripPrefix(o.value(QStringLiteral("caption")).toString());
        }
    }
    if (text.isEmpty()) {
        const QString raw = output.isNull() || output.isUndefined()
            ? QStringLiteral("null")
            : QString::fromUtf8(QJsonDocument(output.isObject() ? QJsonDocument(output.toObject())
                                                                : QJsonDocument(output.toArray()))
                                    .toJson(QJsonDocument::Compact));
        return Error(ErrorCode::Server,
            CaptionTr::tr("The model's output holds no caption that LoRA Craft can read: %1").arg(raw.left(200)));
    }
    return text;
}

ReplicateCaptionBackend::ReplicateCaptionBackend(net::HttpClient &http, CaptionSettings settings, QString token,
    int pollMs)
    : m_client(http, std::move(token))
    , m_settings(std::move(settings))
    , m_pollMs(pollMs)
{
}

QString ReplicateCaptionBackend::model() const
{
    QMutexLocker lock(&m_mutex);
    return m_ref ? m_ref->toString() : m_settings.model.trimmed();
}

Result<void> ReplicateCaptionBackend::prepare(const std::atomic<bool> *cancel)
{
    auto ref = replicate::ModelRef::parse(m_settings.model);
    if (!ref)
        return ref.error();
    if (auto extra = inputFor(QStringLiteral("data:"), QString()); !extra)
        return extra.error();
    if (ref->version.isEmpty()) {
        auto info = m_client.model(ref->owner, ref->name, cancel);
        if (!info)
            return info.error();
        // An official model runs through its own predictions endpoint, without a version.
        if (!info->isOfficial) {
            if (info->latestVersion.isEmpty()) {
                return Error(ErrorCode::NotFound,
                    CaptionTr::tr("The Replicate model %1 has no version to run yet.").arg(ref->path()));
            }
            ref->version = info->latestVersion;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_ref = *ref;
    return {};
}

Result<QJsonObject> ReplicateCaptionBackend::inputFor(const QString &imageUrl, const QString &prompt) const
{
    QJsonObject input;
    if (!m_settings.extraInput.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_settings.extraInput.toUtf8(), &error);
        if (!doc.isObject()) {
            return Error(ErrorCode::InvalidArgument,
                CaptionTr::tr("The extra inputs for the Replicate model are not a JSON object (%1): %2")
                    .arg(error.errorString(), m_settings.extraInput.left(100)));
        }
        input = doc.object();
    }
    const QString imageField = m_settings.imageInput.trimmed().isEmpty() ? QStringLiteral("image") : m_settings.imageInput.trimmed();
    input.insert(imageField, imageUrl);
    if (!m_settings.promptInput.trimmed().isEmpty()) {
        input.insert(m_settings.promptInput.trimmed(), prompt);
        // LLaVA-style models take these too; a model that does not know them rejects them (422), so only
        // with a prompt input, and only where the extra inputs did not set them.
        if (!input.contains(QStringLiteral("max_tokens")))
            input.insert(QStringLiteral("max_tokens"), m_settings.maxTokens);
        if (!input.contains(QStringLiteral("temperature")))
            input.insert(QStringLiteral("temperature"), m_settings.temperature);
    }
    return input;
}

Result<QString> ReplicateCaptionBackend::caption(const CaptionInput &input, const std::atomic<bool> *cancel)
{
    replicate::ModelRef ref;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_ref)
            return Error(ErrorCode::Internal, QStringLiteral("ReplicateCaptionBackend::prepare() was not called"));
        ref = *m_ref;
    }

    QString imageUrl;
    std::optional<replicate::UploadedFile> uploaded;
    if (input.jpeg.size() <= InlineLimit) {
        imageUrl = QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(input.jpeg.toBase64());
    } else {
        auto file = m_client.uploadFile(input.jpeg, QStringLiteral("caption.jpg"), "image/jpeg", cancel);
        if (!file)
            return file.error();
        uploaded = *file;
        imageUrl = file->url.toString();
    }
    // The upload served this one prediction: delete it whatever happens.
    const auto cleanup = qScopeGuard([&] {
        if (uploaded)
            (void)m_client.deleteFile(uploaded->id);
    });

    auto body = inputFor(imageUrl, input.prompt);
    if (!body)
        return body.error();
    auto prediction = m_client.createPrediction(ref, *body, 60, cancel);
    if (!prediction)
        return prediction.error();
    // A text answer may come while the prediction is still "processing"; tokens of a streaming model
    // (an array) are complete only when it has succeeded.
    const bool earlyText = prediction->status == QLatin1String("processing")
        && (prediction->output.isString() || prediction->output.isObject());
    if (!prediction->isTerminal() && !earlyText) {
        auto finished = m_client.waitFor(*prediction, cancel, m_pollMs);
        if (!finished)
            return finished.error();
        prediction = *finished;
    }
    if (prediction->status == QLatin1String("failed")) {
        return Error(ErrorCode::Server, CaptionTr::tr("The model failed: %1")
                                            .arg(prediction->error.isEmpty() ? CaptionTr::tr("no reason given") : prediction->error));
    }
    if (prediction->status == QLatin1String("canceled") || prediction->status == QLatin1String("aborted"))
        return Error(ErrorCode::Server, CaptionTr::tr("Replicate stopped the prediction (%1).").arg(prediction->status));
    if (prediction->dataRemoved && (prediction->output.isNull() || prediction->output.isUndefined()))
        return Error(ErrorCode::Server, CaptionTr::tr("Replicate removed the prediction's output before it was read."));
    return parseReplicateOutput(prediction->output);
}

} // namespace lc
