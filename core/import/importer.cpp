#include "importer.h"

#include "catalog/datasets.h"
#include "catalog/sql.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::Importer", text);
}

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
    QHash<ContentHash, QString> claimed; // hash -> input that claimed it in this run
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
            WorkResult result = process(index, sources[index]);
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

        auto read = readSource(s, m_shared.options->maxFileBytes, false);
        if (auto *problem = std::get_if<FileProblem>(&read)) {
            r.outcome = skippedOutcome(s, problem->reason, problem->message);
            return r;
        }
        QByteArray bytes = std::move(std::get<QByteArray>(read));
        if (bytes.isEmpty()) {
            r.outcome = skippedOutcome(s, SkipReason::Empty, tr("empty file (0 bytes)"));
            return r;
        }
        const FileKind kind = sniffFileKind(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
        if (!isSupportedImage(kind)) {
            const bool image = kind == FileKind::Heic || kind == FileKind::Avif || kind == FileKind::Jxl
                || kind == FileKind::Psd || kind == FileKind::Svg;
            r.outcome = image ? skippedOutcome(s, SkipReason::UnsupportedFormat,
                                    tr("unsupported format (%1)").arg(fileKindName(kind)))
                              : skippedOutcome(s, SkipReason::NotAnImage, tr("not an image (%1)").arg(fileKindName(kind)));
            return r;
        }
        const FileKind claimed = kindFromExtension(suffixOf(s.originalName));
        if (claimed != FileKind::Unknown && claimed != kind) {
            r.outcome.note = tr("%1 content with a .%2 name; imported as %1")
                                 .arg(fileKindName(kind), suffixOf(s.originalName).toLower());
        }

        const ContentHash hash = ContentHash::of(bytes);
        r.outcome.hash = hash;
        r.outcome.bytes = bytes.size();
        {
            QMutexLocker lock(&m_shared.mutex);
            auto it = m_shared.claimed.constFind(hash);
            if (it != m_shared.claimed.cend()) {
                r.outcome.kind = OutcomeKind::DuplicateInBatch;
                r.outcome.duplicateOf = it.value();
                return r;
            }
            m_shared.claimed.insert(hash, s.display);
        }
        if (m_shared.datasetBlobs.contains(hash)) {
            r.outcome.kind = OutcomeKind::AlreadyInDataset;
            return r;
        }

        const ObjectStore &store = m_library.store();
        const int thumbSize = m_shared.options->image.thumbnailSize;
        const QString thumbPath = Importer::thumbnailPath(m_library, hash, thumbSize);
        const bool known = m_shared.knownBlobs.contains(hash);
        if (!known || !QFileInfo::exists(thumbPath)) {
            auto analysis = analyzeImage(bytes, kind, m_shared.options->image);
            if (auto *problem = std::get_if<ImageProblem>(&analysis)) {
                r.outcome = skippedOutcome(s, problem->reason, problem->message);
                r.outcome.note.clear();
                QMutexLocker lock(&m_shared.mutex);
                m_shared.claimed.remove(hash); // a later identical input would fail the same way; let it say so
                return r;
            }
            r.image = std::move(std::get<ImageAnalysis>(analysis));
            if (auto w = FileUtil::ensureDirectory(QFileInfo(thumbPath).absolutePath()); w) {
                if (auto t = FileUtil::writeAtomically(store.tempDir(), thumbPath, r.image.thumbnailJpeg, FileUtil::Sync::Never); !t)
                    qCWarning(lcImport) << "cannot write thumbnail:" << t.error().message;
            }
            r.image.thumbnailJpeg.clear();
            r.newBlob = !known;
        }
        if (!known || !store.contains(hash)) {
            if (auto put = store.put(hash, bytes, FileUtil::Sync::Deferred); !put) {
                r.outcome = skippedOutcome(s, SkipReason::Unreadable, put.error().message);
                return r;
            }
        }

        if (s.hasSidecar) {
            auto caption = readSource(s, MaxSidecarBytes, true);
            if (auto *problem = std::get_if<FileProblem>(&caption)) {
                r.outcome.note = tr("caption file not read: %1").arg(problem->message);
            } else {
                r.caption = normalizeCaption(std::get<QByteArray>(caption));
                r.captionFromSidecar = true;
            }
        }
        r.outcome.kind = OutcomeKind::Imported;
        r.needsRow = true;
        return r;
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

} // namespace

Importer::Importer(const Library &library) : m_library(library) {}

QString Importer::thumbnailPath(const Library &library, const ContentHash &hash, int size)
{
    const QString hex = hash.toHex();
    return library.thumbsDir() + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex + QLatin1Char('_')
        + QString::number(size) + QStringLiteral(".jpg");
}

