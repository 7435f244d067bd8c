#include "caption/captionbackend.h"
#include "caption/captioner.h"
#include "caption/captiontext.h"
#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/workspaces.h"
#include "fakehttpserver.h"
#include "fixtures.h"
#include "image/jpegsegments.h"
#include "net/httpclient.h"
#include "testlibrary.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

#include <atomic>

using namespace lc;
using namespace lc::test;
using namespace lc::fixtures;

namespace {

QByteArray completion(const QString &text)
{
    const QJsonObject o{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")}, {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                        {QStringLiteral("content"), text}}},
                                        {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What a request asked about: the prompt text and the image it carried.
struct Asked
{
    QString model;
    QString prompt;
    QImage image;
};

Asked parseAsked(const FakeRequest &req)
{
    Asked a;
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    a.model = body.value(QStringLiteral("model")).toString();
    const QJsonArray content = body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toArray();
    for (const QJsonValue &part : content) {
        const QJsonObject p = part.toObject();
        if (p.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            a.prompt = p.value(QStringLiteral("text")).toString();
        if (p.value(QStringLiteral("type")).toString() == QLatin1String("image_url")) {
            const QString url = p.value(QStringLiteral("image_url")).toObject().value(QStringLiteral("url")).toString();
            const QString prefix = QStringLiteral("data:image/jpeg;base64,");
            if (url.startsWith(prefix))
                a.image = QImage::fromData(QByteArray::fromBase64(url.mid(prefix.size()).toLatin1()), "JPEG");
        }
    }
    return a;
}

struct CaptionFixture
{
    TempLibrary lib;
    Dataset dataset;
    QHash<QString, ItemId> byName;

    CaptionFixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        DatasetSettings s;
        s.triggerWord = QStringLiteral("ohwx");
        s.classWord = QStringLiteral("woman");
        dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), s);
        Items items(lib->catalog());
        auto add = [&](const QString &name, int width, int height, int seed) {
            const ItemId id(addItem(*lib, dataset.id.value(), makeJpeg(width, height, seed), name));
            byName.insert(name, id);
            return id;
        };
        add(QStringLiteral("empty1.jpg"), 2000, 1000, 1);
        add(QStringLiteral("empty2.jpg"), 300, 600, 2);
        add(QStringLiteral("empty3.jpg"), 400, 400, 3);
        REQUIRE(items.setCaption(add(QStringLiteral("typed.jpg"), 200, 200, 4), QStringLiteral("typed by a person")).ok());
        CaptionProvenance imported;
        imported.origin = CaptionOrigin::Imported;
        REQUIRE(items.setCaption(add(QStringLiteral("sidecar.jpg"), 200, 200, 5), QStringLiteral("from a caption file"), imported).ok());
    }

    ItemDetail detail(const QString &name) { return *Items(lib->catalog()).detail(byName.value(name)); }

    CaptionRequest request(const FakeHttpServer &server, CaptionMode mode = CaptionMode::FillEmpty)
    {
        CaptionRequest r;
        r.dataset = dataset.id;
        r.mode = mode;
        r.settings.baseUrl = server.url(QStringLiteral("/v1")).toString();
        r.settings.model = QStringLiteral("llava:13b");
        r.settings.prompt = QStringLiteral("Describe {filename} of {trigger} {class}.");
        r.settings.maxSide = 512;
        r.settings.concurrency = 2;
        return r;
    }
};

} // namespace

TEST_CASE("Caption text: templates, boilerplate, one line, trigger first, length cap")
{
    const QHash<QString, QString> values{{QStringLiteral("trigger"), QStringLiteral("ohwx")}, {QStringLiteral("filename"), QStringLiteral("a.jpg")}};
    CHECK(fillPromptTemplate(QStringLiteral("{trigger} in {filename}, {unknown} {tags}"), values) == QStringLiteral("ohwx in a.jpg, {unknown} "));
    CaptionSettings s;
    CHECK(cleanCaption(QStringLiteral("The image shows a woman\nin a red coat."), s, QStringLiteral("ohwx")) == QStringLiteral("ohwx, a woman in a red coat."));
    CHECK(cleanCaption(QStringLiteral("Caption: \"a cat on a sofa\""), s, QString()) == QStringLiteral("a cat on a sofa"));
    CHECK(cleanCaption(QStringLiteral("ohwx woman smiling"), s, QStringLiteral("ohwx")) == QStringLiteral("ohwx woman smiling"));
    s.maxLength = 20;
    CHECK(cleanCaption(QStringLiteral("a woman standing in a field of tall grass at dusk"), s, QString()) == QStringLiteral("a woman standing in"));
    s.stripBoilerplate = false;
    s.maxLength = 0;
    CHECK(cleanCaption(QStringLiteral("The image shows x"), s, QString()) == QStringLiteral("The image shows x"));
}

TEST_CASE("Caption backend: OpenAI-compatible answers, as strings or parts, broken answers are errors")
{
    CHECK(*OpenAiCaptionBackend::parseResponse(completion(QStringLiteral("a cat"))) == QStringLiteral("a cat"));
    const QByteArray parts = R"({"choices":[{"message":{"role":"assistant","content":[{"type":"text","text":"a "},{"type":"text","text":"dog"}]}}]})";
    CHECK(*OpenAiCaptionBackend::parseResponse(parts) == QStringLiteral("a dog"));
    CHECK(OpenAiCaptionBackend::parseResponse("{\"choices\":[]}").error().code == ErrorCode::Server);
    CHECK(OpenAiCaptionBackend::parseResponse("not json").error().code == ErrorCode::Server);
    CHECK(OpenAiCaptionBackend::parseResponse(completion(QStringLiteral("  "))).error().code == ErrorCode::Server);
}

TEST_CASE("Caption backend: the request is the chat completion JSON with the image as a data URL, whatever the prompt holds")
{
    net::HttpClient http;
    CaptionSettings settings;
    settings.model = QStringLiteral("llava:13b \"q\"");
    settings.maxTokens = 77;
    const OpenAiCaptionBackend backend(http, settings, QString());
    const QByteArray jpeg = makeJpeg(40, 30, 2);
    const QString prompt = QStringLiteral("Say \"hi\"\n\tthen describe {it} – ünïcode, and \\ a backslash: lc-image-0000000000000000");
    const QByteArray body = backend.requestBody(CaptionInput{jpeg, prompt});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    INFO(body.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    CHECK(o.value(QStringLiteral("model")).toString() == settings.model);
    CHECK(o.value(QStringLiteral("max_tokens")).toInt() == 77);
    CHECK(o.value(QStringLiteral("stream")).toBool(true) == false);
    const QJsonArray content = o.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toArray();
    REQUIRE(content.size() == 2);
    CHECK(content[0].toObject().value(QStringLiteral("text")).toString() == prompt);
    CHECK(content[1].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("image_url"));
    CHECK(content[1].toObject().value(QStringLiteral("image_url")).toObject().value(QStringLiteral("url")).toString()
        == QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64()));
}

TEST_CASE("The image sent for captioning: an upright JPEG within the size goes as stored minus its metadata, others are re-encoded")
{
    const auto decode = [](const QByteArray &bytes) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        return reader.read();
    };
    const QByteArray photo = makeJpeg(320, 240, 3, 88, /*photoNoise*/ true);
    const QByteArray tagged = withGpsExif(photo, /*fillByte*/ true);
    REQUIRE(tagged.contains("GPS 48.8584"));

