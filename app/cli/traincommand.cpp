// loracraft-cli train start|status|cancel|list: LoRA trainings on Replicate from a dataset.
#include "commands.h"

#include "clitr.h"
#include "interrupt.h"

#include "net/httpclient.h"
#include "train/trainingrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lc::cli {

namespace {

using train::TrainingRun;
using train::TrainingState;
using train::TrainingUpdate;

QJsonObject toJson(const TrainingUpdate &u)
{
    QJsonObject o = u.state.toJson();
    o.remove(QStringLiteral("exportPath")); // a path on this machine, of a file removed once the training ended
    o.insert(QStringLiteral("task"), u.task.value());
    o.insert(QStringLiteral("step"), u.step);
    return o;
}

// How often a training is polled: Replicate's pace (2 s growing to 30 s), or LORACRAFT_TRAINING_POLL_MS
// (the tests' fake server answers at once).
void applyPollInterval(TrainingRun &run)
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("LORACRAFT_TRAINING_POLL_MS", &ok);
    if (ok && ms > 0)
        run.setPollInterval(ms, ms);
}

int exitCodeOf(const TrainingState &s)
{
    if (!s.finished())
        return ExitOk;
    return s.succeeded() ? ExitOk : ExitIncomplete;
}

void printOutcome(Output &out, const TrainingUpdate &u)
{
    const TrainingState &s = u.state;
    if (out.json()) {
        out.printJson(toJson(u));
        return;
    }
    out.line(CliTr::tr("training %1 (task %2): %3").arg(s.trainingId.isEmpty() ? CliTr::tr("not started") : s.trainingId).arg(u.task.value()).arg(u.step));
    if (s.succeeded()) {
        out.line(CliTr::tr("new version: %1").arg(s.newVersion));
        out.line(CliTr::tr("weights: %1").arg(s.weightsUrl));
        if (s.predictSeconds >= 0)
            out.line(CliTr::tr("GPU time: %1 s").arg(qRound(s.predictSeconds)));
        if (!s.weightsPath.isEmpty())
            out.line(CliTr::tr("lora: %1 (SHA-256 %2)").arg(terminalSafe(QDir::toNativeSeparators(s.weightsPath)), s.weightsSha256));
    } else if (s.finished()) {
        if (!s.error.isEmpty())
            out.line(CliTr::tr("error: %1").arg(terminalSafe(s.error)));
        for (const QString &line : s.lastLogLines.mid(std::max<qsizetype>(0, s.lastLogLines.size() - 5)))
            out.line(QStringLiteral("  ") + terminalSafe(line));
    }
}

// Progress lines on stderr while waiting: the stage, then the trainer's percentage as it moves.
class TrainingProgressPrinter
{
public:
    TrainingProgressPrinter(Output &out, bool announce) : m_out(out), m_announced(!announce) {}

    void update(const TrainingUpdate &u)
    {
        if (!m_announced && !u.state.trainingId.isEmpty()) {
            m_announced = true;
            // At once: a run killed while it waits has still said how to follow the training.
            m_out.err() << CliTr::tr("training %1 started (task %2); follow it with: loracraft-cli train status %1")
                               .arg(u.state.trainingId)
                               .arg(u.task.value())
                        << '\n' << Qt::flush;
        }
        if (u.step != m_lastStep) {
            m_lastStep = u.step;
            m_out.err() << u.step << '\n' << Qt::flush;
        }
    }

private:
    Output &m_out;
    bool m_announced;
    QString m_lastStep;
};

// --input KEY=VALUE: the value as JSON when it is a number, true/false or a JSON literal, else a string.
Result<QJsonObject> parseInputs(const QStringList &pairs)
{
    QJsonObject inputs;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(ErrorCode::InvalidArgument, CliTr::tr("--input takes KEY=VALUE, not “%1”.").arg(pair));
        const QString key = pair.left(eq).trimmed();
        const QString text = pair.mid(eq + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
        const QJsonValue parsed = doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
        inputs.insert(key, parsed);
    }
    return inputs;
}

struct Follow
{
    bool announce = false; // say the training's id and how to follow it as soon as it exists
    bool wait = false;     // stages on stderr as they change, and a word when waiting stops early
    bool idOnly = false;   // in human mode print just the training's id (train start without --wait)
};

