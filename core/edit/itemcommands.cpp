#include "itemcommands.h"

#include "catalogwriter.h"

#include <QCoreApplication>

namespace lc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::ItemCommands", text);
}

QString countText(const char *one, const char *many, qsizetype n)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

SetCaptionCommand::SetCaptionCommand(const Catalog &catalog, CatalogWriter &writer, ItemId item, QString caption)
    : m_catalog(catalog)
    , m_writer(writer)
    , m_item(item)
    , m_before(std::make_shared<std::optional<QString>>())
    , m_after(std::move(caption))
{
    setText(tr("Edit Caption"));
}

void SetCaptionCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const ItemId item = m_item;
    const QString caption = m_after;
    auto before = m_before;
    m_writer.submit(tr("Edit caption"), {item}, [catalog, item, caption, before]() -> Result<void> {
        if (!before->has_value()) {
            auto d = Items(*catalog).detail(item);
            if (!d)
                return d.error();
            *before = d->caption;
        }
        return Items(*catalog).setCaption(item, caption);
    });
}

void SetCaptionCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    const ItemId item = m_item;
    auto before = m_before;
    m_writer.submit(tr("Undo caption edit"), {item}, [catalog, item, before]() -> Result<void> {
        if (!before->has_value())
            return {};
        return Items(*catalog).setCaption(item, **before);
    });
}

bool SetCaptionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCaptionCommand *>(other);
    if (o->m_item != m_item)
        return false;
    m_after = o->m_after; // keep our own "before": the caption as it was before this editing session
    return true;
}

SetStatusCommand::SetStatusCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, ItemStatus status)
    : SetItemFieldCommand<ItemStatus>(catalog, writer, std::move(items), status,
        [](const ItemRow &r) { return r.status; },
        [](const Catalog &c, const QList<ItemId> &ids, ItemStatus s) { return Items(c).setStatus(ids, s); })
{
    const qsizetype n = itemCount();
    switch (status) {
    case ItemStatus::Active: setText(countText("Keep Image", "Keep %1 Images", n)); break;
    case ItemStatus::Rejected: setText(countText("Reject Image", "Reject %1 Images", n)); break;
    case ItemStatus::Trashed: setText(countText("Move Image to Trash", "Move %1 Images to Trash", n)); break;
    }
}

SetRatingCommand::SetRatingCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, int rating)
    : SetItemFieldCommand<int>(catalog, writer, std::move(items), rating,
        [](const ItemRow &r) { return r.rating; },
        [](const Catalog &c, const QList<ItemId> &ids, int value) { return Items(c).setRating(ids, value); })
{
    setText(rating == 0 ? tr("Clear Rating") : tr("Set Rating to %1").arg(rating));
}

EditTagsCommand::EditTagsCommand(const Catalog &catalog, CatalogWriter &writer, QList<ItemId> items, QStringList add,
    QStringList remove, const QString &text)
    : m_catalog(catalog)
    , m_writer(writer)
    , m_items(std::move(items))
    , m_add(std::move(add))
    , m_remove(std::move(remove))
    , m_state(std::make_shared<State>())
{
    setText(text);
}

void EditTagsCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const QList<ItemId> ids = m_items;
    const QStringList add = m_add, remove = m_remove;
    auto state = m_state;
    m_writer.submit(text(), ids, [catalog, ids, add, remove, state]() -> Result<void> {
        if (!state->captured) {
            auto before = Items(*catalog).tagsOf(ids);
            if (!before)
                return before.error();
            state->before = *before;
            state->after = withRemoved(withAdded(*before, add), remove);
            state->captured = true;
        }
        return Items(*catalog).restoreTags(state->after);
    });
}

void EditTagsCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    auto state = m_state;
    m_writer.submit(text(), m_items, [catalog, state]() -> Result<void> {
        return state->captured ? Items(*catalog).restoreTags(state->before) : Result<void>();
    });
}

QHash<ItemId, QStringList> EditTagsCommand::withAdded(const QHash<ItemId, QStringList> &tags, const QStringList &add)
{
    QHash<ItemId, QStringList> out = tags;
    for (auto it = out.begin(); it != out.end(); ++it) {
        for (const QString &raw : add) {
            const QString t = raw.simplified();
            if (!t.isEmpty() && !it.value().contains(t))
                it.value().append(t);
        }
    }
    return out;
}

QHash<ItemId, QStringList> EditTagsCommand::withRemoved(const QHash<ItemId, QStringList> &tags, const QStringList &remove)
{
    QHash<ItemId, QStringList> out = tags;
    for (auto it = out.begin(); it != out.end(); ++it) {
        for (const QString &t : remove)
            it.value().removeAll(t.simplified());
    }
    return out;
}

} // namespace lc
