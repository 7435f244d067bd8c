#pragma once

#include "catalog/catalog.h"
#include "edit/idmap.h"
#include "util/ids.h"
#include "util/result.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace lc {

class Catalog;

// The one writer of a library's catalog in this process: every write (undo commands, library edits,
// import batches, task records, maintenance) runs on its thread, in submission order, so an undo never
// overtakes the edit it undoes and a deletion never misses an edit queued before it. Consecutive
// writes share one transaction (each in its own savepoint, so one failing write undoes only itself);
// nothing a batch wrote is visible, or reported done, before its COMMIT.
//
// Two faces: submit() for undo commands, whose completion comes back as signals on the owner's thread
// (the GUI thread); write() for services and jobs, whose result comes back as a QFuture.
class CatalogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWriter)

public:
    // Batched: inside the batch transaction. Alone: outside any transaction, by itself (work with side
    // effects beyond the catalog, such as gc removing files after its rows, which must not run before a
    // COMMIT).
    enum class Mode { Batched, Alone };

    explicit CatalogWriter(const Catalog &catalog, QObject *parent = nullptr);
    ~CatalogWriter() override; // runs every queued write first: quitting never loses an edit

    const Catalog &catalog() const { return m_catalog; }

    // `what` names the edit for error messages ("Change caption"); `affected` are the items whose
    // displayed data changes. `done`, if given, runs on the owner's thread after the write committed
    // (or failed), before the signals. Returns the write's sequence number (see completed()).
    quint64 submit(const QString &what, QList<ItemId> affected, std::function<Result<void>()> job,
        std::function<void(const Result<void> &)> done = {}, Mode mode = Mode::Batched);
    // The same, for jobs that only know on the writer which rows they changed (ids resolved through
    // ids()): the job fills `affected`, and itemsChanged reports what it wrote.
    using ResolvingJob = std::function<Result<void>(QList<ItemId> &affected)>;
    quint64 submitResolving(const QString &what, ResolvingJob job, std::function<void(const Result<void> &)> done = {},
        Mode mode = Mode::Batched);

    // Runs f on the writer; the future holds its result once the batch committed (or the error that
    // stopped it). Waiting on the future from the writer's own thread would deadlock: never do that.
    template <typename T>
    QFuture<Result<T>> write(const QString &what, std::function<Result<T>()> f, Mode mode = Mode::Batched)
    {
        return writeFor<T>(what, mode, std::nullopt, std::move(f));
    }
    // The same for a write that changes what items display: itemsChanged reports `affected` once it
    // committed, so every view follows. On the owner's thread, like submit().
    template <typename T>
    QFuture<Result<T>> write(const QString &what, QList<ItemId> affected, std::function<Result<T>()> f)
    {
        return writeFor<T>(what, Mode::Batched, std::move(affected), std::move(f));
    }

    // Runs f(db) as a catalog write on the writer, in order with everything else, and waits for its
    // committed result: for worker threads that write in steps (an import's batches, task records).
    // Never call it on the writer's own thread.
    template <typename F>
    auto writeAndWait(const QString &what, F &&f)
    {
        using R = decltype(m_catalog.write(f)); // what f returns
        const Catalog *catalog = &m_catalog;
        return write<typename R::ValueType>(what, [catalog, &f]() -> R { return catalog->write(f); }).result();
    }

    // Blocks until every submitted write has finished and its completion was delivered (shutdown, tests).
    // Must be called on the owner's thread.
    void waitForIdle();
    // Writes submitted through submit() whose completion has not been delivered yet.
    int pending() const { return m_pending; }

    // Sequence number of the last write whose batch has committed (a read started after completed() >= n
    // sees write n). Thread-safe.
    quint64 completed() const { return m_completed.load(std::memory_order_acquire); }
    quint64 lastSubmitted() const { return m_submitted.load(std::memory_order_acquire); }

    // Where undone deletions put rows they could not give their old ids back (see IdMap).
    IdMap &ids() { return m_ids; }
    const IdMap &ids() const { return m_ids; }

Q_SIGNALS:
    void itemsChanged(const QList<lc::ItemId> &items);
    void writeFailed(const QString &what, const QString &message);
    void idle();

private:
    struct Job
    {
        quint64 sequence = 0;
        QString what;
        Mode mode = Mode::Batched;
        ResolvingJob run;
        // On the writer thread, after the batch committed: `result` is the write's own result, or the
        // commit's error.
        std::function<void(const Result<void> &result)> onWriter;
        // On the owner's thread (submit() only).
        std::function<void(const Result<void> &)> done;
        bool notifies = false;
    };
    template <typename T>
    QFuture<Result<T>> writeFor(const QString &what, Mode mode, std::optional<QList<ItemId>> affected, std::function<Result<T>()> f)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        auto value = std::make_shared<std::optional<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        const bool notifies = affected.has_value();
        if (notifies)
            ++m_pending; // delivered, and counted down, on the owner's thread
        enqueue(what, mode,
            [f = std::move(f), value, affected = std::move(affected)](QList<ItemId> &out) -> Result<void> {
                if (affected)
                    out = *affected;
                value->emplace(f());
                return (*value)->ok() ? Result<void>() : Result<void>((*value)->error());
            },
            [promise, value](const Result<void> &result) {
                // `result` is the write's own, or the error of a batch that failed to commit.
                promise->addResult(result.ok() ? **value : Result<T>(result.error()));
                promise->finish();
            },
            nullptr, notifies);
        return future;
    }
    quint64 enqueue(const QString &what, Mode mode, ResolvingJob run, std::function<void(const Result<void> &)> onWriter,
        std::function<void(const Result<void> &)> done, bool notifies = false);
    void loop();
    void runBatch(std::vector<std::unique_ptr<Job>> &batch);
    void finishJob(Job &job, const Result<void> &result, const QList<ItemId> &affected);

    const Catalog &m_catalog;
    IdMap m_ids;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_drained;
    std::deque<std::unique_ptr<Job>> m_queue; // guarded by m_mutex
    bool m_busy = false;                      // guarded by m_mutex: a batch is running
    bool m_stopping = false;                  // guarded by m_mutex
    int m_pending = 0;                        // owner's thread
    std::atomic<quint64> m_submitted{0};
    std::atomic<quint64> m_completed{0};
};

} // namespace lc
