#include "train/trainingservice.h"

#include "async/async.h"
#include "catalog/datasets.h"
#include "export/exportplanner.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "util/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMutex>
#include <QRegularExpression>
#include <QThreadPool>

#include <cmath>

namespace lc::train {

bool TrainingDraft::blocked() const
{
    if (images == 0)
        return true;
    return std::any_of(issues.begin(), issues.end(),
        [](const PreflightIssue &i) { return i.severity == PreflightIssue::Severity::Error; });
}

struct TrainingService::SampleCache
{
    QMutex mutex;
    QHash<QString, QImage> images;
};

TrainingService::TrainingService(const Library &library)
    : m_library(library)
    , m_http(std::make_unique<net::HttpClient>())
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_futures(std::make_unique<async::FutureSynchronizer>())
    , m_pool(std::make_unique<QThreadPool>())
    , m_samples(std::make_shared<SampleCache>())
{
    // Replicate can take seconds to answer: its calls get threads of their own, never the library's
    // reads, which the grid and the editor wait on.
    m_pool->setMaxThreadCount(4);
    m_pool->setObjectName(QStringLiteral("replicate"));
}

TrainingService::~TrainingService()
{
    // Replicate calls still running use m_http: stop them (each observes the flag within 100 ms) and
    // wait, before the client goes.
    m_cancel->store(true);
    m_futures->cancelAndWait();
    m_pool->waitForDone();
}

template <typename F>
auto TrainingService::remote(F &&f) const
{
    auto future = async::run(m_pool.get(), std::forward<F>(f));
    m_futures->add(future);
    return future;
}

template <typename F>
auto TrainingService::local(F &&f) const
{
    auto future = async::run(m_library.pools().reads(), std::forward<F>(f));
    m_futures->add(future);
    return future;
}

QFuture<Result<TrainingDraft>> TrainingService::draft(DatasetId dataset, const QString &trainerKey) const
{
    return local([&library = m_library, dataset, trainerKey]() -> Result<TrainingDraft> {
        const TrainerPreset *trainer = TrainerPreset::find(trainerKey);
        if (!trainer)
            return Error(ErrorCode::InvalidArgument, TrainTr::tr("“%1” is not a trainer.").arg(trainerKey));
        auto d = Datasets(library.catalog()).get(dataset);
        if (!d)
            return d.error();
        ExportOptions options;
        options.format = trainer->format;
        // Planned against a name that is never written: the pre-flight looks at the dataset, not the path.
        options.outputPath = QDir(library.root()).filePath(QStringLiteral("uploads/draft.zip"));
        options.quality = curation::storedQualityThresholds(); // the warnings the window shows (Settings → Quality)
        auto plan = planExport(library, dataset, options);
        if (!plan)
            return plan.error();
        TrainingDraft draft;
        draft.trainer = trainer->key;
        draft.images = int(plan->entries.size());
        for (const ExportEntry &e : std::as_const(plan->entries)) {
            if (!e.caption.trimmed().isEmpty())
                ++draft.captioned;
            draft.estimatedBytes += QFileInfo(e.sourcePath).size();
        }
        draft.issues = plan->issues;
        draft.suggested = suggestedInputs(*trainer, *d, draft.images, draft.images > 0 && draft.captioned == draft.images);
        return draft;
    });
}

QFuture<Result<TrainerDetails>> TrainingService::trainer(const QString &trainerKey, const QString &token) const
{
    return remote([http = m_http.get(), cancel = m_cancel, trainerKey, token]() -> Result<TrainerDetails> {
        const TrainerPreset *trainer = TrainerPreset::find(trainerKey);
        if (!trainer)
            return Error(ErrorCode::InvalidArgument, TrainTr::tr("“%1” is not a trainer.").arg(trainerKey));
        if (token.isEmpty())
            return Error(ErrorCode::Authentication,
                TrainTr::tr("No Replicate token: add one in Settings → Replicate (or set REPLICATE_API_TOKEN)."));
        replicate::Client client(*http, token);
        auto account = client.account(cancel.get());
        if (!account)
            return account.error();
        const auto ref = replicate::ModelRef::parse(trainer->model);
        auto model = client.model(ref->owner, ref->name, cancel.get());
        if (!model)
            return model.error();
        if (model->latestVersion.isEmpty())
            return Error(ErrorCode::Server, TrainTr::tr("Replicate lists no version of the trainer %1.").arg(trainer->model));
        TrainerDetails details;
        details.trainer = trainer->key;
        details.username = account->username;
        details.version = model->latestVersion;
        if (auto schema = TrainingInputSchema::fromOpenApi(model->latestVersionSchema))
            details.schema = *schema;
        return details;
    });
}

QFuture<Result<DestinationDetails>> TrainingService::destination(const QString &path, const QString &token) const
{
    return remote([http = m_http.get(), cancel = m_cancel, path, token]() -> Result<DestinationDetails> {
        auto ref = replicate::ModelRef::parse(path);
        if (!ref)
            return ref.error();
        if (!ref->version.isEmpty())
            return Error(ErrorCode::InvalidArgument, TrainTr::tr("The destination is a model (owner/name), not a version."));
        DestinationDetails details;
        details.path = ref->path();
        auto model = replicate::Client(*http, token).model(ref->owner, ref->name, cancel.get());
        if (!model) {
            if (model.error().code != ErrorCode::NotFound)
                return model.error();
            return details;
        }
        details.exists = true;
        details.latestVersion = model->latestVersion;
        return details;
    });
}

QFuture<Result<QList<TrainingRecord>>> TrainingService::history(DatasetId dataset) const
{
    return local([&library = m_library, dataset, cache = m_samples]() -> Result<QList<TrainingRecord>> {
        auto all = TrainingRun::history(library, dataset);
        if (!all)
            return all.error();
        QList<TrainingRecord> out;
        out.reserve(all->size());
        for (auto &[task, state] : *all) {
            TrainingRecord record{task, state, {}};
            // "Try it" images, small enough for the history's details; each decoded once (the dialog
            // reloads while a training runs).
            for (const TrainingSample &sample : std::as_const(state.samples)) {
                QImage thumbnail;
                {
                    QMutexLocker lock(&cache->mutex);
                    thumbnail = cache->images.value(sample.path);
                }
                if (thumbnail.isNull() && !sample.path.isEmpty()) {
                    QImageReader reader(sample.path);
                    reader.setAutoTransform(true);
                    const QSize size = reader.size();
                    if (size.isValid())
                        reader.setScaledSize(size.scaled(240, 240, Qt::KeepAspectRatio));
                    thumbnail = reader.read();
                    QMutexLocker lock(&cache->mutex);
                    cache->images.insert(sample.path, thumbnail);
                }
                record.sampleThumbnails.append(thumbnail);
            }
            out.append(record);
        }
        return out;
    });
}

QFuture<Result<TrainingUpdate>> TrainingService::refresh(TaskId task, const QString &token) const
{
    return remote([&library = m_library, http = m_http.get(), task, token]() {
        return TrainingRun(library, *http, token).refresh(task);
    });
}

QFuture<Result<TrainingUpdate>> TrainingService::cancelTraining(TaskId task, const QString &token) const
{
    return remote([&library = m_library, http = m_http.get(), task, token]() {
        return TrainingRun(library, *http, token).cancelTraining(task);
    });
}

QString TrainingService::defaultDestination(const QString &owner, const QString &datasetName)
{
    // Replicate's model names: [a-z0-9][a-z0-9._-]* (docs/replicate-api.md §7.2).
    QString name = datasetName.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    name.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[^a-z0-9]+|[-._]+$")));
    if (name.isEmpty())
        name = QStringLiteral("lora");
    else if (!name.endsWith(QLatin1String("lora")))
        name += QStringLiteral("-lora");
    return owner.isEmpty() ? name : owner + QLatin1Char('/') + name;
}

QString TrainingService::estimate(const QString &trainer, const QJsonObject &inputs)
{
    if (trainer != QLatin1String("flux"))
        return {};
    // Replicate's page for ostris/flux-dev-lora-trainer: about 20 minutes for 1000 steps on an H100.
    const int steps = inputs.value(QStringLiteral("steps")).toInt(1000);
    const int minutes = std::max(1, int(std::lround(20.0 * steps / 1000.0)));
    return TrainTr::tr("About %n minute(s) on an H100 for %1 steps, as Replicate's page for the trainer states; billed per second of GPU time.",
        nullptr, minutes).arg(steps);
}

} // namespace lc::train
