// Image search (Openverse, Brave) and downloads into a dataset, against local servers that answer with
// each provider's documented JSON and serve real image bytes, and fail the ways real servers do.
#include "catalog/datasets.h"
#include "catalog/itemfilter.h"
#include "catalog/items.h"
#include "catalog/provenancerows.h"
#include "catalog/sql.h"
#include "catalog/tasks.h"
#include "catalog/workspaces.h"
#include "export/exporter.h"
#include "export/exportplanner.h"
#include "fakehttpserver.h"
#include "fixtures.h"
#include "import/importer.h"
#include "net/httpclient.h"
#include "search/braveprovider.h"
#include "search/openverseprovider.h"
#include "search/searchprovider.h"
#include "search/webimport.h"
#include "testlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace lc;
using namespace lc::test;
using namespace lc::search;

namespace {

// One Openverse result, in the documented shape (api/api/examples/image_responses.py).
QJsonObject openverseResult(const QString &id, const QString &imageUrl, const QString &license, int width = 1024, int height = 768)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), QStringLiteral("Tree Bark Photo %1").arg(id)},
        {QStringLiteral("indexed_on"), QStringLiteral("2022-08-27T17:39:48Z")},
        {QStringLiteral("foreign_landing_url"), QStringLiteral("https://stocksnap.io/photo/%1").arg(id)},
        {QStringLiteral("url"), imageUrl},
        {QStringLiteral("creator"), QStringLiteral("Tim Sullivan")},
        {QStringLiteral("creator_url"), QStringLiteral("https://www.secretagencygroup.com")},
        {QStringLiteral("license"), license},
        {QStringLiteral("license_version"), QStringLiteral("4.0")},
        {QStringLiteral("license_url"), QStringLiteral("https://creativecommons.org/licenses/%1/4.0/").arg(license)},
        {QStringLiteral("provider"), QStringLiteral("stocksnap")},
        {QStringLiteral("source"), QStringLiteral("stocksnap")},
        {QStringLiteral("category"), QStringLiteral("photograph")},
        {QStringLiteral("filesize"), 896128},
        {QStringLiteral("filetype"), QStringLiteral("jpg")},
        {QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("tree")}}}},
        {QStringLiteral("attribution"), QStringLiteral("\"Tree Bark Photo %1\" by Tim Sullivan is licensed under CC %2 4.0.").arg(id, license.toUpper())},
        {QStringLiteral("fields_matched"), QJsonArray{QStringLiteral("title")}},
        {QStringLiteral("mature"), false},
        {QStringLiteral("height"), height},
        {QStringLiteral("width"), width},
        {QStringLiteral("thumbnail"), QStringLiteral("https://api.openverse.org/v1/images/%1/thumb/").arg(id)},
        {QStringLiteral("detail_url"), QStringLiteral("https://api.openverse.org/v1/images/%1/").arg(id)},
    };
}

QByteArray openversePage(const QJsonArray &results, int page, int pageCount, int resultCount)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("result_count"), resultCount}, {QStringLiteral("page_count"), pageCount},
                             {QStringLiteral("page_size"), 20}, {QStringLiteral("page"), page}, {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

// One Brave result, in the documented shape (brave-search-skills images-search).
QJsonObject braveResult(const QString &imageUrl, int width, int height)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("image_result")},
        {QStringLiteral("title"), QStringLiteral("Beautiful Mountain Landscape")},
        {QStringLiteral("url"), QStringLiteral("https://example.com/mountain-photo")},
        {QStringLiteral("source"), QStringLiteral("example.com")},
        {QStringLiteral("page_fetched"), QStringLiteral("2024-01-15T10:30:00Z")},
        {QStringLiteral("thumbnail"), QJsonObject{{QStringLiteral("src"), QStringLiteral("https://imgs.search.brave.com/x")}, {QStringLiteral("width"), 200}, {QStringLiteral("height"), 150}}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("url"), imageUrl}, {QStringLiteral("placeholder"), QStringLiteral("https://imgs.search.brave.com/p")},
                                           {QStringLiteral("width"), width}, {QStringLiteral("height"), height}}},
        {QStringLiteral("meta_url"), QJsonObject{{QStringLiteral("scheme"), QStringLiteral("https")}, {QStringLiteral("hostname"), QStringLiteral("example.com")}}},
        {QStringLiteral("confidence"), QStringLiteral("high")},
    };
}

