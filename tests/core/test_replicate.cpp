// Replicate captioning against a local server that speaks Replicate's API with the recorded payloads of
// tests/fixtures/replicate (docs/replicate-api.md): version resolution, Prefer: wait then polling, the
// Files API for large images, official models, every model's output shape, and the faults.
#include "lc_catch.h"

#include "caption/captioner.h"
#include "caption/replicatecaption.h"
#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/workspaces.h"
#include "fakehttpserver.h"
#include "replicatefixtures.h"
#include "fixtures.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "testlibrary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include <atomic>
#include <thread>

using namespace lc;
using namespace lc::test;
using namespace lc::fixtures;

namespace {

const QString BlipVersion = QStringLiteral("2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746");
const QString Token = QStringLiteral("r8_TESTTOKEN_do_not_log_4242");


QByteArray modelJson(const QString &owner, const QString &name, const QString &version, bool official = false)
{
    QJsonObject o{{QStringLiteral("owner"), owner}, {QStringLiteral("name"), name}, {QStringLiteral("is_official"), official},
        {QStringLiteral("visibility"), QStringLiteral("public")}};
    o.insert(QStringLiteral("latest_version"), version.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("id"), version}}));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray withStatus(QJsonObject prediction, const QString &status, const QJsonValue &output = QJsonValue::Null)
{
    prediction.insert(QStringLiteral("status"), status);
    prediction.insert(QStringLiteral("output"), output);
    return QJsonDocument(prediction).toJson(QJsonDocument::Compact);
}

// A Replicate stand-in: the BLIP model (community: by version), predictions that start and succeed after
// `pollsBeforeDone` GETs, the Files API. Faults are switched on per test.
struct FakeReplicate
{
    QMutex mutex;
    int pollsBeforeDone = 1;
    int polls = 0;
    bool official = false;
    QJsonValue output = QStringLiteral("Caption: a woman with long hair standing in front of a brick wall");
    std::function<std::optional<FakeReply>(const FakeRequest &)> fault;
    QList<QJsonObject> created; // bodies of POSTed predictions
    QStringList deletedFiles;
    int uploads = 0;
    int cancels = 0;

    FakeReply answer(const FakeRequest &req)
    {
        QMutexLocker lock(&mutex);
        if (fault) {
            if (auto r = fault(req))
                return *r;
        }
        if (req.header("Authorization") != "Bearer " + Token.toUtf8())
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-401-invalid-token.json")), 401);
        const QByteArray path = req.path;
        const QJsonObject starting = replicateFixture(QStringLiteral("predictions-create-blip.response-201-starting.json"));
        const QString id = starting.value(QStringLiteral("id")).toString();
        if (req.method == "GET" && path == "/v1/models/salesforce/blip")
            return FakeReply::json(modelJson(QStringLiteral("salesforce"), QStringLiteral("blip"), BlipVersion, official));
        if (req.method == "GET" && path.startsWith("/v1/models/"))
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
        if (req.method == "POST" && (path == "/v1/predictions" || path == "/v1/models/salesforce/blip/predictions")) {
            if (path.startsWith("/v1/models/") && !official)
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
            created.append(QJsonDocument::fromJson(req.body).object());
            polls = 0;
            if (pollsBeforeDone == 0)
                return FakeReply::json(withStatus(starting, QStringLiteral("succeeded"), output), 201);
            return FakeReply::json(withStatus(starting, QStringLiteral("starting")), 201);
        }
        if (req.method == "GET" && path == "/v1/predictions/" + id.toUtf8()) {
            if (++polls >= pollsBeforeDone)
                return FakeReply::json(withStatus(starting, QStringLiteral("succeeded"), output));
            return FakeReply::json(withStatus(starting, QStringLiteral("processing")));
        }
        if (req.method == "POST" && path == "/v1/predictions/" + id.toUtf8() + "/cancel") {
            ++cancels;
            return FakeReply::json(withStatus(starting, QStringLiteral("canceled")));
        }
        if (req.method == "POST" && path == "/v1/files") {
            ++uploads;
            if (!req.header("Content-Type").startsWith("multipart/form-data; boundary=")
                || !req.body.contains("name=\"content\"; filename=\"caption.jpg\"") || !req.body.contains("Content-Type: image/jpeg"))
                return FakeReply::json("{\"detail\":\"bad upload\"}", 400);
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("files-create.response-201.json")), 201);
        }
        if (req.method == "DELETE" && path.startsWith("/v1/files/")) {
            deletedFiles << QString::fromUtf8(path.mid(10));
            return FakeReply{204, {}, {}};
        }
        return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
    }
};

