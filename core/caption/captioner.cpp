#include "captioner.h"

#include "async/resultqueue.h"
#include "caption/captionbackend.h"
#include "caption/captiontext.h"
#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/tasks.h"
#include "edit/catalogwriter.h"
#include "library/library.h"
#include "store/objectstore.h"
#include "util/tr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThreadPool>

#include <memory>

Q_LOGGING_CATEGORY(lcCaption, "loracraft.caption")

namespace lc {

namespace {

struct ItemResult
{
    int index = -1;
    Result<QString> caption = Error(ErrorCode::Internal, QString());
    QString prompt;
};

bool eligible(const CaptionTarget &t, CaptionMode mode)
{
    const bool empty = t.caption.trimmed().isEmpty();
    switch (mode) {
    case CaptionMode::FillEmpty: return empty;
    case CaptionMode::ReplaceAuto: return empty || t.provenance.origin == CaptionOrigin::Auto;
    case CaptionMode::Append:
    case CaptionMode::ReplaceAll: return true;
    }
    return false;
}

// A server may quote the key back where no HTTP error is involved (a failed Replicate prediction is a 200
// whose "error" says anything; HttpClient redacts only error responses): every error a run reports,
// prints, logs or records in the catalog loses the key here.
Error withoutSecret(Error e, const QString &secret)
{
    if (secret.size() < 4)
        return e;
    const QString mark = QStringLiteral("‹redacted›");
    e.message.replace(secret, mark);
    e.detail.replace(secret, mark);
    if (e.cause)
        e.cause = std::make_shared<const Error>(withoutSecret(*e.cause, secret));
    return e;
}

} // namespace

Captioner::Captioner(const Library &library, net::HttpClient &http) : m_library(library), m_http(http) {}

Result<CaptionRequest> Captioner::resumeRequest(const Library &library, TaskId task)
{
    auto record = Tasks::get(library.catalog(), task);
    if (!record)
        return record.error();
    if (record->kind != QLatin1String("caption"))
        return Error(ErrorCode::InvalidArgument, CaptionTr::tr("Task #%1 is not a captioning run (it is “%2”).").arg(task.value()).arg(record->kind));
    const QJsonObject report = QJsonDocument::fromJson(record->report.toUtf8()).object();
    CaptionRequest request = CaptionRequest::fromJson(report.value(QStringLiteral("request")).toObject());
    if (!request.dataset.isValid())
        return Error(ErrorCode::Corrupt, CaptionTr::tr("Task #%1 does not record what it was asked to caption.").arg(task.value()));
    // A run resumed from a resumed run continues the first one.
    const qint64 lineage = qint64(report.value(QStringLiteral("lineage")).toDouble());
    request.resume = TaskId(lineage > 0 ? lineage : task.value());
    return request;
}

CaptionReport Captioner::run(const CaptionRequest &request, const QString &apiKey, const std::atomic<bool> &cancel)
{
    QElapsedTimer clock;
    clock.start();
    CaptionReport report;
    const Catalog &catalog = m_library.catalog();
    auto fail = [&](const Error &e) {
        report.failure = withoutSecret(e, apiKey);
        report.seconds = double(clock.elapsed()) / 1000.0;
        return report;
    };

    auto dataset = Datasets(catalog).get(request.dataset);
    if (!dataset)
        return fail(dataset.error());
    auto backend = makeCaptionBackend(m_http, request.settings, apiKey);
    if (!backend)
        return fail(backend.error());
    if (auto healthy = m_library.checkCatalogForWriting(); !healthy)
        return fail(healthy.error());
    if (auto prepared = (*backend)->prepare(&cancel); !prepared)
        return fail(prepared.error());
    auto targets = Items(catalog).captionTargets(request.dataset, request.items);
    if (!targets)
        return fail(targets.error());

    CatalogWriter &writer = m_library.writer();
    const QJsonObject requestJson = request.toJson();
    auto taskJson = [&](qint64 lineage) {
        QJsonObject o{{QStringLiteral("request"), requestJson}, {QStringLiteral("report"), report.toJson()}};
        if (lineage > 0)
            o.insert(QStringLiteral("lineage"), lineage);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto task = writer.write<TaskId>(CaptionTr::tr("Record the captioning run"), [&] {
        return Tasks::create(catalog, QStringLiteral("caption"), request.dataset,
            CaptionTr::tr("Captioning with %1").arg(request.settings.model), 0, taskJson(request.resume.value()));
    }).result();
    if (!task)
        return fail(task.error());
    report.task = *task;
    // What the provenance records as the run: the first of a chain of resumed runs.
    const qint64 lineage = request.resume.isValid() ? request.resume.value() : task->value();

    QList<CaptionTarget> todo;
    for (const CaptionTarget &t : std::as_const(*targets)) {
        if (request.resume.isValid() && t.provenance.origin == CaptionOrigin::Auto && t.provenance.task == lineage) {
            ++report.alreadyDone;
            continue;
        }
        if (eligible(t, request.mode))
            todo.append(t);
    }
    report.eligible = int(todo.size()) + report.alreadyDone;

    const DatasetSettings &ds = dataset->settings;
    const CaptionSettings &settings = request.settings;
    CaptionBackend *backendPtr = backend->get();
    const ObjectStore &store = m_library.store();
    QThreadPool pool;
    pool.setObjectName(QStringLiteral("caption"));
    pool.setMaxThreadCount(std::max(1, settings.concurrency));
    auto results = std::make_shared<async::ResultQueue<ItemResult>>();
    const int window = 2 * pool.maxThreadCount();
    int next = 0;
    bool stop = false;
    auto stopping = [&] { return stop || cancel.load(); };
    auto launch = [&] {
        while (!stopping() && next < todo.size() && results->inFlight() < window) {
            const int index = next++;
            const CaptionTarget target = todo[index];
            results->started();
            pool.start([results, index, target, backendPtr, &store, &settings, &ds, &cancel] {
                ItemResult r;
                r.index = index;
                r.prompt = fillPromptTemplate(settings.prompt,
                    {{QStringLiteral("trigger"), ds.triggerWord}, {QStringLiteral("class"), ds.classWord},
                        {QStringLiteral("tags"), target.tags.join(QStringLiteral(", "))},
                        {QStringLiteral("filename"), target.name}, {QStringLiteral("caption"), target.caption}});
                if (cancel.load()) {
                    r.caption = Error(ErrorCode::Canceled, CaptionTr::tr("Canceled."));
                } else if (auto bytes = store.read(target.hash); !bytes) {
                    r.caption = bytes.error();
                } else if (auto jpeg = captionJpeg(*bytes, settings.maxSide); !jpeg) {
                    r.caption = jpeg.error();
                } else {
                    try {
                        r.caption = backendPtr->caption(CaptionInput{*jpeg, r.prompt}, &cancel);
                    } catch (...) {
                        r.caption = Error(ErrorCode::Internal, CaptionTr::tr("Internal error while captioning."));
                    }
                }
                results->push(std::move(r));
            });
        }
    };

    struct Pending
    {
        const CaptionTarget *target;
        QString caption;
        QString prompt;
        CaptionProvenance provenance; // filled when written
    };
    QList<Pending> batch;
    int done = 0;
    int attempted = 0;
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    CaptionProgress progress;
    progress.total = int(todo.size());
    progress.task = report.task;

    auto commit = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        QList<bool> written;
        auto r = writer.write<void>(CaptionTr::tr("Write generated captions"), [&]() -> Result<void> {
            written.clear();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (Pending &p : batch) {
                CaptionProvenance &prov = p.provenance;
                prov.origin = CaptionOrigin::Auto;
                prov.backend = backendPtr->key();
                prov.model = backendPtr->model();
                prov.prompt = p.prompt;
                prov.at = now;
                prov.task = lineage;
                auto w = Items(catalog).setCaptionIfUnchanged(p.target->id, p.target->caption, p.caption, prov);
                if (!w)
                    return w.error();
                written.append(*w);
            }
            return Tasks::updateProgress(catalog, report.task, done, progress.total, CaptionTr::tr("Captioning"));
        }).result();
        if (!r)
            return r;
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (!written[i]) {
                ++report.kept;
                continue;
            }
            ++report.captioned;
            if (m_recordChanges) {
                const Pending &p = batch[i];
                report.changes.append({p.target->id, p.target->caption, p.target->provenance, p.caption, p.provenance});
            }
        }
        batch.clear();
        sinceCommit.restart();
        return {};
    };

