#include "importer.h"

#include "util/tr.h"

#include "catalog/datasets.h"
#include "catalog/sql.h"
#include "catalog/tasks.h"
#include "image/imageanalysis.h"
#include "import/sourcescanner.h"
#include "import/ziparchive.h"
#include "library/library.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent>

#include <memory>

Q_LOGGING_CATEGORY(lcImport, "loracraft.import")

namespace lc {

namespace {


constexpr qint64 MaxSidecarBytes = 1'000'000;

// What a worker found out about one source; the writer turns it into catalog rows.
struct WorkResult
{
    int index = -1;
    ImportOutcome outcome;
    bool needsRow = false;  // Imported: insert an item (and the blob when newBlob)
    bool newBlob = false;
    ImageAnalysis image;    // when newBlob (thumbnail bytes already written and dropped)
    QString caption;
    bool captionFromSidecar = false;
    int repeats = 1;
    QString originalName;
    QString sourcePath;
    bool repairedObject = false;
    bool discard = false;      // canceled before it finished: not an outcome, not counted
    int duplicateOfIndex = -1; // DuplicateInBatch: the source index that claimed the content first
    std::optional<Error> fatal; // stops the whole import (disk full)
};

struct Shared
{
    const QList<ImportSource> *sources = nullptr;
    const ImportOptions *options = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    std::atomic<bool> stop{false}; // internal stop after a fatal error
    std::atomic<int> next{0};
    std::atomic<int> processed{0};
    std::atomic<qint64> bytesDone{0};
    std::atomic<int> workersRunning{0};

    QMutex mutex; // guards queue, claimed, current
    QWaitCondition wake;
    QList<WorkResult> queue;
    QHash<ContentHash, int> claimed; // hash -> index of the source that claimed it in this run
    QString current;

    QSet<ContentHash> knownBlobs;   // in the library before this run
    QSet<ContentHash> datasetBlobs; // in the target dataset before this run

    bool stopping() const { return stop.load(std::memory_order_relaxed) || cancel->load(std::memory_order_relaxed); }
};

ImportOutcome skippedOutcome(const ImportSource &s, SkipReason reason, const QString &message)
{
    ImportOutcome o;
    o.input = s.display;
    o.kind = OutcomeKind::Skipped;
    o.reason = reason;
    o.message = message;
    return o;
}

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1);
}

class Worker
{
public:
    Worker(Shared &shared, const Library &library) : m_shared(shared), m_library(library) {}

    void run()
    {
        const QList<ImportSource> &sources = *m_shared.sources;
        for (;;) {
            if (m_shared.stopping())
                break;
            const int index = m_shared.next.fetch_add(1);
            if (index >= sources.size())
                break;
            {
                QMutexLocker lock(&m_shared.mutex);
                m_shared.current = sources[index].display;
            }
            WorkResult result;
            // Nothing may escape a worker: the coordinator waits for every worker to report back.
            try {
                result = process(index, sources[index]);
            } catch (const std::exception &e) {
                result = WorkResult();
                result.index = index;
                result.outcome = skippedOutcome(sources[index], SkipReason::Unreadable,
                    ImportTr::tr("internal error while reading (%1)").arg(QString::fromLocal8Bit(e.what())));
            } catch (...) {
                result = WorkResult();
                result.index = index;
                result.outcome = skippedOutcome(sources[index], SkipReason::Unreadable, ImportTr::tr("internal error while reading"));
            }
            if (result.discard)
                break; // canceled while waiting: this input stays unprocessed
            m_shared.bytesDone.fetch_add(sources[index].size);
            m_shared.processed.fetch_add(1);
            QMutexLocker lock(&m_shared.mutex);
            m_shared.queue.append(std::move(result));
            m_shared.wake.wakeAll();
        }
    }

private:
    const ZipArchive *archive(const NativePath &path, FileProblem *problem)
    {
        auto it = m_archives.find(path.bytes());
        if (it != m_archives.end())
            return it->second.get();
        auto opened = ZipArchive::open(path);
        if (auto *p = std::get_if<FileProblem>(&opened)) {
            *problem = *p;
            return nullptr;
        }
        auto *raw = std::get<std::unique_ptr<ZipArchive>>(opened).get();
        m_archives.emplace(path.bytes(), std::move(std::get<std::unique_ptr<ZipArchive>>(opened)));
        return raw;
    }

