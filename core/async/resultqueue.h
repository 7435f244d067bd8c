#pragma once

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include "util/waitcondition.h"

#include <atomic>

namespace lc::async {

// Where tasks running on a pool hand their results to the one thread that consumes them (an import's
// catalog writes, a captioning run's): started() before a task is queued, push() as its last act, and
// the consumer take()s what arrived. Hold it in a shared_ptr the tasks share: the last task may still be
// leaving push() when the consumer sees nothing in flight and moves on.
template <typename T>
class ResultQueue final
{
public:
    void started() { m_inFlight.fetch_add(1); }
    void push(T result)
    {
        QMutexLocker lock(&m_mutex);
        m_results.append(std::move(result));
        m_inFlight.fetch_sub(1);
        m_wake.wakeAll();
    }
    int inFlight() const { return m_inFlight.load(); }
    // What arrived, waiting up to timeoutMs for something when nothing has yet and tasks are in flight
    // (the consumer reports progress at least that often).
    QList<T> take(int timeoutMs)
    {
        QMutexLocker lock(&m_mutex);
        if (m_results.isEmpty() && m_inFlight.load() > 0 && timeoutMs > 0)
            waitOn(m_wake, &m_mutex, timeoutMs);
        QList<T> out;
        out.swap(m_results);
        return out;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<T> m_results;
    std::atomic<int> m_inFlight{0};
};

} // namespace lc::async