ImportReport Importer::run(const ImportRequest &request, const std::atomic<bool> &cancel)
{
    QElapsedTimer clock;
    clock.start();
    ImportReport report;
    report.dataset = request.dataset;
    const Catalog &catalog = m_library.catalog();
    const ImportOptions &options = request.options;

    auto dataset = Datasets(catalog).get(request.dataset);
    if (!dataset) {
        report.failure = dataset.error();
        return report;
    }

    // Record the task.
    auto taskId = catalog.write([&](QSqlDatabase &db) -> Result<qint64> {
        QSqlQuery q(db);
        const qint64 now = sql::now();
        if (auto r = sql::exec(q,
                QStringLiteral("INSERT INTO tasks (kind, status, dataset_id, message, created_at, started_at) "
                               "VALUES ('import', 'running', ?, ?, ?, ?)"),
                {request.dataset.value(), tr("Scanning %1 input(s)").arg(request.paths.size()), now, now});
            !r)
            return r.error();
        return q.lastInsertId().toLongLong();
    });
    if (!taskId) {
        report.failure = taskId.error();
        return report;
    }
    report.task = TaskId(*taskId);

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
                Worker worker(shared, m_library);
                worker.run();
                QMutexLocker lock(&shared.mutex);
                shared.workersRunning.fetch_sub(1);
                shared.wake.wakeAll();
            }));
        }
    }

    QList<WorkResult> batch;
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
        auto written = catalog.write([&](QSqlDatabase &db) -> Result<void> {
            QSqlQuery blob(db);
            QSqlQuery item(db);
            if (!blob.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO blobs (sha256, byte_size, format, width, height, orientation, phash, "
                    "blur_score, mean_luma, has_alpha, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")))
                return sql::toError(blob.lastError(), tr("Cannot store image details"));
            if (!item.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO items (dataset_id, blob_sha256, original_name, source_path, caption, repeats, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")))
                return sql::toError(item.lastError(), tr("Cannot add items"));
            const qint64 now = sql::now();
            for (WorkResult &r : batch) {
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
                        return sql::toError(blob.lastError(), tr("Cannot store image details"));
                }
                const QVariantList values{datasetId.value(), hex, sql::bindable(r.originalName),
                    sql::bindable(r.sourcePath), sql::bindable(r.caption), r.repeats, now, now};
                for (int i = 0; i < values.size(); ++i)
                    item.bindValue(i, values[i]);
                if (!item.exec())
                    return sql::toError(item.lastError(), tr("Cannot add items"));
                if (item.numRowsAffected() == 0) {
                    r.outcome.kind = OutcomeKind::AlreadyInDataset; // another import got there first
                    r.needsRow = false;
                } else {
                    r.outcome.item = ItemId(item.lastInsertId().toLongLong());
                }
            }
            return sql::exec(db, QStringLiteral("UPDATE tasks SET progress = ?, total = ?, message = ? WHERE id = ?"),
                {shared.processed.load(), progress.filesTotal, tr("Importing"), report.task.value()});
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
        for (WorkResult &r : incoming)
            batch.append(std::move(r));
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
        for (WorkResult &r : shared.queue)
            batch.append(std::move(r));
        shared.queue.clear();
    }
    if (!report.failure) {
        if (auto c = commit(); !c)
            report.failure = c.error();
    }

    report.canceled = cancel.load() && shared.processed.load() < scan.sources.size();

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
                report.notes << tr("Set the dataset's trigger word to “%1” and class to “%2” from the kohya folder “%3”.")
                                    .arg(settings.triggerWord, settings.classWord, best->folder);
            }
        } else if (best->triggerWord != dataset->settings.triggerWord) {
            report.notes << tr("The kohya folder “%1” suggests the trigger word “%2”; the dataset keeps “%3”.")
                                .arg(best->folder, best->triggerWord, dataset->settings.triggerWord);
        }
    }

    report.seconds = double(clock.elapsed()) / 1000.0;
    const QString status = report.failure ? QStringLiteral("failed") : report.canceled ? QStringLiteral("canceled") : QStringLiteral("completed");
    const QByteArray json = QJsonDocument(report.toJson(false)).toJson(QJsonDocument::Compact);
    auto finishedTask = catalog.write([&](QSqlDatabase &db) {
        return sql::exec(db,
            QStringLiteral("UPDATE tasks SET status = ?, progress = ?, total = ?, message = ?, error = ?, report = ?, "
                           "finished_at = ? WHERE id = ?"),
            {status, shared.processed.load(), progress.filesTotal,
                tr("Imported %1, skipped %2").arg(report.imported).arg(report.skipped),
                report.failure ? report.failure->message : QString(), QString::fromUtf8(json), sql::now(),
                report.task.value()});
    });
    if (!finishedTask)
        qCWarning(lcImport) << "cannot record the import task:" << finishedTask.error().message;
    emitProgress();
    return report;
}

} // namespace lc
