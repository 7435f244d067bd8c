#include "replicate/replicateclient.h"

#include "net/httpclient.h"
#include "util/tr.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>

namespace lc::replicate {

namespace {

const QString DefaultBaseUrl = QStringLiteral("https://api.replicate.com/v1");

Result<QJsonObject> jsonObjectOf(const net::HttpResponse &response, const QUrl &url)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (!doc.isObject()) {
        return Error(ErrorCode::Server,
            ReplicateTr::tr("Replicate's answer to %1 is not JSON (%2).").arg(url.path(), parseError.errorString()),
            QString::fromUtf8(response.body.left(300)));
    }
    return doc.object();
}

} // namespace

QUrl baseUrl()
{
    const QString fromEnv = qEnvironmentVariable("LORACRAFT_REPLICATE_BASE_URL").trimmed();
    QString base = fromEnv.isEmpty() ? DefaultBaseUrl : fromEnv;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base);
}

Result<ModelRef> ModelRef::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z0-9][A-Za-z0-9._-]*)(?::([0-9a-fA-F]{64}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return Error(ErrorCode::InvalidArgument,
            ReplicateTr::tr("“%1” is not a Replicate model: use owner/name or owner/name:version (64 hex digits), "
                            "for example salesforce/blip.").arg(text.trimmed()));
    }
    return ModelRef{match.captured(1), match.captured(2), match.captured(3).toLower()};
}

bool Prediction::isTerminal() const
{
    return status == QLatin1String("succeeded") || status == QLatin1String("failed")
        || status == QLatin1String("canceled") || status == QLatin1String("aborted");
}

Prediction Prediction::fromJson(const QJsonObject &o)
{
    Prediction p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.status = o.value(QStringLiteral("status")).toString();
    p.output = o.value(QStringLiteral("output"));
    const QJsonValue error = o.value(QStringLiteral("error"));
    p.error = error.isString() ? error.toString()
        : (error.isNull() || error.isUndefined()) ? QString()
                                                  : QString::fromUtf8(QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact));
    p.dataRemoved = o.value(QStringLiteral("data_removed")).toBool();
    return p;
}

Client::Client(net::HttpClient &http, QString token, QUrl base)
    : m_http(http)
    , m_token(std::move(token))
    , m_base(std::move(base))
{
}

QUrl Client::url(const QString &path) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + path);
    return u;
}

Result<QJsonObject> Client::call(const Call &c, const std::atomic<bool> *cancel)
{
    net::HttpRequest request;
    request.method = c.method;
    request.url = c.url;
    if (!c.json.isEmpty())
        request.setJson(c.json);
    request.setBearer(m_token);
    request.timeoutMs = c.timeoutMs;
    request.idempotent = c.idempotent;
    auto response = m_http.sendAndWait(request, cancel);
    if (!response)
        return response.error();
    return jsonObjectOf(*response, request.url);
}

Result<ModelInfo> Client::model(const QString &owner, const QString &name, const std::atomic<bool> *cancel)
{
    auto object = call({"GET", url(QStringLiteral("/models/%1/%2").arg(owner, name))}, cancel);
    if (!object) {
        if (object.error().code == ErrorCode::NotFound) {
            return object.error().wrap(ErrorCode::NotFound,
                ReplicateTr::tr("Replicate has no model %1/%2 (or it is private to another account).").arg(owner, name));
        }
        return object.error();
    }
    ModelInfo info;
    info.owner = object->value(QStringLiteral("owner")).toString(owner);
    info.name = object->value(QStringLiteral("name")).toString(name);
    info.isOfficial = object->value(QStringLiteral("is_official")).toBool();
    const QJsonObject latest = object->value(QStringLiteral("latest_version")).toObject();
    info.latestVersion = latest.value(QStringLiteral("id")).toString();
    info.latestVersionSchema = latest.value(QStringLiteral("openapi_schema")).toObject();
    return info;
}

