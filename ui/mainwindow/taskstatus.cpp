#include "taskstatus.h"

#include "jobs/jobmanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace lc::ui {

TaskStatus::TaskStatus(JobManager &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_bar->setFixedWidth(180);
    m_bar->setFixedHeight(10);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    connect(&jobs, &JobManager::jobAdded, this, [this](Job *job) {
        connect(job, &Job::progressChanged, this, &TaskStatus::update);
        update();
    });
    connect(&jobs, &JobManager::jobFinished, this, &TaskStatus::update); // it has left the list by then
    hide();
}

void TaskStatus::update()
{
    const QList<Job *> running = m_jobs.jobs();
    if (running.isEmpty()) {
        hide();
        return;
    }
    // A percentage, not the raw figures: a download's total is in bytes, an import's in files. A job that
    // does not know its total yet (a training waiting for a GPU) makes the bar a busy indicator.
    qint64 done = 0, total = 0;
    bool unknown = false;
    for (Job *job : running) {
        done += job->progress().done;
        total += job->progress().total;
        unknown = unknown || job->progress().total <= 0;
    }
    const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
    m_bar->setRange(0, unknown ? 0 : 100);
    m_bar->setValue(percent);
    const QString what = running.size() == 1 ? (running.first()->progress().step.isEmpty() ? running.first()->title()
                                                                                          : running.first()->progress().step)
                                             : tr("%n task(s)", nullptr, int(running.size()));
    m_label->setText(unknown ? what : tr("%1 · %2 %").arg(what).arg(percent));
    show();
}

} // namespace lc::ui