    for (;;) {
        launch();
        const bool finished = results->inFlight() == 0 && (stopping() || next >= todo.size());
        for (ItemResult &r : results->take(finished ? 0 : 100)) {
            const CaptionTarget &target = todo[r.index];
            if (!r.caption)
                r.caption = withoutSecret(r.caption.error(), apiKey);
            if (!r.caption) {
                if (r.caption.error().code == ErrorCode::Canceled)
                    continue; // not attempted: a resume sends it
                ++done;
                ++attempted;
                ++report.failed;
                report.failures.append({target.id, target.name, r.caption.error().message});
                qCWarning(lcCaption).noquote() << target.name << ":" << r.caption.error().message;
                // The same refusal for every item: stop instead of failing them one by one.
                if (r.caption.error().code == ErrorCode::Authentication || r.caption.error().httpStatus == 402
                    || (report.captioned + int(batch.size()) == 0 && report.failed >= 5)) {
                    if (!stop)
                        report.failure = r.caption.error();
                    stop = true;
                }
                continue;
            }
            ++done;
            ++attempted;
            QString text = cleanCaption(*r.caption, settings, ds.triggerWord);
            if (request.mode == CaptionMode::Append && !target.caption.trimmed().isEmpty())
                text = target.caption.trimmed() + QStringLiteral(", ") + text;
            batch.append({&target, text, r.prompt, {}});
            progress.current = target.name;
        }
        if (batch.size() >= 32 || (!batch.isEmpty() && sinceCommit.elapsed() > 500) || finished) {
            if (auto c = commit(); !c) {
                report.failure = c.error();
                stop = true;
                batch.clear();
            }
        }
        progress.done = done;
        progress.captioned = report.captioned + report.alreadyDone;
        progress.failed = report.failed;
        if (m_progress)
            m_progress(progress);
        if (finished)
            break;
    }
    pool.waitForDone();
    report.canceled = cancel.load() && done < todo.size();
    report.seconds = double(clock.elapsed()) / 1000.0;
    const QString status = report.canceled ? QStringLiteral("canceled")
        : report.failure                   ? QStringLiteral("failed")
                                           : QStringLiteral("completed");
    auto finishedTask = writer.write<void>(CaptionTr::tr("Record the captioning run"), [&] {
        return Tasks::finish(catalog, report.task, status, done, progress.total, report.summary(),
            report.failure ? report.failure->message : QString(), taskJson(request.resume.value()));
    }).result();
    if (!finishedTask)
        qCWarning(lcCaption) << "cannot record the captioning run:" << finishedTask.error().message;
    return report;
}

} // namespace lc
