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

    static FakeReply json(const QByteArray &body, int status = 200);
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

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace lc::test
