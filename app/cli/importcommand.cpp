// loracraft-cli import: files, folders and ZIPs into a dataset, with a progress bar on a terminal.
#include "commands.h"

#include "clitr.h"
#include "interrupt.h"

#include "import/importer.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>



namespace lc::cli {

namespace {


Result<Dataset> resolveDataset(Context &c, const QString &path, bool create)
{
    auto found = c.service.findDataset(path).result();
    if (found || !create || found.error().code != ErrorCode::NotFound)
        return found;
    auto parts = LibraryService::splitDatasetPath(path);
    if (!parts)
        return parts.error();
    NewDataset spec;
    spec.workspaceName = parts->first;
    spec.name = parts->second;
    spec.reuseExisting = true; // another process may have made it meanwhile
    return c.service.createDataset(spec).result();
}

class ProgressPrinter
{
public:
    explicit ProgressPrinter(Output &out) : m_out(out), m_tty(!out.json() && stderrIsTerminal()) { m_clock.start(); }

    void update(const ImportProgress &p)
    {
        if (m_out.json())
            return;
        const qint64 now = m_clock.elapsed();
        if (p.scanning) {
            if (m_tty)
                m_out.err() << '\r' << CliTr::tr("Scanning…") << Qt::flush;
            return;
        }
        const bool done = p.filesDone == p.filesTotal;
        if (m_tty) {
            if (now - m_last < 100 && !done)
                return;
            constexpr int Width = 28;
            const int filled = p.filesTotal > 0 ? int(qint64(Width) * p.filesDone / p.filesTotal) : Width;
            const double rate = now > 0 ? p.filesDone * 1000.0 / double(now) : 0;
            QString name = terminalSafe(p.currentFile.section(QLatin1Char('/'), -1));
            if (name.size() > 32)
                name = name.left(29) + QStringLiteral("…");
            const QString line = QStringLiteral("[%1%2] %3/%4 files · %5/%6 · %7 img/s · %8")
                                     .arg(QString(filled, QLatin1Char('#')), QString(Width - filled, QLatin1Char('.')))
                                     .arg(p.filesDone)
                                     .arg(p.filesTotal)
                                     .arg(FileUtil::formatBytes(p.bytesDone), FileUtil::formatBytes(p.bytesTotal))
                                     .arg(rate, 0, 'f', 0)
                                     .arg(name);
            m_out.err() << '\r' << line.leftJustified(m_width) << Qt::flush;
            m_width = std::max<int>(m_width, int(line.size()));
        } else if (now - m_last >= 2000 || (done && !m_printedDone && p.filesTotal > 0)) {
            m_out.err() << CliTr::tr("%1/%2 files, %3 imported, %4 skipped").arg(p.filesDone).arg(p.filesTotal).arg(p.imported).arg(p.skipped)
                        << '\n' << Qt::flush;
            m_printedDone = done;
        } else {
            return;
        }
        m_last = now;
    }

    void finish()
    {
        if (m_tty)
            m_out.err() << '\r' << QString(m_width, QLatin1Char(' ')) << '\r' << Qt::flush;
    }

private:
    Output &m_out;
    bool m_tty;
    QElapsedTimer m_clock;
    qint64 m_last = -100000;
    int m_width = 0;
    bool m_printedDone = false;
};

bool parsePositive(const QCommandLineParser &p, const QString &name, double *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v <= 0) {
        *error = CliTr::tr("--%1 needs a positive number, got “%2”.").arg(name, p.value(name));
        return false;
    }
    *out = v;
    return true;
}

int importCommand(Context &c)
{
    const QString datasetPath = c.options.value(QStringLiteral("dataset"));
    if (datasetPath.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("import needs --dataset WORKSPACE/DATASET.")));
    ImportRequest request;
    double maxMb = 50, maxMp = 100, threads = 0;
    QString error;
    if (!parsePositive(c.options, QStringLiteral("max-file-size"), &maxMb, &error)
        || !parsePositive(c.options, QStringLiteral("max-pixels"), &maxMp, &error)
        || !parsePositive(c.options, QStringLiteral("threads"), &threads, &error))
        return c.fail(makeError(ErrorCode::InvalidArgument, error));
    request.options.maxFileBytes = qint64(maxMb * 1'000'000);
    request.options.image.maxPixels = qint64(maxMp * 1'000'000);
    request.options.threads = int(threads);

    auto dataset = resolveDataset(c, datasetPath, c.options.isSet(QStringLiteral("create")));
    if (!dataset) {
        Error e = dataset.error();
        if (e.code == ErrorCode::NotFound)
            e.message += QLatin1Char(' ') + CliTr::tr("Add --create to create it.");
        return c.fail(e);
    }
    request.dataset = dataset->id;
    for (const QString &p : c.args)
        request.paths << QDir::cleanPath(QDir::current().absoluteFilePath(p));

