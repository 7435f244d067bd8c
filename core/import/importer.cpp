#include "importer.h"

#include "catalog/blobs.h"

#include "util/tr.h"

#include "async/async.h"
#include "async/resultqueue.h"
#include "catalog/datasets.h"
#include "catalog/importrows.h"
#include "catalog/tasks.h"
#include "edit/catalogwriter.h"
#include "import/importpipeline.h"
#include "import/sourcescanner.h"
#include "library/library.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThreadPool>

#include <memory>

Q_LOGGING_CATEGORY(lcImport, "loracraft.import")

namespace lc {

Importer::Importer(const Library &library) : m_library(library) {}

QString Importer::thumbnailPath(const Library &library, const ContentHash &hash, int size)
{
    return library.thumbnails().pathFor(hash, size);
}

ImportReport Importer::run(const ImportRequest &request, const std::atomic<bool> &cancel)
{
    QElapsedTimer clock;
    clock.start();
    ImportReport report;
    report.dataset = request.dataset;
    if (request.resumable)
        report.inputs = request.paths;
    const Catalog &catalog = m_library.catalog();
    const ImportOptions &options = request.options;

    auto dataset = Datasets(catalog).get(request.dataset);
    if (!dataset) {
        report.failure = dataset.error();
        return report;
    }
    // Never write into a catalog that fails its integrity check.
    if (auto healthy = m_library.checkCatalogForWriting(); !healthy) {
        report.failure = healthy.error();
        return report;
    }

    // Record the task.
    // Every catalog write of an import goes through the library's one writer, in order with the
    // GUI's edits; the import waits for each.
    CatalogWriter &writer = m_library.writer();
    auto taskId = writer.write<TaskId>(ImportTr::tr("Record the import"), [&] {
        // The inputs are recorded up front: an import a crash or a quit interrupts can be resumed.
        return Tasks::create(catalog, QStringLiteral("import"), request.dataset, ImportTr::tr("Scanning %1 input(s)").arg(request.paths.size()), 0,
            QString::fromUtf8(QJsonDocument(report.toJson(false)).toJson(QJsonDocument::Compact)));
    }).result();
    if (!taskId) {
        report.failure = taskId.error();
        return report;
    }
    report.task = *taskId;

    ImportProgress progress;
    progress.scanning = true;
    if (m_progress)
        m_progress(progress);

    // 1. List everything.
    ScanResult scan = scanInputs(request.paths, options, cancel);
    report.ignored = scan.ignored;
    report.kohyaFolders = scan.kohyaFolders;
    if (!request.names.isEmpty()) {
        for (ImportSource &source : scan.sources) {
            if (const auto it = request.names.constFind(source.path.display()); it != request.names.cend()) {
                source.display = it->display;
                if (!it->originalName.isEmpty())
                    source.originalName = it->originalName;
            }
        }
        for (ImportOutcome &o : scan.refused) {
            if (const auto it = request.names.constFind(o.input); it != request.names.cend())
                o.input = it->display;
        }
    }
    for (const ImportOutcome &o : std::as_const(scan.refused)) {
        report.outcomes.append(o);
        ++report.skipped;
    }
    progress.scanning = false;
    progress.filesTotal = int(scan.sources.size());
    progress.bytesTotal = scan.totalBytes;
    progress.skipped = report.skipped;

    ImportRun run(m_library, scan.sources, options, cancel);
    {
        auto known = ImportRows::knownBlobs(catalog);
        auto inDataset = ImportRows::blobsInDataset(catalog, request.dataset);
        if (!known || !inDataset) {
            report.failure = !known ? known.error() : inDataset.error();
            run.stop();
        } else {
            run.knownBlobs = std::move(*known);
            run.datasetBlobs = std::move(*inDataset);
        }
    }

    // 2. The pipelines read, hash, decode and store on the CPU pool (a few sources ahead of the writes,
    // one image in memory per running pipeline); this thread batches their results into catalog writes.
    std::unique_ptr<QThreadPool> ownPool;
    QThreadPool *pool = m_pool;
    if (!pool && options.threads > 0) {
        ownPool = std::make_unique<QThreadPool>();
        ownPool->setObjectName(QStringLiteral("import"));
        ownPool->setMaxThreadCount(options.threads);
        pool = ownPool.get();
    }
    if (!pool)
        pool = m_library.pools().cpu();
    // Pipelines keep going while this thread commits a batch (which waits for syncfs): up to a batch of
    // results may wait to be taken. A result holds no image data, only what the catalog row needs.
    const int window = 2 * std::max(1, pool->maxThreadCount()) + std::max(1, options.batchSize);
    // Shared with the pipelines: the last of them may still be leaving push() when this thread moves on.
    auto results = std::make_shared<async::ResultQueue<SourceResult>>();
    int next = 0;
    int processed = 0;
    qint64 bytesDone = 0;
    auto launch = [&] {
        while (!run.stopping() && next < scan.sources.size() && results->inFlight() < window) {
            const int index = next++;
            results->started();
            pool->start([&run, results, index] {
                // A pipeline that starts after a cancel reports at once, without reading.
                SourceResult r;
                if (run.stopping()) {
                    r.index = index;
                    r.discard = true;
                } else {
                    r = processSource(run, index);
                }
                results->push(std::move(r));
            });
        }
    };

    QList<SourceResult> batch;
    QList<SourceResult> duplicates; // resolved at the end, once every first occurrence has its outcome
    QHash<int, ImportOutcome> finalOutcomes; // source index -> what happened to it
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    const DatasetId datasetId = request.dataset;
    bool commitFailed = false;
    // The objects (and thumbnails) this run stored for a batch whose rows never made it into the catalog.
    auto removeUncommittedObjects = [&](const QList<SourceResult> &dropped) {
        const Blobs blobs(catalog);
        for (const SourceResult &r : dropped) {
            if (!r.newBlob || !r.needsRow)
                continue;
            if (auto known = blobs.exists(r.outcome.hash); !known || *known)
                continue; // another import committed it meanwhile, or the catalog cannot say: keep it
            if (auto removed = m_library.store().remove(r.outcome.hash); !removed)
                qCWarning(lcImport) << "cannot remove an uncommitted stored image:" << removed.error().message;
            QFile::remove(m_library.thumbnails().pathFor(r.outcome.hash, options.image.thumbnailSize));
        }
    };

    auto commit = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        // Rows go in in input order within a batch, so "date added" follows the folder order.
        std::sort(batch.begin(), batch.end(), [](const SourceResult &a, const SourceResult &b) { return a.index < b.index; });
        bool anyNewObject = false;
        for (const SourceResult &r : std::as_const(batch))
            anyNewObject = anyNewObject || r.needsRow;
        if (anyNewObject) {
            if (auto s = m_library.store().syncAll(); !s)
                return s;
        }
        QList<ItemId> committed;
        auto reconcile = [&](SourceResult &r) -> Result<void> {
            auto change = ImportRows::reconcileCaption(catalog, datasetId, r.outcome.hash, r.caption, &r.outcome.item);
            if (!change)
                return change.error();
            auto addNote = [&r](const QString &note) {
                r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
            };
            if (*change == ImportRows::Reconciled::Updated) {
                r.outcome.captionChange = CaptionChange::Updated;
                addNote(ImportTr::tr("caption updated from the caption file, which changed since the last import"));
            } else if (*change == ImportRows::Reconciled::KeptEdited) {
                r.outcome.captionChange = CaptionChange::Conflict;
                addNote(ImportTr::tr("caption conflict: the caption file differs from the caption edited in LoRA Craft; the edited caption was kept"));
            }
            return {};
        };
        auto written = writer.write<void>(ImportTr::tr("Add imported images"), [&]() -> Result<void> {
            ImportRows::Writer rows(catalog);
            if (auto p = rows.prepare(); !p)
                return p;
            for (SourceResult &r : batch) {
                if (r.outcome.kind == OutcomeKind::AlreadyInDataset && r.captionFromSidecar) {
                    if (auto c = reconcile(r); !c)
                        return c;
                    continue;
                }
                if (!r.needsRow)
                    continue;
                if (r.newBlob) {
                    ImportRows::NewBlob blob;
                    blob.hash = r.outcome.hash;
                    blob.byteSize = r.outcome.bytes;
                    blob.format = fileKindKey(r.image.kind);
                    blob.width = r.image.width;
                    blob.height = r.image.height;
                    blob.orientation = r.image.orientation;
                    blob.phash = r.image.phash;
                    blob.dhash = r.image.dhash;
                    blob.quality = QString::fromUtf8(QJsonDocument(toJson(r.image.quality)).toJson(QJsonDocument::Compact));
                    blob.blurScore = r.image.blurScore;
                    blob.meanLuma = r.image.meanLuma;
                    blob.hasAlpha = r.image.hasAlpha;
                    if (auto b = rows.insertBlob(blob); !b)
                        return b;
                }
                ImportRows::NewItem item;
                item.dataset = datasetId;
                item.hash = r.outcome.hash;
                item.originalName = r.originalName;
                item.sourcePath = r.sourcePath;
                item.caption = r.caption;
                item.repeats = r.repeats;
                auto inserted = rows.insertItem(item);
                if (!inserted)
                    return inserted.error();
                if (!*inserted) {
                    r.outcome.kind = OutcomeKind::AlreadyInDataset; // another import got there first
                    r.needsRow = false;
                    if (r.captionFromSidecar) {
                        if (auto c = reconcile(r); !c)
                            return c;
                    }
                } else {
                    r.outcome.item = **inserted;
                }
            }
            return Tasks::updateProgress(catalog, report.task, processed, progress.filesTotal, ImportTr::tr("Importing"));
        }).result();
        if (!written)
            return written;
        for (SourceResult &r : batch) {
            switch (r.outcome.kind) {
            case OutcomeKind::Imported:
                ++report.imported;
                report.bytesImported += r.outcome.bytes;
                if (r.captionFromSidecar)
                    ++report.captionsFromSidecars;
                committed.append(r.outcome.item);
                break;
            case OutcomeKind::AlreadyInDataset: ++report.alreadyInDataset; break;
            case OutcomeKind::DuplicateInBatch: ++report.duplicates; break;
            case OutcomeKind::Skipped: ++report.skipped; break;
            }
            if (r.outcome.captionChange == CaptionChange::Updated)
                ++report.captionsUpdated;
            else if (r.outcome.captionChange == CaptionChange::Conflict)
                ++report.captionConflicts;
            if (r.repairedObject)
                ++report.repairedObjects;
            finalOutcomes.insert(r.index, r.outcome);
            report.outcomes.append(std::move(r.outcome));
        }
        batch.clear();
        sinceCommit.restart();
        if (m_committed && !committed.isEmpty())
            m_committed(committed);
        return {};
    };

