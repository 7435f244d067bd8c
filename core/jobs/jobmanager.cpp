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
    m_resumers.insert(kind, std::move(resumer));
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

int JobManager::resumeUnfinished(const QString &kind)
{
    const Resumer resumer = m_resumers.value(kind);
    if (!resumer)
        return 0;
    auto tasks = Tasks::unfinished(m_library.catalog());
    if (!tasks)
        return 0;
    int resumed = 0;
    for (const TaskRecord &task : *tasks) {
        if (task.kind != kind)
            continue;
        bool running = false;
        for (const Job *job : std::as_const(m_jobs))
            running = running || job->task() == task.id;
        if (running)
            continue; // already followed
        if (std::unique_ptr<Job> job = resumer(task)) {
            add(std::move(job));
            ++resumed;
        }
    }
    return resumed;
}

} // namespace lc
