#pragma once

#include "datasets.h"
#include "types.h"
#include "util/result.h"

namespace lc {

class Catalog;

// Everything a workspace holds, to bring a deleted workspace back within a session.
struct WorkspaceSnapshot
{
    Workspace workspace;
    QList<DatasetSnapshot> datasets;
    int itemCount() const
    {
        int n = 0;
        for (const DatasetSnapshot &d : datasets)
            n += int(d.items.size());
        return n;
    }
};

struct UndeletedWorkspace
{
    Workspace workspace;
    IdChanges changes;
};

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
    // Deletes the workspace and returns everything it held, in one transaction.
    Result<WorkspaceSnapshot> removeWithSnapshot(WorkspaceId id) const;
    // Brings a deleted workspace back with its datasets, under their names and, where still free, their
    // ids (see Datasets::undelete). All or nothing.
    Result<UndeletedWorkspace> undelete(const WorkspaceSnapshot &snapshot) const;

    // Items (in any status) held by the workspace's datasets.
    Result<int> itemCount(WorkspaceId id) const;

private:
    const Catalog &m_catalog;
};

} // namespace lc
