#include "jobmanager.h"

#include "edit/catalogwriter.h"
#include "library/library.h"


namespace lc {

JobManager::JobManager(const Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

JobManager::~JobManager()
{
    cancelAll();
    waitForAll();
    // Jobs are children: deleted with the manager, after they stopped.
}

Job *JobManager::add(std::unique_ptr<Job> owned, Job *after)
{
    Job *job = owned.release();
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    Q_EMIT jobAdded(job);
    if (after && m_jobs.contains(after) && !after->isFinished())
        m_waitingFor[after].append(job);
    else if (after && after->state() != Job::State::Completed)
        job->cancel(); // what it depends on did not complete
    else
        job->start();
    return job;
}

QList<Job *> JobManager::running(const QString &kind) const
{
    QList<Job *> out;
    for (Job *job : m_jobs) {
        if (kind.isEmpty() || job->kind() == kind)
            out.append(job);
    }
    return out;
}

void JobManager::onFinished(Job *job)
{
    m_jobs.removeOne(job);
    const QList<Job *> dependents = m_waitingFor.take(job);
    for (Job *next : dependents) {
        if (job->state() == Job::State::Completed)
            next->start();
        else
            next->cancel();
    }
    Q_EMIT jobFinished(job);
    job->deleteLater();
}

void JobManager::cancelAll()
{
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs)
        job->cancel();
}

void JobManager::waitForAll()
{
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs) {
        if (job->isRunning())
            job->waitForFinished();
    }
}

void JobManager::registerResumable(const QString &kind, Resumer resumer)
{
    m_resumers.insert(kind, resumer);
    // Remote work resumeUnfinished() found before its kind was registered starts now.
    for (qsizetype i = 0; i < m_awaitingResumer.size();) {
        if (m_awaitingResumer[i].kind != kind) {
            ++i;
            continue;
        }
        const TaskRecord task = m_awaitingResumer.takeAt(i);
        if (std::unique_ptr<Job> job = resumer(task))
            add(std::move(job));
    }
}

int JobManager::resumeUnfinished()
{
    auto tasks = Tasks::unfinished(m_library.catalog());
    if (!tasks)
        return 0;
    int resumed = 0;
    QList<TaskId> interrupted;
    for (const TaskRecord &task : *tasks) {
        const Resumer resumer = m_resumers.value(task.kind);
        std::unique_ptr<Job> job = resumer ? resumer(task) : nullptr;
        if (!job) {
            if (!Tasks::remoteKinds().contains(task.kind))
                interrupted.append(task.id);
            else if (!resumer)
                m_awaitingResumer.append(task);
            continue;
        }
        add(std::move(job));
        ++resumed;
    }
    if (!interrupted.isEmpty()) {
        const Catalog *catalog = &m_library.catalog();
        (void)m_library.writer().write<void>(tr("Record interrupted tasks"), [catalog, interrupted]() -> Result<void> {
            return Tasks::markFailed(*catalog, interrupted, tr("Interrupted: LoRA Craft quit before the task finished."));
        });
    }
    return resumed;
}

} // namespace lc
