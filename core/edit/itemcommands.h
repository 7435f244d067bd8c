#pragma once

#include "catalog/items.h"

#include <QHash>
#include <QUndoCommand>

namespace lc {

class Catalog;
class CatalogWriter;

// Undoable edits of items. Each redo()/undo() hands the catalog write to the CatalogWriter, so the GUI
// thread never waits for SQLite. QUndoStack lives in QtGui, so these are testable without widgets.

class SetCaptionCommand final : public QUndoCommand
{
public:
    enum { Id = 1001 };
    SetCaptionCommand(const Catalog &catalog, CatalogWriter &writer, ItemId item, QString before, QString after);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    // Consecutive edits of the same item's caption (typing with pauses) become one undo step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &caption);
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    ItemId m_item;
    QString m_before;
    QString m_after;
};

class SetStatusCommand final : public QUndoCommand
{
public:
    SetStatusCommand(const Catalog &catalog, CatalogWriter &writer, QHash<ItemId, ItemStatus> before, ItemStatus after);
    void redo() override;
    void undo() override;

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QHash<ItemId, ItemStatus> m_before;
    ItemStatus m_after;
};

class SetRatingCommand final : public QUndoCommand
{
public:
    SetRatingCommand(const Catalog &catalog, CatalogWriter &writer, QHash<ItemId, int> before, int after);
    void redo() override;
    void undo() override;

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QHash<ItemId, int> m_before;
    int m_after;
};

// Replaces the tags of one or more items; `before` and `after` hold each item's full, ordered tag list.
// Batch add/remove are one command: one undo step however many items they touch.
class SetTagsCommand final : public QUndoCommand
{
public:
    SetTagsCommand(const Catalog &catalog, CatalogWriter &writer, QHash<ItemId, QStringList> before,
        QHash<ItemId, QStringList> after, const QString &text);
    void redo() override;
    void undo() override;

    static QHash<ItemId, QStringList> withAdded(const QHash<ItemId, QStringList> &tags, const QStringList &add);
    static QHash<ItemId, QStringList> withRemoved(const QHash<ItemId, QStringList> &tags, const QStringList &remove);

private:
    void apply(const QHash<ItemId, QStringList> &tags);
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QHash<ItemId, QStringList> m_before;
    QHash<ItemId, QStringList> m_after;
};

} // namespace lc
