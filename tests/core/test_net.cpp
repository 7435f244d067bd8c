#include "fakehttpserver.h"
#include "net/httpclient.h"
#include "net/lowdelay.h"

#include "lc_catch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace lc;
using namespace lc::net;
using lc::test::FakeHttpServer;
using lc::test::FakeReply;
using lc::test::FakeRequest;

namespace {

RetryPolicy fastRetries(int attempts = 4)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    p.maxRetryAfterSeconds = 5;
    return p;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

} // namespace

TEST_CASE("HTTP: a 2xx answer arrives with its body, headers and one attempt")
{
    FakeHttpServer server([](const FakeRequest &req) {
        FakeReply r = FakeReply::json("{\"ok\":true,\"echo\":\"" + req.body + "\"}");
        r.headers.append(std::pair<QByteArray, QByteArray>("X-Model", "fake"));
        return r;
    });
    HttpClient http;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(QStringLiteral("/v1/chat/completions"));
    request.setJson("abc");
    const Result<HttpResponse> r = http.sendAndWait(request);
    REQUIRE(r.ok());
    CHECK(r->status == 200);
    CHECK(r->body == "{\"ok\":true,\"echo\":\"abc\"}");
    CHECK(r->header("x-model") == "fake");
    CHECK(r->attempts == 1);
    REQUIRE(server.requestCount() == 1);
    CHECK(server.requests().first().method == "POST");
    CHECK(server.requests().first().path == "/v1/chat/completions");
    CHECK(server.requests().first().header("Content-Type") == "application/json");
}

TEST_CASE("HTTP: 429 waits for Retry-After, 5xx and dropped connections are retried with backoff, then succeed")
{
    std::atomic<int> calls{0};
    FakeHttpServer server([&calls](const FakeRequest &) {
        const int n = ++calls;
        if (n == 1) {
            FakeReply r = FakeReply::json("{\"error\":{\"message\":\"slow down\"}}", 429);
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
            return r;
        }
        if (n == 2)
            return FakeReply::json("{\"detail\":\"overloaded\"}", 503);
        if (n == 3) {
            FakeReply r;
            r.drop = true;
            return r;
        }
        return FakeReply::json("{\"ok\":1}");
    });
    HttpClient http;
    http.setRetryPolicy(fastRetries(5));
    QElapsedTimer clock;
    clock.start();
    const Result<HttpResponse> r = http.sendAndWait(get(server.url(QStringLiteral("/x"))));
    REQUIRE(r.ok());
    // Qt itself resends once on a connection closed before any answer, so the drop may cost no attempt.
    CHECK(r->attempts >= 3);
    CHECK(calls.load() == 4);
    CHECK(clock.elapsed() >= 1000); // Retry-After: 1 was honoured
}

