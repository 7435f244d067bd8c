#include "exporter.h"

#include "util/tr.h"

#include "catalog/sql.h"
#include "catalog/tasks.h"
#include "export/exportplanner.h"
#include "export/exportsink.h"
#include "export/imagerender.h"
#include "library/library.h"
#include "util/contenthash.h"

#include <QCoreApplication>
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


QString quoted(QString s) // a basic string valid in both TOML and YAML
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString conceptName(const ExportPlan &plan)
{
    const QString text = QString(plan.options.triggerWord + QLatin1Char(' ') + plan.options.classWord).simplified();
    return text.isEmpty() ? plan.dataset.name.simplified() : text;
}

bool writesCaptionFiles(ExportFormat f)
{
    return f != ExportFormat::ReplicateSdxl && f != ExportFormat::Diffusers;
}

bool metadataBesideArchive(ExportFormat f)
{
    // Replicate's trainers take the whole archive as data: keep it to images and captions.
    return f == ExportFormat::ReplicateFlux || f == ExportFormat::ReplicateSdxl;
}

QList<int> resolutionsFor(const ExportPlan &plan)
{
    switch (plan.dataset.settings.targetModel) {
    case TargetModel::Flux: return {512, 768, 1024};
    case TargetModel::Sdxl: return {plan.options.resolution};
    case TargetModel::Sd15: return {plan.options.resolution};
    }
    return {plan.options.resolution};
}

QByteArray kohyaToml(const ExportPlan &plan, const QString &imageDir, bool relative)
{
    const int res = plan.options.resolution;
    QString t;
    t += QStringLiteral("# kohya sd-scripts dataset config written by LoRA Craft. Use: --dataset_config dataset.toml\n");
    if (relative)
        t += QStringLiteral("# image_dir is relative to this file's folder: run the trainer from here, or make it absolute.\n");
    t += QStringLiteral("[general]\ncaption_extension = \".txt\"\nshuffle_caption = false\nkeep_tokens = 1\nenable_bucket = true\n"
                        "bucket_no_upscale = true\nbucket_reso_steps = 64\nmin_bucket_reso = 256\nmax_bucket_reso = %1\n\n")
             .arg(res >= 1024 ? 2048 : 1024);
    t += QStringLiteral("[[datasets]]\nresolution = [%1, %1]\nbatch_size = 1\n\n").arg(res);
    t += QStringLiteral("  [[datasets.subsets]]\n  image_dir = %1\n  num_repeats = %2\n  class_tokens = %3\n")
             .arg(quoted(imageDir))
             .arg(plan.options.repeats)
             .arg(quoted(conceptName(plan)));
    return t.toUtf8();
}

QByteArray aiToolkitYaml(const ExportPlan &plan, const QString &folder, bool relative)
{
    QStringList res;
    for (int r : resolutionsFor(plan))
        res << QString::number(r);
    QString y = QStringLiteral("# ai-toolkit dataset written by LoRA Craft: merge into config.process[0] of your training config.\n");
    if (relative)
        y += QStringLiteral("# folder_path is relative: replace it with where you unpacked this export.\n");
    if (!plan.options.triggerWord.isEmpty())
        y += QStringLiteral("trigger_word: %1\n").arg(quoted(plan.options.triggerWord));
    y += QStringLiteral("datasets:\n  - folder_path: %1\n    caption_ext: \"txt\"\n    caption_dropout_rate: 0.05\n"
                        "    shuffle_tokens: false\n    cache_latents_to_disk: true\n    resolution: [%2]\n")
             .arg(quoted(folder), res.join(QStringLiteral(", ")));
    return y.toUtf8();
}

QByteArray oneTrainerConcepts(const ExportPlan &plan, const QString &folder)
{
    QJsonObject text{{QStringLiteral("prompt_source"), QStringLiteral("sample")}, {QStringLiteral("prompt_path"), QString()},
        {QStringLiteral("enable_tag_shuffling"), false}, {QStringLiteral("tag_delimiter"), QStringLiteral(",")},
        {QStringLiteral("keep_tags_count"), 1}};
    QJsonObject entry{{QStringLiteral("__version"), 2}, {QStringLiteral("name"), conceptName(plan)},
        {QStringLiteral("path"), folder}, {QStringLiteral("seed"), 42}, {QStringLiteral("enabled"), true},
        {QStringLiteral("type"), QStringLiteral("STANDARD")}, {QStringLiteral("include_subdirectories"), false},
        {QStringLiteral("image_variations"), 1}, {QStringLiteral("text_variations"), 1},
        {QStringLiteral("balancing"), double(plan.options.repeats)}, {QStringLiteral("balancing_strategy"), QStringLiteral("REPEATS")},
        {QStringLiteral("loss_weight"), 1.0}, {QStringLiteral("image"), QJsonObject{{QStringLiteral("enable_crop_jitter"), false}}},
        {QStringLiteral("text"), text}};
    return QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Indented);
}