// The token, a client and a run for one command, then its outcome on stdout.
int runTraining(Context &c, const Follow &follow, const std::function<Result<TrainingUpdate>(TrainingRun &)> &action)
{
    auto token = replicateToken();
    if (!token)
        return c.fail(token.error());
    net::HttpClient http;
    TrainingRun run(c.library, http, *token);
    applyPollInterval(run);
    TrainingProgressPrinter printer(c.out, follow.announce);
    if (follow.wait || follow.announce)
        run.setUpdateCallback([&](const TrainingUpdate &u) { printer.update(u); });
    auto result = action(run);
    if (!result)
        return c.fail(result.error());
    if (follow.idOnly && !c.out.json())
        c.out.line(result->state.trainingId);
    else
        printOutcome(c.out, *result);
    if (follow.wait && !result->state.finished()) {
        c.out.err() << CliTr::tr("Stopped waiting; the training goes on on Replicate. Follow it with: loracraft-cli train status %1")
                           .arg(result->state.trainingId)
                    << '\n' << Qt::flush;
    }
    return exitCodeOf(result->state);
}

int startCommand(Context &c)
{
    auto bad = [&c](const QString &text) { return c.fail(makeError(ErrorCode::InvalidArgument, text)); };
    const QString datasetPath = c.options.value(QStringLiteral("dataset"));
    if (datasetPath.isEmpty())
        return bad(CliTr::tr("train start needs --dataset WORKSPACE/DATASET."));
    auto dataset = c.service.findDataset(datasetPath).result();
    if (!dataset)
        return c.fail(dataset.error());
    train::TrainingRequest request;
    request.dataset = dataset->id;
    request.trainer = c.options.value(QStringLiteral("trainer"));
    if (request.trainer.isEmpty())
        return bad(CliTr::tr("train start needs --trainer (flux or sdxl)."));
    request.destination = c.options.value(QStringLiteral("destination"));
    if (request.destination.isEmpty())
        return bad(CliTr::tr("train start needs --destination OWNER/NAME: the Replicate model the training adds a version to."));
    request.createDestination = c.options.isSet(QStringLiteral("create-destination"));
    auto inputs = parseInputs(c.options.values(QStringLiteral("input")));
    if (!inputs)
        return c.fail(inputs.error());
    request.inputs = *inputs;
    const bool wait = c.options.isSet(QStringLiteral("wait"));
    return runTraining(c, Follow{true, wait, !wait}, [&](TrainingRun &run) {
        CancelOnInterrupt interrupt;
        return run.start(request, wait, interrupt.flag());
    });
}

// status, cancel, download: one training, named by its Replicate id or its task number.
int withTraining(Context &c, const Follow &follow, const std::function<Result<TrainingUpdate>(TrainingRun &, TaskId)> &action)
{
    auto record = TrainingRun::findTask(c.library, c.args.value(0));
    if (!record)
        return c.fail(record.error());
    return runTraining(c, follow, [&](TrainingRun &run) { return action(run, record->id); });
}

int statusCommand(Context &c)
{
    if (c.options.isSet(QStringLiteral("wait"))) {
        return withTraining(c, Follow{false, true, false}, [](TrainingRun &run, TaskId task) {
            CancelOnInterrupt interrupt;
            return run.resume(task, true, interrupt.flag());
        });
    }
    return withTraining(c, Follow{}, [](TrainingRun &run, TaskId task) { return run.refresh(task); });
}

int cancelCommand(Context &c)
{
    return withTraining(c, Follow{}, [](TrainingRun &run, TaskId task) { return run.cancelTraining(task); });
}

int downloadCommand(Context &c)
{
    const QString outDir = c.options.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("train download needs --out DIR: the folder for lora.safetensors.")));
    const bool tty = !c.out.json() && stderrIsTerminal();
    qint64 lastShown = -1;
    return withTraining(c, Follow{}, [&](TrainingRun &run, TaskId task) {
        CancelOnInterrupt interrupt;
        auto result = run.downloadWeights(task, outDir,
            [&](const QString &stage, qint64 done, qint64 total) {
                if (!tty)
                    return;
                const qint64 mb = done / (1024 * 1024);
                if (mb == lastShown && done != total)
                    return;
                lastShown = mb;
                const bool download = stage == QLatin1String("download");
                const QString status = total > 0
                    ? (download ? CliTr::tr("downloading %1 MB / %2 MB") : CliTr::tr("extracting %1 MB / %2 MB")).arg(mb).arg(total / (1024 * 1024))
                    : (download ? CliTr::tr("downloading %1 MB") : CliTr::tr("extracting %1 MB")).arg(mb);
                c.out.err() << '\r' << status << "\x1b[K" << Qt::flush;
            },
            interrupt.flag());
        if (tty)
            c.out.err() << '\n' << Qt::flush;
        return result;
    });
}

