#include "catalogwriter.h"

#include "catalog/catalog.h"
#include "util/waitcondition.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

namespace lc {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "loracraft.catalog.writer")

// A burst of edits shares one transaction up to this many writes (one fsync for all of them).
constexpr std::size_t MaxBatch = 256;

} // namespace

CatalogWriter::CatalogWriter(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("CatalogWriter"));
    m_thread->start();
}

CatalogWriter::~CatalogWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait(); // the loop empties the queue before it returns
    delete m_thread;
}

quint64 CatalogWriter::submit(const QString &what, QList<ItemId> affected, std::function<Result<void>()> job,
    std::function<void(const Result<void> &)> done, Mode mode)
{
    return submitResolving(
        what,
        [affected = std::move(affected), job = std::move(job)](QList<ItemId> &out) {
            out = affected;
            return job();
        },
        std::move(done), mode);
}

quint64 CatalogWriter::submitResolving(const QString &what, ResolvingJob job, std::function<void(const Result<void> &)> done, Mode mode)
{
    ++m_pending;
    return enqueue(what, mode, std::move(job), {}, std::move(done), true);
}

quint64 CatalogWriter::enqueue(const QString &what, Mode mode, ResolvingJob run, std::function<void(const Result<void> &)> onWriter,
    std::function<void(const Result<void> &)> done, bool notifies)
{
    auto job = std::make_unique<Job>();
    job->what = what;
    job->mode = mode;
    job->run = std::move(run);
    job->onWriter = std::move(onWriter);
    job->done = std::move(done);
    job->notifies = notifies;
    QMutexLocker lock(&m_mutex);
    job->sequence = m_submitted.fetch_add(1, std::memory_order_acq_rel) + 1;
    const quint64 sequence = job->sequence;
    m_queue.push_back(std::move(job));
    m_wake.wakeOne();
    return sequence;
}

void CatalogWriter::loop()
{
    for (;;) {
        std::vector<std::unique_ptr<Job>> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                waitOn(m_wake, &m_mutex);
            if (m_queue.empty()) // stopping, and nothing left to write
                break;
            // A burst of batched writes, or one write that must run alone.
            if (m_queue.front()->mode == Mode::Alone) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            } else {
                while (!m_queue.empty() && m_queue.front()->mode == Mode::Batched && batch.size() < MaxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            m_busy = true;
        }
        runBatch(batch);
        QMutexLocker lock(&m_mutex);
        m_busy = false;
        if (m_queue.empty())
            m_drained.wakeAll();
    }
}

void CatalogWriter::runBatch(std::vector<std::unique_ptr<Job>> &batch)
{
    std::vector<Result<void>> results(batch.size());
    std::vector<QList<ItemId>> affected(batch.size());
    auto runAll = [&] {
        for (std::size_t i = 0; i < batch.size(); ++i)
            results[i] = batch[i]->run(affected[i]);
    };
    if (batch.front()->mode == Mode::Alone) {
        runAll();
    } else {
        // One transaction for the burst; each write is its own savepoint inside it (Catalog::write nests).
        const Result<void> committed = m_catalog.transaction([&]() -> Result<void> {
            for (std::size_t i = 0; i < batch.size(); ++i)
                results[i] = m_catalog.transaction([&] { return batch[i]->run(affected[i]); });
            return {};
        });
        if (!committed) {
            qCWarning(lcWriter) << "a batch of" << batch.size() << "writes failed to commit:" << committed.error().message;
            for (auto &r : results)
                r = committed;
        }
    }
    for (std::size_t i = 0; i < batch.size(); ++i)
        finishJob(*batch[i], results[i], affected[i]);
}

void CatalogWriter::finishJob(Job &job, const Result<void> &result, const QList<ItemId> &affected)
{
    m_completed.store(job.sequence, std::memory_order_release);
    if (job.onWriter)
        job.onWriter(result);
    if (!job.notifies)
        return;
    QPointer<CatalogWriter> self(this);
    QMetaObject::invokeMethod(this,
        [self, what = job.what, affected, result, done = std::move(job.done)] {
            if (!self)
                return;
            --self->m_pending;
            if (done)
                done(result);
            if (result.ok())
                Q_EMIT self->itemsChanged(affected);
            else
                Q_EMIT self->writeFailed(what, result.error().message);
            if (self->m_pending == 0)
                Q_EMIT self->idle();
        },
        Qt::QueuedConnection);
}

void CatalogWriter::waitForIdle()
{
    {
        QMutexLocker lock(&m_mutex);
        while (!m_queue.empty() || m_busy)
            waitOn(m_drained, &m_mutex);
    }
    QCoreApplication::sendPostedEvents(this);
}

} // namespace lc