    SECTION("as stored: same coded image, no EXIF")
    {
        const auto sent = captionJpeg(tagged, 1024);
        REQUIRE(sent);
        CHECK_FALSE(sent->contains("GPS 48.8584"));
        CHECK_FALSE(sent->contains("Exif"));
        CHECK(*sent == stripJpegMetadata(tagged));
        // The entropy-coded data is the original's byte for byte: nothing was decoded and encoded again.
        CHECK(sent->right(photo.size() - photo.indexOf("\xFF\xDA")) == photo.mid(photo.indexOf("\xFF\xDA")));
        CHECK(decode(*sent) == decode(photo));
    }
    SECTION("rotated by EXIF: re-encoded upright")
    {
        const auto sent = captionJpeg(withExifOrientation(photo, 6), 1024);
        REQUIRE(sent);
        const QImage image = decode(*sent);
        CHECK(image.size() == QSize(240, 320));
        CHECK_FALSE(sent->contains("Exif"));
    }
    SECTION("larger than the long side: scaled")
    {
        const auto sent = captionJpeg(tagged, 160);
        REQUIRE(sent);
        CHECK(decode(*sent).size() == QSize(160, 120));
        CHECK_FALSE(sent->contains("GPS 48.8584"));
    }
    SECTION("over 4 bits a pixel: re-encoded at quality 90, smaller")
    {
        const QByteArray heavy = makeJpeg(320, 240, 3, 100, /*photoNoise*/ true);
        REQUIRE(heavy.size() > 320 * 240 / 2);
        const auto sent = captionJpeg(heavy, 1024);
        REQUIRE(sent);
        CHECK(sent->size() < heavy.size());
        CHECK(decode(*sent).size() == QSize(320, 240));
    }
    SECTION("not a JPEG: PNG with alpha flattened and encoded as JPEG")
    {
        QImage rgba(64, 48, QImage::Format_ARGB32);
        rgba.fill(Qt::transparent);
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        REQUIRE(rgba.save(&out, "PNG"));
        const auto sent = captionJpeg(png, 1024);
        REQUIRE(sent);
        CHECK(sent->startsWith("\xFF\xD8"));
        CHECK(decode(*sent).pixelColor(10, 10).lightness() > 250); // white, not black
    }
    SECTION("the frame header is read without decoding")
    {
        const auto frame = jpegFrame(tagged);
        REQUIRE(frame);
        CHECK(frame->process == 0);
        CHECK(frame->precision == 8);
        CHECK(frame->width == 320);
        CHECK(frame->height == 240);
        CHECK(frame->components == 3);
        CHECK_FALSE(jpegFrame(tagged.left(100)));
        CHECK_FALSE(jpegFrame(QByteArray("not a jpeg")));
    }
}

