#include "export/bucketsimulation.h"
#include "export/trainers/trainers.h"

#include <QJsonArray>
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

TEST_CASE("kohya's engine in its trainer file places images as the export resizes them")
{
    const KohyaTrainer trainer;
    BucketTarget upscale{1024, TargetModel::Sdxl, false};
    auto p = trainer.bucketFor(QSize(3000, 2000), upscale);
    REQUIRE(p);
    CHECK(p->bucket == QSize(1216, 832));
    CHECK(p->resized == QSize(1248, 832));
    CHECK(p->cropOffset == QPoint(16, 0)); // 16 px cut off each side (trainer-formats.md §2.6)
    p = trainer.bucketFor(QSize(640, 480), upscale);
    REQUIRE(p);
    CHECK(p->upscaled(QSize(640, 480)));
    p = trainer.bucketFor(QSize(640, 480), {1024, TargetModel::Sdxl}); // bucket_no_upscale, as exported
    REQUIRE(p);
    CHECK(p->bucket == QSize(640, 448));
    CHECK(p->cropOffset == QPoint(0, 16));
    CHECK_FALSE(p->upscaled(QSize(640, 480)));
    CHECK_FALSE(trainer.bucketFor(QSize(40, 40), {1024, TargetModel::Sdxl})); // under one step
}

TEST_CASE("the Replicate Flux trainer's pinned table engine matches trainer-formats §3.4 and §4.3")
{
    const ReplicateFluxTrainer trainer;
    auto bucket = [&](int w, int h, int resolution) {
        const auto p = trainer.bucketFor(QSize(w, h), {resolution, TargetModel::Flux});
        REQUIRE(p);
        return p->bucket;
    };
    CHECK(bucket(3000, 2000, 512) == QSize(576, 384));
    CHECK(bucket(3000, 2000, 768) == QSize(832, 576));
    CHECK(bucket(3000, 2000, 1024) == QSize(1216, 832));
    CHECK(bucket(1920, 1080, 512) == QSize(640, 384));
    CHECK(bucket(1920, 1080, 768) == QSize(960, 512));
    CHECK(bucket(1920, 1080, 1024) == QSize(1344, 768));
    // Where the pinned loader differs from ai-toolkit's current rule (§4.3).
    CHECK(bucket(2560, 1600, 1024) == QSize(1280, 768));
    CHECK(bucket(720, 1440, 1024) == QSize(640, 1344));
    CHECK(bucket(1025, 1023, 1024) == QSize(960, 960));
    CHECK(bucket(832, 1216, 1024) == QSize(768, 1152));
    CHECK(bucket(3000, 600, 1024) == QSize(2048, 512));
    CHECK(ReplicateFluxTrainer::tableBuckets(1024).size() == 42);
    const auto p = trainer.bucketFor(QSize(1920, 1080), {1024, TargetModel::Flux});
    REQUIRE(p);
    CHECK(p->resized == QSize(1366, 768));
    CHECK(p->cropOffset == QPoint(11, 0));
}

TEST_CASE("SimpleTuner's pixel_area buckets match trainer-formats §7.3")
{
    const SimpleTunerTrainer trainer;
    auto place = [&](int w, int h) { return trainer.bucketFor(QSize(w, h), {1024, TargetModel::Flux}); };
    REQUIRE(place(3000, 2000));
    CHECK(place(3000, 2000)->bucket == QSize(1280, 832));
    CHECK(place(1920, 1080)->bucket == QSize(1344, 768));
    CHECK(place(1920, 1080)->croppedShare() == 0.0); // crop off: resized straight to the bucket
    CHECK(place(2000, 2000)->bucket == QSize(1024, 1024));
    CHECK(place(600, 600)->upscaled(QSize(600, 600)));
    CHECK_FALSE(place(500, 500)); // under minimum_image_size (512² pixels): left out
    CHECK(SimpleTunerTrainer::roundedAspect(QSize(1152, 1024)) == 1.12); // 1.125: Python rounds half to even
    CHECK(SimpleTunerTrainer::roundedAspect(QSize(1920, 1080)) == 1.78);
}

