// The job framework: the manager owns, orders, frees, cancels and resumes jobs.
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "catalog/tasks.h"
#include "edit/catalogwriter.h"
#include "jobs/jobmanager.h"
#include "testlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

using namespace lc;
using namespace lc::test;

namespace {

// Counts to `steps`, one step per millisecond, unless canceled; fails when told to.
class CountingJob final : public WorkerJob
{
public:
    CountingJob(int steps, bool fail = false, TaskId task = {}) : m_steps(steps), m_fail(fail) { setTask(task); }
    ~CountingJob() override
    {
        cancelFlag()->store(true);
        waitForFinished();
    }
    QString kind() const override { return QStringLiteral("counting"); }
    QString title() const override { return QStringLiteral("Count to %1").arg(m_steps); }
    int delivered = 0;

protected:
    std::function<void()> work(const WorkerContext &context) override
    {
        int done = 0;
        for (; done < m_steps && !context.isCanceled(); ++done) {
            QThread::msleep(1);
            context.progress({done + 1, m_steps, QStringLiteral("Counting"), QString::number(done + 1)});
        }
        const bool canceled = context.isCanceled();
        return [this, done, canceled] {
            ++delivered;
            if (canceled)
                finish(State::Canceled, QStringLiteral("stopped at %1").arg(done));
            else if (m_fail)
                finish(State::Failed, QStringLiteral("failed"), QStringLiteral("told to fail"));
            else
                finish(State::Completed, QStringLiteral("counted %1").arg(done));
        };
    }

private:
    int m_steps;
    bool m_fail;
};

bool waitFor(const std::function<bool()> &condition, int ms = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return condition();
}

} // namespace

TEST_CASE("The job manager starts jobs, relays progress, and frees them once they finished")
{
    TempLibrary lib;
    JobManager manager(*lib);
    QList<Job *> added, finished;
    QString summary;
    QObject::connect(&manager, &JobManager::jobAdded, &manager, [&](Job *j) { added << j; });
    QObject::connect(&manager, &JobManager::jobFinished, &manager, [&](Job *j) {
        finished << j;
        summary = j->summary(); // still valid here
    });
    auto *job = manager.add(std::make_unique<CountingJob>(20));
    QPointer<Job> watch(job);
    int progress = 0;
    QObject::connect(job, &Job::progressChanged, &manager, [&](const JobProgress &p) { progress = int(p.done); });
    CHECK(job->isRunning());
    CHECK(manager.isBusy());
    REQUIRE(waitFor([&] { return watch.isNull(); }));
    CHECK(added.size() == 1);
    CHECK(finished.size() == 1);
    CHECK(summary == QStringLiteral("counted 20"));
    CHECK(progress == 20);
    CHECK_FALSE(manager.isBusy());
}

TEST_CASE("A job that depends on another starts after it completes, and is canceled when it does not")
{
    TempLibrary lib;
    JobManager manager(*lib);
    QStringList order;
    QObject::connect(&manager, &JobManager::jobFinished, &manager,
        [&](Job *j) { order << j->title() + QLatin1Char('=') + QString::number(int(j->state())); });
    Job *first = manager.add(std::make_unique<CountingJob>(30));
    Job *second = manager.add(std::make_unique<CountingJob>(5), first);
    CHECK(second->state() == Job::State::Waiting);
    REQUIRE(waitFor([&] { return order.size() == 2; }));
    CHECK(order == QStringList{QStringLiteral("Count to 30=2"), QStringLiteral("Count to 5=2")}); // 2 = Completed

    order.clear();
    Job *failing = manager.add(std::make_unique<CountingJob>(10, true));
    Job *after = manager.add(std::make_unique<CountingJob>(5), failing);
    QPointer<Job> watchAfter(after);
    REQUIRE(waitFor([&] { return order.size() == 2; }));
    CHECK(order.contains(QStringLiteral("Count to 10=3"))); // Failed
    CHECK(order.contains(QStringLiteral("Count to 5=4")));  // Canceled, never started
}

TEST_CASE("Canceling stops running jobs promptly, the manager waits for them when it goes")
{
    TempLibrary lib;
    QPointer<Job> watch;
    {
        JobManager manager(*lib);
        auto *job = manager.add(std::make_unique<CountingJob>(100000));
        watch = job;
        QThread::msleep(30);
        CHECK(job->isRunning());
    } // the destructor cancels and waits: the worker never outlives its job
    CHECK(watch.isNull());
}

TEST_CASE("After a restart, remote work is resumed from its task row, local work a crash cut off is recorded as failed")
{
    TempLibrary lib;
    auto insert = [&](const QString &kind) {
        auto id = lib->catalog().write([&](QSqlDatabase &db) {
            return Tasks::create(db, kind, DatasetId(), QStringLiteral("working"), 0, QStringLiteral("{\"remote_id\":\"abc\"}"));
        });
        REQUIRE(id.ok());
        return *id;
    };
    const TaskId remote = insert(QStringLiteral("counting"));
    const TaskId local = insert(QStringLiteral("import"));
    const TaskId unknown = insert(QStringLiteral("something-else"));
    const TaskId training = insert(QStringLiteral("training")); // goes on on Replicate; the CLI can follow it
    lib.close(); // as if the process died with all three running
    lib.reopen();
    // Opening writes off only the local kinds.
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'running'")) == 3);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'failed' AND id = %1").arg(local.value())) == 1);

    JobManager manager(*lib);
    QString resumedReport;
    manager.registerResumable(QStringLiteral("counting"), [&](const TaskRecord &task) -> std::unique_ptr<Job> {
        resumedReport = task.report;
        return std::make_unique<CountingJob>(5, false, task.id);
    });
    QList<TaskId> finishedTasks;
    QObject::connect(&manager, &JobManager::jobFinished, &manager, [&](Job *j) { finishedTasks << j->task(); });
    CHECK(manager.resumeUnfinished() == 1);
    CHECK(resumedReport == QStringLiteral("{\"remote_id\":\"abc\"}"));
    REQUIRE(waitFor([&] { return finishedTasks.size() == 1; }));
    CHECK(finishedTasks.first() == remote);
    lib->writer().waitForIdle();
    // A kind nobody can resume is not left "running" forever.
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'failed' AND id = %1").arg(unknown.value())) == 1);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'running' AND id = %1").arg(remote.value())) == 1);
    // Remote work this process has no job for is left running, not written off...
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'running' AND id = %1").arg(training.value())) == 1);
    // ...and is resumed once its kind is registered (a token known later).
    TaskId resumedLater;
    manager.registerResumable(QStringLiteral("training"), [&](const TaskRecord &task) -> std::unique_ptr<Job> {
        resumedLater = task.id;
        return std::make_unique<CountingJob>(5, false, task.id);
    });
    CHECK(resumedLater == training);
    REQUIRE(waitFor([&] { return finishedTasks.size() == 2; }));
    CHECK(finishedTasks.last() == training);
}