TEST_CASE("Captioning fills empty captions only, sends upright JPEGs within the size, records the provenance")
{
    CaptionFixture f;
    QMutex mutex;
    QList<Asked> asked;
    FakeHttpServer server([&](const FakeRequest &req) {
        if (req.path != "/v1/chat/completions")
            return FakeReply::json("{\"error\":\"no such route\"}", 404);
        const Asked a = parseAsked(req);
        QMutexLocker lock(&mutex);
        asked.append(a);
        return FakeReply::json(completion(QStringLiteral("The image shows a woman, ") + a.prompt.section(QLatin1Char(' '), 1, 1)));
    });
    net::HttpClient http;
    Captioner captioner(*f.lib, http);
    QList<CaptionProgress> progress;
    captioner.setProgressCallback([&](const CaptionProgress &p) { progress.append(p); });
    std::atomic<bool> cancel{false};
    const CaptionReport report = captioner.run(f.request(server), QString(), cancel);
    INFO(QJsonDocument(report.toJson()).toJson().toStdString());
    REQUIRE_FALSE(report.failure);
    CHECK(report.eligible == 3);
    CHECK(report.captioned == 3);
    CHECK(report.failed == 0);
    REQUIRE(asked.size() == 3);
    for (const Asked &a : asked) {
        CHECK(a.model == QStringLiteral("llava:13b"));
        CHECK(a.prompt.startsWith(QStringLiteral("Describe empty")));
        CHECK(a.prompt.endsWith(QStringLiteral("of ohwx woman.")));
        REQUIRE_FALSE(a.image.isNull());
        CHECK(std::max(a.image.width(), a.image.height()) <= 512);
    }
    const ItemDetail e1 = f.detail(QStringLiteral("empty1.jpg"));
    CHECK(e1.caption == QStringLiteral("ohwx, a woman, empty1.jpg"));
    CHECK(e1.provenance.origin == CaptionOrigin::Auto);
    CHECK(e1.provenance.backend == QStringLiteral("openai"));
    CHECK(e1.provenance.model == QStringLiteral("llava:13b"));
    CHECK(e1.provenance.prompt == QStringLiteral("Describe empty1.jpg of ohwx woman."));
    CHECK(e1.provenance.task == report.task.value());
    CHECK(e1.provenance.at > 0);
    CHECK(f.detail(QStringLiteral("typed.jpg")).caption == QStringLiteral("typed by a person"));
    CHECK(f.detail(QStringLiteral("typed.jpg")).provenance.origin == CaptionOrigin::Manual);
    CHECK(f.detail(QStringLiteral("sidecar.jpg")).caption == QStringLiteral("from a caption file"));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().done == 3);
    CHECK(progress.last().total == 3);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'caption' AND status = 'completed'")) == 1);

    // replace-auto: the generated ones again, never the person's or the caption file's.
    asked.clear();
    server.setHandler([&](const FakeRequest &) { return FakeReply::json(completion(QStringLiteral("second pass"))); });
    const CaptionReport again = captioner.run(f.request(server, CaptionMode::ReplaceAuto), QString(), cancel);
    CHECK(again.eligible == 3);
    CHECK(again.captioned == 3);
    CHECK(f.detail(QStringLiteral("empty2.jpg")).caption == QStringLiteral("ohwx, second pass"));
    CHECK(f.detail(QStringLiteral("typed.jpg")).caption == QStringLiteral("typed by a person"));

    // append adds to every caption; replace-all replaces the person's too.
    const CaptionReport appended = captioner.run(f.request(server, CaptionMode::Append), QString(), cancel);
    CHECK(appended.captioned == 5);
    CHECK(f.detail(QStringLiteral("typed.jpg")).caption == QStringLiteral("typed by a person, ohwx, second pass"));
    const CaptionReport replaced = captioner.run(f.request(server, CaptionMode::ReplaceAll), QString(), cancel);
    CHECK(replaced.captioned == 5);
    CHECK(f.detail(QStringLiteral("sidecar.jpg")).caption == QStringLiteral("ohwx, second pass"));
    CHECK(f.detail(QStringLiteral("sidecar.jpg")).provenance.origin == CaptionOrigin::Auto);
}

