#pragma once

#include "import/importtypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace lc {
class ExportJob;
class ImportJob;
class Library;
class LibraryService;
struct ExportPlan;
struct ExportReport;
}

namespace lc::ui {

// Starts and tracks background jobs (imports now; dedup, captioning and export later).
class TaskManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskManager)

public:
    TaskManager(const Library &library, QObject *parent = nullptr);
    ~TaskManager() override; // cancels running jobs and waits for them

    // `datasetName` ("Workspace/Dataset") names the target in the task row and the summary.
    ImportJob *startImport(DatasetId dataset, const QString &datasetName, const QStringList &paths);
    QString datasetNameOf(const ImportJob *job) const { return m_datasetNames.value(job); }
    ExportJob *startExport(const ExportPlan &plan);
    QList<ImportJob *> running() const;
    bool isExporting() const;
    void cancelAll();
    // Blocks until every job has stopped (quitting).
    void waitForAll();

Q_SIGNALS:
    void jobStarted(lc::ImportJob *job);
    void importFinished(lc::ImportJob *job, const lc::ImportReport &report);
    void exportStarted(lc::ExportJob *job);
    void exportFinished(lc::ExportJob *job, const lc::ExportReport &report);

private:
    const Library &m_library;
    QList<ImportJob *> m_jobs;
    QHash<const ImportJob *, QString> m_datasetNames;
    QList<ExportJob *> m_exports;
};

// The task list: each job with its progress bar, current file and cancel button, and finished jobs
// with their outcome and a Details button for the full report.
class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    TasksPanel(TaskManager &tasks, QWidget *parent = nullptr);
    // The title of the newest task row (tests).
    QString latestTitle() const;

    // Adds finished tasks of earlier sessions (from the catalog) below the current ones. An import that a
    // quit or a crash interrupted gets a Resume button.
    void loadHistory(const LibraryService &service);
    int historyCount() const { return m_historyCount; }
    // The history row texts, newest first (tests).
    QStringList historyTexts() const;

    // "Imported 412 into Work/Faces · 3 duplicates · 2 skipped".
    static QString summary(const ImportReport &report, const QString &datasetName = {});
    static void showReport(QWidget *parent, const ImportReport &report);

Q_SIGNALS:
    // Resume an interrupted import: import the same inputs into the same dataset again (what is
    // already there is recognised and skipped).
    void resumeRequested(lc::DatasetId dataset, const QString &datasetName, const QStringList &inputs);

private:
    void addJob(ImportJob *job);
    void addExport(ExportJob *job);

    TaskManager &m_tasks;
    QVBoxLayout *m_list;
    QVBoxLayout *m_history;
    QLabel *m_empty;
    int m_historyCount = 0;
};

} // namespace lc::ui