struct ReplicateSetup
{
    FakeReplicate replicate;
    FakeHttpServer server{[this](const FakeRequest &r) { return replicate.answer(r); }};
    net::HttpClient http;

    ReplicateSetup()
    {
        net::RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        http.setRetryPolicy(fast);
    }

    CaptionSettings settings(const QString &presetKey = QStringLiteral("blip"))
    {
        CaptionSettings s;
        ReplicateCaptionPreset::find(presetKey)->applyTo(s);
        s.prompt = QStringLiteral("Describe the image.");
        return s;
    }

    std::unique_ptr<ReplicateCaptionBackend> backend(const CaptionSettings &s)
    {
        auto b = std::make_unique<ReplicateCaptionBackend>(http, s, Token, 20);
        return b;
    }

    QByteArray smallJpeg() const { return *captionJpeg(makeJpeg(64, 48, 1), 1024); }
};

struct EnvBaseUrl
{
    explicit EnvBaseUrl(const QUrl &url) { qputenv("LORACRAFT_REPLICATE_BASE_URL", url.toString().toUtf8()); }
    ~EnvBaseUrl() { qunsetenv("LORACRAFT_REPLICATE_BASE_URL"); }
};

} // namespace

TEST_CASE("Replicate outputs: BLIP's string, LLaVA's tokens, Florence-2's Python dict, anything else an error")
{
    const QJsonObject blip = replicateFixture(QStringLiteral("predictions-get-blip-succeeded.response-200.json"));
    CHECK(parseReplicateOutput(blip.value(QStringLiteral("output"))).valueOr(QString())
          == QStringLiteral("a woman with long hair standing in front of a brick wall"));

    const QJsonObject llava = replicateFixture(QStringLiteral("predictions-get-llava-succeeded.response-200.json"));
    CHECK(parseReplicateOutput(llava.value(QStringLiteral("output"))).valueOr(QString())
          == QStringLiteral("A woman with long auburn hair stands in front of a weathered red brick wall, wearing a denim "
                            "jacket and smiling softly at the camera."));

    const QJsonObject florence = replicateFixture(QStringLiteral("predictions-create-florence2-sync.response-201.json"));
    auto text = parseReplicateOutput(florence.value(QStringLiteral("output")));
    REQUIRE(text.ok());
    CHECK(text->startsWith(QStringLiteral("The image shows a young woman with long auburn hair")));
    CHECK(text->endsWith(QStringLiteral("slightly out of focus.")));

    // Python quoting: an apostrophe makes repr() use double quotes, or escape it.
    CHECK(parseFlorenceText(QStringLiteral("{'<CAPTION>': \"A dog's ball\"}")).valueOr(QString()) == QStringLiteral("A dog's ball"));
    CHECK(parseFlorenceText(QStringLiteral("{'<CAPTION>': 'A dog\\'s \\\"ball\\\" \\u00e9'}")).valueOr(QString())
          == QStringLiteral("A dog's \"ball\" é"));
    CHECK_FALSE(parseFlorenceText(QStringLiteral("{'<CAPTION>': 'unterminated")).ok());
    CHECK_FALSE(parseFlorenceText(QStringLiteral("no dict at all")).ok());

    CHECK(parseReplicateOutput(QJsonObject{{QStringLiteral("caption"), QStringLiteral("plain")}}).valueOr(QString()) == QStringLiteral("plain"));
    auto unknown = parseReplicateOutput(QJsonObject{{QStringLiteral("boxes"), QJsonArray{1, 2}}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("boxes")));
    CHECK_FALSE(parseReplicateOutput(QJsonValue::Null).ok());
}