TEST_CASE("Captioning survives the faults of real servers: 429, 500, malformed JSON, a dropped connection")
{
    CaptionFixture f;
    std::atomic<int> n{0};
    FakeHttpServer server([&](const FakeRequest &req) {
        const Asked a = parseAsked(req);
        const int i = ++n;
        if (i == 1) {
            FakeReply r = FakeReply::json("{\"error\":{\"message\":\"rate limit\"}}", 429);
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "0"));
            return r;
        }
        if (a.prompt.contains(QStringLiteral("empty2")))
            return FakeReply::json("{\"choices\": [", 200); // malformed, every time
        if (a.prompt.contains(QStringLiteral("empty3")) && i < 6) {
            FakeReply r;
            r.drop = true;
            return r;
        }
        return FakeReply::json(completion(QStringLiteral("fine")));
    });
    net::HttpClient http;
    net::RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    http.setRetryPolicy(fast);
    Captioner captioner(*f.lib, http);
    std::atomic<bool> cancel{false};
    CaptionRequest request = f.request(server);
    request.settings.concurrency = 1;
    const CaptionReport report = captioner.run(request, QString(), cancel);
    INFO(QJsonDocument(report.toJson()).toJson().toStdString());
    CHECK_FALSE(report.failure);
    CHECK(report.captioned == 2);
    CHECK(report.failed == 1);
    REQUIRE(report.failures.size() == 1);
    CHECK(report.failures.first().name == QStringLiteral("empty2.jpg"));
    CHECK(report.failures.first().message.contains(QStringLiteral("not JSON")));
    CHECK(f.detail(QStringLiteral("empty2.jpg")).caption.isEmpty());
    CHECK(f.detail(QStringLiteral("empty3.jpg")).caption == QStringLiteral("ohwx, fine"));
}

TEST_CASE("Captioning with a model the server does not have fails each item with the server's own message and writes nothing")
{
    CaptionFixture f;
    FakeHttpServer server([](const FakeRequest &) {
        // What Ollama answers for a model that was never pulled.
        return FakeReply::json(
            R"({"error":{"message":"model \"llava:99b\" not found, try pulling it first","type":"api_error","param":null,"code":null}})", 404);
    });
    net::HttpClient http;
    Captioner captioner(*f.lib, http);
    std::atomic<bool> cancel{false};
    CaptionRequest request = f.request(server);
    request.settings.model = QStringLiteral("llava:99b");
    const CaptionReport report = captioner.run(request, QString(), cancel);
    INFO(QJsonDocument(report.toJson()).toJson().toStdString());
    CHECK(report.captioned == 0);
    CHECK(report.failed == 3);
    REQUIRE(report.failures.size() == 3);
    for (const auto &failure : report.failures) {
        CHECK(failure.message.contains(QStringLiteral("model \"llava:99b\" not found, try pulling it first")));
        CHECK_FALSE(failure.message.contains(QStringLiteral("has no"))); // the endpoint is there, the model is not
    }
    CHECK(server.requestCount() == 3); // a 404 is not retried
    CHECK(f.detail(QStringLiteral("empty1.jpg")).caption.isEmpty());
    CHECK(f.detail(QStringLiteral("empty1.jpg")).provenance.origin == CaptionOrigin::None);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'caption' AND status = 'completed'")) == 1);
}

