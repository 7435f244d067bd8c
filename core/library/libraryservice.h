#pragma once

#include "caption/captionedit.h"
#include "caption/captiontypes.h"
#include "catalog/historyentry.h"
#include "catalog/itemtypes.h"
#include "catalog/snapshots.h"
#include "catalog/types.h"
#include "curation/duplicatefinder.h"
#include "curation/qualityreport.h"
#include "export/bucketsimulation.h"
#include "export/exportplanner.h"
#include "export/exporttypes.h"
#include "library/maintenance.h"
#include "util/result.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;
class QUndoCommand;

namespace lc {

class CatalogWriter;
class Library;
class ThumbnailStore;

// Everything the library tree shows.
struct LibraryContents
{
    QList<Workspace> workspaces;
    QList<Dataset> datasets;
};

// What to create (or find) with LibraryService::createDataset.
struct NewDataset
{
    // The workspace: by id; else by name (created when missing); else the first workspace, or a new
    // "My Workspace" in an empty library.
    WorkspaceId workspace;
    QString workspaceName;
    QString name;
    DatasetSettings settings;
    bool createWorkspace = true; // with workspaceName: create it when missing (else fail with NotFound)
    bool uniqueName = false;    // "Name 2" when the name is taken, instead of failing
    bool reuseExisting = false; // the dataset that has the name, instead of failing (import --create)
};

// The output path of an export and what is there now (checked off the GUI thread).
struct ExportCheck
{
    enum class Output { Free, EmptyFolder, Exists };
    Result<ExportPlan> plan = makeError(ErrorCode::Internal, QString());
    Output output = Output::Free;
};

// A batch edit of items (loracraft-cli edit): each part that is set applies to every item, all in one
// write (nothing of it is committed if any part fails).
struct ItemBatchEdit
{
    std::optional<QString> caption; // replaces the caption (provenance: typed by a person)
    QString appendCaption;          // appended after ", " (or alone when the caption is empty)
    QStringList addTags;
    QStringList removeTags;
    std::optional<ItemStatus> status;
    std::optional<int> rating;      // 0..5

    bool isEmpty() const
    {
        return !caption && appendCaption.isEmpty() && addTags.isEmpty() && removeTags.isEmpty() && !status && !rating;
    }
};

// The one asynchronous façade for what the GUI and the CLI do to a library. Reads run on the library's
// read pool, writes on its writer (in order with every other write); every method returns a QFuture
// whose Result says what went wrong. The futures are registered with the library, which waits for them
// before it closes. The CLI calls .result() on them; the GUI delivers them with async::onResult.
class LibraryService final
{
public:
    explicit LibraryService(const Library &library);
    ~LibraryService();

    const Library &library() const { return m_library; }
    QString libraryRoot() const; // the library's folder
    // The thresholds of the quality flags (Settings): used by itemRows, the quality filter of
    // queryItems, qualitySummary, analyzeJob and the export pre-flight. Set on the caller's thread.
    void setQualityThresholds(const curation::QualityThresholds &thresholds) { m_quality = thresholds; }
    const curation::QualityThresholds &qualityThresholds() const { return m_quality; }
    CatalogWriter &writer() const;
    const ThumbnailStore &thumbnails() const;
    // The pool the grid decodes thumbnails on (the library waits for it before it closes).
    QThreadPool *thumbnailPool() const;

