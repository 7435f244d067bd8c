#pragma once

#include "catalog/types.h"
#include "crop/autocrop.h"
#include "jobs/job.h"

namespace lc {
class Library;
}

namespace lc::crop {

// The "Auto-Crop" job: proposes a crop for each image (proposeCrops, on every core) and writes nothing;
// the window shows the proposals to accept or reject, then applies them as one undo step.
class AutoCropJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoCropJob)

public:
    AutoCropJob(const Library &library, Dataset dataset, AutoCropOptions options, QObject *parent = nullptr);
    ~AutoCropJob() override;

    QString kind() const override { return QStringLiteral("autocrop"); }
    QString title() const override;
    DatasetId dataset() const { return m_dataset.id; }
    // Valid once completed.
    const AutoCropReport &report() const { return m_report; }

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    Dataset m_dataset;
    AutoCropOptions m_options;
    AutoCropReport m_report;
};

} // namespace lc::crop
