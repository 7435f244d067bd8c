#include "mainactions.h"

#include "mainwindow/aboutdialog.h"
#include "util/logfile.h"

#include "actions/captionactions.h"
#include "actions/historycontroller.h"
#include "actions/itemactions.h"
#include "actions/libraryactions.h"
#include "actions/trainactions.h"
#include "common/theme.h"
#include "grid/gridpanel.h"
#include "grid/itemgridview.h"
#include "editor/lightbox.h"
#include "library/librarypanel.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QUrl>
#include <QDir>
#include <QDesktopServices>
#include <QMessageBox>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

namespace lc::ui {

MainActions::MainActions(QMainWindow *window, LibraryPanel *library, GridPanel *grid, HistoryController &history,
    ItemActions &items, LibraryActions &libraryActions, CaptionActions &captionActions, TrainActions &trainActions,
    Lightbox *lightbox, const QList<QDockWidget *> &docks)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(libraryActions.importFilesAction());
    file->addAction(libraryActions.importFolderAction());
    file->addAction(libraryActions.importUrlsAction());
    file->addSeparator();
    file->addAction(libraryActions.exportAction());
    file->addSeparator();
    file->addAction(libraryActions.checkLibraryAction());
    file->addAction(libraryActions.cleanUpAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(history.undoAction());
    edit->addAction(history.redoAction());
    edit->addSeparator();
    QAction *find = edit->addAction(tr("Find"), grid, &GridPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *selectAll = edit->addAction(tr("Select All Images"), grid->view(), &QAbstractItemView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    grid->view()->addAction(selectAll);
    QAction *invert = edit->addAction(tr("Invert Selection"), grid, &GridPanel::invertSelection);
    invert->setObjectName(QStringLiteral("invertSelection"));
    invert->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)); // Dolphin's
    invert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    grid->view()->addAction(invert);
    edit->addSeparator();
    edit->addAction(captionActions.settingsAction());

    // Moving through the images works from anywhere in the window, the caption box included (which saves
    // what was typed first and keeps the keyboard): a captioning pass needs no mouse.
    QMenu *go = bar->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("Next Image"), grid, [grid] { grid->step(1); });
    next->setObjectName(QStringLiteral("nextImage"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction *previous = go->addAction(tr("Previous Image"), grid, [grid] { grid->step(-1); });
    previous->setObjectName(QStringLiteral("previousImage"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction *uncaptioned = go->addAction(tr("Next Image Without a Caption"), grid, &GridPanel::selectNextUncaptioned);
    uncaptioned->setObjectName(QStringLiteral("nextUncaptioned"));
    uncaptioned->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    go->addSeparator();
    QAction *toGrid = go->addAction(tr("Go to the Grid"), grid, &GridPanel::focusView);
    toGrid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    QMenu *dataset = bar->addMenu(tr("&Dataset"));
    QAction *newDataset = dataset->addAction(tr("New Dataset"), library, &LibraryPanel::newDataset);
    newDataset->setShortcut(QKeySequence::New);
    dataset->addAction(tr("New Workspace"), library, &LibraryPanel::newWorkspace);
    // F2 and Delete act on the tree only while it has focus (Delete on the grid trashes images).
    QAction *rename = dataset->addAction(tr("Rename Dataset"), library, &LibraryPanel::renameCurrent);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    library->addAction(rename);
    QAction *remove = dataset->addAction(tr("Delete Dataset…"), library, &LibraryPanel::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    library->addAction(remove);
    dataset->addAction(tr("Duplicate Dataset"), library, &LibraryPanel::duplicateCurrent);
    QAction *emptyTrash = dataset->addAction(tr("Empty Trash…"), library, &LibraryPanel::emptyTrash);
    emptyTrash->setObjectName(QStringLiteral("emptyTrash"));
    connect(dataset, &QMenu::aboutToShow, emptyTrash, [library, emptyTrash] {
        const int trashed = library->currentTrashCount();
        emptyTrash->setText(trashed > 0 ? tr("Empty Trash (%1)…").arg(trashed) : tr("Empty Trash"));
        emptyTrash->setEnabled(trashed > 0);
    });
    dataset->addAction(tr("Dataset Settings…"), library, &LibraryPanel::editSettings);
    dataset->addSeparator();
    dataset->addAction(libraryActions.findDuplicatesAction());
    dataset->addAction(libraryActions.analyzeQualityAction());
    dataset->addSeparator();
    dataset->addAction(trainActions.trainAction());
    dataset->addAction(trainActions.historyAction());

    // Image actions work on the grid's selection while the grid has focus, so typing elsewhere is safe.
    QMenu *image = bar->addMenu(tr("&Image"));
    for (QAction *a : items.menuActions()) {
        image->addAction(a);
        grid->view()->addAction(a);
    }
    image->addSeparator();
    image->addAction(libraryActions.autoCropAction());
    image->addSeparator();
    image->addAction(captionActions.captionAction());
    image->addAction(captionActions.findReplaceAction());
    image->addAction(captionActions.templateAction());

    // The full-window preview of the selection (two selected: side by side).
    QAction *preview = new QAction(tr("Full-Window Preview"), window);
    preview->setObjectName(QStringLiteral("fullWindowPreview"));
    preview->setToolTip(tr("Show the selected image as large as the window allows; select two to compare them side by side"));
    preview->setShortcut(QKeySequence(Qt::Key_F));
    preview->setShortcutContext(Qt::WidgetWithChildrenShortcut); // F typed in the caption stays an F
    connect(preview, &QAction::triggered, lightbox, [lightbox, grid] { lightbox->open(grid->view()); });
    grid->view()->addAction(preview);

    // The tiles' context menu: what the Image menu does to the selection, the rating as a submenu.
    grid->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(grid->view(), &QWidget::customContextMenuRequested, grid, [grid, &items, preview](const QPoint &pos) {
        ItemGridView *view = grid->view();
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        if (!view->selectionModel()->isSelected(index))
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        QMenu menu;
        menu.addAction(preview);
        menu.addSeparator();
        QMenu *rating = nullptr;
        for (QAction *a : items.menuActions()) {
            if (a->objectName().startsWith(QLatin1String("rating-"))) {
                if (!rating)
                    rating = menu.addMenu(tr("Rating"));
                rating->addAction(a);
            } else {
                menu.addAction(a);
            }
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });

    QToolBar *toolbar = window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(libraryActions.importFilesAction());
    toolbar->addAction(libraryActions.importFolderAction());
    toolbar->addAction(libraryActions.exportAction());
    toolbar->addAction(captionActions.captionAction());
    toolbar->addAction(trainActions.trainAction());
    toolbar->addSeparator();
    // Icon-only with the step in the tooltip: a button that resized with "Undo Remove Tag “…”" moved
    // under the pointer, so repeated clicks hit Undo and Redo in turn.
    for (QAction *a : {history.undoAction(), history.redoAction()}) {
        toolbar->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(a))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setObjectName(a == history.undoAction() ? QStringLiteral("undoButton") : QStringLiteral("redoButton"));
        }
    }

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(preview);
    view->addSeparator();
    // The status chips above the grid, from anywhere.
    const std::pair<ItemQuery::Filter, QString> chips[] = {{ItemQuery::Filter::All, tr("Show All Images")},
        {ItemQuery::Filter::Uncaptioned, tr("Show Images Without a Caption")},
        {ItemQuery::Filter::Rejected, tr("Show Rejected Images")}, {ItemQuery::Filter::Trash, tr("Show the Trash")}};
    int key = Qt::Key_1;
    for (const auto &chip : chips) {
        const ItemQuery::Filter filter = chip.first; // (a structured binding cannot be captured before clang 16)
        QAction *show = view->addAction(chip.second, grid, [grid, filter] { grid->setFilter(filter); });
        show->setShortcut(QKeyCombination(Qt::ALT, Qt::Key(key++)));
    }
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Larger Thumbnails"), grid, [grid] { grid->setTileSize(grid->tileSize() + 32); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Smaller Thumbnails"), grid, [grid] { grid->setTileSize(grid->tileSize() - 32); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
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

    QMenu *help = bar->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("Keyboard Shortcuts"), window, [window] {
        auto *dialog = new ShortcutsDialog(window->menuBar(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *showLog = help->addAction(tr("Show Log"), window, [window] {
        const QString log = LogFile::path();
        if (log.isEmpty()) {
            QMessageBox::information(window, tr("Show Log"),
                tr("There is no log: the folder %1 cannot be written.").arg(QDir::toNativeSeparators(LogFile::defaultFolder())));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(log));
    });
    showLog->setObjectName(QStringLiteral("showLog"));
    showLog->setStatusTip(tr("Open the log file (API keys and tokens in it are redacted)"));
    QAction *about = help->addAction(tr("About LoRA Craft"), window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutLoRACraft"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace lc::ui
