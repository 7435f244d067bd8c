#pragma once

#include "caption/captiontypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lc {

namespace net {
class HttpClient;
}

struct CaptionInput
{
    QByteArray jpeg; // the image as sent: upright, long side at most CaptionSettings::maxSide
    QString prompt;  // the template filled in for this item
};

// One way to turn an image into a caption. caption() blocks the calling thread and is called from several
// threads at once (CaptionSettings::concurrency); it observes *cancel.
class CaptionBackend
{
public:
    virtual ~CaptionBackend() = default;
    virtual QString key() const = 0;   // "openai", "replicate": what the provenance records
    virtual QString model() const = 0; // as the provenance records it
    // Once per run, before the first caption(): resolve what the run needs (a model's version).
    virtual Result<void> prepare(const std::atomic<bool> *cancel)
    {
        Q_UNUSED(cancel);
        return {};
    }
    virtual Result<QString> caption(const CaptionInput &input, const std::atomic<bool> *cancel) = 0;
};

// An OpenAI-compatible chat-completions server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter, OpenAI):
// POST {base}/chat/completions with a text part and an image_url part holding a data: URL.
class OpenAiCaptionBackend final : public CaptionBackend
{
public:
    OpenAiCaptionBackend(net::HttpClient &http, CaptionSettings settings, QString apiKey);
    QString key() const override { return QStringLiteral("openai"); }
    QString model() const override { return m_settings.model; }
    Result<QString> caption(const CaptionInput &input, const std::atomic<bool> *cancel) override;

    // The request body, and the caption in a response body (content as a string, or as a list of parts).
    QByteArray requestBody(const CaptionInput &input) const;
    static Result<QString> parseResponse(const QByteArray &body);
    // GET {base}/models: the ids the server offers (where it has the endpoint).
    Result<QStringList> listModels(const std::atomic<bool> *cancel = nullptr);

private:
    net::HttpClient &m_http;
    CaptionSettings m_settings;
    QString m_apiKey;
};

// The backend for the settings; the key is empty when the server needs none.
Result<std::unique_ptr<CaptionBackend>> makeCaptionBackend(net::HttpClient &http, const CaptionSettings &settings,
    const QString &apiKey);

// The image as a backend receives it, always a JPEG without metadata: an upright JPEG within maxSide that
// any server can decode (baseline or progressive, 8-bit, grey or colour, at most 4 bits a pixel) as stored
// with its EXIF, XMP and comments removed; anything else decoded, turned upright, flattened onto white,
// scaled so its long side is at most maxSide and encoded at quality 90.
Result<QByteArray> captionJpeg(const QByteArray &imageBytes, int maxSide);

} // namespace lc
