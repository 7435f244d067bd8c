#include "captionbackend.h"

#include "caption/replicatecaption.h"
#include "image/decodebudget.h"
#include "net/httpclient.h"
#include "util/tr.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

namespace lc {

OpenAiCaptionBackend::OpenAiCaptionBackend(net::HttpClient &http, CaptionSettings settings, QString apiKey)
    : m_http(http)
    , m_settings(std::move(settings))
    , m_apiKey(std::move(apiKey))
{
}

QByteArray OpenAiCaptionBackend::requestBody(const CaptionInput &input) const
{
    const QString dataUrl = QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(input.jpeg.toBase64());
    const QJsonArray content{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), input.prompt}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), dataUrl}}}},
    };
    const QJsonObject body{
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("messages"),
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), content}}}},
        {QStringLiteral("max_tokens"), m_settings.maxTokens},
        {QStringLiteral("temperature"), m_settings.temperature},
        {QStringLiteral("stream"), false},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<QString> OpenAiCaptionBackend::parseResponse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        return Error(ErrorCode::Server, CaptionTr::tr("The server's answer is not JSON (%1).").arg(parseError.errorString()),
            QString::fromUtf8(body.left(500)));
    }
    const QJsonArray choices = doc.object().value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return Error(ErrorCode::Server, CaptionTr::tr("The server answered without a caption (no choices)."), QString::fromUtf8(body.left(500)));
    const QJsonValue content = choices.first().toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
    QString text;
    if (content.isString()) {
        text = content.toString();
    } else if (content.isArray()) {
        for (const QJsonValue &part : content.toArray()) {
            if (part.toObject().value(QStringLiteral("type")).toString() == QLatin1String("text"))
                text += part.toObject().value(QStringLiteral("text")).toString();
        }
    }
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::Server, CaptionTr::tr("The server answered with an empty caption."));
    return text;
}

Result<QString> OpenAiCaptionBackend::caption(const CaptionInput &input, const std::atomic<bool> *cancel)
{
    net::HttpRequest request;
    request.method = "POST";
    request.url = QUrl(m_settings.baseUrl + QStringLiteral("/chat/completions"));
    request.setJson(requestBody(input));
    request.timeoutMs = m_settings.timeoutSeconds * 1000;
    if (!m_apiKey.isEmpty())
        request.setBearer(m_apiKey);
    auto response = m_http.sendAndWait(std::move(request), cancel);
    if (!response)
        return response.error();
    return parseResponse(response->body);
}

Result<QStringList> OpenAiCaptionBackend::listModels(const std::atomic<bool> *cancel)
{
    net::HttpRequest request;
    request.url = QUrl(m_settings.baseUrl + QStringLiteral("/models"));
    request.timeoutMs = 15'000;
    if (!m_apiKey.isEmpty())
        request.setBearer(m_apiKey);
    auto response = m_http.sendAndWait(std::move(request), cancel);
    if (!response)
        return response.error();
    QStringList ids;
    for (const QJsonValue &m : QJsonDocument::fromJson(response->body).object().value(QStringLiteral("data")).toArray())
        ids << m.toObject().value(QStringLiteral("id")).toString();
    ids.removeAll(QString());
    return ids;
}

Result<std::unique_ptr<CaptionBackend>> makeCaptionBackend(net::HttpClient &http, const CaptionSettings &settings,
    const QString &apiKey)
{
    if (settings.model.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, CaptionTr::tr("No model is set for captioning."));
    switch (settings.backend) {
    case CaptionBackendKind::OpenAi: {
        const QUrl url(settings.baseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return Error(ErrorCode::InvalidArgument,
                CaptionTr::tr("“%1” is not a server address; use one like http://localhost:11434/v1.").arg(settings.baseUrl));
        return std::unique_ptr<CaptionBackend>(std::make_unique<OpenAiCaptionBackend>(http, settings, apiKey));
    }
    case CaptionBackendKind::Replicate:
        if (apiKey.isEmpty()) {
            return Error(ErrorCode::Authentication,
                CaptionTr::tr("No Replicate API token: store one in Settings → Captioning (it goes to the keychain) or "
                              "set REPLICATE_API_TOKEN."));
        }
        return std::unique_ptr<CaptionBackend>(std::make_unique<ReplicateCaptionBackend>(http, settings, apiKey));
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown caption backend"));
}

Result<QByteArray> captionJpeg(const QByteArray &imageBytes, int maxSide)
{
    QBuffer buffer;
    buffer.setData(imageBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return Error(ErrorCode::Corrupt, CaptionTr::tr("Cannot read the image (%1).").arg(reader.errorString()));
    QSize target = size;
    if (maxSide > 0 && std::max(size.width(), size.height()) > maxSide)
        target = size.scaled(maxSide, maxSide, Qt::KeepAspectRatio);
    reader.setScaledSize(target);
    const qint64 estimate = qint64(size.width()) * size.height() * 4;
    DecodeBudget &budget = DecodeBudget::global();
    const qint64 reserve = std::min(estimate, budget.capacity());
    if (!budget.acquire(reserve))
        return Error(ErrorCode::Canceled, CaptionTr::tr("Canceled."));
    DecodeReservation reservation(budget, reserve);
    QImage image = reader.read();
    if (image.isNull())
        return Error(ErrorCode::Corrupt, CaptionTr::tr("Cannot decode the image (%1).").arg(reader.errorString()));
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(90);
    if (!writer.write(image))
        return Error(ErrorCode::Internal, CaptionTr::tr("Cannot encode the image as JPEG (%1).").arg(writer.errorString()));
    return jpeg;
}

} // namespace lc
