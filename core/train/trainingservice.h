#pragma once

#include "catalog/tasks.h"
#include "export/exporttypes.h"
#include "train/traininginputs.h"
#include "train/trainingrun.h"
#include "util/ids.h"
#include "util/result.h"

#include <QFuture>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

class QThreadPool;

#include <atomic>
#include <memory>
#include <optional>

namespace lc {
class Library;
namespace async {
class FutureSynchronizer;
}
namespace net {
class HttpClient;
}
} // namespace lc

namespace lc::train {

// What the Train dialog shows of a dataset before anything is uploaded: the export's pre-flight for the
// trainer's layout, the images and our suggested inputs.
struct TrainingDraft
{
    QString trainer;              // preset key
    int images = 0;               // what the export would send
    int captioned = 0;
    QJsonObject suggested;        // suggestedInputs()
    QList<PreflightIssue> issues; // the export's pre-flight
    qint64 estimatedBytes = 0;    // the ZIP, from the sizes of the stored images (an upper bound when they are resized)

    bool blocked() const;         // an Error issue, or no images
};

// What Replicate says about a trainer and the account the token belongs to.
struct TrainerDetails
{
    QString trainer;  // preset key
    QString username; // the token's account: the default owner of a destination
    QString version;  // the trainer's latest version, which a training started now would use
    std::optional<TrainingInputSchema> schema; // none when the version publishes none
};

// A destination model as Replicate knows it.
struct DestinationDetails
{
    QString path;          // owner/name
    bool exists = false;   // false: it will be created (private) when the training starts, if asked to
    QString latestVersion; // empty: no version yet
};

struct TrainingRecord
{
    TaskRecord task;
    TrainingState state;
    QList<QImage> sampleThumbnails; // of state.samples, in order (null for a failed or unreadable one)
};

// What the window asks about trainings, off the GUI thread: the draft of a training for the Train
// dialog, the trainer's inputs and the destination from Replicate, the history of a dataset, and asking
// Replicate to cancel or for news of one. Replicate calls go through one HttpClient of its own; the
// destructor stops them (within ~100 ms) and waits.
class TrainingService final
{
public:
    explicit TrainingService(const Library &library);
    ~TrainingService();
    TrainingService(const TrainingService &) = delete;
    TrainingService &operator=(const TrainingService &) = delete;

    QFuture<Result<TrainingDraft>> draft(DatasetId dataset, const QString &trainer) const;
    QFuture<Result<TrainerDetails>> trainer(const QString &trainer, const QString &token) const;
    QFuture<Result<DestinationDetails>> destination(const QString &path, const QString &token) const;
    QFuture<Result<QList<TrainingRecord>>> history(DatasetId dataset) const;
    QFuture<Result<TrainingUpdate>> refresh(TaskId task, const QString &token) const;
    QFuture<Result<TrainingUpdate>> cancelTraining(TaskId task, const QString &token) const;

    // The destination a dataset's training goes to by default: OWNER/<dataset name as a model name>.
    static QString defaultDestination(const QString &owner, const QString &datasetName);
    // A time estimate where the trainer's page states one (Flux: ~20 min for 1000 steps on an H100);
    // empty otherwise.
    static QString estimate(const QString &trainer, const QJsonObject &inputs);

private:
    template <typename F>
    auto remote(F &&f) const; // a Replicate call, on m_pool
    template <typename F>
    auto local(F &&f) const;  // a catalog read, on the library's reads pool

    const Library &m_library;
    std::unique_ptr<net::HttpClient> m_http;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<async::FutureSynchronizer> m_futures;
    std::unique_ptr<QThreadPool> m_pool;
    struct SampleCache; // "Try it" thumbnails by path (their files never change): decoded once
    std::shared_ptr<SampleCache> m_samples;
};

} // namespace lc::train