QUrlQuery queryOf(const FakeRequest &r)
{
    return QUrlQuery(QUrl(QString::fromLatin1(r.path)).query());
}

struct EnvGuard
{
    EnvGuard(const char *name, const QByteArray &value) : m_name(name) { qputenv(name, value); }
    ~EnvGuard() { qunsetenv(m_name); }
    const char *m_name;
};

struct DatasetFixture
{
    TempLibrary lib;
    Dataset dataset;
    DatasetFixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        REQUIRE(w.ok());
        auto d = Datasets(lib->catalog()).create(w->id, QStringLiteral("D"));
        REQUIRE(d.ok());
        dataset = *d;
    }
};

net::RetryPolicy quickRetries()
{
    net::RetryPolicy p;
    p.baseDelayMs = 20;
    p.maxDelayMs = 100;
    return p;
}

} // namespace

TEST_CASE("Openverse: the documented request, results with licence and attribution, paging to page_count", "[search]")
{
    FakeHttpServer server([](const FakeRequest &r) {
        const QUrlQuery q = queryOf(r);
        const int page = q.queryItemValue(QStringLiteral("page")).toInt();
        QJsonArray results;
        for (int i = 0; i < 20; ++i)
            results.append(openverseResult(QStringLiteral("p%1-%2").arg(page).arg(i), QStringLiteral("https://cdn.example/p%1-%2.jpg").arg(page).arg(i), QStringLiteral("by-sa")));
        return FakeReply::json(openversePage(results, page, 2, 40));
    });
    EnvGuard env("LORACRAFT_OPENVERSE_BASE_URL", server.url(QStringLiteral("/proxy")).toString().toUtf8());
    net::HttpClient http;
    SearchQuery query;
    query.text = QStringLiteral("c++ & tree bark");
    query.licenses = {QStringLiteral("BY-SA"), QStringLiteral("cc0"), QStringLiteral("commercial")};
    query.orientation = Orientation::Wide;
    SearchSession session(http, makeProvider(QStringLiteral("openverse")), query);
    auto first = session.next();
    REQUIRE(first.ok());
    CHECK(first->results.size() == 20);
    CHECK(first->totalCount == 40);
    CHECK(session.hasMore());
    const SearchResult &r = first->results.first();
    CHECK(r.provenance.provider == QLatin1String("openverse"));
    CHECK(r.provenance.license == QLatin1String("by-sa"));
    CHECK(r.provenance.licenseName() == QLatin1String("CC BY-SA 4.0"));
    CHECK(r.provenance.creator == QLatin1String("Tim Sullivan"));
    CHECK(r.provenance.pageUrl == QLatin1String("https://stocksnap.io/photo/p1-0"));
    CHECK(r.provenance.attribution.startsWith(QLatin1String("\"Tree Bark Photo p1-0\" by Tim Sullivan")));
    CHECK(r.width == 1024);
    CHECK(r.sourceSite == QLatin1String("stocksnap"));

    auto second = session.next();
    REQUIRE(second.ok());
    CHECK(second->results.first().id == QLatin1String("p2-0"));
    CHECK_FALSE(session.hasMore()); // page_count reached

    const QList<FakeRequest> requests = server.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests[0].path.startsWith("/proxy/v1/images/?"));
    const QUrlQuery q = queryOf(requests[0]);
    CHECK(q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded) == QLatin1String("c++ & tree bark"));
    CHECK(q.queryItemValue(QStringLiteral("page_size")) == QLatin1String("20"));
    CHECK(q.queryItemValue(QStringLiteral("license")) == QLatin1String("by-sa,cc0"));
    CHECK(q.queryItemValue(QStringLiteral("license_type")) == QLatin1String("commercial"));
    CHECK(q.queryItemValue(QStringLiteral("aspect_ratio")) == QLatin1String("wide"));
    CHECK(q.queryItemValue(QStringLiteral("mature")) == QLatin1String("false"));
    // The provider's pace: about one request a second.
    const auto timings = server.timings();
    CHECK(timings[1].startNs - timings[0].endNs >= 900'000'000);
}

