#pragma once

#include "util/ids.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace lc {

// Where a job is, in terms any Tasks panel row can show.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;  // 0: not known yet (busy indicator)
    QString step;      // "Scanning", "Preparing images", "Uploading"...
    QString current;   // the file or item being worked on
};

// A unit of long work the user sees in the Tasks panel: an import, an export, later a captioning run or
// a training. Every job has a kind, a title, progress, cancel, a one-line outcome and a task row. Jobs
// are created by their feature and handed to a JobManager, which owns them.
//
// The state only moves forward: Waiting → Running → Completed | Failed | Canceled. Signals arrive on the
// job's thread (the GUI thread).
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class State { Waiting, Running, Completed, Failed, Canceled };
    Q_ENUM(State)

    ~Job() override;

    virtual QString kind() const = 0;  // "import", "export", ... (the tasks table's kind)
    virtual QString title() const = 0; // "Import into Work/Faces"

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state >= State::Completed; }
    JobProgress progress() const { return m_progress; }
    QString summary() const { return m_summary; } // one line, once finished
    QString error() const { return m_error; }     // why it failed
    TaskId task() const { return m_task; }

    void start();
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested->load(); }
    // Blocks until the job has finished (tests, quitting; never on the GUI thread while it still needs it).
    virtual void waitForFinished() = 0;

Q_SIGNALS:
    void started();
    void progressChanged(const lc::JobProgress &progress);
    void finished(); // state(), summary() and error() say how

protected:
    explicit Job(QObject *parent = nullptr);

    // start() and cancel() hand over to these.
    virtual void doStart() = 0;
    virtual void doCancel() {}

    // For subclasses, on the job's thread.
    void setProgress(const JobProgress &progress);
    void setTask(TaskId task) { m_task = task; }
    void finish(State state, const QString &summary, const QString &error = {});
    // The flag long work polls: set by cancel(), from any thread.
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return m_cancelRequested; }

private:
    State m_state = State::Waiting;
    JobProgress m_progress;
    QString m_summary;
    QString m_error;
    TaskId m_task;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
};

// A job whose work is one blocking function on a worker thread (import, export). The function gets a
// WorkerContext to report progress (coalesced to the job's thread) and to see a cancel; when it returns,
// the job delivers its result on its own thread (delivered()) and finishes.
class WorkerJob : public Job
{
    Q_OBJECT

public:
    ~WorkerJob() override; // cancels and waits: the worker never outlives the job
    void waitForFinished() override;

protected:
    class WorkerContext
    {
    public:
        bool isCanceled() const { return m_cancel->load(); }
        const std::atomic<bool> &cancelFlag() const { return *m_cancel; }
        void progress(const JobProgress &progress) const { m_progress(progress); }

    private:
        friend class WorkerJob;
        std::shared_ptr<std::atomic<bool>> m_cancel;
        std::function<void(const JobProgress &)> m_progress;
    };

    explicit WorkerJob(QObject *parent = nullptr);

    // Runs on the worker thread. Must not touch the job's members except through the context; returns
    // what delivered() needs, as a type-erased value the subclass owns (see ImportJob).
    virtual std::function<void()> work(const WorkerContext &context) = 0;
    // Post progress of another type from the worker to the job's thread (for kind-specific signals).
    void post(std::function<void()> onJobThread) const;
    void setPool(QThreadPool *pool) { m_pool = pool; }

private:
    void doStart() final;

    QThreadPool *m_pool = nullptr; // default: a thread of its own
    std::unique_ptr<QThreadPool> m_ownPool;
    QFuture<void> m_future;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::JobProgress)
