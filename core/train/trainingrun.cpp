#include "train/trainingrun.h"

#include "catalog/catalog.h"
#include "edit/catalogwriter.h"
#include "catalog/datasets.h"
#include "export/exporter.h"
#include "export/exportplanner.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "train/traininginputs.h"
#include "train/trainingprogress.h"
#include "train/weightsarchive.h"
#include "export/trainers/trainers.h"
#include "util/tr.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

namespace lc::train {

Q_LOGGING_CATEGORY(lcTrain, "loracraft.train")

namespace {

const QString Kind = QStringLiteral("training");
constexpr int LogLinesKept = 20;
constexpr int PollFailuresTolerated = 10; // in a row, each already retried by the HTTP layer

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QStringList lastLines(const QString &logs, int count)
{
    QString normalized = logs;
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalized.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines;
}

QString stepText(const TrainingState &s)
{
    switch (s.stage) {
    case TrainingState::Stage::Export:
        return TrainTr::tr("Exporting the dataset");
    case TrainingState::Stage::Upload:
        return TrainTr::tr("Uploading the dataset");
    case TrainingState::Stage::Create:
        return TrainTr::tr("Starting the training");
    case TrainingState::Stage::Train:
        if (s.percent >= 0)
            return TrainTr::tr("Training, %1 %").arg(s.percent);
        return s.status == QLatin1String("starting") ? TrainTr::tr("Waiting for a GPU") : TrainTr::tr("Training");
    case TrainingState::Stage::Done:
        break;
    }
    if (s.succeeded())
        return TrainTr::tr("Trained: %1").arg(s.newVersion);
    return TrainTr::tr("Training %1").arg(s.status);
}

// The export sent for a training, and the metadata the exporter writes beside a Replicate archive: not
// needed once the training has ended (or never started); the task keeps the archive's SHA-256.
void removeExport(const QString &zipPath)
{
    if (zipPath.isEmpty())
        return;
    QFile::remove(zipPath);
    QString companion = zipPath;
    if (companion.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        companion.chop(4);
    QFile::remove(companion + QStringLiteral(".loracraft.json"));
}

// Sleeps up to ms, in short steps so that cancel is answered at once; false when canceled.
bool sleepUnlessCanceled(int ms, const std::atomic<bool> &cancel)
{
    QElapsedTimer slept;
    slept.start();
    while (slept.elapsed() < ms) {
        if (cancel.load())
            return false;
        QThread::msleep(std::min<qint64>(50, ms - slept.elapsed() + 1));
    }
    return !cancel.load();
}

} // namespace

const QList<TrainerPreset> &TrainerPreset::all()
{
    static const QList<TrainerPreset> presets{
        {QStringLiteral("flux"), QStringLiteral("Flux LoRA (ostris/flux-dev-lora-trainer)"), QStringLiteral("ostris/flux-dev-lora-trainer"),
            ExportFormat::ReplicateFlux, QStringLiteral("steps")},
        {QStringLiteral("sdxl"), QStringLiteral("SDXL LoRA (stability-ai/sdxl)"), QStringLiteral("stability-ai/sdxl"), ExportFormat::ReplicateSdxl,
            QStringLiteral("max_train_steps")},
    };
    return presets;
}

const TrainerPreset *TrainerPreset::find(const QString &key)
{
    for (const TrainerPreset &p : all()) {
        if (p.key.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QJsonObject suggestedInputs(const TrainerPreset &trainer, const Dataset &dataset, int images, bool everyImageCaptioned)
{
    // About 100 steps an image, the range Replicate's trainer pages recommend for a LoRA (500-2000).
    const int steps = std::clamp((images * 100 + 49) / 50 * 50, 500, 2000);
    const QString trigger = dataset.settings.triggerWord.trimmed();
    const int resolution = dataset.settings.targetResolution;
    QJsonObject inputs;
    if (trainer.format == ExportFormat::ReplicateFlux) {
        inputs.insert(QStringLiteral("steps"), steps);
        // Always set: left out, the trainer's default "TOK" is prepended to every caption.
        inputs.insert(QStringLiteral("trigger_word"), trigger);
        // ai-toolkit buckets: the sizes up to the dataset's target (what the export's pre-flight predicts).
        QStringList buckets;
        for (int r : trainerFor(ExportFormat::ReplicateFlux).trainingResolutions(resolution, dataset.settings.targetModel))
            buckets << QString::number(r);
        inputs.insert(QStringLiteral("resolution"), buckets.join(QLatin1Char(',')));
        inputs.insert(QStringLiteral("autocaption"), !everyImageCaptioned);
    } else {
        inputs.insert(QStringLiteral("max_train_steps"), steps);
        inputs.insert(QStringLiteral("resolution"), std::clamp(resolution, 512, 1024));
        if (!trigger.isEmpty()) {
            inputs.insert(QStringLiteral("token_string"), trigger);
            inputs.insert(QStringLiteral("caption_prefix"), QStringLiteral("a photo of %1, ").arg(trigger));
        }
    }
    return inputs;
}

QJsonObject TrainingState::toJson() const
{
    QJsonObject o{{QStringLiteral("stage"), toKey(stage)}, {QStringLiteral("trainer"), trainer},
        {QStringLiteral("trainerModel"), trainerModel}, {QStringLiteral("trainerVersion"), trainerVersion},
        {QStringLiteral("destination"), destination}, {QStringLiteral("inputs"), inputs}, {QStringLiteral("steps"), steps},
        {QStringLiteral("exportPath"), exportPath}, {QStringLiteral("exportSha256"), exportSha256},
        {QStringLiteral("exportBytes"), exportBytes}, {QStringLiteral("fileId"), fileId}, {QStringLiteral("fileUrl"), fileUrl},
        {QStringLiteral("createSentAt"), createSentAt}, {QStringLiteral("trainingId"), trainingId},
        {QStringLiteral("status"), status}, {QStringLiteral("error"), error},
        {QStringLiteral("lastLogLines"), QJsonArray::fromStringList(lastLogLines)}, {QStringLiteral("percent"), percent},
        {QStringLiteral("newVersion"), newVersion}, {QStringLiteral("weightsUrl"), weightsUrl},
        {QStringLiteral("predictSeconds"), predictSeconds}, {QStringLiteral("totalSeconds"), totalSeconds},
        {QStringLiteral("weightsPath"), weightsPath}, {QStringLiteral("weightsSha256"), weightsSha256}};
    if (!samples.isEmpty()) {
        QJsonArray list;
        for (const TrainingSample &sample : samples) {
            list.append(QJsonObject{{QStringLiteral("prompt"), sample.prompt}, {QStringLiteral("path"), sample.path},
                {QStringLiteral("error"), sample.error}});
        }
        o.insert(QStringLiteral("samples"), list);
    }
    return o;
}

TrainingState TrainingState::fromJson(const QJsonObject &o)
{
    TrainingState s;
    s.stage = fromKey<Stage>(o.value(QStringLiteral("stage")).toString()).value_or(Stage::Export);
    s.trainer = o.value(QStringLiteral("trainer")).toString();
    s.trainerModel = o.value(QStringLiteral("trainerModel")).toString();
    s.trainerVersion = o.value(QStringLiteral("trainerVersion")).toString();
    s.destination = o.value(QStringLiteral("destination")).toString();
    s.inputs = o.value(QStringLiteral("inputs")).toObject();
    s.steps = o.value(QStringLiteral("steps")).toInt();
    s.exportPath = o.value(QStringLiteral("exportPath")).toString();
    s.exportSha256 = o.value(QStringLiteral("exportSha256")).toString();
    s.exportBytes = o.value(QStringLiteral("exportBytes")).toInteger();
    s.fileId = o.value(QStringLiteral("fileId")).toString();
    s.fileUrl = o.value(QStringLiteral("fileUrl")).toString();
    s.createSentAt = o.value(QStringLiteral("createSentAt")).toString();
    s.trainingId = o.value(QStringLiteral("trainingId")).toString();
    s.status = o.value(QStringLiteral("status")).toString();
    s.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("lastLogLines")).toArray())
        s.lastLogLines << v.toString();
    s.percent = o.value(QStringLiteral("percent")).toInt(-1);
    s.newVersion = o.value(QStringLiteral("newVersion")).toString();
    s.weightsUrl = o.value(QStringLiteral("weightsUrl")).toString();
    s.predictSeconds = o.value(QStringLiteral("predictSeconds")).toDouble(-1);
    s.totalSeconds = o.value(QStringLiteral("totalSeconds")).toDouble(-1);
    s.weightsPath = o.value(QStringLiteral("weightsPath")).toString();
    s.weightsSha256 = o.value(QStringLiteral("weightsSha256")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject sample = v.toObject();
        s.samples.append({sample.value(QStringLiteral("prompt")).toString(), sample.value(QStringLiteral("path")).toString(),
            sample.value(QStringLiteral("error")).toString()});
    }
    return s;
}

TrainingRun::TrainingRun(const Library &library, net::HttpClient &http, QString token)
    : m_library(library)
    , m_http(http)
    , m_client(http, token)
    , m_token(std::move(token))
{
}

void TrainingRun::setPollInterval(int firstMs, int maxMs)
{
    m_firstPollMs = std::max(10, firstMs);
    m_maxPollMs = std::max(m_firstPollMs, maxMs);
}

void TrainingRun::notify(TaskId task, const TrainingState &state, const QString &step)
{
    if (m_update)
        m_update(TrainingUpdate{task, state, step});
}

Result<void> TrainingRun::save(TaskId task, const TrainingState &state, const QString &step)
{
    const QString report = QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
    const Catalog &catalog = m_library.catalog();
    auto saved = m_library.writer().write<void>(TrainTr::tr("Record the training's progress"), [&]() -> Result<void> {
        if (auto r = Tasks::saveState(catalog, task, report); !r)
            return r;
        return Tasks::updateProgress(catalog, task, std::max(0, state.percent), 100, step);
    }).result();
    notify(task, state, step);
    return saved;
}

Result<void> TrainingRun::finishTask(TaskId task, const TrainingState &state)
{
    // The upload and the ZIP are not needed once the training has ended (or could not start); the
    // history keeps the ZIP's SHA-256.
    if (!state.fileId.isEmpty())
        (void)m_client.deleteFile(state.fileId);
    removeExport(state.exportPath);
    const QString status = state.succeeded()                                  ? QStringLiteral("completed")
        : state.status == QLatin1String("canceled")                           ? QStringLiteral("canceled")
                                                                              : QStringLiteral("failed");
    const QString report = QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
    const QString step = stepText(state);
    auto done = m_library.writer().write<void>(TrainTr::tr("Record the training's end"), [&] {
        return Tasks::finish(m_library.catalog(), task, status, state.succeeded() ? 100 : std::max(0, state.percent), 100, step,
            state.succeeded() ? QString() : (state.error.isEmpty() ? step : state.error), report);
    }).result();
    notify(task, state, step);
    return done;
}

void TrainingRun::apply(TrainingState &state, const replicate::Training &t) const
{
    state.status = t.status;
    if (!t.logs.isEmpty()) {
        state.lastLogLines = lastLines(t.logs, LogLinesKept);
        if (auto progress = parseTrainingProgress(t.logs, state.steps))
            state.percent = progress->percent;
    }
    if (!t.error.isEmpty())
        state.error = t.error;
    state.predictSeconds = t.predictSeconds;
    state.totalSeconds = t.totalSeconds;
    if (t.succeeded()) {
        state.newVersion = t.newVersionRef();
        state.weightsUrl = t.weightsUrl.toString();
        state.percent = 100;
    }
    if (t.isTerminal())
        state.stage = TrainingState::Stage::Done;
}

Result<TrainingUpdate> TrainingRun::start(const TrainingRequest &request, bool wait, const std::atomic<bool> &cancel)
{
    const TrainerPreset *trainer = TrainerPreset::find(request.trainer);
    if (!trainer) {
        QStringList keys;
        for (const TrainerPreset &p : TrainerPreset::all())
            keys << p.key;
        return Error(ErrorCode::InvalidArgument,
            TrainTr::tr("“%1” is not a trainer; use one of: %2.").arg(request.trainer, keys.join(QStringLiteral(", "))));
    }
    auto destination = replicate::ModelRef::parse(request.destination);
    if (!destination)
        return destination.error();
    if (!destination->version.isEmpty())
        return Error(ErrorCode::InvalidArgument, TrainTr::tr("The destination is a model (owner/name), not a version."));
    if (auto healthy = m_library.checkCatalogForWriting(); !healthy)
        return healthy.error();
    auto dataset = Datasets(m_library.catalog()).get(request.dataset);
    if (!dataset)
        return dataset.error();

    // Pre-flight, before anything is uploaded: the export's own checks, the size, the token, the
    // trainer's version, the destination.
    const QString uploads = QDir(m_library.root()).filePath(QStringLiteral("uploads"));
    if (!QDir().mkpath(uploads))
        return Error(ErrorCode::Io, TrainTr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(uploads)));
    ExportOptions options;
    options.format = trainer->format;
    options.outputPath = QDir(uploads).filePath(
        QStringLiteral("training-%1-%2.zip").arg(request.dataset.value()).arg(QDateTime::currentMSecsSinceEpoch()));
    auto plan = planExport(m_library, request.dataset, options);
    if (!plan)
        return plan.error();
    if (plan->entries.isEmpty())
        return Error(ErrorCode::InvalidArgument, TrainTr::tr("The dataset has no images to train on."));
    if (plan->blocked()) {
        QStringList problems;
        for (const PreflightIssue &issue : plan->issues) {
            if (issue.severity == PreflightIssue::Severity::Error)
                problems << issue.message;
        }
        return Error(ErrorCode::InvalidArgument,
            TrainTr::tr("The dataset cannot be exported for %1: %2").arg(trainer->label, problems.join(QStringLiteral("; "))));
    }
    bool everyImageCaptioned = true;
    for (const ExportEntry &e : plan->entries)
        everyImageCaptioned = everyImageCaptioned && !e.caption.trimmed().isEmpty();
    QJsonObject inputs = suggestedInputs(*trainer, *dataset, int(plan->entries.size()), everyImageCaptioned);
    for (auto it = request.inputs.begin(); it != request.inputs.end(); ++it)
        inputs.insert(it.key(), it.value());

    auto account = m_client.account(&cancel);
    if (!account)
        return account.error();
    const auto trainerRef = replicate::ModelRef::parse(trainer->model);
    auto trainerModel = m_client.model(trainerRef->owner, trainerRef->name, &cancel);
    if (!trainerModel)
        return trainerModel.error();
    if (trainerModel->latestVersion.isEmpty())
        return Error(ErrorCode::Server, TrainTr::tr("Replicate lists no version of the trainer %1.").arg(trainer->model));
    // The inputs against what this version of the trainer takes, before anything is uploaded (a version
    // without a schema is left to Replicate's own check).
    if (auto schema = TrainingInputSchema::fromOpenApi(trainerModel->latestVersionSchema)) {
        inputs = schema->coerce(inputs);
        if (auto valid = schema->validate(inputs); !valid)
            return valid.error();
    }
    if (request.createDestination) {
        replicate::NewModel spec{destination->owner, destination->name, true, QStringLiteral("cpu"),
            TrainTr::tr("LoRA trained with LoRA Craft from %1/%2").arg(dataset->workspaceName, dataset->name)};
        if (auto made = m_client.ensureModel(spec, nullptr, &cancel); !made)
            return made.error();
    } else if (auto existing = m_client.model(destination->owner, destination->name, &cancel); !existing) {
        if (existing.error().code == ErrorCode::NotFound) {
            return existing.error().wrap(ErrorCode::NotFound,
                TrainTr::tr("The destination model %1 does not exist: create it on replicate.com, or let LoRA Craft create it "
                            "(--create-destination).").arg(destination->path()));
        }
        return existing.error();
    }

    TrainingState state;
    state.trainer = trainer->key;
    state.trainerModel = trainer->model;
    state.trainerVersion = trainerModel->latestVersion;
    state.destination = destination->path();
    state.inputs = inputs;
    state.steps = inputs.value(trainer->stepsInput).toInt();
    state.exportPath = options.outputPath;
    const QString report = QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
    auto task = m_library.writer().write<TaskId>(TrainTr::tr("Record the training"), [&] {
        return Tasks::create(m_library.catalog(), Kind, request.dataset,
            TrainTr::tr("Training %1 on %2").arg(destination->path(), trainer->model), 100, report);
    }).result();
    if (!task)
        return task.error();
    notify(*task, state, stepText(state));
    return continueFrom(*task, state, wait, cancel);
}

Result<TrainingUpdate> TrainingRun::resume(TaskId task, bool wait, const std::atomic<bool> &cancel)
{
    auto record = Tasks::get(m_library.catalog(), task);
    if (!record)
        return record.error();
    if (record->kind != Kind)
        return Error(ErrorCode::InvalidArgument, TrainTr::tr("Task #%1 is not a training.").arg(task.value()));
    const TrainingState state = TrainingState::fromJson(QJsonDocument::fromJson(record->report.toUtf8()).object());
    if (record->status != QLatin1String("running") && record->status != QLatin1String("pending"))
        return TrainingUpdate{task, state, stepText(state)};
    return continueFrom(task, state, wait, cancel);
}

Result<TrainingUpdate> TrainingRun::continueFrom(TaskId task, TrainingState state, bool wait, const std::atomic<bool> &cancel)
{
    auto fail = [&](const Error &e) -> Result<TrainingUpdate> {
        // A stage that failed before any training exists ends the task; the ZIP goes with it.
        state.stage = TrainingState::Stage::Done;
        state.status = QStringLiteral("failed");
        state.error = e.message;
        (void)finishTask(task, state);
        return e;
    };

    // Export and upload are redone from the start when they were interrupted: a half-written ZIP or a
    // half-sent upload is worth nothing.
    if (state.stage == TrainingState::Stage::Export || state.stage == TrainingState::Stage::Upload) {
        state.stage = TrainingState::Stage::Export;
        auto record = Tasks::get(m_library.catalog(), task);
        if (!record)
            return record.error();
        const TrainerPreset *trainer = TrainerPreset::find(state.trainer);
        if (!trainer)
            return fail(Error(ErrorCode::Internal, QStringLiteral("unknown trainer %1").arg(state.trainer)));
        ExportOptions options;
        options.format = trainer->format;
        options.outputPath = state.exportPath;
        auto plan = planExport(m_library, record->dataset, options);
        if (!plan)
            return fail(plan.error());
        if (auto r = save(task, state, stepText(state)); !r)
            return r.error();
        removeExport(state.exportPath); // what an interrupted run left (an export never overwrites)
        const ExportReport exported = Exporter(m_library).run(*plan, cancel);
        if (exported.canceled || cancel.load())
            return fail(Error(ErrorCode::Canceled, TrainTr::tr("Canceled before the training started.")));
        if (exported.failure)
            return fail(*exported.failure);
        state.exportSha256 = exported.sha256;
        state.exportBytes = QFileInfo(state.exportPath).size();
        if (state.exportBytes > MaxUploadBytes) {
            return fail(Error(ErrorCode::InvalidArgument,
                TrainTr::tr("The dataset's ZIP is %1 MB; Replicate takes at most 100 MB. Export smaller images (a long side "
                            "of 1024 or 1536 px is plenty for a LoRA) or fewer of them.")
                    .arg(double(state.exportBytes) / (1024.0 * 1024.0), 0, 'f', 1)));
        }
        state.stage = TrainingState::Stage::Upload;
        if (auto r = save(task, state, stepText(state)); !r)
            return r.error();
        QFile zip(state.exportPath);
        if (!zip.open(QIODevice::ReadOnly))
            return fail(Error(ErrorCode::Io, TrainTr::tr("Cannot read the export %1: %2").arg(state.exportPath, zip.errorString())));
        // The upload's percentage, each whole step once, as the trainer's own is shown later.
        auto lastPercent = std::make_shared<std::atomic<int>>(-1);
        const QByteArray bytes = zip.readAll();
        // A connection dropped mid-upload (Wi-Fi, a proxy) sends the file again: the Files API keeps no
        // partial uploads, and a file uploaded twice costs nothing (the unused one expires).
        constexpr int UploadAttempts = 3;
        Result<replicate::UploadedFile> uploaded = makeError(ErrorCode::Internal, QString());
        for (int attempt = 1; attempt <= UploadAttempts; ++attempt) {
            lastPercent->store(-1);
            uploaded = m_client.uploadFile(bytes, QFileInfo(state.exportPath).fileName(), "application/zip", &cancel,
                [this, task, state, lastPercent, attempt](qint64 sent, qint64 total) {
                    if (total <= 0)
                        return;
                    const int percent = int(sent * 100 / total);
                    if (lastPercent->exchange(percent) == percent)
                        return;
                    notify(task, state, attempt == 1 ? TrainTr::tr("Uploading the dataset, %1 %").arg(percent)
                                                     : TrainTr::tr("Uploading the dataset again (try %1 of %2), %3 %")
                                                           .arg(attempt).arg(UploadAttempts).arg(percent));
                });
            const ErrorCode code = uploaded ? ErrorCode::Internal : uploaded.error().code;
            if (uploaded || cancel.load() || (code != ErrorCode::Network && code != ErrorCode::Timeout))
                break;
            if (attempt < UploadAttempts && !sleepUnlessCanceled(m_firstPollMs * attempt, cancel))
                break;
        }
        if (!uploaded) {
            if (uploaded.error().code == ErrorCode::Network || uploaded.error().code == ErrorCode::Timeout)
                return fail(uploaded.error().wrap(uploaded.error().code,
                    TrainTr::tr("The upload failed %1 times (%2). Nothing was started on Replicate; start the training again "
                                "when the connection is back.").arg(UploadAttempts).arg(uploaded.error().message)));
            return fail(uploaded.error());
        }
        state.fileId = uploaded->id;
        state.fileUrl = uploaded->url.toString();
        state.inputs.insert(QStringLiteral("input_images"), state.fileUrl);
        state.stage = TrainingState::Stage::Create;
    }

    if (state.stage == TrainingState::Stage::Create) {
        // A create that was sent but whose answer never arrived (or was not recorded) may have started a
        // training: look for it before sending another one.
        // The newest trainings fed with this upload (its URL is ours alone).
        auto findCreated = [&](const std::atomic<bool> *stop) {
            if (auto recent = m_client.trainings(1, stop)) {
                for (const replicate::Training &t : std::as_const(*recent)) {
                    if (t.input.value(QStringLiteral("input_images")).toString() == state.fileUrl) {
                        state.trainingId = t.id;
                        return;
                    }
                }
            }
        };
        if (!state.createSentAt.isEmpty())
            findCreated(&cancel);
        if (state.trainingId.isEmpty()) {
            state.createSentAt = isoNow();
            if (auto r = save(task, state, stepText(state)); !r)
                return r.error();
            auto trainerRef = replicate::ModelRef::parse(state.trainerModel);
            if (!trainerRef)
                return fail(trainerRef.error());
            trainerRef->version = state.trainerVersion;
            auto created = m_client.createTraining(*trainerRef, state.destination, state.inputs, &cancel);
            if (!created) {
                const ErrorCode code = created.error().code;
                if (code != ErrorCode::Network && code != ErrorCode::Timeout && code != ErrorCode::Canceled)
                    return fail(created.error()); // refused (4xx, a 5xx answer): no training was started
                // The answer was lost: the training may exist. Look for it once now; the task stays at
                // this stage, so a resume looks again.
                findCreated(nullptr);
                if (state.trainingId.isEmpty())
                    return created.error();
            } else {
                state.trainingId = created->id;
                state.status = created->status;
            }
        }
        state.stage = TrainingState::Stage::Train;
        if (auto r = save(task, state, stepText(state)); !r)
            return r.error();
        qCInfo(lcTrain) << "training" << state.trainingId << "started on" << state.trainerModel << "for" << state.destination;
    }

    int pollMs = m_firstPollMs;
    int failures = 0;
    while (state.stage == TrainingState::Stage::Train) {
        auto t = m_client.training(state.trainingId, &cancel);
        if (!t) {
            if (t.error().code == ErrorCode::Canceled || cancel.load())
                break;
            if (t.error().code == ErrorCode::Authentication || t.error().code == ErrorCode::NotFound || ++failures >= PollFailuresTolerated)
                return t.error(); // the task stays running: train status or a resume asks again
            qCWarning(lcTrain) << "cannot ask for training" << state.trainingId << ":" << t.error().message;
        } else {
            failures = 0;
            apply(state, *t);
            if (state.stage == TrainingState::Stage::Done)
                break;
            if (auto r = save(task, state, stepText(state)); !r)
                return r.error();
        }
        if (!wait || !sleepUnlessCanceled(pollMs, cancel))
            break;
        pollMs = std::min(m_maxPollMs, pollMs * 3 / 2);
    }

    if (state.stage == TrainingState::Stage::Done) {
        if (auto r = finishTask(task, state); !r)
            return r.error();
    }
    return TrainingUpdate{task, state, stepText(state)};
}

Result<TrainingUpdate> TrainingRun::refresh(TaskId task)
{
    const std::atomic<bool> never{false};
    return resume(task, false, never);
}

Result<TrainingUpdate> TrainingRun::cancelTraining(TaskId task)
{
    auto record = Tasks::get(m_library.catalog(), task);
    if (!record)
        return record.error();
    TrainingState state = TrainingState::fromJson(QJsonDocument::fromJson(record->report.toUtf8()).object());
    if (state.stage == TrainingState::Stage::Done)
        return TrainingUpdate{task, state, stepText(state)};
    if (state.trainingId.isEmpty()) {
        // Nothing runs on Replicate yet (an interrupted export or upload): end the task here.
        state.stage = TrainingState::Stage::Done;
        state.status = QStringLiteral("canceled");
        if (auto r = finishTask(task, state); !r)
            return r.error();
        return TrainingUpdate{task, state, stepText(state)};
    }
    auto t = m_client.cancelTraining(state.trainingId);
    if (!t)
        return t.error();
    apply(state, *t);
    if (state.stage == TrainingState::Stage::Done) {
        if (auto r = finishTask(task, state); !r)
            return r.error();
    } else if (auto r = save(task, state, stepText(state)); !r) {
        return r.error();
    }
    return TrainingUpdate{task, state, stepText(state)};
}

Result<TrainingUpdate> TrainingRun::downloadWeights(TaskId task, const QString &outDir, const DownloadProgressFn &progress,
    const std::atomic<bool> &cancel)
{
    auto current = refresh(task);
    if (!current)
        return current.error();
    TrainingState state = current->state;
    if (!state.succeeded()) {
        return Error(ErrorCode::InvalidArgument,
            TrainTr::tr("Training %1 has no weights: it is %2.").arg(state.trainingId, state.status.isEmpty() ? TrainTr::tr("not started") : state.status));
    }
    const QUrl weights(state.weightsUrl);
    if (!weights.isValid() || weights.scheme().isEmpty())
        return Error(ErrorCode::Server, TrainTr::tr("Replicate did not say where training %1's weights are.").arg(state.trainingId));
    if (!QDir().mkpath(outDir))
        return Error(ErrorCode::Io, TrainTr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(outDir)));
    QTemporaryDir staging(QDir(outDir).filePath(QStringLiteral(".loracraft-download-XXXXXX")));
    if (!staging.isValid())
        return Error(ErrorCode::Io, TrainTr::tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(outDir), staging.errorString()));
    const QString tarPath = staging.filePath(QStringLiteral("trained_model.tar"));

