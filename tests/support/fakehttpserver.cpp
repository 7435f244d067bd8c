#include "fakehttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace lc::test {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

FakeReply FakeReply::json(const QByteArray &body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return r;
}

class FakeHttpServer::Worker final : public QObject
{
public:
    explicit Worker(Handler handler) : m_handler(std::move(handler)) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
        return m_server->serverPort();
    }

    void setHandler(Handler handler)
    {
        QMutexLocker lock(&m_mutex);
        m_handler = std::move(handler);
    }

    QList<FakeRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    int maxConcurrent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_maxActive;
    }

    int requestCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_requests.size());
    }

    QList<FakeTiming> timings() const
    {
        QMutexLocker lock(&m_mutex);
        return m_timings;
    }

    void setRecordBodies(bool record)
    {
        QMutexLocker lock(&m_mutex);
        m_recordBodies = record;
    }

    bool quickAck() const
    {
        QMutexLocker lock(&m_mutex);
        return m_quickAck;
    }

    bool setQuickAck(bool on)
    {
#ifdef Q_OS_LINUX
        QMutexLocker lock(&m_mutex);
        m_quickAck = on;
        return true;
#else
        return !on;
#endif
    }

    void setKeepAlive(bool on)
    {
        QMutexLocker lock(&m_mutex);
        m_keepAlive = on;
    }

    bool keepAlive() const
    {
        QMutexLocker lock(&m_mutex);
        return m_keepAlive;
    }

private:
    // Linux turns TCP_QUICKACK off again by itself, so it is set after every read.
    static void ackAtOnce(QTcpSocket *socket)
    {
#ifdef Q_OS_LINUX
        const int one = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
        Q_UNUSED(socket);
#endif
    }

    // What a connection has received and not answered yet; one request at a time (no pipelining).
    struct Connection
    {
        QByteArray buffer;
        bool answering = false;
    };
    using ConnectionPtr = std::shared_ptr<Connection>;

    void accept(QTcpSocket *socket)
    {
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] {
            connection->buffer.append(socket->readAll());
            if (quickAck())
                ackAtOnce(socket);
            serveNext(socket, connection);
        });
    }

    // Answers the request at the start of the connection's buffer once all of it has arrived.
    void serveNext(QTcpSocket *socket, const ConnectionPtr &connection)
    {
        if (connection->answering)
            return;
        QByteArray &buffer = connection->buffer;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        FakeRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        connection->answering = true;
        answer(socket, connection, request);
    }

    void answer(QTcpSocket *socket, const ConnectionPtr &connection, const FakeRequest &request)
    {
        Handler handler;
        qsizetype slot = 0;
        {
            QMutexLocker lock(&m_mutex);
            slot = m_timings.size();
            m_timings.append({nowNs(), 0});
            m_requests.append(request);
            if (!m_recordBodies)
                m_requests.last().body.clear();
            m_maxActive = std::max(m_maxActive, ++m_active);
            handler = m_handler;
        }
        const FakeReply reply = handler ? handler(request) : FakeReply::json("{}", 404);
        QPointer<QTcpSocket> guard(socket);
        auto finished = std::make_shared<bool>(false);
        auto done = [this, finished, slot] {
            if (*finished)
                return;
            *finished = true;
            QMutexLocker lock(&m_mutex);
            --m_active;
            m_timings[slot].endNs = nowNs();
        };
        QObject::connect(socket, &QTcpSocket::disconnected, this, done);
        if (reply.hang)
            return;
        const bool keepOpen = keepAlive();
        QTimer::singleShot(reply.delayMs, this, [this, guard, connection, reply, done, keepOpen] {
            if (!guard)
                return;
            if (reply.drop) {
                done();
                guard->abort();
                return;
            }
            QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Fake\r\n";
            head += "Content-Length: " + QByteArray::number(reply.announcedLength >= 0 ? reply.announcedLength : reply.body.size()) + "\r\n";
            head += keepOpen ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
            for (const auto &[name, value] : reply.headers)
                head += name + ": " + value + "\r\n";
            head += "\r\n";
            done();
            if (reply.truncate) {
                guard->write(head + reply.body.left(reply.body.size() / 2));
                guard->flush();
                guard->abort();
                return;
            }
            guard->write(head + reply.body);
            if (!keepOpen) {
                guard->disconnectFromHost();
                return;
            }
            connection->answering = false;
            serveNext(guard, connection); // a request that arrived meanwhile
        });
    }

    mutable QMutex m_mutex;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QList<FakeTiming> m_timings; // parallel to m_requests
    bool m_recordBodies = true;
    bool m_quickAck = false;
    bool m_keepAlive = false;
    int m_active = 0;
    int m_maxActive = 0;
    QTcpServer *m_server = nullptr;
};

FakeHttpServer::FakeHttpServer(Handler handler)
    : m_thread(new QThread)
    , m_worker(new Worker(std::move(handler)))
{
    m_thread->setObjectName(QStringLiteral("fake-http"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_worker->setHandler(std::move(handler));
}

QList<FakeRequest> FakeHttpServer::requests() const
{
    return m_worker->requests();
}

int FakeHttpServer::requestCount() const
{
    return m_worker->requestCount();
}

int FakeHttpServer::maxConcurrent() const
{
    return m_worker->maxConcurrent();
}

QList<FakeTiming> FakeHttpServer::timings() const
{
    return m_worker->timings();
}

void FakeHttpServer::setRecordBodies(bool record)
{
    m_worker->setRecordBodies(record);
}

void FakeHttpServer::setKeepAlive(bool on)
{
    m_worker->setKeepAlive(on);
}

bool FakeHttpServer::setQuickAck(bool on)
{
    return m_worker->setQuickAck(on);
}

} // namespace lc::test
