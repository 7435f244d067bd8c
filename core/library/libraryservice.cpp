#include "libraryservice.h"

#include "catalog/integrity.h"
#include "edit/tagcommands.h"
#include "edit/captioncommands.h"

#include "util/tr.h"

#include "catalog/datasets.h"
#include "catalog/history.h"
#include "catalog/items.h"
#include "catalog/names.h"
#include "catalog/provenancerows.h"
#include "catalog/qualityrows.h"
#include "catalog/workspaces.h"
#include "curation/quality.h"
#include "edit/catalogwriter.h"
#include "export/exportplanner.h"
#include "library/library.h"
#include "text/tokencount.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>

namespace lc {

// The quality counts and flags of the dataset last asked about, with what they were computed from.
struct LibraryService::QualitySnapshot
{
    DatasetId dataset;
    QualityFingerprint fingerprint;
    quint64 version = 0;
    curation::QualityThresholds thresholds;
    int target = 0;
    curation::QualityReport summary;             // counts only
    QHash<ItemId, curation::QualityFlags> flags; // the flagged items
};

struct LibraryService::QualityCache
{
    QMutex mutex;
    std::shared_ptr<const QualitySnapshot> last;
};

LibraryService::LibraryService(const Library &library)
    : m_library(library)
    , m_qualityCache(std::make_shared<QualityCache>())
{
}

LibraryService::~LibraryService() = default;

template <typename F>
auto LibraryService::read(F &&f) const -> QFuture<std::invoke_result_t<std::decay_t<F>>>
{
    auto future = async::run(m_library.pools().reads(), std::forward<F>(f));
    m_library.futures().add(future);
    return future;
}

CatalogWriter &LibraryService::writer() const
{
    return m_library.writer();
}

const ThumbnailStore &LibraryService::thumbnails() const
{
    return m_library.thumbnails();
}

QThreadPool *LibraryService::thumbnailPool() const
{
    return m_library.pools().thumbnails();
}

QString LibraryService::uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

Result<std::pair<QString, QString>> LibraryService::splitDatasetPath(const QString &path)
{
    return lc::splitDatasetPath(path);
}

QString LibraryService::defaultWorkspaceName()
{
    return LibraryTr::tr("My Workspace");
}

QFuture<Result<LibraryContents>> LibraryService::contents() const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog]() -> Result<LibraryContents> {
        auto workspaces = Workspaces(*catalog).list();
        if (!workspaces)
            return workspaces.error();
        auto datasets = Datasets(*catalog).list();
        if (!datasets)
            return datasets.error();
        return LibraryContents{*workspaces, *datasets};
    });
}

QFuture<Result<QList<Workspace>>> LibraryService::workspaces() const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog] { return Workspaces(*catalog).list(); });
}

QFuture<Result<Workspace>> LibraryService::findWorkspace(const QString &name) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, name] { return Workspaces(*catalog).find(name); });
}

QFuture<Result<int>> LibraryService::workspaceItemCount(WorkspaceId workspace) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, workspace] { return Workspaces(*catalog).itemCount(workspace); });
}

QFuture<Result<QList<Dataset>>> LibraryService::datasets(WorkspaceId workspace) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, workspace] { return Datasets(*catalog).list(workspace); });
}

QFuture<Result<Dataset>> LibraryService::findDataset(const QString &path) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, path] { return Datasets(*catalog).findByPath(path); });
}

