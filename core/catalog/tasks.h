#pragma once

#include "util/ids.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lc {

class Catalog;

// One row of the tasks table: a job's record, which outlives the process.
struct TaskRecord
{
    TaskId id;
    QString kind;   // "import", "export", ...
    QString status; // pending, running, completed, failed, canceled
    DatasetId dataset;
    qint64 progress = 0;
    qint64 total = 0;
    QString message;
    QString error;
    QString report; // JSON: what the job needs to show its outcome, or to resume
    qint64 createdAt = 0;  // ms since the epoch (as the table keeps them); 0: not yet
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
};

// The tasks table: every job records itself here (the Tasks panel's history, resuming after a restart).
// The functions that take a connection run in the caller's transaction (a job writing several statements
// through the writer at once); those that take the Catalog run in a write of their own, which is a
// savepoint when the caller is inside one (the writer's batch).
namespace Tasks {

// The kinds whose work lives in this process only: one left running by a crash can never finish.
// Other kinds (remote work, such as a training on a server) stay running for their job to resume.
const QStringList &localKinds();
// The kinds whose work goes on elsewhere (a training on Replicate) and that any LoRA Craft process can
// follow later (loracraft-cli train status): never written off as interrupted by a process that has no
// job for them.
const QStringList &remoteKinds();

Result<TaskId> create(QSqlDatabase db, const QString &kind, DatasetId dataset, const QString &message, qint64 total = 0,
    const QString &report = {});
Result<void> updateProgress(QSqlDatabase db, TaskId task, qint64 progress, qint64 total, const QString &message);
// Ends a task: status is completed, failed or canceled.
Result<void> finish(QSqlDatabase db, TaskId task, const QString &status, qint64 progress, qint64 total, const QString &message,
    const QString &error, const QString &report);
Result<TaskId> create(const Catalog &catalog, const QString &kind, DatasetId dataset, const QString &message,
    qint64 total = 0, const QString &report = {});
Result<void> updateProgress(const Catalog &catalog, TaskId task, qint64 progress, qint64 total, const QString &message);
Result<void> finish(const Catalog &catalog, TaskId task, const QString &status, qint64 progress, qint64 total,
    const QString &message, const QString &error, const QString &report);
// Ends an unfinished task as failed, keeping its report.
Result<void> markFailed(QSqlDatabase db, TaskId task, const QString &error);
Result<void> markFailed(const Catalog &catalog, const QList<TaskId> &tasks, const QString &error);
// Stores what a running job needs to resume (e.g. a remote id), without ending the task.
Result<void> saveState(QSqlDatabase db, TaskId task, const QString &report);
Result<void> saveState(const Catalog &catalog, TaskId task, const QString &report);

// Tasks left running or pending (by a crash, a kill, a quit while remote work went on).
Result<QList<TaskRecord>> unfinished(const Catalog &catalog);
Result<TaskRecord> get(const Catalog &catalog, TaskId task);
// The tasks of one kind (of one dataset when it is valid), newest first.
Result<QList<TaskRecord>> ofKind(const Catalog &catalog, const QString &kind, DatasetId dataset = {});
// Marks local tasks a crash interrupted as failed; returns how many.
Result<int> failInterruptedLocal(const Catalog &catalog);

} // namespace Tasks
} // namespace lc
