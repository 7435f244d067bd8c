#include "blobs.h"

#include "util/tr.h"

#include "catalog.h"
#include "sql.h"

#include <QCoreApplication>

namespace lc {

namespace {

Result<QList<BlobRecord>> readBlobs(QSqlQuery &q, const QSet<ContentHash> &skip = {})
{
    QList<BlobRecord> rows;
    while (q.next()) {
        const ContentHash hash = ContentHash::fromHex(q.value(0).toString());
        if (!skip.contains(hash))
            rows.append({hash, q.value(1).toLongLong()});
    }
    return rows;
}

} // namespace

Result<QList<BlobRecord>> Blobs::all() const
{
    QSqlQuery q(m_catalog.database());
    if (auto r = sql::exec(q, QStringLiteral("SELECT sha256, byte_size FROM blobs ORDER BY sha256")); !r)
        return r.error();
    return readBlobs(q);
}

Result<qint64> Blobs::count() const
{
    auto n = sql::scalar(m_catalog.database(), QStringLiteral("SELECT count(*) FROM blobs"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<int> Blobs::countUnreferenced() const
{
    auto n = sql::scalar(m_catalog.database(),
        QStringLiteral("SELECT count(*) FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.blob_sha256 = b.sha256)"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<BlobRecord>> Blobs::removeUnreferenced(const QSet<ContentHash> &keep, bool dryRun) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<QList<BlobRecord>> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("SELECT sha256, byte_size FROM blobs b WHERE NOT EXISTS "
                               "(SELECT 1 FROM items i WHERE i.blob_sha256 = b.sha256)"));
            !r)
            return r.error();
        auto rows = readBlobs(q, keep);
        q.finish();
        if (!rows || dryRun)
            return rows;
        QSqlQuery del(db);
        if (!del.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?")))
            return sql::toError(del.lastError(), CatalogTr::tr("Cannot remove unused images"));
        for (const BlobRecord &row : std::as_const(*rows)) {
            del.addBindValue(row.hash.toHex());
            if (!del.exec())
                return sql::toError(del.lastError(), CatalogTr::tr("Cannot remove unused images"));
        }
        return rows;
    });
}

namespace {

Result<QStringList> strings(const Catalog &catalog, const QString &sqlText, const ContentHash &hash)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q, sqlText, {hash.toHex()}); !r)
        return r.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Result<bool> Blobs::exists(const ContentHash &hash) const
{
    auto n = sql::scalar(m_catalog.database(), QStringLiteral("SELECT count(*) FROM blobs WHERE sha256 = ?"), {hash.toHex()});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<QStringList> Blobs::sourcePaths(const ContentHash &hash) const
{
    return strings(m_catalog, QStringLiteral("SELECT DISTINCT source_path FROM items WHERE blob_sha256 = ? AND source_path <> '' ORDER BY id"), hash);
}

Result<QStringList> Blobs::itemNames(const ContentHash &hash) const
{
    return strings(m_catalog, QStringLiteral("SELECT DISTINCT original_name FROM items WHERE blob_sha256 = ? ORDER BY id"), hash);
}

} // namespace lc
