#include "workspaces.h"

#include "util/tr.h"

#include "catalog.h"
#include "names.h"
#include "sql.h"

#include <QCoreApplication>

namespace lc {

namespace {


const QString SelectWorkspace = QStringLiteral(
    "SELECT w.id, w.name, w.created_at, w.updated_at, "
    "(SELECT count(*) FROM datasets d WHERE d.workspace_id = w.id) FROM workspaces w ");

Workspace readWorkspace(const QSqlQuery &q)
{
    Workspace w;
    w.id = WorkspaceId(q.value(0).toLongLong());
    w.name = q.value(1).toString();
    w.createdAt = q.value(2).toLongLong();
    w.updatedAt = q.value(3).toLongLong();
    w.datasetCount = q.value(4).toInt();
    return w;
}

Result<Workspace> queryOne(QSqlDatabase db, const QString &where, const QVariant &key, const QString &missing)
{
    QSqlQuery q(db);
    if (auto r = sql::exec(q, SelectWorkspace + where, {key}); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, missing);
    return readWorkspace(q);
}

Result<void> ensureNameFree(QSqlDatabase db, const QString &name, WorkspaceId except)
{
    auto existing = sql::scalar(db,
        QStringLiteral("SELECT name FROM workspaces WHERE name = ? COLLATE NOCASE AND id != ?"),
        {name, except.value()});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return makeError(ErrorCode::AlreadyExists,
            CatalogTr::tr("A workspace named “%1” already exists.").arg(existing->toString()));
    return {};
}

} // namespace

Result<Workspace> Workspaces::create(const QString &rawName) const
{
    auto name = validateName(rawName, QStringLiteral("workspace"));
    if (!name)
        return name.error();
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Workspace> {
        if (auto r = ensureNameFree(db, *name, WorkspaceId()); !r)
            return r.error();
        const qint64 now = sql::now();
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES (?, ?, ?)"),
                {*name, now, now});
            !r)
            return r.error();
        Workspace w;
        w.id = WorkspaceId(q.lastInsertId().toLongLong());
        w.name = *name;
        w.createdAt = w.updatedAt = now;
        return w;
    });
}

Result<QList<Workspace>> Workspaces::list() const
{
    QSqlQuery q(m_catalog.database());
    if (auto r = sql::exec(q, SelectWorkspace + QStringLiteral("ORDER BY w.name COLLATE NOCASE")); !r)
        return r.error();
    QList<Workspace> result;
    while (q.next())
        result.append(readWorkspace(q));
    return result;
}

Result<Workspace> Workspaces::get(WorkspaceId id) const
{
    return queryOne(m_catalog.database(), QStringLiteral("WHERE w.id = ?"), id.value(),
        CatalogTr::tr("Workspace #%1 does not exist.").arg(id.value()));
}

Result<Workspace> Workspaces::find(const QString &name) const
{
    return queryOne(m_catalog.database(), QStringLiteral("WHERE w.name = ? COLLATE NOCASE"), name.trimmed(),
        CatalogTr::tr("No workspace named “%1”.").arg(name.trimmed()));
}

Result<Workspace> Workspaces::rename(WorkspaceId id, const QString &newName) const
{
    auto name = validateName(newName, QStringLiteral("workspace"));
    if (!name)
        return name.error();
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Workspace> {
        auto current = queryOne(db, QStringLiteral("WHERE w.id = ?"), id.value(),
            CatalogTr::tr("Workspace #%1 does not exist.").arg(id.value()));
        if (!current)
            return current;
        if (auto r = ensureNameFree(db, *name, id); !r)
            return r.error();
        const qint64 now = sql::now();
        if (auto r = sql::exec(db, QStringLiteral("UPDATE workspaces SET name = ?, updated_at = ? WHERE id = ?"),
                {*name, now, id.value()});
            !r)
            return r.error();
        current->name = *name;
        current->updatedAt = now;
        return current;
    });
}

Result<void> Workspaces::remove(WorkspaceId id) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {id.value()}); !r)
            return r;
        if (q.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, CatalogTr::tr("Workspace #%1 does not exist.").arg(id.value()));
        return {};
    });
}

Result<WorkspaceSnapshot> Workspaces::removeWithSnapshot(WorkspaceId id) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<WorkspaceSnapshot> {
        WorkspaceSnapshot snap;
        auto ws = queryOne(db, QStringLiteral("WHERE w.id = ?"), id.value(), CatalogTr::tr("Workspace #%1 does not exist.").arg(id.value()));
        if (!ws)
            return ws.error();
        snap.workspace = *ws;
        auto datasets = Datasets(m_catalog).list(id); // this thread's connection: inside the transaction
        if (!datasets)
            return datasets.error();
        for (const Dataset &d : *datasets) {
            auto ds = Datasets(m_catalog).snapshot(d.id);
            if (!ds)
                return ds.error();
            snap.datasets.append(*ds);
        }
        if (auto r = sql::exec(db, QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {id.value()}); !r)
            return r.error();
        return snap;
    });
}

Result<UndeletedWorkspace> Workspaces::undelete(const WorkspaceSnapshot &snap) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<UndeletedWorkspace> {
        UndeletedWorkspace out;
        if (auto r = ensureNameFree(db, snap.workspace.name, WorkspaceId()); !r)
            return r.error();
        auto taken = sql::scalar(db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {snap.workspace.id.value()});
        if (!taken)
            return taken.error();
        const qint64 now = sql::now();
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("INSERT INTO workspaces (id, name, created_at, updated_at) VALUES (?,?,?,?)"),
                {taken->isValid() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(snap.workspace.id.value()),
                    snap.workspace.name, snap.workspace.createdAt, now});
            !r)
            return r.error();
        const WorkspaceId id(q.lastInsertId().toLongLong());
        if (id != snap.workspace.id)
            out.changes.workspaces.insert(snap.workspace.id.value(), id.value());
        detail::IdFloor floor;
        for (const DatasetSnapshot &d : snap.datasets) {
            const detail::IdFloor own = detail::idFloor(d);
            floor.datasets = std::max(floor.datasets, own.datasets);
            floor.items = std::max(floor.items, own.items);
        }
        for (const DatasetSnapshot &d : snap.datasets) {
            if (auto r = detail::insertSnapshot(db, d, id, d.dataset.name, true, &out.changes, floor); !r)
                return r.error();
        }
        auto ws = queryOne(db, QStringLiteral("WHERE w.id = ?"), id.value(), CatalogTr::tr("Workspace #%1 does not exist.").arg(id.value()));
        if (!ws)
            return ws.error();
        out.workspace = *ws;
        return out;
    });
}

Result<int> Workspaces::itemCount(WorkspaceId id) const
{
    auto n = sql::scalar(m_catalog.database(),
        QStringLiteral("SELECT count(*) FROM items i JOIN datasets d ON d.id = i.dataset_id "
                       "WHERE d.workspace_id = ?"),
        {id.value()});
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace lc