    // Reads.
    QFuture<Result<LibraryContents>> contents() const;
    QFuture<Result<QList<Workspace>>> workspaces() const;
    QFuture<Result<Workspace>> findWorkspace(const QString &name) const;
    QFuture<Result<int>> workspaceItemCount(WorkspaceId workspace) const;
    QFuture<Result<QList<Dataset>>> datasets(WorkspaceId workspace = {}) const; // all, or one workspace's
    QFuture<Result<Dataset>> findDataset(const QString &path) const;            // "WORKSPACE/DATASET"
    // With query.quality set, only items that carry one of those flags (the dataset's target and crops,
    // the thresholds above).
    QFuture<Result<QList<ItemId>>> queryItems(const ItemQuery &query) const;
    // The filter language of ItemQuery::text (catalog/itemfilter.h), checked as it is typed: what is wrong
    // with `text` (empty when it can be read), and the one-screen help for the search box. Pure, instant.
    static QString filterError(const QString &text);
    static QString filterHelp();
    QFuture<Result<QList<ItemRow>>> itemRows(const QList<ItemId> &ids) const; // in the order asked, gone ones left out
    // How many of a dataset's kept and rejected items carry each quality flag, and how many are not
    // measured yet (nothing is measured: see AnalyzeJob). The counts and every item's flags are kept
    // until the dataset's items, crops or measurements, the thresholds or the target change: after the
    // first read, a call costs one aggregate query.
    QFuture<Result<curation::QualityReport>> qualitySummary(DatasetId dataset) const;
    // The crop that removes the bars of each letterboxed item among `ids` that has no crop yet.
    QFuture<Result<QHash<ItemId, QRect>>> contentCrops(const QList<ItemId> &ids) const;
    QFuture<Result<QList<ItemDetail>>> itemDetails(const QList<ItemId> &ids) const;
    // Where the trainer puts each image of the dataset (simulateDatasetBuckets).
    QFuture<Result<BucketSimulation>> simulateBuckets(DatasetId dataset, const BucketSimulationOptions &options) const;
    QFuture<Result<QList<TagCount>>> tagFrequencies(DatasetId dataset) const; // the trash left out
    // Every item of a dataset with its caption, provenance and tags, in three queries whatever its size:
    // the kept and rejected items by id, then the trash by id.
    QFuture<Result<QList<ItemDetail>>> datasetItems(DatasetId dataset) const;
    // What find & replace, or a caption template, would change (nothing is written). Fails with
    // InvalidArgument for an empty search, an invalid expression (its message and offset), an empty template.
    QFuture<Result<CaptionPreview>> previewReplace(const CaptionScope &scope, const FindReplace &spec) const;
    QFuture<Result<CaptionPreview>> previewTemplate(const CaptionScope &scope, const QString &captionTemplate) const;

    // Undoable edits for the window's undo stack (each one step; `done` runs on the caller's thread
    // after each redo's write). The caller pushes them and the stack owns them.
    QUndoCommand *renameTagCommand(DatasetId dataset, const QString &from, const QString &to,
        std::function<void(const Result<TagEditReport> &)> done = {}) const;
    QUndoCommand *mergeTagsCommand(DatasetId dataset, const QStringList &from, const QString &into,
        std::function<void(const Result<TagEditReport> &)> done = {}) const;
    QUndoCommand *deleteTagsCommand(DatasetId dataset, const QStringList &tags,
        std::function<void(const Result<TagEditReport> &)> done = {}) const;
    // Find & replace (spec given) or a caption template (spec empty) as previewed.
    QUndoCommand *applyCaptionsCommand(DatasetId dataset, const QList<CaptionEdit> &changes, const FindReplace *spec,
        std::function<void(const Result<CaptionApplyReport> &)> done = {}) const;
    // A finished auto-captioning run (already written: the first redo writes nothing).
    QUndoCommand *captionRunCommand(DatasetId dataset, const QList<GeneratedCaption> &changes) const;
    QFuture<Result<QList<HistoryEntry>>> history(int limit = 20) const;
    QFuture<ExportCheck> checkExport(DatasetId dataset, const ExportOptions &options) const;
    // The Export dialog reads the dataset once and plans each change of options from it.
    using ExportSourcePtr = std::shared_ptr<const ExportSource>;
    QFuture<Result<ExportSourcePtr>> loadExportSource(DatasetId dataset) const;
    QFuture<ExportCheck> checkExport(const ExportSourcePtr &source, const ExportOptions &options) const;
    // The stored thumbnail (made again from the original when it is missing), scaled in the same job to
    // fit a square of fitSide pixels when fitSide > 0. One job rather than a .then() continuation: under
    // Qt 6.4 a continuation on a future the FutureSynchronizer holds made cancelAndWait touch freed state.
    QFuture<QImage> loadThumbnail(const ContentHash &hash, int fitSide = 0) const;
    // Near-duplicate groups of a dataset or its workspace (curation::findDuplicates), on the CPU pool.
    QFuture<Result<curation::DuplicateReport>> findDuplicates(DatasetId dataset, curation::DuplicateScope scope,
        curation::Sensitivity sensitivity) const;
    // Remembers every pair of these images as not duplicates.
    QFuture<Result<void>> markNotDuplicates(const QList<ContentHash> &images) const;
    QFuture<QImage> loadOriginal(const ContentHash &hash, const QSize &fit) const;
    // Whether the stored original is there and whole (re-hashed), on the read pool: empty when it is,
    // else a sentence for the user ("The stored original is missing…").
    QFuture<QString> checkOriginal(const ContentHash &hash) const;

