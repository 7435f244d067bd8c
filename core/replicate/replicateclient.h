#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

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

// GET /account: who the token belongs to (a user or an organisation).
struct Account
{
    QString type; // "user" or "organization"
    QString username;
    QString name;
};

// A training (POST /models/{trainer}/versions/{id}/trainings, GET /trainings/{id}).
struct Training
{
    QString id;
    QString trainer;        // "model": the trainer's owner/name
    QString trainerVersion; // "version"
    QString destination;    // owner/name, when the answer says (else what the caller sent)
    QString status;         // starting, processing, succeeded, failed, canceled, aborted
    QJsonObject input;
    QString logs;
    QString error;
    QString createdAt, startedAt, completedAt; // ISO 8601 as Replicate wrote them; empty when not yet
    double predictSeconds = -1; // metrics.predict_time: GPU time, billed; -1 when not reported
    double totalSeconds = -1;   // metrics.total_time
    // output on success: the version it created ("owner/name:version", or a bare version id completed
    // with the destination) and the URL of trained_model.tar.
    QString outputModel;
    QString outputVersion;
    QUrl weightsUrl;

    bool isTerminal() const;
    bool succeeded() const { return status == QLatin1String("succeeded"); }
    QString newVersionRef() const { return outputVersion.isEmpty() ? QString() : outputModel + QLatin1Char(':') + outputVersion; }
    static Training fromJson(const QJsonObject &o, const QString &sentDestination = {});
};

struct NewModel
{
    QString owner;
    QString name;
    bool isPrivate = true;
    QString hardware = QStringLiteral("cpu"); // Replicate runs a trained LoRA on the trainer's hardware anyway
    QString description;
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
    // progress(sent, total) as the body goes out, on the HTTP thread.
    Result<UploadedFile> uploadFile(const QByteArray &bytes, const QString &fileName, const QByteArray &contentType,
        const std::atomic<bool> *cancel = nullptr, const std::function<void(qint64 sent, qint64 total)> &progress = {});
    Result<void> deleteFile(const QString &id);

    Result<Account> account(const std::atomic<bool> *cancel = nullptr);
    // The destination model: the existing one, else POST /models (a 409, someone created it meanwhile or
    // Replicate's stale-name quirk, reads it again). created tells which happened.
    Result<ModelInfo> ensureModel(const NewModel &model, bool *created = nullptr, const std::atomic<bool> *cancel = nullptr);

    // Never re-sent after a server error or a timeout (that could start, and bill, a second training);
    // only a 429 is retried. A lost answer is found again with trainings().
    Result<Training> createTraining(const ModelRef &trainer, const QString &destination, const QJsonObject &input,
        const std::atomic<bool> *cancel = nullptr);
    Result<Training> training(const QString &id, const std::atomic<bool> *cancel = nullptr);
    Result<Training> cancelTraining(const QString &id);
    // GET /trainings, newest first, following `next` for at most maxPages pages (100 a page).
    Result<QList<Training>> trainings(int maxPages = 1, const std::atomic<bool> *cancel = nullptr);

    QUrl url(const QString &path) const;

private:
    struct Call
    {
        Call(QByteArray method, QUrl url, QByteArray json = {}, int timeoutMs = 35'000)
            : method(std::move(method)), url(std::move(url)), json(std::move(json)), timeoutMs(timeoutMs) {}
        QByteArray method;
        QUrl url;
        QByteArray json; // a JSON body, when not empty
        int timeoutMs;
        bool idempotent = true;
    };
    // One authorised request whose 2xx answer is a JSON object.
    Result<QJsonObject> call(const Call &call, const std::atomic<bool> *cancel);

    net::HttpClient &m_http;
    QString m_token;
    QUrl m_base;
};

// The multipart/form-data body of a file upload, and its boundary.
QByteArray multipartFileBody(const QByteArray &bytes, const QString &fileName, const QByteArray &contentType,
    const QByteArray &boundary);

} // namespace lc::replicate
