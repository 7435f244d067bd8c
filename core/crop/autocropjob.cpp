#include "crop/autocropjob.h"

#include <QCoreApplication>

namespace lc::crop {

namespace {
struct CropTr
{
    Q_DECLARE_TR_FUNCTIONS(CropTr)
};
} // namespace

AutoCropJob::AutoCropJob(const Library &library, Dataset dataset, AutoCropOptions options, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_dataset(std::move(dataset))
    , m_options(std::move(options))
{
}

AutoCropJob::~AutoCropJob()
{
    cancelFlag()->store(true);
    waitForFinished();
}

QString AutoCropJob::title() const
{
    return CropTr::tr("Auto-crop of %1/%2").arg(m_dataset.workspaceName, m_dataset.name);
}

std::function<void()> AutoCropJob::work(const WorkerContext &context)
{
    AutoCropOptions options = m_options;
    options.cancel = &context.cancelFlag();
    options.progress = [context](int done, int total) {
        JobProgress p;
        p.done = done;
        p.total = total;
        p.step = CropTr::tr("Finding subjects");
        context.progress(p);
    };
    auto result = proposeCrops(m_library, m_dataset.id, options);
    return [this, result] {
        if (!result) {
            if (result.error().code == ErrorCode::Canceled)
                finish(State::Canceled, CropTr::tr("Canceled; nothing was cropped."));
            else
                finish(State::Failed, CropTr::tr("Failed"), result.error().message);
            return;
        }
        m_report = *result;
        QString summary = CropTr::tr("%1 of %2 crop(s) proposed").arg(m_report.changes()).arg(m_report.proposals.size());
        if (m_report.unreadable() > 0)
            summary += QStringLiteral(" · ") + CropTr::tr("%n unreadable image(s)", nullptr, m_report.unreadable());
        finish(State::Completed, summary);
    };
}

} // namespace lc::crop
