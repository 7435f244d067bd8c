// Near-duplicate detection: the two hashes (pinned values, what they survive and what they tell apart),
// the multi-index search against brute force, grouping (a second signal, pairs kept as not duplicates,
// flat images), the keeper, and the whole search on a library (hashes computed later for images stored
// before, workspace scope, trash all but the keepers).
#include "lc_catch.h"

#include "catalog/catalog.h"
#include "catalog/datasets.h"
#include "catalog/duplicates.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "curation/duplicatefinder.h"
#include "curation/nearduplicates.h"
#include "edit/catalogwriter.h"
#include "fixtures.h"
#include "image/imageanalysis.h"
#include "import/importer.h"
#include "testlibrary.h"

#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <tuple>

using namespace lc;
using namespace lc::curation;
using namespace lc::test;

namespace {

// Reference values (see the first test).
constexpr quint64 PinnedPhash = Q_UINT64_C(0xffd05ad05af0a40c);
constexpr quint64 PinnedDhash = Q_UINT64_C(0xd29ad2d29ad2d29a);

// Both hashes of an encoded image as the import computes them (thumbnail-scale decode, EXIF applied).
std::pair<quint64, quint64> hashesOf(QByteArray bytes)
{
    auto a = analyzeImage(bytes, sniffFileKind(bytes), ImageLimits());
    REQUIRE(a);
    return {a->phash, a->dhash};
}

} // namespace

TEST_CASE("The perceptual and difference hashes are pinned to reference values")
{
    // A left-to-right ramp: each pixel darker than its right-hand neighbour, so no dHash bit is set.
    QImage ramp(64, 64, QImage::Format_Grayscale8);
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x)
            ramp.scanLine(y)[x] = uchar(x * 4);
    }
    CHECK(differenceHash(ramp) == 0);
    CHECK(differenceHash(ramp.mirrored(true, false)) == ~quint64(0));
    // A pattern computed pixel by pixel (no painting engine in between): any change to either algorithm
    // changes these values (and would make every stored hash stale), so it must be deliberate.
    QImage scene(256, 192, QImage::Format_Grayscale8);
    for (int y = 0; y < scene.height(); ++y) {
        for (int x = 0; x < scene.width(); ++x)
            scene.scanLine(y)[x] = uchar(128 + 60 * std::sin(x / 7.0) + 50 * std::cos(y / 11.0) + 15 * std::sin((x + 2 * y) / 23.0));
    }
    INFO("pHash 0x" << QString::number(perceptualHash(scene), 16).toStdString() << " dHash 0x"
                    << QString::number(differenceHash(scene), 16).toStdString());
    CHECK(perceptualHash(scene) == PinnedPhash);
    CHECK(differenceHash(scene) == PinnedDhash);
    CHECK(hammingDistance(perceptualHash(fixtures::makeScene(320, 240, 1)), perceptualHash(fixtures::makeScene(320, 240, 2))) > 12);
}

TEST_CASE("Both hashes survive what people do to a picture, and tell different pictures apart")
{
    const Thresholds normal = thresholdsFor(Sensitivity::Normal);
    int within = 0, total = 0;
    QStringList misses;
    for (int seed = 10; seed < 16; ++seed) {
        const QImage scene = fixtures::makeScene(640, 480, seed);
        const auto original = hashesOf(fixtures::encode(scene, "jpg", 92));
        for (fixtures::Variant v : fixtures::allVariants()) {
            const auto variant = hashesOf(fixtures::makeVariant(scene, v));
            const int dp = hammingDistance(original.first, variant.first), dd = hammingDistance(original.second, variant.second);
            ++total;
            if (dp <= normal.phash && dd <= normal.dhash)
                ++within;
            else
                misses << QStringLiteral("%1 seed %2: pHash %3, dHash %4").arg(QLatin1String(fixtures::variantName(v))).arg(seed).arg(dp).arg(dd);
        }
    }
    INFO(misses.join(QStringLiteral("; ")).toStdString());
    CHECK(within >= total * 9 / 10);
    // Different scenes: never both hashes within the thresholds.
    QList<std::pair<quint64, quint64>> distinct;
    for (int seed = 100; seed < 160; ++seed)
        distinct << hashesOf(fixtures::encode(fixtures::makeScene(320, 240, seed), "jpg", 90));
    int confused = 0;
    for (int i = 0; i < distinct.size(); ++i) {
        for (int j = i + 1; j < distinct.size(); ++j) {
            if (hammingDistance(distinct[i].first, distinct[j].first) <= normal.phash && hammingDistance(distinct[i].second, distinct[j].second) <= normal.dhash)
                ++confused;
        }
    }
    CHECK(confused == 0);
}