    ProgressPrinter printer(c.out);
    Importer importer(c.library);
    importer.setProgressCallback([&printer](const ImportProgress &p) { printer.update(p); });
    ImportReport report;
    {
        CancelOnInterrupt interrupt;
        report = importer.run(request, interrupt.flag());
    }
    printer.finish();

    return reportImport(c, *dataset, report);
}

} // namespace

int reportImport(Context &c, const Dataset &dataset, const ImportReport &report, const QJsonObject &extraJson, const QString &lead)
{
    if (c.out.json()) {
        QJsonObject j = report.toJson(true);
        j.insert(QStringLiteral("dataset"), QString(dataset.workspaceName + QLatin1Char('/') + dataset.name));
        for (auto it = extraJson.begin(); it != extraJson.end(); ++it)
            j.insert(it.key(), it.value());
        c.out.printJson(j);
    } else {
        for (const ImportOutcome &o : report.outcomes) {
            if (o.kind == OutcomeKind::Skipped)
                c.out.line(CliTr::tr("skipped    %1 — %2").arg(terminalSafe(QDir::toNativeSeparators(o.input)), o.message));
            else if (o.kind == OutcomeKind::DuplicateInBatch)
                c.out.line(CliTr::tr("duplicate  %1 — same image as %2").arg(terminalSafe(QDir::toNativeSeparators(o.input)), terminalSafe(QDir::toNativeSeparators(o.duplicateOf))));
            if (!o.note.isEmpty())
                c.out.line(CliTr::tr("note       %1 — %2").arg(terminalSafe(QDir::toNativeSeparators(o.input)), o.note));
        }
        for (const QString &n : report.notes)
            c.out.line(n);
        QString summary = CliTr::tr("imported %1 · already in dataset %2 · duplicates %3 · skipped %4 · %5 in %6 s")
                              .arg(report.imported)
                              .arg(report.alreadyInDataset)
                              .arg(report.duplicates)
                              .arg(report.skipped)
                              .arg(FileUtil::formatBytes(report.bytesImported))
                              .arg(report.seconds, 0, 'f', 1);
        if (!lead.isEmpty())
            summary = lead + QStringLiteral(" · ") + summary; // one more figure of the same list
        if (report.canceled)
            summary = CliTr::tr("%1 (canceled)").arg(summary);
        c.out.line(CliTr::tr("%1/%2: %3").arg(dataset.workspaceName, dataset.name, summary));
    }
    if (report.failure) {
        c.out.err() << "loracraft-cli: " << terminalSafe(report.failure->message) << '\n' << Qt::flush;
        return report.failure->isUserError() ? ExitUserError : ExitInternalError;
    }
    if (report.foundNothing() && !report.canceled) {
        // Nothing imported, nothing skipped: not a success to report silently (an archive of hidden files,
        // a folder of OS junk, a search without results).
        c.out.err() << "loracraft-cli: " << CliTr::tr("Nothing was imported: the inputs hold no images (%1 hidden or system file(s) ignored).").arg(report.ignored)
                    << '\n' << Qt::flush;
        return ExitIncomplete;
    }
    return report.complete() ? ExitOk : ExitIncomplete;
}

QList<Verb> importVerbs()
{
    const QList<QCommandLineOption> options{
        QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("Target dataset."), QStringLiteral("WORKSPACE/DATASET")),
        QCommandLineOption(QStringLiteral("create"), CliTr::tr("Create the dataset (and workspace) if missing.")),
        QCommandLineOption(QStringLiteral("max-file-size"), CliTr::tr("Skip files larger than MB megabytes (default 50)."), QStringLiteral("MB")),
        QCommandLineOption(QStringLiteral("max-pixels"), CliTr::tr("Skip images over MP megapixels (default 100)."), QStringLiteral("MP")),
        QCommandLineOption(QStringLiteral("threads"), CliTr::tr("Worker threads (default: one per core)."), QStringLiteral("N")),
    };
    Verb v{QStringLiteral("import"), {}, QStringLiteral("PATH..."), CliTr::tr("Import images, folders and ZIPs into a dataset."),
        CliTr::tr("Import image files, folders (recursively) and ZIP archives into a dataset. Formats are detected by "
           "content (JPEG, PNG, WebP, GIF, BMP, TIFF); stem.txt / stem.caption files beside an image become its "
           "caption; kohya folders named N_trigger class set repeats. Every input ends as imported, already in "
           "the dataset, a duplicate of another input, or skipped with a reason. Ctrl+C cancels; what was "
           "imported stays. Exit code 0 when everything was imported or already present, 3 when some inputs "
           "were skipped."),
        options, 1, 1 << 30, Library::OpenMode::MustExist, importCommand, QStringLiteral("create")};
    return {v};
}

} // namespace lc::cli
