#include "mainwindow.h"

#include "async/async.h"
#include "common/theme.h"
#include "common/toast.h"
#include "edit/catalogwriter.h"
#include "edit/datasetcommands.h"
#include "edit/editcommand.h"
#include "export/exportdialog.h"
#include "export/exportjob.h"
#include "editor/detailpanel.h"
#include "grid/gridpanel.h"
#include "grid/itemgridmodel.h"
#include "grid/itemgridview.h"
#include "import/importjob.h"
#include "jobs/jobmanager.h"
#include "library/library.h"
#include "library/librarypanel.h"
#include "util/fileutil.h"
#include "tasks/taskspanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QMessageBox>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

// Resources compiled into a static library must be registered by hand.
static void initResources()
{
    Q_INIT_RESOURCE(loracraft);
}

namespace lc::ui {

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_service(library)
    , m_writer(&library.writer())
    , m_history(new QUndoStack(this))
    , m_jobs(new JobManager(library, this))
    , m_libraryPanel(new LibraryPanel(m_service, this))
    , m_grid(new GridPanel(m_service, this))
    , m_detail(new DetailPanel(m_service, this))
    , m_tasksPanel(new TasksPanel(*m_jobs, this))
    , m_splitter(new QSplitter(this))
    , m_toast(new Toast(this))
    , m_taskProgress(new QProgressBar(this))
    , m_taskLabel(new QLabel(this))
    , m_libraryLabel(new QLabel(this))
    , m_reloadGrid(new QTimer(this))
    , m_reloadLibrary(new QTimer(this))
{
    initResources();
    confirm = [this](const QString &title, const QString &text, const QString &yes) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
        QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };
    setWindowTitle(tr("LoRA Craft"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loracraft.svg")));
    setAcceptDrops(true);
    resize(1440, 900);

    m_splitter->addWidget(m_libraryPanel);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({250, 820, 370});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);

    auto *dock = new QDockWidget(tr("Tasks"), this);
    dock->setObjectName(QStringLiteral("tasksDock"));
    dock->setWidget(m_tasksPanel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    m_taskProgress->setFixedWidth(180);
    m_taskProgress->setFixedHeight(10);
    m_taskProgress->setTextVisible(false);
    m_taskProgress->hide();
    m_taskLabel->hide();
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_taskProgress);
    // A widget, not a status message: menus' status tips would wipe a message for good.
    m_libraryLabel->setText(tr("Library: %1").arg(QDir::toNativeSeparators(library.root())));
    m_libraryLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addWidget(m_libraryLabel, 1);

    m_reloadGrid->setSingleShot(true);
    m_reloadGrid->setInterval(300);
    connect(m_reloadGrid, &QTimer::timeout, m_grid, &GridPanel::reload);
    m_reloadLibrary->setSingleShot(true);
    m_reloadLibrary->setInterval(500);
    connect(m_reloadLibrary, &QTimer::timeout, this, [this] { m_libraryPanel->reload(); });

    connect(m_libraryPanel, &LibraryPanel::datasetSelected, this, &MainWindow::selectDataset);
    connect(m_libraryPanel, &LibraryPanel::datasetUpdated, this, &MainWindow::datasetUpdated);
    connect(m_libraryPanel, &LibraryPanel::filesDropped, this, &MainWindow::importPaths);
    connect(m_libraryPanel, &LibraryPanel::message, this, [this](const QString &text) { m_toast->showMessage(text); });
    connect(m_libraryPanel, &LibraryPanel::loaded, this, &MainWindow::ensureFirstRun);
    connect(m_libraryPanel, &LibraryPanel::deleteDatasetRequested, this, &MainWindow::deleteDataset);
    connect(m_libraryPanel, &LibraryPanel::deleteWorkspaceRequested, this, &MainWindow::deleteWorkspace);
    connect(m_libraryPanel, &LibraryPanel::renameDatasetRequested, this,
        [this](DatasetId id, const QString &oldName, const QString &newName) {
            m_history->push(new RenameCommand(*m_writer, id, oldName, newName, [this] { m_libraryPanel->reload(); }));
        });
    connect(m_libraryPanel, &LibraryPanel::renameWorkspaceRequested, this,
        [this](WorkspaceId id, const QString &oldName, const QString &newName) {
            m_history->push(new RenameCommand(*m_writer, id, oldName, newName, [this] { m_libraryPanel->reload(); }));
        });
    m_detail->setUndoStack(m_history);
    connect(m_history, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_history, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_history, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    // The item whose caption is being typed stays in the grid until the user moves on, even when the
    // save takes it out of the current filter (Uncaptioned).
    connect(m_detail, &DetailPanel::captionEditingStarted, m_grid, &GridPanel::keepWhileEditing);
    connect(m_detail, &DetailPanel::statusEdited, m_grid, &GridPanel::stopKeeping);
    connect(m_grid, &GridPanel::selectionChanged, m_detail, &DetailPanel::setSelection);
    connect(m_writer, &CatalogWriter::itemsChanged, this, [this](const QList<ItemId> &items) {
        m_grid->refreshItems(items);
        m_detail->itemsChanged(items);
        // Status and caption changes move items in or out of the current filter (the trash is never in
        // "All"); the model turns the difference into row removals or insertions.
        if (!m_reloadGrid->isActive())
            m_reloadGrid->start();
        if (!m_reloadLibrary->isActive())
            m_reloadLibrary->start(); // counts follow within half a second, even during a steady stream of edits
    });
    connect(m_writer, &CatalogWriter::writeFailed, this, [this](const QString &what, const QString &message) {
        m_toast->showMessage(tr("%1 failed: %2").arg(what, message));
    });
    connect(m_jobs, &JobManager::jobAdded, this, &MainWindow::onJobAdded);
    connect(m_jobs, &JobManager::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_tasksPanel, &TasksPanel::resumeRequested, this, [this](DatasetId dataset, const QString &, const QStringList &inputs) {
        if (m_libraryPanel->dataset(dataset))
            importPaths(dataset, inputs);
        else
            m_toast->showMessage(tr("That dataset no longer exists."));
    });

    createActions();
    restoreSettings();
    qApp->installEventFilter(this);
    m_libraryPanel->reload();
    m_tasksPanel->loadHistory(m_service);
    m_jobs->resumeUnfinished();
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAll();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("Import Files…"), this, [this] { chooseFilesToImport(false); });
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importFolder = file->addAction(tr("Import Folder…"), this, [this] { chooseFilesToImport(true); });
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("Export…"), this, &MainWindow::exportCurrentDataset);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction = exportAction;
    file->addSeparator();
    QAction *newDataset = file->addAction(tr("New Dataset"), m_libraryPanel, &LibraryPanel::newDataset);
    newDataset->setShortcut(QKeySequence::New);
    file->addAction(tr("New Workspace"), m_libraryPanel, &LibraryPanel::newWorkspace);
    QAction *rename = file->addAction(tr("Rename Dataset"), m_libraryPanel, &LibraryPanel::renameCurrent);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_libraryPanel->addAction(rename);
    QAction *remove = file->addAction(tr("Delete Dataset…"), m_libraryPanel, &LibraryPanel::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_libraryPanel->addAction(remove);
    file->addAction(tr("Duplicate Dataset"), m_libraryPanel, &LibraryPanel::duplicateCurrent);
    file->addAction(tr("Dataset Settings…"), m_libraryPanel, &LibraryPanel::editSettings);
    file->addSeparator();
    QAction *cleanUp = file->addAction(tr("Clean Up Library…"), this, &MainWindow::cleanUpLibrary);
    cleanUp->setStatusTip(tr("Remove stored images that no dataset uses any more"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("Undo"), this, &MainWindow::undo);
    m_undoAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    m_redoAction = edit->addAction(tr("Redo"), this, &MainWindow::redo);
    // The platform's Redo keys, plus Ctrl+Y where it is not one of them (Linux desktops bind only
    // Ctrl+Shift+Z); each key once, or Qt reports an ambiguous shortcut and neither works.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
#ifndef Q_OS_MACOS
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
#endif
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    m_redoAction->setShortcuts(redoKeys);
    m_detail->setHistoryActions(m_undoAction, m_redoAction);
    updateUndoActions();
    edit->addSeparator();
    QAction *find = edit->addAction(tr("Find"), m_grid, &GridPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *selectAll = edit->addAction(tr("Select All Images"), m_grid->view(), &QAbstractItemView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_grid->view()->addAction(selectAll);

    // Image actions work on the grid's selection while the grid has focus, so typing elsewhere is safe.
    QMenu *image = menuBar()->addMenu(tr("&Image"));
    auto gridAction = [&](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = image->addAction(text, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_grid->view()->addAction(a);
        return a;
    };
    gridAction(tr("Keep / Reject"), QKeySequence(Qt::Key_Space), [this] { m_detail->toggleRejected(); });
    gridAction(tr("Move to Trash"), QKeySequence::Delete, [this] { m_detail->setStatus(ItemStatus::Trashed); });
    gridAction(tr("Restore from Trash"), QKeySequence(Qt::CTRL | Qt::Key_Backspace), [this] { m_detail->restoreFromTrash(); });
    gridAction(tr("Edit Caption"), QKeySequence(Qt::Key_Return), [this] { m_detail->focusCaption(); });
    image->addSeparator();
    for (int stars = 0; stars <= 5; ++stars) {
        gridAction(stars == 0 ? tr("Clear Rating") : tr("Rate %1").arg(QString(stars, QChar(0x2605))),
            QKeySequence(Qt::Key_0 + stars), [this, stars] { m_detail->setRating(stars); });
    }

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    importFiles->setIcon(QIcon(QStringLiteral(":/icons/import-files.svg")));
    importFolder->setIcon(QIcon(QStringLiteral(":/icons/import-folder.svg")));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    importFiles->setToolTip(tr("Import images, folders or ZIP files into the current dataset (Ctrl+I). "
                               "You can also drop them anywhere on the window."));
    toolbar->addAction(importFiles);
    toolbar->addAction(importFolder);
    toolbar->addAction(exportAction);
    toolbar->addSeparator();
    // Icon-only with the step in the tooltip: a button that resized with "Undo Remove Tag “…”" moved
    // under the pointer, so repeated clicks hit Undo and Redo in turn.
    for (QAction *a : {m_undoAction, m_redoAction}) {
        toolbar->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(a))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setObjectName(a == m_undoAction ? QStringLiteral("undoButton") : QStringLiteral("redoButton"));
        }
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Larger Thumbnails"), this, [this] { m_grid->setTileSize(m_grid->tileSize() + 32); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Smaller Thumbnails"), this, [this] { m_grid->setTileSize(m_grid->tileSize() - 32); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->addAction(findChild<QDockWidget *>(QStringLiteral("tasksDock"))->toggleViewAction());
    view->addSeparator();
    auto *themes = new QActionGroup(this);
    QAction *dark = view->addAction(tr("Dark Theme"));
    QAction *light = view->addAction(tr("Light Theme"));
    for (QAction *a : {dark, light}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    (QSettings().value(QStringLiteral("ui/theme")).toString() == QLatin1String("light") ? light : dark)->setChecked(true);
    connect(dark, &QAction::triggered, this, [] {
        applyTheme(*qApp, Theme::Dark);
        QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("dark"));
    });
    connect(light, &QAction::triggered, this, [] {
        applyTheme(*qApp, Theme::Light);
        QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("light"));
    });
}

void MainWindow::selectDataset(const Dataset &dataset)
{
    if (dataset.id != m_dataset.id)
        m_detail->commitCaption();
    m_dataset = dataset;
    m_detail->setDataset(dataset.id);
    m_grid->setDataset(dataset);
    setWindowTitle(dataset.id.isValid() ? tr("%1 / %2 — LoRA Craft").arg(dataset.workspaceName, dataset.name) : tr("LoRA Craft"));
    updateUndoActions();
}

void MainWindow::datasetUpdated(const Dataset &dataset)
{
    // Same dataset, new name, settings or counts: nothing the editor holds is touched.
    m_dataset = dataset;
    m_grid->updateDataset(dataset);
    setWindowTitle(tr("%1 / %2 — LoRA Craft").arg(dataset.workspaceName, dataset.name));
    updateUndoActions();
}

void MainWindow::deleteDataset(const Dataset &dataset)
{
    // Nothing keeps showing (or editing) what is being deleted.
    if (dataset.id == m_dataset.id)
        selectDataset(Dataset());
    const DatasetId id = dataset.id;
    auto *command = new DeleteDatasetCommand(*m_writer, dataset, [this, id](DatasetId now, const Result<void> &r) {
        if (!r && !now.isValid())
            m_libraryPanel->reannounce(id); // the deletion failed: show the dataset again
        else
            m_libraryPanel->reload(now);
    });
    m_history->push(command);
    const int images = dataset.itemCount + dataset.trashedCount;
    const int index = m_history->index();
    m_toast->showMessage(tr("Deleted dataset “%1” (%2 images)").arg(dataset.name).arg(images), tr("Undo"), [this, index] {
        if (m_history->index() == index)
            undo();
        else
            m_toast->showMessage(tr("Other edits came after the deletion: use Edit → Undo to go back step by step."));
    });
}

void MainWindow::deleteWorkspace(const Workspace &workspace)
{
    if (m_dataset.workspaceId == workspace.id)
        selectDataset(Dataset());
    m_history->push(new DeleteWorkspaceCommand(*m_writer, workspace,
        [this](WorkspaceId, const Result<void> &) { m_libraryPanel->reload(); }));
    const int index = m_history->index();
    m_toast->showMessage(tr("Deleted workspace “%1”").arg(workspace.name), tr("Undo"), [this, index] {
        if (m_history->index() == index)
            undo();
        else
            m_toast->showMessage(tr("Other edits came after the deletion: use Edit → Undo to go back step by step."));
    });
}

void MainWindow::cleanUpLibrary()
{
    if (m_cleaningUp)
        return;
    if (m_jobs->isBusy()) {
        m_toast->showMessage(tr("Clean Up waits until the running tasks have finished."));
        return;
    }
    m_detail->commitCaption();
    // Deleted datasets the undo history can bring back still need their images. The list is taken
    // when each gc is queued: a deletion made while the dialog was open is kept too.
    auto holdersNow = [this] {
        QList<std::function<QStringList()>> holders;
        for (int i = 0; i < m_history->count(); ++i) {
            const QUndoCommand *c = m_history->command(i);
            if (const auto *d = dynamic_cast<const DeleteDatasetCommand *>(c))
                holders << d->heldHashes();
            else if (const auto *w = dynamic_cast<const DeleteWorkspaceCommand *>(c))
                holders << w->heldHashes();
        }
        return holders;
    };
    auto keepFrom = [](const QList<std::function<QStringList()>> &holders) {
        return [holders] {
            QSet<ContentHash> keep;
            for (const auto &held : holders) {
                for (const QString &hex : held()) // on the writer, where the snapshots are written
                    keep.insert(ContentHash::fromHex(hex));
            }
            return keep;
        };
    };
    // No import may start until the gc is done: it would race the removal of unreferenced files.
    m_cleaningUp = true;
    async::onResult(m_service.collectGarbage(true, keepFrom(holdersNow())), this,
        [this, keepFrom, holdersNow](const Result<GcReport> &preview) {
            if (!preview) {
                m_cleaningUp = false;
                m_toast->showMessage(tr("Clean Up failed: %1").arg(preview.error().message));
                return;
            }
            const int files = preview->blobsRemoved + preview->orphanFilesRemoved + preview->temporaryFilesRemoved;
            if (files == 0) {
                m_cleaningUp = false;
                m_toast->showMessage(tr("Nothing to clean up: every stored image is used by a dataset or can still be brought back by Undo."));
                return;
            }
            const QString text = tr("Remove %1 stored image(s) that no dataset uses any more, and %2 leftover file(s)? This frees %3.\n\n"
                                    "Images that Edit → Undo can still bring back are kept. Removed images cannot be recovered.")
                                     .arg(preview->blobsRemoved)
                                     .arg(preview->orphanFilesRemoved + preview->temporaryFilesRemoved)
                                     .arg(FileUtil::formatBytes(preview->bytesFreed));
            if (!confirm(tr("Clean Up Library"), text, tr("Clean Up")) || m_jobs->isBusy()) {
                m_cleaningUp = false;
                return;
            }
            async::onResult(m_service.collectGarbage(false, keepFrom(holdersNow())), this, [this](const Result<GcReport> &done) {
                m_cleaningUp = false;
                if (!done)
                    m_toast->showMessage(tr("Clean Up failed: %1").arg(done.error().message));
                else
                    m_toast->showMessage(tr("Cleaned up: removed %1 image(s), freed %2.").arg(done->blobsRemoved).arg(FileUtil::formatBytes(done->bytesFreed)));
            });
        });
}

void MainWindow::undo()
{
    m_detail->commitCaption(); // the words typed since the last save are the step to undo
    if (m_history->canUndo())
        m_history->undo();
}

void MainWindow::redo()
{
    m_detail->commitCaption();
    if (!m_history->canRedo())
        return;
    const auto *next = dynamic_cast<const EditCommand *>(m_history->command(m_history->index()));
    if (next && next->isDestructive()) {
        if (!confirm(tr("Redo"), tr("%1 again?\n\nYou can undo it again until you quit.").arg(next->text()), tr("Redo")))
            return;
        // Nothing keeps showing what is about to be deleted again.
        const IdMap &ids = m_writer->ids();
        const auto *workspaceDelete = dynamic_cast<const DeleteWorkspaceCommand *>(next);
        if ((next->dataset().isValid() && ids.dataset(next->dataset(), next->epoch()) == m_dataset.id)
            || (workspaceDelete && ids.workspace(workspaceDelete->workspace(), next->epoch()) == m_dataset.workspaceId))
            selectDataset(Dataset());
    }
    m_history->redo();
}

void MainWindow::showTasks()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("tasksDock"));
    const bool wasVisible = dock->isVisible();
    dock->show();
    // Tall enough for a running task and a few finished ones (the dock opens at its minimum otherwise).
    if (!wasVisible && dock->height() < 200)
        resizeDocks({dock}, {220}, Qt::Vertical);
}

void MainWindow::updateUndoActions()
{
    if (!m_undoAction)
        return;
    // Name the step, and the dataset when it is not the one on screen: there is one history per window.
    auto describe = [this](int index) {
        const QUndoCommand *c = m_history->command(index);
        if (!c)
            return QString();
        const auto *edit = dynamic_cast<const EditCommand *>(c);
        const DatasetId dataset = edit ? m_writer->ids().dataset(edit->dataset(), edit->epoch()) : DatasetId();
        if (dataset.isValid() && dataset != m_dataset.id) {
            if (auto d = m_libraryPanel->dataset(dataset))
                return tr("%1 in “%2”").arg(c->text(), d->name);
        }
        return c->text();
    };
    const QString undoText = describe(m_history->index() - 1);
    const QString redoText = describe(m_history->index());
    m_undoAction->setEnabled(m_history->canUndo());
    m_redoAction->setEnabled(m_history->canRedo());
    m_undoAction->setText(undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
    m_undoAction->setToolTip(tr("%1 (%2)").arg(m_undoAction->text(), m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    m_redoAction->setToolTip(tr("%1 (%2)").arg(m_redoAction->text(), m_redoAction->shortcut().toString(QKeySequence::NativeText)));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields claim Ctrl+E (end of line on Linux); in this window it exports, as the menu says.
    if (event->type() == QEvent::ShortcutOverride && m_exportAction) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this && QKeySequence(key->keyCombination()) == m_exportAction->shortcut()) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::exportCurrentDataset()
{
    if (!m_dataset.id.isValid()) {
        m_toast->showMessage(tr("Select a dataset to export."));
        return;
    }
    m_detail->commitCaption();
    // Export what the user sees: let pending edits land first (without blocking the GUI thread).
    if (m_writer->pending() > 0) {
        connect(m_writer, &CatalogWriter::idle, this, &MainWindow::exportCurrentDataset, Qt::SingleShotConnection);
        return;
    }
    auto *dialog = new ExportDialog(m_service, m_dataset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_jobs->add(std::make_unique<ExportJob>(m_library, dialog->plan())); });
    dialog->open();
}

void MainWindow::importPaths(DatasetId dataset, const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_cleaningUp) {
        m_toast->showMessage(tr("Clean Up is running: import again in a moment."));
        return;
    }
    if (dataset.isValid()) {
        const auto d = m_libraryPanel->dataset(dataset);
        startImport(dataset, d ? d->workspaceName + QLatin1Char('/') + d->name : QString(), paths);
        return;
    }
    // No dataset selected: make one named after the first dropped folder (or file; no disk access here).
    const QFileInfo first(paths.first());
    NewDataset spec;
    spec.name = first.suffix().isEmpty() ? first.fileName() : first.completeBaseName();
    if (spec.name.isEmpty())
        spec.name = tr("Imported");
    spec.uniqueName = true;
    async::onResult(m_service.createDataset(spec), this, [this, paths](const Result<Dataset> &d) {
        if (!d) {
            m_toast->showMessage(d.error().message);
            return;
        }
        m_libraryPanel->reload(d->id);
        startImport(d->id, d->workspaceName + QLatin1Char('/') + d->name, paths);
    });
}

ImportJob *MainWindow::startImport(DatasetId dataset, const QString &datasetName, const QStringList &paths)
{
    ImportRequest request;
    request.dataset = dataset;
    request.paths = paths;
    return static_cast<ImportJob *>(m_jobs->add(std::make_unique<ImportJob>(m_library, request, datasetName)));
}

void MainWindow::onJobAdded(Job *job)
{
    showTasks();
    if (auto *import = qobject_cast<ImportJob *>(job)) {
        connect(import, &ImportJob::itemsCommitted, this, [this, import] {
            if (import->request().dataset == m_dataset.id && !m_reloadGrid->isActive())
                m_reloadGrid->start(); // tiles appear as they land
            if (!m_reloadLibrary->isActive())
                m_reloadLibrary->start(); // the tree's counts too
        });
    }
    connect(job, &Job::progressChanged, this, &MainWindow::updateTaskStatus);
    updateTaskStatus();
}

void MainWindow::onJobFinished(Job *job)
{
    updateTaskStatus();
    if (auto *import = qobject_cast<ImportJob *>(job)) {
        if (!m_reloadLibrary->isActive())
            m_reloadLibrary->start();
        if (import->request().dataset == m_dataset.id)
            m_grid->reload();
        const ImportReport report = import->report(); // the job is freed after this
        m_toast->showMessage(TasksPanel::summary(report, import->datasetName()), tr("Details"),
            [this, report] { TasksPanel::showReport(this, report); });
    } else if (auto *exported = qobject_cast<ExportJob *>(job)) {
        const ExportReport r = exported->report();
        if (r.failure) {
            m_toast->showMessage(r.canceled ? tr("Export canceled; nothing was written.") : tr("Export failed: %1").arg(r.failure->message));
            return;
        }
        const QString folder = r.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? QFileInfo(r.outputPath).absolutePath() : r.outputPath;
        m_toast->showMessage(tr("Exported %1 images to %2").arg(r.images).arg(QDir::toNativeSeparators(r.outputPath)), tr("Show"),
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    } else if (job->state() == Job::State::Failed) {
        m_toast->showMessage(tr("%1 failed: %2").arg(job->title(), job->error()));
    }
}

void MainWindow::updateTaskStatus()
{
    const QList<Job *> running = m_jobs->jobs();
    if (running.isEmpty()) {
        m_taskProgress->hide();
        m_taskLabel->hide();
        return;
    }
    qint64 done = 0, total = 0;
    for (Job *job : running) {
        done += job->progress().done;
        total += job->progress().total;
    }
    m_taskProgress->setRange(0, int(std::clamp<qint64>(total, 1, INT_MAX)));
    m_taskProgress->setValue(int(std::min<qint64>(done, INT_MAX)));
    m_taskLabel->setText(running.size() == 1 ? tr("%1 · %2 / %3").arg(running.first()->progress().step).arg(done).arg(total)
                                             : tr("%1 tasks · %2 / %3").arg(running.size()).arg(done).arg(total));
    m_taskProgress->show();
    m_taskLabel->show();
}

void MainWindow::chooseFilesToImport(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Import Images"), QString(),
            tr("Images and archives (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;All files (*)"));
    }
    importPaths(m_dataset.id, paths);
}

void MainWindow::ensureFirstRun()
{
    if (m_firstRunChecked)
        return;
    m_firstRunChecked = true;
    if (!m_libraryPanel->workspaces().isEmpty()) {
        if (!m_libraryPanel->currentDataset().isValid() && !m_libraryPanel->isReloading()) {
            // Reopen the dataset of the last session, else the first one.
            DatasetId select(QSettings().value(QStringLiteral("ui/lastDataset")).toLongLong());
            if (!m_libraryPanel->dataset(select))
                select = m_libraryPanel->firstDataset();
            if (select.isValid())
                m_libraryPanel->reload(select);
        }
        return;
    }
    NewDataset spec;
    spec.name = tr("My Dataset");
    async::onResult(m_service.createDataset(spec), this, [this](const Result<Dataset> &d) {
        if (d)
            m_libraryPanel->reload(d->id);
        else
            m_toast->showMessage(tr("Cannot set up the library: %1").arg(d.error().message));
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(m_dataset.id, paths);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains(QStringLiteral("ui/geometry")))
        restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    if (settings.contains(QStringLiteral("ui/splitter")))
        m_splitter->restoreState(settings.value(QStringLiteral("ui/splitter")).toByteArray());
    if (settings.contains(QStringLiteral("ui/windowState")))
        restoreState(settings.value(QStringLiteral("ui/windowState")).toByteArray());
    m_grid->setTileSize(settings.value(QStringLiteral("ui/tileSize"), 192).toInt());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("ui/windowState"), saveState());
    settings.setValue(QStringLiteral("ui/tileSize"), m_grid->tileSize());
    settings.setValue(QStringLiteral("ui/lastDataset"), m_dataset.id.value());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting cancels running work: ask first, and say what happens to it.
    if (m_jobs->isBusy()) {
        QStringList what;
        for (Job *job : m_jobs->jobs()) {
            const JobProgress p = job->progress();
            what << (p.total > 0 ? tr("• %1 (%2 of %3 done)").arg(job->title()).arg(p.done).arg(p.total) : tr("• %1").arg(job->title()));
        }
        const QString text = tr("Still running:\n%1\n\nQuitting cancels it. Images imported so far stay in the dataset, and the "
                                "Tasks panel offers to resume the import next time. A canceled export leaves nothing behind.")
                                 .arg(what.join(QLatin1Char('\n')));
        if (!confirm(tr("Quit LoRA Craft?"), text, tr("Cancel and Quit"))) {
            event->ignore();
            return;
        }
    }
    m_detail->commitCaption();
    m_jobs->cancelAll();
    m_jobs->waitForAll(); // canceled imports keep what they committed; canceled exports leave nothing
    m_writer->waitForIdle();    // every edit is in the catalog before we go
    saveSettings();
    event->accept();
}

} // namespace lc::ui
