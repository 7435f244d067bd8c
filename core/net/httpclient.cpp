#include "httpclient.h"

#include "lowdelay.h"

#include "util/tr.h"
#include "util/waitcondition.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QDir>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

Q_LOGGING_CATEGORY(lcNet, "loracraft.net")

namespace lc::net {

namespace {

QString hostOf(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// What a log line or an error may show of a URL: no user info, no query (keys travel there in some
// APIs), no fragment.
QString loggable(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QByteArray bearerToken(const HttpRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            return value.startsWith("Bearer ") ? value.mid(7) : value;
        if (name.compare("X-Subscription-Token", Qt::CaseInsensitive) == 0) // Brave's API key
            return value;
    }
    return {};
}

// A server may echo what it was sent; a secret never leaves in an error.
QString redacted(QString text, const QByteArray &secret)
{
    if (secret.size() >= 4)
        text.replace(QString::fromUtf8(secret), QStringLiteral("‹redacted›"));
    return text;
}

int retryAfterSeconds(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

Error networkError(QNetworkReply::NetworkError code, const QString &text, const QUrl &url, bool timedOut)
{
    const QString host = url.host();
    if (timedOut || code == QNetworkReply::TimeoutError)
        return Error(ErrorCode::Timeout, NetTr::tr("%1 did not answer in time.").arg(host), text);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(ErrorCode::Network, NetTr::tr("Nothing is listening at %1: is the server running?").arg(loggable(url)), text);
    case QNetworkReply::HostNotFoundError:
        return Error(ErrorCode::Network, NetTr::tr("The host %1 was not found (check the address and the network).").arg(host), text);
    case QNetworkReply::RemoteHostClosedError:
        return Error(ErrorCode::Network, NetTr::tr("%1 closed the connection before answering.").arg(host), text);
    case QNetworkReply::ContentReSendError: // a OneShotBody that Qt wanted to send again
        return Error(ErrorCode::Network,
            NetTr::tr("The connection to %1 dropped after the request was sent, before any answer: it may have arrived.").arg(host), text);
    default:
        if (code >= QNetworkReply::SslHandshakeFailedError && code <= QNetworkReply::UnknownNetworkError)
            return Error(ErrorCode::Network, NetTr::tr("Cannot reach %1: %2").arg(host, text), text);
        return Error(ErrorCode::Network, NetTr::tr("The request to %1 failed: %2").arg(host, text), text);
    }
}

// The body of a request that must not be sent twice. Qt before 6.5 sends a request again by itself when
// the connection drops before any answer (QHttpNetworkConnectionChannel::handleUnexpectedEOF), whatever
// its method: a training create would start, and bill, a second training. Qt rewinds the body before it
// resends; this one refuses to rewind once read, so Qt fails the request (ContentReSendError) instead,
// and the caller finds out whether it arrived (GET /trainings).
class OneShotBody final : public QIODevice
{
public:
    // Not a QBuffer: Qt reads a QBuffer's bytes directly and would rewind them without asking.
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data)) {}

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_data.size() || (m_read && pos < this->pos()))
            return false;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - pos());
        if (n <= 0)
            return m_data.size() > pos() ? 0 : -1;
        m_read = true;
        std::memcpy(data, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_read = false;
};

} // namespace

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void HttpRequest::setBearer(const QString &token)
{
    setHeader("Authorization", "Bearer " + token.toUtf8());
}

