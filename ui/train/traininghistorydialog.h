#pragma once

#include "async/async.h"
#include "train/trainingservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace lc {
class JobManager;
}

namespace lc::ui {

// Dataset → Trainings…: every training of the dataset, newest first (status, trainer, destination and
// version, when, how long, GPU time), and for the selected one its inputs, error and last log lines, the
// export it was made from (SHA-256), where its weights went. Download Weights, Copy Model Name, Copy
// Trigger Word, Cancel Training (asks Replicate), Refresh (asks Replicate where it is). Follows the
// trainings running in the window's jobs as they move.
class TrainingHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingHistoryDialog)

public:
    TrainingHistoryDialog(const train::TrainingService &service, JobManager &jobs, const Dataset &dataset, QWidget *parent = nullptr);

    void reload();
    const QList<train::TrainingRecord> &records() const { return m_records; }
    std::optional<train::TrainingRecord> current() const;
    // Chooses the download folder; the window replaces it with a file dialog, tests with a path.
    std::function<QString()> chooseFolder;
    // Lets the user edit the "Try it" prompts (one per line); empty: canceled. Tests replace it.
    std::function<QStringList(const QStringList &)> editPrompts;

    // For tests.
    QTreeWidget *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *copyModelButton() const { return m_copyModel; }
    QPushButton *copyTriggerButton() const { return m_copyTrigger; }
    QPushButton *tryItButton() const { return m_tryIt; }

Q_SIGNALS:
    void reloaded();
    // Download the weights of a succeeded training into dir (the window runs a job for it).
    void downloadRequested(lc::TaskId training, const QString &dir, const QString &title, const QString &token);
    // Run the prompts on the training's new version (the window runs a job for it).
    void tryItRequested(lc::TaskId training, const QStringList &prompts, const QString &title, const QString &token);
    void message(const QString &text);

private:
    void showCurrent();
    void updateButtons();
    void withToken(std::function<void(const QString &)> then);

    const train::TrainingService &m_service;
    JobManager &m_jobs;
    Dataset m_dataset;
    async::Latest<Result<QList<train::TrainingRecord>>> m_loadRun;
    QList<train::TrainingRecord> m_records;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QLabel *m_empty;
    QPushButton *m_download;
    QPushButton *m_copyModel;
    QPushButton *m_copyTrigger;
    QPushButton *m_tryIt;
    QPushButton *m_cancel;
    QPushButton *m_refresh;
    QTimer *m_poll;
};

} // namespace lc::ui
