// Import benchmark (not a test): prints throughput and memory figures for the README.
//
//   bench_import            generate fixtures in a temporary folder and run every scenario
//   bench_import --images N number of ~1 MP JPEGs (default 2000)
//
// Each scenario runs in a child process (this program with --run) so that its peak RSS is its own.
#include "catalog/datasets.h"
#include "catalog/workspaces.h"
#include "fixtures.h"
#include "import/importer.h"
#include "library/library.h"
#include "util/appidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>

#include <QBuffer>
#include <QFile>
#include <QImageReader>


using namespace lc;

namespace {


qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}


// Child: import one folder into a fresh library and print "files seconds bytes rss_before rss_peak".
int runScenario(const QString &folder, const QString &libraryDir, int threads)
{
    auto library = Library::open(libraryDir);
    if (!library) {
        fprintf(stderr, "%s\n", qPrintable(library.error().message));
        return 2;
    }
    auto ws = Workspaces((*library)->catalog()).create(QStringLiteral("Bench"));
    auto ds = Datasets((*library)->catalog()).create(ws->id, QStringLiteral("Set"));
    ImportRequest request;
    request.dataset = ds->id;
    request.paths = {folder};
    request.options.threads = threads;
    const double before = fixtures::peakResidentMb();
    std::atomic<bool> cancel{false};
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = Importer(**library).run(request, cancel);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.failure || report.skipped) {
        fprintf(stderr, "import failed or skipped files\n");
        return 2;
    }
    printf("%d %.4f %lld %.1f %.1f\n", report.imported, seconds, static_cast<long long>(report.bytesImported), before, fixtures::peakResidentMb());
    return 0;
}

struct Figures
{
    int files = 0;
    double seconds = 0;
    qint64 bytes = 0;
    double rssBefore = 0;
    double rssPeak = 0;
};

Figures child(const QString &folder, const QString &libraryDir, int threads)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--run"), folder, QStringLiteral("--library"), libraryDir, QStringLiteral("--threads"), QString::number(threads)});
    p.waitForFinished(-1);
    const QStringList parts = QString::fromUtf8(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    Figures f;
    if (parts.size() == 5) {
        f.files = parts[0].toInt();
        f.seconds = parts[1].toDouble();
        f.bytes = parts[2].toLongLong();
        f.rssBefore = parts[3].toDouble();
        f.rssPeak = parts[4].toDouble();
    }
    return f;
}

// The reference point: one thread doing reduced-scale JPEG decode + 256 px resize + encode,
// nothing else (no hashing, storing, metrics or catalog).
double baselineImagesPerSecond(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        files << it.next();
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : std::as_const(files)) {
        QImageReader reader(file);
        const QSize size = reader.size();
        reader.setScaledSize(size / 4);
        reader.setQuality(49);
        const QImage image = reader.read().scaled(QSize(256, 256), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
    }
    return files.size() / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    const QCommandLineOption runOption(QStringLiteral("run"), QStringLiteral("child mode"), QStringLiteral("FOLDER"));
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("child library"), QStringLiteral("DIR"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("worker threads"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption generateOption(QStringLiteral("generate"), QStringLiteral("only generate N ~1 MP JPEGs into DIR"), QStringLiteral("DIR"));
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("number of ~1 MP JPEGs"), QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({runOption, libraryOption, threadsOption, imagesOption, generateOption});
    parser.process(app);
    if (parser.isSet(runOption))
        return runScenario(parser.value(runOption), parser.value(libraryOption), parser.value(threadsOption).toInt());

    const int images = parser.value(imagesOption).toInt();
    if (parser.isSet(generateOption)) {
        QDir().mkpath(parser.value(generateOption));
        fixtures::generatePhotos(parser.value(generateOption), images, 1152, 864, 1);
        return 0;
    }
    QTemporaryDir work;
    const QString small = work.filePath(QStringLiteral("small"));
    const QString large = work.filePath(QStringLiteral("large"));
    QDir().mkpath(small);
    QDir().mkpath(large);
    printf("Generating %d JPEGs of 1152x864 (1.0 MP) and 4 of 6000x4000 (24 MP)...\n", images);
    fflush(stdout);
    fixtures::generatePhotos(small, images, 1152, 864, 1);
    fixtures::generatePhotos(large, 4, 6000, 4000, 100000);
    const qint64 smallBytes = folderBytes(small);
    printf("machine: %d cores (QThread::idealThreadCount)\n", QThread::idealThreadCount());

    const Figures s = child(small, work.filePath(QStringLiteral("lib1")), 0);
    printf("import %d x 1.0 MP JPEG (avg %.0f KB), %d workers: %.2f s -> %.0f images/s, %.0f MB/s, peak RSS %.0f MB (target >= 600 images/s, < 300 MB)\n",
        s.files, double(smallBytes) / std::max(1, images) / 1000.0, QThread::idealThreadCount(), s.seconds,
        s.files / std::max(s.seconds, 1e-9), double(s.bytes) / 1e6 / std::max(s.seconds, 1e-9), s.rssPeak);

    printf("reference on the same files, 1 thread: reduced-scale decode + 256 px resize + JPEG encode only: %.0f images/s\n",
        baselineImagesPerSecond(small));

    const Figures l = child(large, work.filePath(QStringLiteral("lib2")), 1);
    printf("import 4 x 24 MP JPEG (avg %.1f MB), 1 worker: %.0f ms/image, peak RSS %.0f MB, %.0f MB over the idle process (target <= 150 ms, <= 100 MB)\n",
        double(folderBytes(large)) / 4 / 1e6, l.seconds * 1000 / std::max(1, l.files), l.rssPeak, l.rssPeak - l.rssBefore);

    return 0;
}
