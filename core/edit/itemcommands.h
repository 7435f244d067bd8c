#pragma once

#include "catalog/items.h"

#include <QHash>
#include <QUndoCommand>

#include <memory>

namespace lc {

class Catalog;
class CatalogWriter;

// Undoable edits of items. Each redo()/undo() hands the catalog write to the CatalogWriter, so the GUI
// thread never waits for SQLite. The state to restore on undo is read from the catalog by the first
// redo's job, on the writer, right before it writes: the writer runs jobs in order, so that state is
// exact even when the editor's own copy is a keystroke behind. QUndoStack lives in QtGui, so these are
// testable without widgets.

class SetCaptionCommand final : public QUndoCommand
{
public:
    enum { Id = 1001 };
    SetCaptionCommand(const Catalog &catalog, CatalogWriter &writer, ItemId item, QString caption);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    // Consecutive edits of the same item's caption (typing with pauses) become one undo step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    ItemId m_item;
    std::shared_ptr<std::optional<QString>> m_before; // filled by the first redo
    QString m_after;
};

class SetStatusCommand final : public QUndoCommand
{
public:
    SetStatusCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, ItemStatus status);
    void redo() override;
    void undo() override;

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QList<ItemId> m_items;
    ItemStatus m_after;
    std::shared_ptr<QHash<ItemId, ItemStatus>> m_before;
};

class SetRatingCommand final : public QUndoCommand
{
public:
    SetRatingCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, int rating);
    void redo() override;
    void undo() override;

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QList<ItemId> m_items;
    int m_after;
    std::shared_ptr<QHash<ItemId, int>> m_before;
};

// Adds and/or removes tags on one or more items: one undo step however many items it touches.
class EditTagsCommand final : public QUndoCommand
{
public:
    EditTagsCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, QStringList add,
        QStringList remove, const QString &text);
    void redo() override;
    void undo() override;

    static QHash<ItemId, QStringList> withAdded(const QHash<ItemId, QStringList> &tags, const QStringList &add);
    static QHash<ItemId, QStringList> withRemoved(const QHash<ItemId, QStringList> &tags, const QStringList &remove);

private:
    struct State
    {
        bool captured = false;
        QHash<ItemId, QStringList> before;
        QHash<ItemId, QStringList> after;
    };
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QList<ItemId> m_items;
    QStringList m_add;
    QStringList m_remove;
    std::shared_ptr<State> m_state;
};

} // namespace lc
