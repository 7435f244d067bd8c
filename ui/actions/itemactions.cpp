#include "itemactions.h"

#include "async/async.h"
#include "common/selectioncontext.h"
#include "crop/cropdialog.h"
#include "edit/itemcommands.h"
#include "library/libraryservice.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QUndoStack>

namespace lc::ui {

ItemActions::ItemActions(const LibraryService &service, QUndoStack *history, SelectionContext &context, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_writer(service.writer())
    , m_history(history)
    , m_context(context)
{
    connect(addAction(tr("Keep / Reject"), QKeySequence(Qt::Key_Space)), &QAction::triggered, this, &ItemActions::toggleRejected);
    connect(addAction(tr("Move to Trash"), QKeySequence::Delete), &QAction::triggered, this, [this] { setStatus(ItemStatus::Trashed); });
    connect(addAction(tr("Restore from Trash"), QKeySequence(Qt::CTRL | Qt::Key_Backspace)), &QAction::triggered, this,
        &ItemActions::restoreFromTrash);
    connect(addAction(tr("Edit Caption"), QKeySequence(Qt::Key_Return)), &QAction::triggered, this,
        &ItemActions::editCaptionRequested);
    auto *tagSeparator = new QAction(this);
    tagSeparator->setSeparator(true);
    m_actions << tagSeparator;
    m_copyTags = addAction(tr("Copy Tags"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTags->setObjectName(QStringLiteral("copyTags"));
    m_copyTags->setToolTip(tr("Copy the tags of the selected image (of several: the tags they all have) as “a, b, c”"));
    connect(m_copyTags, &QAction::triggered, this, &ItemActions::copyTags);
    m_pasteTags = addAction(tr("Paste Tags"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteTags->setObjectName(QStringLiteral("pasteTags"));
    m_pasteTags->setToolTip(tr("Add the comma-separated tags on the clipboard to every selected image"));
    connect(m_pasteTags, &QAction::triggered, this, &ItemActions::pasteTags);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_actions << separator;
    for (int stars = 0; stars <= 5; ++stars) {
        QAction *a = addAction(stars == 0 ? tr("Clear Rating") : tr("Rate %1").arg(QString(stars, QChar(0x2605))),
            QKeySequence(Qt::Key_0 + stars));
        a->setObjectName(QStringLiteral("rating-%1").arg(stars));
        connect(a, &QAction::triggered, this, [this, stars] { setRating(stars); });
    }
    auto *cropSeparator = new QAction(this);
    cropSeparator->setSeparator(true);
    m_actions << cropSeparator;
    QAction *crop = addAction(tr("Crop to Content"), QKeySequence(Qt::SHIFT | Qt::Key_C));
    crop->setObjectName(QStringLiteral("cropToContent"));
    crop->setToolTip(tr("Crop the selected images with bars (BARS) to the picture inside them"));
    connect(crop, &QAction::triggered, this, &ItemActions::cropToContent);
    QAction *edit = addAction(tr("Edit Crop…"), QKeySequence(Qt::Key_C));
    edit->setObjectName(QStringLiteral("editCrop"));
    edit->setToolTip(tr("Draw, move or resize the crop of the current image, snapped to the trainer's buckets"));
    connect(edit, &QAction::triggered, this, &ItemActions::editCrop);
    QAction *clear = addAction(tr("Clear Crop"), QKeySequence());
    clear->setObjectName(QStringLiteral("clearCrop"));
    connect(clear, &QAction::triggered, this, &ItemActions::clearCrops);
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

void ItemActions::setTagOrder(const QStringList &tags)
{
    const QList<ItemId> items = m_context.selection();
    if (items.size() != 1)
        return;
    Q_EMIT aboutToEdit();
    auto *command = new EditTagsCommand(m_writer, items, {}, {}, tr("Reorder Tags"));
    command->setOrder(tags);
    command->setDataset(m_context.dataset().id);
    m_history->push(command);
    m_context.editDetails([&tags](QList<ItemDetail> &details) {
        for (ItemDetail &d : details)
            d.tags = EditTagsCommand::withOrder({{d.row.id, d.tags}}, tags).value(d.row.id);
    });
}

void ItemActions::copyTags()
{
    const QList<ItemDetail> &details = m_context.details();
    if (details.isEmpty())
        return;
    QStringList common = details.first().tags;
    for (const ItemDetail &d : details)
        common.removeIf([&d](const QString &t) { return !d.tags.contains(t, Qt::CaseInsensitive); });
    QGuiApplication::clipboard()->setText(common.join(QStringLiteral(", ")));
    Q_EMIT message(common.isEmpty() ? tr("No tags to copy") : tr("Copied %n tag(s)", nullptr, int(common.size())));
}

void ItemActions::pasteTags()
{
    QStringList tags;
    for (const QString &part : QGuiApplication::clipboard()->text().split(QRegularExpression(QStringLiteral("[,\\n]")), Qt::SkipEmptyParts)) {
        const QString t = part.simplified();
        if (!t.isEmpty() && !tags.contains(t, Qt::CaseInsensitive))
            tags << t;
    }
    if (tags.isEmpty()) {
        Q_EMIT message(tr("The clipboard holds no tags (copy “a, b, c” or use Copy Tags)"));
        return;
    }
    addTags(tags);
}

void ItemActions::cropToContent()
{
    const QList<ItemId> items = m_context.selection();
    if (items.isEmpty())
        return;
    const DatasetId dataset = m_context.dataset().id;
    async::onResult(m_service.contentCrops(items), this, [this, dataset](const Result<QHash<ItemId, QRect>> &crops) {
        if (!crops) {
            Q_EMIT message(tr("Cannot crop: %1").arg(crops.error().message));
            return;
        }
        if (crops->isEmpty()) {
            Q_EMIT message(tr("None of the selected images has bars around it (or it is cropped already)."));
            return;
        }
        SetCropsCommand::Crops set;
        for (auto it = crops->cbegin(); it != crops->cend(); ++it)
            set.insert(it.key(), it.value());
        Q_EMIT aboutToEdit();
        auto *command = new SetCropsCommand(m_writer, set, tr("Crop %n Image(s) to Content", nullptr, int(set.size())));
        command->setDataset(dataset);
        m_history->push(command);
        Q_EMIT message(tr("Cropped %n image(s) to the picture inside their bars. Undo with Ctrl+Z.", nullptr, int(set.size())));
    });
}

void ItemActions::clearCrops()
{
    const QList<ItemId> items = m_context.selection();
    if (items.isEmpty())
        return;
    SetCropsCommand::Crops set;
    for (ItemId id : items)
        set.insert(id, std::nullopt);
    Q_EMIT aboutToEdit();
    auto *command = new SetCropsCommand(m_writer, set, tr("Clear the Crop of %n Image(s)", nullptr, int(items.size())));
    command->setDataset(m_context.dataset().id);
    m_history->push(command);
}

void ItemActions::editCrop()
{
    const QList<ItemId> items = m_context.selection();
    if (items.isEmpty() || m_cropDialog)
        return;
    const ItemId item = items.first(); // the first selected: the one the editor shows
    const Dataset dataset = m_context.dataset();
    async::onResult(m_service.itemRows({item}), this, [this, dataset](const Result<QList<ItemRow>> &rows) {
        if (!rows || rows->isEmpty()) {
            Q_EMIT message(rows ? tr("That image is gone.") : tr("Cannot open the crop: %1").arg(rows.error().message));
            return;
        }
        const ItemRow row = rows->first();
        auto *dialog = new CropDialog(m_service, row, dataset, qobject_cast<QWidget *>(parent()));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_cropDialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog, row, dataset] {
            const std::optional<QRect> crop = dialog->crop();
            if (crop == row.crop)
                return;
            SetCropsCommand::Crops set;
            set.insert(row.id, crop);
            Q_EMIT aboutToEdit();
            auto *command = new SetCropsCommand(m_writer, set, crop ? tr("Crop %1").arg(row.name) : tr("Clear the Crop of %1").arg(row.name));
            command->setDataset(dataset.id);
            m_history->push(command);
        });
        dialog->open();
    });
}

} // namespace lc::ui
