#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace lc {
class JobManager;
class Library;
namespace train {
class TrainingService;
}
} // namespace lc

namespace lc::ui {

class SelectionContext;
class TrainDialog;
class TrainingHistoryDialog;

// Dataset → Train on Replicate… (the Train dialog; its training becomes a job of the window) and
// Dataset → Trainings… (the dataset's history; a weights download becomes a job too).
class TrainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainActions)

public:
    TrainActions(const Library &library, const train::TrainingService &service, JobManager &jobs, SelectionContext &context,
        QWidget *window);

    QAction *trainAction() const { return m_train; }
    QAction *historyAction() const { return m_history; }

    void trainCurrentDataset();
    void showHistory();
    // The dialogs open now (tests).
    TrainDialog *trainDialog() const;
    TrainingHistoryDialog *historyDialog() const;

Q_SIGNALS:
    void aboutToWrite();
    void message(const QString &text);

private:
    const Library &m_library;
    const train::TrainingService &m_service;
    JobManager &m_jobs;
    SelectionContext &m_context;
    QWidget *m_window;
    QAction *m_train;
    QAction *m_history;
    QPointer<TrainDialog> m_trainDialog;
    QPointer<TrainingHistoryDialog> m_historyDialog;
};

} // namespace lc::ui