TEST_CASE("Replicate model references and the base URL from the environment")
{
    auto ref = replicate::ModelRef::parse(QStringLiteral("salesforce/blip:") + BlipVersion);
    REQUIRE(ref.ok());
    CHECK(ref->owner == QStringLiteral("salesforce"));
    CHECK(ref->version == BlipVersion);
    CHECK(replicate::ModelRef::parse(QStringLiteral("yorickvp/llava-13b"))->version.isEmpty());
    CHECK_FALSE(replicate::ModelRef::parse(QStringLiteral("blip")).ok());
    CHECK_FALSE(replicate::ModelRef::parse(QStringLiteral("a/b:nothex")).ok());

    CHECK(replicate::baseUrl() == QUrl(QStringLiteral("https://api.replicate.com/v1")));
    EnvBaseUrl env(QUrl(QStringLiteral("http://127.0.0.1:9/v1/")));
    CHECK(replicate::baseUrl() == QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
}

TEST_CASE("Replicate captioning resolves the latest version, waits, then polls until the prediction succeeds")
{
    ReplicateSetup r;
    EnvBaseUrl env(r.server.url(QStringLiteral("/v1")));
    r.replicate.pollsBeforeDone = 2;
    auto backend = r.backend(r.settings());
    std::atomic<bool> cancel{false};
    REQUIRE(backend->prepare(&cancel).ok());
    CHECK(backend->model() == QStringLiteral("salesforce/blip:") + BlipVersion);

    auto caption = backend->caption(CaptionInput{r.smallJpeg(), QStringLiteral("ignored by BLIP")}, &cancel);
    REQUIRE(caption.ok());
    CHECK(*caption == QStringLiteral("a woman with long hair standing in front of a brick wall"));

    const QList<FakeRequest> requests = r.server.requests();
    REQUIRE(requests.size() == 4); // model, create, two polls
    CHECK(requests[0].path == "/v1/models/salesforce/blip");
    CHECK(requests[1].header("Prefer") == "wait=60");
    const QJsonObject body = QJsonDocument::fromJson(requests[1].body).object();
    CHECK(body.value(QStringLiteral("version")).toString() == BlipVersion);
    const QJsonObject input = body.value(QStringLiteral("input")).toObject();
    CHECK(input.value(QStringLiteral("image")).toString().startsWith(QStringLiteral("data:image/jpeg;base64,/9j/")));
    CHECK(input.value(QStringLiteral("task")).toString() == QStringLiteral("image_captioning"));
    CHECK_FALSE(input.contains(QStringLiteral("prompt"))); // BLIP takes none
    for (const FakeRequest &req : requests)
        CHECK_FALSE(req.path.contains(Token.toUtf8())); // the token travels in the header only
}

TEST_CASE("Replicate captioning: LLaVA gets the prompt, a pinned version skips the lookup, official models use their endpoint")
{
    ReplicateSetup r;
    EnvBaseUrl env(r.server.url(QStringLiteral("/v1")));
    r.replicate.pollsBeforeDone = 0;
    std::atomic<bool> cancel{false};

    SECTION("LLaVA: prompt, tokens, temperature; the token array is joined")
    {
        CaptionSettings s = r.settings(QStringLiteral("llava-13b"));
        s.model = QStringLiteral("salesforce/blip:") + BlipVersion; // the fake serves one model; the inputs are LLaVA's
        s.maxTokens = 160;
        r.replicate.output = replicateFixture(QStringLiteral("predictions-get-llava-succeeded.response-200.json")).value(QStringLiteral("output"));
        auto backend = r.backend(s);
        REQUIRE(backend->prepare(&cancel).ok());
        auto caption = backend->caption(CaptionInput{r.smallJpeg(), QStringLiteral("Describe it.")}, &cancel);
        REQUIRE(caption.ok());
        CHECK(caption->startsWith(QStringLiteral("A woman with long auburn hair")));
        REQUIRE(r.server.requestCount() == 1); // pinned: no model lookup, answered at once: no polling
        const QJsonObject input = r.replicate.created.first().value(QStringLiteral("input")).toObject();
        CHECK(input.value(QStringLiteral("prompt")).toString() == QStringLiteral("Describe it."));
        CHECK(input.value(QStringLiteral("max_tokens")).toInt() == 160);
        CHECK(input.value(QStringLiteral("top_p")).toInt() == 1);
    }
    SECTION("an official model runs through /models/{owner}/{name}/predictions without a version")
    {
        r.replicate.official = true;
        auto backend = r.backend(r.settings());
        REQUIRE(backend->prepare(&cancel).ok());
        REQUIRE(backend->caption(CaptionInput{r.smallJpeg(), QString()}, &cancel).ok());
        CHECK(r.server.requests().last().path == "/v1/models/salesforce/blip/predictions");
        CHECK_FALSE(r.replicate.created.first().contains(QStringLiteral("version")));
    }
    SECTION("any model: its own image input and extra inputs; bad JSON is refused before any request")
    {
        CaptionSettings s = r.settings(QStringLiteral("custom"));
        s.model = QStringLiteral("salesforce/blip");
        s.imageInput = QStringLiteral("input_image");
        s.promptInput.clear();
        s.extraInput = QStringLiteral("{\"detail\": \"high\", \"n\": 2}");
        auto backend = r.backend(s);
        REQUIRE(backend->prepare(&cancel).ok());
        REQUIRE(backend->caption(CaptionInput{r.smallJpeg(), QString()}, &cancel).ok());
        const QJsonObject input = r.replicate.created.first().value(QStringLiteral("input")).toObject();
        CHECK(input.contains(QStringLiteral("input_image")));
        CHECK(input.value(QStringLiteral("detail")).toString() == QStringLiteral("high"));

        s.extraInput = QStringLiteral("{not json");
        const int before = r.server.requestCount();
        auto refused = r.backend(s)->prepare(&cancel);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("JSON")));
        CHECK(r.server.requestCount() == before);
    }
    SECTION("a model Replicate does not have")
    {
        CaptionSettings s = r.settings();
        s.model = QStringLiteral("nobody/nothing");
        auto missing = r.backend(s)->prepare(&cancel);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == ErrorCode::NotFound);
        CHECK(missing.error().message.contains(QStringLiteral("nobody/nothing")));
    }
}