TEST_CASE("HTTP: errors keep their kind and the server's own message, the key never appears in them")
{
    const QByteArray key = "sk-test-SECRET-1234567890";
    FakeHttpServer server([&key](const FakeRequest &req) {
        if (req.path == "/auth")
            return FakeReply::json("{\"error\":{\"message\":\"Incorrect API key provided: " + key + "\"}}", 401);
        if (req.path == "/model")
            return FakeReply::json("{\"error\":\"model 'llava:99b' not found, try pulling it first\"}", 404);
        if (req.path == "/bad")
            return FakeReply::json("{\"detail\":\"image too large\"}", 422);
        if (req.path == "/limit") {
            FakeReply r = FakeReply::json("{}", 429);
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "3600"));
            return r;
        }
        return FakeReply::json("<html>oops</html>", 500);
    });
    HttpClient http;
    http.setRetryPolicy(fastRetries(2));
    auto call = [&](const QString &path) {
        HttpRequest r = get(server.url(path));
        r.setBearer(QString::fromUtf8(key));
        return http.sendAndWait(r);
    };

    const auto auth = call(QStringLiteral("/auth"));
    REQUIRE_FALSE(auth.ok());
    CHECK(auth.error().code == ErrorCode::Authentication);
    CHECK(auth.error().httpStatus == 401);
    CHECK(auth.error().message.contains(QStringLiteral("Incorrect API key provided")));
    CHECK_FALSE(auth.error().message.contains(QString::fromUtf8(key)));
    CHECK_FALSE(auth.error().detail.contains(QString::fromUtf8(key)));

    const auto model = call(QStringLiteral("/model"));
    REQUIRE_FALSE(model.ok());
    CHECK(model.error().code == ErrorCode::NotFound);
    CHECK(model.error().message.contains(QStringLiteral("model 'llava:99b' not found")));

    const int before = server.requestCount();
    const auto bad = call(QStringLiteral("/bad"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(bad.error().message.contains(QStringLiteral("image too large")));
    CHECK(server.requestCount() == before + 1); // a 4xx is not retried

    const auto limited = call(QStringLiteral("/limit"));
    REQUIRE_FALSE(limited.ok());
    CHECK(limited.error().code == ErrorCode::RateLimited);
    CHECK(limited.error().retryAfterSeconds == 3600); // longer than the policy allows: fails at once

    const int beforeServer = server.requestCount();
    const auto failed = call(QStringLiteral("/boom"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Server);
    CHECK(server.requestCount() == beforeServer + 2); // retried up to the policy's two attempts
    for (const FakeRequest &req : server.requests())
        CHECK(req.header("Authorization") == "Bearer " + key); // sent, but only to the server
}

TEST_CASE("HTTP: timeouts, refused connections, truncated answers and non-idempotent requests")
{
    FakeHttpServer server([](const FakeRequest &req) {
        FakeReply r;
        if (req.path == "/hang")
            r.hang = true;
        else if (req.path == "/truncate") {
            r = FakeReply::json("{\"choices\":[{\"message\":{\"content\":\"a long caption\"}}]}");
            r.truncate = true;
        } else if (req.path == "/post")
            r = FakeReply::json("{}", 502);
        return r;
    });
    HttpClient http;
    http.setRetryPolicy(fastRetries(2));

    HttpRequest hang = get(server.url(QStringLiteral("/hang")));
    hang.timeoutMs = 300;
    const auto timedOut = http.sendAndWait(hang);
    REQUIRE_FALSE(timedOut.ok());
    CHECK(timedOut.error().code == ErrorCode::Timeout);

    const auto truncated = http.sendAndWait(get(server.url(QStringLiteral("/truncate"))));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().isTransient());

    HttpRequest post = get(server.url(QStringLiteral("/post")));
    post.method = "POST";
    post.idempotent = false;
    const int before = server.requestCount();
    const auto once = http.sendAndWait(post);
    REQUIRE_FALSE(once.ok());
    CHECK(once.error().code == ErrorCode::Server);
    CHECK(server.requestCount() == before + 1); // never sent twice: it may have had an effect

    // A port nobody listens on.
    quint16 closedPort = 0;
    {
        FakeHttpServer gone([](const FakeRequest &) { return FakeReply(); });
        closedPort = gone.port();
    }
    const auto refused = http.sendAndWait(get(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(closedPort))));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Network);
    CHECK(refused.error().message.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("HTTP: a redirect whose connection closed early is followed, within the redirect limit and never to http")
{
    // A 3xx answer cut short after its headers (the server closed the connection): Qt 6.4 fails such a
    // reply with RemoteHostClosedError instead of following it, as it sometimes does when a server closes
    // right after a whole redirect. The client follows the Location itself.
    FakeHttpServer server([](const FakeRequest &req) {
        FakeReply r;
        if (req.path.startsWith("/cut")) { // /cut0 → /cut1 → … → /final
            const int n = req.path.mid(4).toInt();
            r.status = 302;
            r.headers = {{"Location", n >= 2 ? QByteArray("/final") : "/cut" + QByteArray::number(n + 1)}};
            r.body = "<html>moved, and this body never arrives whole</html>";
            r.truncate = true;
        } else if (req.path == "/loop") {
            r.status = 301;
            r.headers = {{"Location", "/loop"}};
            r.body = "<html>moved</html>";
            r.truncate = true;
        } else if (req.path == "/to-ftp") {
            r.status = 302;
            r.headers = {{"Location", "ftp://127.0.0.1/x.jpg"}};
            r.body = "<html>moved</html>";
            r.truncate = true;
        } else if (req.path == "/final") {
            r.headers = {{"Content-Type", "image/jpeg"}};
            r.body = "arrived";
        }
        return r;
    });
    HttpClient http;
    http.setRetryPolicy(fastRetries(2));

    HttpRequest chain = get(server.url(QStringLiteral("/cut0")));
    chain.maxRedirects = 3;
    const auto followed = http.sendAndWait(chain);
    INFO((followed ? QString() : followed.error().message).toStdString());
    REQUIRE(followed.ok());
    CHECK(followed->body == "arrived");
    CHECK(followed->attempts == 1); // a redirect is not a retry
    // Qt sends a GET again, once, when the connection closed before the answer was whole: each address
    // may appear twice.
    auto asked = [&server](int from) {
        QSet<QByteArray> paths;
        const QList<FakeRequest> all = server.requests();
        for (qsizetype i = from; i < all.size(); ++i)
            paths.insert(all[i].path);
        return paths;
    };
    CHECK(asked(0) == QSet<QByteArray>{"/cut0", "/cut1", "/cut2", "/final"});

    // One redirect fewer than the chain needs: refused as too many, not retried, /final never asked for.
    chain.maxRedirects = 2;
    const int before = server.requestCount();
    const auto tooMany = http.sendAndWait(chain);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message.contains(QLatin1String("redirected more than 2 times")));
    CHECK(asked(before) == QSet<QByteArray>{"/cut0", "/cut1", "/cut2"});

    // A redirect to itself: the limit ends it (4 redirects followed: 5 answers, each sent at most twice).
    HttpRequest loop = get(server.url(QStringLiteral("/loop")));
    loop.maxRedirects = 4;
    const int beforeLoop = server.requestCount();
    const auto looped = http.sendAndWait(loop);
    REQUIRE_FALSE(looped.ok());
    CHECK(looped.error().message.contains(QLatin1String("redirected more than 4 times")));
    CHECK(server.requestCount() - beforeLoop >= 5);
    CHECK(server.requestCount() - beforeLoop <= 10);

    const auto ftp = http.sendAndWait(get(server.url(QStringLiteral("/to-ftp"))));
    REQUIRE_FALSE(ftp.ok());
    CHECK(ftp.error().message.contains(QLatin1String("not an http or https address")));
}

