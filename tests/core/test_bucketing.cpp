#include "export/bucketing.h"
#include "export/trainers/trainers.h"

#include <QRandomGenerator>
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

TEST_CASE("ai-toolkit's buckets match its worked examples and keep its invariants")
{
    const AiToolkitTrainer trainer;
    auto bucket = [&](int w, int h, TargetModel model) {
        const auto p = trainer.bucketFor(QSize(w, h), {1024, model});
        REQUIRE(p);
        return p->bucket;
    };
    // trainer-formats.md §3.4, at 1024.
    CHECK(bucket(3000, 2000, TargetModel::Sdxl) == QSize(1248, 832));
    CHECK(bucket(3000, 2000, TargetModel::Flux) == QSize(1248, 832));
    CHECK(bucket(1920, 1080, TargetModel::Sdxl) == QSize(1360, 768));
    CHECK(bucket(1920, 1080, TargetModel::Flux) == QSize(1344, 768));
    CHECK(bucket(800, 1200, TargetModel::Sdxl) == QSize(800, 1200));
    CHECK(bucket(800, 1200, TargetModel::Flux) == QSize(800, 1184));
    CHECK(bucket(640, 480, TargetModel::Flux) == QSize(640, 480)); // no upscaling to the resolution

    const auto wide = trainer.bucketFor(QSize(1920, 1080), {1024, TargetModel::Flux});
    REQUIRE(wide);
    CHECK(wide->resized == QSize(1366, 768)); // scale 768 / 1080: ceil(1365.3), 768
    CHECK(wide->cropOffset == QPoint(11, 0));
    CHECK(wide->croppedShare() == Approx(1.0 - 1344.0 / 1366.0));
    CHECK_FALSE(wide->upscaled(QSize(1920, 1080)));
    CHECK_FALSE(trainer.bucketFor(QSize(), {1024, TargetModel::Flux}));

    // Every size: a multiple of the step, within the resolution's area, the crop inside the resized picture.
    QRandomGenerator rng(7);
    for (int i = 0; i < 500; ++i) {
        const QSize image(rng.bounded(64, 6000), rng.bounded(64, 6000));
        for (const TargetModel model : {TargetModel::Flux, TargetModel::Sdxl}) {
            for (const int resolution : {512, 768, 1024}) {
                INFO(image.width() << "x" << image.height() << " at " << resolution);
                const auto p = trainer.bucketFor(image, {resolution, model});
                REQUIRE(p);
                const int div = AiToolkitTrainer::divisibility(model);
                CHECK(p->bucket.width() % div == 0);
                CHECK(p->bucket.height() % div == 0);
                CHECK(qint64(p->bucket.width()) * p->bucket.height() <= std::max(qint64(resolution) * resolution, qint64(div) * div));
                CHECK(p->resized.width() >= p->bucket.width());
                CHECK(p->resized.height() >= p->bucket.height());
                CHECK(p->cropOffset.x() + p->bucket.width() <= p->resized.width());
                CHECK(p->cropOffset.y() + p->bucket.height() <= p->resized.height());
            }
        }
    }
}

TEST_CASE("OneTrainer's buckets match its worked examples, resize up or down, and crop in the middle")
{
    // Each listed bucket and its transpose (trainer-formats.md §5.3).
    auto containsAll = [](const QList<QSize> &buckets, std::initializer_list<QSize> expected) {
        for (const QSize s : expected) {
            INFO(s.width() << "x" << s.height());
            CHECK(buckets.contains(s));
            CHECK(buckets.contains(s.transposed()));
        }
    };
    const QList<QSize> at1024 = OneTrainerTrainer::buckets(1024, 64);
    containsAll(at1024, {QSize(1024, 1024), QSize(1152, 896), QSize(1280, 832), QSize(1344, 768), QSize(1472, 704),
                            QSize(1600, 640), QSize(1792, 576), QSize(1920, 576), QSize(2048, 512)});
    CHECK(at1024.size() == 17);
    containsAll(OneTrainerTrainer::buckets(512, 8), {QSize(512, 512), QSize(576, 456), QSize(624, 416), QSize(680, 384),
                                                        QSize(728, 360), QSize(808, 320), QSize(888, 296), QSize(960, 272), QSize(1024, 256)});
    const OneTrainerTrainer trainer;
    auto place = [&](int w, int h) {
        const auto p = trainer.bucketFor(QSize(w, h), {1024, TargetModel::Flux});
        REQUIRE(p);
        return *p;
    };
    CHECK(place(3000, 2000).bucket == QSize(1280, 832));
    CHECK(place(3000, 2000).resized == QSize(1280, 853)); // width matched: round(2000 × 1280 / 3000)
    CHECK(place(3000, 2000).cropOffset == QPoint(0, 10));
    CHECK(place(1920, 1080).bucket == QSize(1344, 768));
    const BucketPlacement small = place(640, 480);
    CHECK(small.bucket == QSize(1152, 896));
    CHECK(small.upscaled(QSize(640, 480))); // OneTrainer scales up as well as down
    CHECK(place(2000, 3000).bucket == QSize(832, 1280));
}
