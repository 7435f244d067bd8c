#include "catalog/qualityrows.h"

#include "catalog/catalog.h"
#include "catalog/itemtypes.h"
#include "catalog/sql.h"

#include <QSqlQuery>

namespace lc {

Result<QList<QualityRow>> QualityRows::items(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT i.id, i.blob_sha256, i.original_name, b.width, b.height, b.byte_size, b.format, b.quality, "
                           "i.status, i.crop_x, i.crop_y, i.crop_w, i.crop_h "
                           "FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.dataset_id = ? AND i.status != ? ORDER BY i.id"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    QList<QualityRow> out;
    while (q.next()) {
        QualityRow row;
        row.item = ItemId(q.value(0).toLongLong());
        row.blob = ContentHash::fromHex(q.value(1).toString());
        row.originalName = q.value(2).toString();
        row.width = q.value(3).toInt();
        row.height = q.value(4).toInt();
        row.bytes = q.value(5).toLongLong();
        row.format = q.value(6).toString();
        row.quality = q.value(7).toString();
        row.status = fromKey<ItemStatus>(q.value(8).toString()).value_or(ItemStatus::Active);
        if (!q.value(11).isNull())
            row.crop = QRect(q.value(9).toInt(), q.value(10).toInt(), q.value(11).toInt(), q.value(12).toInt());
        out.append(std::move(row));
    }
    return out;
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