TEST_CASE("HTTP: a host limit above Qt's six connections per manager is honoured")
{
    FakeHttpServer server([](const FakeRequest &) {
        FakeReply r = FakeReply::json("{}");
        r.delayMs = 300;
        return r;
    });
    HttpClient http;
    http.setHostLimit(10);
    QList<QFuture<Result<HttpResponse>>> futures;
    for (int i = 0; i < 20; ++i)
        futures.append(http.send(get(server.url(QStringLiteral("/%1").arg(i)))));
    for (auto &f : futures) {
        f.waitForFinished();
        REQUIRE(f.resultCount() == 1);
        CHECK(f.result().ok());
    }
    CHECK(server.maxConcurrent() == 10); // not 6: requests spread over two network managers
}

TEST_CASE("HTTP: at most hostLimit() requests in flight per host, cancel answers promptly")
{
    FakeHttpServer server([](const FakeRequest &) {
        FakeReply r = FakeReply::json("{}");
        r.delayMs = 150;
        return r;
    });
    HttpClient http;
    http.setHostLimit(3);
    QList<QFuture<Result<HttpResponse>>> futures;
    for (int i = 0; i < 9; ++i)
        futures.append(http.send(get(server.url(QStringLiteral("/%1").arg(i)))));
    for (auto &f : futures) {
        f.waitForFinished();
        REQUIRE(f.resultCount() == 1);
        CHECK(f.result().ok());
    }
    CHECK(server.maxConcurrent() == 3);

    server.setHandler([](const FakeRequest &) {
        FakeReply r;
        r.hang = true;
        return r;
    });
    std::atomic<bool> cancel{false};
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&cancel] {
        QThread::msleep(200);
        cancel = true;
    });
    const auto canceled = http.sendAndWait(get(server.url(QStringLiteral("/slow"))), &cancel);
    canceller.join();
    REQUIRE_FALSE(canceled.ok());
    CHECK(canceled.error().code == ErrorCode::Canceled);
    CHECK(clock.elapsed() < 5000);

    auto pending = http.send(get(server.url(QStringLiteral("/slow2"))));
    QThread::msleep(100);
    pending.cancel();
    pending.waitForFinished();
    CHECK(pending.isCanceled());
}

