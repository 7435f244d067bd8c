#include "datasetcommands.h"

#include "catalogwriter.h"
#include "catalog/workspaces.h"

#include <QCoreApplication>

namespace lc {

DeleteDatasetCommand::DeleteDatasetCommand(const Catalog &catalog, CatalogWriter &writer, DatasetSnapshot snapshot, RestoredFn restored)
    : m_catalog(catalog)
    , m_writer(writer)
    , m_snapshot(std::make_shared<const DatasetSnapshot>(std::move(snapshot)))
    , m_current(std::make_shared<DatasetId>(m_snapshot->dataset.id))
    , m_restored(std::move(restored))
{
    setText(QCoreApplication::translate("lc::DatasetCommands", "Delete Dataset “%1”").arg(m_snapshot->dataset.name));
}

void DeleteDatasetCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    const Catalog *catalog = &m_catalog;
    auto current = m_current;
    m_writer.submit(text(), {}, [catalog, current] { return Datasets(*catalog).remove(*current); });
}

void DeleteDatasetCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    auto snapshot = m_snapshot;
    auto current = m_current;
    auto restoredId = std::make_shared<DatasetId>();
    RestoredFn restored = m_restored;
    m_writer.submit(QCoreApplication::translate("lc::DatasetCommands", "Restore dataset"), {},
        [catalog, snapshot, current, restoredId]() -> Result<void> {
            auto d = Datasets(*catalog).restore(*snapshot);
            if (!d)
                return d.error();
            *current = d->id;
            *restoredId = d->id;
            return {};
        },
        [restored, restoredId](const Result<void> &r) {
            if (r && restored)
                restored(*restoredId);
        });
}

RenameCommand::RenameCommand(const Catalog &catalog, CatalogWriter &writer, Target target, qint64 id, QString oldName,
    QString newName, DoneFn done)
    : m_catalog(catalog)
    , m_writer(writer)
    , m_target(target)
    , m_id(id)
    , m_old(std::move(oldName))
    , m_new(std::move(newName))
    , m_done(std::move(done))
{
    setText(target == Target::Dataset
            ? QCoreApplication::translate("lc::DatasetCommands", "Rename Dataset to “%1”").arg(m_new)
            : QCoreApplication::translate("lc::DatasetCommands", "Rename Workspace to “%1”").arg(m_new));
}

void RenameCommand::apply(const QString &name)
{
    const Catalog *catalog = &m_catalog;
    const Target target = m_target;
    const qint64 id = m_id;
    DoneFn done = m_done;
    m_writer.submit(text(), {},
        [catalog, target, id, name]() -> Result<void> {
            if (target == Target::Dataset) {
                auto r = Datasets(*catalog).rename(DatasetId(id), name);
                return r ? Result<void>() : Result<void>(r.error());
            }
            auto r = Workspaces(*catalog).rename(WorkspaceId(id), name);
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