// Independent, straightforward implementations of the published rules (trainer-formats.md), written
// from the pseudo-code without looking at the engines, to compare over random sizes.
namespace reference {

std::optional<std::pair<QSize, QSize>> kohya(int W, int H, int res, bool noUpscale)
{
    const int step = 64, minR = 256, maxR = res >= 1024 ? 2048 : 1024;
    const long long area = (long long)res * res;
    const double ar = double(W) / H;
    if (noUpscale) {
        int rw = W, rh = H;
        if ((long long)W * H > area) {
            auto steps = [&](double x) { int r = int(x + 0.5); return r - r % step; };
            const double fw = std::sqrt(area * ar), fh = area / fw;
            const int w1 = steps(fw), h1 = steps(w1 / ar), h2 = steps(fh), w2 = steps(h2 * ar);
            if (std::abs(double(w1) / h1 - ar) < std::abs(double(w2) / h2 - ar)) {
                rw = w1;
                rh = int(w1 / ar + 0.5);
            } else {
                rw = int(h2 * ar + 0.5);
                rh = h2;
            }
        }
        const QSize b(rw / step * step, rh / step * step);
        if (b.isEmpty())
            return std::nullopt;
        return std::pair{b, QSize(rw, rh)};
    }
    std::vector<std::pair<int, int>> all;
    const int side = int(std::sqrt(double(area)) / step) * step;
    all.push_back({side, side});
    for (int w = minR; w <= maxR; w += step) {
        const int h = int(std::min<long long>(maxR, area / w / step * step));
        if (h >= minR) {
            all.push_back({w, h});
            all.push_back({h, w});
        }
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    std::pair<int, int> pick = all.front();
    if (std::find(all.begin(), all.end(), std::pair{W, H}) != all.end()) {
        pick = {W, H};
    } else {
        double best = 1e18;
        for (const auto &b : all) {
            if (std::abs(double(b.first) / b.second - ar) < best) {
                best = std::abs(double(b.first) / b.second - ar);
                pick = b;
            }
        }
    }
    const double s = ar > double(pick.first) / pick.second ? double(pick.second) / H : double(pick.first) / W;
    return std::pair{QSize(pick.first, pick.second), QSize(int(W * s + 0.5), int(H * s + 0.5))};
}

std::pair<QSize, QSize> aiToolkit(int W, int H, int res, int div)
{
    const double total = double(W) * H, maxp = double(res) * res, target = std::min(total, maxp);
    const double k = std::sqrt(target / total), wr = W * k / div, hr = H * k / div;
    std::vector<QSize> cand;
    for (double w : {std::floor(wr), std::ceil(wr)})
        for (double h : {std::floor(hr), std::ceil(hr)})
            cand.push_back(QSize(int(w) * div, int(h) * div));
    // The published order: (fl, fl), (fl, ce), (ce, fl), (ce, ce) — as generated above.
    std::erase_if(cand, [&](QSize c) { return c.width() <= 0 || c.height() <= 0 || double(c.width()) * c.height() > maxp; });
    if (cand.empty())
        cand.push_back(QSize(std::max(div, int(std::floor(wr)) * div), std::max(div, int(std::floor(hr)) * div)));
    const QSize b = *std::min_element(cand.begin(), cand.end(), [&](QSize a, QSize c) {
        return std::abs(double(a.width()) * a.height() - target) < std::abs(double(c.width()) * c.height() - target);
    });
    const double s = std::max(double(b.width()) / W, double(b.height()) / H);
    return {b, QSize(int(std::ceil(W * s)), int(std::ceil(H * s)))};
}

std::pair<QSize, QSize> oneTrainer(int W, int H, int res, int q)
{
    // ASPECTS are h:w = 1:r, so the listed sizes are the wide ones; their transposes follow.
    std::vector<QSize> wide, all;
    for (double r : {1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0}) {
        const double n = std::sqrt(r);
        wide.push_back(QSize(int(std::nearbyint(r / n * res / q)) * q, int(std::nearbyint(1 / n * res / q)) * q));
    }
    for (const bool transposed : {false, true})
        for (QSize s : wide)
            if (std::find(all.begin(), all.end(), transposed ? s.transposed() : s) == all.end())
                all.push_back(transposed ? s.transposed() : s);
    const double a = double(H) / W;
    QSize b = all.front();
    for (QSize s : all)
        if (std::abs(double(s.height()) / s.width() - a) < std::abs(double(b.height()) / b.width() - a))
            b = s;
    if (a > double(b.height()) / b.width())
        return {b, QSize(b.width(), int(std::nearbyint(H * double(b.width()) / W)))};
    return {b, QSize(int(std::nearbyint(W * double(b.height()) / H)), b.height())};
}

std::optional<QSize> replicate(int W, int H, int res)
{
    const int table[][2] = {{1024, 1024}, {2048, 512}, {1984, 512}, {1920, 512}, {1856, 512}, {1792, 576}, {1728, 576},
        {1664, 576}, {1600, 640}, {1536, 640}, {1472, 704}, {1408, 704}, {1344, 704}, {1344, 768}, {1280, 768}, {1216, 832},
        {1152, 832}, {1152, 896}, {1088, 896}, {1088, 960}, {1024, 960}, {960, 1024}, {960, 1088}, {896, 1088}, {896, 1152},
        {832, 1152}, {832, 1216}, {768, 1280}, {768, 1344}, {704, 1408}, {704, 1472}, {640, 1536}, {640, 1600}, {576, 1664},
        {576, 1728}, {576, 1792}, {512, 1856}, {512, 1920}, {512, 1984}, {512, 2048}, {8192, 128}, {128, 8192}};
    const int r = std::min(res, int(std::sqrt(double(W) * H)));
    std::optional<QSize> best;
    double fewest = 1e300;
    for (const auto &t : table) {
        const int bw = int(t[0] * (r / 1024.0)) / 64 * 64, bh = int(t[1] * (r / 1024.0)) / 64 * 64;
        if (bw == W && bh == H)
            return QSize(bw, bh);
        const double s = std::max(double(bw) / W, double(bh) / H);
        const long long w = (long long)(W * s), h = (long long)(H * s);
        const double removed = double((w - bw) * h + (h - bh) * w);
        if (removed < fewest) {
            fewest = removed;
            best = QSize(bw, bh);
        }
    }
    return best && !best->isEmpty() ? best : std::nullopt;
}

} // namespace reference

TEST_CASE("every bucket engine agrees with an independent implementation on random sizes")
{
    QRandomGenerator rng(2026);
    const KohyaTrainer kohya;
    const AiToolkitTrainer aiToolkit;
    const OneTrainerTrainer oneTrainer;
    const ReplicateFluxTrainer replicate;
    QList<QSize> sizes;
    for (int i = 0; i < 400; ++i) {
        const int small = i % 4 == 0 ? 700 : 6000; // a quarter under 700 px: the upscale and no-upscale paths
        sizes.append(QSize(rng.bounded(32, small), rng.bounded(32, small)));
    }
    sizes << QSize(1024, 1024) << QSize(1216, 832) << QSize(832, 1216) << QSize(768, 768) << QSize(512, 2048);
    for (const QSize image : std::as_const(sizes)) {
        for (const int res : {512, 768, 1024}) {
            INFO(image.width() << "x" << image.height() << " at " << res);
            for (const bool noUpscale : {false, true}) {
                const auto p = kohya.bucketFor(image, {res, TargetModel::Sdxl, noUpscale});
                const auto r = reference::kohya(image.width(), image.height(), res, noUpscale);
                REQUIRE(bool(p) == bool(r));
                if (p) {
                    CHECK(p->bucket == r->first);
                    CHECK(p->resized == r->second);
                }
            }
            for (const TargetModel model : {TargetModel::Flux, TargetModel::Sdxl}) {
                const auto p = aiToolkit.bucketFor(image, {res, model});
                REQUIRE(p);
                const auto r = reference::aiToolkit(image.width(), image.height(), res, model == TargetModel::Flux ? 32 : 16);
                CHECK(p->bucket == r.first);
                CHECK(p->resized == r.second);
            }
            for (const TargetModel model : {TargetModel::Flux, TargetModel::Sd15}) {
                const auto p = oneTrainer.bucketFor(image, {res, model});
                REQUIRE(p);
                const auto r = reference::oneTrainer(image.width(), image.height(), res, model == TargetModel::Sd15 ? 8 : 64);
                CHECK(p->bucket == r.first);
                CHECK(p->resized == r.second);
            }
            const auto p = replicate.bucketFor(image, {res, TargetModel::Flux});
            const auto r = reference::replicate(image.width(), image.height(), res);
            REQUIRE(bool(p) == bool(r));
            if (p)
                CHECK(p->bucket == *r);
        }
    }
}

TEST_CASE("the bucket simulator counts buckets, steps and short batches, skips rejected items and maps the kept region")
{
    auto item = [](qint64 id, QSize size, ItemStatus status = ItemStatus::Active, std::optional<QRect> crop = {}) {
        ItemGeometry g;
        g.id = ItemId(id);
        g.name = QStringLiteral("%1.png").arg(id);
        g.size = size;
        g.status = status;
        g.crop = crop;
        return g;
    };
    const QList<ItemGeometry> items{item(1, QSize(1920, 1080)), item(2, QSize(1920, 1080)), item(3, QSize(1920, 1080)),
        item(4, QSize(1024, 1024)), item(5, QSize(800, 1200), ItemStatus::Rejected),
        item(6, QSize(3000, 2000), ItemStatus::Active, QRect(1000, 0, 2000, 2000))};
    BucketSimulationOptions o;
    o.trainer = ExportFormat::OneTrainer;
    o.resolutions = {1024};
    o.batchSize = 2;
    BucketSimulation sim = simulateBuckets(items, o);
    CHECK(sim.images == 5);
    REQUIRE(sim.bins.size() == 2);
    CHECK(sim.bins[0].bucket == QSize(1024, 1024)); // square before wide
    CHECK(sim.bins[0].images == 2);                 // the square and the square crop
    CHECK_FALSE(sim.bins[0].underfilled);
    CHECK(sim.bins[1].bucket == QSize(1344, 768));
    CHECK(sim.bins[1].images == 3);
    CHECK(sim.bins[1].steps == 2);
    CHECK(sim.stepsPerEpoch == 3);
    const BucketedItem &wide = sim.items.first();
    REQUIRE(wide.placement);
    CHECK(wide.scale() == Approx(768.0 / 1080));
    // 1920×1080 → 1365×768, 10 px cut each side of 1365: about 14 px of the original each side.
    const QRect kept = wide.keptRegion();
    CHECK(kept.top() == 0);
    CHECK(kept.height() == 1080);
    CHECK(kept.left() == Approx(14).margin(1));
    CHECK(kept.width() == Approx(1890).margin(2));
    const BucketedItem &cropped = sim.items.last();
    CHECK(cropped.keptRegion() == QRect(1000, 0, 2000, 2000)); // the crop, square already

    o.includeRejected = true;
    o.batchSize = 4;
    sim = simulateBuckets(items, o);
    CHECK(sim.images == 6);
    CHECK(sim.bins.size() == 3);
    for (const BucketBin &b : sim.bins)
        CHECK(b.underfilled);
    CHECK(sim.toJson().value(QStringLiteral("histogram")).toArray().size() == 3);
    CHECK(sim.toJson(false).value(QStringLiteral("items")).isUndefined());
}