TEST_CASE("HTTP: server messages are found in the shapes real servers use")
{
    CHECK(serverMessage("{\"error\":{\"message\":\"m1\",\"type\":\"invalid_request_error\"}}") == QStringLiteral("m1"));
    CHECK(serverMessage("{\"error\":\"m2\"}") == QStringLiteral("m2"));
    CHECK(serverMessage("{\"detail\":\"m3\",\"status\":422}") == QStringLiteral("m3"));
    CHECK(serverMessage("{\"title\":\"Unauthenticated\"}") == QStringLiteral("Unauthenticated"));
    CHECK(serverMessage("plain text failure\nsecond line") == QStringLiteral("plain text failure"));
    CHECK(serverMessage("<html><body>502 Bad Gateway</body></html>").isEmpty());
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    for (int i = 0; i < 20; ++i) {
        const int second = backoffDelayMs(p, 2); // 100 ms ± 50 %
        CHECK(second >= 50);
        CHECK(second <= 150);
        const int third = backoffDelayMs(p, 3); // 200 ms ± 50 %
        CHECK(third >= 100);
        CHECK(third <= 300);
        CHECK(backoffDelayMs(p, 12) <= 1000); // capped
    }
}

TEST_CASE("Fake server: the time each request held the server, and requests recorded without their bodies")
{
    FakeHttpServer server([](const FakeRequest &) {
        FakeReply r = FakeReply::json("{}");
        r.delayMs = 40;
        return r;
    });
    HttpClient http;
    HttpRequest post = get(server.url(QStringLiteral("/a")));
    post.method = "POST";
    post.setJson("{\"image\":\"abc\"}");
    REQUIRE(http.sendAndWait(post).ok());
    server.setRecordBodies(false);
    REQUIRE(http.sendAndWait(post).ok());
    const QList<FakeRequest> requests = server.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests[0].body == "{\"image\":\"abc\"}");
    CHECK(requests[1].body.isEmpty());
    CHECK(requests[1].method == "POST");
    const QList<lc::test::FakeTiming> timings = server.timings();
    REQUIRE(timings.size() == 2);
    for (const auto &t : timings) {
        CHECK(t.endNs > t.startNs);
        CHECK(t.endNs - t.startNs >= 35'000'000); // the 40 ms delay (a coarse timer may fire a little early)
    }
    CHECK(timings[1].startNs >= timings[0].endNs);
}

