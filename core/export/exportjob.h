#pragma once

#include "export/exporttypes.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace lc {

class Library;

// The asynchronous face of Exporter for the GUI (like ImportJob): start() returns at once, progress
// arrives as queued signals, cancel() is prompt and leaves no partial output.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    ExportJob(const Library &library, ExportPlan plan, QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    void waitForFinished();
    const ExportPlan &plan() const { return m_plan; }
    const ExportReport &report() const { return m_report; }

Q_SIGNALS:
    // Once per image: (step, steps, current file) of ExportProgress; monotone over the whole export
    // (for a ZIP, steps is 2 x images: prepared, then written into the archive).
    void progressChanged(int done, int total, const QString &current);
    // The same moments with the stage (images / archive / done) and the image counts.
    void progressDetail(const lc::ExportProgress &progress);
    void finished(const lc::ExportReport &report);

private:
    const Library &m_library;
    ExportPlan m_plan;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThreadPool m_pool;
    QFuture<ExportReport> m_future;
    ExportReport m_report;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::ExportReport)
Q_DECLARE_METATYPE(lc::ExportProgress)