    // Output files are fetched without the token first (they are signed URLs); it is added only for
    // Replicate's own hosts, and only when they ask for it.
    net::HttpRequest request;
    request.url = weights;
    request.saveTo = tarPath;
    request.timeoutMs = 120'000;
    if (progress)
        request.onProgress = [progress](qint64 done, qint64 total) { progress(QStringLiteral("download"), done, total); };
    auto fetched = m_http.sendAndWait(request, &cancel);
    const QString host = weights.host();
    const bool replicateHost = host == QLatin1String("api.replicate.com") || host.endsWith(QLatin1String(".replicate.delivery"))
        || host == QLatin1String("replicate.delivery") || host == m_client.url({}).host();
    if (!fetched && fetched.error().code == ErrorCode::Authentication && replicateHost) {
        request.setBearer(m_token);
        fetched = m_http.sendAndWait(request, &cancel);
    }
    if (!fetched)
        return fetched.error();
    auto extracted = extractLora(tarPath, outDir,
        [progress](qint64 done, qint64 total) {
            if (progress)
                progress(QStringLiteral("extract"), done, total);
        },
        &cancel);
    if (!extracted)
        return extracted.error();
    state.weightsPath = extracted->loraPath;
    state.weightsSha256 = QString::fromLatin1(extracted->loraSha256Hex);
    const QString report = QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
    const Catalog &catalog = m_library.catalog();
    auto saved = m_library.writer().write<void>(TrainTr::tr("Record the downloaded weights"), [&]() -> Result<void> {
        return Tasks::saveState(catalog, task, report);
    }).result();
    if (!saved)
        return saved.error();
    return TrainingUpdate{task, state, TrainTr::tr("Weights in %1").arg(QDir::toNativeSeparators(state.weightsPath))};
}

