#include "librarypanel.h"

#include "library/datasetsettingsdialog.h"
#include "library/libraryservice.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

// Rows tall enough for the inline rename editor (a line edit with a frame), which was clipped.
class TreeRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};


} // namespace

LibraryTree::LibraryTree(QWidget *parent) : QTreeWidget(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

void LibraryTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void LibraryTree::dragMoveEvent(QDragMoveEvent *event)
{
    const QTreeWidgetItem *item = itemAt(event->position().toPoint());
    if (item && item->data(0, LibraryPanel::KindRole).toInt() == LibraryPanel::DatasetNode && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void LibraryTree::dropEvent(QDropEvent *event)
{
    const QTreeWidgetItem *item = itemAt(event->position().toPoint());
    const QStringList paths = localPaths(event->mimeData());
    if (!item || item->data(0, LibraryPanel::KindRole).toInt() != LibraryPanel::DatasetNode || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(DatasetId(item->data(0, LibraryPanel::IdRole).toLongLong()), paths);
}

LibraryPanel::LibraryPanel(const LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tree(new LibraryTree(this))
{
    confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    auto *title = new QLabel(tr("Library"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("New dataset or workspace"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("New Dataset"), this, &LibraryPanel::newDataset);
    addMenu->addAction(tr("New Workspace"), this, &LibraryPanel::newWorkspace);
    add->setMenu(addMenu);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 6, 4);
    header->addWidget(title, 1);
    header->addWidget(add);

    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // Rename with F2 or the context menu only: a click on the current dataset must not start editing.
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new TreeRowDelegate(m_tree));
    connect(m_tree, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KindRole).toInt() == DatasetNode)
            editSettings();
    });
    connect(m_tree, &LibraryTree::filesDropped, this, &LibraryPanel::filesDropped);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!m_populating && column == 0)
            commitRename(item);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_populating || !current || current->data(0, KindRole).toInt() != DatasetNode)
            return;
        auto d = dataset(DatasetId(current->data(0, IdRole).toLongLong()));
        if (d && d->id != m_shown.id) {
            m_shown = *d;
            Q_EMIT datasetSelected(*d);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
}

void LibraryPanel::reload(DatasetId select)
{
    // Reloads can finish out of order: only the newest result is shown, and it selects the most recent
    // dataset anyone asked for (else whatever is current when it arrives).
    if (select.isValid())
        m_requestedSelection = select;
    m_reloading = true;
    m_reloadRun.start(m_service.contents(), this, [this](const Result<LibraryContents> &contents) {
        m_reloading = false;
        if (!contents) {
            Q_EMIT message(tr("The library cannot be read: %1").arg(contents.error().message));
            return;
        }
        const DatasetId wanted = m_requestedSelection.isValid() ? m_requestedSelection : m_shown.id;
        m_requestedSelection = DatasetId();
        populate(contents->workspaces, contents->datasets, wanted);
    });
}

void LibraryPanel::populate(const QList<Workspace> &workspaces, const QList<Dataset> &datasets, DatasetId select)
{
    m_populating = true;
    m_workspaces = workspaces;
    m_datasets = datasets;
    m_tree->clear();
    QHash<WorkspaceId, QTreeWidgetItem *> parents;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const Workspace &w : workspaces) {
        auto *item = new QTreeWidgetItem(m_tree, {w.name, QString()});
        item->setData(0, KindRole, WorkspaceNode);
        item->setData(0, IdRole, w.id.value());
        item->setFont(0, bold);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setExpanded(true);
        parents.insert(w.id, item);
    }
    QTreeWidgetItem *toSelect = nullptr;
    for (const Dataset &d : datasets) {
        QTreeWidgetItem *parent = parents.value(d.workspaceId);
        if (!parent)
            continue;
        auto *item = new QTreeWidgetItem(parent, {d.name, QLocale().toString(d.itemCount)});
        item->setData(0, KindRole, DatasetNode);
        item->setData(0, IdRole, d.id.value());
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
        item->setToolTip(0, tr("%1 · %2 at %3 px · trigger “%4”")
                                .arg(d.name, targetModelKey(d.settings.targetModel))
                                .arg(d.settings.targetResolution)
                                .arg(d.settings.triggerWord));
        if (d.id == select)
            toSelect = item;
    }
    m_tree->expandAll();
    if (!toSelect && select.isValid()) {
        // The dataset to show is gone (deleted, or its workspace was): take the first one left in the
        // same workspace, else the first one, so no view keeps showing what no longer exists.
        const Dataset *fallback = nullptr;
        for (const Dataset &d : datasets) {
            if (!parents.contains(d.workspaceId))
                continue;
            if (d.workspaceId == m_shown.workspaceId) {
                fallback = &d;
                break;
            }
            if (!fallback)
                fallback = &d;
        }
        if (fallback) {
            select = fallback->id;
            toSelect = findDatasetItem(select);
        }
    }
    m_populating = false;
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    else
        m_tree->setCurrentItem(nullptr);
    // Announce only what changed: a reload after an edit that changed nothing but counts must not
    // disturb the editor (it re-emits nothing the views would act on).
    const std::optional<Dataset> now = dataset(select);
    if (!now) {
        if (m_shown.id.isValid()) {
            m_shown = Dataset();
            Q_EMIT datasetSelected(Dataset());
        }
    } else if (now->id != m_shown.id) {
        m_shown = *now;
        Q_EMIT datasetSelected(*now);
    } else if (now->name != m_shown.name || now->workspaceName != m_shown.workspaceName || now->itemCount != m_shown.itemCount
               || now->rejectedCount != m_shown.rejectedCount || now->trashedCount != m_shown.trashedCount
               || now->settings.triggerWord != m_shown.settings.triggerWord || now->settings.classWord != m_shown.settings.classWord
               || now->settings.targetModel != m_shown.settings.targetModel
               || now->settings.targetResolution != m_shown.settings.targetResolution || now->settings.notes != m_shown.settings.notes
               || now->settings.regularization != m_shown.settings.regularization) {
        m_shown = *now;
        Q_EMIT datasetUpdated(*now);
    }
    Q_EMIT loaded();
}

