#include "itemactions.h"

#include "common/selectioncontext.h"
#include "edit/itemcommands.h"

#include <QAction>
#include <QUndoStack>

namespace lc::ui {

ItemActions::ItemActions(CatalogWriter &writer, QUndoStack *history, SelectionContext &context, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_history(history)
    , m_context(context)
{
    connect(addAction(tr("Keep / Reject"), QKeySequence(Qt::Key_Space)), &QAction::triggered, this, &ItemActions::toggleRejected);
    connect(addAction(tr("Move to Trash"), QKeySequence::Delete), &QAction::triggered, this, [this] { setStatus(ItemStatus::Trashed); });
    connect(addAction(tr("Restore from Trash"), QKeySequence(Qt::CTRL | Qt::Key_Backspace)), &QAction::triggered, this,
        &ItemActions::restoreFromTrash);
    connect(addAction(tr("Edit Caption"), QKeySequence(Qt::Key_Return)), &QAction::triggered, this,
        &ItemActions::editCaptionRequested);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_actions << separator;
    for (int stars = 0; stars <= 5; ++stars) {
        QAction *a = addAction(stars == 0 ? tr("Clear Rating") : tr("Rate %1").arg(QString(stars, QChar(0x2605))),
            QKeySequence(Qt::Key_0 + stars));
        connect(a, &QAction::triggered, this, [this, stars] { setRating(stars); });
    }
}

QAction *ItemActions::addAction(const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    // Only where the widget that adds them has focus: typing a space in the caption stays a space.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_actions << a;
    return a;
}

void ItemActions::setStatus(ItemStatus status)
{
    const QList<ItemId> items = m_context.selection();
    if (items.isEmpty())
        return;
    Q_EMIT aboutToEdit();
    Q_EMIT statusEdited();
    auto *command = new SetStatusCommand(m_writer, items, status);
    command->setDataset(m_context.dataset().id);
    m_history->push(command);
    m_context.editDetails([status](QList<ItemDetail> &details) {
        for (ItemDetail &d : details)
            d.row.status = status;
    });
}

void ItemActions::toggleRejected()
{
    bool allRejected = !m_context.details().isEmpty();
    for (const ItemDetail &d : m_context.details())
        allRejected = allRejected && d.row.status == ItemStatus::Rejected;
    setStatus(allRejected ? ItemStatus::Active : ItemStatus::Rejected);
}

void ItemActions::restoreFromTrash()
{
    const QList<ItemId> items = m_context.selection();
    if (items.isEmpty())
        return;
    Q_EMIT aboutToEdit();
    Q_EMIT statusEdited();
    auto *command = new SetStatusCommand(m_writer, items, ItemStatus::Active, true);
    command->setDataset(m_context.dataset().id);
    m_history->push(command);
}

void ItemActions::setRating(int rating)
{
    const QList<ItemId> items = m_context.selection();
    if (items.isEmpty())
        return;
    Q_EMIT aboutToEdit();
    auto *command = new SetRatingCommand(m_writer, items, rating);
    command->setDataset(m_context.dataset().id);
    m_history->push(command);
    m_context.editDetails([rating](QList<ItemDetail> &details) {
        for (ItemDetail &d : details)
            d.row.rating = rating;
    });
}

void ItemActions::addTags(const QStringList &tags)
{
    // Tags compare case-insensitively: "Red Hair" next to "red hair" is one tag, named once.
    QStringList clean;
    for (const QString &t : tags) {
        const QString tag = t.simplified();
        if (!tag.isEmpty() && !clean.contains(tag, Qt::CaseInsensitive))
            clean << tag;
    }
    editTags(clean, {});
}

void ItemActions::removeTags(const QStringList &tags)
{
    editTags({}, tags);
}

void ItemActions::editTags(const QStringList &add, const QStringList &remove)
{
    const QList<ItemId> items = m_context.selection();
    if ((add.isEmpty() && remove.isEmpty()) || items.isEmpty())
        return;
    Q_EMIT aboutToEdit();
    const qsizetype n = items.size();
    const QString what = !add.isEmpty()
        ? (n == 1 ? tr("Add Tag “%1”").arg(add.join(QStringLiteral(", ")))
                  : tr("Add Tag “%1” to %2 Images").arg(add.join(QStringLiteral(", "))).arg(n))
        : (n == 1 ? tr("Remove Tag “%1”").arg(remove.join(QStringLiteral(", ")))
                  : tr("Remove Tag “%1” from %2 Images").arg(remove.join(QStringLiteral(", "))).arg(n));
    auto *command = new EditTagsCommand(m_writer, items, add, remove, what);
    command->setDataset(m_context.dataset().id);
    m_history->push(command);
    m_context.editDetails([&add, &remove](QList<ItemDetail> &details) {
        QHash<ItemId, QStringList> shown;
        for (const ItemDetail &d : std::as_const(details))
            shown.insert(d.row.id, d.tags);
        shown = EditTagsCommand::withRemoved(EditTagsCommand::withAdded(shown, add), remove);
        for (ItemDetail &d : details)
            d.tags = shown.value(d.row.id);
    });
}

} // namespace lc::ui
