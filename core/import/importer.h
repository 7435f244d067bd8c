#pragma once

#include "import/importtypes.h"

#include <QList>

#include <atomic>
#include <functional>

class QThreadPool;

namespace lc {

class Library;

// Imports files, folders and ZIP archives into a dataset.
//
// run() only orchestrates: it scans the inputs (sourcescanner), runs processSource() (importpipeline) for
// each source on the library's CPU pool — a bounded number ahead, one image in memory per running
// pipeline — and commits their results in batches through the library's writer (catalog/importrows).
// Objects written for a batch are flushed to disk before the batch commits, so the catalog never refers
// to an object that a crash could lose. Cancel is prompt: what was committed stays consistent and
// visible. Progress and committed-item callbacks are called on the calling thread. The import is
// recorded in the tasks table.
class Importer final
{
public:
    using ProgressFn = std::function<void(const ImportProgress &)>;
    using CommittedFn = std::function<void(const QList<ItemId> &)>;

    explicit Importer(const Library &library);

    void setProgressCallback(ProgressFn fn) { m_progress = std::move(fn); }
    void setCommittedCallback(CommittedFn fn) { m_committed = std::move(fn); }
    // Where the pipelines run; by default the library's CPU pool, or a private pool of
    // ImportOptions::threads threads when that is set (benchmarks, --threads).
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    ImportReport run(const ImportRequest &request, const std::atomic<bool> &cancel);

    // Where the import stores the thumbnail of an object.
    static QString thumbnailPath(const Library &library, const ContentHash &hash, int size);

private:
    const Library &m_library;
    QThreadPool *m_pool = nullptr;
    ProgressFn m_progress;
    CommittedFn m_committed;
};

} // namespace lc
