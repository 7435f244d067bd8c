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
    qint64 done = 0, total = 0;
    for (Job *job : running) {
        done += job->progress().done;
        total += job->progress().total;
    }
    m_bar->setRange(0, int(std::clamp<qint64>(total, 1, INT_MAX)));
    m_bar->setValue(int(std::min<qint64>(done, INT_MAX)));
    m_label->setText(running.size() == 1 ? tr("%1 · %2 / %3").arg(running.first()->progress().step).arg(done).arg(total)
                                         : tr("%1 tasks · %2 / %3").arg(running.size()).arg(done).arg(total));
    show();
}

} // namespace lc::ui
