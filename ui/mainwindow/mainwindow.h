#pragma once

#include "catalog/types.h"
#include "library/libraryservice.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTimer;
class QUndoStack;

namespace lc {
class CatalogWriter;
class ImportJob;
class Job;
class JobManager;
class Library;
}

namespace lc::ui {

class DetailPanel;
class GridPanel;
class LibraryPanel;
class TasksPanel;
class Toast;

// Assembles the three panels (library tree | thumbnail grid | detail editor), the tasks dock, menus,
// shortcuts and drag-and-drop, and routes signals between them. Holds no domain logic of its own.
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
    JobManager *jobs() const { return m_jobs; }
    TasksPanel *tasksPanel() const { return m_tasksPanel; }
    CatalogWriter *writer() const { return m_writer; }
    // The window's one edit history: captions, tags, ratings, keep/reject/trash, renames and deletions of
    // every dataset, in the order they were made.
    QUndoStack *undoStack() const { return m_history; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    Dataset currentDataset() const { return m_dataset; }

    // Asks the user a yes/no question (quit during an import, redo a deletion); tests replace it.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;

    // Saves the caption being typed, then undoes or redoes one step (asking before redoing a deletion).
    void undo();
    void redo();
    // Removes stored images no dataset uses any more (after saying how many), keeping those the undo
    // history can still bring back. Runs on the writer, after every pending edit.
    void cleanUpLibrary();

    // Imports paths into a dataset (or, with none, into a new dataset named after the first folder).
    void importPaths(DatasetId dataset, const QStringList &paths);
    // Opens the Export dialog for the current dataset; the export runs in the Tasks panel.
    void exportCurrentDataset();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void selectDataset(const Dataset &dataset);
    void datasetUpdated(const Dataset &dataset);
    void deleteDataset(const Dataset &dataset);
    void deleteWorkspace(const Workspace &workspace);
    void updateUndoActions();
    void showTasks();
    ImportJob *startImport(DatasetId dataset, const QString &datasetName, const QStringList &paths);
    void onJobAdded(Job *job);
    void onJobFinished(Job *job);
    void chooseFilesToImport(bool folder);
    void ensureFirstRun();
    void restoreSettings();
    void saveSettings();
    void updateTaskStatus();

    Library &m_library;
    LibraryService m_service; // before the panels, which keep a reference
    CatalogWriter *m_writer;
    QUndoStack *m_history;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_exportAction = nullptr;
    JobManager *m_jobs;
    LibraryPanel *m_libraryPanel;
    GridPanel *m_grid;
    DetailPanel *m_detail;
    TasksPanel *m_tasksPanel;
    QSplitter *m_splitter;
    Toast *m_toast;
    QProgressBar *m_taskProgress;
    QLabel *m_taskLabel;
    QLabel *m_libraryLabel;
    QTimer *m_reloadGrid;
    QTimer *m_reloadLibrary;
    Dataset m_dataset;
    bool m_firstRunChecked = false;
    bool m_cleaningUp = false; // a gc is queued or running: no import may start
};

} // namespace lc::ui
