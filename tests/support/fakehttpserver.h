#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QThread;
class QTcpServer;

namespace lc::test {

// A request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// What the fake server does with one request: answer (after a delay), or misbehave as real servers do.
struct FakeReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;         // before the answer (timeouts, slow servers)
    bool drop = false;       // close the connection without answering
    bool truncate = false;   // send the headers and half the body, then close
    bool hang = false;       // never answer (until the client gives up)
    qint64 announcedLength = -1; // the Content-Length to send instead of the body's (a 200 MB download)

    static FakeReply json(const QByteArray &body, int status = 200);
};

// When the server worked on one request, on std::chrono::steady_clock (nanoseconds since its epoch):
// from the request fully received (the handler is called) to the answer written (or the connection
// dropped). With FakeReply::delayMs the span includes the delay: it is the time the request held one of
// the server's slots.
struct FakeTiming
{
    qint64 startNs = 0;
    qint64 endNs = 0;
};

// An HTTP/1.1 server on 127.0.0.1 (a random port) that runs on a thread of its own, for testing network
// clients against the real protocol: a handler decides each answer; every request is recorded.
class FakeHttpServer final
{
public:
    using Handler = std::function<FakeReply(const FakeRequest &)>;

    explicit FakeHttpServer(Handler handler);
    ~FakeHttpServer();

    QUrl url(const QString &path = {}) const; // http://127.0.0.1:PORT + path
    quint16 port() const { return m_port; }
    void setHandler(Handler handler);

    QList<FakeRequest> requests() const;
    int requestCount() const;
    int maxConcurrent() const; // the most requests being answered at once
    // One entry per request received, in the order they arrived (a request that hangs, or is still being
    // answered, has endNs 0).
    QList<FakeTiming> timings() const;
    // Keep each request's body in requests() (the default). A benchmark sending thousands of images turns
    // it off so that the server's record does not grow with what it was sent (the body is then empty).
    void setRecordBodies(bool record);
    // Acknowledge what arrives at once (TCP_QUICKACK after every read) instead of the kernel's delayed ACK;
    // Linux only (elsewhere turning it on returns false and changes nothing). A diagnostic: with it, a client that leaves Nagle's algorithm
    // on (as Qt's QNetworkAccessManager does) no longer waits for the delayed-ACK timer (~40 ms) in the
    // middle of a request body; real servers do not do this.
    bool setQuickAck(bool on);
    // Keep a connection open after an answer (Connection: keep-alive) and answer the next request on it,
    // as Ollama, llama.cpp's server, vLLM and LM Studio do. Off by default: each answer closes its
    // connection (Connection: close), which the fault tests (drop, truncate) rely on.
    void setKeepAlive(bool on);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace lc::test