TEST_CASE("Replicate captioning uploads images over 256 KB to the Files API and deletes them afterwards")
{
    ReplicateSetup r;
    EnvBaseUrl env(r.server.url(QStringLiteral("/v1")));
    r.replicate.pollsBeforeDone = 0;
    std::atomic<bool> cancel{false};
    auto backend = r.backend(r.settings());
    REQUIRE(backend->prepare(&cancel).ok());
    QByteArray big = *captionJpeg(makeJpeg(2048, 2048, 7, 95, /*photoNoise*/ true), 2048);
    REQUIRE(big.size() > ReplicateCaptionBackend::InlineLimit);
    REQUIRE(backend->caption(CaptionInput{big, QString()}, &cancel).ok());
    CHECK(r.replicate.uploads == 1);
    const QJsonObject file = replicateFixture(QStringLiteral("files-create.response-201.json"));
    const QString fileUrl = file.value(QStringLiteral("urls")).toObject().value(QStringLiteral("get")).toString();
    CHECK(r.replicate.created.first().value(QStringLiteral("input")).toObject().value(QStringLiteral("image")).toString() == fileUrl);
    CHECK(r.replicate.deletedFiles == QStringList{file.value(QStringLiteral("id")).toString()});

    // Deleted even when the prediction fails.
    r.replicate.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
        if (req.method == "POST" && req.path == "/v1/predictions")
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-422-input-validation.json")), 422);
        return std::nullopt;
    };
    REQUIRE_FALSE(backend->caption(CaptionInput{big, QString()}, &cancel).ok());
    CHECK(r.replicate.deletedFiles.size() == 2);
}

