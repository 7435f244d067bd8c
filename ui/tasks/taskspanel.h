#pragma once

#include "import/importtypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace lc {
class Job;
class JobManager;
class LibraryService;
}

namespace lc::ui {

// The task list: every job of the JobManager (any kind) with its progress, current step and Cancel, then
// its outcome; an import's row has Details for its full report. Below: earlier sessions' tasks.
class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    TasksPanel(JobManager &jobs, QWidget *parent = nullptr);
    // The title of the newest task row (tests).
    QString latestTitle() const;

    // Adds finished tasks of earlier sessions (from the catalog) below the current ones. An import that a
    // quit or a crash interrupted gets a Resume button.
    void loadHistory(const LibraryService &service);
    int historyCount() const { return m_historyCount; }
    // The history row texts, newest first (tests).
    QStringList historyTexts() const;
    // Removes the finished tasks of this session and the earlier sessions' list (Clear); running ones stay.
    void clearFinished();
    int taskCount() const; // rows of this session's tasks (tests)

    // "Imported 412 into Work/Faces · 3 duplicates · 2 skipped".
    static QString summary(const ImportReport &report, const QString &datasetName = {});
    static void showReport(QWidget *parent, const ImportReport &report);

Q_SIGNALS:
    // Resume an interrupted import: import the same inputs into the same dataset again (what is
    // already there is recognised and skipped).
    void resumeRequested(lc::DatasetId dataset, const QString &datasetName, const QStringList &inputs);
    // Resume an interrupted captioning run: what it captioned is not sent again.
    void captionResumeRequested(lc::TaskId task);

private:
    void addJob(Job *job);

    QVBoxLayout *m_list;
    QVBoxLayout *m_history;
    QLabel *m_empty;
    int m_historyCount = 0;
};

} // namespace lc::ui
