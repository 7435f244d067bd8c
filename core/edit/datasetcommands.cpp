#include "datasetcommands.h"

#include "util/tr.h"

#include "catalogwriter.h"

#include <QCoreApplication>

namespace lc {

namespace {


// When a deleted dataset cannot be brought back, the ids it had must not reach rows that took them
// since: commands made before the deletion then fail cleanly instead of editing a stranger.
void addTombstones(const DatasetSnapshot &snapshot, IdChanges &changes)
{
    changes.datasets.insert(snapshot.dataset.id.value(), 0);
    for (const DatasetSnapshot::Item &item : snapshot.items)
        changes.items.insert(item.id, 0);
}

Result<void> notRestored(const QString &name)
{
    return makeError(ErrorCode::NotFound, EditTr::tr("“%1” was not brought back, so it cannot be deleted again.").arg(name));
}

QStringList hashesOf(const DatasetSnapshot &snapshot)
{
    QStringList out;
    out.reserve(snapshot.items.size());
    for (const DatasetSnapshot::Item &item : snapshot.items)
        out << item.hash;
    return out;
}

} // namespace

DeleteDatasetCommand::DeleteDatasetCommand(CatalogWriter &writer, const Dataset &dataset, ChangedFn changed)
    : EditCommand(writer)
    , m_id(dataset.id)
    , m_state(std::make_shared<State>())
    , m_changed(std::move(changed))
{
    setText(EditTr::tr("Delete Dataset “%1”").arg(dataset.name));
    setDataset(dataset.id);
}

std::function<QStringList()> DeleteDatasetCommand::heldHashes() const
{
    return [state = m_state] { return state->snapshot ? hashesOf(*state->snapshot) : QStringList(); };
}

void DeleteDatasetCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const DatasetId id = m_id;
    auto state = m_state;
    const IdMap::Epoch deletion = m_writer.ids().beginDeletion();
    ChangedFn changed = m_changed;
    m_writer.submit(text(), {},
        [catalog, map, epoch, id, state, deletion]() -> Result<void> {
            if (state->snapshot)
                return notRestored(state->snapshot->dataset.name);
            auto snapshot = Datasets(*catalog).removeWithSnapshot(map->dataset(id, epoch));
            if (!snapshot)
                return snapshot.error();
            state->snapshot = std::move(*snapshot);
            state->deletion = deletion;
            return {};
        },
        [changed](const Result<void> &r) {
            if (changed)
                changed(DatasetId(), r);
        });
}

void DeleteDatasetCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    IdMap *map = &m_writer.ids();
    auto state = m_state;
    auto restored = std::make_shared<DatasetId>();
    ChangedFn changed = m_changed;
    m_writer.submit(EditTr::tr("Restore dataset"), {},
        [catalog, map, state, restored]() -> Result<void> {
            if (!state->snapshot)
                return {}; // the deletion itself failed: nothing to bring back
            const IdMap::Epoch deletion = state->deletion;
            // Its workspace may have been deleted and brought back under another id since.
            const WorkspaceId into = map->workspace(state->snapshot->dataset.workspaceId, deletion);
            auto d = Datasets(*catalog).undelete(*state->snapshot, into);
            if (!d) {
                IdChanges tombstones;
                addTombstones(*state->snapshot, tombstones);
                map->record(deletion, tombstones);
                state->tombstones.append(deletion);
                return d.error();
            }
            map->forget(state->tombstones);
            state->tombstones.clear();
            map->record(deletion, d->changes);
            *restored = d->dataset.id;
            state->snapshot.reset();
            return {};
        },
        [changed, restored](const Result<void> &r) {
            if (changed)
                changed(*restored, r);
        });
}

DeleteWorkspaceCommand::DeleteWorkspaceCommand(CatalogWriter &writer, const Workspace &workspace,
    ChangedFn changed)
    : EditCommand(writer)
    , m_id(workspace.id)
    , m_state(std::make_shared<State>())
    , m_changed(std::move(changed))
{
    setText(EditTr::tr("Delete Workspace “%1”").arg(workspace.name));
}