void HttpRequest::setJson(const QByteArray &json)
{
    setHeader("Content-Type", "application/json");
    body = json;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(QLatin1String("error"));
        if (error.isObject() && error.toObject().value(QLatin1String("message")).isString())
            return error.toObject().value(QLatin1String("message")).toString();
        for (const char *key : {"error", "detail", "message", "title"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
    }
    QString text = QString::fromUtf8(body).trimmed().section(QLatin1Char('\n'), 0, 0);
    if (text.startsWith(QLatin1Char('<')))
        return {}; // an HTML error page says nothing a user can act on
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

Error errorForResponse(const QUrl &url, const HttpResponse &response)
{
    const int status = response.status;
    const QString said = serverMessage(response.body);
    const QString host = url.host();
    auto with = [&](const QString &sentence) { return said.isEmpty() ? sentence : sentence + QLatin1Char(' ') + said; };
    Error e;
    if (status == 401 || status == 403) {
        e = Error(ErrorCode::Authentication,
            with(NetTr::tr("%1 refused the credentials (HTTP %2): check the API key or token.").arg(host).arg(status)));
    } else if (status == 429) {
        e = Error(ErrorCode::RateLimited, with(NetTr::tr("%1 asked to slow down (HTTP 429).").arg(host)));
    } else if (status == 408 || status == 504) {
        e = Error(ErrorCode::Timeout, with(NetTr::tr("%1 timed out (HTTP %2).").arg(host).arg(status)));
    } else if (status >= 500) {
        e = Error(ErrorCode::Server, with(NetTr::tr("%1 failed (HTTP %2).").arg(host).arg(status)));
    } else if (status == 404) {
        // With a message of its own the server says what is missing (a model, a prediction); without one,
        // the address itself is the likely culprit (a base URL without /v1, say).
        e = Error(ErrorCode::NotFound, said.isEmpty() ? NetTr::tr("%1 has no %2 (HTTP 404).").arg(host, url.path())
                                                      : NetTr::tr("%1 answered HTTP 404 to %2: %3").arg(host, url.path(), said));
    } else {
        e = Error(ErrorCode::InvalidArgument, with(NetTr::tr("%1 refused the request (HTTP %2).").arg(host).arg(status)));
    }
    e.detail = QString::fromUtf8(response.body.left(2000));
    e.httpStatus = status;
    e.retryAfterSeconds = retryAfterSeconds(response.header("Retry-After"));
    return e;
}

int backoffDelayMs(const RetryPolicy &policy, int attempt)
{
    const double base = policy.baseDelayMs * std::pow(2.0, std::max(0, attempt - 2));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    return int(std::min<double>(policy.maxDelayMs, base * jitter));
}

// Lives on the client's thread: owns the QNetworkAccessManager and every call in flight.
class HttpClient::Engine final : public QObject
{
public:
    using Done = std::function<void(const Result<HttpResponse> &)>;

    struct Call
    {
        HttpRequest request;
        QPromise<Result<HttpResponse>> promise;
        Done done;
        QString host;
        int attempt = 0;
        QElapsedTimer clock;
        QPointer<QNetworkReply> reply;
        QTimer *retryTimer = nullptr;
        QFutureWatcher<Result<HttpResponse>> *watcher = nullptr;
        bool canceled = false;
        bool timedOut = false;
        bool finished = false;
        int manager = -1; // the network manager the attempt in flight went through
        std::shared_ptr<QSaveFile> sink; // HttpRequest::saveTo, for the attempt in flight
        QString sinkError;               // why the file could not be written
        qint64 sinkBytes = 0;            // written into it
        std::optional<Error> limitError; // the answer went past one of the request's limits (aborted)
        QUrl target;          // where the attempt in flight went: the request's address, or a redirect's
        int redirectsLeft = 0; // of HttpRequest::maxRedirects, in this attempt
        int resends = 0;       // of a redirect Qt lost, in this attempt
    };
    using CallPtr = std::shared_ptr<Call>;

    mutable QMutex settingsMutex;
    RetryPolicy policy;
    int hostLimit = 6;

    void submit(const CallPtr &call)
    {
        call->clock.start();
        call->host = hostOf(call->request.url);
        call->watcher = new QFutureWatcher<Result<HttpResponse>>(this);
        QObject::connect(call->watcher, &QFutureWatcherBase::canceled, this, [this, call] { cancel(call); });
        call->watcher->setFuture(call->promise.future());
        if (call->promise.isCanceled()) {
            cancel(call);
            return;
        }
        const QString scheme = call->request.url.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            complete(call, Error(ErrorCode::InvalidArgument,
                               NetTr::tr("Only http and https addresses can be fetched, not “%1”.").arg(loggable(call->request.url))));
            return;
        }
        m_waiting[call->host].append(call);
        pump(call->host);
    }

    void abortAll()
    {
        const auto waiting = m_waiting;
        for (const auto &queue : waiting)
            for (const CallPtr &call : queue)
                cancel(call);
        const auto running = m_running;
        for (const CallPtr &call : running)
            cancel(call);
        const auto delayed = m_delayed;
        for (const CallPtr &call : delayed)
            cancel(call);
    }

private:
    // Qt before 6.5 opens at most 6 connections per host and network manager (QHttp1Configuration came
    // later): a host limit above 6 spreads requests over several managers.
    static constexpr int ConnectionsPerManager = 6;
    std::vector<QNetworkAccessManager *> m_nams;
    QHash<QString, QList<int>> m_managerLoad; // per host: requests in flight through each manager
    QHash<QString, QList<CallPtr>> m_waiting; // per host, in order
    QHash<QString, int> m_inFlight;
    QList<CallPtr> m_running;
    QList<CallPtr> m_delayed; // waiting for a retry

    int limit() const
    {
        QMutexLocker lock(&settingsMutex);
        return std::max(1, hostLimit);
    }

    void pump(const QString &host)
    {
        auto &queue = m_waiting[host];
        while (!queue.isEmpty() && m_inFlight.value(host) < limit()) {
            CallPtr call = queue.takeFirst();
            startAttempt(call);
        }
        if (queue.isEmpty())
            m_waiting.remove(host);
    }

    int pickManager(const QString &host)
    {
        QList<int> &load = m_managerLoad[host];
        int best = -1;
        for (int i = 0; i < load.size(); ++i) {
            if (load[i] < ConnectionsPerManager && (best < 0 || load[i] < load[best]))
                best = i;
        }
        if (best < 0) {
            best = int(load.size());
            load.append(0);
        }
        while (int(m_nams.size()) <= best)
            m_nams.push_back(new QNetworkAccessManager(this));
        ++load[best];
        return best;
    }

    // A 2xx body goes into the download's file as it arrives; an error answer's stays in the reply.
    static void drainInto(Call &call, QNetworkReply *reply)
    {
        if (!call.sink || !call.sinkError.isEmpty())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status > 299)
            return;
        const QByteArray chunk = reply->readAll();
        call.sinkBytes += chunk.size();
        if (call.sink->write(chunk) != chunk.size()) {
            call.sinkError = NetTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(call.request.saveTo), call.sink->errorString());
            reply->abort();
        }
    }

    // Aborts an answer past the request's limits (HttpRequest::maxBytes, acceptContentTypes).
    static void checkLimits(Call &call, QNetworkReply *reply, qint64 received)
    {
        if (call.limitError || call.finished)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status > 299)
            return; // a redirect on the way, or an error answer (read for its message)
        const QString where = loggable(call.request.url);
        const qint64 max = call.request.maxBytes;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (max >= 0 && ((length.isValid() && length.toLongLong() > max) || received > max)) {
            const qint64 size = received > max ? received : length.toLongLong();
            // Past the limit while streaming, only a lower bound of the size is known.
            const QString message = received > max ? NetTr::tr("%1 is larger than the %2 MB limit (%3 MB and more).")
                                                   : NetTr::tr("%1 is larger than the %2 MB limit (%3 MB).");
            call.limitError = refusedInput(SkipReason::TooLarge,
                message.arg(where, QString::number(double(max) / 1e6, 'f', 0), QString::number(double(size) / 1e6, 'f', 1)));
        } else if (!call.request.acceptContentTypes.isEmpty() && received < 0) {
            const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().trimmed().toLower();
            const bool accepted = std::any_of(call.request.acceptContentTypes.cbegin(), call.request.acceptContentTypes.cend(),
                [&type](const QByteArray &prefix) { return type.startsWith(prefix.toLower()); });
            if (!accepted) {
                const QString shown = type.isEmpty() ? NetTr::tr("no content type") : QString::fromLatin1(type.left(60));
                call.limitError = refusedInput(SkipReason::NotAnImage,
                    NetTr::tr("%1 sent %2, not an image.").arg(where, shown));
            }
        }
        if (call.limitError)
            reply->abort();
    }

    // A new attempt starts at the request's address with all its redirects; a redirect the client follows
    // itself (see continueRedirect) goes on from where the attempt got to.
    void startAttempt(const CallPtr &call, bool redirect = false)
    {
        if (!call->request.saveTo.isEmpty()) {
            call->sinkError.clear();
            call->sinkBytes = 0;
            call->sink = std::make_shared<QSaveFile>(call->request.saveTo);
            if (!call->sink->open(QIODevice::WriteOnly)) {
                const QString why = call->sink->errorString();
                call->sink.reset();
                complete(call, Error(ErrorCode::Io, NetTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(call->request.saveTo), why)));
                return;
            }
        }
        call->manager = pickManager(call->host);
        if (!redirect) {
            ++call->attempt;
            call->target = call->request.url;
            call->redirectsLeft = std::max(0, call->request.maxRedirects);
            call->resends = 0;
        }
        call->timedOut = false;
        call->limitError.reset();
        QNetworkRequest request(call->target);
        for (const auto &[name, value] : call->request.headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(call->request.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(call->redirectsLeft);
        if (call->request.anonymous) {
            request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
            request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
            request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        }
        QNetworkAccessManager *nam = m_nams[size_t(call->manager)];
        QNetworkReply *reply = nullptr;
        if (!call->request.idempotent && !call->request.body.isEmpty()) {
            auto *body = new OneShotBody(call->request.body, nullptr);
            body->open(QIODevice::ReadOnly);
            reply = nam->sendCustomRequest(request, call->request.method, body);
            body->setParent(reply); // lives as long as Qt may read it
        } else {
            reply = nam->sendCustomRequest(request, call->request.method, call->request.body);
        }
        call->reply = reply;
        QObject::connect(reply, &QNetworkReply::redirected, this, [call](const QUrl &to) {
            call->target = call->target.resolved(to);
            --call->redirectsLeft;
        });
        m_inFlight[call->host] += 1;
        m_running.append(call);
        if (call->request.maxBytes >= 0 || !call->request.acceptContentTypes.isEmpty()) {
            // Checked as soon as the final answer's headers arrive, and as its body does: a 200 MB file
            // or an HTML page is stopped before it is read.
            QObject::connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply] { checkLimits(*call, reply, -1); });
            QObject::connect(reply, &QNetworkReply::downloadProgress, this,
                [call, reply](qint64 received, qint64) { checkLimits(*call, reply, received); });
        }
        if (call->sink)
            QObject::connect(reply, &QIODevice::readyRead, this, [call, reply] { drainInto(*call, reply); });
        if (call->request.onUploadProgress) {
            QObject::connect(reply, &QNetworkReply::uploadProgress, this,
                [progress = call->request.onUploadProgress](qint64 sent, qint64 total) {
                    if (total > 0) // Qt ends with a (0, 0) that means nothing
                        progress(sent, total);
                });
        }
        if (call->request.onProgress) {
            QObject::connect(reply, &QNetworkReply::downloadProgress, this,
                [progress = call->request.onProgress](qint64 received, qint64 total) { progress(received, total); });
        }
        // No Nagle wait between a request's headers and its body (see lowdelay.h), set once per
        // connection: on a new one, when the first piece of the body has been written (what Nagle held
        // back meanwhile goes out when the option is set), or for a request without a body when the
        // answer's headers arrive, so that a later request on the kept-alive connection has it.
        const QUrl &url = call->target;
        const auto port = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        auto fresh = std::make_shared<bool>(false);
        QObject::connect(reply, &QNetworkReply::socketStartedConnecting, this, [fresh] { *fresh = true; });
        auto once = std::make_shared<QMetaObject::Connection>();
        auto lowDelay = [once, fresh, port] {
            QObject::disconnect(*once);
            if (*fresh)
                setLowDelayOnConnectionsTo(port);
        };
        if (!call->request.body.isEmpty())
            *once = QObject::connect(reply, &QNetworkReply::uploadProgress, this, lowDelay);
        else
            *once = QObject::connect(reply, &QNetworkReply::metaDataChanged, this, lowDelay);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onFinished(call, reply); });
    }

    void release(const CallPtr &call)
    {
        m_running.removeOne(call);
        if (--m_inFlight[call->host] <= 0)
            m_inFlight.remove(call->host);
        if (call->manager >= 0) {
            QList<int> &load = m_managerLoad[call->host];
            if (call->manager < load.size() && load[call->manager] > 0)
                --load[call->manager];
            call->manager = -1;
        }
    }

    void onFinished(const CallPtr &call, QNetworkReply *reply)
    {
        reply->deleteLater();
        if (call->finished)
            return;
        release(call);
        call->reply = nullptr;
        const QString host = call->host;
        if (call->canceled) {
            complete(call, Error(ErrorCode::Canceled, NetTr::tr("Canceled.")));
            pump(host);
            return;
        }
        HttpResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        response.status = status.isValid() ? status.toInt() : 0;
        if (call->sink && reply->isOpen())
            drainInto(*call, reply);
        if (reply->isOpen())
            response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        response.attempts = call->attempt;
        response.elapsedMs = call->clock.elapsed();

        const QByteArray secret = bearerToken(call->request);
        std::optional<Error> error;
        bool neverReachedServer = false;
        // An answer cut short (the connection closed before Content-Length bytes) is a network failure
        // whatever its status line said.
        const auto code = reply->error();
        const bool transportFailed = code != QNetworkReply::NoError && (code < QNetworkReply::ContentAccessDenied);
        // Qt 6.4 now and then ends a reply whose connection closed early without an error: the bytes
        // received are checked against Content-Length (when the body was not compressed on the way).
        bool cutShort = false;
        if (!transportFailed && response.status >= 200 && response.status <= 299 && response.header("Content-Encoding").isEmpty()) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            const qint64 received = call->sink ? call->sinkBytes : response.body.size();
            cutShort = length.isValid() && length.toLongLong() != received;
        }
        if (!call->limitError && continueRedirect(call, reply, response.status)) {
            pump(host);
            return;
        }
        if (transportFailed && call->target != call->request.url && reply->rawHeaderPairs().isEmpty())
            response.status = 0; // the status was the redirect's: where it led never answered
        if (call->limitError) {
            error = *call->limitError;
        } else if (code == QNetworkReply::TooManyRedirectsError || code == QNetworkReply::InsecureRedirectError) {
            error = refusedInput(SkipReason::Unreadable,
                code == QNetworkReply::TooManyRedirectsError
                    ? NetTr::tr("%1 redirected more than %2 times.").arg(loggable(call->request.url)).arg(call->request.maxRedirects)
                    : NetTr::tr("%1 redirected to an address that is less safe (https to http).").arg(loggable(call->request.url)));
        } else if (const QUrl elsewhere = redirectTarget(*call, reply, response.status);
                   code == QNetworkReply::ProtocolUnknownError && !elsewhere.isEmpty()) {
            error = refusedInput(SkipReason::Unreadable, NetTr::tr("%1 redirected to “%2”, which is not an http or https address.")
                                                             .arg(loggable(call->request.url), loggable(elsewhere)));
        } else if (cutShort) {
            error = Error(ErrorCode::Network,
                NetTr::tr("%1 closed the connection before the whole answer arrived.").arg(call->request.url.host()));
        } else if (response.status == 0 || (transportFailed && response.status >= 200 && response.status <= 299)) {
            // A transfer timeout aborts the reply (OperationCanceledError) without our asking.
            const bool timedOut = code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
            error = networkError(code, redacted(reply->errorString(), secret), call->request.url, timedOut);
            neverReachedServer = code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError;
        } else if (response.status < 200 || response.status > 299) {
            error = errorForResponse(call->request.url, response);
            error->message = redacted(error->message, secret);
            error->detail = redacted(error->detail, secret);
        }
        if (call->sink) {
            // The file is complete only when the whole answer arrived and every byte was written.
            if (!call->sinkError.isEmpty())
                error = Error(ErrorCode::Io, call->sinkError);
            else if (!error && !call->sink->commit())
                error = Error(ErrorCode::Io, NetTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(call->request.saveTo), call->sink->errorString()));
            if (error)
                call->sink->cancelWriting();
            call->sink.reset();
        }
        qCInfo(lcNet).noquote() << call->request.method << loggable(call->request.url) << "→"
                                << (response.status ? QString::number(response.status) : errorCodeName(error->code))
                                << response.elapsedMs << "ms, attempt"
                                << (code == QNetworkReply::NoError ? QString::number(call->attempt)
                                                                    : QStringLiteral("%1 (Qt error %2)").arg(call->attempt).arg(int(code)));
        if (!error) {
            complete(call, std::move(response));
        } else if (const int delay = retryDelay(*call, *error, neverReachedServer); delay >= 0) {
            qCInfo(lcNet).noquote() << "retrying" << loggable(call->request.url) << "in" << delay << "ms";
            if (call->request.onRetry)
                call->request.onRetry(*error, delay);
            m_delayed.append(call);
            call->retryTimer = new QTimer(this);
            call->retryTimer->setSingleShot(true);
            call->retryTimer->setTimerType(Qt::PreciseTimer); // Retry-After means "not before"
            QObject::connect(call->retryTimer, &QTimer::timeout, this, [this, call] {
                m_delayed.removeOne(call);
                call->retryTimer->deleteLater();
                call->retryTimer = nullptr;
                m_waiting[call->host].prepend(call); // its turn was taken already
                pump(call->host);
            });
            call->retryTimer->start(delay);
        } else {
            error->httpStatus = response.status;
            complete(call, *error);
        }
        pump(host);
    }

    // Where a 3xx answer sends the request, resolved; empty when it is not a redirect.
    static QUrl redirectTarget(const Call &call, QNetworkReply *reply, int status)
    {
        static constexpr int redirects[] = {301, 302, 303, 307, 308};
        if (std::find(std::begin(redirects), std::end(redirects), status) == std::end(redirects))
            return {};
        QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isEmpty()) // not set when the reply failed
            location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode);
        if (!location.isValid() || location.isEmpty())
            return {};
        return call.target.resolved(location);
    }

    static void dropSink(Call &call)
    {
        if (call.sink) {
            call.sink->cancelWriting();
            call.sink.reset();
        }
    }

    // Qt 6.4 loses redirects when a server closes the connection right after its 3xx answer, as many do
    // ("Connection: close"): now and then it sends the next request on the closing connection and fails
    // the reply with RemoteHostClosedError, or fails a 3xx answer cut short instead of following it. A GET
    // or HEAD then goes on where it got to, with what is left of the attempt's redirects and the same rule
    // as Qt's (never from https to http). True when the call went on, or ended with a redirect refused.
    bool continueRedirect(const CallPtr &call, QNetworkReply *reply, int status)
    {
        const QByteArray method = call->request.method.toUpper();
        if (reply->error() != QNetworkReply::RemoteHostClosedError || (method != "GET" && method != "HEAD"))
            return false;
        if (call->target != call->request.url && reply->rawHeaderPairs().isEmpty()) {
            // Qt followed a redirect and nothing came back from the new address: it went out on the closed
            // connection, or never went out. Sent again, a few times at most.
            if (++call->resends > 3)
                return false;
            qCInfo(lcNet).noquote() << call->request.method << loggable(call->target)
                                    << "was lost on a closed connection: sending it again";
            dropSink(*call);
            startAttempt(call, true);
            return true;
        }
        const QUrl next = redirectTarget(*call, reply, status);
        if (next.isEmpty())
            return false;
        const QString nextScheme = next.scheme().toLower();
        std::optional<Error> refused;
        if (call->redirectsLeft <= 0) {
            refused = refusedInput(SkipReason::Unreadable,
                NetTr::tr("%1 redirected more than %2 times.").arg(loggable(call->request.url)).arg(call->request.maxRedirects));
        } else if (nextScheme != QLatin1String("http") && nextScheme != QLatin1String("https")) {
            refused = refusedInput(SkipReason::Unreadable,
                NetTr::tr("%1 redirected to “%2”, which is not an http or https address.").arg(loggable(call->request.url), loggable(next)));
        } else if (call->target.scheme().toLower() == QLatin1String("https") && nextScheme == QLatin1String("http")) {
            refused = refusedInput(SkipReason::Unreadable,
                NetTr::tr("%1 redirected to an address that is less safe (https to http).").arg(loggable(call->request.url)));
        }
        dropSink(*call);
        if (refused) {
            qCInfo(lcNet).noquote() << call->request.method << loggable(call->target) << "→" << status << "not followed:" << refused->message;
            complete(call, *refused);
            return true;
        }
        qCInfo(lcNet).noquote() << call->request.method << loggable(call->target) << "→" << status
                                << "and the connection closed: following it to" << loggable(next);
        call->target = next;
        --call->redirectsLeft;
        startAttempt(call, true);
        return true;
    }

    // How long to wait before sending again, or -1 to give up.
    int retryDelay(const Call &call, const Error &error, bool neverReachedServer) const
    {
        RetryPolicy p;
        {
            QMutexLocker lock(&settingsMutex);
            p = policy;
        }
        if (call.attempt >= p.maxAttempts)
            return -1;
        if (error.code == ErrorCode::RateLimited || (error.code == ErrorCode::Server && error.retryAfterSeconds >= 0)) {
            if (error.retryAfterSeconds > p.maxRetryAfterSeconds)
                return -1;
            if (error.retryAfterSeconds >= 0)
                return error.retryAfterSeconds * 1000;
            return backoffDelayMs(p, call.attempt + 1);
        }
        if (!error.isTransient())
            return -1;
        if (!call.request.idempotent && !neverReachedServer)
            return -1;
        return backoffDelayMs(p, call.attempt + 1);
    }

    void cancel(const CallPtr &call)
    {
        if (call->finished)
            return;
        call->canceled = true;
        if (call->reply) {
            call->reply->abort(); // finished() follows, synchronously
            return;
        }
        if (call->retryTimer) {
            call->retryTimer->stop();
            call->retryTimer->deleteLater();
            call->retryTimer = nullptr;
            m_delayed.removeOne(call);
        }
        for (auto &queue : m_waiting)
            queue.removeOne(call);
        complete(call, Error(ErrorCode::Canceled, NetTr::tr("Canceled.")));
    }

    void complete(const CallPtr &call, const Result<HttpResponse> &result)
    {
        if (call->finished)
            return;
        call->finished = true;
        if (call->watcher) {
            call->watcher->disconnect(this);
            call->watcher->deleteLater();
            call->watcher = nullptr;
        }
        if (call->done)
            call->done(result);
        call->promise.addResult(result);
        call->promise.finish();
    }
};

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_engine(new Engine)
{
    qRegisterMetaType<QNetworkReply::NetworkError>();
    m_thread->setObjectName(QStringLiteral("http"));
    m_engine->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
}

