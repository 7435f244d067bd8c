#include "mainwindow.h"

#include "curation/quality.h"

#include "async/async.h"

#include <algorithm>

#include "actions/captionactions.h"
#include "actions/historycontroller.h"
#include "actions/itemactions.h"
#include "actions/libraryactions.h"
#include "actions/trainactions.h"
#include "common/selectioncontext.h"
#include "common/toast.h"
#include "edit/catalogwriter.h"
#include "editor/detailpanel.h"
#include "editor/lightbox.h"
#include "common/recentlibraries.h"
#include "grid/gridpanel.h"
#include "jobs/jobmanager.h"
#include "train/trainingjob.h"
#include "library/library.h"
#include "library/librarypanel.h"
#include "mainactions.h"
#include "libraryhealth.h"
#include "library/snapshotsdialog.h"
#include "taskstatus.h"
#include "buckets/bucketspanel.h"
#include "collect/collectpanel.h"
#include "settings/settingsdialog.h"
#include "tags/tagpanel.h"
#include "tasks/taskspanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMenu>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

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
    , m_training(library)
    , m_context(new SelectionContext(this))
    , m_history(new HistoryController(library.writer(), this))
    , m_itemActions(new ItemActions(m_service, m_history->stack(), *m_context, this))
    , m_jobs(new JobManager(library, this))
    , m_libraryActions(new LibraryActions(library, m_service, *m_jobs, *m_context, *m_history, this))
    , m_libraryPanel(new LibraryPanel(m_service, this))
    , m_grid(new GridPanel(m_service, this))
    , m_captionActions(new CaptionActions(library, m_service, *m_jobs, *m_context, *m_history, *m_grid, this))
    , m_trainActions(new TrainActions(library, m_training, *m_jobs, *m_context, this))
    , m_detail(new DetailPanel(m_service, *m_context, *m_itemActions, this))
    , m_tasksPanel(new TasksPanel(*m_jobs, this))
    , m_tasksDock(new QDockWidget(tr("Tasks"), this))
    , m_tagPanel(new TagPanel(m_service, *m_history->stack(), this))
    , m_tagsDock(new QDockWidget(tr("Tags"), this))
    , m_bucketsPanel(new BucketsPanel(m_service, this))
    , m_bucketsDock(new QDockWidget(tr("Buckets"), this))
    , m_collectPanel(new CollectPanel(*m_context, this))
    , m_collectDock(new QDockWidget(tr("Collect from the Web"), this))
    , m_splitter(new QSplitter(this))
    , m_toast(new Toast(this))
    , m_health(new LibraryHealth(library, m_service, this))
    , m_taskStatus(new TaskStatus(*m_jobs, this))
    , m_libraryLabel(new QLabel(this))
    , m_reloadGrid(new QTimer(this))
    , m_reloadLibrary(new QTimer(this))
{
    initResources();
    m_service.setQualityThresholds(curation::storedQualityThresholds()); // Settings → Quality
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
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_health->banner());
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_tasksDock->setObjectName(QStringLiteral("tasksDock"));
    m_tasksDock->setWidget(m_tasksPanel);
    m_tasksDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_tasksDock);
    m_tasksDock->hide();
    m_tagsDock->setObjectName(QStringLiteral("tagsDock"));
    m_tagsDock->setWidget(m_tagPanel);
    m_tagsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_tagsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addDockWidget(Qt::BottomDockWidgetArea, m_tagsDock);
    tabifyDockWidget(m_tasksDock, m_tagsDock);
    m_tagsDock->hide();
    m_bucketsDock->setObjectName(QStringLiteral("bucketsDock"));
    m_bucketsDock->setWidget(m_bucketsPanel);
    m_bucketsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_bucketsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    addDockWidget(Qt::BottomDockWidgetArea, m_bucketsDock);
    tabifyDockWidget(m_tagsDock, m_bucketsDock);
    m_bucketsDock->hide();
    // Search results want width and height: a dock of its own on the right, next to the editor.
    m_collectDock->setObjectName(QStringLiteral("collectDock"));
    m_collectDock->setWidget(m_collectPanel);
    m_collectDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_collectDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_collectDock->toggleViewAction()->setStatusTip(tr("Search the web for openly licensed images and add them to the dataset"));
    addDockWidget(Qt::RightDockWidgetArea, m_collectDock);
    m_collectDock->hide();
    connect(m_collectDock, &QDockWidget::visibilityChanged, m_collectPanel, [this](bool visible) {
        if (visible)
            m_collectPanel->focusQuery();
    });

    statusBar()->addPermanentWidget(m_taskStatus);
    // A widget, not a status message: menus' status tips would wipe a message for good.
    m_libraryLabel->setText(tr("Library: %1").arg(QDir::toNativeSeparators(library.root())));
    m_libraryLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addWidget(m_libraryLabel, 1);

    m_reloadGrid->setSingleShot(true);
    m_reloadGrid->setInterval(300);
    m_reloadLibrary->setSingleShot(true);
    m_reloadLibrary->setInterval(500);

    m_lightbox = new Lightbox(m_service, *m_context, this);
    connect(m_detail, &DetailPanel::detailsShown, m_lightbox, &Lightbox::refresh);
    connect(m_lightbox, &Lightbox::stepRequested, m_grid, [this](int delta) { m_grid->step(delta); });
    new MainActions(this, m_libraryPanel, m_grid, *m_history, *m_itemActions, *m_libraryActions, *m_captionActions,
        *m_trainActions, m_lightbox, {m_tasksDock, m_tagsDock, m_bucketsDock, m_collectDock});
    // File → Open Library… and Open Recent, at the top of the File menu.
    if (QMenu *file = menuBar()->actions().value(0) ? menuBar()->actions().first()->menu() : nullptr) {
        QAction *first = file->actions().value(0);
        QAction *open = new QAction(tr("Open Library…"), this);
        open->setObjectName(QStringLiteral("openLibrary"));
        open->setShortcut(QKeySequence::Open);
        connect(open, &QAction::triggered, this, &MainWindow::chooseLibrary);
        file->insertAction(first, open);
        QMenu *recent = new QMenu(tr("Open Recent"), file);
        recent->setObjectName(QStringLiteral("recentLibraries"));
        connect(recent, &QMenu::aboutToShow, this, [this, recent] {
            recent->clear();
            const QString current = QDir::cleanPath(QFileInfo(m_library.root()).absoluteFilePath());
            for (const QString &path : RecentLibraries::list()) {
                QAction *a = recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { Q_EMIT openLibraryRequested(path); });
                a->setEnabled(path != current);
            }
            if (recent->isEmpty())
                recent->addAction(tr("No Recent Libraries"))->setEnabled(false);
            recent->addSeparator();
            recent->addAction(tr("Clear the List"), this, [] { RecentLibraries::clear(); });
        });
        file->insertMenu(first, recent);
        QAction *snapshots = new QAction(tr("Restore Snapshot…"), this);
        snapshots->setObjectName(QStringLiteral("restoreSnapshot"));
        snapshots->setStatusTip(tr("Put back the catalog as it was when a snapshot was taken, or take one now"));
        connect(snapshots, &QAction::triggered, this, &MainWindow::showSnapshots);
        file->insertAction(first, snapshots);
        file->insertSeparator(first);
    }
    // The grid overlay sits under the Buckets panel's entry in the View menu.
    for (QObject *owner : m_bucketsDock->toggleViewAction()->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(owner)) {
            const QList<QAction *> entries = menu->actions();
            const qsizetype at = entries.indexOf(m_bucketsDock->toggleViewAction());
            menu->insertAction(entries.value(at + 1), m_bucketsPanel->overlayAction());
        }
    }
    m_detail->setUndoStack(m_history->stack());
    m_detail->setHistoryActions(m_history->undoAction(), m_history->redoAction());
    wire();
    restoreSettings();
    m_libraryPanel->reload();
    m_jobs->resumeUnfinished();
    train::TrainingJob::followLeftRunning(*m_jobs);
    connect(m_health, &LibraryHealth::message, this, [this](const QString &text) { m_toast->showMessage(text); });
    connect(m_health, &LibraryHealth::restoreRequested, this, &MainWindow::showSnapshots);
    m_health->start();
    // The history shows tasks a crash interrupted (with Resume) once they are recorded as such.
    // A read started after completed() reached a write sees it.
    const quint64 recorded = library.writer().lastSubmitted();
    auto *waitForRecord = new QTimer(this);
    waitForRecord->setInterval(10);
    auto waited = std::make_shared<int>(0);
    connect(waitForRecord, &QTimer::timeout, this, [this, waitForRecord, recorded, waited] {
        if (m_library.writer().completed() < recorded && ++*waited < 500) // at most 5 s
            return;
        waitForRecord->deleteLater();
        waitForRecord->stop();
        m_tasksPanel->loadHistory(m_service);
    });
    waitForRecord->start();
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAll();
}