QStringList TrainingRun::samplePrompts(const TrainingState &state)
{
    QString trigger = state.inputs.value(QStringLiteral("trigger_word")).toString();
    if (trigger.isEmpty())
        trigger = state.inputs.value(QStringLiteral("token_string")).toString();
    if (trigger.isEmpty())
        trigger = QStringLiteral("TOK");
    return {QStringLiteral("a photo of %1").arg(trigger), QStringLiteral("%1, close-up portrait, soft window light").arg(trigger),
        QStringLiteral("%1 in a sunlit forest, wide shot, cinematic").arg(trigger)};
}

Result<TrainingUpdate> TrainingRun::tryIt(TaskId task, const QStringList &prompts, const std::function<void(int, int)> &progress,
    const std::atomic<bool> &cancel)
{
    auto record = Tasks::get(m_library.catalog(), task);
    if (!record)
        return record.error();
    TrainingState state = TrainingState::fromJson(QJsonDocument::fromJson(record->report.toUtf8()).object());
    if (!state.succeeded() || state.newVersion.isEmpty())
        return Error(ErrorCode::InvalidArgument, TrainTr::tr("Only a training that succeeded has a version to try."));
    auto version = replicate::ModelRef::parse(state.newVersion);
    if (!version)
        return version.error();
    if (version->version.isEmpty())
        return Error(ErrorCode::Server, TrainTr::tr("Replicate did not name the new version of %1.").arg(state.destination));
    const QString dir = QDir(m_library.root()).filePath(QStringLiteral("trials/%1").arg(task.value()));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, TrainTr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));

    int done = 0;
    for (const QString &prompt : prompts) {
        if (cancel.load())
            return Error(ErrorCode::Canceled, TrainTr::tr("Canceled."));
        TrainingSample sample;
        sample.prompt = prompt;
        auto result = [&]() -> Result<QString> {
            auto created = m_client.createPrediction(*version, QJsonObject{{QStringLiteral("prompt"), prompt}}, 60, &cancel);
            if (!created)
                return created.error();
            auto finished = m_client.waitFor(*created, &cancel, std::max(250, std::min(m_firstPollMs, 2000)));
            if (!finished)
                return finished.error();
            if (finished->status != QLatin1String("succeeded"))
                return Error(ErrorCode::Server, finished->error.isEmpty() ? TrainTr::tr("The prediction ended %1.").arg(finished->status)
                                                                          : finished->error);
            // One URL, or a list of them (the first is kept); a data: URI when Replicate sends it inline.
            const QJsonValue output = finished->output.isArray() ? finished->output.toArray().first() : finished->output;
            const QString where = output.toString();
            if (where.isEmpty())
                return Error(ErrorCode::Server, TrainTr::tr("The prediction gave no image."));
            const QString stem = QDir(dir).filePath(QStringLiteral("%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(done));
            if (where.startsWith(QLatin1String("data:"))) {
                const qsizetype comma = where.indexOf(QLatin1Char(','));
                const QString mime = where.mid(5, where.indexOf(QLatin1Char(';')) - 5);
                const QString ext = mime.section(QLatin1Char('/'), 1);
                QSaveFile file(stem + QLatin1Char('.') + (ext.isEmpty() ? QStringLiteral("png") : ext));
                if (comma < 0 || !file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromBase64(where.mid(comma + 1).toLatin1())) < 0
                    || !file.commit())
                    return Error(ErrorCode::Io, TrainTr::tr("Cannot save the image: %1").arg(file.errorString()));
                return file.fileName();
            }
            const QUrl url(where);
            QString ext = QFileInfo(url.path()).suffix().toLower();
            if (ext.isEmpty() || ext.size() > 5)
                ext = QStringLiteral("png");
            net::HttpRequest request;
            request.url = url;
            request.saveTo = stem + QLatin1Char('.') + ext;
            request.timeoutMs = 60'000;
            if (auto fetched = m_http.sendAndWait(request, &cancel); !fetched)
                return fetched.error();
            return request.saveTo;
        }();
        if (!result && result.error().code == ErrorCode::Canceled)
            return result.error();
        if (result)
            sample.path = *result;
        else
            sample.error = result.error().message;
        state.samples.append(sample);
        ++done;
        // Each image is recorded as it arrives: a later failure or a quit keeps it.
        auto latest = Tasks::get(m_library.catalog(), task);
        if (latest) {
            TrainingState now = TrainingState::fromJson(QJsonDocument::fromJson(latest->report.toUtf8()).object());
            now.samples = state.samples;
            state = now;
        }
        const QString report = QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
        const Catalog &catalog = m_library.catalog();
        auto saved = m_library.writer().write<void>(TrainTr::tr("Record a sample of the trained LoRA"), [&]() -> Result<void> {
            return Tasks::saveState(catalog, task, report);
        }).result();
        if (!saved)
            return saved.error();
        if (progress)
            progress(done, int(prompts.size()));
    }
    const int failed = int(std::count_if(state.samples.end() - done, state.samples.end(), [](const TrainingSample &s) { return s.path.isEmpty(); }));
    return TrainingUpdate{task, state,
        failed == 0 ? TrainTr::tr("%n image(s) made with %1", nullptr, done).arg(state.newVersion)
                    : TrainTr::tr("%1 of %2 prompts failed: %3").arg(failed).arg(done).arg(state.samples.last().error)};
}