QByteArray simpleTunerBackend(const ExportPlan &plan, const QString &folder)
{
    const QString id = sanitizeId(conceptName(plan));
    QJsonObject images{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("dataset_type"), QStringLiteral("image")}, {QStringLiteral("instance_data_dir"), folder},
        {QStringLiteral("caption_strategy"), QStringLiteral("textfile")}, {QStringLiteral("resolution"), plan.options.resolution},
        {QStringLiteral("resolution_type"), QStringLiteral("pixel_area")},
        {QStringLiteral("minimum_image_size"), plan.options.resolution / 2}, {QStringLiteral("crop"), false},
        {QStringLiteral("cache_dir_vae"), QStringLiteral("cache/vae/%1").arg(id)},
        {QStringLiteral("repeats"), std::max(0, plan.options.repeats - 1)}};
    QJsonObject embeds{{QStringLiteral("id"), QStringLiteral("text-embeds")}, {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("dataset_type"), QStringLiteral("text_embeds")}, {QStringLiteral("default"), true},
        {QStringLiteral("cache_dir"), QStringLiteral("cache/text")}};
    return QJsonDocument(QJsonArray{images, embeds}).toJson(QJsonDocument::Indented);
}

} // namespace

QString Exporter::imageFolder(const ExportPlan &plan)
{
    switch (plan.options.format) {
    case ExportFormat::Kohya: {
        // The folder name carries the trigger and class words, which come from the user or from an
        // imported folder name: no path separators (either kind), no characters Windows refuses, no
        // control characters, no trailing dots or spaces.
        QString name;
        for (QChar c : conceptName(plan)) {
            static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
            name += (c.unicode() < 0x20 || c.unicode() == 0x7F || forbidden.contains(c)) ? QLatin1Char(' ') : c;
        }
        name = name.simplified();
        while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
            name.chop(1);
        if (name.isEmpty())
            name = QStringLiteral("dataset");
        return QStringLiteral("img/%1_%2").arg(plan.options.repeats).arg(name);
    }
    case ExportFormat::OneTrainer:
    case ExportFormat::SimpleTuner: return QStringLiteral("images");
    case ExportFormat::Diffusers: return QStringLiteral("train");
    case ExportFormat::AiToolkit:
    case ExportFormat::ReplicateFlux:
    case ExportFormat::ReplicateSdxl: return QString();
    }
    return QString();
}

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
        auto written = m_library.writer().writeAndWait(ExportTr::tr("Record the export"), [&](QSqlDatabase &db) {
            return Tasks::finish(db, report.task, status, report.images, total, summary,
                report.failure && !report.canceled ? report.failure->message : QString(),
                QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
        });
        if (!written)
            qWarning("cannot record the export task: %s", qPrintable(written.error().message));
    };

    if (plan.blocked()) {
        report.failure = makeError(ErrorCode::InvalidArgument, ExportTr::tr("The pre-flight check found errors; fix them before exporting."));
        return report;
    }

    {
        auto taskId = m_library.writer().writeAndWait(ExportTr::tr("Record the export"), [&](QSqlDatabase &db) {
            return Tasks::create(db, QStringLiteral("export"), plan.dataset.id, ExportTr::tr("Exporting for %1").arg(exportFormatKey(o.format)), total);
        });
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

    // LoRA Craft's metadata beside a Replicate archive: never overwrite one that exists.
    const bool beside = metadataBesideArchive(o.format);
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
    const QString folder = imageFolder(plan);
    auto inFolder = [&](const QString &name) { return folder.isEmpty() ? name : folder + QLatin1Char('/') + name; };
    const bool relative = sink.isArchive();
    const QString absFolder = relative ? (folder.isEmpty() ? QStringLiteral(".") : folder) : QDir(sink.finalPath()).filePath(folder);

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
    QStringList csvRows, jsonl;
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
            return fail(rendered.error(), &sink);
        }
        const RenderedImage &image = rendered.value();
        const QString imagePath = inFolder(e.fileName());
        imagePaths.insert(imagePath);
        auto added = image.unchanged ? sink.addFileFromDisk(imagePath, m_library.store().pathFor(e.hash), e.hash)
                                     : sink.addFile(imagePath, image.bytes);
        if (!added) {
            abandon();
            return fail(added.error(), &sink);
        }
        report.bytes += image.size;
        ++report.images;
        const bool writeTxt = writesCaptionFiles(o.format) && !(o.format == ExportFormat::ReplicateFlux && e.caption.isEmpty());
        if (writeTxt) {
            const QByteArray caption = e.caption.toUtf8(); // UTF-8, no BOM, one line, no newline at the end
            if (auto r = sink.addFile(inFolder(e.stem + QStringLiteral(".txt")), caption); !r) {
                abandon();
                return fail(r.error(), &sink);
            }
            report.bytes += caption.size();
        }
        csvRows << csvField(e.caption) + QLatin1Char(',') + csvField(e.fileName());
        jsonl << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file_name"), e.fileName()},
                                                     {QStringLiteral("text"), e.caption}})
                                       .toJson(QJsonDocument::Compact));
        QJsonObject m{{QStringLiteral("file"), imagePath}, {QStringLiteral("sha256"), e.hash.toHex()},
            {QStringLiteral("original_name"), e.originalName}, {QStringLiteral("source_path"), e.sourcePath},
            {QStringLiteral("caption"), e.caption}, {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
            {QStringLiteral("width"), e.size.width()}, {QStringLiteral("height"), e.size.height()},
            {QStringLiteral("output_width"), e.outputSize.width()}, {QStringLiteral("output_height"), e.outputSize.height()},
            {QStringLiteral("repeats"), o.repeats}};
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

    // The trainer's own config files.
    QList<std::pair<QString, QByteArray>> extra;
    switch (o.format) {
    case ExportFormat::Kohya:
        extra.append({QStringLiteral("dataset.toml"), kohyaToml(plan, absFolder, relative)});
        if (auto r = sink.addDirectory(QStringLiteral("log")); !r)
            return fail(r.error(), &sink);
        if (auto r = sink.addDirectory(QStringLiteral("model")); !r)
            return fail(r.error(), &sink);
        break;
    case ExportFormat::AiToolkit: extra.append({QStringLiteral("ai-toolkit.yaml"), aiToolkitYaml(plan, absFolder, relative)}); break;
    case ExportFormat::ReplicateSdxl: {
        std::sort(csvRows.begin(), csvRows.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char(','), -1) < b.section(QLatin1Char(','), -1);
        });
        extra.append({QStringLiteral("caption.csv"), (QStringLiteral("caption,image_file\n") + csvRows.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()});
        break;
    }
    case ExportFormat::OneTrainer: extra.append({QStringLiteral("concepts.json"), oneTrainerConcepts(plan, absFolder)}); break;
    case ExportFormat::Diffusers: extra.append({QStringLiteral("train/metadata.jsonl"), (jsonl.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()}); break;
    case ExportFormat::SimpleTuner: extra.append({QStringLiteral("multidatabackend.json"), simpleTunerBackend(plan, absFolder)}); break;
    case ExportFormat::ReplicateFlux: break;
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
        if (auto h = hashFile(sink.finalPath()))
            report.sha256 = h->toHex();
        report.bytes = QFileInfo(sink.finalPath()).size();
    }
    p.stage = ExportProgress::Stage::Done;
    p.step = p.steps;
    p.imagesDone = total;
    p.current.clear();
    emitProgress();

    // History.
    report.seconds = double(clock.elapsed()) / 1000.0;
    const QByteArray optionsJson = QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact);
    auto recorded = m_library.writer().writeAndWait(ExportTr::tr("Record the export"), [&](QSqlDatabase &db) {
        return sql::exec(db,
            QStringLiteral("INSERT INTO exports (dataset_id, format, options, output_path, item_count, byte_size, sha256, created_at, task_id) "
                           "VALUES (?,?,?,?,?,?,?,?,?)"),
            {plan.dataset.id.value(), exportFormatKey(o.format), QString::fromUtf8(optionsJson), report.outputPath, report.images,
                report.bytes, report.sha256.isEmpty() ? QVariant() : QVariant(report.sha256), sql::now(),
                report.task.isValid() ? QVariant(report.task.value()) : QVariant()});
    });
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
