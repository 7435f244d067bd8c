#include "importjob.h"

#include "import/importer.h"
#include "library/library.h"

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

ImportJob::~ImportJob()
{
    // Stop the work before the members it uses go (the base class would wait only after them).
    cancelFlag()->store(true);
    waitForFinished();
}

QString ImportJob::title() const
{
    return m_datasetName.isEmpty() ? tr("Import") : tr("Import into %1").arg(m_datasetName);
}

std::function<void()> ImportJob::work(const WorkerContext &context)
{
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
    const ImportReport report = importer.run(m_request, context.cancelFlag());
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