    std::variant<QByteArray, FileProblem> readSource(const ImportSource &s, qint64 maxBytes, bool sidecar)
    {
        if (s.type == ImportSource::Type::File)
            return readFileLimited(sidecar ? s.sidecarPath : s.path, maxBytes);
        FileProblem problem{SkipReason::Unreadable, QString()};
        const ZipArchive *zip = archive(s.path, &problem);
        if (!zip)
            return problem;
        return zip->read(sidecar ? s.sidecarEntry : s.entryIndex, maxBytes);
    }

    WorkResult process(int index, const ImportSource &s)
    {
        WorkResult r;
        r.index = index;
        r.repeats = s.repeats;
        r.originalName = s.originalName;
        r.sourcePath = s.display;
        r.outcome.input = s.display;
        auto addNote = [&r](const QString &note) {
            if (!note.isEmpty())
                r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
        };

        auto read = readSource(s, m_shared.options->maxFileBytes, false);
        if (auto *problem = std::get_if<FileProblem>(&read)) {
            r.outcome = skippedOutcome(s, problem->reason, problem->message);
            return r;
        }
        QByteArray bytes = std::move(std::get<QByteArray>(read));
        if (bytes.isEmpty()) {
            r.outcome = skippedOutcome(s, SkipReason::Empty, ImportTr::tr("empty file (0 bytes)"));
            return r;
        }
        const FileKind kind = sniffFileKind(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
        if (!isSupportedImage(kind)) {
            const bool image = kind == FileKind::Heic || kind == FileKind::Avif || kind == FileKind::Jxl
                || kind == FileKind::Psd || kind == FileKind::Svg;
            r.outcome = image ? skippedOutcome(s, SkipReason::UnsupportedFormat,
                                    ImportTr::tr("unsupported format (%1)").arg(fileKindName(kind)))
                              : skippedOutcome(s, SkipReason::NotAnImage, ImportTr::tr("not an image (%1)").arg(fileKindName(kind)));
            return r;
        }
        const FileKind claimed = kindFromExtension(suffixOf(s.originalName));
        if (claimed != FileKind::Unknown && claimed != kind) {
            r.outcome.note = ImportTr::tr("%1 content with a .%2 name; imported as %1")
                                 .arg(fileKindName(kind), suffixOf(s.originalName).toLower());
        }
        addNote(s.note);

        const ContentHash hash = ContentHash::of(bytes);
        r.outcome.hash = hash;
        r.outcome.bytes = bytes.size();
        {
            QMutexLocker lock(&m_shared.mutex);
            auto it = m_shared.claimed.constFind(hash);
            if (it != m_shared.claimed.cend()) {
                // Whether this is a duplicate of an import, or shares the fate of an input that was skipped,
                // is decided once the first input's outcome is known (at the end of the run).
                r.outcome.kind = OutcomeKind::DuplicateInBatch;
                r.duplicateOfIndex = it.value();
                r.outcome.duplicateOf = (*m_shared.sources)[it.value()].display;
                return r;
            }
            m_shared.claimed.insert(hash, index);
        }

        const ObjectStore &store = m_library.store();
        const bool known = m_shared.knownBlobs.contains(hash);
        if (known) {
            // The library has this image: make sure its stored copy is intact (re-importing the original
            // repairs a damaged object).
            auto repaired = store.repair(hash, bytes, FileUtil::Sync::Deferred);
            if (!repaired) {
                if (repaired.error().code == ErrorCode::DiskFull)
                    r.fatal = repaired.error();
                r.outcome = skippedOutcome(s, SkipReason::Unreadable, repaired.error().message);
                return r;
            }
            if (*repaired) {
                addNote(ImportTr::tr("the library's stored copy of this image was damaged or missing and has been repaired"));
                r.repairedObject = true;
            }
        }
        if (m_shared.datasetBlobs.contains(hash)) {
            r.outcome.kind = OutcomeKind::AlreadyInDataset;
            readSidecar(s, r);
            return r;
        }

        const int thumbSize = m_shared.options->image.thumbnailSize;
        const QString thumbPath = m_library.thumbnails().pathFor(hash, thumbSize);
        if (!known || !QFileInfo::exists(thumbPath)) {
            auto analysis = analyzeImage(bytes, kind, m_shared.options->image, m_shared.cancel);
            if (auto *problem = std::get_if<ImageProblem>(&analysis)) {
                if (m_shared.stopping()) {
                    r.discard = true;
                    return r;
                }
                r.outcome = skippedOutcome(s, problem->reason, problem->message);
                r.outcome.note.clear();
                QMutexLocker lock(&m_shared.mutex);
                m_shared.claimed.remove(hash); // a later identical input would fail the same way; let it say so
                return r;
            }
            r.image = std::move(std::get<ImageAnalysis>(analysis));
            if (auto t = m_library.thumbnails().write(store.tempDir(), hash, r.image.thumbnailJpeg, thumbSize); !t)
                qCWarning(lcImport) << "cannot write thumbnail:" << t.error().message;
            r.image.thumbnailJpeg.clear();
            r.newBlob = !known;
        }
        if (!known) {
            if (auto put = store.put(hash, bytes, FileUtil::Sync::Deferred); !put) {
                if (put.error().code == ErrorCode::DiskFull)
                    r.fatal = put.error();
                r.outcome = skippedOutcome(s, SkipReason::Unreadable, put.error().message);
                return r;
            }
        }

        readSidecar(s, r);
        r.outcome.kind = OutcomeKind::Imported;
        r.needsRow = true;
        return r;
    }

    void readSidecar(const ImportSource &s, WorkResult &r)
    {
        if (!s.hasSidecar)
            return;
        auto caption = readSource(s, MaxSidecarBytes, true);
        if (auto *problem = std::get_if<FileProblem>(&caption)) {
            const QString note = ImportTr::tr("caption file not read: %1").arg(problem->message);
            r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
        } else {
            r.caption = normalizeCaption(std::get<QByteArray>(caption));
            r.captionFromSidecar = true;
        }
    }

    Shared &m_shared;
    const Library &m_library;
    std::map<QByteArray, std::unique_ptr<ZipArchive>> m_archives;
};

Result<QSet<ContentHash>> loadHashes(QSqlDatabase db, const QString &query, const QVariant &binding = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Result<void> r = binding.isValid() ? sql::exec(q, query, {binding}) : sql::exec(q, query);
    if (!r)
        return r.error();
    QSet<ContentHash> set;
    while (q.next())
        set.insert(ContentHash::fromHex(q.value(0).toString()));
    return set;
}

// Re-import of an image the dataset already has, with a sidecar caption: the sidecar wins when the item's
// caption was never edited in the app (it still equals what an import set, or is empty); otherwise the
// app's caption is kept and the difference is reported as a conflict.
Result<void> reconcileCaption(QSqlDatabase &db, DatasetId dataset, WorkResult &r)
{
    QSqlQuery q(db);
    if (auto e = sql::exec(q,
            QStringLiteral("SELECT id, caption, imported_caption FROM items WHERE dataset_id = ? AND blob_sha256 = ?"),
            {dataset.value(), r.outcome.hash.toHex()});
        !e)
        return e;
    if (!q.next())
        return {};
    const qint64 id = q.value(0).toLongLong();
    const QString current = q.value(1).toString();
    const QVariant imported = q.value(2);
    q.finish();
    r.outcome.item = ItemId(id);
    const QString sidecar = r.caption;
    auto addNote = [&r](const QString &note) {
        r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
    };
    if (current == sidecar) {
        if (imported.isNull() || imported.toString() != sidecar) {
            return sql::exec(db, QStringLiteral("UPDATE items SET imported_caption = ? WHERE id = ?"), {sidecar, id});
        }
        return {};
    }
    const bool untouched = current.isEmpty() || (!imported.isNull() && imported.toString() == current);
    if (untouched) {
        if (auto e = sql::exec(db, QStringLiteral("UPDATE items SET caption = ?, imported_caption = ?, updated_at = ? WHERE id = ?"),
                {sidecar, sidecar, sql::now(), id});
            !e)
            return e;
        r.outcome.captionChange = CaptionChange::Updated;
        addNote(ImportTr::tr("caption updated from the caption file, which changed since the last import"));
    } else {
        r.outcome.captionChange = CaptionChange::Conflict;
        addNote(ImportTr::tr("caption conflict: the caption file differs from the caption edited in LoRA Craft; the edited caption was kept"));
    }
    return {};
}

} // namespace

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
    auto taskId = writer.writeAndWait(ImportTr::tr("Record the import"), [&](QSqlDatabase &db) {
        // The inputs are recorded up front: an import a crash or a quit interrupts can be resumed.
        return Tasks::create(db, QStringLiteral("import"), request.dataset, ImportTr::tr("Scanning %1 input(s)").arg(request.paths.size()), 0,
            QString::fromUtf8(QJsonDocument(report.toJson(false)).toJson(QJsonDocument::Compact)));
    });
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
    for (const ImportOutcome &o : std::as_const(scan.refused)) {
        report.outcomes.append(o);
        ++report.skipped;
    }
    progress.scanning = false;
    progress.filesTotal = int(scan.sources.size());
    progress.bytesTotal = scan.totalBytes;
    progress.skipped = report.skipped;

    Shared shared;
    shared.sources = &scan.sources;
    shared.options = &options;
    shared.cancel = &cancel;
    {
        QSqlDatabase db = catalog.database();
        auto known = loadHashes(db, QStringLiteral("SELECT sha256 FROM blobs"));
        auto inDataset = loadHashes(db, QStringLiteral("SELECT blob_sha256 FROM items WHERE dataset_id = ?"), request.dataset.value());
        if (!known || !inDataset) {
            report.failure = !known ? known.error() : inDataset.error();
            shared.stop = true;
        } else {
            shared.knownBlobs = std::move(*known);
            shared.datasetBlobs = std::move(*inDataset);
        }
    }

    // 2. Workers read, hash, decode and store; this thread writes the catalog.
    std::unique_ptr<QThreadPool> ownPool;
    QThreadPool *pool = m_pool;
    if (!pool) {
        ownPool = std::make_unique<QThreadPool>();
        ownPool->setObjectName(QStringLiteral("ImportWorkers"));
        ownPool->setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
        pool = ownPool.get();
    }
    const int workerCount = std::max(1, std::min<int>(pool->maxThreadCount(), int(scan.sources.size())));
    QList<QFuture<void>> workers;
    if (!scan.sources.isEmpty() && !shared.stop) {
        shared.workersRunning = workerCount;
        for (int i = 0; i < workerCount; ++i) {
            workers.append(QtConcurrent::run(pool, [&shared, this] {
                // However the worker ends, it reports that it ended: the coordinator waits for that.
                struct Done
                {
                    Shared &shared;
                    ~Done()
                    {
                        QMutexLocker lock(&shared.mutex);
                        shared.workersRunning.fetch_sub(1);
                        shared.wake.wakeAll();
                    }
                } done{shared};
                try {
                    Worker worker(shared, m_library);
                    worker.run();
                } catch (...) {
                    shared.stop = true; // nothing else is known to be safe; the items committed so far stay
                    qCWarning(lcImport) << "an import worker failed unexpectedly";
                }
            }));
        }
    }

    QList<WorkResult> batch;
    QList<WorkResult> duplicates; // resolved at the end, once every first occurrence has its outcome
    QHash<int, ImportOutcome> finalOutcomes; // source index -> what happened to it
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    const DatasetId datasetId = request.dataset;

    auto commit = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        // Rows go in in input order within a batch, so "date added" follows the folder order.
        std::sort(batch.begin(), batch.end(), [](const WorkResult &a, const WorkResult &b) { return a.index < b.index; });
        bool anyNewObject = false;
        for (const WorkResult &r : std::as_const(batch))
            anyNewObject = anyNewObject || r.needsRow;
        if (anyNewObject) {
            if (auto s = m_library.store().syncAll(); !s)
                return s;
        }
        QList<ItemId> committed;
        auto written = writer.writeAndWait(ImportTr::tr("Add imported images"), [&](QSqlDatabase &db) -> Result<void> {
            QSqlQuery blob(db);
            QSqlQuery item(db);
            if (!blob.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO blobs (sha256, byte_size, format, width, height, orientation, phash, "
                    "blur_score, mean_luma, has_alpha, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")))
                return sql::toError(blob.lastError(), ImportTr::tr("Cannot store image details"));
            if (!item.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO items (dataset_id, blob_sha256, original_name, source_path, caption, repeats, "
                    "created_at, updated_at, imported_caption) VALUES (?,?,?,?,?,?,?,?,?)")))
                return sql::toError(item.lastError(), ImportTr::tr("Cannot add items"));
            const qint64 now = sql::now();
            for (WorkResult &r : batch) {
                if (r.outcome.kind == OutcomeKind::AlreadyInDataset && r.captionFromSidecar) {
                    if (auto c = reconcileCaption(db, datasetId, r); !c)
                        return c;
                    continue;
                }
                if (!r.needsRow)
                    continue;
                const QString hex = r.outcome.hash.toHex();
                if (r.newBlob) {
                    const QVariantList values{hex, r.outcome.bytes, fileKindKey(r.image.kind), r.image.width,
                        r.image.height, r.image.orientation, qint64(r.image.phash), r.image.blurScore, r.image.meanLuma,
                        r.image.hasAlpha ? 1 : 0, now};
                    for (int i = 0; i < values.size(); ++i)
                        blob.bindValue(i, values[i]);
                    if (!blob.exec())
                        return sql::toError(blob.lastError(), ImportTr::tr("Cannot store image details"));
                }
                const QVariantList values{datasetId.value(), hex, sql::bindable(r.originalName),
                    sql::bindable(r.sourcePath), sql::bindable(r.caption), r.repeats, now, now, sql::bindable(r.caption)};
                for (int i = 0; i < values.size(); ++i)
                    item.bindValue(i, values[i]);
                if (!item.exec())
                    return sql::toError(item.lastError(), ImportTr::tr("Cannot add items"));
                if (item.numRowsAffected() == 0) {
                    r.outcome.kind = OutcomeKind::AlreadyInDataset; // another import got there first
                    r.needsRow = false;
                    if (r.captionFromSidecar) {
                        if (auto c = reconcileCaption(db, datasetId, r); !c)
                            return c;
                    }
                } else {
                    r.outcome.item = ItemId(item.lastInsertId().toLongLong());
                }
            }
            return Tasks::updateProgress(db, report.task, shared.processed.load(), progress.filesTotal, ImportTr::tr("Importing"));
        });
        if (!written)
            return written;
        for (WorkResult &r : batch) {
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
        progress.filesDone = shared.processed.load();
        progress.bytesDone = shared.bytesDone.load();
        progress.imported = report.imported;
        progress.skipped = report.skipped;
        {
            QMutexLocker lock(&shared.mutex);
            progress.currentFile = shared.current;
        }
        if (m_progress)
            m_progress(progress);
    };

    for (;;) {
        QList<WorkResult> incoming;
        bool finished = false;
        {
            QMutexLocker lock(&shared.mutex);
            if (shared.queue.isEmpty() && shared.workersRunning.load() > 0)
                shared.wake.wait(&shared.mutex, 100);
            incoming.swap(shared.queue);
            finished = shared.workersRunning.load() == 0 && shared.queue.isEmpty();
        }
        for (WorkResult &r : incoming) {
            if (r.fatal && !report.failure) {
                report.failure = *r.fatal;
                shared.stop = true;
            }
            if (r.outcome.kind == OutcomeKind::DuplicateInBatch)
                duplicates.append(std::move(r));
            else
                batch.append(std::move(r));
        }
        const bool due = batch.size() >= options.batchSize || (!batch.isEmpty() && sinceCommit.elapsed() > 500) || finished;
        if (due && !report.failure) {
            if (auto c = commit(); !c) {
                report.failure = c.error();
                shared.stop = true;
                batch.clear();
            }
        }
        emitProgress();
        if (finished)
            break;
    }
    for (QFuture<void> &f : workers)
        f.waitForFinished();
    // Anything queued after the last wake-up (workers finished between the check and the swap).
    {
        QMutexLocker lock(&shared.mutex);
        for (WorkResult &r : shared.queue) {
            if (r.fatal && !report.failure)
                report.failure = *r.fatal;
            if (r.outcome.kind == OutcomeKind::DuplicateInBatch)
                duplicates.append(std::move(r));
            else
                batch.append(std::move(r));
        }
        shared.queue.clear();
    }
    if (!report.failure) {
        if (auto c = commit(); !c)
            report.failure = c.error();
    }
    // Duplicates within the batch: a copy of an input that was skipped is skipped for the same reason
    // (the bytes are identical), never reported as a "duplicate of" something that was not imported.
    std::sort(duplicates.begin(), duplicates.end(), [](const WorkResult &a, const WorkResult &b) { return a.index < b.index; });
    for (WorkResult &r : duplicates) {
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

    report.canceled = cancel.load() && (scan.canceled || shared.processed.load() < scan.sources.size());

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
            if (Datasets(catalog).updateSettings(dataset->id, settings).ok()) {
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
    auto finishedTask = writer.writeAndWait(ImportTr::tr("Record the import"), [&](QSqlDatabase &db) {
        return Tasks::finish(db, report.task, status, shared.processed.load(), progress.filesTotal, report.summary(),
            report.failure ? report.failure->message : QString(), QString::fromUtf8(json));
    });
    if (!finishedTask)
        qCWarning(lcImport) << "cannot record the import task:" << finishedTask.error().message;
    emitProgress();
    return report;
}

} // namespace lc