TEST_CASE("Fake server: kept-alive connections answer one request after another on the same connection")
{
    FakeHttpServer server([](const FakeRequest &req) { return FakeReply::json("{\"path\":\"" + req.path + "\"}"); });
    server.setKeepAlive(true);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(socket.waitForConnected(5000));
    // Two requests written at once (the second arrives while the first is answered), then a third.
    socket.write("POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (received.count("HTTP/1.1 200") < 2 && clock.elapsed() < 5000 && socket.waitForReadyRead(1000))
        received += socket.readAll();
    socket.write("GET /three HTTP/1.1\r\nHost: x\r\n\r\n");
    while (received.count("HTTP/1.1 200") < 3 && clock.elapsed() < 5000 && socket.waitForReadyRead(1000))
        received += socket.readAll();
    INFO(received.toStdString());
    CHECK(received.count("Connection: keep-alive") == 3);
    CHECK(received.indexOf("/one") < received.indexOf("/two"));
    CHECK(received.indexOf("/two") < received.indexOf("/three"));
    CHECK(socket.state() == QAbstractSocket::ConnectedState);
    const QList<FakeRequest> requests = server.requests();
    REQUIRE(requests.size() == 3);
    CHECK(requests[0].body == "abc");
}

#ifdef Q_OS_UNIX
namespace {

bool noDelay(qintptr descriptor)
{
    int on = 0;
    socklen_t length = sizeof on;
    return ::getsockopt(int(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, &length) == 0 && on != 0;
}

} // namespace

TEST_CASE("HTTP: Nagle's algorithm is off on the connections requests with a body go out on")
{
    SECTION("the helper turns it on for connections to the port, once, and for no other socket")
    {
        QTcpServer listener;
        REQUIRE(listener.listen(QHostAddress::LocalHost, 0));
        QTcpServer other;
        REQUIRE(other.listen(QHostAddress::LocalHost, 0));
        QTcpSocket toListener;
        QTcpSocket toOther;
        toListener.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        toOther.connectToHost(QHostAddress::LocalHost, other.serverPort());
        REQUIRE(toListener.waitForConnected(5000));
        REQUIRE(toOther.waitForConnected(5000));
        REQUIRE(listener.waitForNewConnection(5000));
        QTcpSocket *accepted = listener.nextPendingConnection();
        REQUIRE(accepted);
        REQUIRE_FALSE(noDelay(toListener.socketDescriptor()));
        CHECK(setLowDelayOnConnectionsTo(listener.serverPort()) == 1);
        CHECK(noDelay(toListener.socketDescriptor()));
        CHECK_FALSE(noDelay(toOther.socketDescriptor()));
        CHECK_FALSE(noDelay(accepted->socketDescriptor())); // the server's side: its peer is the client's port
        CHECK(setLowDelayOnConnectionsTo(listener.serverPort()) == 0); // already on
        CHECK(setLowDelayOnConnectionsTo(0) == 0);
    }
    SECTION("HttpClient's own connections have it after a POST, and keep it for the next requests")
    {
        FakeHttpServer server([](const FakeRequest &) { return FakeReply::json("{}"); });
        server.setKeepAlive(true);
        HttpClient http;
        HttpRequest post = get(server.url(QStringLiteral("/v1/chat/completions")));
        post.method = "POST";
        post.setJson(QByteArray(100'000, 'x').prepend("{\"a\":\"").append("\"}"));
        REQUIRE(http.sendAndWait(post).ok());
        REQUIRE(http.sendAndWait(post).ok());
        // Every connection of the client to the server already has the option: nothing left to change.
        CHECK(setLowDelayOnConnectionsTo(server.port()) == 0);
        CHECK(server.requestCount() == 2);
    }
}
#endif

TEST_CASE("HTTP: a request that must not be sent twice is sent once when the connection drops before the answer")
{
    std::atomic<int> received{0};
    FakeHttpServer server([&](const FakeRequest &) {
        ++received;
        FakeReply r;
        r.drop = true; // the request arrived; the answer never leaves
        return r;
    });
    HttpClient http;
    http.setRetryPolicy(fastRetries(3));
    HttpRequest create = get(server.url(QStringLiteral("/v1/trainings")));
    create.method = "POST";
    create.setJson("{\"destination\":\"alice/lora\"}");
    create.idempotent = false;
    const auto once = http.sendAndWait(create);
    REQUIRE_FALSE(once.ok());
    CHECK(once.error().code == ErrorCode::Network);
    CHECK(received.load() == 1); // Qt 6.4 alone would have sent it again (twice)
    CHECK(server.requests().first().body == "{\"destination\":\"alice/lora\"}");

    // The same request marked idempotent is tried again, as before.
    received = 0;
    create.idempotent = true;
    REQUIRE_FALSE(http.sendAndWait(create).ok());
    CHECK(received.load() >= 3);
}

TEST_CASE("HTTP: a download streams into its file, whole or not at all")
{
    QByteArray big(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) % 251);
    std::atomic<bool> truncate{false};
    FakeHttpServer server([&](const FakeRequest &req) {
        if (req.path == "/missing")
            return FakeReply::json("{\"detail\":\"Not found.\"}", 404);
        FakeReply r;
        r.body = big;
        r.truncate = truncate.load();
        return r;
    });
    server.setRecordBodies(false);
    HttpClient http;
    http.setRetryPolicy(fastRetries(2));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trained_model.tar"));

    HttpRequest request = get(server.url(QStringLiteral("/weights.tar")));
    request.saveTo = path;
    std::atomic<qint64> lastReceived{0};
    std::atomic<qint64> lastTotal{0};
    std::atomic<bool> monotonic{true};
    request.onProgress = [&](qint64 received, qint64 total) {
        if (received < lastReceived.load())
            monotonic = false;
        lastReceived = received;
        lastTotal = total;
    };
    auto done = http.sendAndWait(request);
    REQUIRE(done.ok());
    CHECK(done->body.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == big);
    file.close();
    CHECK(monotonic.load());
    CHECK(lastReceived.load() == big.size());
    CHECK(lastTotal.load() == big.size());

    // An answer cut short: tried again, then an error, and the earlier complete file is left as it was.
    truncate = true;
    request.onProgress = {};
    auto cut = http.sendAndWait(request);
    INFO("attempts " << (cut.ok() ? cut->attempts : -1) << " status " << (cut.ok() ? cut->status : -1) << " size "
                     << QFileInfo(path).size() << " requests " << server.requestCount());
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == ErrorCode::Network);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == big);
    file.close();

    // An error answer keeps its message and writes no file.
    HttpRequest missing = get(server.url(QStringLiteral("/missing")));
    missing.saveTo = dir.filePath(QStringLiteral("missing.tar"));
    auto notFound = http.sendAndWait(missing);
    REQUIRE_FALSE(notFound.ok());
    CHECK(notFound.error().code == ErrorCode::NotFound);
    CHECK(notFound.error().message.contains(QStringLiteral("Not found.")));
    CHECK_FALSE(QFileInfo::exists(missing.saveTo));

    // A file that cannot be written: an I/O error before anything is asked of the server.
    const int before = server.requestCount();
    HttpRequest nowhere = get(server.url(QStringLiteral("/weights.tar")));
    nowhere.saveTo = dir.filePath(QStringLiteral("no/such/folder/x.tar"));
    auto refused = http.sendAndWait(nowhere);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Io);
    CHECK(server.requestCount() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("trained_model.tar")});
}

TEST_CASE("HTTP: an upload reports its progress up to the whole body")
{
    FakeHttpServer server([](const FakeRequest &) { return FakeReply::json("{}", 201); });
    server.setRecordBodies(false);
    HttpClient http;
    HttpRequest upload = get(server.url(QStringLiteral("/v1/files")));
    upload.method = "POST";
    upload.body = QByteArray(2 * 1024 * 1024, 'z');
    upload.idempotent = false;
    std::atomic<qint64> lastSent{-1};
    std::atomic<qint64> lastTotal{0};
    std::atomic<bool> monotonic{true};
    upload.onUploadProgress = [&](qint64 sent, qint64 total) {
        if (sent < lastSent.load())
            monotonic = false;
        lastSent = sent;
        lastTotal = total;
    };
    REQUIRE(http.sendAndWait(upload).ok());
    CHECK(monotonic.load());
    CHECK(lastSent.load() == upload.body.size());
    CHECK(lastTotal.load() == upload.body.size());
}
