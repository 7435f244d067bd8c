#include "importjob.h"

#include "import/importer.h"
#include "library/library.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace lc {

ImportJob::ImportJob(const Library &library, ImportRequest request, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_request(std::move(request))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<lc::ImportProgress>();
    qRegisterMetaType<lc::ImportReport>();
    m_coordinator.setObjectName(QStringLiteral("ImportCoordinator"));
    m_coordinator.setMaxThreadCount(1);
    m_workers.setObjectName(QStringLiteral("ImportWorkers"));
    const int threads = m_request.options.threads;
    m_workers.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
}

ImportJob::~ImportJob()
{
    cancel();
    m_future.waitForFinished();
    m_coordinator.waitForDone();
    m_workers.waitForDone();
}

void ImportJob::start()
{
    if (isRunning())
        return;
    auto *watcher = new QFutureWatcher<ImportReport>(this);
    connect(watcher, &QFutureWatcher<ImportReport>::finished, this, [this, watcher] {
        m_report = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished(m_report);
    });
    // The worker side never touches `this` directly: it posts to it, and Qt drops the posts if the job
    // is gone (the destructor waits for the run anyway).
    QPointer<ImportJob> self(this);
    const Library *library = &m_library;
    QThreadPool *workers = &m_workers;
    auto cancel = m_cancel;
    const ImportRequest request = m_request;
    m_future = QtConcurrent::run(&m_coordinator, [self, library, workers, cancel, request] {
        Importer importer(*library);
        importer.setThreadPool(workers);
        importer.setProgressCallback([self](const ImportProgress &p) {
            if (self) {
                QMetaObject::invokeMethod(self.data(), [self, p] {
                    if (!self)
                        return;
                    self->m_progress = p;
                    Q_EMIT self->progressChanged(p);
                }, Qt::QueuedConnection);
            }
        });
        importer.setCommittedCallback([self](const QList<ItemId> &items) {
            if (self) {
                QMetaObject::invokeMethod(self.data(), [self, items] {
                    if (self)
                        Q_EMIT self->itemsCommitted(items);
                }, Qt::QueuedConnection);
            }
        });
        return importer.run(request, *cancel);
    });
    watcher->setFuture(m_future);
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

bool ImportJob::isRunning() const
{
    return m_future.isRunning();
}

void ImportJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace lc
