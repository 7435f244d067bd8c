#include "exportjob.h"

#include "export/exporter.h"
#include "library/library.h"

#include <QDir>

namespace lc {

ExportJob::ExportJob(const Library &library, ExportPlan plan, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_plan(std::move(plan))
{
    qRegisterMetaType<lc::ExportReport>();
    qRegisterMetaType<lc::ExportProgress>();
}

ExportJob::~ExportJob()
{
    cancelFlag()->store(true);
    waitForFinished();
}

QString ExportJob::title() const
{
    return tr("Export of %1 for %2").arg(m_plan.dataset.name, exportFormatKey(m_plan.options.format));
}

std::function<void()> ExportJob::work(const WorkerContext &context)
{
    Exporter exporter(m_library);
    exporter.setProgressCallback([this, context](const ExportProgress &p) {
        JobProgress progress;
        progress.done = p.step;
        progress.total = p.steps;
        progress.step = p.stage == ExportProgress::Stage::Archive ? tr("Writing the archive") : tr("Preparing images");
        progress.current = p.current;
        context.progress(progress);
        post([this, p] { Q_EMIT exportProgressChanged(p); });
    });
    const ExportReport report = exporter.run(m_plan, context.cancelFlag());
    return [this, report] {
        m_report = report;
        setTask(report.task);
        Q_EMIT exportFinished(report);
        if (report.canceled)
            finish(State::Canceled, tr("Canceled; nothing was written."));
        else if (report.failure)
            finish(State::Failed, tr("Failed; nothing was written."), report.failure->message);
        else
            finish(State::Completed,
                tr("%n image(s) · %1", nullptr, report.images).arg(QDir::toNativeSeparators(report.outputPath)));
    };
}

} // namespace lc