std::function<QStringList()> DeleteWorkspaceCommand::heldHashes() const
{
    return [state = m_state] {
        QStringList out;
        if (state->snapshot) {
            for (const DatasetSnapshot &d : state->snapshot->datasets)
                out << hashesOf(d);
        }
        return out;
    };
}

void DeleteWorkspaceCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const WorkspaceId id = m_id;
    auto state = m_state;
    const IdMap::Epoch deletion = m_writer.ids().beginDeletion();
    ChangedFn changed = m_changed;
    m_writer.submit(text(), {},
        [catalog, map, epoch, id, state, deletion]() -> Result<void> {
            if (state->snapshot)
                return notRestored(state->snapshot->workspace.name);
            auto snapshot = Workspaces(*catalog).removeWithSnapshot(map->workspace(id, epoch));
            if (!snapshot)
                return snapshot.error();
            state->snapshot = std::move(*snapshot);
            state->deletion = deletion;
            return {};
        },
        [changed](const Result<void> &r) {
            if (changed)
                changed(WorkspaceId(), r);
        });
}

void DeleteWorkspaceCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    IdMap *map = &m_writer.ids();
    auto state = m_state;
    auto restored = std::make_shared<WorkspaceId>();
    ChangedFn changed = m_changed;
    m_writer.submit(EditTr::tr("Restore workspace"), {},
        [catalog, map, state, restored]() -> Result<void> {
            if (!state->snapshot)
                return {};
            const IdMap::Epoch deletion = state->deletion;
            auto w = Workspaces(*catalog).undelete(*state->snapshot);
            if (!w) {
                IdChanges tombstones;
                tombstones.workspaces.insert(state->snapshot->workspace.id.value(), 0);
                for (const DatasetSnapshot &d : state->snapshot->datasets)
                    addTombstones(d, tombstones);
                map->record(deletion, tombstones);
                state->tombstones.append(deletion);
                return w.error();
            }
            map->forget(state->tombstones);
            state->tombstones.clear();
            map->record(deletion, w->changes);
            *restored = w->workspace.id;
            state->snapshot.reset();
            return {};
        },
        [changed, restored](const Result<void> &r) {
            if (changed)
                changed(*restored, r);
        });
}

RenameCommand::RenameCommand(CatalogWriter &writer, DatasetId dataset, QString oldName,
    QString newName, DoneFn done)
    : EditCommand(writer)
    , m_datasetId(dataset)
    , m_old(std::move(oldName))
    , m_new(std::move(newName))
    , m_done(std::move(done))
{
    setText(EditTr::tr("Rename Dataset to “%1”").arg(m_new));
    setDataset(dataset);
}

RenameCommand::RenameCommand(CatalogWriter &writer, WorkspaceId workspace, QString oldName,
    QString newName, DoneFn done)
    : EditCommand(writer)
    , m_workspaceId(workspace)
    , m_old(std::move(oldName))
    , m_new(std::move(newName))
    , m_done(std::move(done))
{
    setText(EditTr::tr("Rename Workspace to “%1”").arg(m_new));
}

void RenameCommand::apply(const QString &name)
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const DatasetId dataset = m_datasetId;
    const WorkspaceId workspace = m_workspaceId;
    DoneFn done = m_done;
    m_writer.submit(text(), {},
        [catalog, map, epoch, dataset, workspace, name]() -> Result<void> {
            if (dataset.isValid()) {
                auto r = Datasets(*catalog).rename(map->dataset(dataset, epoch), name);
                return r ? Result<void>() : Result<void>(r.error());
            }
            auto r = Workspaces(*catalog).rename(map->workspace(workspace, epoch), name);
            return r ? Result<void>() : Result<void>(r.error());
        },
        [done](const Result<void> &) {
            if (done)
                done();
        });
}

void RenameCommand::redo() { apply(m_new); }
void RenameCommand::undo() { apply(m_old); }

} // namespace lc
