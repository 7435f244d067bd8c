#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

namespace lc {

// QWaitCondition::wait(), told to ThreadSanitizer. The wait unlocks and relocks the mutex inside
// libQt6Core; a Qt built without -fsanitize=thread (every distribution's) does that without the
// annotations its inline QMutex code gives TSan, so TSan would take the next lock of the mutex for a
// "double lock". Under TSan the unlock and relock are announced here; otherwise this is wait() itself.
inline bool waitOn(QWaitCondition &condition, QMutex *locked, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever))
{
#ifdef QT_BUILDING_UNDER_TSAN
    __tsan_mutex_pre_unlock(locked, 0);
    __tsan_mutex_post_unlock(locked, 0);
#endif
    const bool woken = condition.wait(locked, deadline);
#ifdef QT_BUILDING_UNDER_TSAN
    __tsan_mutex_pre_lock(locked, 0);
    __tsan_mutex_post_lock(locked, 0, 0);
#endif
    return woken;
}

inline bool waitOn(QWaitCondition &condition, QMutex *locked, int milliseconds)
{
    return waitOn(condition, locked, QDeadlineTimer(milliseconds));
}

} // namespace lc
