// loracraft-cli caption and items: auto-captioning through a vision server, and the items of a dataset
// with their captions' provenance.
#include "commands.h"

#include "clitr.h"
#include "interrupt.h"

#include "caption/captioner.h"
#include "caption/replicatecaption.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace lc::cli {

namespace {

int intOption(Context &c, const QString &name, int fallback, int min, int max, QString *error)
{
    if (!c.options.isSet(name))
        return fallback;
    bool ok = false;
    const int v = c.options.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        *error = CliTr::tr("--%1 needs a whole number from %2 to %3.").arg(name).arg(min).arg(max);
    return v;
}

class CaptionProgressPrinter
{
public:
    explicit CaptionProgressPrinter(Output &out) : m_out(out), m_tty(!out.json() && stderrIsTerminal()) { m_clock.start(); }

    void update(const CaptionProgress &p)
    {
        // At once and in every mode: a run killed before its summary has still said how to resume it.
        if (!m_announced && p.task.isValid() && p.done < p.total) {
            m_announced = true;
            m_out.err() << CliTr::tr("task %1: captioning %2 image(s); if it stops, continue with: loracraft-cli caption --resume %1")
                               .arg(p.task.value())
                               .arg(p.total)
                        << '\n' << Qt::flush;
        }
        if (!m_tty)
            return;
        const qint64 now = m_clock.elapsed();
        if (now - m_last < 200 && p.done != p.total)
            return;
        m_last = now;
        constexpr int Width = 28;
        const int filled = p.total > 0 ? int(qint64(Width) * p.done / p.total) : Width;
        const double rate = now > 0 ? p.done * 1000.0 / double(now) : 0;
        const QString status = rate > 0 && p.total > p.done
            ? CliTr::tr("%1/%2 · %3 failed · %4/s · %5 s left")
                  .arg(p.done)
                  .arg(p.total)
                  .arg(p.failed)
                  .arg(rate, 0, 'f', 1)
                  .arg(qRound((p.total - p.done) / rate))
            : CliTr::tr("%1/%2 · %3 failed · %4/s").arg(p.done).arg(p.total).arg(p.failed).arg(rate, 0, 'f', 1);
        m_out.err() << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(Width - filled, QLatin1Char('.')) << "] " << status
                    << "\x1b[K" << Qt::flush;
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            m_out.err() << '\n' << Qt::flush;
    }

private:
    Output &m_out;
    bool m_tty;
    bool m_shown = false;
    bool m_announced = false;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

int captionCommand(Context &c)
{
    auto bad = [&c](const QString &text) { return c.fail(makeError(ErrorCode::InvalidArgument, text)); };
    net::HttpClient http;
    Captioner captioner(c.library, http);
    CaptionRequest request;
    if (c.options.isSet(QStringLiteral("resume"))) {
        bool ok = false;
        const qint64 task = c.options.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || task <= 0)
            return bad(CliTr::tr("--resume needs a task id (a whole number): the one a caption run prints when it starts."));
        auto earlier = captioner.requestOf(TaskId(task));
        if (!earlier)
            return c.fail(earlier.error());
        request = *earlier;
    } else {
        const QString datasetPath = c.options.value(QStringLiteral("dataset"));
        if (datasetPath.isEmpty())
            return bad(CliTr::tr("caption needs --dataset WORKSPACE/DATASET (or --resume TASK_ID)."));
        auto dataset = c.service.findDataset(datasetPath).result();
        if (!dataset)
            return c.fail(dataset.error());
        request.dataset = dataset->id;
        CaptionSettings &s = request.settings;
        const QString backend = c.options.value(QStringLiteral("backend"));
        if (backend.isEmpty())
            return bad(CliTr::tr("caption needs --backend (one of: %1).").arg(allKeys<CaptionBackendKind>().join(QStringLiteral(", "))));
        if (auto kind = fromKey<CaptionBackendKind>(backend))
            s.backend = *kind;
        else
            return bad(CliTr::tr("--backend takes one of: %1.").arg(allKeys<CaptionBackendKind>().join(QStringLiteral(", "))));
        s.model = c.options.value(QStringLiteral("model"));
        if (s.model.isEmpty())
            return bad(CliTr::tr("caption needs --model (the model's name on the server, e.g. llava:13b, or a Replicate "
                                 "model such as salesforce/blip)."));
        if (s.backend == CaptionBackendKind::Replicate) {
            auto ref = replicate::ModelRef::parse(s.model);
            if (!ref)
                return c.fail(ref.error());
            // A known captioning model brings the inputs it takes; the options below override them.
            for (const ReplicateCaptionPreset &preset : ReplicateCaptionPreset::all()) {
                if (!preset.model.isEmpty() && preset.model.compare(ref->path(), Qt::CaseInsensitive) == 0) {
                    preset.applyTo(s);
                    s.model = ref->toString();
                }
            }
            if (c.options.isSet(QStringLiteral("image-input")))
                s.imageInput = c.options.value(QStringLiteral("image-input"));
            if (c.options.isSet(QStringLiteral("prompt-input")))
                s.promptInput = c.options.value(QStringLiteral("prompt-input"));
            if (c.options.isSet(QStringLiteral("input")))
                s.extraInput = c.options.value(QStringLiteral("input"));
        } else if (c.options.isSet(QStringLiteral("image-input")) || c.options.isSet(QStringLiteral("prompt-input"))
                   || c.options.isSet(QStringLiteral("input"))) {
            return bad(CliTr::tr("--image-input, --prompt-input and --input are for --backend replicate."));
        }
        if (s.backend == CaptionBackendKind::OpenAi) {
            s.baseUrl = c.options.value(QStringLiteral("url"));
            if (s.baseUrl.isEmpty())
                return bad(CliTr::tr("caption --backend openai needs --url (e.g. http://localhost:11434/v1 for Ollama)."));
            while (s.baseUrl.endsWith(QLatin1Char('/')))
                s.baseUrl.chop(1);
        }
        s.apiKeyEnv = c.options.value(QStringLiteral("api-key-env"));
        if (c.options.isSet(QStringLiteral("prompt")) && c.options.isSet(QStringLiteral("prompt-file")))
            return bad(CliTr::tr("Give --prompt or --prompt-file, not both."));
        if (c.options.isSet(QStringLiteral("prompt")))
            s.prompt = c.options.value(QStringLiteral("prompt"));
        if (c.options.isSet(QStringLiteral("prompt-file"))) {
            QFile f(c.options.value(QStringLiteral("prompt-file")));
            if (!f.open(QIODevice::ReadOnly))
                return bad(CliTr::tr("Cannot read the prompt file %1: %2").arg(f.fileName(), f.errorString()));
            s.prompt = QString::fromUtf8(f.read(100'000)).trimmed();
        }
        if (s.prompt.trimmed().isEmpty())
            return bad(CliTr::tr("The prompt is empty."));
        if (c.options.isSet(QStringLiteral("mode"))) {
            auto mode = fromKey<CaptionMode>(c.options.value(QStringLiteral("mode")));
            if (!mode)
                return bad(CliTr::tr("--mode takes one of: %1.").arg(allKeys<CaptionMode>().join(QStringLiteral(", "))));
            request.mode = *mode;
        }
        QString error;
        s.concurrency = intOption(c, QStringLiteral("concurrency"), s.concurrency, 1, 64, &error);
        s.maxSide = intOption(c, QStringLiteral("max-side"), s.maxSide, 128, 8192, &error);
        if (!error.isEmpty())
            return bad(error);
    }

    // The key: from the environment variable (named by --api-key-env; REPLICATE_API_TOKEN for Replicate),
    // else from the keychain where the GUI stores it; never from the command line (it would sit in the
    // shell history and in `ps`).
    QString apiKey;
    const bool replicate = request.settings.backend == CaptionBackendKind::Replicate;
    const QString keyEnv = !request.settings.apiKeyEnv.isEmpty() ? request.settings.apiKeyEnv
        : replicate                                            ? SecretStore::replicateTokenVariable()
                                                               : QString();
    if (!keyEnv.isEmpty())
        apiKey = qEnvironmentVariable(keyEnv.toLocal8Bit().constData()).trimmed();
    if (apiKey.isEmpty() && !request.settings.apiKeyEnv.isEmpty())
        return bad(CliTr::tr("The environment variable %1 named by --api-key-env is not set.").arg(keyEnv));
    if (apiKey.isEmpty()) {
        const SecretStore secrets;
        const Secret secret = secrets.lookup(replicate ? SecretStore::replicateTokenKey()
                                                       : SecretStore::apiKeyKeyForUrl(request.settings.baseUrl));
        apiKey = secret.value;
        if (apiKey.isEmpty() && replicate) {
            QString why = CliTr::tr("No Replicate API token: set REPLICATE_API_TOKEN, or store the token in the GUI "
                                    "(Settings → Captioning), which keeps it in the keychain.");
            if (!secret.keychainProblem.isEmpty())
                why += QLatin1Char(' ') + secret.keychainProblem;
            return c.fail(makeError(ErrorCode::Authentication, why));
        }
    }

    http.setHostLimit(request.settings.concurrency);
    CaptionProgressPrinter printer(c.out);
    captioner.setProgressCallback([&printer](const CaptionProgress &p) { printer.update(p); });
    CaptionReport report;
    {
        CancelOnInterrupt interrupt;
        report = captioner.run(request, apiKey, interrupt.flag());
    }
    printer.finish();

    if (c.out.json()) {
        c.out.printJson(report.toJson());
    } else {
        for (const CaptionFailure &f : std::as_const(report.failures))
            c.out.line(CliTr::tr("failed     %1 — %2").arg(terminalSafe(f.name), terminalSafe(f.message)));
        if (report.task.isValid())
            c.out.line(CliTr::tr("task %1: %2 in %3 s").arg(report.task.value()).arg(report.summary()).arg(report.seconds, 0, 'f', 1));
        if (report.canceled && report.task.isValid())
            c.out.line(CliTr::tr("Resume with: loracraft-cli caption --resume %1").arg(report.task.value()));
    }
    if (report.failure) {
        c.out.err() << "loracraft-cli: " << terminalSafe(report.failure->message) << '\n' << Qt::flush;
        if (!report.task.isValid() || report.captioned == 0)
            return report.failure->isUserError() ? ExitUserError : ExitInternalError;
        return ExitIncomplete;
    }
    return (report.failed > 0 || report.canceled) ? ExitIncomplete : ExitOk;
}

int itemsCommand(Context &c)
{
    const QString datasetPath = c.options.value(QStringLiteral("dataset"));
    if (datasetPath.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("items needs --dataset WORKSPACE/DATASET.")));
    auto dataset = c.service.findDataset(datasetPath).result();
    if (!dataset)
        return c.fail(dataset.error());
    // One set-based read (items, then the tags of the whole dataset), not two queries per item.
    auto details = c.service.datasetItems(dataset->id).result();
    if (!details)
        return c.fail(details.error());
    if (c.options.isSet(QStringLiteral("filter"))) {
        // The grid's filter language, in the grid's order (date added); the trash only with status:.
        ItemQuery query;
        query.dataset = dataset->id;
        query.text = c.options.value(QStringLiteral("filter"));
        auto ids = c.service.queryItems(query).result();
        if (!ids)
            return c.fail(ids.error());
        QHash<ItemId, qsizetype> order;
        for (qsizetype i = 0; i < ids->size(); ++i)
            order.insert(ids->at(i), i);
        details->removeIf([&order](const ItemDetail &d) { return !order.contains(d.row.id); });
        std::sort(details->begin(), details->end(),
            [&order](const ItemDetail &a, const ItemDetail &b) { return order.value(a.row.id) < order.value(b.row.id); });
    }
    if (c.out.json()) {
        QJsonArray items;
        for (const ItemDetail &d : std::as_const(*details)) {
            QJsonObject provenance{{QStringLiteral("origin"), toKey(d.provenance.origin)}};
            if (d.provenance.origin == CaptionOrigin::Auto) {
                provenance.insert(QStringLiteral("backend"), d.provenance.backend);
                provenance.insert(QStringLiteral("model"), d.provenance.model);
                provenance.insert(QStringLiteral("prompt"), d.provenance.prompt);
                provenance.insert(QStringLiteral("at"), d.provenance.at);
                provenance.insert(QStringLiteral("task"), d.provenance.task);
            }
            items.append(QJsonObject{{QStringLiteral("id"), d.row.id.value()}, {QStringLiteral("name"), d.row.name},
                {QStringLiteral("sha256"), d.row.hash.toHex()}, {QStringLiteral("caption"), d.caption},
                {QStringLiteral("captionProvenance"), provenance}, {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
                {QStringLiteral("status"), toKey(d.row.status)}, {QStringLiteral("rating"), d.row.rating},
                {QStringLiteral("width"), d.row.width}, {QStringLiteral("height"), d.row.height},
                {QStringLiteral("repeats"), d.repeats}});
        }
        c.out.printJson(QJsonObject{{QStringLiteral("dataset"), QString(dataset->workspaceName + QLatin1Char('/') + dataset->name)},
            {QStringLiteral("items"), items}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ItemDetail &d : std::as_const(*details)) {
        QString caption = d.caption.simplified();
        if (caption.size() > 60)
            caption = caption.left(59) + QStringLiteral("…");
        rows << QStringList{QString::number(d.row.id.value()), terminalSafe(d.row.name), toKey(d.row.status),
            QStringLiteral("%1×%2").arg(d.row.width).arg(d.row.height), toKey(d.provenance.origin), terminalSafe(caption)};
    }
    c.out.table({CliTr::tr("ID"), CliTr::tr("NAME"), CliTr::tr("STATUS"), CliTr::tr("SIZE"), CliTr::tr("CAPTION FROM"), CliTr::tr("CAPTION")}, rows);
    return ExitOk;
}

} // namespace

QList<Verb> captionVerbs()
{
    const QList<QCommandLineOption> options{
        QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("The dataset to caption."), QStringLiteral("WORKSPACE/DATASET")),
        QCommandLineOption(QStringLiteral("backend"), CliTr::tr("openai: any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter); replicate: a model on Replicate (token from REPLICATE_API_TOKEN or the keychain)."), QStringLiteral("BACKEND")),
        QCommandLineOption(QStringLiteral("url"), CliTr::tr("The server's OpenAI-compatible base URL, e.g. http://localhost:11434/v1."), QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("model"), CliTr::tr("The model's name on the server; for Replicate OWNER/NAME[:VERSION], e.g. salesforce/blip, yorickvp/llava-13b, lucataco/florence-2-large."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("image-input"), CliTr::tr("Replicate: the model's input that takes the image (default image)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("prompt-input"), CliTr::tr("Replicate: the model's input that takes the prompt (LLaVA: prompt; none for BLIP and Florence-2)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("input"), CliTr::tr("Replicate: further inputs as a JSON object, e.g. '{\"task_input\":\"Caption\"}'."), QStringLiteral("JSON")),
        QCommandLineOption(QStringLiteral("api-key-env"), CliTr::tr("The environment variable that holds the API key."), QStringLiteral("VAR")),
        QCommandLineOption(QStringLiteral("prompt"), CliTr::tr("The prompt; {trigger}, {class}, {tags}, {filename} and {caption} are filled in."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("prompt-file"), CliTr::tr("Read the prompt from a file."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("mode"), CliTr::tr("fill-empty (default), replace-auto, append or replace-all."), QStringLiteral("MODE")),
        QCommandLineOption(QStringLiteral("concurrency"), CliTr::tr("Requests in flight (default 4)."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("max-side"), CliTr::tr("Long side of the image sent, in pixels (default 1024)."), QStringLiteral("PX")),
        QCommandLineOption(QStringLiteral("resume"), CliTr::tr("Continue an earlier run without sending again what it captioned."), QStringLiteral("TASK_ID")),
    };
    Verb caption{QStringLiteral("caption"), {}, {}, CliTr::tr("Caption a dataset's images with a vision model."),
        CliTr::tr("Sends each image (upright, JPEG, long side --max-side) with the prompt to a vision model and writes "
                  "the cleaned answer as the caption, recording the backend, model, prompt and time. By default only "
                  "empty captions are filled; a caption typed by a person or read from a caption file is replaced only "
                  "with --mode replace-all, and one edited while the run goes on is kept. Ctrl+C stops cleanly; "
                  "--resume continues. Exit code 0 when every image got its caption, 3 when some failed (listed)."),
        options, 0, 0, Library::OpenMode::MustExist, captionCommand};

    Verb items{QStringLiteral("items"), {}, {}, CliTr::tr("List a dataset's items with their captions and where they came from."),
        CliTr::tr("Every item of the dataset (the trash included) with its id, file name, SHA-256, caption, the caption's "
                  "provenance, tags, status, rating and size."),
        {QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("The dataset."), QStringLiteral("WORKSPACE/DATASET")),
            QCommandLineOption(QStringLiteral("filter"),
                CliTr::tr("Only the items this filter selects, as in the grid's search box: words, tag:smile, caption:dress, "
                          "stars:>=4, width:>512, tokens:>75, blur:yes, status:rejected, has:crop, NOT/-, OR, parentheses. "
                          "Without status: the trash is left out."),
                QStringLiteral("EXPR"))},
        0, 0,
        Library::OpenMode::MustExist, itemsCommand};
    items.readsOnly = true;
    return {caption, items};
}

} // namespace lc::cli