TEST_CASE("Captioning with a refused key stops at once and writes nothing, the key appears in no report")
{
    CaptionFixture f;
    const QString key = QStringLiteral("sk-live-VERYSECRET-0123456789");
    std::atomic<int> withKey{0};
    FakeHttpServer server([&](const FakeRequest &req) {
        if (req.header("Authorization") == "Bearer " + key.toUtf8())
            ++withKey;
        return FakeReply::json("{\"error\":{\"message\":\"Incorrect API key provided: " + key.toUtf8() + "\"}}", 401);
    });
    net::HttpClient http;
    Captioner captioner(*f.lib, http);
    std::atomic<bool> cancel{false};
    const CaptionReport report = captioner.run(f.request(server), key, cancel);
    REQUIRE(report.failure);
    CHECK(report.failure->code == ErrorCode::Authentication);
    CHECK(report.captioned == 0);
    CHECK(withKey.load() == server.requestCount()); // the key went to the server, as a bearer token
    CHECK(server.requestCount() <= 2 + 2); // the requests already in flight, not one per item and retry
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    CHECK_FALSE(json.contains(key.toUtf8()));
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE report LIKE '%VERYSECRET%' OR error LIKE '%VERYSECRET%' "
                                       "OR message LIKE '%VERYSECRET%'")) == 0);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items WHERE caption_origin = 'auto'")) == 0);
}

TEST_CASE("A caption typed while the model works is kept, a canceled run resumes without sending again")
{
    CaptionFixture f;
    const ItemId typedMeanwhile = f.byName.value(QStringLiteral("empty1.jpg"));
    std::atomic<int> n{0};
    std::atomic<bool> cancel{false};
    QMutex mutex;
    QStringList sent;
    FakeHttpServer server([&](const FakeRequest &req) {
        const Asked a = parseAsked(req);
        {
            QMutexLocker lock(&mutex);
            sent << a.prompt.section(QLatin1Char(' '), 1, 1);
        }
        if (a.prompt.contains(QStringLiteral("empty1"))) // the person types while the model works
            (void)Items(f.lib->catalog()).setCaption(typedMeanwhile, QStringLiteral("typed meanwhile")); // checked below
        // The third image is still with the model when the user cancels (see the progress callback).
        if (++n == 3) {
            for (int i = 0; i < 500 && !cancel.load(); ++i)
                QThread::msleep(10);
            QThread::msleep(1000); // the client gives up on its own (within 100 ms of the cancel)
        }
        return FakeReply::json(completion(QStringLiteral("generated")));
    });
    net::HttpClient http;
    Captioner captioner(*f.lib, http);
    captioner.setProgressCallback([&](const CaptionProgress &p) {
        if (p.done == 2 && n.load() == 3) // two answered, the third sent and waiting
            cancel = true;
    });
    CaptionRequest request = f.request(server);
    request.settings.concurrency = 1;
    const CaptionReport first = captioner.run(request, QString(), cancel);
    CHECK(first.canceled);
    CHECK(first.kept == 1);
    CHECK(f.detail(QStringLiteral("empty1.jpg")).caption == QStringLiteral("typed meanwhile"));
    CHECK(f.detail(QStringLiteral("empty1.jpg")).provenance.origin == CaptionOrigin::Manual);
    const int captionedFirst = first.captioned;
    CHECK(captionedFirst == 1);

    // Resume in replace-all mode would resend everything; the resumed run keeps its mode (fill-empty) and
    // its record of what it did.
    auto resumed = captioner.requestOf(first.task);
    REQUIRE(resumed.ok());
    CHECK(resumed->resume == first.task);
    cancel = false;
    sent.clear();
    const CaptionReport second = captioner.run(*resumed, QString(), cancel);
    CHECK_FALSE(second.canceled);
    CHECK(second.alreadyDone == 1);
    CHECK(second.captioned + second.alreadyDone + second.kept >= 2);
    CHECK(sent.size() == 1); // only what the first run had not done
    CHECK(f.detail(QStringLiteral("empty3.jpg")).caption == QStringLiteral("ohwx, generated"));
    CHECK(f.detail(QStringLiteral("empty3.jpg")).provenance.task == first.task.value());
}
