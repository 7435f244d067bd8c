// Captioning benchmark (not a test): 1,000 small photo-like JPEGs captioned through Captioner against a
// FakeHttpServer on 127.0.0.1 answering an OpenAI chat completion on kept-alive connections, as Ollama,
// llama.cpp's server, vLLM and LM Studio do. Four runs: one request at a time with the server answering
// at once; 8 in flight (CaptionSettings::concurrency) answering at once; 8 in flight with the server
// taking 50 ms a request (stress: faster than any vision model writes a caption); 8 in flight at 250 ms a
// request (a fast local model: ~50 tokens at 200 tokens/s).
//
//   bench_caption [--items N] [--concurrency C] [--delay MS] [--stress-delay MS] [--quickack] [--close]
//
// Figures (the README quotes them):
//   overhead per item = (wall time - server busy time) / items, one request at a time, the server answering
//     at once: what our side adds to each item (reading the image from the store, preparing it, base64 +
//     JSON, HTTP over loopback, parsing the answer, cleaning it, the catalog write). Target <= 5 ms.
//     With 8 in flight the same work overlaps: wall / items is the cost per item then, and wall x 8 / items
//     how long each request slot is held, which on a 2-core machine is mostly waiting for a CPU.
//   slot occupancy = (sum over requests of the server's busy time) / (concurrency x wall time): the share
//     of the server's request slots kept busy, from the request fully received to the answer sent. Target
//     >= 95 % at 250 ms a request; the 50 ms run shows how it degrades when the server is nearly as fast as
//     our side.
//   memory: VmRSS after a quarter of the items and after all (sampled by the progress callback), and VmHWM
//     (peak). Target: flat.
//
// Diagnostics: --quickack makes the fake server acknowledge what it receives at once (TCP_QUICKACK): the
// figures must not change, which shows that no request waits for the kernel's delayed ACK (Nagle's
// algorithm, which QNetworkAccessManager leaves on; see core/net/lowdelay.h). --close makes the server
// close each connection after its answer.
//
// The library is prepared (JPEGs generated and imported) by this program, and the captioning runs in a
// child process (this program with --run) so that its memory figures are its own, not the import's.
#include "caption/captioner.h"
#include "catalog/datasets.h"
#include "catalog/workspaces.h"
#include "fakehttpserver.h"
#include "benchutil.h"
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
#include <functional>
#include <limits>
#include <optional>

#include <sys/resource.h>

using namespace lc;

namespace {

using bench::statusMb;

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
    int delayMs = 250;     // a fast local vision model: ~50 tokens at 200 tokens/s
    int stressDelayMs = 50; // faster than any vision model answers a caption
    bool quickAck = false;
    bool close = false;
};