    auto emitProgress = [&] {
        progress.filesDone = processed;
        progress.bytesDone = bytesDone;
        progress.imported = report.imported;
        progress.skipped = report.skipped;
        progress.currentFile = run.current();
        if (m_progress)
            m_progress(progress);
    };

    for (;;) {
        launch();
        // Nothing in flight and nothing left to start: this take collects the last results.
        const bool finished = results->inFlight() == 0 && (run.stopping() || next >= scan.sources.size());
        for (SourceResult &r : results->take(finished ? 0 : 100)) {
            if (r.discard)
                continue; // canceled before it finished: this input stays unprocessed
            ++processed;
            bytesDone += scan.sources[r.index].size;
            if (r.fatal && !report.failure) {
                report.failure = *r.fatal;
                run.stop();
            }
            if (r.outcome.kind == OutcomeKind::DuplicateInBatch)
                duplicates.append(std::move(r));
            else
                batch.append(std::move(r));
        }
        // After a fatal error (a full disk) the images already stored are still committed: what was done
        // is kept. A batch that cannot be committed takes its new stored files with it, so a failed import
        // leaves no image the catalog does not know (and frees the space it took).
        const bool due = batch.size() >= options.batchSize || (!batch.isEmpty() && sinceCommit.elapsed() > 500) || finished
            || (report.failure && !batch.isEmpty());
        if (due && !commitFailed) {
            if (auto c = commit(); !c) {
                if (!report.failure)
                    report.failure = c.error();
                commitFailed = true;
                run.stop();
            }
        }
        if (commitFailed && !batch.isEmpty()) {
            removeUncommittedObjects(batch);
            batch.clear();
        }
        emitProgress();
        if (finished)
            break;
    }
    // Duplicates within the batch: a copy of an input that was skipped is skipped for the same reason
    // (the bytes are identical), never reported as a "duplicate of" something that was not imported.
    std::sort(duplicates.begin(), duplicates.end(), [](const SourceResult &a, const SourceResult &b) { return a.index < b.index; });
    for (SourceResult &r : duplicates) {
        auto first = finalOutcomes.constFind(r.duplicateOfIndex);
        if (first == finalOutcomes.cend())
            continue; // the first copy was never finished (canceled, or the import failed)
        if (first->kind == OutcomeKind::Skipped) {
            ImportOutcome o;
            o.input = r.outcome.input;
            o.kind = OutcomeKind::Skipped;
            o.reason = first->reason;
            o.message = first->message;
            o.note = ImportTr::tr("identical to %1, which was skipped for the same reason").arg(first->input);
            o.hash = r.outcome.hash;
            o.bytes = r.outcome.bytes;
            ++report.skipped;
            report.outcomes.append(o);
        } else {
            ++report.duplicates;
            report.outcomes.append(std::move(r.outcome));
        }
    }

