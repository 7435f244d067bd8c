#include "exporter.h"

#include "export/trainers/trainer.h"

#include "util/tr.h"

#include "catalog/exports.h"
#include "catalog/provenancerows.h"
#include "catalog/tasks.h"
#include "export/exportplanner.h"
#include "export/exportsink.h"
#include "export/imagerender.h"
#include "library/library.h"
#include "util/contenthash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace lc {

QString sanitizeId(const QString &text);

namespace {

// An item's caption provenance as loracraft.json records it: the origin, and for a generated caption
// what wrote it (the time as ISO-8601 UTC, readable without knowing the epoch).
QJsonObject provenanceJson(const CaptionProvenance &p)
{
    QJsonObject o{{QStringLiteral("origin"), toKey(p.origin)}};
    if (p.origin != CaptionOrigin::Auto)
        return o;
    o.insert(QStringLiteral("backend"), p.backend);
    o.insert(QStringLiteral("model"), p.model);
    o.insert(QStringLiteral("prompt"), p.prompt);
    o.insert(QStringLiteral("at"), p.at > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(p.at).toUTC().toString(Qt::ISODateWithMs))
                                            : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("task"), p.task > 0 ? QJsonValue(p.task) : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace

ExportReport Exporter::run(const ExportPlan &plan, const std::atomic<bool> &cancel, const ProgressFn &progress)
{
    QElapsedTimer clock;
    clock.start();
    ExportReport report;
    const ExportOptions &o = plan.options;
    const int total = int(plan.entries.size());

    // The export is a task: its outcome (completed, failed, canceled) stays in the history.
    auto finishTask = [&](const QString &status) {
        if (!report.task.isValid())
            return;
        QJsonObject j{{QStringLiteral("format"), exportFormatKey(o.format)}, {QStringLiteral("output"), report.outputPath},
            {QStringLiteral("images"), report.images}, {QStringLiteral("planned_images"), total},
            {QStringLiteral("files"), report.files}, {QStringLiteral("bytes"), report.bytes},
            {QStringLiteral("sha256"), report.sha256}, {QStringLiteral("seconds"), report.seconds},
            {QStringLiteral("canceled"), report.canceled}, {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
        if (report.failure)
            j.insert(QStringLiteral("error"), report.failure->message);
        QString summary;
        if (status == QLatin1String("completed")) {
            summary = ExportTr::tr("%1 · %2 images · %3").arg(exportFormatKey(o.format)).arg(report.images).arg(QDir::toNativeSeparators(report.outputPath));
        } else if (status == QLatin1String("canceled")) {
            summary = ExportTr::tr("%1 · canceled; nothing was written").arg(exportFormatKey(o.format));
        } else {
            summary = ExportTr::tr("%1 · failed; nothing was written").arg(exportFormatKey(o.format));
        }
        auto written = m_library.writer()
                           .write<void>(ExportTr::tr("Record the export"),
                               [&] {
                                   return Tasks::finish(m_library.catalog(), report.task, status, report.images, total, summary,
                                       report.failure && !report.canceled ? report.failure->message : QString(),
                                       QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
                               })
                           .result();
        if (!written)
            qWarning("cannot record the export task: %s", qPrintable(written.error().message));
    };

    if (plan.blocked()) {
        report.failure = makeError(ErrorCode::InvalidArgument, ExportTr::tr("The pre-flight check found errors; fix them before exporting."));
        return report;
    }

    {
        auto taskId = m_library.writer()
                          .write<TaskId>(ExportTr::tr("Record the export"),
                              [&] {
                                  return Tasks::create(m_library.catalog(), QStringLiteral("export"), plan.dataset.id,
                                      ExportTr::tr("Exporting for %1").arg(exportFormatKey(o.format)), total);
                              })
                          .result();
        if (taskId)
            report.task = *taskId;
        else
            qWarning("cannot record the export task: %s", qPrintable(taskId.error().message));
    }

    auto fail = [&](const Error &e, ExportSink *sink) {
        if (sink)
            sink->discard();
        report.failure = e;
        report.canceled = e.code == ErrorCode::Canceled;
        report.seconds = double(clock.elapsed()) / 1000.0;
        finishTask(report.canceled ? QStringLiteral("canceled") : QStringLiteral("failed"));
        return report;
    };

    // Every stored original must be there before anything is written: name the images whose copy in the
    // library is gone (a file deleted by hand, a disk that lost it) instead of failing halfway.
    {
        QStringList missing;
        for (const ExportEntry &e : plan.entries) {
            if (!QFileInfo::exists(m_library.store().pathFor(e.hash)))
                missing << e.originalName;
        }
        if (!missing.isEmpty()) {
            const QStringList shown = missing.mid(0, 5);
            const QString names = shown.join(QStringLiteral(", "));
            const QString message = missing.size() > shown.size()
                ? ExportTr::tr("%n image(s) have lost their stored original: %1 and %2 more. Nothing was written. Run "
                               "`loracraft-cli fsck --repair` to bring them back from where they were imported, "
                               "or move them to the trash to export without them.",
                      nullptr, int(missing.size()))
                      .arg(names, QString::number(missing.size() - shown.size()))
                : ExportTr::tr("%n image(s) have lost their stored original: %1. Nothing was written. Run "
                               "`loracraft-cli fsck --repair` to bring them back from where they were imported, "
                               "or move them to the trash to export without them.",
                      nullptr, int(missing.size()))
                      .arg(names);
            return fail(makeError(ErrorCode::NotFound, message), nullptr);
        }
    }

    // LoRA Craft's metadata beside a Replicate archive: never overwrite one that exists.
    const Trainer &trainer = trainerFor(o.format);
    const bool beside = trainer.archiveOnly();
    QString companion;
    if (beside) {
        companion = QDir::cleanPath(QDir::current().absoluteFilePath(o.outputPath));
        if (companion.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            companion.chop(4);
        companion += QStringLiteral(".loracraft.json");
        if (QFileInfo::exists(companion) || QFileInfo(companion).isSymLink()) {
            return fail(makeError(ErrorCode::AlreadyExists,
                            ExportTr::tr("%1 already exists. Choose a new name, or delete it first; an export never overwrites.")
                                .arg(QDir::toNativeSeparators(companion))),
                nullptr);
        }
    }

    QStringList leftovers, unproven;
    // Provenance of the images that came from the web (image search, pasted addresses).
    const QHash<ContentHash, search::Provenance> webSources = ProvenanceRows::forDataset(m_library.catalog(), plan.dataset.id).valueOr(
        QHash<ContentHash, search::Provenance>());
    auto created = ExportSink::create(o.outputPath, m_library.store().tempDir(), &leftovers, &unproven);
    if (!created)
        return fail(created.error(), nullptr);
    for (const QString &l : std::as_const(leftovers))
        report.notes << ExportTr::tr("Removed %1, left by an export that was interrupted.").arg(QDir::toNativeSeparators(l));
    for (const QString &l : std::as_const(unproven))
        report.notes << ExportTr::tr("Found %1, probably left by an interrupted export of an earlier version; it was left alone.")
                            .arg(QDir::toNativeSeparators(l));
    ExportSink &sink = **created;
    report.outputPath = sink.finalPath();
    const QString folder = trainer.imageFolder(plan);
    QStringList subsetFolders; // per subset
    for (int i = 0; i < plan.subsets.size(); ++i)
        subsetFolders << trainer.subsetFolder(plan, i);
    auto inFolder = [&](const ExportEntry &e, const QString &name) {
        const QString &dir = subsetFolders.value(e.subset, folder);
        return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
    };
    TrainerContext context;
    context.archive = sink.isArchive();
    context.root = context.archive ? TrainerContext::PathPlaceholder.toString() : QDir::cleanPath(sink.finalPath());
    context.imageFolder = context.path(folder);

    ExportProgress p;
    p.images = total;
    p.steps = sink.isArchive() ? 2 * total : total;
    auto emitProgress = [&] {
        if (m_detailed)
            m_detailed(p);
        if (progress)
            progress(p.step, p.steps, p.current);
    };
    const Error canceled = makeError(ErrorCode::Canceled, ExportTr::tr("The export was canceled."));

    // Images and captions: rendered on a pool a bounded window ahead, written in order, one progress
    // report and one cancel check per image.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    const int window = std::max(2, pool.maxThreadCount() * 2);
    const Library *library = &m_library;
    QList<QFuture<Result<RenderedImage>>> pending;
    pending.reserve(total);
    auto submit = [&](int index) {
        const ExportEntry *e = &plan.entries[index];
        pending.append(QtConcurrent::run(&pool, [library, e, &o, &cancel]() -> Result<RenderedImage> {
            if (cancel.load())
                return makeError(ErrorCode::Canceled, QString());
            try {
                return renderExportImage(*library, *e, o);
            } catch (const std::exception &ex) {
                return makeError(ErrorCode::Internal, QString::fromLocal8Bit(ex.what()));
            }
        }));
    };
    auto abandon = [&] {
        for (auto &f : pending)
            f.waitForFinished(); // each one returns at once: it sees the cancel flag or a failure stop
    };
    std::atomic<bool> stopRenders{false};
    Q_UNUSED(stopRenders);
    QJsonArray metaImages;
    QSet<QString> imagePaths;
    for (int i = 0; i < total; ++i) {
        while (pending.size() < total && pending.size() <= i + window)
            submit(int(pending.size()));
        const ExportEntry &e = plan.entries[i];
        if (cancel.load()) {
            abandon();
            return fail(canceled, &sink);
        }
        const Result<RenderedImage> rendered = pending[i].result();
        pending[i] = QFuture<Result<RenderedImage>>();
        if (cancel.load()) {
            abandon();
            return fail(canceled, &sink);
        }
        if (!rendered) {
            abandon();
            Error error = rendered.error();
            if (error.code == ErrorCode::Corrupt || error.code == ErrorCode::NotFound)
                error.message = ExportTr::tr("%1: %2 Nothing was written; `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.")
                                    .arg(e.originalName, error.message);
            return fail(error, &sink);
        }
        const RenderedImage &image = rendered.value();
        const QString imagePath = inFolder(e, e.fileName());
        imagePaths.insert(imagePath);
        auto added = image.unchanged ? sink.addFileFromDisk(imagePath, m_library.store().pathFor(e.hash), e.hash)
                                     : sink.addFile(imagePath, image.bytes);
        if (!added) {
            abandon();
            Error error = added.error();
            if (error.code == ErrorCode::Corrupt) // say which image it is, not only which stored file
                error.message = ExportTr::tr("%1: %2 Nothing was written; `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.")
                                    .arg(e.originalName, error.message);
            return fail(error, &sink);
        }
        report.bytes += image.size;
        ++report.images;
        const bool writeTxt = trainer.writesCaptionFiles() && (trainer.writesEmptyCaptionFiles() || !e.caption.isEmpty());
        if (writeTxt) {
            const QByteArray caption = e.caption.toUtf8(); // UTF-8, no BOM, one line, no newline at the end
            if (auto r = sink.addFile(inFolder(e, e.stem + QStringLiteral(".txt")), caption); !r) {
                abandon();
                return fail(r.error(), &sink);
            }
            report.bytes += caption.size();
        }
        QJsonObject m{{QStringLiteral("file"), imagePath}, {QStringLiteral("sha256"), e.hash.toHex()},
            {QStringLiteral("original_name"), e.originalName}, {QStringLiteral("source_path"), e.sourcePath},
            {QStringLiteral("caption"), e.caption}, {QStringLiteral("caption_provenance"), provenanceJson(e.provenance)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
            {QStringLiteral("width"), e.size.width()}, {QStringLiteral("height"), e.size.height()},
            {QStringLiteral("output_width"), e.outputSize.width()}, {QStringLiteral("output_height"), e.outputSize.height()},
            {QStringLiteral("repeats"), plan.subsets.value(e.subset).repeats},
            {QStringLiteral("subset"), plan.subsets.value(e.subset).name}};
        if (plan.subsets.value(e.subset).regularization)
            m.insert(QStringLiteral("regularization"), true);
        // Where an image from the web came from, and its licence and attribution.
        if (const auto source = webSources.constFind(e.hash); source != webSources.cend())
            m.insert(QStringLiteral("source"), source->toJson());
        m.insert(QStringLiteral("crop"), e.crop ? QJsonValue(QJsonObject{{QStringLiteral("x"), e.crop->x()}, {QStringLiteral("y"), e.crop->y()},
                                                     {QStringLiteral("width"), e.crop->width()}, {QStringLiteral("height"), e.crop->height()}})
                                                : QJsonValue(QJsonValue::Null));
        metaImages.append(m);
        p.stage = ExportProgress::Stage::Images;
        p.imagesDone = i + 1;
        p.step = i + 1;
        p.current = e.fileName();
        emitProgress();
    }
    if (cancel.load())
        return fail(canceled, &sink);

    // The trainer's own config files and folders.
    const Trainer::Files trainerFiles = trainer.configFiles(plan, context);
    QList<std::pair<QString, QByteArray>> extra = trainerFiles.files;
    if (const QString guide = trainer.trainingGuide(plan, context); !guide.isEmpty())
        extra.append({QStringLiteral("TRAINING.md"), guide.toUtf8()});
    for (const QString &dir : trainerFiles.folders) {
        if (auto r = sink.addDirectory(dir); !r)
            return fail(r.error(), &sink);
    }

    const QByteArray metadata = QJsonDocument(QJsonObject{
        {QStringLiteral("generator"), QStringLiteral("LoRA Craft " LORACRAFT_VERSION)},
        {QStringLiteral("format"), exportFormatKey(o.format)},
        {QStringLiteral("dataset"), QJsonObject{{QStringLiteral("workspace"), plan.dataset.workspaceName},
                                        {QStringLiteral("name"), plan.dataset.name},
                                        {QStringLiteral("trigger_word"), o.triggerWord}, {QStringLiteral("class_word"), o.classWord},
                                        {QStringLiteral("target_model"), targetModelKey(plan.dataset.settings.targetModel)},
                                        {QStringLiteral("target_resolution"), o.resolution}}},
        {QStringLiteral("options"), o.toJson()},
        {QStringLiteral("images"), metaImages}}).toJson(QJsonDocument::Indented);
    if (!beside)
        extra.append({QStringLiteral("loracraft.json"), metadata});
    for (const auto &[name, bytes] : std::as_const(extra)) {
        if (auto r = sink.addFile(name, bytes); !r)
            return fail(r.error(), &sink);
        report.bytes += bytes.size();
    }
    report.files = report.images + int(extra.size());

    // Writing the archive: one progress report per image that goes in.
    int written = 0;
    auto committed = sink.commit([&](int, int, const QString &current) {
        if (cancel.load())
            return false;
        if (imagePaths.contains(current)) {
            ++written;
            p.stage = ExportProgress::Stage::Archive;
            p.imagesDone = written;
            p.step = total + written;
            p.current = current.section(QLatin1Char('/'), -1);
            emitProgress();
        }
        return !cancel.load();
    });
    if (!committed)
        return fail(committed.error(), &sink);
    if (beside) {
        // Exclusively: a file that appeared meanwhile is never replaced.
        QFile f(companion);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(metadata) != metadata.size() || !f.flush()) {
            report.notes << ExportTr::tr("Could not write %1 (%2); the archive itself is complete.")
                                .arg(QDir::toNativeSeparators(companion), f.errorString());
        }
    }
    if (sink.isArchive()) {
        report.sha256 = sink.archiveSha256();
        if (report.sha256.isEmpty()) {
            if (auto h = hashFile(sink.finalPath()))
                report.sha256 = h->toHex();
        }
        report.bytes = QFileInfo(sink.finalPath()).size();
    }
    p.stage = ExportProgress::Stage::Done;
    p.step = p.steps;
    p.imagesDone = total;
    p.current.clear();
    emitProgress();

    // History.
    report.seconds = double(clock.elapsed()) / 1000.0;
    const ExportRecord record{plan.dataset.id, exportFormatKey(o.format),
        QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact)), report.outputPath, report.images,
        report.bytes, report.sha256, report.task};
    auto recorded = m_library.writer()
                        .write<void>(ExportTr::tr("Record the export"), [&] { return Exports::record(m_library.catalog(), record); })
                        .result();
    if (!recorded)
        qWarning("cannot record the export: %s", qPrintable(recorded.error().message));
    finishTask(QStringLiteral("completed"));
    return report;
}

QString sanitizeId(const QString &text)
{
    QString id = sanitizeStem(text).toLower();
    return id.isEmpty() ? QStringLiteral("dataset") : id;
}

} // namespace lc
