#pragma once

#include "edit/catalogwriter.h"
#include "util/ids.h"

#include <QUndoCommand>

namespace lc {

class Catalog;

// Base of every undoable edit of the library. Each redo()/undo() hands its catalog write to the
// CatalogWriter, so the GUI thread never waits for SQLite and writes land in the order they were made.
// A command remembers the IdMap epoch it was made in and resolves its ids through the map when its
// write runs (see IdMap). QUndoStack lives in QtGui, so commands are testable without widgets.
class EditCommand : public QUndoCommand
{
public:
    // The dataset the edit belongs to, if any (the Edit menu names it when another one is shown).
    DatasetId dataset() const { return m_dataset; }
    void setDataset(DatasetId dataset) { m_dataset = dataset; }
    // Redoing it destroys something (a deletion): the app asks first.
    virtual bool isDestructive() const { return false; }
    // The IdMap epoch the command was made in: resolve dataset() through the map with it.
    IdMap::Epoch epoch() const { return m_epoch; }

protected:
    explicit EditCommand(CatalogWriter &writer)
        : m_catalog(writer.catalog()), m_writer(writer), m_epoch(writer.ids().epoch())
    {
    }

    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    IdMap::Epoch m_epoch;

private:
    DatasetId m_dataset;
};

} // namespace lc
