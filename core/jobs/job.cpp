#include "job.h"

#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

namespace lc {

Job::Job(QObject *parent)
    : QObject(parent)
    , m_cancelRequested(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<lc::JobProgress>();
}

Job::~Job() = default;

void Job::start()
{
    if (m_state != State::Waiting)
        return;
    m_state = State::Running;
    Q_EMIT started();
    doStart();
}

void Job::cancel()
{
    if (isFinished())
        return;
    m_cancelRequested->store(true);
    if (m_state == State::Waiting) {
        finish(State::Canceled, tr("Canceled before it started"));
        return;
    }
    doCancel();
}

void Job::setProgress(const JobProgress &progress)
{
    m_progress = progress;
    Q_EMIT progressChanged(progress);
}

void Job::finish(State state, const QString &summary, const QString &error)
{
    if (isFinished())
        return;
    m_state = state;
    m_summary = summary;
    m_error = error;
    Q_EMIT finished();
}

WorkerJob::WorkerJob(QObject *parent) : Job(parent) {}

WorkerJob::~WorkerJob()
{
    cancelFlag()->store(true);
    m_future.waitForFinished();
}

void WorkerJob::waitForFinished()
{
    m_future.waitForFinished();
}

void WorkerJob::post(std::function<void()> onJobThread) const
{
    QMetaObject::invokeMethod(const_cast<WorkerJob *>(this), std::move(onJobThread), Qt::QueuedConnection);
}

void WorkerJob::doStart()
{
    if (!m_pool) {
        m_ownPool = std::make_unique<QThreadPool>();
        m_ownPool->setMaxThreadCount(1);
        m_pool = m_ownPool.get();
    }
    WorkerContext context;
    context.m_cancel = cancelFlag();
    // Progress goes to the job's thread as a queued call; Qt drops it if the job is gone meanwhile.
    QPointer<WorkerJob> self(this);
    context.m_progress = [self](const JobProgress &progress) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, progress] {
                if (self && self->isRunning())
                    self->setProgress(progress);
            }, Qt::QueuedConnection);
    };
    // The destructor waits for this future, so `this` outlives the work.
    m_future = QtConcurrent::run(m_pool, [this, context] {
        std::function<void()> deliver = work(context);
        post(std::move(deliver));
    });
}

} // namespace lc
