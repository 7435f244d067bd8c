#include "catalogwriter.h"

#include <QPointer>
#include <QtConcurrent>

namespace lc {

CatalogWriter::CatalogWriter(QObject *parent) : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("CatalogWriter"));
    m_pool.setMaxThreadCount(1); // one writer: order is submission order
    m_pool.setExpiryTimeout(-1);
}

CatalogWriter::~CatalogWriter()
{
    m_pool.waitForDone();
}

quint64 CatalogWriter::submit(const QString &what, QList<ItemId> affected, std::function<Result<void>()> job,
    std::function<void(const Result<void> &)> done)
{
    return submitResolving(
        what,
        [affected = std::move(affected), job = std::move(job)](QList<ItemId> &out) {
            out = affected;
            return job();
        },
        std::move(done));
}

quint64 CatalogWriter::submitResolving(const QString &what, ResolvingJob job, std::function<void(const Result<void> &)> done)
{
    ++m_pending;
    const quint64 sequence = ++m_submitted;
    QPointer<CatalogWriter> self(this);
    std::atomic<quint64> *completed = &m_completed; // the pool (and this job) ends before the writer
    (void)QtConcurrent::run(&m_pool, [self, completed, sequence, what, job = std::move(job), done = std::move(done)] {
        QList<ItemId> affected;
        const Result<void> result = job(affected);
        completed->store(sequence, std::memory_order_release);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, what, affected, result, done] {
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
        }, Qt::QueuedConnection);
    });
    return sequence;
}

void CatalogWriter::waitForIdle()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace lc