void MainWindow::wire()
{
    auto toast = [this](const QString &text, const QString &actionText, const std::function<void()> &action) {
        m_toast->showMessage(text, actionText, action);
    };
    // Confirmations go through this->confirm, which tests replace.
    auto ask = [this](const QString &title, const QString &text, const QString &yes) { return confirm(title, text, yes); };
    m_history->confirm = ask;
    m_libraryActions->confirm = ask;
    m_history->datasetName = [this](DatasetId id) {
        const auto d = m_libraryPanel->dataset(id);
        return d ? d->name : QString();
    };
    m_libraryActions->datasetPath = [this](DatasetId id) {
        const auto d = m_libraryPanel->dataset(id);
        return d ? d->workspaceName + QLatin1Char('/') + d->name : QString();
    };
    m_captionActions->confirm = ask;
    m_captionActions->datasetPath = m_libraryActions->datasetPath;
    connect(m_captionActions, &CaptionActions::aboutToWrite, m_detail, &DetailPanel::commitCaption);
    connect(m_captionActions, &CaptionActions::message, this, toast);
    connect(m_collectPanel, &CollectPanel::addRequested, this,
        [this](DatasetId dataset, const QString &name, const QList<search::WebImage> &images) {
            if (m_libraryActions->downloadImages(dataset, name, images))
                m_toast->showMessage(tr("Downloading into %1: %n selected…", nullptr, int(images.size())).arg(name), tr("Show Tasks"),
                    [this] { showTasks(); });
        });
    connect(m_collectPanel, &CollectPanel::settingsRequested, this, [this] { m_captionActions->openSettings()->showSearch(); });
    connect(m_trainActions, &TrainActions::aboutToWrite, m_detail, &DetailPanel::commitCaption);
    connect(m_trainActions, &TrainActions::message, this, [toast](const QString &text) { toast(text, QString(), {}); });
    connect(m_tasksPanel, &TasksPanel::captionResumeRequested, m_captionActions, &CaptionActions::resume);
    // Tags panel ↔ grid; it follows the dataset and, after edits, the tags.
    m_tagPanel->confirm = ask;
    connect(m_tagPanel, &TagPanel::tagClicked, m_grid, &GridPanel::setTagFilter);
    connect(m_tagPanel, &TagPanel::message, this, [this](const QString &text) { m_toast->showMessage(text); });
    connect(m_reloadLibrary, &QTimer::timeout, m_tagPanel, &TagPanel::reload);
    // Buckets panel ↔ grid: a bar filters the grid, the overlay draws on its tiles; it follows edits.
    connect(m_bucketsPanel, &BucketsPanel::bucketFilterChanged, m_grid, &GridPanel::setBucketFilter);
    connect(m_grid, &GridPanel::bucketFilterCleared, m_bucketsPanel, [this] { m_bucketsPanel->selectBin(-1); });
    connect(m_bucketsPanel, &BucketsPanel::keptRegionsChanged, m_grid, &GridPanel::setKeptRegions);
    connect(m_bucketsPanel, &BucketsPanel::itemActivated, m_grid, &GridPanel::selectItem);
    connect(m_reloadLibrary, &QTimer::timeout, m_bucketsPanel, &BucketsPanel::reload);
    addAction(m_bucketsPanel->overlayAction()); // its shortcut works with the dock closed
    connect(m_bucketsPanel->overlayAction(), &QAction::toggled, this, [this](bool on) {
        if (on && !m_bucketsDock->isVisible())
            m_bucketsDock->show(); // the simulation runs while the panel is shown
    });
    connect(m_captionActions, &CaptionActions::captionsWritten, this, [this](const QList<ItemId> &items) {
        m_grid->refreshItems(items);
        m_detail->itemsChanged(items);
        if (!m_reloadGrid->isActive())
            m_reloadGrid->start(); // the Uncaptioned view loses them
    });

    // Library tree → the context and the history.
    connect(m_libraryPanel, &LibraryPanel::datasetSelected, this, &MainWindow::selectDataset);
    connect(m_libraryPanel, &LibraryPanel::datasetUpdated, this, &MainWindow::datasetUpdated);
    connect(m_libraryPanel, &LibraryPanel::filesDropped, this, &MainWindow::importPaths);
    connect(m_libraryActions, &LibraryActions::showItemsRequested, m_grid, &GridPanel::showItems);
    connect(m_libraryPanel, &LibraryPanel::trashEmptied, m_grid, [this](DatasetId dataset) {
        if (dataset == m_grid->dataset())
            m_grid->reload();
    });
    connect(m_libraryPanel, &LibraryPanel::message, this, [this](const QString &text) { m_toast->showMessage(text); });
    connect(m_libraryPanel, &LibraryPanel::loaded, this, [this] {
        if (std::exchange(m_firstRunChecked, true))
            return;
        if (m_libraryPanel->workspaces().isEmpty())
            m_libraryActions->setUpFirstRun(); // "My Workspace / My Dataset"
        else // reopen the dataset of the last session, else the first one
            m_libraryPanel->selectInitial(DatasetId(QSettings().value(QStringLiteral("ui/lastDataset")).toLongLong()));
    });
    connect(m_libraryPanel, &LibraryPanel::deleteDatasetRequested, m_history, &HistoryController::deleteDataset);
    connect(m_libraryPanel, &LibraryPanel::deleteWorkspaceRequested, m_history, &HistoryController::deleteWorkspace);
    connect(m_libraryPanel, &LibraryPanel::renameDatasetRequested, m_history, &HistoryController::renameDataset);
    connect(m_libraryPanel, &LibraryPanel::renameWorkspaceRequested, m_history, &HistoryController::renameWorkspace);
    connect(m_reloadLibrary, &QTimer::timeout, m_libraryPanel, [this] { m_libraryPanel->reload(); });

    // History → views.
    connect(m_history, &HistoryController::aboutToStep, m_detail, &DetailPanel::commitCaption);
    connect(m_history, &HistoryController::releaseShown, this, [this] { selectDataset(Dataset()); });
    connect(m_history, &HistoryController::libraryChanged, m_libraryPanel, &LibraryPanel::reload);
    connect(m_history, &HistoryController::deletionFailed, m_libraryPanel, &LibraryPanel::reannounce);
    connect(m_history, &HistoryController::message, this, toast);

    // Grid ↔ context; the item being captioned stays in the grid until the user moves on, even when
    // the save takes it out of the current filter (Uncaptioned).
    connect(m_grid, &GridPanel::selectionChanged, m_context, &SelectionContext::setSelection);
    connect(m_detail, &DetailPanel::captionEditingStarted, m_grid, &GridPanel::keepWhileEditing);
    connect(m_detail, &DetailPanel::leaveRequested, m_grid, &GridPanel::focusView);
    connect(m_grid, &GridPanel::aboutToMove, m_detail, &DetailPanel::commitCaption);
    connect(m_grid, &GridPanel::nextUncaptionedDone, this, [this](bool found) {
        if (!found)
            statusBar()->showMessage(tr("Every image shown has a caption."), 4000);
    });
    connect(m_itemActions, &ItemActions::statusEdited, m_grid, &GridPanel::stopKeeping);
    connect(m_reloadGrid, &QTimer::timeout, m_grid, &GridPanel::reload);

    // Writes land → views follow. Status and caption changes move items in or out of the current filter;
    // the model turns the difference into row removals or insertions. Timers are never restarted while
    // running, so a steady stream of edits cannot starve them.
    CatalogWriter *writer = &m_library.writer();
    connect(writer, &CatalogWriter::itemsChanged, this, [this](const QList<ItemId> &items) {
        m_grid->refreshItems(items);
        m_detail->itemsChanged(items);
        if (!m_reloadGrid->isActive())
            m_reloadGrid->start();
        if (!m_reloadLibrary->isActive())
            m_reloadLibrary->start();
    });
    connect(writer, &CatalogWriter::writeFailed, this,
        [this](const QString &what, const QString &message) { m_toast->showMessage(tr("%1 failed: %2").arg(what, message)); });

    // Library actions and jobs.
    connect(m_libraryActions, &LibraryActions::aboutToWrite, m_detail, &DetailPanel::commitCaption);
    connect(m_libraryActions, &LibraryActions::datasetCreated, m_libraryPanel, &LibraryPanel::reload);
    connect(m_libraryActions, &LibraryActions::message, this, toast);
    connect(m_jobs, &JobManager::jobAdded, this, &MainWindow::showTasks);
    // Quality: the grid's "check them" button, the finished analysis, new thresholds, crops.
    connect(m_grid, &GridPanel::analyzeRequested, m_libraryActions, &LibraryActions::analyzeQuality);
    connect(m_libraryActions, &LibraryActions::qualityAnalyzed, this, [this](DatasetId dataset) {
        if (dataset == m_context->dataset().id)
            m_grid->qualityThresholdsChanged(); // every loaded row and the counts, measured now
    });
    connect(m_captionActions, &CaptionActions::settingsSaved, this, [this] {
        const curation::QualityThresholds thresholds = curation::storedQualityThresholds();
        if (thresholds == m_service.qualityThresholds())
            return;
        m_service.setQualityThresholds(thresholds);
        m_grid->qualityThresholdsChanged();
    });
    connect(m_itemActions, &ItemActions::message, this, [this](const QString &text) { m_toast->showMessage(text); });
    connect(m_libraryActions, &LibraryActions::itemsArrived, this, [this](DatasetId dataset) {
        if (dataset == m_context->dataset().id && !m_reloadGrid->isActive())
            m_reloadGrid->start(); // tiles appear as they land
        if (!m_reloadLibrary->isActive())
            m_reloadLibrary->start(); // the tree's counts too
    });
    connect(m_tasksPanel, &TasksPanel::resumeRequested, this, [this](DatasetId dataset, const QString &, const QStringList &inputs) {
        // Asked of the catalog, not of the library panel, which may still be loading right after launch.
        async::onResult(m_service.datasets(), this, [this, dataset, inputs](const Result<QList<Dataset>> &all) {
            const bool exists = all && std::any_of(all->cbegin(), all->cend(), [dataset](const Dataset &d) { return d.id == dataset; });
            if (exists)
                importPaths(dataset, inputs);
            else
                m_toast->showMessage(all ? tr("That dataset no longer exists.") : all.error().message);
        });
    });
}

