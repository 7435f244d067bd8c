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

} // namespace lc
