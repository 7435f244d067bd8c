#pragma once

#include "catalog/types.h"
#include "curation/qualityreport.h"
#include "jobs/job.h"

namespace lc {
class Library;
}

namespace lc::curation {

// The "Analyze" job: measures the images of a dataset stored before quality measurements existed (from
// their thumbnails, on every core; kept in the catalog), then counts the dataset's quality flags.
class AnalyzeJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyzeJob)

public:
    AnalyzeJob(const Library &library, Dataset dataset, QualityThresholds thresholds, QObject *parent = nullptr);
    ~AnalyzeJob() override;

    QString kind() const override { return QStringLiteral("analyze"); }
    QString title() const override;
    DatasetId dataset() const { return m_dataset.id; }
    // Valid once finished (counts only: no per-item list).
    const QualityReport &report() const { return m_report; }

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    Dataset m_dataset;
    QualityThresholds m_thresholds;
    QualityReport m_report;
};

} // namespace lc::curation