TEST_CASE("Openverse: unknown licences are refused before sending, min-size drops small results", "[search]")
{
    FakeHttpServer server([](const FakeRequest &) {
        QJsonArray results{openverseResult(QStringLiteral("big"), QStringLiteral("https://cdn.example/big.jpg"), QStringLiteral("cc0"), 2000, 1500),
            openverseResult(QStringLiteral("small"), QStringLiteral("https://cdn.example/small.jpg"), QStringLiteral("cc0"), 300, 200)};
        return FakeReply::json(openversePage(results, 1, 1, 2));
    });
    EnvGuard env("LORACRAFT_OPENVERSE_BASE_URL", server.url().toString().toUtf8());
    net::HttpClient http;
    SearchQuery bad;
    bad.text = QStringLiteral("cat");
    bad.licenses = {QStringLiteral("gpl")};
    SearchSession refused(http, makeProvider(QStringLiteral("openverse")), bad);
    auto r = refused.next();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidArgument);
    CHECK(r.error().message.contains(QLatin1String("gpl")));
    CHECK(server.requestCount() == 0);

    SearchQuery query;
    query.text = QStringLiteral("cat");
    query.minSize = 512;
    SearchSession session(http, makeProvider(QStringLiteral("openverse")), query);
    auto page = session.next();
    REQUIRE(page.ok());
    REQUIRE(page->results.size() == 1);
    CHECK(page->results.first().id == QLatin1String("big"));
    CHECK(page->droppedTooSmall == 1);
}

TEST_CASE("Openverse: 429 with Retry-After is waited out and told, 401 past the anonymous limits explained, 5xx retried", "[search]")
{
    std::atomic<int> calls{0};
    FakeHttpServer server([&calls](const FakeRequest &r) {
        const int n = ++calls;
        if (r.path.contains("q=limited")) {
            if (n == 1) {
                FakeReply reply = FakeReply::json(R"({"detail": "Request was throttled. Expected available in 1 second."})", 429);
                reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
                return reply;
            }
            return FakeReply::json(openversePage({openverseResult(QStringLiteral("a"), QStringLiteral("https://cdn.example/a.jpg"), QStringLiteral("by"))}, 1, 1, 1));
        }
        if (r.path.contains("q=deep"))
            return FakeReply::json(R"({"detail": "Ensure this value is less than or equal to 20."})", 401);
        if (r.path.contains("q=flaky") && n % 2 == 1)
            return FakeReply::json("<html>502 Bad Gateway</html>", 502);
        return FakeReply::json(openversePage({}, 1, 0, 0));
    });
    EnvGuard env("LORACRAFT_OPENVERSE_BASE_URL", server.url().toString().toUtf8());
    net::HttpClient http;
    http.setRetryPolicy(quickRetries());

    SearchQuery limited;
    limited.text = QStringLiteral("limited");
    SearchSession session(http, makeProvider(QStringLiteral("openverse")), limited);
    QStringList notices;
    session.setNoticeCallback([&notices](const QString &n) { notices << n; });
    auto page = session.next();
    REQUIRE(page.ok());
    CHECK(page->results.size() == 1);
    REQUIRE(notices.size() == 1);
    CHECK(notices.first() == QLatin1String("Openverse: rate limited, retrying in 1 s"));

    SearchQuery deep;
    deep.text = QStringLiteral("deep");
    SearchSession refused(http, makeProvider(QStringLiteral("openverse")), deep);
    auto r = refused.next();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Authentication);
    CHECK(r.error().message.contains(QLatin1String("at most 20 results a page")));
    CHECK(r.error().message.contains(QLatin1String("Ensure this value")));

    calls = 0;
    SearchQuery flaky;
    flaky.text = QStringLiteral("flaky");
    SearchSession retried(http, makeProvider(QStringLiteral("openverse")), flaky);
    auto ok = retried.next();
    REQUIRE(ok.ok());
    CHECK(ok->results.isEmpty());
    CHECK_FALSE(retried.hasMore());
    CHECK(calls.load() == 2);
}

