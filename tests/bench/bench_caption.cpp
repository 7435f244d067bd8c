// Captioning benchmark (not a test): 1,000 small photo-like JPEGs captioned through Captioner against a
// FakeHttpServer on 127.0.0.1 answering an OpenAI chat completion, once at once (0 ms) and once after a
// fixed 50 ms per request, with CaptionSettings::concurrency requests in flight (8).
//
//   bench_caption [--items N] [--concurrency C] [--delay MS] [--quickack]
//
// Figures (the README quotes them):
//   overhead per item = wall time x concurrency / items, in the run where the server answers at once:
//     how long one request slot is held by our side for each item (reading the image from the store,
//     re-encoding it, base64 + JSON, HTTP over loopback, parsing the answer, cleaning it, the catalog
//     write, and the waits for a CPU on a 2-core machine). Target <= 5 ms.
//   slot occupancy = (sum over requests of the server's busy time) / (concurrency x wall time), in the
//     run where the server takes 50 ms per request: the share of the server's request slots kept busy.
//     The server's busy time for a request runs from the request fully received to the answer sent.
//     Target >= 95 %.
//   memory: VmRSS after 250 and after 1,000 items (a quarter and all; sampled by the progress callback), and VmHWM (peak)
//     before and after each run. Target: flat.
//
// --quickack is a diagnostic: the fake server acknowledges what it receives at once (TCP_QUICKACK), so the
// client's Nagle's algorithm (QNetworkAccessManager does not set TCP_NODELAY) never waits ~40 ms for the
// server kernel's delayed ACK in the middle of a request body. Real servers do not do this; the figures
// without it are the ones that count.
//
// The library is prepared (JPEGs generated and imported) by this program, and the captioning runs in a
// child process (this program with --run) so that its memory figures are its own, not the import's.
#include "caption/captioner.h"
#include "catalog/datasets.h"
#include "catalog/workspaces.h"
#include "fakehttpserver.h"
#include "fixtures.h"
#include "import/importer.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "util/appidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <optional>

#include <sys/resource.h>

using namespace lc;

namespace {

// A field of /proc/self/status in MB (VmRSS, VmHWM), or nullopt where there is no such file.
std::optional<double> statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return std::nullopt;
}

QString mb(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) + QStringLiteral(" MB") : QStringLiteral("n/a");
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QByteArray completion()
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("content"), QStringLiteral("The image shows a woman in a red coat standing in a field at dusk.")}};
    const QJsonObject o{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")}, {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
            QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("message"), message},
                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct RunFigures
{
    int items = 0;
    int captioned = 0;
    int failed = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double serverBusySeconds = 0;
    double windowSeconds = 0; // first request received to last answer sent
    int maxConcurrent = 0;
    std::optional<double> rssBefore, rssAt250, rssAtEnd, rssAfter, hwmBefore, hwmAfter;
    int sampledAt250 = 0; // the done count when the 250 sample was taken (progress comes in steps)
};

struct Options
{
    int concurrency = 8;
    int delayMs = 50;
    bool quickAck = false;
};

RunFigures captionOnce(const Library &library, DatasetId dataset, CaptionMode mode, const Options &options, int delayMs)
{
    const int concurrency = options.concurrency;
    const QByteArray answer = completion();
    test::FakeHttpServer server([answer, delayMs](const test::FakeRequest &) {
        test::FakeReply reply = test::FakeReply::json(answer);
        reply.delayMs = delayMs;
        return reply;
    });
    server.setRecordBodies(false); // 1,000 base64 images would otherwise stay in the server's record
    if (options.quickAck && !server.setQuickAck(true))
        fprintf(stderr, "--quickack: not on this system\n");
    net::HttpClient http;
    http.setHostLimit(concurrency); // as CaptionJob and the CLI do
    Captioner captioner(library, http);
    captioner.setRecordChanges(true); // as the GUI's CaptionJob does (its undo step)

    RunFigures f;
    captioner.setProgressCallback([&](const CaptionProgress &p) {
        // After a quarter of the items (250 of 1,000): the start-up allocations are behind, the rest is growth.
        if (!f.rssAt250 && p.total > 0 && p.done >= std::max(1, p.total / 4)) {
            f.rssAt250 = statusMb("VmRSS");
            f.sampledAt250 = p.done;
        }
        if (p.total > 0 && p.done >= p.total && !f.rssAtEnd)
            f.rssAtEnd = statusMb("VmRSS");
    });

    CaptionRequest request;
    request.dataset = dataset;
    request.mode = mode;
    request.settings.baseUrl = server.url(QStringLiteral("/v1")).toString();
    request.settings.model = QStringLiteral("llava:13b");
    request.settings.concurrency = concurrency;
    // The defaults otherwise: the default prompt, max side 1024 (the 512x384 images are sent at their size).

    f.rssBefore = statusMb("VmRSS");
    f.hwmBefore = statusMb("VmHWM");
    std::atomic<bool> cancel{false};
    const double cpu0 = cpuSeconds();
    const qint64 t0 = steadyNs();
    const CaptionReport report = captioner.run(request, QString(), cancel);
    const qint64 t1 = steadyNs();
    f.cpuSeconds = cpuSeconds() - cpu0;
    f.rssAfter = statusMb("VmRSS");
    f.hwmAfter = statusMb("VmHWM");
    if (report.failure)
        fprintf(stderr, "captioning failed: %s\n", qPrintable(report.failure->message));

    f.items = report.eligible;
    f.captioned = report.captioned;
    f.failed = report.failed;
    f.wallSeconds = double(t1 - t0) / 1e9;
    f.maxConcurrent = server.maxConcurrent();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    qint64 busy = 0;
    for (const test::FakeTiming &t : server.timings()) {
        if (t.endNs == 0)
            continue;
        busy += t.endNs - t.startNs;
        first = std::min(first, t.startNs);
        last = std::max(last, t.endNs);
    }
    f.serverBusySeconds = double(busy) / 1e9;
    f.windowSeconds = last > first ? double(last - first) / 1e9 : 0;
    return f;
}

