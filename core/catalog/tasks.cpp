#include "tasks.h"

#include "util/tr.h"

#include "catalog.h"
#include "sql.h"

#include <QCoreApplication>

namespace lc::Tasks {

const QStringList &localKinds()
{
    static const QStringList kinds{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("caption")};
    return kinds;
}

const QStringList &remoteKinds()
{
    static const QStringList kinds{QStringLiteral("training")};
    return kinds;
}

Result<TaskId> create(QSqlDatabase db, const QString &kind, DatasetId dataset, const QString &message, qint64 total,
    const QString &report)
{
    QSqlQuery q(db);
    const qint64 now = sql::now();
    if (auto r = sql::exec(q,
            QStringLiteral("INSERT INTO tasks (kind, status, dataset_id, total, message, report, created_at, started_at) "
                           "VALUES (?, 'running', ?, ?, ?, ?, ?, ?)"),
            {kind, dataset.isValid() ? QVariant(dataset.value()) : QVariant(QMetaType(QMetaType::LongLong)), total, message,
                report, now, now});
        !r)
        return r.error();
    return TaskId(q.lastInsertId().toLongLong());
}

Result<void> updateProgress(QSqlDatabase db, TaskId task, qint64 progress, qint64 total, const QString &message)
{
    return sql::exec(db, QStringLiteral("UPDATE tasks SET progress = ?, total = ?, message = ? WHERE id = ?"),
        {progress, total, message, task.value()});
}

Result<void> finish(QSqlDatabase db, TaskId task, const QString &status, qint64 progress, qint64 total, const QString &message,
    const QString &error, const QString &report)
{
    return sql::exec(db,
        QStringLiteral("UPDATE tasks SET status = ?, progress = ?, total = ?, message = ?, error = ?, report = ?, "
                       "finished_at = ? WHERE id = ?"),
        {status, progress, total, message, error, report, sql::now(), task.value()});
}

Result<void> markFailed(QSqlDatabase db, TaskId task, const QString &error)
{
    return sql::exec(db, QStringLiteral("UPDATE tasks SET status = 'failed', error = ?, finished_at = ? WHERE id = ?"),
        {error, sql::now(), task.value()});
}

Result<TaskId> create(const Catalog &catalog, const QString &kind, DatasetId dataset, const QString &message, qint64 total,
    const QString &report)
{
    return catalog.write([&](QSqlDatabase &db) { return create(db, kind, dataset, message, total, report); });
}

Result<void> updateProgress(const Catalog &catalog, TaskId task, qint64 progress, qint64 total, const QString &message)
{
    return updateProgress(catalog.database(), task, progress, total, message);
}

Result<void> finish(const Catalog &catalog, TaskId task, const QString &status, qint64 progress, qint64 total,
    const QString &message, const QString &error, const QString &report)
{
    return catalog.write([&](QSqlDatabase &db) { return finish(db, task, status, progress, total, message, error, report); });
}

Result<void> markFailed(const Catalog &catalog, const QList<TaskId> &tasks, const QString &error)
{
    return catalog.write([&](QSqlDatabase &db) -> Result<void> {
        for (TaskId task : tasks) {
            if (auto r = markFailed(db, task, error); !r)
                return r;
        }
        return {};
    });
}

Result<void> saveState(QSqlDatabase db, TaskId task, const QString &report)
{
    return sql::exec(db, QStringLiteral("UPDATE tasks SET report = ? WHERE id = ?"), {report, task.value()});
}

Result<void> saveState(const Catalog &catalog, TaskId task, const QString &report)
{
    return catalog.write([&](QSqlDatabase &db) { return saveState(db, task, report); });
}

namespace {

// A row of SelectTask.
TaskRecord readTask(const QSqlQuery &q)
{
    TaskRecord t;
    t.id = TaskId(q.value(0).toLongLong());
    t.kind = q.value(1).toString();
    t.status = q.value(2).toString();
    t.dataset = DatasetId(q.value(3).toLongLong());
    t.progress = q.value(4).toLongLong();
    t.total = q.value(5).toLongLong();
    t.message = q.value(6).toString();
    t.error = q.value(7).toString();
    t.report = q.value(8).toString();
    t.createdAt = q.value(9).toLongLong();
    t.startedAt = q.value(10).toLongLong();
    t.finishedAt = q.value(11).toLongLong();
    return t;
}

const QString SelectTask = QStringLiteral("SELECT id, kind, status, dataset_id, progress, total, message, error, report, created_at, started_at, "
                                               "finished_at FROM tasks ");

} // namespace

Result<TaskRecord> get(const Catalog &catalog, TaskId task)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q,
            SelectTask + QStringLiteral("WHERE id = ?"),
            {task.value()});
        !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, CatalogTr::tr("Task #%1 does not exist.").arg(task.value()));
    return readTask(q);
}

Result<QList<TaskRecord>> ofKind(const Catalog &catalog, const QString &kind, DatasetId dataset)
{
    QSqlQuery q(catalog.database());
    auto r = dataset.isValid() ? sql::exec(q, SelectTask + QStringLiteral("WHERE kind = ? AND dataset_id = ? ORDER BY id DESC"),
                                     {kind, dataset.value()})
                               : sql::exec(q, SelectTask + QStringLiteral("WHERE kind = ? ORDER BY id DESC"), {kind});
    if (!r)
        return r.error();
    QList<TaskRecord> out;
    while (q.next())
        out.append(readTask(q));
    return out;
}

Result<QList<TaskRecord>> unfinished(const Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q,
            SelectTask + QStringLiteral("WHERE status IN ('running', 'pending') ORDER BY id"));
        !r)
        return r.error();
    QList<TaskRecord> out;
    while (q.next()) {
        out.append(readTask(q));
    }
    return out;
}

Result<int> failInterruptedLocal(const Catalog &catalog)
{
    return catalog.write([](QSqlDatabase &db) -> Result<int> {
        QSqlQuery q(db);
        QStringList marks;
        QVariantList kinds;
        for (const QString &kind : localKinds()) {
            marks << QStringLiteral("?");
            kinds << kind;
        }
        if (!q.prepare(QStringLiteral("UPDATE tasks SET status = 'failed', finished_at = ?, error = ? "
                                      "WHERE status IN ('running', 'pending') AND kind IN (%1)")
                           .arg(marks.join(QLatin1Char(',')))))
            return sql::toError(q.lastError(), CatalogTr::tr("Cannot recover interrupted tasks"));
        q.addBindValue(sql::now());
        q.addBindValue(CatalogTr::tr("Interrupted: LoRA Craft quit before the task finished."));
        for (const QVariant &k : kinds)
            q.addBindValue(k);
        if (!q.exec())
            return sql::toError(q.lastError(), CatalogTr::tr("Cannot recover interrupted tasks"));
        return q.numRowsAffected();
    });
}

} // namespace lc::Tasks