Result<std::shared_ptr<const LibraryService::QualitySnapshot>> LibraryService::qualitySnapshot(const Library &library, QualityCache &cache, DatasetId dataset,
    const curation::QualityThresholds &thresholds)
{
    // Read before the items: a change made while they are read makes the next call compute again.
    const quint64 version = library.catalog().qualityVersion();
    auto d = Datasets(library.catalog()).get(dataset);
    if (!d)
        return d.error();
    auto fingerprint = QualityRows(library.catalog()).fingerprint(dataset);
    if (!fingerprint)
        return fingerprint.error();
    {
        QMutexLocker lock(&cache.mutex);
        const std::shared_ptr<const QualitySnapshot> &last = cache.last;
        if (last && last->dataset == dataset && last->fingerprint == *fingerprint && last->version == version
            && last->thresholds == thresholds && last->target == d->settings.targetResolution)
            return last;
    }
    curation::QualityOptions options;
    options.thresholds = thresholds;
    options.measureMissing = false;
    options.keepItems = false;
    options.withNames = false;
    options.keepMasks = true;
    auto report = curation::analyzeQuality(library, dataset, options);
    if (!report)
        return report.error();
    auto snapshot = std::make_shared<QualitySnapshot>();
    snapshot->dataset = dataset;
    snapshot->fingerprint = *fingerprint;
    snapshot->version = version;
    snapshot->thresholds = thresholds;
    snapshot->target = d->settings.targetResolution;
    snapshot->flags.reserve(report->masks.size());
    for (const auto &[item, mask] : std::as_const(report->masks))
        snapshot->flags.insert(item, mask);
    report->masks = {};
    snapshot->summary = std::move(*report);
    QMutexLocker lock(&cache.mutex);
    cache.last = snapshot;
    return std::shared_ptr<const QualitySnapshot>(snapshot);
}

QFuture<Result<QList<ItemId>>> LibraryService::queryItems(const ItemQuery &query) const
{
    const Library *library = &m_library;
    const curation::QualityThresholds thresholds = m_quality;
    auto cache = m_qualityCache;
    return read([library, cache, query, thresholds]() -> Result<QList<ItemId>> {
        auto filter = parseFilter(query.text);
        if (!filter)
            return filter.error();
        if (*filter && (*filter)->uses(FilterTerm::Field::Tokens)) {
            // Tokens of what the trainer reads, with the tokenizer of the dataset's model.
            auto d = Datasets(library->catalog()).get(query.dataset);
            if (!d)
                return d.error();
            auto sources = Items(library->catalog()).captionSources(query.dataset, {}, true);
            if (!sources)
                return sources.error();
            const Result<TokenCounter> &counter = TokenCounter::shared();
            QHash<ItemId, int> tokens;
            tokens.reserve(sources->size());
            for (const CaptionTarget &t : std::as_const(*sources)) {
                const QString text = trainerReads(d->settings, t.caption, t.tags);
                tokens.insert(t.id, counter ? counter->count(d->settings.targetModel, text).tokens : roughTokenCount(text));
            }
            auto r = (*filter)->resolve(FilterTerm::Field::Tokens, [&tokens](const FilterTerm &term) -> Result<FilterTerm> {
                FilterTerm items;
                items.field = FilterTerm::Field::Items;
                for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
                    if (term.matches(it.value()))
                        items.items.append(it.key());
                }
                return items;
            });
            if (!r)
                return r.error();
        }
        if (*filter && (*filter)->uses(FilterTerm::Field::Quality)) {
            // The flags come from the C++ rules (curation/quality), with the thresholds of Settings.
            auto snapshot = qualitySnapshot(*library, *cache, query.dataset, thresholds);
            if (!snapshot)
                return snapshot.error();
            const QHash<ItemId, curation::QualityFlags> &flags = (*snapshot)->flags;
            auto r = (*filter)->resolve(FilterTerm::Field::Quality, [&flags](const FilterTerm &term) -> Result<FilterTerm> {
                const std::optional<curation::QualityFlag> flag = fromKey<curation::QualityFlag>(term.text);
                if (!flag)
                    return makeError(ErrorCode::InvalidArgument, LibraryTr::tr("No quality flag “%1”.").arg(term.text));
                FilterTerm items;
                items.field = FilterTerm::Field::Items;
                for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
                    if (it.value() & curation::flagBit(*flag))
                        items.items.append(it.key());
                }
                return items;
            });
            if (!r)
                return r.error();
        }
        auto ids = Items(library->catalog()).query(query, *filter);
        if (!ids)
            return ids;
        if (query.bucket) {
            BucketSimulationOptions options;
            const auto trainer = parseBucketTrainer(query.bucket->trainer);
            if (!trainer)
                return makeError(ErrorCode::InvalidArgument, LibraryTr::tr("No bucket engine for “%1”.").arg(query.bucket->trainer));
            options.trainer = *trainer;
            options.resolutions = {query.bucket->resolution};
            options.includeRejected = true; // the grid's status filter decides
            auto sim = simulateDatasetBuckets(*library, query.dataset, options);
            if (!sim)
                return sim.error();
            QSet<ItemId> in;
            for (const BucketedItem &b : std::as_const(sim->items)) {
                if (b.placement && b.placement->bucket == query.bucket->size)
                    in.insert(b.item);
            }
            ids->removeIf([&in](ItemId id) { return !in.contains(id); });
        }
        if (query.quality == 0)
            return ids;
        // The flags come from the C++ rules (curation/quality), not SQL: one owner of every rule.
        auto snapshot = qualitySnapshot(*library, *cache, query.dataset, thresholds);
        if (!snapshot)
            return snapshot.error();
        const QHash<ItemId, curation::QualityFlags> &flags = (*snapshot)->flags;
        ids->removeIf([&flags, &query](ItemId id) { return (flags.value(id) & query.quality) == 0; });
        return ids;
    });
}