TEST_CASE("The multi-index search finds exactly the pairs a brute-force scan finds")
{
    QRandomGenerator rng(42);
    QList<quint64> hashes;
    for (int i = 0; i < 4000; ++i)
        hashes << rng.generate64();
    // Planted near pairs at every distance up to 16.
    for (int i = 0; i < 400; ++i) {
        quint64 h = hashes[int(rng.bounded(4000))];
        const int flips = int(rng.bounded(17));
        for (int f = 0; f < flips; ++f)
            h ^= quint64(1) << rng.bounded(64);
        hashes << h;
    }
    for (int radius : {0, 3, 6, 10, 14}) {
        QList<std::pair<int, int>> brute;
        for (int i = 0; i < hashes.size(); ++i) {
            for (int j = i + 1; j < hashes.size(); ++j) {
                if (hammingDistance(hashes[i], hashes[j]) <= radius)
                    brute.append({i, j});
            }
        }
        INFO("radius " << radius);
        CHECK(pairsWithin(hashes, radius, 1) == brute);
        CHECK(pairsWithin(hashes, radius, 2) == brute);
        if (radius >= 6)
            CHECK(brute.size() > 50);
    }
    std::atomic<bool> cancel{true};
    CHECK(pairsWithin(hashes, 10, 1, &cancel).size() < 10);
}

TEST_CASE("Groups need both signals, leave out pairs kept as not duplicates and flat images, and join through shared members")
{
    const Thresholds t{10, 16};
    const quint64 a = Q_UINT64_C(0x0123456789abcdef), d = Q_UINT64_C(0xfedcba9876543210);
    QList<Signature> s{
        {a, d},             // 0
        {a ^ 0x7, d ^ 0x3}, // 1: near 0 by both
        {a ^ 0x7f, d},      // 2: near 1 (pHash 4 bits from it... 7 from 0) by both
        {a ^ 0x1, ~d},      // 3: pHash near, dHash far: not a duplicate
        {0, 0},             // 4 and 5: flat images
        {0, 0},
        {~a, ~d},           // 6 and 7: a second group
        {~a ^ 0x10, ~d},
    };
    QList<QList<int>> groups = groupNearDuplicates(s, t);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0] == QList<int>{0, 1, 2});
    CHECK(groups[1] == QList<int>{6, 7});
    // 6 and 7 kept as not duplicates: no group of them any more.
    groups = groupNearDuplicates(s, t, {{6, 7}});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0] == QList<int>{0, 1, 2});
}

TEST_CASE("The suggested keeper is the highest resolution, then the sharpest, then the largest file, with the reason")
{
    auto item = [](qint64 id, int w, int h, double sharp, qint64 bytes) {
        DuplicateCandidate c;
        c.item = ItemId(id);
        c.width = w;
        c.height = h;
        c.sharpness = sharp;
        c.bytes = bytes;
        c.phash = quint64(id);
        c.dhash = quint64(id);
        return c;
    };
    DuplicateGroup g = orderGroup({item(1, 800, 600, 50, 100), item(2, 1600, 1200, 10, 50), item(3, 800, 600, 50, 90)});
    CHECK(g.members.first().item.item == ItemId(2));
    CHECK(g.keeperReason.contains(QStringLiteral("1600 × 1200")));
    g = orderGroup({item(1, 800, 600, 50, 100), item(2, 800, 600, 80, 50)});
    CHECK(g.members.first().item.item == ItemId(2));
    CHECK(g.keeperReason.contains(QStringLiteral("sharpest")));
    g = orderGroup({item(1, 800, 600, 50, 100), item(2, 800, 600, 52, 300)});
    CHECK(g.members.first().item.item == ItemId(2));
    CHECK(g.keeperReason.contains(QStringLiteral("largest file")));
    CHECK(g.members[1].similarity < 100);
}