QTreeWidgetItem *LibraryPanel::findDatasetItem(DatasetId id) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *ws = m_tree->topLevelItem(i);
        for (int j = 0; j < ws->childCount(); ++j) {
            if (ws->child(j)->data(0, IdRole).toLongLong() == id.value())
                return ws->child(j);
        }
    }
    return nullptr;
}

void LibraryPanel::selectInitial(DatasetId preferred)
{
    if (currentDataset().isValid() || isReloading())
        return;
    const DatasetId select = dataset(preferred) ? preferred : firstDataset();
    if (select.isValid())
        reload(select);
}

void LibraryPanel::reannounce(DatasetId select)
{
    m_shown = Dataset();
    reload(select);
}

DatasetId LibraryPanel::currentDataset() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->data(0, KindRole).toInt() == DatasetNode)
        return DatasetId(item->data(0, IdRole).toLongLong());
    return {};
}

WorkspaceId LibraryPanel::currentWorkspace() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return m_workspaces.isEmpty() ? WorkspaceId() : m_workspaces.first().id;
    if (item->data(0, KindRole).toInt() == DatasetNode)
        item = item->parent();
    return WorkspaceId(item->data(0, IdRole).toLongLong());
}

std::optional<Dataset> LibraryPanel::dataset(DatasetId id) const
{
    for (const Dataset &d : m_datasets) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

std::optional<Workspace> LibraryPanel::workspace(WorkspaceId id) const
{
    for (const Workspace &w : m_workspaces) {
        if (w.id == id)
            return w;
    }
    return std::nullopt;
}

void LibraryPanel::newWorkspace()
{
    async::onResult(m_service.createWorkspace(tr("New Workspace"), true), this, [this](const Result<Workspace> &w) {
        if (!w) {
            Q_EMIT message(w.error().message);
            return;
        }
        const WorkspaceId id = w->id;
        connect(this, &LibraryPanel::loaded, this, [this, id] {
            for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_tree->topLevelItem(i);
                if (item->data(0, IdRole).toLongLong() == id.value()) {
                    m_tree->setCurrentItem(item);
                    m_tree->editItem(item, 0);
                }
            }
        }, Qt::SingleShotConnection);
        reload();
    });
}