Result<Prediction> Client::createPrediction(const ModelRef &ref, const QJsonObject &input, int waitSeconds,
    const std::atomic<bool> *cancel)
{
    net::HttpRequest request;
    request.method = "POST";
    QJsonObject body{{QStringLiteral("input"), input}};
    if (ref.version.isEmpty()) {
        request.url = url(QStringLiteral("/models/%1/%2/predictions").arg(ref.owner, ref.name));
    } else {
        request.url = url(QStringLiteral("/predictions"));
        body.insert(QStringLiteral("version"), ref.version);
    }
    request.setJson(QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.setBearer(m_token);
    request.idempotent = false; // a retry after a 5xx or a timeout could run (and bill) the model twice
    if (waitSeconds > 0) {
        waitSeconds = std::min(waitSeconds, 60);
        request.setHeader("Prefer", "wait=" + QByteArray::number(waitSeconds));
        request.timeoutMs = (waitSeconds + 5) * 1000;
    } else {
        request.timeoutMs = 35'000;
    }
    auto response = m_http.sendAndWait(request, cancel);
    if (!response)
        return response.error();
    auto object = jsonObjectOf(*response, request.url);
    if (!object)
        return object.error();
    return Prediction::fromJson(*object);
}

Result<Prediction> Client::prediction(const QString &id, const std::atomic<bool> *cancel)
{
    auto object = call({"GET", url(QStringLiteral("/predictions/") + id)}, cancel);
    if (!object)
        return object.error();
    return Prediction::fromJson(*object);
}

Result<Prediction> Client::cancelPrediction(const QString &id)
{
    auto object = call({"POST", url(QStringLiteral("/predictions/%1/cancel").arg(id)), {}, 15'000}, nullptr);
    if (!object)
        return object.error();
    return Prediction::fromJson(*object);
}

Result<Account> Client::account(const std::atomic<bool> *cancel)
{
    auto object = call({"GET", url(QStringLiteral("/account"))}, cancel);
    if (!object)
        return object.error();
    Account a;
    a.type = object->value(QStringLiteral("type")).toString();
    a.username = object->value(QStringLiteral("username")).toString();
    a.name = object->value(QStringLiteral("name")).toString();
    if (a.username.isEmpty())
        return Error(ErrorCode::Server, ReplicateTr::tr("Replicate did not say whose token this is (no username)."));
    return a;
}

Result<ModelInfo> Client::ensureModel(const NewModel &model, bool *created, const std::atomic<bool> *cancel)
{
    if (created)
        *created = false;
    auto existing = this->model(model.owner, model.name, cancel);
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    const QJsonObject body{{QStringLiteral("owner"), model.owner}, {QStringLiteral("name"), model.name},
        {QStringLiteral("visibility"), model.isPrivate ? QStringLiteral("private") : QStringLiteral("public")},
        {QStringLiteral("hardware"), model.hardware}, {QStringLiteral("description"), model.description}};
    Call c{"POST", url(QStringLiteral("/models")), QJsonDocument(body).toJson(QJsonDocument::Compact)};
    c.idempotent = false;
    auto object = call(c, cancel);
    if (!object) {
        if (object.error().httpStatus == 409)
            return this->model(model.owner, model.name, cancel);
        return object.error();
    }
    if (created)
        *created = true;
    ModelInfo info;
    info.owner = object->value(QStringLiteral("owner")).toString(model.owner);
    info.name = object->value(QStringLiteral("name")).toString(model.name);
    return info;
}

bool Training::isTerminal() const
{
    return status == QLatin1String("succeeded") || status == QLatin1String("failed")
        || status == QLatin1String("canceled") || status == QLatin1String("aborted");
}

Training Training::fromJson(const QJsonObject &o, const QString &sentDestination)
{
    Training t;
    const Prediction common = Prediction::fromJson(o); // id, status and error have the same shapes
    t.id = common.id;
    t.status = common.status;
    t.error = common.error;
    t.trainer = o.value(QStringLiteral("model")).toString();
    t.trainerVersion = o.value(QStringLiteral("version")).toString();
    t.destination = o.value(QStringLiteral("destination")).toString(sentDestination);
    if (t.destination.isEmpty())
        t.destination = sentDestination;
    t.input = o.value(QStringLiteral("input")).toObject();
    t.logs = o.value(QStringLiteral("logs")).toString();
    t.createdAt = o.value(QStringLiteral("created_at")).toString();
    t.startedAt = o.value(QStringLiteral("started_at")).toString();
    t.completedAt = o.value(QStringLiteral("completed_at")).toString();
    const QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
    t.predictSeconds = metrics.value(QStringLiteral("predict_time")).toDouble(-1);
    t.totalSeconds = metrics.value(QStringLiteral("total_time")).toDouble(-1);
    const QJsonObject output = o.value(QStringLiteral("output")).toObject();
    // output.version is "owner/name:version" in most answers and a bare version id in some.
    const QString version = output.value(QStringLiteral("version")).toString().trimmed();
    const qsizetype colon = version.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        t.outputModel = version.left(colon);
        t.outputVersion = version.mid(colon + 1);
    } else if (!version.isEmpty()) {
        t.outputModel = t.destination;
        t.outputVersion = version;
    }
    t.weightsUrl = QUrl(output.value(QStringLiteral("weights")).toString());
    return t;
}

Result<Training> Client::createTraining(const ModelRef &trainer, const QString &destination, const QJsonObject &input,
    const std::atomic<bool> *cancel)
{
    if (trainer.version.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("createTraining needs the trainer's version"));
    const QJsonObject body{{QStringLiteral("destination"), destination}, {QStringLiteral("input"), input}};
    Call c{"POST", url(QStringLiteral("/models/%1/%2/versions/%3/trainings").arg(trainer.owner, trainer.name, trainer.version)),
        QJsonDocument(body).toJson(QJsonDocument::Compact)};
    c.idempotent = false; // a second create would start (and bill) a second training; HttpClient still retries a 429
    c.timeoutMs = 60'000;
    auto object = call(c, cancel);
    if (!object) {
        if (object.error().code == ErrorCode::NotFound && object.error().message.contains(QLatin1String("destination"))) {
            return object.error().wrap(ErrorCode::NotFound,
                ReplicateTr::tr("The destination model %1 does not exist, or this token cannot write to it.").arg(destination));
        }
        return object.error();
    }
    // The create answer's urls point at /predictions/{id}: only the id is used, polls go to /trainings/{id}.
    return Training::fromJson(*object, destination);
}

Result<Training> Client::training(const QString &id, const std::atomic<bool> *cancel)
{
    auto object = call({"GET", url(QStringLiteral("/trainings/") + id)}, cancel);
    if (!object)
        return object.error();
    return Training::fromJson(*object);
}

Result<Training> Client::cancelTraining(const QString &id)
{
    auto object = call({"POST", url(QStringLiteral("/trainings/%1/cancel").arg(id)), {}, 15'000}, nullptr);
    if (!object) {
        // Already over: the cancel is refused, the training's own state says how it ended.
        if (object.error().httpStatus >= 400 && object.error().httpStatus < 500 && object.error().httpStatus != 401
            && object.error().httpStatus != 404) {
            return training(id);
        }
        return object.error();
    }
    return Training::fromJson(*object);
}

Result<QList<Training>> Client::trainings(int maxPages, const std::atomic<bool> *cancel)
{
    QList<Training> all;
    QUrl next = url(QStringLiteral("/trainings"));
    for (int page = 0; page < std::max(1, maxPages) && next.isValid() && !next.isEmpty(); ++page) {
        auto object = call({"GET", next}, cancel);
        if (!object)
            return object.error();
        for (const QJsonValue &v : object->value(QStringLiteral("results")).toArray())
            all.append(Training::fromJson(v.toObject()));
        const QString nextUrl = object->value(QStringLiteral("next")).toString();
        // `next` is an absolute URL on Replicate's host; keep our base (a proxy, the tests' server) and
        // take only its query (the cursor).
        next = QUrl();
        if (!nextUrl.isEmpty()) {
            next = url(QStringLiteral("/trainings"));
            next.setQuery(QUrl(nextUrl).query());
        }
    }
    return all;
}

Result<Prediction> Client::waitFor(Prediction prediction, const std::atomic<bool> *cancel, int pollMs)
{
    while (!prediction.isTerminal()) {
        // Sleep in short steps so that Cancel is answered at once.
        QElapsedTimer slept;
        slept.start();
        while (slept.elapsed() < pollMs) {
            if (cancel && cancel->load()) {
                (void)cancelPrediction(prediction.id); // best effort: stop the billing too
                return Error(ErrorCode::Canceled, ReplicateTr::tr("Canceled."));
            }
            QThread::msleep(std::min<qint64>(50, pollMs - slept.elapsed() + 1));
        }
        auto next = this->prediction(prediction.id, cancel);
        if (!next)
            return next.error();
        prediction = *next;
    }
    return prediction;
}

QByteArray multipartFileBody(const QByteArray &bytes, const QString &fileName, const QByteArray &contentType,
    const QByteArray &boundary)
{
    QByteArray safeName = fileName.toUtf8();
    safeName.replace('"', "%22").replace('\r', "").replace('\n', "");
    QByteArray body;
    body.reserve(bytes.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"content\"; filename=\"" + safeName + "\"\r\n";
    body += "Content-Type: " + contentType + "\r\n\r\n";
    body += bytes;
    body += "\r\n--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"metadata\"\r\n";
    body += "Content-Type: application/json\r\n\r\n";
    body += "{\"app\":\"LoRA Craft\"}";
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

Result<UploadedFile> Client::uploadFile(const QByteArray &bytes, const QString &fileName,
    const QByteArray &contentType, const std::atomic<bool> *cancel, const std::function<void(qint64, qint64)> &progress)
{
    const QByteArray boundary = "----LoRACraft" + QUuid::createUuid().toByteArray(QUuid::Id128);
    net::HttpRequest request;
    request.method = "POST";
    request.url = url(QStringLiteral("/files"));
    request.setHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    request.body = multipartFileBody(bytes, fileName, contentType, boundary);
    request.setBearer(m_token);
    request.idempotent = false;
    request.timeoutMs = 120'000;
    request.onUploadProgress = progress;
    auto response = m_http.sendAndWait(request, cancel);
    if (!response)
        return response.error();
    auto object = jsonObjectOf(*response, request.url);
    if (!object)
        return object.error();
    UploadedFile file;
    file.id = object->value(QStringLiteral("id")).toString();
    file.url = QUrl(object->value(QStringLiteral("urls")).toObject().value(QStringLiteral("get")).toString());
    file.size = object->value(QStringLiteral("size")).toInteger();
    if (file.id.isEmpty() || !file.url.isValid())
        return Error(ErrorCode::Server, ReplicateTr::tr("Replicate accepted the upload but did not say where the file is."));
    return file;
}

Result<void> Client::deleteFile(const QString &id)
{
    net::HttpRequest request;
    request.method = "DELETE";
    request.url = url(QStringLiteral("/files/") + id);
    request.setBearer(m_token);
    request.timeoutMs = 15'000;
    auto response = m_http.sendAndWait(request);
    if (!response && response.error().code != ErrorCode::NotFound)
        return response.error();
    return {};
}

} // namespace lc::replicate
