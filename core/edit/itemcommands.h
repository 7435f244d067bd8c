#pragma once

#include "catalog/items.h"
#include "edit/catalogwriter.h"

#include <QHash>
#include <QUndoCommand>

#include <memory>

namespace lc {

class Catalog;

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

// Sets one field (status, rating) of several items to one value; undo gives each item its own old value.
template <typename T>
class SetItemFieldCommand : public QUndoCommand
{
public:
    using Read = T (*)(const ItemRow &);
    using Write = Result<void> (*)(const Catalog &, const QList<ItemId> &, T);

    SetItemFieldCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, T value, Read read, Write write)
        : m_catalog(catalog), m_writer(writer), m_items(std::move(items)), m_after(value), m_read(read), m_write(write)
        , m_before(std::make_shared<QHash<ItemId, T>>())
    {
    }

    void redo() override
    {
        const Catalog *catalog = &m_catalog;
        const QList<ItemId> ids = m_items;
        const T value = m_after;
        auto before = m_before;
        const Read read = m_read;
        const Write write = m_write;
        m_writer.submit(text(), ids, [catalog, ids, value, before, read, write]() -> Result<void> {
            if (before->isEmpty()) {
                auto rows = Items(*catalog).rows(ids);
                if (!rows)
                    return rows.error();
                for (const ItemRow &r : *rows)
                    before->insert(r.id, read(r));
            }
            return write(*catalog, ids, value);
        });
    }

    void undo() override
    {
        const Catalog *catalog = &m_catalog;
        auto before = m_before;
        const Write write = m_write;
        m_writer.submit(text(), m_items, [catalog, before, write]() -> Result<void> {
            QHash<T, QList<ItemId>> byValue;
            for (auto it = before->cbegin(); it != before->cend(); ++it)
                byValue[it.value()].append(it.key());
            for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
                if (auto r = write(*catalog, it.value(), it.key()); !r)
                    return r;
            }
            return {};
        });
    }

protected:
    qsizetype itemCount() const { return m_items.size(); }

private:
    const Catalog &m_catalog;
    CatalogWriter &m_writer;
    QList<ItemId> m_items;
    T m_after;
    Read m_read;
    Write m_write;
    std::shared_ptr<QHash<ItemId, T>> m_before;
};

class SetStatusCommand final : public SetItemFieldCommand<ItemStatus>
{
public:
    SetStatusCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, ItemStatus status);
};

class SetRatingCommand final : public SetItemFieldCommand<int>
{
public:
    SetRatingCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, int rating);
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
