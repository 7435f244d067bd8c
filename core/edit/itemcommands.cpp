#include "itemcommands.h"

#include "util/tr.h"

#include "catalogwriter.h"

#include <algorithm>
#include <QCoreApplication>

namespace lc {

namespace {


// Literal strings in both branches, so lupdate extracts them.
QString countText(const QString &one, const QString &many, qsizetype n)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

SetCaptionCommand::SetCaptionCommand(CatalogWriter &writer, ItemId item, QString caption)
    : EditCommand(writer)
    , m_item(item)
    , m_before(std::make_shared<std::optional<Before>>())
    , m_after(std::move(caption))
{
    setText(EditTr::tr("Edit Caption"));
}

void SetCaptionCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const ItemId item = m_item;
    const QString caption = m_after;
    auto before = m_before;
    m_writer.submitResolving(EditTr::tr("Edit caption"), [catalog, map, epoch, item, caption, before](QList<ItemId> &affected) -> Result<void> {
        const ItemId current = map->item(item, epoch);
        affected = {current};
        if (!before->has_value()) {
            auto d = Items(*catalog).detail(current);
            if (!d)
                return d.error();
            *before = Before{d->caption, d->provenance};
        }
        return Items(*catalog).setCaption(current, caption);
    });
}

void SetCaptionCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const ItemId item = m_item;
    auto before = m_before;
    m_writer.submitResolving(EditTr::tr("Undo caption edit"), [catalog, map, epoch, item, before](QList<ItemId> &affected) -> Result<void> {
        if (!before->has_value())
            return {};
        affected = {map->item(item, epoch)};
        return Items(*catalog).setCaption(affected.first(), (*before)->caption, (*before)->provenance);
    });
}

SetStatusCommand::SetStatusCommand(CatalogWriter &writer, QList<ItemId> items, ItemStatus status,
    bool restoring)
    : SetItemFieldCommand<ItemStatus>(writer, std::move(items), status,
        [](const ItemRow &r) { return r.status; },
        [](const Catalog &c, const QList<ItemId> &ids, ItemStatus s) { return Items(c).setStatus(ids, s); })
{
    const qsizetype n = itemCount();
    switch (status) {
    case ItemStatus::Active:
        setText(restoring ? countText(EditTr::tr("Restore Image from Trash"), EditTr::tr("Restore %1 Images from Trash"), n)
                          : countText(EditTr::tr("Keep Image"), EditTr::tr("Keep %1 Images"), n));
        break;
    case ItemStatus::Rejected: setText(countText(EditTr::tr("Reject Image"), EditTr::tr("Reject %1 Images"), n)); break;
    case ItemStatus::Trashed:
        setText(countText(EditTr::tr("Move Image to Trash"), EditTr::tr("Move %1 Images to Trash"), n));
        break;
    }
}

SetRatingCommand::SetRatingCommand(CatalogWriter &writer, QList<ItemId> items, int rating)
    : SetItemFieldCommand<int>(writer, std::move(items), rating,
        [](const ItemRow &r) { return r.rating; },
        [](const Catalog &c, const QList<ItemId> &ids, int value) { return Items(c).setRating(ids, value); })
{
    setText(rating == 0 ? EditTr::tr("Clear Rating") : EditTr::tr("Set Rating to %1").arg(rating));
}

EditTagsCommand::EditTagsCommand(CatalogWriter &writer, QList<ItemId> items, QStringList add,
    QStringList remove, const QString &text)
    : EditCommand(writer)
    , m_items(std::move(items))
    , m_add(std::move(add))
    , m_remove(std::move(remove))
    , m_state(std::make_shared<State>())
{
    setText(text);
}

namespace {

// The state is kept under the ids the command was made with; writes use the ids those have now.
template <typename T>
QHash<ItemId, T> resolved(const QHash<ItemId, T> &values, const IdMap &map, IdMap::Epoch epoch)
{
    QHash<ItemId, T> out;
    out.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(map.item(it.key(), epoch), it.value());
    return out;
}

} // namespace

void EditTagsCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const QList<ItemId> ids = m_items;
    const QStringList add = m_add, remove = m_remove, order = m_order;
    auto state = m_state;
    m_writer.submitResolving(text(), [catalog, map, epoch, ids, add, remove, order, state](QList<ItemId> &affected) -> Result<void> {
        affected = map->items(ids, epoch);
        if (!state->captured) {
            const QList<ItemId> &current = affected;
            auto before = Items(*catalog).tagsOf(current);
            if (!before)
                return before.error();
            QHash<ItemId, QStringList> byOriginal;
            for (int i = 0; i < ids.size(); ++i) {
                if (before->contains(current[i]))
                    byOriginal.insert(ids[i], before->value(current[i]));
            }
            state->before = byOriginal;
            state->after = withOrder(withRemoved(withAdded(byOriginal, add), remove), order);
            state->captured = true;
        }
        return Items(*catalog).restoreTags(resolved(state->after, *map, epoch));
    });
}

void EditTagsCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    auto state = m_state;
    const QList<ItemId> ids = m_items;
    m_writer.submitResolving(text(), [catalog, map, epoch, ids, state](QList<ItemId> &affected) -> Result<void> {
        affected = map->items(ids, epoch);
        return state->captured ? Items(*catalog).restoreTags(resolved(state->before, *map, epoch)) : Result<void>();
    });
}

QHash<ItemId, QStringList> EditTagsCommand::withAdded(const QHash<ItemId, QStringList> &tags, const QStringList &add)
{
    QHash<ItemId, QStringList> out = tags;
    for (auto it = out.begin(); it != out.end(); ++it) {
        for (const QString &raw : add) {
            const QString t = raw.simplified();
            if (!t.isEmpty() && !it.value().contains(t, Qt::CaseInsensitive))
                it.value().append(t);
        }
    }
    return out;
}

QHash<ItemId, QStringList> EditTagsCommand::withOrder(const QHash<ItemId, QStringList> &tags, const QStringList &order)
{
    if (order.isEmpty())
        return tags;
    QHash<ItemId, QStringList> out = tags;
    for (auto it = out.begin(); it != out.end(); ++it) {
        QStringList rest = it.value();
        QStringList ordered;
        for (const QString &wanted : order) {
            const QString t = wanted.simplified();
            const auto found = std::find_if(rest.begin(), rest.end(), [&t](const QString &tag) { return tag.compare(t, Qt::CaseInsensitive) == 0; });
            if (found != rest.end())
                ordered << rest.takeAt(found - rest.begin());
        }
        it.value() = ordered + rest;
    }
    return out;
}

QHash<ItemId, QStringList> EditTagsCommand::withRemoved(const QHash<ItemId, QStringList> &tags, const QStringList &remove)
{
    QHash<ItemId, QStringList> out = tags;
    for (auto it = out.begin(); it != out.end(); ++it) {
        for (const QString &raw : remove) {
            const QString t = raw.simplified();
            it.value().removeIf([&t](const QString &tag) { return tag.compare(t, Qt::CaseInsensitive) == 0; });
        }
    }
    return out;
}

SetCropsCommand::SetCropsCommand(CatalogWriter &writer, Crops crops, const QString &text)
    : EditCommand(writer)
    , m_after(std::move(crops))
    , m_state(std::make_shared<State>())
{
    setText(text);
}

void SetCropsCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const Crops after = m_after;
    auto state = m_state;
    m_writer.submitResolving(text(), [catalog, map, epoch, after, state](QList<ItemId> &affected) -> Result<void> {
        const Crops current = resolved(after, *map, epoch);
        affected = current.keys();
        if (!state->captured) {
            auto before = Items(*catalog).crops(current.keys());
            if (!before)
                return before.error();
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                const ItemId now = map->item(it.key(), epoch);
                if (before->contains(now))
                    state->before.insert(it.key(), before->value(now));
            }
            state->captured = true;
        }
        return Items(*catalog).setCrops(current);
    });
}

void SetCropsCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    auto state = m_state;
    m_writer.submitResolving(text(), [catalog, map, epoch, state](QList<ItemId> &affected) -> Result<void> {
        const Crops before = resolved(state->before, *map, epoch);
        affected = before.keys();
        return state->captured ? Items(*catalog).setCrops(before) : Result<void>();
    });
}

} // namespace lc
