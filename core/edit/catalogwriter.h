#pragma once

#include "edit/idmap.h"
#include "util/ids.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace lc {

// Runs catalog writes off the GUI thread, one at a time and in submission order (an undo must never
// overtake the edit it undoes). Jobs run on the writer's pool thread; `done` and the signals are
// delivered on the thread that owns the writer (the GUI thread).
class CatalogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWriter)

public:
    explicit CatalogWriter(QObject *parent = nullptr);
    ~CatalogWriter() override; // waits for pending writes: quitting never loses an edit

    // `what` names the edit for error messages ("Change caption"); `affected` are the items whose
    // displayed data changes.
    // `done`, if given, runs on the owner's thread after the job, before the signals.
    // Returns the write's sequence number (see completed()).
    quint64 submit(const QString &what, QList<ItemId> affected, std::function<Result<void>()> job,
        std::function<void(const Result<void> &)> done = {});
    // The same, for jobs that only know on the writer which rows they changed (ids resolved through
    // ids()): the job fills `affected`, and itemsChanged reports what it wrote.
    using ResolvingJob = std::function<Result<void>(QList<ItemId> &affected)>;
    quint64 submitResolving(const QString &what, ResolvingJob job, std::function<void(const Result<void> &)> done = {});

    // Sequence number of the last write whose job has finished (on the writer's thread: a read started
    // after completed() >= n sees write n). Thread-safe.
    quint64 completed() const { return m_completed.load(std::memory_order_acquire); }
    quint64 lastSubmitted() const { return m_submitted; }

    // Where undone deletions put rows they could not give their old ids back (see IdMap).
    IdMap &ids() { return m_ids; }
    const IdMap &ids() const { return m_ids; }

    // Blocks until every submitted write has finished (shutdown, tests).
    void waitForIdle();
    int pending() const { return m_pending; }

Q_SIGNALS:
    void itemsChanged(const QList<lc::ItemId> &items);
    void writeFailed(const QString &what, const QString &message);
    void idle();

private:
    QThreadPool m_pool;
    IdMap m_ids;
    int m_pending = 0;
    quint64 m_submitted = 0;
    std::atomic<quint64> m_completed{0};
};

} // namespace lc
