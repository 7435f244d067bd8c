// Export benchmark (not a test): 2,000 ~1 MP JPEGs to a kohya ZIP with original bytes, timed next to
// `zip -0 -r` of the same files in the same run, and a bucket-resized export in images/s.
#include "catalog/datasets.h"
#include "catalog/workspaces.h"
#include "export/exporter.h"
#include "export/exportplanner.h"
#include "fixtures.h"
#include "import/importer.h"
#include "library/library.h"
#include "util/contenthash.h"
#include "util/appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <unistd.h>

using namespace lc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const int images = argc > 1 ? atoi(argv[1]) : 2000;
    QTemporaryDir work;
    const QString photos = work.filePath(QStringLiteral("photos"));
    QDir().mkpath(photos);
    printf("Generating %d JPEGs of 1152x864...\n", images);
    fflush(stdout);
    fixtures::generatePhotos(photos, images, 1152, 864, 1);
    for (int i = 1; i <= images; ++i)
        fixtures::writeFile(QStringLiteral("%1/%2.txt").arg(photos).arg(i), QByteArray("ohwx woman, a photo"));

    auto library = Library::open(work.filePath(QStringLiteral("lib")));
    auto ws = Workspaces((*library)->catalog()).create(QStringLiteral("Bench"));
    DatasetSettings settings;
    settings.triggerWord = QStringLiteral("ohwx");
    settings.classWord = QStringLiteral("woman");
    auto ds = Datasets((*library)->catalog()).create(ws->id, QStringLiteral("Set"), settings);
    ImportRequest request;
    request.dataset = ds->id;
    request.paths = {photos};
    std::atomic<bool> cancel{false};
    Importer(**library).run(request, cancel);

    // Flush what setting up wrote, so no timed step pays for another's writes (the export syncs its output).
    ::sync();
    // zip -0 -r of the same images and captions (store, no compression), measured in this run.
    QElapsedTimer timer;
    timer.start();
    QProcess zip;
    zip.setWorkingDirectory(photos);
    zip.start(QStringLiteral("zip"), {QStringLiteral("-0"), QStringLiteral("-r"), QStringLiteral("-q"), work.filePath(QStringLiteral("ref.zip")), QStringLiteral(".")});
    const bool zipRan = zip.waitForFinished(-1) && zip.exitCode() == 0;
    const double zipSeconds = double(timer.nsecsElapsed()) / 1e9;
    ::sync(); // the export makes its archive durable before it reports success; zip does not
    const double zipSyncSeconds = double(timer.nsecsElapsed()) / 1e9;

    ::sync();
    ExportOptions keep;
    keep.format = ExportFormat::Kohya;
    keep.outputPath = work.filePath(QStringLiteral("kohya.zip"));
    auto plan = planExport(**library, ds->id, keep);
    timer.restart();
    const ExportReport r = Exporter(**library).run(*plan, cancel);
    const double exportSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    (void)hashFile(r.outputPath);
    const double hashSeconds = double(timer.nsecsElapsed()) / 1e9;
    printf("machine: %d cores\n", QThread::idealThreadCount());
    if (zipRan) {
        printf("export %d x 1 MP JPEG to a kohya ZIP (original bytes, fsync'd, SHA-256 recorded): %.2f s\n"
               "  zip -0 -r of the same files: %.2f s (ratio %.2f, target <= 1.2); zip -0 -r then sync: %.2f s (ratio %.2f)\n"
               "  the archive's SHA-256 for the history (%.2f s on its own) is computed while the sync waits\n",
            r.images, exportSeconds, zipSeconds, exportSeconds / std::max(zipSeconds, 1e-9), zipSyncSeconds,
            exportSeconds / std::max(zipSyncSeconds, 1e-9), hashSeconds);
    } else {
        printf("export %d x 1 MP JPEG to a kohya ZIP (original bytes): %.2f s (zip not installed: no reference)\n", r.images, exportSeconds);
    }

    ExportOptions bucket;
    bucket.format = ExportFormat::Kohya;
    bucket.outputPath = work.filePath(QStringLiteral("bucketed"));
    bucket.resize = ExportOptions::Resize::Bucket;
    bucket.imageFormat = ExportOptions::ImageFormat::Jpeg;
    auto plan2 = planExport(**library, ds->id, bucket);
    timer.restart();
    const ExportReport r2 = Exporter(**library).run(*plan2, cancel);
    const double bucketSeconds = double(timer.nsecsElapsed()) / 1e9;
    printf("export with kohya bucket resize at 1024 (JPEG q95, folder): %d images in %.2f s -> %.0f images/s (target >= 300)\n",
        r2.images, bucketSeconds, r2.images / std::max(bucketSeconds, 1e-9));
    // Bucket resize of large photos against vipsthumbnail (two processes, one per core, each half of the
    // files) in the same run: 3.6 MP JPEGs to about 1 MP, JPEG q95.
    const int large = std::max(20, images / 5);
    const QString big = work.filePath(QStringLiteral("big"));
    QDir().mkpath(big);
    printf("Generating %d JPEGs of 2400x1800...\n", large);
    fflush(stdout);
    fixtures::generatePhotos(big, large, 2400, 1800, 7);
    for (const QString &name : QDir(big).entryList({QStringLiteral("*.jpg")}, QDir::Files))
        fixtures::writeFile(QStringLiteral("%1/%2.txt").arg(big, QFileInfo(name).completeBaseName()), QByteArray("ohwx woman, a photo"));
    auto bigSet = Datasets((*library)->catalog()).create(ws->id, QStringLiteral("Large"), settings);
    ImportRequest bigRequest;
    bigRequest.dataset = bigSet->id;
    bigRequest.paths = {big};
    const ImportReport imported = Importer(**library).run(bigRequest, cancel);
    printf("imported %d of them\n", imported.imported);
    QStringList files = QDir(big).entryList({QStringLiteral("*.jpg")}, QDir::Files);
    for (QString &f : files)
        f = QDir(big).filePath(f);
    const QString vipsOut = work.filePath(QStringLiteral("vips"));
    QDir().mkpath(vipsOut);
    ::sync();
    timer.restart();
    QList<QProcess *> vips;
    for (int half = 0; half < 2; ++half) {
        auto *p = new QProcess;
        const QStringList part = half == 0 ? files.mid(0, files.size() / 2) : files.mid(files.size() / 2);
        p->start(QStringLiteral("vipsthumbnail"),
            QStringList{QStringLiteral("--size"), QStringLiteral("1024x1024>"), QStringLiteral("-o"), vipsOut + QStringLiteral("/%s.jpg[Q=95]")} + part);
        vips << p;
    }
    bool vipsRan = true;
    for (QProcess *p : std::as_const(vips)) {
        vipsRan = p->waitForFinished(-1) && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0 && vipsRan;
        delete p;
    }
    const double vipsSeconds = double(timer.nsecsElapsed()) / 1e9;
    ExportOptions large1024 = bucket;
    large1024.outputPath = work.filePath(QStringLiteral("bucketed-large"));
    auto plan3 = planExport(**library, bigSet->id, large1024);
    if (!plan3 || plan3->blocked()) {
        printf("the large export cannot run: %s\n", plan3 ? qPrintable(QString::fromUtf8(QJsonDocument(plan3->preflightJson()).toJson())) : qPrintable(plan3.error().message));
        return 1;
    }
    ::sync();
    timer.restart();
    const ExportReport r3 = Exporter(**library).run(*plan3, cancel);
    const double largeSeconds = double(timer.nsecsElapsed()) / 1e9;
    printf("bucket resize of %d x 3.6 MP JPEGs to ~1 MP (JPEG q95, folder): %.2f s -> %.0f images/s\n", r3.images, largeSeconds,
        r3.images / std::max(largeSeconds, 1e-9));
    if (vipsRan) {
        printf("  vipsthumbnail --size '1024x1024>' as two processes on the same files: %.2f s; LoRA Craft is %.2fx as fast "
               "(target >= 2)\n",
            vipsSeconds, vipsSeconds / std::max(largeSeconds, 1e-9));
    } else {
        printf("  vipsthumbnail not installed (apt install libvips-tools): no reference\n");
    }
    printf("peak RSS %.0f MB\n", fixtures::peakResidentMb());
    return r.failure || r2.failure || r3.failure ? 1 : 0;
}
