#include "catalog/duplicates.h"

#include "catalog/catalog.h"
#include "catalog/itemtypes.h"
#include "catalog/sql.h"

#include <QSqlQuery>

namespace lc {

Result<QList<DuplicateCandidate>> DuplicateRows::candidates(DatasetId dataset, bool wholeWorkspace) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    const QString scope = wholeWorkspace
        ? QStringLiteral("i.dataset_id IN (SELECT id FROM datasets WHERE workspace_id = (SELECT workspace_id FROM datasets WHERE id = ?))")
        : QStringLiteral("i.dataset_id = ?");
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT i.id, i.dataset_id, d.name, i.blob_sha256, i.original_name, i.source_path, b.format, b.width, "
                           "b.height, b.byte_size, b.blur_score, length(i.caption), "
                           "(SELECT count(*) FROM item_tags it WHERE it.item_id = i.id), i.status, b.phash, b.dhash "
                           "FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 JOIN datasets d ON d.id = i.dataset_id "
                           "WHERE ")
                + scope + QStringLiteral(" AND i.status != ? ORDER BY i.id"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    QList<DuplicateCandidate> out;
    while (q.next()) {
        DuplicateCandidate c;
        c.item = ItemId(q.value(0).toLongLong());
        c.dataset = DatasetId(q.value(1).toLongLong());
        c.datasetName = q.value(2).toString();
        c.blob = ContentHash::fromHex(q.value(3).toString());
        c.originalName = q.value(4).toString();
        c.sourcePath = q.value(5).toString();
        c.format = q.value(6).toString();
        c.width = q.value(7).toInt();
        c.height = q.value(8).toInt();
        c.bytes = q.value(9).toLongLong();
        c.sharpness = q.value(10).toDouble();
        c.captionLength = q.value(11).toInt();
        c.tagCount = q.value(12).toInt();
        c.rejected = q.value(13).toString() == toKey(ItemStatus::Rejected);
        if (!q.value(14).isNull())
            c.phash = quint64(q.value(14).toLongLong());
        if (!q.value(15).isNull())
            c.dhash = quint64(q.value(15).toLongLong());
        out.append(std::move(c));
    }
    return out;
}

Result<QSet<std::pair<ContentHash, ContentHash>>> DuplicateRows::distinctPairs() const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q, QStringLiteral("SELECT blob_a, blob_b FROM distinct_pairs")); !r)
        return r.error();
    QSet<std::pair<ContentHash, ContentHash>> out;
    while (q.next())
        out.insert({ContentHash::fromHex(q.value(0).toString()), ContentHash::fromHex(q.value(1).toString())});
    return out;
}

Result<void> DuplicateRows::setHashes(const Catalog &catalog, const QList<std::pair<ContentHash, std::pair<quint64, quint64>>> &hashes)
{
    QSqlQuery q(catalog.database());
    if (!q.prepare(QStringLiteral("UPDATE blobs SET phash = coalesce(phash, ?), dhash = ? WHERE sha256 = ?")))
        return sql::toError(q.lastError(), QStringLiteral("prepare"));
    for (const auto &[blob, h] : hashes) {
        q.bindValue(0, qint64(h.first));
        q.bindValue(1, qint64(h.second));
        q.bindValue(2, blob.toHex());
        if (!q.exec())
            return sql::toError(q.lastError(), QStringLiteral("store image hashes"));
    }
    return {};
}

Result<void> DuplicateRows::addDistinctPairs(const Catalog &catalog, const QList<std::pair<ContentHash, ContentHash>> &pairs)
{
    QSqlQuery q(catalog.database());
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO distinct_pairs (blob_a, blob_b, created_at) VALUES (?, ?, ?)")))
        return sql::toError(q.lastError(), QStringLiteral("prepare"));
    const qint64 now = sql::now();
    for (auto [a, b] : pairs) {
        QString ha = a.toHex(), hb = b.toHex();
        if (ha == hb)
            continue;
        if (hb < ha)
            std::swap(ha, hb);
        q.bindValue(0, ha);
        q.bindValue(1, hb);
        q.bindValue(2, now);
        if (!q.exec())
            return sql::toError(q.lastError(), QStringLiteral("remember a pair as not duplicates"));
    }
    return {};
}

} // namespace lc