TEST_CASE("Near-duplicates of a library: images stored before are hashed from their thumbnails, a workspace is one scope, keep-best trashes the rest")
{
    TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    const Dataset train = *Datasets(lib->catalog()).create(w->id, QStringLiteral("Train"));
    const Dataset reg = *Datasets(lib->catalog()).create(w->id, QStringLiteral("Reg"));
    QTemporaryDir src;
    // Train: scene 1 (original, half size, JPEG 55), scene 2 (original, brighter), three other scenes.
    const QImage one = fixtures::makeScene(640, 480, 501), two = fixtures::makeScene(640, 480, 502);
    fixtures::writeFile(src.filePath(QStringLiteral("train/one.jpg")), fixtures::encode(one, "jpg", 92));
    fixtures::writeFile(src.filePath(QStringLiteral("train/one-small.jpg")), fixtures::makeVariant(one, fixtures::Variant::Half));
    fixtures::writeFile(src.filePath(QStringLiteral("train/one-55.jpg")), fixtures::makeVariant(one, fixtures::Variant::Jpeg55));
    fixtures::writeFile(src.filePath(QStringLiteral("train/two.png")), fixtures::encode(two, "png"));
    fixtures::writeFile(src.filePath(QStringLiteral("train/two-bright.jpg")), fixtures::makeVariant(two, fixtures::Variant::Brighter));
    for (int i = 0; i < 3; ++i)
        fixtures::writeFile(src.filePath(QStringLiteral("train/other%1.jpg").arg(i)), fixtures::encode(fixtures::makeScene(640, 480, 600 + i), "jpg", 90));
    // Reg: scene 2 again, cropped.
    fixtures::writeFile(src.filePath(QStringLiteral("reg/two-crop.jpg")), fixtures::makeVariant(two, fixtures::Variant::Crop6));
    for (const auto &[dataset, folder, images] : {std::tuple{train.id, QStringLiteral("train"), 8}, std::tuple{reg.id, QStringLiteral("reg"), 1}}) {
        ImportRequest request;
        request.dataset = dataset;
        request.paths = {src.filePath(folder)};
        std::atomic<bool> cancel{false};
        const ImportReport imported = Importer(*lib).run(request, cancel);
        REQUIRE_FALSE(imported.failure);
        REQUIRE(imported.imported == images);
    }
    // As a library of an earlier version has them: no second hash.
    REQUIRE(lib->catalog().write([](QSqlDatabase &db) { return sql::exec(db, QStringLiteral("UPDATE blobs SET dhash = NULL")); }).ok());

    auto report = findDuplicates(*lib, train.id, DuplicateScope::Dataset, Sensitivity::Normal);
    REQUIRE(report);
    CHECK(report->hashedNow == 8);
    CHECK(report->images == 8);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM blobs WHERE dhash IS NULL")) == 1); // only Reg's image is left
    REQUIRE(report->groups.size() == 2);
    const DuplicateGroup &first = report->groups[0];
    CHECK(first.members.size() == 3);
    CHECK(first.members.first().item.originalName == QStringLiteral("one.jpg")); // the largest of the 640 × 480 ones
    CHECK(report->groups[1].members.size() == 2);
    CHECK_FALSE(report->groups[1].keeperReason.isEmpty());

    // The workspace: the cropped copy in Reg joins scene 2's group.
    auto workspace = findDuplicates(*lib, train.id, DuplicateScope::Workspace, Sensitivity::Normal);
    REQUIRE(workspace);
    CHECK(workspace->hashedNow == 1);
    REQUIRE(workspace->groups.size() == 2);
    CHECK(workspace->groups[1].members.size() == 3);
    bool regSeen = false;
    for (const DuplicateMember &m : workspace->groups[1].members)
        regSeen = regSeen || m.item.datasetName == QStringLiteral("Reg");
    CHECK(regSeen);

    // Kept as not duplicates: scene 2 and its brighter copy are no longer proposed.
    QList<ContentHash> keepBoth;
    for (const DuplicateMember &m : report->groups[1].members)
        keepBoth << m.item.blob;
    REQUIRE(markNotDuplicates(*lib, keepBoth));
    report = findDuplicates(*lib, train.id, DuplicateScope::Dataset, Sensitivity::Normal);
    REQUIRE(report);
    CHECK(report->hashedNow == 0);
    REQUIRE(report->groups.size() == 1);

    // Keep the best: the two copies of scene 1 go to the trash, nothing else.
    auto trashed = trashAllButKeepers(*lib, *report);
    REQUIRE(trashed);
    CHECK(trashed->size() == 2);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items WHERE status = 'trashed'")) == 2);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items WHERE status = 'trashed' AND original_name = 'one.jpg'")) == 0);
    report = findDuplicates(*lib, train.id, DuplicateScope::Dataset, Sensitivity::Normal);
    REQUIRE(report);
    CHECK(report->groups.isEmpty());
}