void LibraryPanel::newDataset()
{
    NewDataset spec;
    spec.workspace = currentWorkspace(); // none: the first workspace, or a new one in an empty library
    spec.name = tr("New Dataset");
    spec.uniqueName = true;
    async::onResult(m_service.createDataset(spec), this, [this](const Result<Dataset> &d) {
        if (!d) {
            Q_EMIT message(d.error().message);
            return;
        }
        connect(this, &LibraryPanel::loaded, this, [this] {
            if (QTreeWidgetItem *item = m_tree->currentItem())
                m_tree->editItem(item, 0);
        }, Qt::SingleShotConnection);
        reload(d->id);
    });
}

void LibraryPanel::renameCurrent()
{
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->editItem(item, 0);
}

void LibraryPanel::commitRename(QTreeWidgetItem *item)
{
    const int kind = item->data(0, KindRole).toInt();
    const qint64 id = item->data(0, IdRole).toLongLong();
    QString oldName;
    if (kind == DatasetNode) {
        if (auto d = dataset(DatasetId(id)))
            oldName = d->name;
    } else {
        for (const Workspace &w : std::as_const(m_workspaces)) {
            if (w.id.value() == id)
                oldName = w.name;
        }
    }
    const QString newName = item->text(0).trimmed();
    if (newName == oldName || oldName.isEmpty()) {
        reload();
        return;
    }
    if (kind == DatasetNode)
        Q_EMIT renameDatasetRequested(DatasetId(id), oldName, newName);
    else
        Q_EMIT renameWorkspaceRequested(WorkspaceId(id), oldName, newName);
}

void LibraryPanel::deleteCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (kind == DatasetNode) {
        const auto d = dataset(DatasetId(id));
        if (!d)
            return;
        const int images = d->itemCount + d->trashedCount;
        const QString text = images == 0
            ? tr("Delete the empty dataset “%1”?").arg(d->name)
            : tr("Delete the dataset “%1” with its %2 image(s), captions and tags?\n\n"
                 "You can undo this until you quit. The image files stay in the library until you run "
                 "File → Clean Up Library.")
                  .arg(d->name)
                  .arg(images);
        if (confirm(tr("Delete Dataset"), text))
            Q_EMIT deleteDatasetRequested(*d);
        return;
    }
    std::optional<Workspace> workspace;
    for (const Workspace &w : std::as_const(m_workspaces)) {
        if (w.id.value() == id)
            workspace = w;
    }
    if (!workspace)
        return;
    int datasets = 0, images = 0;
    for (const Dataset &d : std::as_const(m_datasets)) {
        if (d.workspaceId.value() == id) {
            ++datasets;
            images += d.itemCount + d.trashedCount;
        }
    }
    const QString text = tr("Delete the workspace “%1” with its %2 dataset(s) and %3 image(s)?\n\n"
                            "You can undo this until you quit.")
                             .arg(workspace->name)
                             .arg(datasets)
                             .arg(images);
    if (confirm(tr("Delete Workspace"), text))
        Q_EMIT deleteWorkspaceRequested(*workspace);
}

void LibraryPanel::editSettings()
{
    const auto d = dataset(currentDataset());
    if (!d)
        return;
    auto *dialog = new DatasetSettingsDialog(*d, m_datasets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DatasetId id = d->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] { saveSettings(id, dialog->settings()); });
    dialog->open();
}

