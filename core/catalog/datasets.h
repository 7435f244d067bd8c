#pragma once

#include "types.h"
#include "util/result.h"

#include <QHash>
#include <QVariant>

class QSqlDatabase;

namespace lc {

class Catalog;

// Everything a dataset holds, to bring a deleted dataset back within a session or to copy one. The
// images themselves are not copied: items refer to stored objects, which stay until gc.
struct DatasetSnapshot
{
    struct Item
    {
        qint64 id = 0; // the item's id when the snapshot was taken
        QString hash;
        QString originalName;
        QString sourcePath;
        QString caption;
        QString status;
        int rating = 0;
        int repeats = 1;
        QVariant cropX, cropY, cropW, cropH;
        qint64 createdAt = 0;
        QVariant importedCaption; // the caption the last import set (NULL when unknown)
        QString captionOrigin = QStringLiteral("none");
        QVariant captionMeta;     // NULL unless the caption was written by a backend
        QStringList tags;
    };
    Dataset dataset;
    QList<Item> items;
    QList<qint64> tasks;   // history rows (imports, exports) of the dataset: an undelete links them again
    QList<qint64> exports;
};

// Ids an undelete could not give back because another row took them meanwhile (old -> new). Commands
// that captured the old ids resolve them through this (see CatalogWriter::ids()).
struct IdChanges
{
    QHash<qint64, qint64> workspaces;
    QHash<qint64, qint64> datasets;
    QHash<qint64, qint64> items;
    bool isEmpty() const { return workspaces.isEmpty() && datasets.isEmpty() && items.isEmpty(); }
};

struct UndeletedDataset
{
    Dataset dataset;
    IdChanges changes;
};

// Datasets: a workspace's named sets of items with their training settings. Names are unique within
// a workspace, compared case-insensitively. Thread-safe like Workspaces.
class Datasets final
{
public:
    explicit Datasets(const Catalog &catalog) : m_catalog(catalog) {}

    Result<Dataset> create(WorkspaceId workspace, const QString &name, const DatasetSettings &settings = {}) const;
    // All datasets of one workspace, or of every workspace when workspace is invalid.
    Result<QList<Dataset>> list(WorkspaceId workspace = {}) const;
    Result<Dataset> get(DatasetId id) const;
    Result<Dataset> find(WorkspaceId workspace, const QString &name) const;
    // Resolves "WORKSPACE/DATASET".
    Result<Dataset> findByPath(const QString &path) const;
    Result<Dataset> rename(DatasetId id, const QString &newName) const;
    // Moves a dataset into another workspace (its name must be free there); its items go with it.
    Result<Dataset> move(DatasetId id, WorkspaceId workspace) const;
    // Deletes the items in a dataset's trash for good (their stored images stay until gc); how many.
    Result<int> emptyTrash(DatasetId id) const;
    Result<Dataset> updateSettings(DatasetId id, const DatasetSettings &settings) const;
    // Deletes the dataset and its items (blobs stay until gc).
    Result<void> remove(DatasetId id) const;

    Result<DatasetSnapshot> snapshot(DatasetId id) const;
    // Deletes the dataset and returns what it held, in one transaction (nothing can land in between).
    Result<DatasetSnapshot> removeWithSnapshot(DatasetId id) const;
    // Creates a dataset from a snapshot in the snapshot's workspace, named `name` (or the original
    // name), with new ids. Fails cleanly if the name is taken or a stored image is gone (gc ran).
    Result<Dataset> restore(const DatasetSnapshot &snapshot, const QString &name = {}) const;
    // Brings a deleted dataset back under its own name and, wherever they are still free, its own ids
    // (so undo history and views that refer to them stay valid); `changes` lists the ids that differ.
    // `into`: the workspace's id now, when it had to change since the snapshot (else the snapshot's).
    Result<UndeletedDataset> undelete(const DatasetSnapshot &snapshot, WorkspaceId into = {}) const;
    // A copy with the same settings, items, captions, tags, ratings and crops.
    Result<Dataset> duplicate(DatasetId id, const QString &newName) const;

    static Result<void> validateSettings(const DatasetSettings &settings);

private:
    const Catalog &m_catalog;
};

namespace detail {
// Inserts a snapshot's dataset into `workspace` inside the caller's transaction. With keepIds, rows get
// their snapshot ids where those are free, and `changes` records the others; rows that need a new id get
// one above `floor` (the highest id any snapshot of the same undelete still wants back), so that no row
// takes an id another one of the undelete is about to reclaim. (Workspaces::undelete.)
struct IdFloor
{
    qint64 datasets = 0;
    qint64 items = 0;
};
IdFloor idFloor(const DatasetSnapshot &snapshot);
Result<Dataset> insertSnapshot(QSqlDatabase &db, const DatasetSnapshot &snapshot, WorkspaceId workspace,
    const QString &name, bool keepIds, IdChanges *changes, IdFloor floor = {});
} // namespace detail

} // namespace lc
