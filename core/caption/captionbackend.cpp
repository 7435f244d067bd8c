#include "captionbackend.h"

#include "caption/replicatecaption.h"
#include "image/decodebudget.h"
#include "image/jpegsegments.h"
#include "net/httpclient.h"
#include "util/tr.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>

namespace lc {

OpenAiCaptionBackend::OpenAiCaptionBackend(net::HttpClient &http, CaptionSettings settings, QString apiKey)
    : m_http(http)
    , m_settings(std::move(settings))
    , m_apiKey(std::move(apiKey))
{
}

QByteArray OpenAiCaptionBackend::requestBody(const CaptionInput &input) const
{
    // The image goes in as a data: URL of 70 KB and more. Through QJsonValue it would be widened to
    // UTF-16, copied into CBOR and escaped back, which was most of a caption request's CPU time; so the
    // document is serialised with a one-off placeholder where the URL goes, and the URL (base64 and the
    // data: prefix need no JSON escaping) replaces it in the bytes.
    const QString placeholder = QStringLiteral("lc-image-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QJsonArray content{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), input.prompt}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), placeholder}}}},
    };
    const QJsonObject body{
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("messages"),
            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), content}}}},
        {QStringLiteral("max_tokens"), m_settings.maxTokens},
        {QStringLiteral("temperature"), m_settings.temperature},
        {QStringLiteral("stream"), false},
    };
    QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray marker = '"' + placeholder.toLatin1() + '"';
    const qsizetype at = json.indexOf(marker);
    Q_ASSERT(at >= 0);
    static constexpr char prefix[] = "data:image/jpeg;base64,";
    const qsizetype encodedSize = (input.jpeg.size() + 2) / 3 * 4;
    QByteArray out;
    out.reserve(json.size() - marker.size() + 2 + qsizetype(sizeof prefix) - 1 + encodedSize);
    out.append(json.constData(), at + 1); // up to and with the opening quote
    out.append(prefix);
    out.append(input.jpeg.toBase64());
    out.append(json.constData() + at + marker.size() - 1, json.size() - at - marker.size() + 1); // the closing quote on
    return out;
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

namespace {

// The image as stored, minus its metadata, when a vision server can read it as it is: a baseline or
// progressive 8-bit JPEG, grey or YCbCr, upright (no EXIF rotation), within maxSide, and at most 4 bits a
// pixel (else re-encoding at quality 90 sends much less). That skips a decode and an encode per image
// (most of the captioning's own CPU time) and sends the pixels untouched; EXIF (GPS, camera serials), XMP
// and comments still never leave the machine. nullopt: re-encode.
std::optional<QByteArray> sendableAsStored(const QByteArray &imageBytes, int maxSide)
{
    const std::optional<JpegFrame> frame = jpegFrame(imageBytes);
    if (!frame || frame->process > 2 || frame->precision != 8 || (frame->components != 1 && frame->components != 3))
        return std::nullopt;
    if (frame->width <= 0 || frame->height <= 0 || (maxSide > 0 && std::max(frame->width, frame->height) > maxSide))
        return std::nullopt;
    if (imageBytes.size() > qint64(frame->width) * frame->height / 2)
        return std::nullopt;
    QBuffer buffer;
    buffer.setData(imageBytes);
    buffer.open(QIODevice::ReadOnly);
    if (QImageReader(&buffer, "jpeg").transformation() != QImageIOHandler::TransformationNone)
        return std::nullopt;
    QByteArray stripped = stripJpegMetadata(imageBytes);
    if (stripped.isEmpty())
        return std::nullopt;
    return stripped;
}

} // namespace

Result<QByteArray> captionJpeg(const QByteArray &imageBytes, int maxSide)
{
    if (std::optional<QByteArray> asStored = sendableAsStored(imageBytes, maxSide))
        return std::move(*asStored);
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
