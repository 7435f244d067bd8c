#pragma once

#include "import/importtypes.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace lc {

class Library;

// The asynchronous face of Importer for the GUI: start() returns at once, progress and batches of
// committed items arrive as queued signals on the job's thread, cancel() is prompt, and finished()
// carries the report. Destroying a running job cancels it and waits for it.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(const Library &library, ImportRequest request, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool isCanceled() const { return m_cancel->load(); }
    const ImportRequest &request() const { return m_request; }
    ImportProgress progress() const { return m_progress; }
    // Valid after finished().
    const ImportReport &report() const { return m_report; }
    // Blocks until the job has finished (tests and the CLI; never call it on the GUI thread).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(const lc::ImportProgress &progress);
    void itemsCommitted(const QList<lc::ItemId> &items);
    void finished(const lc::ImportReport &report);

private:
    const Library &m_library;
    ImportRequest m_request;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThreadPool m_coordinator; // runs Importer::run (the catalog writer)
    QThreadPool m_workers;     // decode/hash/store workers
    QFuture<ImportReport> m_future;
    ImportProgress m_progress;
    ImportReport m_report;
};

} // namespace lc
