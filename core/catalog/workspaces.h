#pragma once

#include "types.h"
#include "util/result.h"

namespace lc {

class Catalog;

// Workspaces: named containers of datasets. Names are unique, compared case-insensitively.
// Every method may be called from any thread (it uses that thread's catalog connection).
class Workspaces final
{
public:
    explicit Workspaces(const Catalog &catalog) : m_catalog(catalog) {}

    Result<Workspace> create(const QString &name) const;
    Result<QList<Workspace>> list() const;
    Result<Workspace> get(WorkspaceId id) const;
    Result<Workspace> find(const QString &name) const;
    Result<Workspace> rename(WorkspaceId id, const QString &newName) const;
    // Deletes the workspace with all its datasets and items (blobs stay until gc).
    Result<void> remove(WorkspaceId id) const;

    // Items (in any status) held by the workspace's datasets.
    Result<int> itemCount(WorkspaceId id) const;

private:
    const Catalog &m_catalog;
};

} // namespace lc
