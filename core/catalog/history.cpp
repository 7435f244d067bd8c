#include "history.h"

#include "catalog.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lc {

Result<QList<HistoryEntry>> recentHistory(const Catalog &catalog, int limit)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q,
            QStringLiteral(
                "SELECT kind, status, dataset, summary, error, finished_at, report FROM ("
                "  SELECT t.kind AS kind, t.status AS status, w.name || '/' || d.name AS dataset, t.message AS summary, "
                "         t.error AS error, ifnull(t.finished_at, t.created_at) AS finished_at, t.report AS report "
                "  FROM tasks t LEFT JOIN datasets d ON d.id = t.dataset_id LEFT JOIN workspaces w ON w.id = d.workspace_id "
                "  WHERE t.status IN ('completed', 'failed', 'canceled') "
                "  UNION ALL "
                "  SELECT 'export', 'completed', w.name || '/' || d.name, e.format || ' · ' || e.item_count || ' images · ' || e.output_path, "
                "         '', e.created_at, '' "
                "  FROM exports e LEFT JOIN datasets d ON d.id = e.dataset_id LEFT JOIN workspaces w ON w.id = d.workspace_id"
                ") ORDER BY finished_at DESC LIMIT ?"),
            {limit});
        !r)
        return r.error();
    QList<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.kind = q.value(0).toString();
        e.status = q.value(1).toString();
        e.dataset = q.value(2).toString();
        e.summary = q.value(3).toString();
        e.error = q.value(4).toString();
        e.finishedAt = q.value(5).toLongLong();
        const QByteArray report = q.value(6).toString().toUtf8();
        if (!report.isEmpty())
            e.report = QJsonDocument::fromJson(report).object();
        out.append(e);
    }
    return out;
}

} // namespace lc
