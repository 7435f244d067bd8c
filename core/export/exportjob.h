#pragma once

#include "export/exporttypes.h"
#include "jobs/job.h"

namespace lc {

class Library;

// An export as a job (see Job): Exporter::run on a worker thread; per-image progress and the report
// arrive as signals on the job's thread; cancel() is prompt and leaves no partial output.
class ExportJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    ExportJob(const Library &library, ExportPlan plan, QObject *parent = nullptr);
    ~ExportJob() override;

    QString kind() const override { return QStringLiteral("export"); }
    QString title() const override;
    const ExportPlan &plan() const { return m_plan; }
    // Valid after finished().
    const ExportReport &report() const { return m_report; }

Q_SIGNALS:
    // Once per image, with the stage (images / archive / done) and the image counts.
    void exportProgressChanged(const lc::ExportProgress &progress);
    void exportFinished(const lc::ExportReport &report); // just before finished()

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    ExportPlan m_plan;
    ExportReport m_report;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::ExportReport)
Q_DECLARE_METATYPE(lc::ExportProgress)