void LibraryPanel::saveSettings(DatasetId id, const DatasetSettings &settings)
{
    async::onResult(m_service.updateSettings(id, settings), this, [this, id](const Result<Dataset> &r) {
            if (!r)
                Q_EMIT message(r.error().message);
            reload(id); // datasetSelected follows with the new settings
        });
}

void LibraryPanel::duplicateCurrent()
{
    const auto d = dataset(currentDataset());
    if (!d)
        return;
    QStringList taken;
    for (const Dataset &other : std::as_const(m_datasets)) {
        if (other.workspaceId == d->workspaceId)
            taken << other.name;
    }
    const QString name = LibraryService::uniqueName(tr("%1 copy").arg(d->name), taken);
    async::onResult(m_service.duplicateDataset(d->id, name), this, [this](const Result<Dataset> &copy) {
            if (!copy) {
                Q_EMIT message(copy.error().message);
                return;
            }
            reload(copy->id);
        });
}

int LibraryPanel::currentTrashCount() const
{
    const auto d = dataset(currentDataset());
    return d ? d->trashedCount : 0;
}

void LibraryPanel::moveCurrent(WorkspaceId workspace)
{
    const auto d = dataset(currentDataset());
    if (!d)
        return;
    async::onResult(m_service.moveDataset(d->id, workspace), this, [this](const Result<Dataset> &moved) {
        if (!moved) {
            Q_EMIT message(moved.error().message);
            return;
        }
        Q_EMIT message(tr("Moved “%1” to “%2”").arg(moved->name, moved->workspaceName));
        reload(moved->id);
    });
}

void LibraryPanel::emptyTrash()
{
    const auto d = dataset(currentDataset());
    if (!d || d->trashedCount == 0)
        return;
    const QString text = tr("Delete the %n image(s) in the trash of “%1” for good, with their captions and tags?\n\n"
                            "This cannot be undone. The image files stay in the library until you run File → Clean Up Library….",
                            nullptr, d->trashedCount)
                             .arg(d->name);
    if (!confirm(tr("Empty Trash"), text))
        return;
    const DatasetId id = d->id;
    async::onResult(m_service.emptyTrash(id), this, [this, id](const Result<int> &deleted) {
        if (!deleted) {
            Q_EMIT message(deleted.error().message);
            return;
        }
        Q_EMIT message(tr("Deleted %n image(s) from the trash", nullptr, *deleted));
        Q_EMIT trashEmptied(id);
        reload(id);
    });
}

void LibraryPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    QMenu menu(this);
    menu.addAction(tr("New Dataset"), this, &LibraryPanel::newDataset);
    menu.addAction(tr("New Workspace"), this, &LibraryPanel::newWorkspace);
    if (item) {
        m_tree->setCurrentItem(item);
        menu.addSeparator();
        menu.addAction(tr("Rename"), QKeySequence(Qt::Key_F2), this, &LibraryPanel::renameCurrent);
        if (item->data(0, KindRole).toInt() == DatasetNode) {
            menu.addAction(tr("Settings…"), this, &LibraryPanel::editSettings);
            menu.addAction(tr("Duplicate"), this, &LibraryPanel::duplicateCurrent);
            QMenu *move = menu.addMenu(tr("Move to Workspace"));
            const auto d = dataset(currentDataset());
            for (const Workspace &w : std::as_const(m_workspaces)) {
                if (d && w.id != d->workspaceId)
                    move->addAction(w.name, this, [this, w] { moveCurrent(w.id); });
            }
            move->setEnabled(!move->isEmpty());
            QAction *empty = menu.addAction(d && d->trashedCount > 0 ? tr("Empty Trash (%1)…").arg(d->trashedCount) : tr("Empty Trash"),
                this, &LibraryPanel::emptyTrash);
            empty->setEnabled(d && d->trashedCount > 0);
        }
        menu.addAction(tr("Delete…"), QKeySequence::Delete, this, &LibraryPanel::deleteCurrent);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace lc::ui
