#pragma once

#include "catalog/tasks.h"
#include "export/exporttypes.h"
#include "replicate/replicateclient.h"
#include "util/ids.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lc {
class Library;
namespace net {
class HttpClient;
}
} // namespace lc

namespace lc::train {

// A trainer on Replicate and how LoRA Craft feeds it (docs/replicate-api.md §9).
struct TrainerPreset
{
    QString key;        // "flux", "sdxl": --trainer
    QString label;
    QString model;      // the trainer on Replicate, owner/name (its version is resolved at run time)
    ExportFormat format; // the export layout the trainer reads
    QString stepsInput; // the input that sets the number of steps ("steps", "max_train_steps")

    static const QList<TrainerPreset> &all();
    static const TrainerPreset *find(const QString &key);
};

// Our values for a dataset: the trigger word, steps sized to the number of images, the resolution from
// the dataset's target, Flux's autocaption off when every image has a caption, SDXL's token_string and
// caption_prefix consistent with the trigger. The user's inputs go over these.
QJsonObject suggestedInputs(const TrainerPreset &trainer, const Dataset &dataset, int images, bool everyImageCaptioned);

struct TrainingRequest
{
    DatasetId dataset;
    QString trainer = QStringLiteral("flux"); // a TrainerPreset key
    QString destination;                      // owner/name of the model the training adds a version to
    bool createDestination = false;           // create it (private) when it does not exist
    QJsonObject inputs;                       // over suggestedInputs()
};

// Where a training is, as its task row keeps it (the report column): enough to show it in the history
// and to continue it after a quit, a crash or a kill.
// An image the trained version made for a prompt ("Try it"), kept in the library's trials folder.
struct TrainingSample
{
    QString prompt;
    QString path;  // empty when the prediction failed
    QString error;
};

struct TrainingState
{
    enum class Stage { Export, Upload, Create, Train, Done };
    Stage stage = Stage::Export;
    QString trainer;        // preset key
    QString trainerModel;   // owner/name
    QString trainerVersion;
    QString destination;
    QJsonObject inputs;     // as sent (input_images included once uploaded)
    int steps = 0;          // the steps asked for: the progress parser trusts only bars with this total
    QString exportPath;     // the ZIP sent
    QString exportSha256;
    qint64 exportBytes = 0;
    QString fileId;         // Files API
    QString fileUrl;
    QString createSentAt;   // ISO time just before the create was sent: finds the training if its answer was lost
    QString trainingId;
    QString status;         // Replicate's: starting, processing, succeeded, failed, canceled, aborted
    QString error;
    QStringList lastLogLines;
    int percent = -1;       // from the trainer's log; -1: not known
    QString newVersion;     // owner/name:version on success
    QString weightsUrl;
    double predictSeconds = -1;
    double totalSeconds = -1;
    QString weightsPath;    // where train download put lora.safetensors, and its SHA-256
    QString weightsSha256;
    QList<TrainingSample> samples; // "Try it", newest last

    bool finished() const { return stage == Stage::Done; }
    bool succeeded() const { return status == QLatin1String("succeeded"); }
    QJsonObject toJson() const;
    static TrainingState fromJson(const QJsonObject &o);
};

struct TrainingUpdate
{
    TaskId task;
    TrainingState state;
    QString step; // "Exporting", "Uploading", "Training 45 % (450/1000)"...
};

// A training on Replicate, from a dataset to a new version of the destination model: export (the
// trainer's Replicate layout, as a ZIP of at most 100 MB) → upload (Files API) → create the training
// (its id is recorded before anything else can fail; a lost answer is found again in GET /trainings) →
// poll with backoff until it ends. Each stage is recorded in the task's row ("training"), which is not a
// local kind: a training left running by a quit or a crash is continued by resume(), and one still
// running on Replicate keeps being polled. Blocks the calling thread; observes cancel (which stops
// waiting; cancelTraining() stops the training itself).
class TrainingRun final
{
public:
    TrainingRun(const Library &library, net::HttpClient &http, QString token);

    using UpdateFn = std::function<void(const TrainingUpdate &)>;
    void setUpdateCallback(UpdateFn fn) { m_update = std::move(fn); }
    void setPollInterval(int firstMs, int maxMs); // default 2 s growing to 30 s
    static constexpr qint64 MaxUploadBytes = 100LL * 1024 * 1024;

    // Starts a training; with wait, follows it to its end. The task is created at once (its id in the
    // update callback); the returned state is where it got to.
    Result<TrainingUpdate> start(const TrainingRequest &request, bool wait, const std::atomic<bool> &cancel);
    // Continues an unfinished training task from its recorded stage.
    Result<TrainingUpdate> resume(TaskId task, bool wait, const std::atomic<bool> &cancel);
    // Asks Replicate to cancel the task's training and records how it ended.
    Result<TrainingUpdate> cancelTraining(TaskId task);
    // Asks Replicate once where the task's training is and records it (train status).
    Result<TrainingUpdate> refresh(TaskId task);
    // Downloads a succeeded training's trained_model.tar (streamed to a temporary file in outDir) and
    // extracts lora.safetensors (and SDXL's embeddings) into outDir, all or nothing; records where and
    // the SHA-256 in the task. progress(stage, done, total): "download" then "extract", in bytes.
    using DownloadProgressFn = std::function<void(const QString &stage, qint64 done, qint64 total)>;
    Result<TrainingUpdate> downloadWeights(TaskId task, const QString &outDir, const DownloadProgressFn &progress,
        const std::atomic<bool> &cancel);

    // "Try it": one prediction of the succeeded training's new version per prompt, each image saved at
    // once under the library's trials/ folder (Replicate deletes API outputs after an hour) and recorded
    // in the task. A prompt whose prediction fails is recorded with its error; the others go on.
    // progress(done, total) after each prompt.
    Result<TrainingUpdate> tryIt(TaskId task, const QStringList &prompts, const std::function<void(int, int)> &progress,
        const std::atomic<bool> &cancel);
    // Prompts that use the trigger word, for "Try it".
    static QStringList samplePrompts(const TrainingState &state);

    // The training tasks of a dataset (all datasets when invalid), newest first.
    static Result<QList<std::pair<TaskRecord, TrainingState>>> history(const Library &library, DatasetId dataset = {});
    // The task of a Replicate training id, or of a task id given as a number.
    static Result<TaskRecord> findTask(const Library &library, const QString &trainingOrTaskId);

private:
    Result<TrainingUpdate> continueFrom(TaskId task, TrainingState state, bool wait, const std::atomic<bool> &cancel);
    Result<void> save(TaskId task, const TrainingState &state, const QString &step);
    Result<void> finishTask(TaskId task, const TrainingState &state);
    void apply(TrainingState &state, const replicate::Training &training) const;
    void notify(TaskId task, const TrainingState &state, const QString &step);

    const Library &m_library;
    net::HttpClient &m_http;
    replicate::Client m_client;
    QString m_token; // for Replicate's own hosts when a download asks for it
    UpdateFn m_update;
    int m_firstPollMs = 2000;
    int m_maxPollMs = 30'000;
};

} // namespace lc::train

template <>
struct lc::EnumKeys<lc::train::TrainingState::Stage>
{
    using E = lc::train::TrainingState::Stage;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::Export, u"export"},
        {E::Upload, u"upload"},
        {E::Create, u"create"},
        {E::Train, u"train"},
        {E::Done, u"done"},
    });
};
