#include "catalog/qualityrows.h"

#include "catalog/catalog.h"
#include "catalog/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace lc {

QString QualityRows::metricColumns()
{
    // json_valid first: a damaged value reads as "not measured" instead of failing the whole query.
    return QStringLiteral(
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.s') END, "
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.s2') END, "
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.s4') END, "
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.dark') END, "
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.bright') END, "
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.mean') END, "
        "CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.box') END");
}

std::optional<QualityMetrics> QualityRows::readMetrics(const QSqlQuery &q, int first)
{
    const QVariant s = q.value(first);
    if (s.isNull())
        return std::nullopt; // as imagequality's qualityFromJson: no "s", not measured
    QualityMetrics m;
    m.sharpness = s.toDouble();
    m.sharpnessHalf = q.value(first + 1).toDouble();
    m.sharpnessQuarter = q.value(first + 2).toDouble();
    m.darkClip = q.value(first + 3).toDouble();
    m.brightClip = q.value(first + 4).toDouble();
    m.meanLuma = q.value(first + 5).toDouble();
    const QVariant box = q.value(first + 6);
    if (!box.isNull()) { // rare: only letterboxed images have one
        const QJsonArray b = QJsonDocument::fromJson(box.toString().toUtf8()).array();
        if (b.size() == 4)
            m.contentBox = QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
    }
    return m;
}

Result<QList<QualityRow>> QualityRows::items(DatasetId dataset, Columns columns) const
{
    const bool names = columns == Columns::Names;
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    // No ORDER BY: sorting here is cheaper than SQLite's temporary B-tree over the whole dataset.
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT i.id, b.width, b.height, b.byte_size, b.format, i.status, i.crop_x, i.crop_y, i.crop_w, i.crop_h, ")
                + metricColumns()
                + (names ? QStringLiteral(", i.blob_sha256, i.original_name ") : QStringLiteral(" "))
                + QStringLiteral("FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.dataset_id = ? AND i.status != ?"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    constexpr int Metrics = 10;
    QList<QualityRow> out;
    while (q.next()) {
        QualityRow row;
        row.item = ItemId(q.value(0).toLongLong());
        row.width = q.value(1).toInt();
        row.height = q.value(2).toInt();
        row.bytes = q.value(3).toLongLong();
        row.format = q.value(4).toString();
        row.status = fromKey<ItemStatus>(q.value(5).toString()).value_or(ItemStatus::Active);
        if (!q.value(8).isNull())
            row.crop = QRect(q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt());
        row.metrics = readMetrics(q, Metrics);
        if (names) {
            row.blob = ContentHash::fromHex(q.value(Metrics + MetricColumnCount).toString());
            row.originalName = q.value(Metrics + MetricColumnCount + 1).toString();
        }
        out.append(std::move(row));
    }
    std::sort(out.begin(), out.end(), [](const QualityRow &a, const QualityRow &b) { return a.item < b.item; });
    return out;
}

Result<QualityFingerprint> QualityRows::fingerprint(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT count(*), total(id), total(id * (ifnull(crop_x, 0) + ifnull(crop_y, 0) * 7919.0 "
                           "+ ifnull(crop_w, 0) * 104729.0 + ifnull(crop_h, 0) * 1299709.0)) "
                           "FROM items WHERE dataset_id = ? AND status != ?"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    if (!q.next())
        return QualityFingerprint();
    return QualityFingerprint{q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble()};
}

Result<void> QualityRows::setQuality(const Catalog &catalog, const QList<std::pair<ContentHash, QString>> &measured)
{
    QSqlQuery q(catalog.database());
    if (!q.prepare(QStringLiteral("UPDATE blobs SET quality = ? WHERE sha256 = ?")))
        return sql::toError(q.lastError(), QStringLiteral("prepare"));
    for (const auto &[blob, json] : measured) {
        q.bindValue(0, json);
        q.bindValue(1, blob.toHex());
        if (!q.exec())
            return sql::toError(q.lastError(), QStringLiteral("store quality measurements"));
    }
    return {};
}

} // namespace lc