CatalogWriter *MainWindow::writer() const { return &m_library.writer(); }
QUndoStack *MainWindow::undoStack() const { return m_history->stack(); }
QAction *MainWindow::undoAction() const { return m_history->undoAction(); }
QAction *MainWindow::redoAction() const { return m_history->redoAction(); }
Dataset MainWindow::currentDataset() const { return m_context->dataset(); }

void MainWindow::chooseLibrary()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Library"), QFileInfo(m_library.root()).absolutePath());
    if (dir.isEmpty())
        return;
    if (QDir::cleanPath(dir) == QDir::cleanPath(m_library.root()))
        return;
    // A folder that is not a library yet becomes one: say so first.
    const bool isLibrary = QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(Library::CatalogFileName)));
    if (!isLibrary && !QDir(dir).isEmpty()
        && !confirm(tr("Open Library"),
            tr("“%1” is not a LoRA Craft library. Create a new library in it? The files already there are left alone.")
                .arg(QDir::toNativeSeparators(dir)),
            tr("Create Library"))) {
        return;
    }
    Q_EMIT openLibraryRequested(dir);
}

void MainWindow::showSnapshots()
{
    if (auto *open = findChild<SnapshotsDialog *>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *dialog = new SnapshotsDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->confirm = [this](const QString &title, const QString &text, const QString &yes) { return confirm(title, text, yes); };
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->chosenSnapshot().isEmpty())
            Q_EMIT restoreSnapshotRequested(dialog->chosenSnapshot());
    });
    dialog->open();
}

