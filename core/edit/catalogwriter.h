#pragma once

#include "util/ids.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace lc {

// Runs catalog writes off the GUI thread, one at a time and in submission order (an undo must never
// overtake the edit it undoes). Completion is reported on the writer's own thread.
class CatalogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWriter)

public:
    explicit CatalogWriter(QObject *parent = nullptr);
    ~CatalogWriter() override; // waits for pending writes: quitting never loses an edit

    // `what` names the edit for error messages ("Change caption"); `affected` are the items whose
    // displayed data changes.
    // `done`, if given, runs on the writer's thread after the job, before the signals.
    void submit(const QString &what, QList<ItemId> affected, std::function<Result<void>()> job,
        std::function<void(const Result<void> &)> done = {});

    // Blocks until every submitted write has finished (shutdown, tests).
    void waitForIdle();
    int pending() const { return m_pending; }

Q_SIGNALS:
    void itemsChanged(const QList<lc::ItemId> &items);
    void writeFailed(const QString &what, const QString &message);
    void idle();

private:
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace lc
