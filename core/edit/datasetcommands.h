#pragma once

#include "catalog/datasets.h"
#include "catalog/workspaces.h"
#include "edit/editcommand.h"

#include <functional>
#include <memory>
#include <optional>

namespace lc {

class Catalog;
class CatalogWriter;

// Deleting a dataset, undoable for the session. redo() deletes it on the writer, taking a snapshot of
// everything it held in the same transaction (so an edit queued before the deletion is in the snapshot);
// undo() brings it back under its name and, where still free, its ids. The images stay in the store
// until gc (which keeps what the undo history can still bring back).
class DeleteDatasetCommand final : public EditCommand
{
public:
    // `changed` runs on the GUI thread after every deletion or restore, with the dataset's id after it
    // (invalid after a deletion) and the result.
    using ChangedFn = std::function<void(DatasetId now, const Result<void> &result)>;
    DeleteDatasetCommand(CatalogWriter &writer, const Dataset &dataset, ChangedFn changed = {});
    void redo() override;
    void undo() override;
    bool isDestructive() const override { return true; }
    // Reads the content hashes the snapshot needs to bring the dataset back (gc must keep them). Call
    // the reader on the writer's thread, where the snapshot is written.
    std::function<QStringList()> heldHashes() const;

private:
    struct State
    {
        // All written and read on the writer only.
        std::optional<DatasetSnapshot> snapshot;
        IdMap::Epoch deletion = 0;      // the epoch of the deletion that actually happened
        QList<IdMap::Epoch> tombstones; // epochs a failed restore recorded tombstones under
    };
    DatasetId m_id;
    std::shared_ptr<State> m_state;
    ChangedFn m_changed;
};

// Deleting a workspace with all its datasets, undoable like a dataset deletion.
class DeleteWorkspaceCommand final : public EditCommand
{
public:
    using ChangedFn = std::function<void(WorkspaceId now, const Result<void> &result)>;
    DeleteWorkspaceCommand(CatalogWriter &writer, const Workspace &workspace, ChangedFn changed = {});
    void redo() override;
    void undo() override;
    bool isDestructive() const override { return true; }
    std::function<QStringList()> heldHashes() const;
    WorkspaceId workspace() const { return m_id; }

private:
    struct State
    {
        std::optional<WorkspaceSnapshot> snapshot;
        IdMap::Epoch deletion = 0;
        QList<IdMap::Epoch> tombstones;
    };
    WorkspaceId m_id;
    std::shared_ptr<State> m_state;
    ChangedFn m_changed;
};

// Renaming a workspace or a dataset. A name that is taken fails on the writer (reported through
// CatalogWriter::writeFailed) and leaves the old name.
class RenameCommand final : public EditCommand
{
public:
    using DoneFn = std::function<void()>;
    RenameCommand(CatalogWriter &writer, DatasetId dataset, QString oldName, QString newName, DoneFn done = {});
    RenameCommand(CatalogWriter &writer, WorkspaceId workspace, QString oldName, QString newName,
        DoneFn done = {});
    void redo() override;
    void undo() override;

private:
    void apply(const QString &name);
    DatasetId m_datasetId;
    WorkspaceId m_workspaceId;
    QString m_old;
    QString m_new;
    DoneFn m_done;
};

} // namespace lc
