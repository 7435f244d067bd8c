#include "analyzejob.h"

#include "util/tr.h"

namespace lc::curation {

AnalyzeJob::AnalyzeJob(const Library &library, Dataset dataset, QualityThresholds thresholds, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_dataset(std::move(dataset))
    , m_thresholds(thresholds)
{
}

AnalyzeJob::~AnalyzeJob()
{
    cancelFlag()->store(true);
    waitForFinished();
}

QString AnalyzeJob::title() const
{
    return CurationTr::tr("Quality check of %1/%2").arg(m_dataset.workspaceName, m_dataset.name);
}

std::function<void()> AnalyzeJob::work(const WorkerContext &context)
{
    QualityOptions options;
    options.thresholds = m_thresholds;
    options.keepItems = false;
    options.cancel = &context.cancelFlag();
    options.progress = [context](int done, int total) {
        JobProgress p;
        p.done = done;
        p.total = total;
        p.step = CurationTr::tr("Measuring images");
        context.progress(p);
    };
    auto result = analyzeQuality(m_library, m_dataset.id, options);
    return [this, result] {
        if (!result) {
            if (result.error().code == ErrorCode::Canceled)
                finish(State::Canceled, CurationTr::tr("Canceled; the images measured so far are not kept."));
            else
                finish(State::Failed, CurationTr::tr("Failed"), result.error().message);
            return;
        }
        m_report = *result;
        QString summary = CurationTr::tr("%n image(s) measured", nullptr, m_report.measuredNow);
        summary += QStringLiteral(" · ") + CurationTr::tr("%1 of %2 flagged").arg(m_report.flaggedCount).arg(m_report.itemCount);
        if (m_report.unreadable > 0)
            summary += QStringLiteral(" · ") + CurationTr::tr("%n unreadable thumbnail(s)", nullptr, m_report.unreadable);
        finish(State::Completed, summary);
    };
}

} // namespace lc::curation
