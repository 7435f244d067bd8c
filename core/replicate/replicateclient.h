#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <atomic>

namespace lc::net {
class HttpClient;
}

namespace lc::replicate {

// https://api.replicate.com/v1, or the environment variable LORACRAFT_REPLICATE_BASE_URL (tests, proxies).
QUrl baseUrl();

// "owner/name" or "owner/name:version".
struct ModelRef
{
    QString owner;
    QString name;
    QString version; // 64 hex digits; empty: the model's latest version, resolved at run time

    static Result<ModelRef> parse(const QString &text);
    QString path() const { return owner + QLatin1Char('/') + name; }
    QString toString() const { return version.isEmpty() ? path() : path() + QLatin1Char(':') + version; }
};

struct ModelInfo
{
    QString owner;
    QString name;
    QString latestVersion; // empty when the model has no version yet
    bool isOfficial = false;
    QJsonObject latestVersionSchema; // latest_version.openapi_schema
};

struct Prediction
{
    QString id;
    QString status; // starting, processing, succeeded, failed, canceled, aborted
    QJsonValue output;
    QString error;
    bool dataRemoved = false;

    bool isTerminal() const;
    bool succeeded() const { return status == QLatin1String("succeeded"); }
    static Prediction fromJson(const QJsonObject &o);
};

struct UploadedFile
{
    QString id;
    QUrl url; // urls.get: what a prediction or training input takes
    qint64 size = 0;
};

// The Replicate HTTP API (docs/replicate-api.md) over the application's HttpClient: models, predictions
// and files now; trainings build on the same calls. The token goes only into the Authorization header,
// which the HTTP layer keeps out of every log line and error. Calls block the calling thread (a worker)
// and observe *cancel.
class Client final
{
public:
    Client(net::HttpClient &http, QString token, QUrl base = baseUrl());

    Result<ModelInfo> model(const QString &owner, const QString &name, const std::atomic<bool> *cancel = nullptr);

    // POST /predictions with a version, or POST /models/{owner}/{name}/predictions for an official model
    // (ref without a version). waitSeconds > 0 asks the server to hold the answer that long
    // (Prefer: wait=N). Never retried after a server error or a timeout: that could run the model twice.
    Result<Prediction> createPrediction(const ModelRef &ref, const QJsonObject &input, int waitSeconds,
        const std::atomic<bool> *cancel = nullptr);
    Result<Prediction> prediction(const QString &id, const std::atomic<bool> *cancel = nullptr);
    Result<Prediction> cancelPrediction(const QString &id);
    // Polls every pollMs until the prediction reaches a terminal state; on cancel, asks the server to
    // cancel it too (best effort) and returns Canceled.
    Result<Prediction> waitFor(Prediction prediction, const std::atomic<bool> *cancel, int pollMs = 1000);

    // POST /files (multipart; the bytes, with their name and type on the "content" part).
    Result<UploadedFile> uploadFile(const QByteArray &bytes, const QString &fileName, const QByteArray &contentType,
        const std::atomic<bool> *cancel = nullptr);
    Result<void> deleteFile(const QString &id);

    QUrl url(const QString &path) const;

private:
    net::HttpClient &m_http;
    QString m_token;
    QUrl m_base;
};

// The multipart/form-data body of a file upload, and its boundary.
QByteArray multipartFileBody(const QByteArray &bytes, const QString &fileName, const QByteArray &contentType,
    const QByteArray &boundary);

} // namespace lc::replicate
