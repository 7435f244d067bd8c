#include "provenancerows.h"

#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "util/tr.h"

#include <QSqlQuery>

namespace lc::ProvenanceRows {

namespace {

const QString Columns = QStringLiteral(
    "p.provider, p.page_url, p.image_url, p.title, p.creator, p.creator_url, p.license, p.license_version, p.license_url, "
    "p.attribution, p.retrieved_at");

search::Provenance readRow(const QSqlQuery &q, int first)
{
    search::Provenance p;
    p.provider = q.value(first).toString();
    p.pageUrl = q.value(first + 1).toString();
    p.imageUrl = q.value(first + 2).toString();
    p.title = q.value(first + 3).toString();
    p.creator = q.value(first + 4).toString();
    p.creatorUrl = q.value(first + 5).toString();
    p.license = q.value(first + 6).toString();
    p.licenseVersion = q.value(first + 7).toString();
    p.licenseUrl = q.value(first + 8).toString();
    p.attribution = q.value(first + 9).toString();
    p.retrievedAt = QDateTime::fromMSecsSinceEpoch(q.value(first + 10).toLongLong(), Qt::UTC);
    return p;
}

Result<std::optional<search::Provenance>> readOne(const Catalog &catalog, const QString &where, const QVariant &key)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q, QStringLiteral("SELECT %1 FROM provenance p %2").arg(Columns, where), {key}); !r)
        return r.error();
    if (!q.next())
        return std::optional<search::Provenance>();
    return std::optional<search::Provenance>(readRow(q, 0));
}

} // namespace

Result<void> put(QSqlDatabase db, const ContentHash &blob, const search::Provenance &p)
{
    auto known = sql::scalar(db, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {blob.toHex()});
    if (!known)
        return known.error();
    if (!known->isValid())
        return makeError(ErrorCode::NotFound, CatalogTr::tr("The library does not store the image %1.").arg(blob.shortHex()));
    const qint64 at = p.retrievedAt.isValid() ? p.retrievedAt.toMSecsSinceEpoch() : sql::now();
    return sql::exec(db,
        QStringLiteral("INSERT INTO provenance (blob_sha256, provider, page_url, image_url, title, creator, creator_url, license, "
                       "license_version, license_url, attribution, retrieved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (blob_sha256) DO UPDATE SET provider = excluded.provider, page_url = excluded.page_url, "
                       "image_url = excluded.image_url, title = excluded.title, creator = excluded.creator, "
                       "creator_url = excluded.creator_url, license = excluded.license, license_version = excluded.license_version, "
                       "license_url = excluded.license_url, attribution = excluded.attribution, retrieved_at = excluded.retrieved_at "
                       // A record that knows the licence is not replaced by one that does not (the same image
                       // pasted as an address after it came from Openverse keeps its licence and creator).
                       "WHERE COALESCE(excluded.license, '') <> '' OR COALESCE(provenance.license, '') = ''"),
        {blob.toHex(), p.provider, p.pageUrl, p.imageUrl, p.title.left(1000), p.creator.left(500), p.creatorUrl, p.license,
            p.licenseVersion, p.licenseUrl, p.attribution.left(2000), at});
}

Result<void> putAll(QSqlDatabase db, const QList<std::pair<ContentHash, search::Provenance>> &rows)
{
    for (const auto &[hash, p] : rows) {
        if (auto r = put(db, hash, p); !r)
            return r;
    }
    return {};
}

Result<std::optional<search::Provenance>> forBlob(const Catalog &catalog, const ContentHash &blob)
{
    return readOne(catalog, QStringLiteral("WHERE p.blob_sha256 = ?"), blob.toHex());
}

Result<std::optional<search::Provenance>> forItem(const Catalog &catalog, ItemId item)
{
    return readOne(catalog, QStringLiteral("JOIN items i ON i.blob_sha256 = p.blob_sha256 WHERE i.id = ?"), item.value());
}

Result<QHash<ContentHash, search::Provenance>> forDataset(const Catalog &catalog, DatasetId dataset)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT DISTINCT p.blob_sha256, %1 FROM provenance p JOIN items i ON i.blob_sha256 = p.blob_sha256 "
                           "WHERE i.dataset_id = ?")
                .arg(Columns),
            {dataset.value()});
        !r)
        return r.error();
    QHash<ContentHash, search::Provenance> out;
    while (q.next())
        out.insert(ContentHash::fromHex(q.value(0).toString()), readRow(q, 1));
    return out;
}

} // namespace lc::ProvenanceRows