QString MainWindow::importMessage(const QStringList &paths)
{
    return QStringLiteral("import\n") + paths.join(QLatin1Char('\n'));
}

void MainWindow::raiseForAnotherLaunch(const QString &message)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (message.startsWith(QLatin1String("import\n"))) {
        const QStringList paths = message.mid(7).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        importPaths(m_context->dataset().id, paths);
        return;
    }
    const QString &library = message;
    if (!library.isEmpty() && QDir::cleanPath(library) != QDir::cleanPath(m_library.root()))
        m_toast->showMessage(tr("LoRA Craft is already open with this library; use File → Open Library… to switch to %1.")
                                 .arg(QDir::toNativeSeparators(library)));
}
void MainWindow::undo() { m_history->undo(); }
void MainWindow::redo() { m_history->redo(); }
void MainWindow::cleanUpLibrary() { m_libraryActions->cleanUpLibrary(); }
void MainWindow::importPaths(DatasetId dataset, const QStringList &paths) { m_libraryActions->importPaths(dataset, paths); }
void MainWindow::exportCurrentDataset() { m_libraryActions->exportCurrentDataset(); }

void MainWindow::selectDataset(const Dataset &dataset)
{
    if (dataset.id != m_context->dataset().id)
        m_detail->commitCaption();
    m_context->setDataset(dataset);
    m_grid->setDataset(dataset);
    m_tagPanel->setDataset(dataset.id);
    m_bucketsPanel->setDataset(dataset);
    m_history->setShown(dataset);
    setWindowTitle(dataset.id.isValid() ? tr("%1 / %2 — LoRA Craft").arg(dataset.workspaceName, dataset.name) : tr("LoRA Craft"));
}