TEST_CASE("Brave: the key in X-Subscription-Token, results without licence, bad key and no key explained", "[search]")
{
    FakeHttpServer server([](const FakeRequest &r) {
        if (r.header("X-Subscription-Token") != "good-key-123")
            return FakeReply::json(R"({"type":"ErrorResponse","error":{"id":"x","status":422,"code":"SUBSCRIPTION_TOKEN_INVALID","detail":"The provided subscription token is invalid.","meta":{"component":"authentication"}},"time":1})",
                422);
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("images")},
            {QStringLiteral("query"), QJsonObject{{QStringLiteral("original"), QStringLiteral("mountain")}}},
            {QStringLiteral("results"), QJsonArray{braveResult(QStringLiteral("https://example.com/images/mountain.jpg"), 1920, 1080),
                                            braveResult(QStringLiteral("https://example.com/images/tall.jpg"), 800, 1600),
                                            braveResult(QStringLiteral("ftp://example.com/x.jpg"), 100, 100)}}};
        return FakeReply::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    EnvGuard env("LORACRAFT_BRAVE_BASE_URL", server.url().toString().toUtf8());
    net::HttpClient http;
    SearchQuery query;
    query.text = QStringLiteral("mountain");
    query.orientation = Orientation::Wide;
    query.safeSearch = false;

    SearchSession session(http, makeProvider(QStringLiteral("brave"), QStringLiteral("good-key-123")), query);
    session.setWanted(120);
    auto page = session.next();
    REQUIRE(page.ok());
    REQUIRE(page->results.size() == 1); // the tall one filtered here, the ftp one never offered
    const SearchResult &r = page->results.first();
    CHECK(r.provenance.imageUrl == QLatin1String("https://example.com/images/mountain.jpg"));
    CHECK(r.provenance.pageUrl == QLatin1String("https://example.com/mountain-photo"));
    CHECK(r.provenance.license.isEmpty());
    CHECK(r.provenance.licenseName() == QLatin1String("unknown licence"));
    CHECK(r.sourceSite == QLatin1String("example.com"));
    CHECK_FALSE(session.hasMore());
    const FakeRequest sent = server.requests().first();
    CHECK(sent.path.startsWith("/res/v1/images/search?"));
    CHECK(queryOf(sent).queryItemValue(QStringLiteral("count")) == QLatin1String("120"));
    CHECK(queryOf(sent).queryItemValue(QStringLiteral("safesearch")) == QLatin1String("off"));
    CHECK_FALSE(sent.path.contains("good-key")); // never in the URL

    SearchSession wrong(http, makeProvider(QStringLiteral("brave"), QStringLiteral("bad-key-999")), query);
    auto refused = wrong.next();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Authentication);
    CHECK(refused.error().message.contains(QLatin1String("SUBSCRIPTION_TOKEN_INVALID")));
    CHECK_FALSE(refused.error().message.contains(QLatin1String("bad-key-999")));

    const int before = server.requestCount();
    SearchSession keyless(http, makeProvider(QStringLiteral("brave")), query);
    auto none = keyless.next();
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::Authentication);
    CHECK(none.error().message.contains(QLatin1String("BRAVE_API_KEY")));
    CHECK(server.requestCount() == before);

    SearchQuery licensed = query;
    licensed.licenses = {QStringLiteral("cc0")};
    SearchSession noLicences(http, makeProvider(QStringLiteral("brave"), QStringLiteral("good-key-123")), licensed);
    auto l = noLicences.next();
    REQUIRE_FALSE(l.ok());
    CHECK(l.error().message.contains(QLatin1String("cannot filter by licence")));
}

TEST_CASE("Providers refuse answers that are not their documented shape", "[search]")
{
    OpenverseProvider openverse(QUrl(QStringLiteral("http://127.0.0.1:1")));
    BraveProvider brave(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("k"));
    for (const QByteArray &body : {QByteArray("<html>maintenance</html>"), QByteArray("{\"results\": 5}"), QByteArray("[1,2,3]"), QByteArray()}) {
        CHECK(openverse.parse(body, 1).error().code == ErrorCode::Server);
        CHECK(brave.parse(body, 1).error().code == ErrorCode::Server);
    }
    // Results with nothing to download, or odd values, are skipped or clamped, never trusted.
    const QByteArray odd = R"js({"page_count": 1, "results": [{"id": "x"}, {"id": "y", "url": "javascript:alert(1)"}, 7,
        {"id": "z", "url": "https://ok.example/z.png", "width": -5, "height": "tall", "license": "CC0"}]})js";
    auto page = openverse.parse(odd, 1);
    REQUIRE(page.ok());
    REQUIRE(page->results.size() == 1);
    CHECK(page->results.first().width == 0);
    CHECK(page->results.first().provenance.license == QLatin1String("cc0"));
}