QString LibraryService::filterError(const QString &text)
{
    const auto parsed = parseFilter(text);
    return parsed ? QString() : parsed.error().message;
}

QString LibraryService::filterHelp()
{
    return filterSyntaxHelp();
}

QFuture<Result<curation::QualityReport>> LibraryService::qualitySummary(DatasetId dataset) const
{
    const Library *library = &m_library;
    const curation::QualityThresholds thresholds = m_quality;
    auto cache = m_qualityCache;
    return read([library, cache, dataset, thresholds]() -> Result<curation::QualityReport> {
        auto snapshot = qualitySnapshot(*library, *cache, dataset, thresholds);
        if (!snapshot)
            return snapshot.error();
        return (*snapshot)->summary;
    });
}

namespace {
// Rows with the quality flags the grid shows as badges (low resolution depends on the dataset: the
// grid works it out itself) and the content crop of uncropped items.
Result<QList<ItemRow>> rowsWithQuality(const Catalog &catalog, const QList<ItemId> &ids, const curation::QualityThresholds &thresholds)
{
    auto rows = Items(catalog).rows(ids);
    if (!rows)
        return rows;
    for (ItemRow &row : *rows) {
        const std::optional<QualityMetrics> &metrics = row.quality;
        if (!metrics)
            continue;
        const QSize size = row.crop ? row.crop->size() : QSize(row.width, row.height);
        row.qualityFlags = curation::flagMask(
            curation::qualityFlags(*metrics, {size, row.byteSize, row.format, 0, row.crop.has_value()}, thresholds));
        if (!row.crop)
            row.contentCrop = curation::contentCrop(*metrics, QSize(row.width, row.height));
    }
    return rows;
}
} // namespace

QFuture<Result<QHash<ItemId, QRect>>> LibraryService::contentCrops(const QList<ItemId> &ids) const
{
    const Catalog *catalog = &m_library.catalog();
    const curation::QualityThresholds thresholds = m_quality;
    return read([catalog, ids, thresholds]() -> Result<QHash<ItemId, QRect>> {
        auto rows = rowsWithQuality(*catalog, ids, thresholds);
        if (!rows)
            return rows.error();
        QHash<ItemId, QRect> out;
        for (const ItemRow &row : *rows) {
            if (row.contentCrop)
                out.insert(row.id, *row.contentCrop);
        }
        return out;
    });
}

QFuture<Result<BucketSimulation>> LibraryService::simulateBuckets(DatasetId dataset, const BucketSimulationOptions &options) const
{
    const Library *library = &m_library;
    return read([library, dataset, options] { return simulateDatasetBuckets(*library, dataset, options); });
}

