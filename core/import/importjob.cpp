#include "importjob.h"

#include "import/importer.h"
#include "library/library.h"
#include "net/httpclient.h"

#include <QCoreApplication>

namespace lc {

ImportJob::ImportJob(const Library &library, ImportRequest request, QString datasetName, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_request(std::move(request))
    , m_datasetName(std::move(datasetName))
{
    qRegisterMetaType<lc::ImportProgress>();
    qRegisterMetaType<lc::ImportReport>();
}

ImportJob::ImportJob(const Library &library, search::WebImportRequest request, QString datasetName, QObject *parent)
    : ImportJob(library, ImportRequest{}, std::move(datasetName), parent)
{
    m_request.dataset = request.dataset;
    m_request.options = request.options;
    m_request.resumable = false;
    m_web = std::move(request);
    m_http = std::make_unique<net::HttpClient>();
}

ImportJob::~ImportJob()
{
    // Stop the work before the members it uses go (the base class would wait only after them).
    cancelFlag()->store(true);
    waitForFinished();
}

QString ImportJob::title() const
{
    if (m_web)
        return m_datasetName.isEmpty() ? tr("Download images") : tr("Download into %1").arg(m_datasetName);
    return m_datasetName.isEmpty() ? tr("Import") : tr("Import into %1").arg(m_datasetName);
}

std::function<void()> ImportJob::work(const WorkerContext &context)
{
    if (m_web)
        return download(context);
    Importer importer(m_library);
    importer.setProgressCallback([this, context](const ImportProgress &p) {
        JobProgress progress;
        progress.done = p.filesDone;
        progress.total = p.scanning ? 0 : p.filesTotal;
        progress.step = p.scanning ? tr("Scanning") : tr("Importing");
        progress.current = p.currentFile.section(QLatin1Char('/'), -1);
        context.progress(progress);
        post([this, p] {
            m_progress = p;
            Q_EMIT importProgressChanged(p);
        });
    });
    importer.setCommittedCallback([this](const QList<ItemId> &items) { post([this, items] { Q_EMIT itemsCommitted(items); }); });
    return finisher(importer.run(m_request, context.cancelFlag()));
}

std::function<void()> ImportJob::download(const WorkerContext &context)
{
    search::WebImporter importer(m_library, *m_http);
    importer.setProgressCallback([this, context](const search::WebImportProgress &p) {
        JobProgress progress;
        if (p.importing) {
            progress.done = p.import.filesDone;
            progress.total = p.import.scanning ? 0 : p.import.filesTotal;
            progress.step = tr("Importing");
            progress.current = p.import.currentFile.section(QLatin1Char('/'), -1);
        } else {
            progress.done = p.downloaded;
            progress.total = p.total;
            progress.step = p.failed > 0 ? tr("Downloading (%n failed)", nullptr, p.failed) : tr("Downloading");
            progress.current = p.current;
        }
        context.progress(progress);
        if (p.importing)
            post([this, imported = p.import] {
                m_progress = imported;
                Q_EMIT importProgressChanged(imported);
            });
    });
    importer.setCommittedCallback([this](const QList<ItemId> &items) { post([this, items] { Q_EMIT itemsCommitted(items); }); });
    return finisher(importer.run(*m_web, context.cancelFlag()));
}

std::function<void()> ImportJob::finisher(const ImportReport &report)
{
    return [this, report] {
        m_report = report;
        setTask(report.task);
        Q_EMIT importFinished(report);
        const QString summary = report.summary();
        if (report.canceled)
            finish(State::Canceled, summary);
        else if (report.failure)
            finish(State::Failed, summary, report.failure->message);
        else
            finish(State::Completed, summary);
    };
}

} // namespace lc
