#include "history.h"

#include "util/tr.h"

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
                "SELECT kind, status, dataset, summary, error, finished_at, report, format, output_path, item_count, byte_size, dataset_id, task_id FROM ("
                "  SELECT t.kind AS kind, t.status AS status, w.name || '/' || d.name AS dataset, t.message AS summary, "
                "         t.error AS error, ifnull(t.finished_at, t.created_at) AS finished_at, t.report AS report, "
                "         e.format AS format, e.output_path AS output_path, e.item_count AS item_count, e.byte_size AS byte_size, "
                "         t.dataset_id AS dataset_id, t.id AS task_id "
                "  FROM tasks t LEFT JOIN datasets d ON d.id = t.dataset_id LEFT JOIN workspaces w ON w.id = d.workspace_id "
                "  LEFT JOIN exports e ON e.task_id = t.id "
                "  WHERE t.status IN ('completed', 'failed', 'canceled') "
                "  UNION ALL "
                "  SELECT 'export', 'completed', w.name || '/' || d.name, e.format || ' · ' || e.item_count || ' images · ' || e.output_path, "
                "         '', e.created_at, '', e.format, e.output_path, e.item_count, e.byte_size, e.dataset_id, 0 "
                "  FROM exports e LEFT JOIN datasets d ON d.id = e.dataset_id LEFT JOIN workspaces w ON w.id = d.workspace_id "
                "  WHERE e.task_id IS NULL"
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
        e.format = q.value(7).toString();
        e.outputPath = q.value(8).toString();
        e.images = q.value(9).toInt();
        e.bytes = q.value(10).toLongLong();
        e.datasetId = DatasetId(q.value(11).toLongLong());
        e.task = TaskId(q.value(12).toLongLong());
        if (e.kind == QLatin1String("import")) {
            e.imported = e.report.value(QStringLiteral("imported")).toInt();
            e.alreadyInDataset = e.report.value(QStringLiteral("already_in_dataset")).toInt();
            e.duplicates = e.report.value(QStringLiteral("duplicates")).toInt();
            e.skipped = e.report.value(QStringLiteral("skipped")).toInt();
            e.captionsUpdated = e.report.value(QStringLiteral("captions_updated")).toInt();
            e.captionConflicts = e.report.value(QStringLiteral("caption_conflicts")).toInt();
            // Older reports are summarised as "Imported N, skipped M": rebuild the full line.
            if (!e.report.isEmpty() && !e.report.contains(QStringLiteral("summary")) && e.error.isEmpty()) {
                QStringList parts{CatalogTr::tr("Imported %1").arg(e.imported)};
                if (e.alreadyInDataset)
                    parts << CatalogTr::tr("%1 already there").arg(e.alreadyInDataset);
                if (e.duplicates)
                    parts << CatalogTr::tr("%1 duplicates").arg(e.duplicates);
                if (e.skipped)
                    parts << CatalogTr::tr("%1 skipped").arg(e.skipped);
                e.summary = parts.join(QStringLiteral(" · "));
                if (e.canceled())
                    e.summary = CatalogTr::tr("%1 (canceled)").arg(e.summary);
            }
        } else if (e.kind == QLatin1String("export") && !e.report.isEmpty()) {
            if (e.format.isEmpty())
                e.format = e.report.value(QStringLiteral("format")).toString();
            if (e.images == 0)
                e.images = e.report.value(QStringLiteral("images")).toInt();
            if (e.outputPath.isEmpty() && e.status == QLatin1String("completed"))
                e.outputPath = e.report.value(QStringLiteral("output")).toString();
            // `report` stays an import report (what ImportReport::fromJson reads); an export's facts are
            // in the fields above.
            e.report = QJsonObject();
        }
        out.append(e);
    }
    return out;
}

} // namespace lc