// Child: caption every item of the library's one dataset twice and print the table.
int runScenario(const QString &libraryDir, const Options &options)
{
    const int concurrency = options.concurrency;
    const int delayMs = options.delayMs;
    // As the CLI does: no info line per HTTP request on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("loracraft.*.info=false\nloracraft.*.debug=false"));
    auto library = Library::open(libraryDir);
    if (!library) {
        fprintf(stderr, "%s\n", qPrintable(library.error().message));
        return 2;
    }
    auto datasets = Datasets((*library)->catalog()).list();
    if (!datasets || datasets->isEmpty()) {
        fprintf(stderr, "no dataset in %s\n", qPrintable(libraryDir));
        return 2;
    }
    const DatasetId dataset = datasets->first().id;
    const std::optional<double> idleRss = statusMb("VmRSS");

    const RunFigures a = captionOnce(**library, dataset, CaptionMode::FillEmpty, options, 0);
    const RunFigures b = captionOnce(**library, dataset, CaptionMode::ReplaceAll, options, delayMs);

    const double overheadMs = a.wallSeconds * concurrency / std::max(1, a.items) * 1000.0;
    const double occupancy = b.serverBusySeconds / (concurrency * std::max(b.wallSeconds, 1e-9));
    const double windowOccupancy = b.serverBusySeconds / (concurrency * std::max(b.windowSeconds, 1e-9));
    printf("machine: %d cores (QThread::idealThreadCount); VmRSS of the child before captioning: %s\n", QThread::idealThreadCount(),
        qPrintable(mb(idleRss)));
    printf("captioning %d items (512x384 JPEG), concurrency %d, OpenAI chat completion from a fake server on 127.0.0.1%s\n", a.items,
        concurrency, options.quickAck ? " that ACKs at once (--quickack, diagnostic)" : "");
    printf("%-44s %16s %16s\n", "", "server 0 ms", qPrintable(QStringLiteral("server %1 ms").arg(delayMs)));
    auto row = [](const char *name, const QString &x, const QString &y) { printf("%-44s %16s %16s\n", name, qPrintable(x), qPrintable(y)); };
    auto num = [](double v, int decimals, const char *unit) -> QString { return QString::number(v, 'f', decimals) + QString::fromLatin1(unit); };
    row("captioned / failed", QStringLiteral("%1 / %2").arg(a.captioned).arg(a.failed), QStringLiteral("%1 / %2").arg(b.captioned).arg(b.failed));
    row("wall time (Captioner::run)", num(a.wallSeconds, 2, " s"), num(b.wallSeconds, 2, " s"));
    row("items/s", num(a.items / std::max(a.wallSeconds, 1e-9), 0, ""), num(b.items / std::max(b.wallSeconds, 1e-9), 0, ""));
    row("wall x concurrency / items", num(overheadMs, 2, " ms"),
        num(b.wallSeconds * concurrency / std::max(1, b.items) * 1000.0, 2, " ms"));
    row("CPU per item (whole process, fake server too)", num(a.cpuSeconds / std::max(1, a.items) * 1000.0, 2, " ms"),
        num(b.cpuSeconds / std::max(1, b.items) * 1000.0, 2, " ms"));
    row("requests at the server at once (max)", QString::number(a.maxConcurrent), QString::number(b.maxConcurrent));
    row("server busy, sum over requests", num(a.serverBusySeconds, 2, " s"), num(b.serverBusySeconds, 2, " s"));
    row("slot occupancy over the run", QStringLiteral("-"), num(occupancy * 100.0, 1, " %"));
    row("  over first request .. last answer", QStringLiteral("-"), num(windowOccupancy * 100.0, 1, " %"));
    row("VmRSS before the run", mb(a.rssBefore), mb(b.rssBefore));
    row("VmRSS after a quarter of the items", mb(a.rssAt250) + QStringLiteral(" @") + QString::number(a.sampledAt250),
        mb(b.rssAt250) + QStringLiteral(" @") + QString::number(b.sampledAt250));
    row("VmRSS after all items", mb(a.rssAtEnd), mb(b.rssAtEnd));
    row("VmRSS after the run", mb(a.rssAfter), mb(b.rssAfter));
    row("peak RSS (VmHWM) before / after the run", mb(a.hwmBefore) + QStringLiteral(" / ") + mb(a.hwmAfter),
        mb(b.hwmBefore) + QStringLiteral(" / ") + mb(b.hwmAfter));
    printf("our overhead per item = wall x concurrency / items with the server answering at once: %.2f ms (target <= 5 ms) — %s\n",
        overheadMs, overheadMs <= 5.0 ? "met" : "NOT met");
    printf("slot occupancy = server busy time / (concurrency x wall time) with a %d ms server: %.1f %% (target >= 95 %%) — %s\n",
        delayMs, occupancy * 100.0, occupancy >= 0.95 ? "met" : "NOT met");
    if (a.rssAt250 && a.rssAtEnd && b.rssAt250 && b.rssAtEnd) {
        printf("memory: VmRSS from item %d to the last item %+.1f MB (server 0 ms), from item %d %+.1f MB (server %d ms)\n",
            a.sampledAt250, *a.rssAtEnd - *a.rssAt250, b.sampledAt250, *b.rssAtEnd - *b.rssAt250, delayMs);
    } else {
        printf("memory: n/a (no /proc/self/status here)\n");
    }
    return a.failed || b.failed || a.captioned != a.items || b.captioned != b.items ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    const QCommandLineOption runOption(QStringLiteral("run"), QStringLiteral("child mode: caption the library in DIR"), QStringLiteral("DIR"));
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("number of images"), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("requests in flight"), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption delayOption(QStringLiteral("delay"), QStringLiteral("the slow server's time per request"), QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption quickAckOption(QStringLiteral("quickack"),
        QStringLiteral("diagnostic: the fake server ACKs at once (TCP_QUICKACK), so Nagle's algorithm in the client never waits for a delayed ACK"));
    parser.addOptions({runOption, itemsOption, concurrencyOption, delayOption, quickAckOption});
    parser.process(app);
    Options options;
    options.concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    options.delayMs = std::max(0, parser.value(delayOption).toInt());
    options.quickAck = parser.isSet(quickAckOption);
    if (parser.isSet(runOption))
        return runScenario(parser.value(runOption), options);

    const int items = std::max(1, parser.value(itemsOption).toInt());
    QTemporaryDir work;
    const QString photos = work.filePath(QStringLiteral("photos"));
    QDir().mkpath(photos);
    printf("Generating and importing %d JPEGs of 512x384...\n", items);
    fflush(stdout);
    QElapsedTimer setup;
    setup.start();
    fixtures::generatePhotos(photos, items, 512, 384, 1);
    const QString libraryDir = work.filePath(QStringLiteral("lib"));
    {
        auto library = Library::open(libraryDir);
        if (!library) {
            fprintf(stderr, "%s\n", qPrintable(library.error().message));
            return 2;
        }
        auto ws = Workspaces((*library)->catalog()).create(QStringLiteral("Bench"));
        DatasetSettings settings;
        settings.triggerWord = QStringLiteral("ohwx");
        settings.classWord = QStringLiteral("woman");
        auto ds = Datasets((*library)->catalog()).create(ws->id, QStringLiteral("Set"), settings);
        ImportRequest request;
        request.dataset = ds->id;
        request.paths = {photos};
        std::atomic<bool> cancel{false};
        const ImportReport imported = Importer(**library).run(request, cancel);
        if (imported.failure || imported.imported != items) {
            fprintf(stderr, "import failed: %d of %d imported\n", imported.imported, items);
            return 2;
        }
    }
    printf("(set up in %.1f s)\n", double(setup.elapsed()) / 1000.0);
    fflush(stdout);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList arguments{QStringLiteral("--run"), libraryDir, QStringLiteral("--concurrency"), QString::number(options.concurrency),
        QStringLiteral("--delay"), QString::number(options.delayMs)};
    if (options.quickAck)
        arguments << QStringLiteral("--quickack");
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
        return 2;
    return child.exitCode();
}
