#pragma once

#include "types.h"
#include "util/result.h"

#include <QVariant>

namespace lc {

class Catalog;

// Everything a dataset holds, to bring a deleted dataset back within a session or to copy one. The
// images themselves are not copied: items refer to stored objects, which stay until gc.
struct DatasetSnapshot
{
    struct Item
    {
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
        QStringList tags;
    };
    Dataset dataset;
    QList<Item> items;
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
    Result<Dataset> updateSettings(DatasetId id, const DatasetSettings &settings) const;
    // Deletes the dataset and its items (blobs stay until gc).
    Result<void> remove(DatasetId id) const;

    Result<DatasetSnapshot> snapshot(DatasetId id) const;
    // Creates a dataset from a snapshot in the snapshot's workspace, named `name` (or the original
    // name). Fails cleanly if the name is taken or a stored image is gone (gc ran).
    Result<Dataset> restore(const DatasetSnapshot &snapshot, const QString &name = {}) const;
    // A copy with the same settings, items, captions, tags, ratings and crops.
    Result<Dataset> duplicate(DatasetId id, const QString &newName) const;

    static Result<void> validateSettings(const DatasetSettings &settings);

private:
    const Catalog &m_catalog;
};

} // namespace lc