    report.canceled = cancel.load() && (scan.canceled || processed < scan.sources.size());

    // 3. A kohya folder name suggests the dataset's trigger and class when it has none yet.
    if (!report.failure && !report.kohyaFolders.isEmpty() && report.imported > 0) {
        const KohyaFolder *best = &report.kohyaFolders.first();
        for (const KohyaFolder &k : std::as_const(report.kohyaFolders)) {
            if (k.files > best->files)
                best = &k;
        }
        DatasetSettings settings = dataset->settings;
        bool changed = false;
        if (settings.triggerWord.isEmpty() && !best->triggerWord.isEmpty()) {
            settings.triggerWord = best->triggerWord;
            changed = true;
        }
        if (settings.classWord.isEmpty() && !best->classWord.isEmpty()) {
            settings.classWord = best->classWord;
            changed = true;
        }
        if (changed) {
            const DatasetId id = dataset->id;
            auto updated = writer.write<Dataset>(ImportTr::tr("Take the trigger word from the kohya folder"),
                [&catalog, id, settings] { return Datasets(catalog).updateSettings(id, settings); }).result();
            if (updated) {
                report.notes << ImportTr::tr("Set the dataset's trigger word to “%1” and class to “%2” from the kohya folder “%3”.")
                                    .arg(settings.triggerWord, settings.classWord, best->folder);
            }
        } else if (best->triggerWord != dataset->settings.triggerWord) {
            report.notes << ImportTr::tr("The kohya folder “%1” suggests the trigger word “%2”; the dataset keeps “%3”.")
                                .arg(best->folder, best->triggerWord, dataset->settings.triggerWord);
        }
    }

    report.seconds = double(clock.elapsed()) / 1000.0;
    const QString status = report.failure ? QStringLiteral("failed") : report.canceled ? QStringLiteral("canceled") : QStringLiteral("completed");
    const QByteArray json = QJsonDocument(report.toJson(false)).toJson(QJsonDocument::Compact);
    auto finishedTask = writer.write<void>(ImportTr::tr("Record the import"), [&] {
        return Tasks::finish(catalog, report.task, status, processed, progress.filesTotal, report.summary(),
            report.failure ? report.failure->message : QString(), QString::fromUtf8(json));
    }).result();
    if (!finishedTask)
        qCWarning(lcImport) << "cannot record the import task:" << finishedTask.error().message;
    emitProgress();
    return report;
}

} // namespace lc
