#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <type_traits>

// One pattern for background work (after Qt Creator's utils/async.h): work runs on a named pool and
// returns a QFuture; results reach the GUI through onResult() with a guard object, so they never reach
// a deleted receiver; a Latest keeps only the newest of a series of requests; the owner of the work
// (the Library) registers it with a FutureSynchronizer that cancels and waits before anything the work
// uses goes away.

namespace lc::async {

// The thread pools of one library, sized once for the machine. Separate pools keep a long import from
// starving the grid's thumbnails or the editor's reads.
class Pools final
{
public:
    Pools();
    ~Pools(); // waits for everything still running
    Pools(const Pools &) = delete;
    Pools &operator=(const Pools &) = delete;

    QThreadPool *reads() { return &m_reads; }           // catalog reads and small file loads for the UI
    QThreadPool *thumbnails() { return &m_thumbnails; } // decoding thumbnails for the grid
    QThreadPool *cpu() { return &m_cpu; }               // hashing, decoding, encoding: imports, exports, checks
    void waitForDone();

private:
    QThreadPool m_reads;
    QThreadPool m_thumbnails;
    QThreadPool m_cpu;
};

template <typename F>
auto run(QThreadPool *pool, F &&f) -> QFuture<std::invoke_result_t<std::decay_t<F>>>
{
    return QtConcurrent::run(pool, std::forward<F>(f));
}

// Calls f(result) on guard's thread once the future has a result, unless guard was destroyed or the
// future was canceled first.
template <typename T, typename F>
void onResult(const QFuture<T> &future, QObject *guard, F &&f)
{
    auto *watcher = new QFutureWatcher<T>(guard);
    QObject::connect(watcher, &QFutureWatcherBase::finished, guard, [watcher, f = std::forward<F>(f)]() mutable {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0)
            return;
        f(done.result());
    });
    watcher->setFuture(future);
}

// Keeps only the newest of a series of requests (a query re-run as the user types): starting one
// cancels the previous, whose result, should it still arrive, is dropped. Replaces hand-written
// "generation" counters. Must be a member of the guard object it delivers to.
template <typename T>
class Latest final
{
public:
    template <typename F>
    void start(const QFuture<T> &future, QObject *guard, F &&f)
    {
        m_current.cancel();
        m_current = future;
        const quint64 ticket = ++m_ticket;
        m_waiting = true;
        auto *watcher = new QFutureWatcher<T>(guard);
        QObject::connect(watcher, &QFutureWatcherBase::finished, guard, [this, watcher, ticket, f = std::forward<F>(f)]() mutable {
            watcher->deleteLater();
            if (ticket != m_ticket)
                return; // a newer request replaced this one
            m_waiting = false;
            const QFuture<T> done = watcher->future();
            if (!done.isCanceled() && done.resultCount() > 0)
                f(done.result());
        });
        watcher->setFuture(future);
    }
    // True from start() until the newest request was delivered (or canceled).
    bool isRunning() const { return m_waiting; }
    // Drops whatever is in flight.
    void cancel()
    {
        m_current.cancel();
        ++m_ticket;
        m_waiting = false;
    }

private:
    QFuture<T> m_current;
    quint64 m_ticket = 0;
    bool m_waiting = false;
};

// Collects the futures of work that uses an object, to cancel and wait for them before the object goes.
// Thread-safe; finished futures are dropped as new ones come in.
class FutureSynchronizer final
{
public:
    FutureSynchronizer() = default;
    ~FutureSynchronizer() { cancelAndWait(); }
    FutureSynchronizer(const FutureSynchronizer &) = delete;
    FutureSynchronizer &operator=(const FutureSynchronizer &) = delete;

    template <typename T>
    void add(const QFuture<T> &future)
    {
        QMutexLocker lock(&m_mutex);
        m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_futures.append(QFuture<void>(future));
    }
    void cancelAndWait()
    {
        QList<QFuture<void>> futures;
        {
            QMutexLocker lock(&m_mutex);
            futures.swap(m_futures);
        }
        for (QFuture<void> &f : futures)
            f.cancel();
        for (QFuture<void> &f : futures)
            f.waitForFinished();
    }
    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_futures.size());
    }

private:
    mutable QMutex m_mutex;
    QList<QFuture<void>> m_futures;
};

} // namespace lc::async
