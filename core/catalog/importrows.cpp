#include "importrows.h"

#include "catalog/catalog.h"
#include "catalog/itemtypes.h"
#include "catalog/sql.h"
#include "util/tr.h"

#include <QSqlError>

namespace lc::ImportRows {

namespace {

Result<QSet<ContentHash>> hashes(const Catalog &catalog, const QString &query, const QVariant &binding = {})
{
    QSqlQuery q(catalog.database());
    q.setForwardOnly(true);
    if (auto r = binding.isValid() ? sql::exec(q, query, {binding}) : sql::exec(q, query); !r)
        return r.error();
    QSet<ContentHash> set;
    while (q.next())
        set.insert(ContentHash::fromHex(q.value(0).toString()));
    return set;
}

} // namespace

Result<QSet<ContentHash>> knownBlobs(const Catalog &catalog)
{
    return hashes(catalog, QStringLiteral("SELECT sha256 FROM blobs"));
}

Result<QSet<ContentHash>> blobsInDataset(const Catalog &catalog, DatasetId dataset)
{
    return hashes(catalog, QStringLiteral("SELECT blob_sha256 FROM items WHERE dataset_id = ?"), dataset.value());
}

Writer::Writer(const Catalog &catalog) : m_db(catalog.database()), m_blob(m_db), m_item(m_db) {}

Result<void> Writer::prepare()
{
    m_now = sql::now();
    if (!m_blob.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, byte_size, format, width, height, orientation, phash, "
                                       "blur_score, mean_luma, has_alpha, created_at, dhash, quality) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return sql::toError(m_blob.lastError(), ImportTr::tr("Cannot store image details"));
    if (!m_item.prepare(QStringLiteral("INSERT OR IGNORE INTO items (dataset_id, blob_sha256, original_name, source_path, caption, "
                                       "repeats, created_at, updated_at, imported_caption, caption_origin) VALUES (?,?,?,?,?,?,?,?,?,?)")))
        return sql::toError(m_item.lastError(), ImportTr::tr("Cannot add items"));
    return {};
}

Result<void> Writer::insertBlob(const NewBlob &b)
{
    const QVariantList values{b.hash.toHex(), b.byteSize, b.format, b.width, b.height, b.orientation, qint64(b.phash),
        b.blurScore, b.meanLuma, b.hasAlpha ? 1 : 0, m_now, qint64(b.dhash),
        b.quality.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(b.quality)};
    for (int i = 0; i < values.size(); ++i)
        m_blob.bindValue(i, values[i]);
    if (!m_blob.exec())
        return sql::toError(m_blob.lastError(), ImportTr::tr("Cannot store image details"));
    return {};
}

Result<std::optional<ItemId>> Writer::insertItem(const NewItem &it)
{
    const QVariantList values{it.dataset.value(), it.hash.toHex(), sql::bindable(it.originalName), sql::bindable(it.sourcePath),
        sql::bindable(it.caption), it.repeats, m_now, m_now, sql::bindable(it.caption),
        toKey(it.caption.isEmpty() ? CaptionOrigin::None : CaptionOrigin::Imported)};
    for (int i = 0; i < values.size(); ++i)
        m_item.bindValue(i, values[i]);
    if (!m_item.exec())
        return sql::toError(m_item.lastError(), ImportTr::tr("Cannot add items"));
    if (m_item.numRowsAffected() == 0)
        return std::optional<ItemId>();
    return std::optional<ItemId>(ItemId(m_item.lastInsertId().toLongLong()));
}

Result<Reconciled> reconcileCaption(const Catalog &catalog, DatasetId dataset, const ContentHash &hash, const QString &sidecar,
    ItemId *item)
{
    QSqlDatabase db = catalog.database();
    QSqlQuery q(db);
    if (auto e = sql::exec(q, QStringLiteral("SELECT id, caption, imported_caption FROM items WHERE dataset_id = ? AND blob_sha256 = ?"),
            {dataset.value(), hash.toHex()});
        !e)
        return e.error();
    if (!q.next())
        return Reconciled::Unchanged;
    const qint64 id = q.value(0).toLongLong();
    const QString current = q.value(1).toString();
    const QVariant imported = q.value(2);
    q.finish();
    *item = ItemId(id);
    if (current == sidecar) {
        if (imported.isNull() || imported.toString() != sidecar) {
            if (auto e = sql::exec(db, QStringLiteral("UPDATE items SET imported_caption = ? WHERE id = ?"), {sidecar, id}); !e)
                return e.error();
        }
        return Reconciled::Unchanged;
    }
    const bool untouched = current.isEmpty() || (!imported.isNull() && imported.toString() == current);
    if (!untouched)
        return Reconciled::KeptEdited;
    if (auto e = sql::exec(db, QStringLiteral("UPDATE items SET caption = ?, imported_caption = ?, caption_origin = ?, caption_meta = NULL, "
                                                 "updated_at = ? WHERE id = ?"),
            {sidecar, sidecar, toKey(sidecar.isEmpty() ? CaptionOrigin::None : CaptionOrigin::Imported), sql::now(), id});
        !e)
        return e.error();
    return Reconciled::Updated;
}

} // namespace lc::ImportRows