RunFigures captionOnce(const Library &library, DatasetId dataset, CaptionMode mode, const Options &options, int concurrency, int delayMs)
{
    const QByteArray answer = completion();
    test::FakeHttpServer server([answer, delayMs](const test::FakeRequest &) {
        test::FakeReply reply = test::FakeReply::json(answer);
        reply.delayMs = delayMs;
        return reply;
    });
    server.setRecordBodies(false); // 1,000 base64 images would otherwise stay in the server's record
    server.setKeepAlive(!options.close); // as Ollama, llama.cpp's server, vLLM and LM Studio do
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

    struct Run
    {
        QString name;
        int concurrency = 1;
        int delayMs = 0;
        RunFigures f;
    };
    QList<Run> runs;
    auto addRun = [&](int inFlight, int serverMs) {
        Run run;
        run.name = QStringLiteral("c%1, %2 ms").arg(inFlight).arg(serverMs);
        run.concurrency = inFlight;
        run.delayMs = serverMs;
        runs.append(run);
    };
    addRun(1, 0);
    addRun(concurrency, 0);
    addRun(concurrency, options.stressDelayMs);
    addRun(concurrency, delayMs);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        Run &run = runs[i];
        run.f = captionOnce(**library, dataset, i == 0 ? CaptionMode::FillEmpty : CaptionMode::ReplaceAll, options, run.concurrency, run.delayMs);
    }
    const RunFigures &serial = runs[0].f;
    const RunFigures &atOnce = runs[1].f;
    const RunFigures &stress = runs[2].f;
    const RunFigures &slow = runs[3].f;

    printf("machine: %d cores (QThread::idealThreadCount); VmRSS of the child before captioning: %s\n", QThread::idealThreadCount(),
        qPrintable(mb(idleRss)));
    printf("captioning %d items (512x384 JPEG) through an OpenAI chat completion from a fake server on 127.0.0.1%s;\n", serial.items,
        options.quickAck ? " that ACKs at once (--quickack, diagnostic)" : "");
    printf("the server %s; cN = N requests in flight, then how long the server takes per request\n",
        options.close ? "closes the connection after each answer (--close, diagnostic)" : "keeps connections alive");
    printf("%-46s", "");
    for (const Run &run : std::as_const(runs))
        printf(" %14s", qPrintable(run.name));
    printf("\n");
    auto row = [&](const char *name, const std::function<QString(const Run &)> &cell) {
        printf("%-46s", name);
        for (const Run &run : std::as_const(runs))
            printf(" %14s", qPrintable(cell(run)));
        printf("\n");
    };
    auto num = [](double v, int decimals, const char *unit) -> QString { return QString::number(v, 'f', decimals) + QString::fromLatin1(unit); };
    auto perItemMs = [](const RunFigures &f, double seconds) { return seconds / std::max(1, f.items) * 1000.0; };
    auto occupancyOf = [](const Run &run) { return run.f.serverBusySeconds / (run.concurrency * std::max(run.f.wallSeconds, 1e-9)); };
    row("captioned / failed", [](const Run &r) -> QString { return QStringLiteral("%1 / %2").arg(r.f.captioned).arg(r.f.failed); });
    row("wall time (Captioner::run)", [&](const Run &r) -> QString { return num(r.f.wallSeconds, 2, " s"); });
    row("items/s", [&](const Run &r) -> QString { return num(r.f.items / std::max(r.f.wallSeconds, 1e-9), 0, ""); });
    row("wall / items", [&](const Run &r) -> QString { return num(perItemMs(r.f, r.f.wallSeconds), 2, " ms"); });
    row("wall x concurrency / items (a slot's hold)", [&](const Run &r) -> QString { return num(perItemMs(r.f, r.f.wallSeconds) * r.concurrency, 2, " ms"); });
    row("CPU per item (the process, fake server too)", [&](const Run &r) -> QString { return num(perItemMs(r.f, r.f.cpuSeconds), 2, " ms"); });
    row("requests at the server at once (max)", [](const Run &r) -> QString { return QString::number(r.f.maxConcurrent); });
    row("server busy, sum over requests", [&](const Run &r) -> QString { return num(r.f.serverBusySeconds, 2, " s"); });
    row("slot occupancy over the run", [&](const Run &r) -> QString { return r.delayMs ? num(occupancyOf(r) * 100.0, 1, " %") : QStringLiteral("-"); });
    row("VmRSS before the run", [](const Run &r) -> QString { return mb(r.f.rssBefore); });
    row("VmRSS after a quarter of the items", [](const Run &r) -> QString { return mb(r.f.rssAt250) + QStringLiteral(" @") + QString::number(r.f.sampledAt250); });
    row("VmRSS after all items", [](const Run &r) -> QString { return mb(r.f.rssAtEnd); });
    row("peak RSS (VmHWM) after the run", [](const Run &r) -> QString { return mb(r.f.hwmAfter); });

    const double overheadMs = perItemMs(serial, serial.wallSeconds - serial.serverBusySeconds);
    const double occupancy = occupancyOf(runs[3]);
    printf("our overhead per item = (wall - server busy) / items, one request at a time, server answering at once: %.2f ms "
           "(target <= 5 ms) — %s\n",
        overheadMs, overheadMs <= 5.0 ? "met" : "NOT met");
    printf("  with %d in flight: %.2f ms of wall time per item (%.0f items/s); each request slot is held %.2f ms per item, "
           "most of it waiting for one of the %d cores\n",
        concurrency, perItemMs(atOnce, atOnce.wallSeconds), atOnce.items / std::max(atOnce.wallSeconds, 1e-9),
        perItemMs(atOnce, atOnce.wallSeconds) * concurrency, QThread::idealThreadCount());
    printf("slot occupancy = server busy time / (concurrency x wall time), %d in flight, server %d ms a request: %.1f %% "
           "(target >= 95 %%) — %s; at %d ms a request (stress): %.1f %%\n",
        concurrency, delayMs, occupancy * 100.0, occupancy >= 0.95 ? "met" : "NOT met", options.stressDelayMs, occupancyOf(runs[2]) * 100.0);
    if (atOnce.rssAt250 && atOnce.rssAtEnd && slow.rssAt250 && slow.rssAtEnd) {
        printf("memory: VmRSS from item %d to the last item %+.1f MB (c%d, 0 ms), from item %d %+.1f MB (c%d, %d ms); peak %s\n",
            atOnce.sampledAt250, *atOnce.rssAtEnd - *atOnce.rssAt250, concurrency, slow.sampledAt250, *slow.rssAtEnd - *slow.rssAt250,
            concurrency, delayMs, qPrintable(mb(slow.hwmAfter)));
    } else {
        printf("memory: n/a (no /proc/self/status here)\n");
    }
    bool allCaptioned = true;
    for (const RunFigures *f : {&serial, &atOnce, &stress, &slow})
        allCaptioned = allCaptioned && f->failed == 0 && f->captioned == f->items;
    return allCaptioned ? 0 : 1;
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
    const QCommandLineOption delayOption(QStringLiteral("delay"), QStringLiteral("the server's time per request in the last run"), QStringLiteral("MS"), QStringLiteral("250"));
    const QCommandLineOption stressDelayOption(QStringLiteral("stress-delay"), QStringLiteral("the server's time per request in the stress run"),
        QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption quickAckOption(QStringLiteral("quickack"),
        QStringLiteral("diagnostic: the fake server ACKs at once (TCP_QUICKACK), so Nagle's algorithm in the client never waits for a delayed ACK"));
    const QCommandLineOption closeOption(QStringLiteral("close"),
        QStringLiteral("diagnostic: the fake server closes the connection after each answer (a new connection per request)"));
    parser.addOptions({runOption, itemsOption, concurrencyOption, delayOption, stressDelayOption, quickAckOption, closeOption});
    parser.process(app);
    Options options;
    options.concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    options.delayMs = std::max(0, parser.value(delayOption).toInt());
    options.stressDelayMs = std::max(0, parser.value(stressDelayOption).toInt());
    options.quickAck = parser.isSet(quickAckOption);
    options.close = parser.isSet(closeOption);
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
        QStringLiteral("--delay"), QString::number(options.delayMs), QStringLiteral("--stress-delay"), QString::number(options.stressDelayMs)};
    if (options.quickAck)
        arguments << QStringLiteral("--quickack");
    if (options.close)
        arguments << QStringLiteral("--close");
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
        return 2;
    return child.exitCode();
}
