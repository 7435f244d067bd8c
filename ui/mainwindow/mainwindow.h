#pragma once

#include "catalog/datasets.h"
#include "catalog/types.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSplitter;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace lc {
class CatalogWriter;
class ImportJob;
class Library;
}

namespace lc::ui {

class DetailPanel;
class GridPanel;
class LibraryPanel;
class TaskManager;
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
    TaskManager *tasks() const { return m_tasks; }
    TasksPanel *tasksPanel() const { return m_tasksPanel; }
    CatalogWriter *writer() const { return m_writer; }
    QUndoGroup *undoGroup() const { return m_undo; }
    QUndoStack *libraryUndoStack() const { return m_libraryStack; }
    Dataset currentDataset() const { return m_dataset; }

    // Imports paths into a dataset (or, with none, into a new dataset named after the first folder).
    void importPaths(DatasetId dataset, const QStringList &paths);
    // Opens the Export dialog for the current dataset; the export runs in the Tasks panel.
    void exportCurrentDataset();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void selectDataset(const Dataset &dataset);
    void onImportStarted(ImportJob *job);
    void chooseFilesToImport(bool folder);
    void ensureFirstRun();
    void restoreSettings();
    void saveSettings();
    void updateTaskStatus();
    void onDatasetDeleted(const DatasetSnapshot &snapshot);

    Library &m_library;
    CatalogWriter *m_writer;
    QUndoGroup *m_undo;
    QHash<DatasetId, QUndoStack *> m_stacks;
    QUndoStack *m_libraryStack; // dataset deletions; active while the library tree has focus
    TaskManager *m_tasks;
    LibraryPanel *m_libraryPanel;
    GridPanel *m_grid;
    DetailPanel *m_detail;
    TasksPanel *m_tasksPanel;
    QSplitter *m_splitter;
    Toast *m_toast;
    QProgressBar *m_taskProgress;
    QLabel *m_taskLabel;
    QTimer *m_reloadGrid;
    QTimer *m_reloadLibrary;
    Dataset m_dataset;
    bool m_firstRunChecked = false;
};

} // namespace lc::ui
