#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace lc::net {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    Headers headers;
    QByteArray body;
    int timeoutMs = 60'000; // no byte received for this long: a Timeout error
    // Safe to send again after a network failure or a server error (a caption request is: it changes
    // nothing on the server; creating a training is not). 429 and connection-refused are always retried.
    bool idempotent = true;

    // A download: a 2xx answer's body streams into this file (written whole or not at all, QSaveFile;
    // HttpResponse::body stays empty), so a 600 MB file never sits in memory. An error answer's body
    // is read as usual, for its message.
    QString saveTo;
    // Bytes received so far and the total (-1 when the server did not say), as they arrive; called on
    // the HTTP thread.
    std::function<void(qint64 received, qint64 total)> onProgress;
    // Bytes of the body sent so far and its size, as they go out (an upload); on the HTTP thread.
    std::function<void(qint64 sent, qint64 total)> onUploadProgress;
    // Before each retry: why, and how long the client waits first (a rate limit's Retry-After, or the
    // backoff); on the HTTP thread. For "rate limited, retrying in 4 s".
    std::function<void(const Error &why, int delayMs)> onRetry;

    // Limits for fetching from hosts the user did not choose (image search results, pasted URLs):
    int maxRedirects = 10;    // more redirects than this fail the request
    qint64 maxBytes = -1;     // a body larger than this (announced or received) fails it; -1: no limit
    // The Content-Type a 2xx answer must have: one of these prefixes ("image/"); empty: any. A server that
    // sends an HTML page where an image was expected fails with ErrorCode::Refused (NotAnImage).
    QList<QByteArray> acceptContentTypes;
    // No cookies are stored or sent (a request carries only the headers it was given; Qt never sends
    // credentials of its own, as no authentication handler is installed).
    bool anonymous = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    // An Authorization: Bearer header. Its value never reaches a log line or an error message.
    void setBearer(const QString &token);
    void setJson(const QByteArray &json);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    Headers headers;
    int attempts = 1;     // how many times the request was sent
    qint64 elapsedMs = 0; // from the first attempt to the answer, waits between retries included

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

struct RetryPolicy
{
    int maxAttempts = 5;             // including the first
    int baseDelayMs = 500;           // doubled per attempt, with ±50 % jitter
    int maxDelayMs = 20'000;
    int maxRetryAfterSeconds = 120;  // a longer Retry-After fails the request with RateLimited instead
};

// The HTTP layer every network feature uses (captioning, training, image search): QNetworkAccessManagers
// on a thread of their own (one per 6 requests in flight to a host: Qt before 6.5 opens at most 6
// connections per host and manager); timeouts; cancel through the returned future; at most
// hostLimit() requests in flight per host (the rest wait in order); 429 honouring Retry-After, and
// network failures, timeouts and 5xx answers of idempotent requests retried with exponential backoff and
// jitter, a bounded number of times; every other 4xx fails at once with the server's own message. Log
// lines carry the method, the host and path, the status and the time, never headers, bodies or queries.
//
// Thread-safe: send() may be called from any thread.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override; // aborts what is still in flight (its futures finish as canceled)

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    void setHostLimit(int requestsInFlight);
    int hostLimit() const;

    // The response of a 2xx answer, or the error (kinds: Network, Timeout, Authentication, RateLimited,
    // Server, NotFound, InvalidArgument, Canceled; Refused with a SkipReason for a request past its limits:
    // TooLarge, NotAnImage, Unreadable for too many redirects). Only http and https URLs are sent.
    // Canceling the future aborts the request.
    QFuture<Result<HttpResponse>> send(HttpRequest request);
    // send(), waiting for the answer on the calling thread; *cancel (when given) is observed within 100 ms.
    Result<HttpResponse> sendAndWait(HttpRequest request, const std::atomic<bool> *cancel = nullptr);

private:
    class Engine;
    QThread *m_thread = nullptr;
    Engine *m_engine = nullptr;
};

// The error of a non-2xx answer: its kind from the status, the server's own message (from the JSON
// shapes OpenAI-compatible servers and Replicate use, else the start of the body) and Retry-After.
Error errorForResponse(const QUrl &url, const HttpResponse &response);
// The human-readable message in an error body: {"error":{"message":…}}, {"error":"…"}, {"detail":"…"},
// {"message":"…"}, {"title":…}, else the first line of a text body (at most 300 characters).
QString serverMessage(const QByteArray &body);
// Delay before attempt number `attempt` (2, 3, ...): base * 2^(attempt-2), jittered ±50 %, capped.
int backoffDelayMs(const RetryPolicy &policy, int attempt);

} // namespace lc::net