TEST_CASE("Replicate faults: a failed prediction, a bad token, no credit, 429 then success, 500 on create")
{
    ReplicateSetup r;
    EnvBaseUrl env(r.server.url(QStringLiteral("/v1")));
    r.replicate.pollsBeforeDone = 1;
    std::atomic<bool> cancel{false};
    auto backend = r.backend(r.settings());
    REQUIRE(backend->prepare(&cancel).ok());
    const CaptionInput in{r.smallJpeg(), QString()};

    SECTION("the model fails: its error is the item's message")
    {
        r.replicate.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "GET" && req.path.startsWith("/v1/predictions/"))
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("predictions-get-failed.response-200.json")));
            return std::nullopt;
        };
        auto failed = backend->caption(in, &cancel);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().message.contains(QStringLiteral("Failed to download")));
    }
    SECTION("a revoked token: Authentication with Replicate's words")
    {
        auto other = std::make_unique<ReplicateCaptionBackend>(r.http, r.settings(), QStringLiteral("r8_wrong"), 20);
        auto refused = other->prepare(&cancel);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Authentication);
        CHECK(refused.error().message.contains(QStringLiteral("valid authentication token")));
    }
    SECTION("no credit: 402 with the billing message, not retried")
    {
        r.replicate.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "POST")
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-402-insufficient-credit.json")), 402);
            return std::nullopt;
        };
        auto refused = backend->caption(in, &cancel);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().httpStatus == 402);
        CHECK(refused.error().message.contains(QStringLiteral("insufficient credit")));
        CHECK(r.replicate.created.isEmpty());
    }
    SECTION("429 with Retry-After on create is waited out and sent again")
    {
        int throttled = 0;
        r.replicate.fault = [&throttled](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "POST" && req.path == "/v1/predictions" && throttled++ == 0) {
                FakeReply reply = FakeReply::json(replicateFixtureBytes(QStringLiteral("error-429-throttled.json")), 429);
                reply.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
                return reply;
            }
            return std::nullopt;
        };
        REQUIRE(backend->caption(in, &cancel).ok());
        CHECK(r.replicate.created.size() == 1);
    }
    SECTION("500 on create is not sent again (it could run the model twice)")
    {
        r.replicate.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "POST" && req.path == "/v1/predictions")
                return FakeReply::json("<html>502 Bad Gateway</html>", 500);
            return std::nullopt;
        };
        const int before = r.server.requestCount();
        auto failed = backend->caption(in, &cancel);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::Server);
        CHECK(r.server.requestCount() == before + 1);
    }
    SECTION("a 500 while polling is retried (a GET changes nothing)")
    {
        int failures = 0;
        r.replicate.fault = [&failures](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "GET" && req.path.startsWith("/v1/predictions/") && failures++ < 2)
                return FakeReply::json("{\"detail\":\"internal\"}", 503);
            return std::nullopt;
        };
        REQUIRE(backend->caption(in, &cancel).ok());
    }
    SECTION("output removed after an hour")
    {
        r.replicate.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "GET" && req.path.startsWith("/v1/predictions/"))
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("predictions-get-data-removed.response-200.json")));
            return std::nullopt;
        };
        auto removed = backend->caption(in, &cancel);
        REQUIRE_FALSE(removed.ok());
    }
}

TEST_CASE("Canceling a Replicate caption cancels the prediction on the server too, within a second")
{
    ReplicateSetup r;
    EnvBaseUrl env(r.server.url(QStringLiteral("/v1")));
    r.replicate.pollsBeforeDone = 1'000'000; // never finishes
    std::atomic<bool> cancel{false};
    auto backend = std::make_unique<ReplicateCaptionBackend>(r.http, r.settings(), Token, 1000);
    REQUIRE(backend->prepare(&cancel).ok());
    QElapsedTimer clock;
    std::thread canceler([&] {
        QThread::msleep(300);
        clock.start();
        cancel = true;
    });
    auto canceled = backend->caption(CaptionInput{r.smallJpeg(), QString()}, &cancel);
    const qint64 answered = clock.elapsed();
    canceler.join();
    REQUIRE_FALSE(canceled.ok());
    CHECK(canceled.error().code == ErrorCode::Canceled);
    CHECK(r.replicate.cancels == 1);
    CHECK(answered < 1000);
}

TEST_CASE("A captioning run with a Replicate model writes captions with the model's resolved version as provenance")
{
    TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    const Dataset dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), DatasetSettings{});
    const ItemId a(addItem(*lib, dataset.id.value(), makeJpeg(300, 200, 1), QStringLiteral("a.jpg")));
    const ItemId b(addItem(*lib, dataset.id.value(), makeJpeg(200, 300, 2), QStringLiteral("b.jpg")));
    REQUIRE(Items(lib->catalog()).setCaption(b, QStringLiteral("typed by hand")).ok());

    ReplicateSetup r;
    EnvBaseUrl env(r.server.url(QStringLiteral("/v1")));
    r.replicate.pollsBeforeDone = 0;
    Captioner captioner(*lib, r.http);
    CaptionRequest request;
    request.dataset = dataset.id;
    request.settings = r.settings();
    std::atomic<bool> cancel{false};
    const CaptionReport report = captioner.run(request, Token, cancel);
    REQUIRE_FALSE(report.failure);
    CHECK(report.captioned == 1);
    const ItemDetail da = *Items(lib->catalog()).detail(a);
    CHECK(da.caption == QStringLiteral("a woman with long hair standing in front of a brick wall"));
    CHECK(da.provenance.origin == CaptionOrigin::Auto);
    CHECK(da.provenance.backend == QStringLiteral("replicate"));
    CHECK(da.provenance.model == QStringLiteral("salesforce/blip:") + BlipVersion);
    CHECK(Items(lib->catalog()).detail(b)->caption == QStringLiteral("typed by hand"));
    CHECK_FALSE(QJsonDocument(report.toJson()).toJson().contains(Token.toUtf8()));
}
