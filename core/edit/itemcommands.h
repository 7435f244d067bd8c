#pragma once

#include "catalog/items.h"
#include "edit/catalogwriter.h"
#include "edit/editcommand.h"

#include <QHash>

#include <memory>

namespace lc {

class Catalog;

// Undoable edits of items. The state to restore on undo is read from the catalog by the first redo's
// job, on the writer, right before it writes: the writer runs jobs in order, so that state is exact even
// when the editor's own copy is a keystroke behind.

// One saved caption edit. Each save (after a pause in typing, or when the editor loses focus) is its own
// undo step, so undo goes back phrase by phrase as in a text editor.
class SetCaptionCommand final : public EditCommand
{
public:
    SetCaptionCommand(CatalogWriter &writer, ItemId item, QString caption);
    void redo() override;
    void undo() override;
    ItemId item() const { return m_item; }

private:
    ItemId m_item;
    struct Before
    {
        QString caption;
        CaptionProvenance provenance; // undo gives back where the caption came from, too
    };
    std::shared_ptr<std::optional<Before>> m_before; // filled by the first redo
    QString m_after;
};

// Sets one field (status, rating) of several items to one value; undo gives each item its own old value.
// The state to restore is kept by the ids the command was made with; they are resolved when each write runs.
template <typename T>
class SetItemFieldCommand : public EditCommand
{
public:
    using Read = T (*)(const ItemRow &);
    using Write = Result<void> (*)(const Catalog &, const QList<ItemId> &, T);

    SetItemFieldCommand(CatalogWriter &writer, QList<ItemId> items, T value, Read read, Write write)
        : EditCommand(writer), m_items(std::move(items)), m_after(value), m_read(read), m_write(write)
        , m_before(std::make_shared<QHash<ItemId, T>>())
    {
    }

    void redo() override
    {
        const Catalog *catalog = &m_catalog;
        const IdMap *map = &m_writer.ids();
        const IdMap::Epoch epoch = m_epoch;
        const QList<ItemId> ids = m_items;
        const T value = m_after;
        auto before = m_before;
        const Read read = m_read;
        const Write write = m_write;
        m_writer.submitResolving(text(), [catalog, map, epoch, ids, value, before, read, write](QList<ItemId> &affected) -> Result<void> {
            const QList<ItemId> current = map->items(ids, epoch);
            affected = current;
            if (before->isEmpty()) {
                auto rows = Items(*catalog).rows(current);
                if (!rows)
                    return rows.error();
                QHash<ItemId, ItemId> original;
                for (int i = 0; i < ids.size(); ++i)
                    original.insert(current[i], ids[i]);
                for (const ItemRow &r : *rows)
                    before->insert(original.value(r.id, r.id), read(r));
            }
            return write(*catalog, current, value);
        });
    }

    void undo() override
    {
        const Catalog *catalog = &m_catalog;
        const IdMap *map = &m_writer.ids();
        const IdMap::Epoch epoch = m_epoch;
        auto before = m_before;
        const Write write = m_write;
        m_writer.submitResolving(text(), [catalog, map, epoch, before, write](QList<ItemId> &affected) -> Result<void> {
            QHash<T, QList<ItemId>> byValue;
            for (auto it = before->cbegin(); it != before->cend(); ++it) {
                const ItemId current = map->item(it.key(), epoch);
                byValue[it.value()].append(current);
                affected.append(current);
            }
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
    QList<ItemId> m_items;
    T m_after;
    Read m_read;
    Write m_write;
    std::shared_ptr<QHash<ItemId, T>> m_before;
};

class SetStatusCommand final : public SetItemFieldCommand<ItemStatus>
{
public:
    // `restoring`: the items come back from the trash ("Restore Image from Trash", not "Keep Image").
    SetStatusCommand(CatalogWriter &writer, QList<ItemId> items, ItemStatus status,
        bool restoring = false);
};

class SetRatingCommand final : public SetItemFieldCommand<int>
{
public:
    SetRatingCommand(CatalogWriter &writer, QList<ItemId> items, int rating);
};

// Adds and/or removes tags on one or more items: one undo step however many items it touches. Tags
// compare case-insensitively: adding "Red Hair" to an item tagged "red hair" changes nothing.
class EditTagsCommand final : public EditCommand
{
public:
    EditTagsCommand(CatalogWriter &writer, QList<ItemId> items, QStringList add,
        QStringList remove, const QString &text);
    void redo() override;
    void undo() override;

    static QHash<ItemId, QStringList> withAdded(const QHash<ItemId, QStringList> &tags, const QStringList &add);
    static QHash<ItemId, QStringList> withRemoved(const QHash<ItemId, QStringList> &tags, const QStringList &remove);
    // Each item's tags with those in `order` first, in that order (any case), and the rest after as they were.
    static QHash<ItemId, QStringList> withOrder(const QHash<ItemId, QStringList> &tags, const QStringList &order);
    // Reorders the tags after adding and removing (drag to reorder): set before the first redo.
    void setOrder(QStringList order) { m_order = std::move(order); }

private:
    struct State
    {
        bool captured = false;
        QHash<ItemId, QStringList> before;
        QHash<ItemId, QStringList> after;
    };
    QList<ItemId> m_items;
    QStringList m_add;
    QStringList m_remove;
    QStringList m_order;
    std::shared_ptr<State> m_state;
};

// Sets each item's crop (nullopt clears it): one undo step; undo gives each item the crop it had.
class SetCropsCommand final : public EditCommand
{
public:
    using Crops = QHash<ItemId, std::optional<QRect>>;
    SetCropsCommand(CatalogWriter &writer, Crops crops, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct State
    {
        bool captured = false;
        Crops before;
    };
    Crops m_after;
    std::shared_ptr<State> m_state;
};

} // namespace lc