void MainWindow::datasetUpdated(const Dataset &dataset)
{
    // Same dataset, new name, settings or counts: nothing the editor holds is touched.
    m_context->updateDataset(dataset);
    m_grid->updateDataset(dataset);
    m_bucketsPanel->setDataset(dataset); // the target's model and resolution set the defaults
    m_history->setShown(dataset);
    setWindowTitle(tr("%1 / %2 — LoRA Craft").arg(dataset.workspaceName, dataset.name));
}

void MainWindow::showTasks()
{
    const bool wasVisible = m_tasksDock->isVisible();
    m_tasksDock->show();
    // Tall enough for a running task and a few finished ones (the dock opens at its minimum otherwise).
    if (!wasVisible && m_tasksDock->height() < 200)
        resizeDocks({m_tasksDock}, {220}, Qt::Vertical);
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
    importPaths(m_context->dataset().id, paths);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("ui/splitter")).toByteArray());
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
    settings.setValue(QStringLiteral("ui/lastDataset"), m_context->dataset().id.value());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_libraryActions->confirmQuit()) {
        event->ignore();
        return;
    }
    m_detail->commitCaption();
    m_jobs->cancelAll();
    m_jobs->waitForAll();                // canceled imports keep what they committed; canceled exports leave nothing
    m_library.writer().waitForIdle(); // every edit is in the catalog before we go
    saveSettings();
    event->accept();
}

} // namespace lc::ui