int listCommand(Context &c)
{
    DatasetId dataset;
    if (c.options.isSet(QStringLiteral("dataset"))) {
        auto found = c.service.findDataset(c.options.value(QStringLiteral("dataset"))).result();
        if (!found)
            return c.fail(found.error());
        dataset = found->id;
    }
    auto history = TrainingRun::history(c.library, dataset);
    if (!history)
        return c.fail(history.error());
    if (c.out.json()) {
        QJsonArray array;
        for (const auto &[record, state] : std::as_const(*history)) {
            QJsonObject o = toJson(TrainingUpdate{record.id, state, record.message});
            o.insert(QStringLiteral("taskStatus"), record.status);
            array.append(o);
        }
        c.out.printJson({{QStringLiteral("trainings"), array}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const auto &[record, state] : std::as_const(*history)) {
        rows.append({QString::number(record.id.value()), state.trainingId.isEmpty() ? QStringLiteral("-") : state.trainingId,
            state.trainer, state.destination, state.status.isEmpty() ? record.status : state.status,
            state.newVersion.isEmpty() ? QStringLiteral("-") : state.newVersion});
    }
    c.out.table({CliTr::tr("TASK"), CliTr::tr("TRAINING"), CliTr::tr("TRAINER"), CliTr::tr("DESTINATION"), CliTr::tr("STATUS"),
                    CliTr::tr("VERSION")},
        rows);
    return ExitOk;
}

} // namespace

QList<Verb> trainVerbs()
{
    const QString group = QStringLiteral("train");
    const QList<QCommandLineOption> startOptions{
        QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("The dataset to train on."), QStringLiteral("WORKSPACE/DATASET")),
        QCommandLineOption(QStringLiteral("trainer"), CliTr::tr("flux (ostris/flux-dev-lora-trainer) or sdxl (stability-ai/sdxl)."), QStringLiteral("TRAINER")),
        QCommandLineOption(QStringLiteral("destination"), CliTr::tr("The Replicate model that receives the trained version."), QStringLiteral("OWNER/NAME")),
        QCommandLineOption(QStringLiteral("create-destination"), CliTr::tr("Create the destination model (private) when it does not exist.")),
        QCommandLineOption(QStringLiteral("input"), CliTr::tr("A trainer input over LoRA Craft's values, e.g. steps=1500 (repeatable)."), QStringLiteral("KEY=VALUE")),
        QCommandLineOption(QStringLiteral("wait"), CliTr::tr("Follow the training to its end (exit 0 when it succeeded, 3 when it failed or was canceled).")),
    };
    Verb start{group, QStringLiteral("start"), {}, CliTr::tr("Train a LoRA on Replicate from a dataset."),
        CliTr::tr("Checks the dataset (the export's pre-flight for the trainer's layout, at most 100 MB), the token, the "
                  "trainer's current version and the destination, then exports the dataset as a ZIP, uploads it to "
                  "Replicate, starts the training and prints its id. LoRA Craft fills in the trigger word, steps sized to "
                  "the dataset and the resolution; --input overrides any trainer input. Each stage is recorded: a training "
                  "interrupted here goes on on Replicate, and train status continues following it. Ctrl+C while waiting "
                  "stops waiting, not the training (train cancel does)."),
        startOptions, 0, 0, Library::OpenMode::MustExist, startCommand};
    Verb status{group, QStringLiteral("status"), QStringLiteral("ID"), CliTr::tr("Ask Replicate where a training is."),
        CliTr::tr("ID is the training's id on Replicate (or its task number). Records the answer in the library; "
                  "--wait follows the training to its end."),
        {QCommandLineOption(QStringLiteral("wait"), CliTr::tr("Follow the training to its end."))}, 1, 1, Library::OpenMode::MustExist,
        statusCommand};
    Verb cancel{group, QStringLiteral("cancel"), QStringLiteral("ID"), CliTr::tr("Cancel a training on Replicate."),
        CliTr::tr("Stops the training (and its billing) on Replicate and records how it ended."), {}, 1, 1,
        Library::OpenMode::MustExist, cancelCommand};
    Verb list{group, QStringLiteral("list"), {}, CliTr::tr("The trainings started from this library."),
        CliTr::tr("Newest first: task, training id, trainer, destination, status and the version it made."),
        {QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("Only this dataset's trainings."), QStringLiteral("WORKSPACE/DATASET"))}, 0,
        0, Library::OpenMode::MustExist, listCommand};
    list.readsOnly = true;
    Verb download{group, QStringLiteral("download"), QStringLiteral("ID"), CliTr::tr("Download a trained LoRA."),
        CliTr::tr("Downloads the training's trained_model.tar and extracts lora.safetensors (and SDXL's embeddings.pti and "
                  "special_params.json) into --out, all or nothing; prints where and its SHA-256."),
        {QCommandLineOption(QStringLiteral("out"), CliTr::tr("The folder for the weights (created if missing)."), QStringLiteral("DIR"))}, 1, 1,
        Library::OpenMode::MustExist, downloadCommand};
    return {start, status, cancel, list, download};
}

} // namespace lc::cli
