// Near-duplicate benchmark (not a test), figures quoted in the README:
//   grouping: 100,000 64-bit hash pairs (random, plus 2,000 planted groups of near-duplicates) grouped at
//     each preset on every core, candidate search and verification by the second hash included; the
//     memory the process peaked at (VmHWM) before and after;
//   accuracy: 100 distinct generated scenes, each with nine variants (resize to half, JPEG quality 55,
//     PNG re-encode, brightness, contrast, grayscale, 6 % crop, a corner watermark, EXIF rotation), plus
//     400 distinct distractors, hashed as the import hashes them; pairwise recall per variant and overall
//     precision at each preset; the same files through findimagedupes (Debian) when it is installed.
#include "curation/nearduplicates.h"
#include "benchutil.h"
#include "fixtures.h"
#include "image/imageanalysis.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>

using namespace lc;
using namespace lc::curation;

namespace {

using bench::statusMb;

void grouping()
{
    QRandomGenerator rng(7);
    QList<Signature> s;
    const int total = 100'000;
    s.reserve(total);
    while (s.size() < total - 6000)
        s.append({rng.generate64(), rng.generate64()});
    // 2,000 groups of three: copies a few bits away in both hashes.
    for (int g = 0; g < 2000; ++g) {
        const Signature base{rng.generate64(), rng.generate64()};
        s.append(base);
        for (int k = 0; k < 2; ++k) {
            Signature v = base;
            for (int f = 0, n = int(rng.bounded(7)); f < n; ++f)
                v.phash ^= quint64(1) << rng.bounded(64);
            for (int f = 0, n = int(rng.bounded(9)); f < n; ++f)
                v.dhash ^= quint64(1) << rng.bounded(64);
            s.append(v);
        }
    }
    printf("Grouping %lld hash pairs (2,000 planted groups of 3) on %d thread(s); VmHWM before: %.1f MB\n", qlonglong(s.size()),
        QThread::idealThreadCount(), statusMb("VmHWM").value_or(-1));
    for (Sensitivity sensitivity : {Sensitivity::Strict, Sensitivity::Normal, Sensitivity::Loose}) {
        QElapsedTimer timer;
        timer.start();
        const QList<QList<int>> groups = groupNearDuplicates(s, thresholdsFor(sensitivity));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        int planted = 0;
        for (const QList<int> &g : groups)
            planted += g.first() >= total - 6000 && g.size() == 3 ? 1 : 0;
        printf("  %-7s pHash <= %2d, dHash <= %2d: %8.1f ms, %5lld groups (%d of the planted ones whole)\n",
            qPrintable(toKey(sensitivity)), thresholdsFor(sensitivity).phash, thresholdsFor(sensitivity).dhash, ms,
            qlonglong(groups.size()), planted);
    }
    printf("  VmHWM after: %.1f MB\n", statusMb("VmHWM").value_or(-1));
}

struct Image
{
    int scene = -1; // -1: a distractor
    int variant = -1; // -1: the original
    QString path;
    Signature hashes;
};

void accuracy()
{
    QTemporaryDir dir;
    const int scenes = 100, distractors = 400;
    const QList<fixtures::Variant> variants = fixtures::allVariants();
    QList<Image> images;
    for (int s = 0; s < scenes; ++s) {
        images.append({s, -1, dir.filePath(QStringLiteral("s%1-original.jpg").arg(s)), {}});
        for (int v = 0; v < variants.size(); ++v)
            images.append({s, v, dir.filePath(QStringLiteral("s%1-%2.%3").arg(s).arg(QLatin1String(fixtures::variantName(variants[v])))
                                                  .arg(variants[v] == fixtures::Variant::Png ? QStringLiteral("png") : QStringLiteral("jpg"))),
                {}});
    }
    for (int d = 0; d < distractors; ++d)
        images.append({-1, -1, dir.filePath(QStringLiteral("d%1.jpg").arg(d)), {}});
    printf("\nAccuracy: %d scenes x (original + %lld variants) + %d distractors = %lld images of 800x600\n", scenes,
        qlonglong(variants.size()), distractors, qlonglong(images.size()));
    fflush(stdout);
    QtConcurrent::blockingMap(images, [&](Image &im) {
        const int seed = im.scene >= 0 ? 10'000 + im.scene : 20'000 + int(&im - images.data());
        const QImage scene = fixtures::makeScene(800, 600, seed);
        QByteArray bytes = im.variant >= 0 ? fixtures::makeVariant(scene, variants[im.variant]) : fixtures::encode(scene, "jpg", 92);
        fixtures::writeFile(im.path, bytes);
        auto a = analyzeImage(bytes, sniffFileKind(bytes), ImageLimits());
        if (a)
            im.hashes = {a->phash, a->dhash};
    });

    auto same = [&](int i, int j) { return images[i].scene >= 0 && images[i].scene == images[j].scene; };
    for (Sensitivity sensitivity : {Sensitivity::Strict, Sensitivity::Normal, Sensitivity::Loose}) {
        const Thresholds t = thresholdsFor(sensitivity);
        QList<int> found(variants.size(), 0);
        int truePairs = 0, truePositives = 0, falsePositives = 0;
        for (int i = 0; i < images.size(); ++i) {
            for (int j = i + 1; j < images.size(); ++j) {
                const bool predicted = hammingDistance(images[i].hashes.phash, images[j].hashes.phash) <= t.phash
                    && hammingDistance(images[i].hashes.dhash, images[j].hashes.dhash) <= t.dhash;
                const bool truth = same(i, j);
                truePairs += truth ? 1 : 0;
                if (predicted && truth)
                    ++truePositives;
                if (predicted && !truth)
                    ++falsePositives;
                // Recall per variant: the variant against its original.
                if (truth && predicted && images[i].variant == -1 && images[j].variant >= 0)
                    ++found[images[j].variant];
            }
        }
        printf("  %-7s pHash <= %2d, dHash <= %2d: precision %.3f (%d false pairs), recall over all same-scene pairs %.3f\n",
            qPrintable(toKey(sensitivity)), t.phash, t.dhash,
            truePositives + falsePositives > 0 ? double(truePositives) / (truePositives + falsePositives) : 1.0, falsePositives,
            double(truePositives) / truePairs);
        printf("          recall against the original:");
        for (int v = 0; v < variants.size(); ++v)
            printf(" %s %.2f%s", fixtures::variantName(variants[v]), double(found[v]) / scenes, v + 1 < variants.size() ? "," : "\n");
    }

    // findimagedupes (Debian), on the same files: its own fingerprint and default threshold (90 %).
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("findimagedupes"));
    if (tool.isEmpty()) {
        printf("  findimagedupes: not installed, comparison skipped (apt install findimagedupes)\n");
        return;
    }
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(tool, {QStringLiteral("-q"), QStringLiteral("-R"), dir.path()});
    p.waitForFinished(-1);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QHash<QString, int> index;
    for (int i = 0; i < images.size(); ++i)
        index.insert(images[i].path, i);
    // Each output line is a group of similar files, space-separated.
    int truePositives = 0, falsePositives = 0, truePairs = 0;
    QList<int> found(variants.size(), 0);
    for (int i = 0; i < images.size(); ++i) {
        for (int j = i + 1; j < images.size(); ++j)
            truePairs += same(i, j) ? 1 : 0;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        QList<int> group;
        for (const QByteArray &path : line.split(' ')) {
            if (auto it = index.constFind(QString::fromLocal8Bit(path)); it != index.cend())
                group << *it;
        }
        for (int a = 0; a < group.size(); ++a) {
            for (int b = a + 1; b < group.size(); ++b) {
                const int i = std::min(group[a], group[b]), j = std::max(group[a], group[b]);
                if (same(i, j)) {
                    ++truePositives;
                    if (images[i].variant == -1 && images[j].variant >= 0)
                        ++found[images[j].variant];
                } else {
                    ++falsePositives;
                }
            }
        }
    }
    printf("  findimagedupes (%.1f s): precision %.3f (%d false pairs), recall over all same-scene pairs %.3f\n", seconds,
        truePositives + falsePositives > 0 ? double(truePositives) / (truePositives + falsePositives) : 1.0, falsePositives,
        double(truePositives) / truePairs);
    printf("          recall against the original:");
    for (int v = 0; v < variants.size(); ++v)
        printf(" %s %.2f%s", fixtures::variantName(variants[v]), double(found[v]) / scenes, v + 1 < variants.size() ? "," : "\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    grouping();
    accuracy();
    return 0;
}
