#pragma once

#include "catalog/types.h"
#include "library/libraryservice.h"
#include "train/trainingservice.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QTimer;
class QUndoStack;

namespace lc {
class CatalogWriter;
class Job;
class JobManager;
class Library;
}

namespace lc::ui {

class CaptionActions;
class CollectPanel;
class DetailPanel;
class GridPanel;
class HistoryController;
class ItemActions;
class LibraryActions;
class LibraryHealth;
class LibraryPanel;
class Lightbox;
class SelectionContext;
class TaskStatus;
class TagPanel;
class BucketsPanel;
class TasksPanel;
class TrainActions;
class Toast;

// Assembles the window: the three panels (library tree | thumbnail grid | detail editor), the tasks
// dock, the selection context they share, and the controllers that own the actions (history, item
// actions, library actions); routes what one reports to the others; keeps the window's settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    GridPanel *gridPanel() const { return m_grid; }
    DetailPanel *detailPanel() const { return m_detail; }
    Lightbox *lightbox() const { return m_lightbox; }
    JobManager *jobs() const { return m_jobs; }
    TasksPanel *tasksPanel() const { return m_tasksPanel; }
    TagPanel *tagPanel() const { return m_tagPanel; }
    BucketsPanel *bucketsPanel() const { return m_bucketsPanel; }
    QDockWidget *bucketsDock() const { return m_bucketsDock; }
    CollectPanel *collectPanel() const { return m_collectPanel; }
    QDockWidget *collectDock() const { return m_collectDock; }
    ItemActions *itemActions() const { return m_itemActions; }
    CaptionActions *captionActions() const { return m_captionActions; }
    LibraryActions *libraryActions() const { return m_libraryActions; }
    TrainActions *trainActions() const { return m_trainActions; }
    CatalogWriter *writer() const;
    // The window's one edit history (see HistoryController).
    QUndoStack *undoStack() const;
    QAction *undoAction() const;
    QAction *redoAction() const;
    Dataset currentDataset() const;

    // Asks the user a yes/no question (quit during a task, redo a deletion, clean up); tests replace it.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;

    void undo();
    void redo();
    void cleanUpLibrary();
    // Imports paths into a dataset (or, with none, into a new dataset named after the first folder).
    void importPaths(DatasetId dataset, const QStringList &paths);
    // Opens the Export dialog for the current dataset; the export runs in the Tasks panel.
    void exportCurrentDataset();
    // Another launch asked for this window (SingleInstance): raise it. `message` is the library it was asked
    // to open, or importMessage(paths): files, folders or ZIPs given to it (dropped on the launcher), which
    // are imported into the dataset on screen (a new dataset when none is).
    void raiseForAnotherLaunch(const QString &message);
    static QString importMessage(const QStringList &paths);
    // File → Open Library…: a folder dialog, then openLibraryRequested.
    void chooseLibrary();
    // File → Restore Snapshot…: the snapshots dialog (window-modal); a chosen snapshot is handed to the
    // application through restoreSnapshotRequested.
    void showSnapshots();
    LibraryHealth *health() const { return m_health; }

Q_SIGNALS:
    // The user picked another library: the application closes this window and opens that one.
    void openLibraryRequested(const QString &path);
    // The user chose a snapshot to restore: the application closes this window and the library, restores
    // it (Library::restoreSnapshot) and reopens the library.
    void restoreSnapshotRequested(const QString &snapshot);


protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void wire();
    void selectDataset(const Dataset &dataset);
    void datasetUpdated(const Dataset &dataset);
    void showTasks();
    void restoreSettings();
    void saveSettings();

    Library &m_library;
    LibraryService m_service; // before the panels, which keep a reference
    train::TrainingService m_training;
    SelectionContext *m_context;
    HistoryController *m_history;
    ItemActions *m_itemActions;
    JobManager *m_jobs;
    LibraryActions *m_libraryActions;
    LibraryPanel *m_libraryPanel;
    GridPanel *m_grid;
    CaptionActions *m_captionActions;
    TrainActions *m_trainActions;
    DetailPanel *m_detail;
    Lightbox *m_lightbox = nullptr;
    TasksPanel *m_tasksPanel;
    QDockWidget *m_tasksDock;
    TagPanel *m_tagPanel;
    QDockWidget *m_tagsDock;
    BucketsPanel *m_bucketsPanel;
    QDockWidget *m_bucketsDock;
    CollectPanel *m_collectPanel;
    QDockWidget *m_collectDock;
    QSplitter *m_splitter;
    Toast *m_toast;
    LibraryHealth *m_health;
    TaskStatus *m_taskStatus;
    QLabel *m_libraryLabel;
    QTimer *m_reloadGrid;
    QTimer *m_reloadLibrary;
    bool m_firstRunChecked = false;
};

} // namespace lc::ui
