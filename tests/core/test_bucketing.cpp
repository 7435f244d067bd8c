#include "export/bucketing.h"
#include "testlibrary.h"

using namespace lc;

namespace {

QString join(const QList<QSize> &sizes)
{
    QStringList parts;
    for (const QSize &s : sizes)
        parts << QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
    return parts.join(QLatin1Char(' '));
}

KohyaBuckets make(int res, int min, int max, bool noUpscale = false)
{
    KohyaBuckets::Options o;
    o.resolution = QSize(res, res);
    o.minBucketReso = min;
    o.maxBucketReso = max;
    o.noUpscale = noUpscale;
    return KohyaBuckets(o);
}

} // namespace

TEST_CASE("kohya buckets for 512/256/1024/64 are the 17 of trainer-formats §2.6")
{
    const KohyaBuckets b = make(512, 256, 1024);
    REQUIRE(b.isValid());
    CHECK(join(b.buckets()) == QStringLiteral("256x832 256x896 256x960 256x1024 320x704 320x768 384x640 448x576 512x512 "
                                               "576x448 640x384 704x320 768x320 832x256 896x256 960x256 1024x256"));
}

TEST_CASE("kohya buckets for 1024/256/2048/64: 41 buckets with the SDXL sizes")
{
    const KohyaBuckets b = make(1024, 256, 2048);
    CHECK(b.buckets().size() == 41);
    for (QSize s : {QSize(1024, 1024), QSize(1152, 896), QSize(896, 1152), QSize(1216, 832), QSize(832, 1216), QSize(1344, 768),
             QSize(768, 1344), QSize(1536, 640), QSize(640, 1536), QSize(1280, 768), QSize(1088, 960), QSize(2048, 512),
             QSize(2048, 256)})
        CHECK(b.buckets().contains(s));

    // Worked examples.
    auto s = b.select(QSize(3000, 2000));
    CHECK(s.bucket == QSize(1216, 832));
    CHECK(s.resized == QSize(1248, 832));
    s = b.select(QSize(1920, 1080));
    CHECK(s.bucket == QSize(1344, 768));
    CHECK(s.resized == QSize(1365, 768));
    s = b.select(QSize(640, 480));
    CHECK(s.bucket == QSize(1152, 896));
    CHECK(s.resized == QSize(1195, 896)); // upscaled
}

TEST_CASE("kohya buckets with the default max of 1024 are capped at 1024 on both axes")
{
    const KohyaBuckets b = make(1024, 256, 1024);
    CHECK(b.buckets().contains(QSize(1024, 768)));
    CHECK(b.buckets().contains(QSize(768, 1024)));
    for (const QSize &s : b.buckets())
        CHECK(std::max(s.width(), s.height()) <= 1024);
}

TEST_CASE("kohya bucket_no_upscale: per-image buckets, never upscaled, cropped to the step")
{
    const KohyaBuckets b = make(1024, 256, 2048, true);
    CHECK(b.buckets().isEmpty());
    auto s = b.select(QSize(640, 480));
    CHECK(s.bucket == QSize(640, 448));
    CHECK(s.resized == QSize(640, 480));
    s = b.select(QSize(3000, 2000)); // too big: shrunk to about 1024² keeping the aspect
    CHECK(qint64(s.resized.width()) * s.resized.height() <= qint64(1060) * 1060);
    CHECK(s.bucket.width() % 64 == 0);
    CHECK(s.bucket.height() % 64 == 0);
    CHECK(s.bucket.width() <= s.resized.width());
    s = make(768, 256, 1024, true).select(QSize(1920, 1080));
    CHECK(s.bucket.width() % 64 == 0);
    CHECK(qint64(s.resized.width()) * s.resized.height() <= qint64(800) * 800);
}

TEST_CASE("kohya rejects a resolution outside the bucket limits")
{
    CHECK_FALSE(make(1024, 256, 512).isValid());
    CHECK(make(1024, 250, 1000).isValid()); // min rounds down to 192, max up to 1024
}
