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

SetCaptionCommand::SetCaptionCommand(const Catalog &catalog, CatalogWriter &writer, ItemId item, QString before, QString after)
    : m_catalog(catalog), m_writer(writer), m_item(item), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit Caption"));
}

void SetCaptionCommand::apply(const QString &caption)
{
    const Catalog *catalog = &m_catalog;
    const ItemId item = m_item;
    m_writer.submit(tr("Edit caption"), {item}, [catalog, item, caption] { return Items(*catalog).setCaption(item, caption); });
}

void SetCaptionCommand::redo() { apply(m_after); }
void SetCaptionCommand::undo() { apply(m_before); }

bool SetCaptionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCaptionCommand *>(other);
    if (o->m_item != m_item)
        return false;
    m_after = o->m_after;
    return true;
}

SetStatusCommand::SetStatusCommand(const Catalog &catalog, CatalogWriter &writer, QHash<ItemId, ItemStatus> before, ItemStatus after)
    : m_catalog(catalog), m_writer(writer), m_before(std::move(before)), m_after(after)
{
    const qsizetype n = m_before.size();
    switch (after) {
    case ItemStatus::Active: setText(countText("Keep Image", "Keep %1 Images", n)); break;
    case ItemStatus::Rejected: setText(countText("Reject Image", "Reject %1 Images", n)); break;
    case ItemStatus::Trashed: setText(countText("Move Image to Trash", "Move %1 Images to Trash", n)); break;
    }
}

void SetStatusCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const QList<ItemId> ids = m_before.keys();
    const ItemStatus status = m_after;
    m_writer.submit(text(), ids, [catalog, ids, status] { return Items(*catalog).setStatus(ids, status); });
}

void SetStatusCommand::undo()
{
    QHash<ItemStatus, QList<ItemId>> byStatus;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        byStatus[it.value()].append(it.key());
    const Catalog *catalog = &m_catalog;
    const QList<ItemId> ids = m_before.keys();
    m_writer.submit(text(), ids, [catalog, byStatus]() -> Result<void> {
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            if (auto r = Items(*catalog).setStatus(it.value(), it.key()); !r)
                return r;
        }
        return {};
    });
}

SetRatingCommand::SetRatingCommand(const Catalog &catalog, CatalogWriter &writer, QHash<ItemId, int> before, int after)
    : m_catalog(catalog), m_writer(writer), m_before(std::move(before)), m_after(after)
{
    setText(tr("Set Rating to %1").arg(after));
}

void SetRatingCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const QList<ItemId> ids = m_before.keys();
    const int rating = m_after;
    m_writer.submit(text(), ids, [catalog, ids, rating] { return Items(*catalog).setRating(ids, rating); });
}

void SetRatingCommand::undo()
{
    QHash<int, QList<ItemId>> byRating;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        byRating[it.value()].append(it.key());
    const Catalog *catalog = &m_catalog;
    m_writer.submit(text(), m_before.keys(), [catalog, byRating]() -> Result<void> {
        for (auto it = byRating.cbegin(); it != byRating.cend(); ++it) {
            if (auto r = Items(*catalog).setRating(it.value(), it.key()); !r)
                return r;
        }
        return {};
    });
}

SetTagsCommand::SetTagsCommand(const Catalog &catalog, CatalogWriter &writer, QHash<ItemId, QStringList> before,
    QHash<ItemId, QStringList> after, const QString &text)
    : m_catalog(catalog), m_writer(writer), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SetTagsCommand::apply(const QHash<ItemId, QStringList> &tags)
{
    const Catalog *catalog = &m_catalog;
    m_writer.submit(text(), tags.keys(), [catalog, tags] { return Items(*catalog).restoreTags(tags); });
}

void SetTagsCommand::redo() { apply(m_after); }
void SetTagsCommand::undo() { apply(m_before); }

QHash<ItemId, QStringList> SetTagsCommand::withAdded(const QHash<ItemId, QStringList> &tags, const QStringList &add)
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

QHash<ItemId, QStringList> SetTagsCommand::withRemoved(const QHash<ItemId, QStringList> &tags, const QStringList &remove)
{
    QHash<ItemId, QStringList> out = tags;
    for (auto it = out.begin(); it != out.end(); ++it) {
        for (const QString &t : remove)
            it.value().removeAll(t);
    }
    return out;
}

} // namespace lc