QFuture<Result<QList<ItemRow>>> LibraryService::itemRows(const QList<ItemId> &ids) const
{
    const Catalog *catalog = &m_library.catalog();
    const curation::QualityThresholds thresholds = m_quality;
    return read([catalog, ids, thresholds] { return rowsWithQuality(*catalog, ids, thresholds); });
}

QFuture<Result<QList<ItemDetail>>> LibraryService::itemDetails(const QList<ItemId> &ids) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, ids]() -> Result<QList<ItemDetail>> {
        QList<ItemDetail> out;
        out.reserve(ids.size());
        Items items(*catalog);
        for (ItemId id : ids) {
            auto d = items.detail(id);
            if (d)
                out.append(*d);
            else if (d.error().code != ErrorCode::NotFound)
                return d.error(); // a gone item is left out; a failing catalog is said
        }
        if (out.size() == 1) { // the editor shows one image: where it came from, when downloaded
            auto origin = ProvenanceRows::forItem(*catalog, out.first().row.id);
            if (!origin)
                return origin.error();
            out.first().origin = *origin;
        }
        return out;
    });
}

QFuture<Result<QList<TagCount>>> LibraryService::tagFrequencies(DatasetId dataset) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, dataset] { return Items(*catalog).tagFrequencies(dataset); });
}

QFuture<Result<QList<ItemDetail>>> LibraryService::datasetItems(DatasetId dataset) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, dataset] { return Items(*catalog).datasetDetails(dataset); });
}

QFuture<Result<CaptionPreview>> LibraryService::previewReplace(const CaptionScope &scope, const FindReplace &spec) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, scope, spec] { return lc::previewReplace(*catalog, scope, spec); });
}

QFuture<Result<CaptionPreview>> LibraryService::previewTemplate(const CaptionScope &scope, const QString &captionTemplate) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, scope, captionTemplate] { return lc::previewTemplate(*catalog, scope, captionTemplate); });
}

QFuture<Result<QList<HistoryEntry>>> LibraryService::history(int limit) const
{
    const Catalog *catalog = &m_library.catalog();
    return read([catalog, limit] { return recentHistory(*catalog, limit); });
}

namespace {

ExportCheck::Output outputState(const QString &path)
{
    const QFileInfo target(path);
    if (path.isEmpty() || !(target.exists() || target.isSymLink()))
        return ExportCheck::Output::Free;
    const bool emptyFolder = target.isDir() && !target.isSymLink()
        && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    return emptyFolder ? ExportCheck::Output::EmptyFolder : ExportCheck::Output::Exists;
}

} // namespace

QFuture<ExportCheck> LibraryService::checkExport(DatasetId dataset, const ExportOptions &requested) const
{
    const Library *library = &m_library;
    ExportOptions options = requested;
    options.quality = m_quality;
    return read([library, dataset, options] {
        ExportCheck check;
        check.output = outputState(options.outputPath);
        check.plan = planExport(*library, dataset, options);
        return check;
    });
}

QFuture<Result<LibraryService::ExportSourcePtr>> LibraryService::loadExportSource(DatasetId dataset) const
{
    const Library *library = &m_library;
    return read([library, dataset]() -> Result<ExportSourcePtr> {
        auto source = lc::loadExportSource(*library, dataset);
        if (!source)
            return source.error();
        return ExportSourcePtr(std::make_shared<const ExportSource>(std::move(*source)));
    });
}

QFuture<ExportCheck> LibraryService::checkExport(const ExportSourcePtr &source, const ExportOptions &requested) const
{
    ExportOptions options = requested;
    options.quality = m_quality;
    return read([source, options] {
        ExportCheck check;
        check.output = outputState(options.outputPath);
        check.plan = planExport(*source, options);
        return check;
    });
}

