#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace lc {
class JobManager;
}

namespace lc::ui {

// The status bar's summary of the running jobs: "Importing · 120 / 400" and a thin progress bar;
// hidden when nothing runs.
class TaskStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStatus)

public:
    explicit TaskStatus(JobManager &jobs, QWidget *parent = nullptr);
    void update();

private:
    JobManager &m_jobs;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace lc::ui