    // Writes.
    QFuture<Result<Workspace>> createWorkspace(const QString &name, bool uniqueName = false) const;
    QFuture<Result<Dataset>> createDataset(const NewDataset &spec) const;
    QFuture<Result<Dataset>> updateSettings(DatasetId dataset, const DatasetSettings &settings) const;
    QFuture<Result<Workspace>> renameWorkspace(WorkspaceId workspace, const QString &name) const;
    QFuture<Result<Dataset>> renameDataset(DatasetId dataset, const QString &name) const;
    QFuture<Result<Dataset>> moveDataset(DatasetId dataset, WorkspaceId workspace) const;
    // Deletes the dataset's trashed items for good (not undoable; gc frees their images): how many.
    QFuture<Result<int>> emptyTrash(DatasetId dataset) const;
    // Deletions for the CLI (the GUI deletes through undoable commands).
    QFuture<Result<void>> deleteWorkspace(WorkspaceId workspace) const;
    QFuture<Result<void>> deleteDataset(DatasetId dataset) const;
    QFuture<Result<Dataset>> duplicateDataset(DatasetId dataset, const QString &name) const;
    // Crops for the CLI (the GUI pushes SetCropsCommand, which runs the same code): nullopt clears one.
    QFuture<Result<void>> setCrops(const QHash<ItemId, std::optional<QRect>> &crops) const;
    // Tag edits across a dataset (the trash included) and writing a preview's caption changes, for the CLI:
    // not undoable. The GUI pushes RenameTagCommand, MergeTagsCommand, DeleteTagsCommand
    // (edit/tagcommands.h) and ApplyCaptionsCommand (edit/captioncommands.h), which run the same code.
    QFuture<Result<TagEditReport>> renameTag(DatasetId dataset, const QString &from, const QString &to) const;
    QFuture<Result<TagEditReport>> mergeTags(DatasetId dataset, const QStringList &from, const QString &into) const;
    QFuture<Result<TagEditReport>> deleteTags(DatasetId dataset, const QStringList &tags) const;
    // Each caption only while it is still the change's `before` (the others come back as skipped).
    QFuture<Result<CaptionApplyReport>> applyCaptions(const QList<CaptionEdit> &changes) const;
    // Applies a batch edit to items of a dataset in one write; the number of items it was applied to.
    QFuture<Result<int>> editItems(DatasetId dataset, const QList<ItemId> &items, const ItemBatchEdit &edit) const;
    // gc on the writer, alone (after every write queued before it; its files go after its rows commit).
    // `keep` is called there and names images to keep although nothing uses them now.
    QFuture<Result<GcReport>> collectGarbage(bool dryRun, std::function<QSet<ContentHash>()> keep = {}) const;
    // fsck on the read pool (it changes nothing); `progress` is called from there.
    QFuture<Result<FsckReport>> checkLibrary(ProgressFn progress = {}) const;
    // fsck --repair: the originals fsck found missing or damaged, read back from where they were imported
    // (Maintenance::repair), on the read pool (it writes object files only, never the catalog).
    QFuture<Result<RepairReport>> repairOriginals(const FsckReport &report, ProgressFn progress = {}) const;
    // A snapshot of the catalog (a committed state: VACUUM INTO reads through a transaction), on the read
    // pool; then the oldest snapshots beyond `keep` are removed (keep <= 0: the stored setting).
    QFuture<Result<Snapshots::SnapshotInfo>> createSnapshot(Snapshots::Reason reason, int keep = 0) const;
    // The library's snapshots, newest first, with their counts (each file is opened), on the read pool.
    QFuture<Result<QList<Snapshots::SnapshotInfo>>> listSnapshots() const;
    // The GUI's daily snapshot: takes one when the setting is on and the newest is a day old.
    QFuture<Result<std::optional<Snapshots::SnapshotInfo>>> snapshotIfDue() const;
    // SQLite's quick_check at open, on the read pool: "ok" or the first problem it found.
    QFuture<Result<QString>> quickCheck() const;

    // "Name", else "Name 2", "Name 3"…: the first not in `taken` (compared case-insensitively).
    static QString uniqueName(const QString &base, const QStringList &taken);
    // The name of the workspace an empty library gets.
    static QString defaultWorkspaceName();
    // "WORKSPACE/DATASET" → its two names (names cannot contain a slash).
    static Result<std::pair<QString, QString>> splitDatasetPath(const QString &path);

    struct QualitySnapshot; // the quality counts and flags of a dataset, with what they were computed from
    struct QualityCache;    // the snapshot last computed

private:
    template <typename F>
    auto read(F &&f) const -> QFuture<std::invoke_result_t<std::decay_t<F>>>;
    static Result<std::shared_ptr<const QualitySnapshot>> qualitySnapshot(const Library &library, QualityCache &cache,
        DatasetId dataset, const curation::QualityThresholds &thresholds);

    const Library &m_library;
    curation::QualityThresholds m_quality;
    std::shared_ptr<QualityCache> m_qualityCache; // shared with the reads that fill it
};

} // namespace lc
