#pragma once

#include "types.h"
#include "util/result.h"

namespace lc {

class Catalog;

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

    static Result<void> validateSettings(const DatasetSettings &settings);

private:
    const Catalog &m_catalog;
};

} // namespace lc
