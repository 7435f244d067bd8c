#include "exportjob.h"

#include "export/exporter.h"
#include "library/library.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace lc {

ExportJob::ExportJob(const Library &library, ExportPlan plan, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_plan(std::move(plan))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<lc::ExportReport>();
    qRegisterMetaType<lc::ExportProgress>();
    m_pool.setObjectName(QStringLiteral("Export"));
    m_pool.setMaxThreadCount(1);
}

ExportJob::~ExportJob()
{
    cancel();
    m_future.waitForFinished();
    m_pool.waitForDone();
}

void ExportJob::start()
{
    if (isRunning())
        return;
    auto *watcher = new QFutureWatcher<ExportReport>(this);
    connect(watcher, &QFutureWatcher<ExportReport>::finished, this, [this, watcher] {
        m_report = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished(m_report);
    });
    QPointer<ExportJob> self(this);
    const Library *library = &m_library;
    auto cancel = m_cancel;
    const ExportPlan plan = m_plan;
    m_future = QtConcurrent::run(&m_pool, [self, library, cancel, plan] {
        Exporter exporter(*library);
        exporter.setProgressCallback([self](const ExportProgress &p) {
            if (self) {
                QMetaObject::invokeMethod(self.data(), [self, p] {
                    if (!self)
                        return;
                    Q_EMIT self->progressChanged(p.step, p.steps, p.current);
                    Q_EMIT self->progressDetail(p);
                }, Qt::QueuedConnection);
            }
        });
        return exporter.run(plan, *cancel);
    });
    watcher->setFuture(m_future);
}

void ExportJob::cancel()
{
    m_cancel->store(true);
}

bool ExportJob::isRunning() const
{
    return m_future.isRunning();
}

void ExportJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace lc