QFuture<Result<curation::DuplicateReport>> LibraryService::findDuplicates(DatasetId dataset, curation::DuplicateScope scope,
    curation::Sensitivity sensitivity) const
{
    auto future = async::run(m_library.pools().cpu(), [&library = m_library, dataset, scope, sensitivity] {
        return curation::findDuplicates(library, dataset, scope, sensitivity);
    });
    m_library.futures().add(future);
    return future;
}

QFuture<Result<void>> LibraryService::markNotDuplicates(const QList<ContentHash> &images) const
{
    return read([&library = m_library, images] { return curation::markNotDuplicates(library, images); });
}

namespace {
// The stored thumbnail. Thumbnails are a cache: one that is missing (a full disk when the image was
// imported, a cleaned cache) is made again from the original and written back when it can be.
QImage storedThumbnail(const Library &library, const ContentHash &hash)
{
    QImage image(library.thumbnails().pathFor(hash));
    if (!image.isNull() || library.isReadOnly() || !library.store().contains(hash))
        return image;
    QImageReader reader(library.store().pathFor(hash));
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > ThumbnailStore::StandardSize)
        reader.setScaledSize(size.scaled(ThumbnailStore::StandardSize, ThumbnailStore::StandardSize, Qt::KeepAspectRatio));
    image = reader.read();
    if (image.isNull())
        return image;
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85)) {
        if (auto written = library.thumbnails().write(library.store().tempDir(), hash, jpeg); !written)
            qWarning("cannot write the thumbnail again: %s", qPrintable(written.error().message));
    }
    return image;
}
} // namespace

QFuture<QImage> LibraryService::loadThumbnail(const ContentHash &hash, int fitSide) const
{
    const Library *library = &m_library;
    return read([library, hash, fitSide] {
        QImage image = storedThumbnail(*library, hash);
        if (fitSide > 0 && !image.isNull() && std::max(image.width(), image.height()) > fitSide)
            image = image.scaled(fitSide, fitSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return image;
    });
}

QFuture<QString> LibraryService::checkOriginal(const ContentHash &hash) const
{
    const Library *library = &m_library;
    return read([library, hash]() -> QString {
        if (!library->store().contains(hash))
            return LibraryTr::tr("The stored original is missing: exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.");
        auto actual = library->store().rehash(hash);
        if (!actual)
            return actual.error().message;
        if (!(*actual == hash))
            return LibraryTr::tr("The stored original is damaged (its content changed on disk): exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.");
        return QString();
    });
}

QFuture<QImage> LibraryService::loadOriginal(const ContentHash &hash, const QSize &fit) const
{
    const QString path = m_library.store().pathFor(hash);
    return read([path, fit] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize raw = reader.size();
        // Qt scales 1-bit and palette images in their own format, which dithers them to black and white:
        // those are read whole, expanded to RGB, then scaled.
        const QImage::Format format = reader.imageFormat();
        const bool paletted = format == QImage::Format_Mono || format == QImage::Format_MonoLSB || format == QImage::Format_Indexed8;
        if (fit.isValid() && raw.isValid() && !paletted) {
            const bool swapped = reader.transformation() & QImageIOHandler::TransformationRotate90;
            const QSize scaled = (swapped ? raw.transposed() : raw).scaled(fit, Qt::KeepAspectRatio);
            if (scaled.width() < raw.width())
                reader.setScaledSize(swapped ? scaled.transposed() : scaled);
        }
        QImage image = reader.read();
        if (paletted && !image.isNull()) {
            image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
            if (fit.isValid() && (image.width() > fit.width() || image.height() > fit.height()))
                image = image.scaled(fit, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        return image;
    });
}

QFuture<Result<Workspace>> LibraryService::createWorkspace(const QString &name, bool uniqueName) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<Workspace>(LibraryTr::tr("Create a workspace"), [catalog, name, uniqueName]() -> Result<Workspace> {
        Workspaces workspaces(*catalog);
        QString chosen = name;
        if (uniqueName) {
            auto list = workspaces.list();
            if (!list)
                return list.error();
            QStringList taken;
            for (const Workspace &w : *list)
                taken << w.name;
            chosen = LibraryService::uniqueName(name, taken);
        }
        return workspaces.create(chosen);
    });
}

QFuture<Result<Dataset>> LibraryService::createDataset(const NewDataset &spec) const
{
    const Catalog *catalog = &m_library.catalog();
    // One write: finding the workspace, creating it, choosing the name and creating the dataset cannot
    // interleave with another write.
    return writer().write<Dataset>(LibraryTr::tr("Create a dataset"), [catalog, spec]() -> Result<Dataset> {
        Workspaces workspaces(*catalog);
        Datasets datasets(*catalog);
        Result<Workspace> workspace = makeError(ErrorCode::NotFound, QString());
        if (spec.workspace.isValid()) {
            workspace = workspaces.get(spec.workspace);
        } else if (!spec.workspaceName.isEmpty()) {
            workspace = workspaces.find(spec.workspaceName);
            if (!workspace && workspace.error().code == ErrorCode::NotFound && spec.createWorkspace)
                workspace = workspaces.create(spec.workspaceName);
        } else {
            auto list = workspaces.list();
            if (!list)
                return list.error();
            workspace = list->isEmpty() ? workspaces.create(defaultWorkspaceName()) : Result<Workspace>(list->first());
        }
        if (!workspace)
            return workspace.error();
        QString name = spec.name;
        if (spec.reuseExisting || spec.uniqueName) {
            auto existing = datasets.find(workspace->id, spec.name);
            if (existing && spec.reuseExisting)
                return existing;
            if (existing && spec.uniqueName) {
                auto list = datasets.list(workspace->id);
                if (!list)
                    return list.error();
                QStringList taken;
                for (const Dataset &d : *list)
                    taken << d.name;
                name = uniqueName(spec.name, taken);
            }
        }
        return datasets.create(workspace->id, name, spec.settings);
    });
}

QString LibraryService::libraryRoot() const
{
    return m_library.root();
}

QFuture<Result<Dataset>> LibraryService::updateSettings(DatasetId dataset, const DatasetSettings &settings) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<Dataset>(LibraryTr::tr("Change the dataset's settings"),
        [catalog, dataset, settings] { return Datasets(*catalog).updateSettings(dataset, settings); });
}

