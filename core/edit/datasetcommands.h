#pragma once

#include "catalog/datasets.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace lc {

class Catalog;
class CatalogWriter;

// Deleting a dataset, undoable for the session: the command holds a snapshot of everything the dataset
// held (the images stay in the store until gc, which cannot run while the library is open). The
// deletion itself has already happened when the command is pushed, so its first redo() does nothing.
class DeleteDatasetCommand final : public QUndoCommand
{
public:
    using RestoredFn = std::function<void(DatasetId restored)>;
    DeleteDatasetCommand(const Catalog &catalog, CatalogWriter &writer, DatasetSnapshot snapshot, RestoredFn restored = {});
    void redo() override;
    void undo() override;

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    std::shared_ptr<const DatasetSnapshot> m_snapshot;
    std::shared_ptr<DatasetId> m_current; // the id the dataset has now (a restore gives it a new one)
    RestoredFn m_restored;
    bool m_first = true;
};

// Renaming a workspace or a dataset. A name that is taken fails on the writer (reported through
// CatalogWriter::writeFailed) and leaves the old name.
class RenameCommand final : public QUndoCommand
{
public:
    enum class Target { Workspace, Dataset };
    using DoneFn = std::function<void()>;
    RenameCommand(const Catalog &catalog, CatalogWriter &writer, Target target, qint64 id, QString oldName,
        QString newName, DoneFn done = {});
    void redo() override;
    void undo() override;

private:
    void apply(const QString &name);
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    Target m_target;
    qint64 m_id;
    QString m_old;
    QString m_new;
    DoneFn m_done;
};

} // namespace lc
