#pragma once

#include <QThreadPool>
#include <QtConcurrent>

namespace lc {

// Work handed to another thread through Qt's thread pool, told to ThreadSanitizer. The pool queues tasks
// behind a mutex inside libQt6Core, which distributions build without -fsanitize=thread: TSan cannot see
// that what a thread did before handing work over happens before the pool thread runs it (nor that the
// results happen before the caller reads them), and reports the caller's locals as raced. Under TSan the
// hand-over is announced (release/acquire on a token); otherwise these are the plain calls.
inline void tsanRelease([[maybe_unused]] void *token)
{
#ifdef QT_BUILDING_UNDER_TSAN
    __tsan_release(token);
#endif
}

inline void tsanAcquire([[maybe_unused]] void *token)
{
#ifdef QT_BUILDING_UNDER_TSAN
    __tsan_acquire(token);
#endif
}

// QtConcurrent::blockingMapped<Results>(pool, items, f) (the results in the items' order), with the hand-over
// told to TSan. Each result is written by the call that computes it, into its own slot, before that call
// releases the token (blockingMapped's reduce would append them afterwards, on the pool's threads, where no
// announcement reaches). pool: nullptr for the global pool. Results: a QList of default-constructible values.
template <typename Results, typename Sequence, typename F>
Results blockingMapped(QThreadPool *pool, const Sequence &items, F &&f)
{
    Results results(items.size());
    QList<qsizetype> indexes(items.size());
    for (qsizetype i = 0; i < indexes.size(); ++i)
        indexes[i] = i;
    auto *out = results.data(); // (detached here, once: the calls only write their own slots)
    int token = 0;
    tsanRelease(&token);
    auto compute = [&](qsizetype i) {
        tsanAcquire(&token);
        out[i] = f(items[i]);
        tsanRelease(&token);
    };
    if (pool)
        QtConcurrent::blockingMap(pool, indexes, compute);
    else
        QtConcurrent::blockingMap(indexes, compute);
    tsanAcquire(&token);
    return results;
}

} // namespace lc