QFuture<Result<Workspace>> LibraryService::renameWorkspace(WorkspaceId workspace, const QString &name) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<Workspace>(LibraryTr::tr("Rename the workspace"), [catalog, workspace, name] { return Workspaces(*catalog).rename(workspace, name); });
}

QFuture<Result<Dataset>> LibraryService::renameDataset(DatasetId dataset, const QString &name) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<Dataset>(LibraryTr::tr("Rename the dataset"), [catalog, dataset, name] { return Datasets(*catalog).rename(dataset, name); });
}

QFuture<Result<Dataset>> LibraryService::moveDataset(DatasetId dataset, WorkspaceId workspace) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<Dataset>(LibraryTr::tr("Move the dataset"), [catalog, dataset, workspace] { return Datasets(*catalog).move(dataset, workspace); });
}

QFuture<Result<int>> LibraryService::emptyTrash(DatasetId dataset) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<int>(LibraryTr::tr("Empty the trash"), [catalog, dataset] { return Datasets(*catalog).emptyTrash(dataset); });
}

QFuture<Result<void>> LibraryService::setCrops(const QHash<ItemId, std::optional<QRect>> &crops) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<void>(LibraryTr::tr("Set crops"), crops.keys(), [catalog, crops] { return Items(*catalog).setCrops(crops); });
}

QFuture<Result<void>> LibraryService::deleteWorkspace(WorkspaceId workspace) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<void>(LibraryTr::tr("Delete the workspace"), [catalog, workspace] { return Workspaces(*catalog).remove(workspace); });
}

QFuture<Result<void>> LibraryService::deleteDataset(DatasetId dataset) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<void>(LibraryTr::tr("Delete the dataset"), [catalog, dataset] { return Datasets(*catalog).remove(dataset); });
}

