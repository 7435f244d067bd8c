#pragma once

#include "catalog/tasks.h"
#include "jobs/job.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace lc {

class Library;

// Owns every job of a window (or process): starts them (in order when one depends on another), keeps
// them until they finish, then frees them; cancels and waits for all of them when it goes. On the next
// launch it resumes the kinds that can resume (remote work such as a training, registered with
// registerResumable) from their task rows, and records the others a crash interrupted as failed.
class JobManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)

public:
    explicit JobManager(const Library &library, QObject *parent = nullptr);
    ~JobManager() override; // cancels every job and waits for it

    // Takes the job and starts it now, or once `after` has completed (it is canceled if `after` fails or
    // is canceled). Returns the job, valid until jobFinished() for it has been emitted.
    Job *add(std::unique_ptr<Job> job, Job *after = nullptr);

    QList<Job *> jobs() const { return m_jobs; }      // waiting or running
    QList<Job *> running(const QString &kind = {}) const;
    bool isBusy() const { return !m_jobs.isEmpty(); }
    void cancelAll();
    void waitForAll();

    using Resumer = std::function<std::unique_ptr<Job>(const TaskRecord &task)>;
    // A kind registered after resumeUnfinished() (once what its jobs need is known: a token from the
    // keychain) resumes at once the unfinished tasks of that kind it found.
    void registerResumable(const QString &kind, Resumer resumer);
    // Creates jobs for the unfinished tasks of registered kinds; marks unfinished tasks of any other
    // kind failed ("interrupted"), except remote work another process can still follow
    // (Tasks::remoteKinds()). Returns how many jobs it resumed.
    int resumeUnfinished();
    const Library &library() const { return m_library; }

Q_SIGNALS:
    void jobAdded(lc::Job *job);
    // The job has finished; the manager frees it once this returns (copy what you need).
    void jobFinished(lc::Job *job);

private:
    void onFinished(Job *job);

    const Library &m_library;
    QList<Job *> m_jobs;
    QHash<Job *, QList<Job *>> m_waitingFor; // job -> jobs to start when it completes
    QHash<QString, Resumer> m_resumers;
    QList<TaskRecord> m_awaitingResumer; // unfinished remote work of kinds not registered yet
};

} // namespace lc
