// Quality flags on generated images with known defects (blur, upscaling, clipped exposure, bars, extreme
// aspect, heavy compression, low resolution) and on clean ones: no false flags on sharp scenes, on a
// smooth sky with a small sharp subject, or on dim and bright but sharp pictures.
#include "lc_catch.h"

#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "curation/analyzejob.h"
#include "curation/quality.h"
#include "curation/qualityreport.h"
#include "edit/catalogwriter.h"
#include "edit/itemcommands.h"
#include "export/exportplanner.h"
#include "fixtures.h"
#include "import/importer.h"
#include "library/libraryservice.h"
#include "testlibrary.h"
#include "util/contenthash.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <opencv2/imgproc.hpp>

using namespace lc;
using namespace lc::curation;

namespace {

QImage blurred(const QImage &src, double sigma)
{
    QImage image = src.convertToFormat(QImage::Format_RGB32);
    cv::Mat m(image.height(), image.width(), CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    cv::GaussianBlur(m, m, cv::Size(0, 0), sigma);
    return image;
}

QImage overlaid(const QImage &src, const QColor &colour)
{
    QImage image = src.copy();
    QPainter p(&image);
    p.fillRect(image.rect(), colour);
    return image;
}

bool waitFor(const std::function<bool()> &condition, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

QImage letterboxed(int seed)
{
    QImage letterbox(1280, 960, QImage::Format_RGB32);
    letterbox.fill(Qt::black);
    QPainter p(&letterbox);
    p.drawImage(0, 120, fixtures::makeScene(1280, 720, seed));
    return letterbox;
}

QStringList flagsOf(const QImage &image, QualityFacts facts = {})
{
    if (!facts.size.isValid())
        facts.size = image.size();
    if (facts.bytes == 0)
        facts.bytes = qint64(image.width()) * image.height(); // 8 bits a pixel: not compressed
    if (facts.format.isEmpty())
        facts.format = QStringLiteral("jpeg");
    facts.targetResolution = std::min(facts.targetResolution, 1024);
    QStringList out;
    for (QualityFlag f : qualityFlags(measureQuality(image), facts))
        out << toKey(f);
    return out;
}

} // namespace

TEST_CASE("Sharp pictures get no quality flag, whatever their exposure or a smooth background")
{
    for (int seed : {1, 2, 3, 4}) {
        INFO("seed " << seed);
        const QImage scene = fixtures::makeScene(1280, 960, seed);
        CHECK(flagsOf(scene).isEmpty());
        CHECK(flagsOf(fixtures::makeScene(640, 480, seed), {QSize(), 0, {}, 512}).isEmpty());
        CHECK(flagsOf(fixtures::makeImage(1280, 960, seed, QImage::Format_RGB32, true)).isEmpty()); // sensor-like noise
        // A smooth sky with a small sharp subject in a corner.
        QImage sky(1280, 960, QImage::Format_RGB32);
        {
            QPainter p(&sky);
            QLinearGradient g(0, 0, 0, 960);
            g.setColorAt(0, QColor(90, 140, 220));
            g.setColorAt(1, QColor(200, 220, 250));
            p.fillRect(sky.rect(), g);
            p.drawImage(900, 600, fixtures::makeScene(240, 240, seed));
        }
        CHECK(flagsOf(sky).isEmpty());
    }
}

TEST_CASE("Blur, upscaling, clipped exposure, bars, aspect, compression and low resolution are each flagged")
{
    for (int seed : {1, 2, 3}) {
        INFO("seed " << seed);
        const QImage scene = fixtures::makeScene(1280, 960, seed);
        CHECK(flagsOf(blurred(scene, 12)) == QStringList{QStringLiteral("blurry")});
        const QStringList soft = flagsOf(blurred(scene, 5));
        CHECK(soft.size() == 1);
        CHECK((soft.contains(QStringLiteral("blurry")) || soft.contains(QStringLiteral("upscaled"))));
        CHECK(flagsOf(blurred(fixtures::makeScene(480, 360, seed), 3), {QSize(), 0, {}, 512}) == QStringList{QStringLiteral("blurry")}); // small: no headroom to be "upscaled"
        const QImage upscaled = fixtures::makeScene(160, 120, seed).scaled(1280, 960, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        CHECK(flagsOf(upscaled) == QStringList{QStringLiteral("upscaled")});
        CHECK(flagsOf(overlaid(scene, QColor(0, 0, 0, 225))) == QStringList{QStringLiteral("underexposed")});
        CHECK(flagsOf(overlaid(scene, QColor(255, 255, 255, 225))) == QStringList{QStringLiteral("overexposed")});

        // Letterboxed 16:9 in 4:3: the content box is the picture.
        QImage letterbox(1280, 960, QImage::Format_RGB32);
        letterbox.fill(Qt::black);
        {
            QPainter p(&letterbox);
            p.drawImage(0, 120, fixtures::makeScene(1280, 720, seed));
        }
        const QualityMetrics m = measureQuality(letterbox);
        REQUIRE(m.contentBox);
        CHECK(m.contentBox->top() == Approx(0.125).margin(0.01));
        CHECK(m.contentBox->height() == Approx(0.75).margin(0.01));
        CHECK(m.contentBox->width() == Approx(1.0).margin(0.01));
        CHECK(flagsOf(letterbox) == QStringList{QStringLiteral("letterboxed")});
        // Pillarboxed.
        QImage pillar(1280, 720, QImage::Format_RGB32);
        pillar.fill(QColor(20, 20, 20));
        {
            QPainter p(&pillar);
            p.drawImage(160, 0, fixtures::makeScene(960, 720, seed));
        }
        CHECK(flagsOf(pillar) == QStringList{QStringLiteral("letterboxed")});
    }
    const QImage wide = fixtures::makeScene(2000, 600, 9);
    CHECK(flagsOf(wide) == QStringList{QStringLiteral("extreme-aspect")});
    const QImage scene = fixtures::makeScene(1280, 960, 5);
    CHECK(flagsOf(scene, {QSize(), 1280 * 960 / 40, QStringLiteral("jpeg"), 1024}) == QStringList{QStringLiteral("compressed")}); // 0.2 bits a pixel
    CHECK(flagsOf(scene, {QSize(), 1280 * 960 / 40, QStringLiteral("png"), 1024}).isEmpty()); // a PNG is never "compressed"
    CHECK(flagsOf(fixtures::makeScene(500, 400, 6), {QSize(), 0, {}, 1024}) == QStringList{QStringLiteral("low-resolution")});
    // Every flag has a sentence.
    const QualityMetrics any = measureQuality(scene);
    for (QualityFlag f : {QualityFlag::Blurry, QualityFlag::Upscaled, QualityFlag::Letterboxed, QualityFlag::Compressed})
        CHECK_FALSE(describeFlag(f, any, {scene.size(), 1000, QStringLiteral("jpeg"), 1024}).isEmpty());
}

TEST_CASE("Thresholds round-trip through Settings, and bad values fall back to the defaults")
{
    QualityThresholds t;
    t.sharp = 0.12;
    t.clipped = 0.4;
    t.darkMean = 20;
    t.brightMean = 240;
    t.extremeAspect = 3;
    t.jpegBitsPerPixel = 0.5;
    CHECK(thresholdsFromJson(toJson(t)) == t);
    const QualityThresholds fallback = thresholdsFromJson(
        {{QStringLiteral("sharp"), -1}, {QStringLiteral("clipped"), QStringLiteral("x")}, {QStringLiteral("aspect"), 0.5}});
    CHECK(fallback == QualityThresholds());

    // A settings file of its own: other test programs running alongside read the shared one.
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("test_core_quality"));
    struct Restore
    {
        QString name;
        ~Restore() { QCoreApplication::setApplicationName(name); }
    } restore{application};
    QSettings().remove(QStringLiteral("quality/thresholds"));
    CHECK(storedQualityThresholds() == QualityThresholds());
    storeQualityThresholds(t);
    CHECK(storedQualityThresholds() == t);
    storeQualityThresholds({}); // the defaults are not written down: they follow new releases
    CHECK_FALSE(QSettings().contains(QStringLiteral("quality/thresholds")));
}

TEST_CASE("The content crop removes the bars and stays inside the picture")
{
    const QualityMetrics m = measureQuality(letterboxed(3));
    const auto crop = contentCrop(m, QSize(1280, 960));
    REQUIRE(crop);
    CHECK(crop->left() >= 0);
    CHECK(crop->top() >= 120);
    CHECK(crop->top() <= 126);
    CHECK(crop->bottom() <= 839);
    CHECK(crop->bottom() >= 833);
    CHECK(crop->width() >= 1270);
    CHECK_FALSE(contentCrop(measureQuality(fixtures::makeScene(640, 480, 3)), QSize(640, 480)));
}

TEST_CASE("Quality of a library: counts, the filter, thresholds, crops to content (undoable), the export pre-flight and the Analyze job")
{
    test::TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    const Dataset d = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"));
    QTemporaryDir src;
    fixtures::writeFile(src.filePath(QStringLiteral("sharp.jpg")), fixtures::encode(fixtures::makeScene(1280, 960, 11), "jpg", 92));
    fixtures::writeFile(src.filePath(QStringLiteral("blurry.jpg")), fixtures::encode(blurred(fixtures::makeScene(1280, 960, 12), 12), "jpg", 92));
    fixtures::writeFile(src.filePath(QStringLiteral("bars.png")), fixtures::encode(letterboxed(13), "png"));
    fixtures::writeFile(src.filePath(QStringLiteral("wide.jpg")), fixtures::encode(fixtures::makeScene(2000, 600, 14), "jpg", 92));
    fixtures::writeFile(src.filePath(QStringLiteral("small.jpg")), fixtures::encode(fixtures::makeScene(500, 400, 15), "jpg", 92));
    ImportRequest request;
    request.dataset = d.id;
    request.paths = {src.path()};
    std::atomic<bool> cancel{false};
    const ImportReport imported = Importer(*lib).run(request, cancel);
    REQUIRE_FALSE(imported.failure);
    REQUIRE(imported.imported == 5);

    LibraryService service(*lib);
    const auto all = QualityRows(lib->catalog()).items(d.id);
    REQUIRE(all);
    auto idOf = [&](const QString &name) {
        for (const QualityRow &r : *all) {
            if (r.originalName == name)
                return r.item;
        }
        return ItemId();
    };
    const ItemId bars = idOf(QStringLiteral("bars.png")), blurry = idOf(QStringLiteral("blurry.jpg")), wide = idOf(QStringLiteral("wide.jpg"));
    REQUIRE(bars.isValid());

    auto summary = service.qualitySummary(d.id).result();
    REQUIRE(summary);
    CHECK(summary->itemCount == 5);
    CHECK(summary->flaggedCount == 4);
    CHECK(summary->notMeasured == 0);
    CHECK(summary->items.isEmpty()); // counts only
    CHECK(summary->counts.value(QualityFlag::Blurry) == 1);
    CHECK(summary->counts.value(QualityFlag::Letterboxed) == 1);
    CHECK(summary->counts.value(QualityFlag::ExtremeAspect) == 1);
    CHECK(summary->counts.value(QualityFlag::LowResolution) == 1);

    // The filter: any of the flags asked for, in the query's order.
    ItemQuery query;
    query.dataset = d.id;
    query.sort = ItemQuery::Sort::Name;
    query.quality = flagBit(QualityFlag::Blurry) | flagBit(QualityFlag::Letterboxed);
    auto filtered = service.queryItems(query).result();
    REQUIRE(filtered);
    CHECK(*filtered == QList<ItemId>{bars, blurry});
    // The same flags in the filter language, with the rules and thresholds of the service; the measured
    // sharpness and brightness as numbers and sort keys.
    auto byFilter = [&](const QString &text, ItemQuery::Sort sort = ItemQuery::Sort::Name) {
        ItemQuery q;
        q.dataset = d.id;
        q.sort = sort;
        q.text = text;
        auto ids = service.queryItems(q).result();
        REQUIRE(ids);
        return *ids;
    };
    CHECK(byFilter(QStringLiteral("blur:yes OR quality:letterboxed")) == QList<ItemId>{bars, blurry});
    CHECK(byFilter(QStringLiteral("blur:yes")) == QList<ItemId>{blurry});
    CHECK_FALSE(byFilter(QStringLiteral("blur:no")).contains(blurry));
    CHECK(byFilter(QStringLiteral("-blur:yes")).size() == byFilter(QString()).size() - 1);
    CHECK(byFilter(QStringLiteral("sharpness:<0.05")) == QList<ItemId>{blurry});
    const QList<ItemId> bySharpness = byFilter(QString(), ItemQuery::Sort::Sharpness);
    CHECK(bySharpness.first() == blurry); // least sharp first
    CHECK(byFilter(QString(), ItemQuery::Sort::Brightness).size() == bySharpness.size());
    ItemQuery badFlag;
    badFlag.dataset = d.id;
    badFlag.text = QStringLiteral("quality:fuzzy");
    auto unknownFlag = service.queryItems(badFlag).result();
    REQUIRE_FALSE(unknownFlag);
    CHECK(unknownFlag.error().message.contains(QStringLiteral("blurry"))); // the flags it knows

    // Rows carry the flags and the crop that removes the bars.
    auto rows = service.itemRows({bars, wide}).result();
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(((*rows)[0].qualityFlags & flagBit(QualityFlag::Letterboxed)) != 0);
    REQUIRE((*rows)[0].contentCrop);
    CHECK((*rows)[0].contentCrop->top() >= 120);
    CHECK(((*rows)[1].qualityFlags & flagBit(QualityFlag::ExtremeAspect)) != 0);
    CHECK_FALSE((*rows)[1].contentCrop);

    // Thresholds: 2000 × 600 is within 4:1.
    QualityThresholds lenient;
    lenient.extremeAspect = 4;
    service.setQualityThresholds(lenient);
    CHECK(service.qualitySummary(d.id).result()->counts.value(QualityFlag::ExtremeAspect) == 0);
    rows = service.itemRows({wide}).result();
    CHECK((rows->first().qualityFlags & flagBit(QualityFlag::ExtremeAspect)) == 0);
    service.setQualityThresholds({});

    // The export pre-flight warns with the same rules.
    auto issueCodes = [&]() {
        QStringList codes;
        const ExportCheck check = service.checkExport(d.id, ExportOptions()).result();
        REQUIRE(check.plan);
        for (const PreflightIssue &issue : check.plan->issues)
            codes << issue.code;
        return codes;
    };
    QStringList codes = issueCodes();
    CHECK(codes.contains(QStringLiteral("blurry")));
    CHECK(codes.contains(QStringLiteral("letterboxed")));
    CHECK(codes.contains(QStringLiteral("extreme-aspect")));
    CHECK(codes.contains(QStringLiteral("low-resolution")));

    // Crop to content: one undo step; the bars are no longer a problem anywhere.
    auto crops = service.contentCrops({bars, blurry, wide}).result();
    REQUIRE(crops);
    REQUIRE(crops->size() == 1);
    QUndoStack stack;
    SetCropsCommand::Crops set;
    set.insert(bars, crops->value(bars));
    stack.push(new SetCropsCommand(lib->writer(), set, QStringLiteral("Crop to Content")));
    lib->writer().waitForIdle();
    CHECK(Items(lib->catalog()).crops({bars})->value(bars) == crops->value(bars));
    rows = service.itemRows({bars}).result();
    CHECK(rows->first().crop == crops->value(bars));
    const auto detail = Items(lib->catalog()).detail(bars);
    REQUIRE(detail);
    CHECK(detail->row.crop == crops->value(bars)); // the editor's rows read the same columns as the grid's
    CHECK(detail->row.format == QStringLiteral("png"));
    CHECK(detail->format == QStringLiteral("png"));
    REQUIRE(detail->row.quality);
    CHECK(detail->row.quality->contentBox.has_value());
    CHECK((rows->first().qualityFlags & flagBit(QualityFlag::Letterboxed)) == 0);
    CHECK_FALSE(rows->first().contentCrop);
    CHECK(service.qualitySummary(d.id).result()->counts.value(QualityFlag::Letterboxed) == 0);
    CHECK_FALSE(issueCodes().contains(QStringLiteral("letterboxed")));
    stack.undo();
    lib->writer().waitForIdle();
    CHECK_FALSE(Items(lib->catalog()).crops({bars})->value(bars).has_value());
    CHECK(service.qualitySummary(d.id).result()->counts.value(QualityFlag::Letterboxed) == 1);

    // A crop outside the image is refused, and nothing changes.
    SetCropsCommand::Crops bad;
    bad.insert(bars, QRect(0, 0, 1281, 100));
    bad.insert(blurry, QRect(0, 0, 100, 100));
    const auto refused = Items(lib->catalog()).setCrops(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(Items(lib->catalog()).crops({blurry})->value(blurry).has_value());

    // A library from before the measurements: nothing is flagged until the Analyze job measures it.
    REQUIRE(lib->catalog().write([](QSqlDatabase &db) { return sql::exec(db, QStringLiteral("UPDATE blobs SET quality = NULL")); }).ok());
    lib->catalog().qualityChanged(); // as every writer of measurements does once committed
    summary = service.qualitySummary(d.id).result();
    CHECK(summary->notMeasured == 5);
    CHECK(summary->flaggedCount == 0);
    CHECK(service.queryItems(query).result()->isEmpty());

    AnalyzeJob job(*lib, d, QualityThresholds());
    QList<JobProgress> progress;
    QObject::connect(&job, &Job::progressChanged, [&progress](const JobProgress &p) { progress << p; });
    job.start();
    REQUIRE(waitFor([&] { return job.isFinished(); }));
    CHECK(job.state() == Job::State::Completed);
    CHECK(job.report().measuredNow == 5);
    CHECK(job.report().flaggedCount == 4);
    CHECK(job.summary().contains(QStringLiteral("4 of 5 flagged")));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().total == 5);
    summary = service.qualitySummary(d.id).result();
    CHECK(summary->notMeasured == 0);
    CHECK(summary->counts.value(QualityFlag::Blurry) == 1);
    CHECK(summary->counts.value(QualityFlag::Letterboxed) == 1);
    CHECK(*service.queryItems(query).result() == QList<ItemId>{bars, blurry});
}

TEST_CASE("The preview of a 1-bit or palette image keeps its colours when scaled to fit")
{
    // Qt scales such images in their own format, dithering them to black and white (seen in the editor's
    // preview of a flat ImageMagick PNG).
    test::TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    const Dataset d = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"));
    QTemporaryDir src;
    QImage mono(900, 600, QImage::Format_Mono);
    mono.setColorTable({qRgb(135, 206, 235), qRgb(200, 30, 30)});
    mono.fill(0);
    const QByteArray monoPng = fixtures::encode(mono, "png");
    QImage indexed(900, 600, QImage::Format_Indexed8);
    indexed.setColorTable({qRgb(20, 160, 60), qRgb(250, 250, 10)});
    indexed.fill(0);
    const QByteArray indexedPng = fixtures::encode(indexed, "png");
    fixtures::writeFile(src.filePath(QStringLiteral("mono.png")), monoPng);
    fixtures::writeFile(src.filePath(QStringLiteral("indexed.png")), indexedPng);
    ImportRequest request;
    request.dataset = d.id;
    request.paths = {src.path()};
    std::atomic<bool> cancel{false};
    REQUIRE(Importer(*lib).run(request, cancel).imported == 2);
    LibraryService service(*lib);
    const QImage monoPreview = service.loadOriginal(ContentHash::of(monoPng), QSize(300, 200)).result();
    REQUIRE(monoPreview.size() == QSize(300, 200));
    CHECK(monoPreview.pixel(10, 10) == qRgb(135, 206, 235));
    CHECK(monoPreview.pixel(150, 100) == qRgb(135, 206, 235));
    const QImage indexedPreview = service.loadOriginal(ContentHash::of(indexedPng), QSize(300, 200)).result();
    REQUIRE(indexedPreview.size() == QSize(300, 200));
    CHECK(indexedPreview.pixel(77, 33) == qRgb(20, 160, 60));
}