QFuture<Result<FsckReport>> LibraryService::checkLibrary(ProgressFn progress) const
{
    const Library *library = &m_library;
    return read([library, progress] { return Maintenance::fsck(*library, progress); });
}

QFuture<Result<RepairReport>> LibraryService::repairOriginals(const FsckReport &report, ProgressFn progress) const
{
    const Library *library = &m_library;
    return read([library, report, progress] { return Maintenance::repair(*library, report, progress); });
}

QFuture<Result<Snapshots::SnapshotInfo>> LibraryService::createSnapshot(Snapshots::Reason reason, int keep) const
{
    const Library *library = &m_library;
    return read([library, reason, keep]() -> Result<Snapshots::SnapshotInfo> {
        auto made = Snapshots::create(library->catalog(), reason);
        if (!made)
            return made;
        if (auto pruned = Snapshots::prune(library->catalogPath(), keep > 0 ? keep : Snapshots::storedKeepCount()); !pruned)
            return pruned.error();
        return made;
    });
}

QFuture<Result<QList<Snapshots::SnapshotInfo>>> LibraryService::listSnapshots() const
{
    const Library *library = &m_library;
    return read([library] { return Snapshots::list(library->catalogPath(), true); });
}

QFuture<Result<std::optional<Snapshots::SnapshotInfo>>> LibraryService::snapshotIfDue() const
{
    const Library *library = &m_library;
    return read([library]() -> Result<std::optional<Snapshots::SnapshotInfo>> {
        constexpr qint64 Day = 24 * 3600 * 1000;
        if (library->isReadOnly() || !Snapshots::storedDaily() || !Snapshots::isDue(library->catalogPath(), Day))
            return std::optional<Snapshots::SnapshotInfo>();
        auto made = Snapshots::create(library->catalog(), Snapshots::Reason::Daily);
        if (!made)
            return made.error();
        if (auto pruned = Snapshots::prune(library->catalogPath(), Snapshots::storedKeepCount()); !pruned)
            return pruned.error();
        return std::optional<Snapshots::SnapshotInfo>(*made);
    });
}

QFuture<Result<QString>> LibraryService::quickCheck() const
{
    const Library *library = &m_library;
    return read([library] { return Integrity::quickCheck(library->catalog()); });
}

QFuture<Result<GcReport>> LibraryService::collectGarbage(bool dryRun, std::function<QSet<ContentHash>()> keep) const
{
    const Library *library = &m_library;
    return writer().write<GcReport>(LibraryTr::tr("Clean up the library"),
        [library, dryRun, keep = std::move(keep)] { return Maintenance::gc(*library, dryRun, keep ? keep() : QSet<ContentHash>()); },
        CatalogWriter::Mode::Alone);
}

QFuture<Result<Dataset>> LibraryService::duplicateDataset(DatasetId dataset, const QString &name) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<Dataset>(LibraryTr::tr("Duplicate the dataset"), [catalog, dataset, name] { return Datasets(*catalog).duplicate(dataset, name); });
}

namespace {

Result<TagEditReport> reportOf(const Result<TagEdit> &edit)
{
    if (!edit)
        return edit.error();
    return TagEditReport{edit->items};
}

} // namespace

QFuture<Result<TagEditReport>> LibraryService::renameTag(DatasetId dataset, const QString &from, const QString &to) const
{
    return mergeTags(dataset, {from}, to);
}

QFuture<Result<TagEditReport>> LibraryService::mergeTags(DatasetId dataset, const QStringList &from, const QString &into) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<TagEditReport>(LibraryTr::tr("Rename or merge tags"),
        [catalog, dataset, from, into] { return reportOf(Items(*catalog).mergeTags(dataset, from, into)); });
}

QFuture<Result<TagEditReport>> LibraryService::deleteTags(DatasetId dataset, const QStringList &tags) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<TagEditReport>(LibraryTr::tr("Delete tags"),
        [catalog, dataset, tags] { return reportOf(Items(*catalog).deleteTags(dataset, tags)); });
}

