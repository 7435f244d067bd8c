#include "train/trainingjob.h"

#include "jobs/jobmanager.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "util/tr.h"

#include <QDir>
#include <QPointer>

namespace lc::train {

TrainingJob::TrainingJob(const Library &library, TaskId task, QString token, QString title, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_followed(task)
    , m_token(std::move(token))
    , m_title(std::move(title))
    , m_http(std::make_unique<net::HttpClient>())
{
    setTask(task);
}

TrainingJob::TrainingJob(const Library &library, TrainingRequest request, QString token, QString title, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_request(std::move(request))
    , m_token(std::move(token))
    , m_title(std::move(title))
    , m_http(std::make_unique<net::HttpClient>())
{
}

void TrainingJob::followLeftRunning(JobManager &jobs)
{
    QPointer<JobManager> manager(&jobs);
    SecretStore().lookupReplicateTokenAsync(&jobs, [manager](const Secret &secret) {
        if (!manager || secret.isEmpty())
            return;
        const Library *library = &manager->library();
        manager->registerResumable(QStringLiteral("training"), [library, token = secret.value](const TaskRecord &task) -> std::unique_ptr<Job> {
            return std::make_unique<TrainingJob>(*library, task.id, token, task.message);
        });
    });
}

TrainingJob::~TrainingJob()
{
    // Stop the work before the members it uses go (the base class would wait only after them).
    cancelFlag()->store(true);
    waitForFinished();
}

std::function<void()> TrainingJob::work(const WorkerContext &context)
{
    TrainingRun run(m_library, *m_http, m_token);
    run.setUpdateCallback([this, &context](const TrainingUpdate &u) {
        if (u.task.isValid())
            post([this, task = u.task] { setTask(task); }); // the task row a started training got
        JobProgress p;
        p.done = std::max(0, u.state.percent);
        p.total = u.state.percent >= 0 ? 100 : 0;
        p.step = u.step;
        p.current = u.state.trainingId;
        context.progress(p);
    });
    if (const int ms = qEnvironmentVariableIntValue("LORACRAFT_TRAINING_POLL_MS"); ms > 0)
        run.setPollInterval(ms, ms);
    Result<TrainingUpdate> result = m_request ? run.start(*m_request, true, context.cancelFlag())
                                              : run.resume(m_followed, true, context.cancelFlag());
    return [this, result = std::move(result)]() {
        if (!result) {
            const bool canceled = result.error().code == ErrorCode::Canceled;
            const QString summary = !m_request ? TrainTr::tr("Stopped following the training")
                : canceled                     ? TrainTr::tr("Canceled before the training started")
                                               : TrainTr::tr("The training was not started");
            finish(canceled ? State::Canceled : State::Failed, summary, result.error().message);
            return;
        }
        m_state = result->state;
        if (!m_state.finished()) {
            finish(State::Canceled, TrainTr::tr("Stopped following; the training goes on on Replicate"));
        } else if (m_state.succeeded()) {
            finish(State::Completed, TrainTr::tr("Trained %1").arg(m_state.newVersion));
        } else {
            finish(m_state.status == QLatin1String("canceled") ? State::Canceled : State::Failed, result->step,
                m_state.error.isEmpty() ? result->step : m_state.error);
        }
    };
}

WeightsDownloadJob::WeightsDownloadJob(const Library &library, TaskId training, QString outDir, QString token, QString title,
    QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_training(training)
    , m_outDir(std::move(outDir))
    , m_token(std::move(token))
    , m_title(std::move(title))
    , m_http(std::make_unique<net::HttpClient>())
{
}

WeightsDownloadJob::~WeightsDownloadJob()
{
    cancelFlag()->store(true);
    waitForFinished();
}

std::function<void()> WeightsDownloadJob::work(const WorkerContext &context)
{
    TrainingRun run(m_library, *m_http, m_token);
    auto result = run.downloadWeights(m_training, m_outDir,
        [&context](const QString &stage, qint64 done, qint64 total) {
            JobProgress p;
            p.done = done;
            p.total = total;
            p.step = stage == QLatin1String("extract") ? TrainTr::tr("Extracting the LoRA") : TrainTr::tr("Downloading the weights");
            context.progress(p);
        },
        context.cancelFlag());
    return [this, result = std::move(result)]() {
        if (!result) {
            const bool canceled = result.error().code == ErrorCode::Canceled;
            finish(canceled ? State::Canceled : State::Failed,
                canceled ? TrainTr::tr("Download canceled; nothing was kept") : TrainTr::tr("The weights were not downloaded"),
                result.error().message);
            return;
        }
        m_state = result->state;
        finish(State::Completed, TrainTr::tr("Saved %1").arg(QDir::toNativeSeparators(m_state.weightsPath)));
    };
}

TryItJob::TryItJob(const Library &library, TaskId training, QStringList prompts, QString token, QString title, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_training(training)
    , m_prompts(std::move(prompts))
    , m_token(std::move(token))
    , m_title(std::move(title))
    , m_http(std::make_unique<net::HttpClient>())
{
}

TryItJob::~TryItJob()
{
    cancelFlag()->store(true);
    waitForFinished();
}

std::function<void()> TryItJob::work(const WorkerContext &context)
{
    TrainingRun run(m_library, *m_http, m_token);
    if (const int ms = qEnvironmentVariableIntValue("LORACRAFT_TRAINING_POLL_MS"); ms > 0)
        run.setPollInterval(ms, ms);
    JobProgress start;
    start.total = m_prompts.size();
    start.step = TrainTr::tr("Making images with the new LoRA");
    context.progress(start);
    auto result = run.tryIt(m_training, m_prompts,
        [&context](int done, int total) {
            JobProgress p;
            p.done = done;
            p.total = total;
            p.step = TrainTr::tr("Making images with the new LoRA");
            context.progress(p);
        },
        context.cancelFlag());
    return [this, result = std::move(result)]() {
        if (!result) {
            const bool canceled = result.error().code == ErrorCode::Canceled;
            finish(canceled ? State::Canceled : State::Failed, canceled ? TrainTr::tr("Canceled") : TrainTr::tr("No image was made"),
                result.error().message);
            return;
        }
        const bool anyFailed = std::any_of(result->state.samples.end() - std::min<qsizetype>(m_prompts.size(), result->state.samples.size()),
            result->state.samples.end(), [](const TrainingSample &s) { return s.path.isEmpty(); });
        finish(anyFailed ? State::Failed : State::Completed, result->step, anyFailed ? result->step : QString());
    };
}

} // namespace lc::train
