// Quality flags on generated images with known defects (blur, upscaling, clipped exposure, bars, extreme
// aspect, heavy compression, low resolution) and on clean ones: no false flags on sharp scenes, on a
// smooth sky with a small sharp subject, or on dim and bright but sharp pictures.
#include "lc_catch.h"

#include "curation/quality.h"
#include "fixtures.h"

#include <QPainter>

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