QFuture<Result<CaptionApplyReport>> LibraryService::applyCaptions(const QList<CaptionEdit> &changes) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<CaptionApplyReport>(LibraryTr::tr("Change captions"),
        [catalog, changes] { return applyCaptionChanges(*catalog, changes); });
}

QFuture<Result<int>> LibraryService::editItems(DatasetId dataset, const QList<ItemId> &items, const ItemBatchEdit &edit) const
{
    const Catalog *catalog = &m_library.catalog();
    return writer().write<int>(LibraryTr::tr("Edit items"), items, [catalog, dataset, items, edit]() -> Result<int> {
        if (items.isEmpty())
            return 0;
        const Items repo(*catalog);
        if (edit.caption || !edit.appendCaption.isEmpty()) {
            auto sources = repo.captionSources(dataset, items, false);
            if (!sources)
                return sources.error();
            for (const CaptionTarget &t : std::as_const(*sources)) {
                QString caption = edit.caption ? *edit.caption : t.caption;
                if (!edit.appendCaption.isEmpty())
                    caption = caption.trimmed().isEmpty() ? edit.appendCaption : caption + QStringLiteral(", ") + edit.appendCaption;
                if (caption == t.caption)
                    continue;
                if (auto r = repo.setCaption(t.id, caption); !r)
                    return r.error();
            }
        }
        if (!edit.addTags.isEmpty()) {
            if (auto r = repo.addTags(items, edit.addTags); !r)
                return r.error();
        }
        if (!edit.removeTags.isEmpty()) {
            if (auto r = repo.removeTags(items, edit.removeTags); !r)
                return r.error();
        }
        if (edit.status) {
            if (auto r = repo.setStatus(items, *edit.status); !r)
                return r.error();
        }
        if (edit.rating) {
            if (auto r = repo.setRating(items, *edit.rating); !r)
                return r.error();
        }
        return int(items.size());
    });
}

QUndoCommand *LibraryService::renameTagCommand(DatasetId dataset, const QString &from, const QString &to,
    std::function<void(const Result<TagEditReport> &)> done) const
{
    auto *command = new RenameTagCommand(writer(), dataset, from, to);
    command->setDone(std::move(done));
    return command;
}

QUndoCommand *LibraryService::mergeTagsCommand(DatasetId dataset, const QStringList &from, const QString &into,
    std::function<void(const Result<TagEditReport> &)> done) const
{
    auto *command = new MergeTagsCommand(writer(), dataset, from, into);
    command->setDone(std::move(done));
    return command;
}

QUndoCommand *LibraryService::deleteTagsCommand(DatasetId dataset, const QStringList &tags,
    std::function<void(const Result<TagEditReport> &)> done) const
{
    auto *command = new DeleteTagsCommand(writer(), dataset, tags);
    command->setDone(std::move(done));
    return command;
}

QUndoCommand *LibraryService::applyCaptionsCommand(DatasetId dataset, const QList<CaptionEdit> &changes,
    const FindReplace *spec, std::function<void(const Result<CaptionApplyReport> &)> done) const
{
    const QString text = spec ? ApplyCaptionsCommand::replaceText(*spec, changes.size())
                              : ApplyCaptionsCommand::templateText(changes.size());
    auto *command = new ApplyCaptionsCommand(writer(), changes, text);
    command->setDataset(dataset);
    command->setDone(std::move(done));
    return command;
}

QUndoCommand *LibraryService::captionRunCommand(DatasetId dataset, const QList<GeneratedCaption> &changes) const
{
    const qsizetype n = changes.size();
    auto *command = new CaptionRunCommand(writer(), changes,
        n == 1 ? EditTr::tr("Generate 1 Caption") : EditTr::tr("Generate %1 Captions").arg(n));
    command->setDataset(dataset);
    return command;
}

} // namespace lc