TEST_CASE("Web import: results downloaded through the import pipeline, every fault reported, provenance kept", "[search]")
{
    DatasetFixture f;
    const QByteArray jpeg = fixtures::makeJpeg(640, 480, 1);
    const QByteArray png = fixtures::encode(fixtures::makeImage(640, 640, 2), "PNG");
    const QByteArray already = fixtures::makeJpeg(600, 400, 3);
    // An image the dataset already has, imported from a local file.
    QTemporaryDir local;
    fixtures::writeFile(local.filePath(QStringLiteral("mine.jpg")), already);
    ImportRequest pre;
    pre.dataset = f.dataset.id;
    pre.paths = {local.filePath(QStringLiteral("mine.jpg"))};
    const std::atomic<bool> keepGoing{false};
    const ImportReport preReport = Importer(*f.lib).run(pre, keepGoing);
    REQUIRE(preReport.imported == 1);
    const qint64 alreadyItem = preReport.outcomes.first().item.value();
    FakeHttpServer images([&](const FakeRequest &r) {
        const QByteArray path = r.path;
        if (!r.header("Cookie").isEmpty() || !r.header("Authorization").isEmpty())
            return FakeReply::json("credentials sent", 400);
        if (path == "/a.jpg") {
            FakeReply reply;
            reply.headers = {{"Content-Type", "image/jpeg"}, {"Set-Cookie", "tracker=1"}};
            reply.body = jpeg;
            return reply;
        }
        if (path == "/b.png") {
            FakeReply reply;
            reply.headers = {{"Content-Type", "application/octet-stream"}};
            reply.body = png;
            return reply;
        }
        if (path == "/copy.jpg" || path == "/mine.jpg") {
            FakeReply reply;
            reply.headers = {{"Content-Type", "image/jpeg"}};
            reply.body = path == "/copy.jpg" ? jpeg : already;
            return reply;
        }
        if (path == "/page.html") {
            FakeReply reply;
            reply.headers = {{"Content-Type", "text/html; charset=utf-8"}};
            reply.body = "<html><body>not an image</body></html>";
            return reply;
        }
        if (path.startsWith("/hop")) {
            const int n = path.mid(4).toInt();
            FakeReply reply;
            reply.status = 302;
            reply.headers = {{"Location", "/hop" + QByteArray::number(n + 1)}};
            return reply;
        }
        if (path == "/huge.jpg") { // announces 200 MB
            FakeReply reply;
            reply.headers = {{"Content-Type", "image/jpeg"}};
            reply.announcedLength = 200'000'000;
            reply.body = jpeg;
            return reply;
        }
        if (path == "/bomb.png") {
            FakeReply reply;
            reply.headers = {{"Content-Type", "image/png"}};
            reply.body = fixtures::makePngHeaderBomb(100000, 100000);
            return reply;
        }
        return FakeReply::json(R"({"error": "no such file"})", 404);
    });
    auto image = [&](const QString &path, const QString &license) {
        WebImage w;
        w.url = images.url(path);
        w.provenance.provider = QStringLiteral("openverse");
        w.provenance.imageUrl = w.url.toString();
        w.provenance.pageUrl = QStringLiteral("https://example.org/page%1").arg(path);
        w.provenance.license = license;
        w.provenance.licenseVersion = QStringLiteral("4.0");
        w.provenance.creator = QStringLiteral("Ada");
        return w;
    };
    WebImportRequest request;
    request.dataset = f.dataset.id;
    request.images = {image(QStringLiteral("/a.jpg"), QStringLiteral("by")), image(QStringLiteral("/b.png"), QStringLiteral("cc0")),
        image(QStringLiteral("/copy.jpg"), QStringLiteral("by")), image(QStringLiteral("/mine.jpg"), QStringLiteral("by-nc")),
        image(QStringLiteral("/page.html"), QStringLiteral("by")), image(QStringLiteral("/hop0"), QStringLiteral("by")),
        image(QStringLiteral("/huge.jpg"), QStringLiteral("by")), image(QStringLiteral("/bomb.png"), QStringLiteral("by")),
        image(QStringLiteral("/gone.jpg"), QStringLiteral("by"))};
    net::HttpClient http;
    http.setRetryPolicy(quickRetries());
    WebImporter importer(*f.lib, http);
    std::atomic<bool> cancel{false};
    int progressCalls = 0;
    importer.setProgressCallback([&progressCalls](const WebImportProgress &) { ++progressCalls; });
    const ImportReport report = importer.run(request, cancel);
    REQUIRE_FALSE(report.failure.has_value());
    CHECK(report.imported == 2);         // a.jpg, b.png
    CHECK(report.duplicates == 1);       // copy.jpg is a.jpg
    CHECK(report.alreadyInDataset == 1); // mine.jpg
    CHECK(report.skipped == 5);
    CHECK(progressCalls > 0);
    QHash<QString, ImportOutcome> byInput;
    for (const ImportOutcome &o : report.outcomes)
        byInput.insert(QUrl(o.input).path(), o);
    CHECK(byInput.value(QStringLiteral("/page.html")).reason == SkipReason::NotAnImage);
    CHECK(byInput.value(QStringLiteral("/page.html")).message.contains(QLatin1String("text/html")));
    CHECK(byInput.value(QStringLiteral("/hop0")).message.contains(QLatin1String("redirected more than 5 times")));
    CHECK(byInput.value(QStringLiteral("/huge.jpg")).reason == SkipReason::TooLarge);
    CHECK(byInput.value(QStringLiteral("/bomb.png")).reason == SkipReason::TooManyPixels);
    CHECK(byInput.value(QStringLiteral("/gone.jpg")).reason == SkipReason::NotFound);
    CHECK(byInput.value(QStringLiteral("/a.jpg")).kind == OutcomeKind::Imported);
    // Redirects stop at the limit: /hop0 … /hop5, not more. (Distinct addresses: Qt sends a request again,
    // once, when the server closed the kept-alive connection it went out on, as real clients do.)
    QSet<QByteArray> hops;
    for (const FakeRequest &r : images.requests())
        if (r.path.startsWith("/hop"))
            hops.insert(r.path);
    CHECK(hops == QSet<QByteArray>{"/hop0", "/hop1", "/hop2", "/hop3", "/hop4", "/hop5"});

    // The task history keeps the whole download: the addresses asked for, the failed ones counted.
    auto task = Tasks::get(f.lib->catalog(), report.task);
    REQUIRE(task.ok());
    CHECK(task->status == QLatin1String("completed"));
    CHECK(task->message == report.summary());
    CHECK(task->message.contains(QLatin1String("5 skipped")));
    const QJsonObject stored = QJsonDocument::fromJson(task->report.toUtf8()).object();
    CHECK(stored.value(QStringLiteral("skipped")).toInt() == 5);
    CHECK(QJsonDocument(stored).toJson().contains("/gone.jpg"));

    // Provenance: every image in the dataset that came from the web, the one already there included.
    auto a = ProvenanceRows::forItem(f.lib->catalog(), byInput.value(QStringLiteral("/a.jpg")).item);
    REQUIRE(a.ok());
    REQUIRE(a->has_value());
    CHECK((*a)->license == QLatin1String("by"));
    CHECK((*a)->pageUrl == QLatin1String("https://example.org/page/a.jpg"));
    CHECK((*a)->retrievedAt.isValid());
    auto mine = ProvenanceRows::forItem(f.lib->catalog(), ItemId(alreadyItem));
    REQUIRE(mine.ok());
    REQUIRE(mine->has_value());
    CHECK((*mine)->license == QLatin1String("by-nc"));
    auto all = ProvenanceRows::forDataset(f.lib->catalog(), f.dataset.id);
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items WHERE source_path LIKE 'http://127.0.0.1:%/a.jpg'")) == 1);
    // Filterable: by licence (and its absence), by source.
    auto found = [&](const QString &filter) {
        ItemQuery q;
        q.dataset = f.dataset.id;
        q.text = filter;
        auto ids = Items(f.lib->catalog()).query(q);
        REQUIRE(ids.ok());
        return int(ids->size());
    };
    CHECK(found(QStringLiteral("license:by")) == 1);
    CHECK(found(QStringLiteral("license:cc0,by")) == 2);
    CHECK(found(QStringLiteral("-license:cc0,by")) == 1); // by-nc
    CHECK(found(QStringLiteral("licence:by-nc")) == 1);
    CHECK(found(QStringLiteral("has:license")) == 3);
    CHECK(found(QStringLiteral("source:example.org/page/b")) == 1);
    CHECK(found(QStringLiteral("source:openverse")) == 3);
    CHECK(found(QStringLiteral("license:unknown")) == 0);
    CHECK_FALSE(parseFilter(QStringLiteral("license:gpl")).ok());
        // Export: loracraft.json carries each web image's source and licence; the pre-flight warns about NC and
    // ND licences once the dataset's notes say the LoRA is for commercial use.
    {
        ExportOptions options;
        options.format = ExportFormat::Kohya;
        options.triggerWord = QStringLiteral("ohwx");
        options.resolution = 256;
        QTemporaryDir out;
        options.outputPath = out.filePath(QStringLiteral("set"));
        REQUIRE(sql::exec(f.lib->catalog().database(), QStringLiteral("UPDATE items SET caption = 'a photo of bark'")).ok());
        auto plan = planExport(*f.lib, f.dataset.id, options);
        REQUIRE(plan.ok());
        auto codes = [](const ExportPlan &p) {
            QStringList c;
            for (const PreflightIssue &i : p.issues)
                c << i.code;
            return c;
        };
        INFO(codes(*plan).join(QLatin1Char(' ')));
        CHECK_FALSE(codes(*plan).contains(QStringLiteral("license-non-commercial")));
        std::atomic<bool> stop{false};
        const ExportReport exported = Exporter(*f.lib).run(*plan, stop);
        INFO((exported.failure ? exported.failure->message : QString()));
        REQUIRE_FALSE(exported.failure.has_value());
        const QJsonObject meta = QJsonDocument::fromJson(fixtures::readFile(out.filePath(QStringLiteral("set/loracraft.json")))).object();
        int withSource = 0;
        for (const QJsonValue &v : meta.value(QStringLiteral("images")).toArray()) {
            const QJsonObject source = v.toObject().value(QStringLiteral("source")).toObject();
            if (source.isEmpty())
                continue;
            ++withSource;
            CHECK_FALSE(source.value(QStringLiteral("license")).toString().isEmpty());
            CHECK_FALSE(source.value(QStringLiteral("attribution")).toString().isEmpty());
        }
        CHECK(withSource == 3);

        REQUIRE(sql::exec(f.lib->catalog().database(), QStringLiteral("UPDATE datasets SET notes = 'LoRA for a commercial client'")).ok());
        auto commercial = planExport(*f.lib, f.dataset.id, options);
        REQUIRE(commercial.ok());
        CHECK(codes(*commercial).contains(QStringLiteral("license-non-commercial")));
        CHECK(notesSayCommercial(QStringLiteral("Commercial use")));
        CHECK_FALSE(notesSayCommercial(QStringLiteral("non-commercial only")));
    }

    // Nothing left behind in tmp/.
    CHECK(QDir(f.lib->store().tempDir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("Pasted addresses: http and https only, one per line", "[search]")
{
    const ParsedUrls parsed = parseUrlList(QStringLiteral("https://a.example/x.jpg\n  http://b.example/y.png  file:///etc/passwd\n"
                                                          "not a url\nhttps://a.example/x.jpg\njavascript:alert(1)"));
    CHECK(parsed.urls.size() == 2);
    CHECK(parsed.refused.size() == 5); // file:, "not", "a", "url", javascript:
    CHECK(webImageForUrl(parsed.urls.first()).provenance.provider == QLatin1String("url"));
}

TEST_CASE("Licence terms and names", "[search]")
{
    CHECK(licenseTerms(QStringLiteral("by-nc")).known);
    CHECK_FALSE(licenseTerms(QStringLiteral("by-nc")).commercial);
    CHECK_FALSE(licenseTerms(QStringLiteral("by-nd")).derivatives);
    CHECK(licenseTerms(QStringLiteral("CC-BY-SA")).commercial);
    CHECK_FALSE(licenseTerms(QStringLiteral("")).known);
    Provenance p;
    p.title = QStringLiteral("Bark");
    p.creator = QStringLiteral("Ada");
    p.license = QStringLiteral("by");
    p.licenseVersion = QStringLiteral("2.0");
    p.pageUrl = QStringLiteral("https://x.example/p");
    CHECK(p.attributionLine() == QStringLiteral("“Bark” by Ada is licensed under CC BY 2.0 (https://x.example/p)."));
    CHECK(Provenance::fromJson(p.toJson()).licenseName() == QLatin1String("CC BY 2.0"));
}
