// Bucket and crop benchmark (not a test), figures quoted in the README:
//   simulator: 100,000 items of realistic sizes (camera, phone, screenshot and web sizes, a tenth of them
//     cropped, a few thousand odd sizes) placed by each trainer's engine at its default resolutions; the
//     median of five runs, on one core;
//   auto-crop: subjects found (faces by the Haar cascades, else saliency) and the window placed, on 40
//     generated 1024×576 pictures with a face each, one core: images per second, for faces and for
//     saliency alone (the decode of the stored file comes on top; it is the import's cost).
#include "export/bucketsimulation.h"
#include "export/trainers/trainers.h"
#include "crop/autocrop.h"
#include "crop/subjects.h"
#include "fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace lc;

namespace {

QList<ItemGeometry> makeItems(int count)
{
    static const QSize common[] = {{6000, 4000}, {4000, 6000}, {4032, 3024}, {3024, 4032}, {1920, 1080}, {1080, 1920},
        {1024, 1024}, {2048, 2048}, {1280, 720}, {800, 1200}, {1200, 800}, {3000, 2000}, {2560, 1600}, {1536, 2048}};
    QRandomGenerator rng(13);
    QList<ItemGeometry> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        ItemGeometry g;
        g.id = ItemId(i + 1);
        g.name = QStringLiteral("img_%1.jpg").arg(i + 1);
        g.size = i % 25 == 0 ? QSize(rng.bounded(300, 8000), rng.bounded(300, 8000)) : common[rng.bounded(int(std::size(common)))];
        if (i % 10 == 0) {
            const int w = g.size.width() * rng.bounded(50, 100) / 100, h = g.size.height() * rng.bounded(50, 100) / 100;
            g.crop = QRect(rng.bounded(g.size.width() - w + 1), rng.bounded(g.size.height() - h + 1), w, h);
        }
        out.append(std::move(g));
    }
    return out;
}

void simulator()
{
    const QList<ItemGeometry> items = makeItems(100'000);
    std::printf("Bucket simulator, 100,000 items, median of 5 runs (one core):\n");
    for (const ExportFormat trainer : bucketTrainers()) {
        BucketSimulationOptions o;
        o.trainer = trainer;
        o.model = TargetModel::Flux;
        o.resolutions = defaultBucketResolutions(trainer, o.model, 1024);
        o.batchSize = 4;
        QList<qint64> ms;
        BucketSimulation sim;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            sim = simulateBuckets(items, o);
            ms.append(t.elapsed());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("  %-16s %d resolution(s): %4lld ms  (%lld placements, %lld buckets, %d steps/epoch)\n",
            qPrintable(exportFormatKey(trainer)), int(o.resolutions.size()), ms[2], qint64(sim.items.size()),
            qint64(sim.bins.size()), sim.stepsPerEpoch);
    }
}

void autoCrop()
{
    QList<QImage> pictures;
    QRandomGenerator rng(3);
    for (int i = 0; i < 40; ++i) {
        const int side = rng.bounded(140, 260);
        const QRect face(rng.bounded(0, 1024 - side), rng.bounded(0, 576 - side - 40), side, int(side * 1.15));
        pictures.append(fixtures::makePortrait(QSize(1024, 576), {face}, quint32(100 + i)));
    }
    const crop::SubjectFinder &finder = crop::SubjectFinder::forThread();
    std::printf("Auto-crop, 40 pictures of 1024×576 with a face each (one core), face model: %s\n",
        finder.faceMethod().isEmpty() ? "none" : qPrintable(finder.faceMethod()));
    for (const crop::SubjectMode mode : {crop::SubjectMode::Faces, crop::SubjectMode::Saliency}) {
        QElapsedTimer t;
        t.start();
        int withFace = 0;
        for (const QImage &picture : std::as_const(pictures)) {
            const crop::Subjects s = finder.find(picture, mode);
            withFace += s.faces.isEmpty() ? 0 : 1;
            crop::placeWindow(picture.size(), crop::largestWindow(picture.size(), 1.0), s);
        }
        const double seconds = t.nsecsElapsed() / 1e9;
        std::printf("  %-9s %6.1f images/s  (%d of 40 with a face found)\n", qPrintable(toKey(mode)), pictures.size() / seconds, withFace);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    simulator();
    autoCrop();
    return 0;
}