Result<QList<std::pair<TaskRecord, TrainingState>>> TrainingRun::history(const Library &library, DatasetId dataset)
{
    auto tasks = Tasks::ofKind(library.catalog(), Kind, dataset);
    if (!tasks)
        return tasks.error();
    QList<std::pair<TaskRecord, TrainingState>> out;
    for (const TaskRecord &t : std::as_const(*tasks))
        out.append({t, TrainingState::fromJson(QJsonDocument::fromJson(t.report.toUtf8()).object())});
    return out;
}

Result<TaskRecord> TrainingRun::findTask(const Library &library, const QString &trainingOrTaskId)
{
    const QString id = trainingOrTaskId.trimmed();
    bool number = false;
    const qint64 taskId = id.toLongLong(&number);
    if (number && taskId > 0) {
        auto record = Tasks::get(library.catalog(), TaskId(taskId));
        if (record && record->kind != Kind)
            return Error(ErrorCode::InvalidArgument, TrainTr::tr("Task #%1 is not a training.").arg(taskId));
        return record;
    }
    auto all = history(library);
    if (!all)
        return all.error();
    for (const auto &[record, state] : std::as_const(*all)) {
        if (state.trainingId == id)
            return record;
    }
    return Error(ErrorCode::NotFound, TrainTr::tr("No training %1 in this library (train list shows them).").arg(id));
}

} // namespace lc::train