HttpClient::~HttpClient()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->abortAll(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void HttpClient::setRetryPolicy(const RetryPolicy &policy)
{
    QMutexLocker lock(&m_engine->settingsMutex);
    m_engine->policy = policy;
}

RetryPolicy HttpClient::retryPolicy() const
{
    QMutexLocker lock(&m_engine->settingsMutex);
    return m_engine->policy;
}

void HttpClient::setHostLimit(int requestsInFlight)
{
    QMutexLocker lock(&m_engine->settingsMutex);
    m_engine->hostLimit = requestsInFlight;
}

int HttpClient::hostLimit() const
{
    QMutexLocker lock(&m_engine->settingsMutex);
    return m_engine->hostLimit;
}

QFuture<Result<HttpResponse>> HttpClient::send(HttpRequest request)
{
    auto call = std::make_shared<Engine::Call>();
    call->request = std::move(request);
    call->promise.start();
    QFuture<Result<HttpResponse>> future = call->promise.future();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, call] { engine->submit(call); }, Qt::QueuedConnection);
    return future;
}

Result<HttpResponse> HttpClient::sendAndWait(HttpRequest request, const std::atomic<bool> *cancel)
{
    struct Waiter
    {
        QMutex mutex;
        QWaitCondition done;
        std::optional<Result<HttpResponse>> result;
    };
    auto waiter = std::make_shared<Waiter>();
    auto call = std::make_shared<Engine::Call>();
    call->request = std::move(request);
    call->done = [waiter](const Result<HttpResponse> &result) {
        QMutexLocker lock(&waiter->mutex);
        waiter->result = result;
        waiter->done.wakeAll();
    };
    call->promise.start();
    QFuture<Result<HttpResponse>> future = call->promise.future();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, call] { engine->submit(call); }, Qt::QueuedConnection);
    QMutexLocker lock(&waiter->mutex);
    while (!waiter->result) {
        if (cancel && cancel->load()) {
            future.cancel();
            return Error(ErrorCode::Canceled, NetTr::tr("Canceled."));
        }
        waitOn(waiter->done, &waiter->mutex, 100);
    }
    return *waiter->result;
}

} // namespace lc::net
