#include "items.h"

#include "util/tr.h"

#include "catalog.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lc {

namespace {


const QString SelectRow = QStringLiteral(
    "SELECT i.id, i.blob_sha256, i.original_name, i.status, i.rating, b.width, b.height, b.byte_size, "
    "length(i.caption) > 0 FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 ");

ItemRow readRow(const QSqlQuery &q)
{
    ItemRow r;
    r.id = ItemId(q.value(0).toLongLong());
    r.hash = ContentHash::fromHex(q.value(1).toString());
    r.name = q.value(2).toString();
    r.status = parseItemStatus(q.value(3).toString());
    r.rating = q.value(4).toInt();
    r.width = q.value(5).toInt();
    r.height = q.value(6).toInt();
    r.byteSize = q.value(7).toLongLong();
    r.hasCaption = q.value(8).toBool();
    return r;
}

QString idList(const QList<ItemId> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (ItemId id : ids)
        parts << QString::number(id.value());
    return parts.join(QLatin1Char(','));
}

QStringList cleanTags(const QStringList &tags)
{
    return normalizeTags(tags);
}

Result<qint64> tagId(QSqlDatabase db, const QString &tag)
{
    return tagIdFor(db, tag);
}

bool containsTag(const QStringList &tags, const QString &tag)
{
    const QString folded = tag.toCaseFolded();
    for (const QString &t : tags) {
        if (t.toCaseFolded() == folded)
            return true;
    }
    return false;
}

Result<void> writeTags(QSqlDatabase db, ItemId item, const QStringList &tags)
{
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM item_tags WHERE item_id = ?"), {item.value()}); !r)
        return r;
    int position = 0;
    for (const QString &tag : cleanTags(tags)) {
        auto id = tagId(db, tag);
        if (!id)
            return id.error();
        if (auto r = sql::exec(db, QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) VALUES (?, ?, ?)"),
                {item.value(), *id, position++});
            !r)
            return r;
    }
    return sql::exec(db, QStringLiteral("UPDATE items SET updated_at = ? WHERE id = ?"), {sql::now(), item.value()});
}

Result<QStringList> readTags(QSqlDatabase db, ItemId item)
{
    QSqlQuery q(db);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id WHERE it.item_id = ? "
                           "ORDER BY it.position"),
            {item.value()});
        !r)
        return r.error();
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

} // namespace

QStringList normalizeTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &t : tags) {
        const QString tag = t.simplified();
        const QString folded = tag.toCaseFolded();
        if (!tag.isEmpty() && !seen.contains(folded)) {
            seen.insert(folded);
            out << tag;
        }
    }
    return out;
}

Result<qint64> tagIdFor(QSqlDatabase db, const QString &tag)
{
    const QString folded = tag.toCaseFolded();
    auto existing = sql::scalar(db, QStringLiteral("SELECT id FROM tags WHERE folded = ?"), {folded});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return existing->toLongLong();
    QSqlQuery q(db);
    if (auto r = sql::exec(q, QStringLiteral("INSERT INTO tags (name, folded) VALUES (?, ?)"), {tag, folded}); !r) {
        // A row with exactly this name but no folded value (written without it): adopt it.
        auto byName = sql::scalar(db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {tag});
        if (byName && byName->isValid()) {
            if (auto u = sql::exec(db, QStringLiteral("UPDATE tags SET folded = ? WHERE id = ?"), {folded, byName->toLongLong()}); !u)
                return u.error();
            return byName->toLongLong();
        }
        return r.error();
    }
    return q.lastInsertId().toLongLong();
}

QString itemStatusKey(ItemStatus status)
{
    return toKey(status);
}

ItemStatus parseItemStatus(QStringView key)
{
    return fromKey<ItemStatus>(key).value_or(ItemStatus::Active);
}

namespace {

QVariant metaValue(const CaptionProvenance &p)
{
    const QString meta = p.metaJson();
    return meta.isEmpty() ? QVariant() : QVariant(meta); // NULL unless Auto
}

} // namespace

QString CaptionProvenance::metaJson() const
{
    if (origin != CaptionOrigin::Auto)
        return {};
    const QJsonObject o{{QStringLiteral("backend"), backend}, {QStringLiteral("model"), model},
        {QStringLiteral("prompt"), prompt}, {QStringLiteral("at"), at}, {QStringLiteral("task"), task}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CaptionProvenance CaptionProvenance::fromColumns(const QString &origin, const QString &metaJson)
{
    CaptionProvenance p;
    p.origin = fromKey<CaptionOrigin>(origin).value_or(CaptionOrigin::None);
    if (p.origin == CaptionOrigin::Auto && !metaJson.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(metaJson.toUtf8()).object();
        p.backend = o.value(QStringLiteral("backend")).toString();
        p.model = o.value(QStringLiteral("model")).toString();
        p.prompt = o.value(QStringLiteral("prompt")).toString();
        p.at = qint64(o.value(QStringLiteral("at")).toDouble());
        p.task = qint64(o.value(QStringLiteral("task")).toDouble());
    }
    return p;
}

CaptionProvenance CaptionProvenance::manual(const QString &caption)
{
    CaptionProvenance p;
    p.origin = caption.isEmpty() ? CaptionOrigin::None : CaptionOrigin::Manual;
    return p;
}

QString ftsQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression words(QStringLiteral("[\\w][\\w'-]*"), QRegularExpression::UseUnicodePropertiesOption);
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<ItemId>> Items::query(const ItemQuery &query) const
{
    QString sqlText = QStringLiteral("SELECT i.id FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.dataset_id = ? ");
    QVariantList bindings{query.dataset.value()};
    switch (query.filter) {
    case ItemQuery::Filter::All:
        sqlText += QStringLiteral("AND i.status != ? ");
        bindings << toKey(ItemStatus::Trashed);
        break;
    case ItemQuery::Filter::Uncaptioned:
        sqlText += QStringLiteral("AND i.status != ? AND length(i.caption) = 0 ");
        bindings << toKey(ItemStatus::Trashed);
        break;
    case ItemQuery::Filter::Rejected:
        sqlText += QStringLiteral("AND i.status = ? ");
        bindings << toKey(ItemStatus::Rejected);
        break;
    case ItemQuery::Filter::Trash:
        sqlText += QStringLiteral("AND i.status = ? ");
        bindings << toKey(ItemStatus::Trashed);
        break;
    }
    const QString match = ftsQuery(query.text);
    if (!match.isEmpty()) {
        sqlText += QStringLiteral("AND i.id IN (SELECT rowid FROM item_search WHERE item_search MATCH ?) ");
        bindings << match;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    switch (query.sort) {
    case ItemQuery::Sort::Added: sqlText += QStringLiteral("ORDER BY i.id") + dir; break;
    case ItemQuery::Sort::Name: sqlText += QStringLiteral("ORDER BY i.original_name COLLATE NOCASE") + dir + QStringLiteral(", i.id"); break;
    case ItemQuery::Sort::Resolution: sqlText += QStringLiteral("ORDER BY b.width * b.height") + dir + QStringLiteral(", i.id"); break;
    case ItemQuery::Sort::FileSize: sqlText += QStringLiteral("ORDER BY b.byte_size") + dir + QStringLiteral(", i.id"); break;
    }
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (!q.prepare(sqlText))
        return sql::toError(q.lastError(), CatalogTr::tr("Cannot list items"));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return sql::toError(q.lastError(), CatalogTr::tr("Cannot list items"));
    QList<ItemId> ids;
    while (q.next())
        ids.append(ItemId(q.value(0).toLongLong()));
    return ids;
}

Result<QList<ItemRow>> Items::rows(const QList<ItemId> &ids) const
{
    if (ids.isEmpty())
        return QList<ItemRow>();
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q, SelectRow + QStringLiteral("WHERE i.id IN (%1)").arg(idList(ids))); !r)
        return r.error();
    QHash<ItemId, ItemRow> byId;
    while (q.next()) {
        ItemRow row = readRow(q);
        byId.insert(row.id, row);
    }
    QList<ItemRow> out;
    out.reserve(ids.size());
    for (ItemId id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            out.append(*it);
    }
    return out;
}

Result<ItemDetail> Items::detail(ItemId id) const
{
    QSqlDatabase db = m_catalog.database();
    QSqlQuery q(db);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT i.id, i.blob_sha256, i.original_name, i.status, i.rating, b.width, b.height, b.byte_size, "
                           "length(i.caption) > 0, i.dataset_id, b.format, i.source_path, i.caption, i.repeats, "
                           "ifnull(b.blur_score, 0), i.created_at, i.caption_origin, i.caption_meta "
                           "FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.id = ?"),
            {id.value()});
        !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, CatalogTr::tr("Item #%1 does not exist.").arg(id.value()));
    ItemDetail d;
    d.row = readRow(q);
    d.dataset = DatasetId(q.value(9).toLongLong());
    d.format = q.value(10).toString();
    d.sourcePath = q.value(11).toString();
    d.caption = q.value(12).toString();
    d.repeats = q.value(13).toInt();
    d.blurScore = q.value(14).toDouble();
    d.createdAt = q.value(15).toLongLong();
    d.provenance = CaptionProvenance::fromColumns(q.value(16).toString(), q.value(17).toString());
    q.finish();
    auto tags = readTags(db, id);
    if (!tags)
        return tags.error();
    d.tags = *tags;
    return d;
}

Result<void> Items::setCaption(ItemId id, const QString &caption) const
{
    return setCaption(id, caption, CaptionProvenance::manual(caption));
}

Result<void> Items::setCaption(ItemId id, const QString &caption, const CaptionProvenance &provenance) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q, QStringLiteral("UPDATE items SET caption = ?, caption_origin = ?, caption_meta = ?, updated_at = ? WHERE id = ?"),
                {caption, toKey(provenance.origin), metaValue(provenance), sql::now(), id.value()});
            !r)
            return r;
        if (q.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, CatalogTr::tr("Item #%1 does not exist.").arg(id.value()));
        return {};
    });
}

Result<bool> Items::setCaptionIfUnchanged(ItemId id, const QString &expected, const QString &caption,
    const CaptionProvenance &provenance) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("UPDATE items SET caption = ?, caption_origin = ?, caption_meta = ?, updated_at = ? "
                               "WHERE id = ? AND caption = ?"),
                {caption, toKey(provenance.origin), metaValue(provenance), sql::now(), id.value(), expected});
            !r)
            return r.error();
        return q.numRowsAffected() > 0;
    });
}

Result<QList<CaptionTarget>> Items::captionTargets(DatasetId dataset, const QList<ItemId> &ids) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    QString text = QStringLiteral("SELECT id, blob_sha256, original_name, caption, caption_origin, caption_meta FROM items "
                                  "WHERE dataset_id = ? AND status = ?");
    if (!ids.isEmpty())
        text += QStringLiteral(" AND id IN (%1)").arg(idList(ids));
    text += QStringLiteral(" ORDER BY id");
    if (auto r = sql::exec(q, text, {dataset.value(), toKey(ItemStatus::Active)}); !r)
        return r.error();
    QList<CaptionTarget> targets;
    QList<ItemId> found;
    while (q.next()) {
        CaptionTarget t;
        t.id = ItemId(q.value(0).toLongLong());
        t.hash = ContentHash::fromHex(q.value(1).toString());
        t.name = q.value(2).toString();
        t.caption = q.value(3).toString();
        t.provenance = CaptionProvenance::fromColumns(q.value(4).toString(), q.value(5).toString());
        targets.append(t);
        found.append(t.id);
    }
    q.finish();
    auto tags = tagsOf(found);
    if (!tags)
        return tags.error();
    for (CaptionTarget &t : targets)
        t.tags = tags->value(t.id);
    return targets;
}

Result<void> Items::setStatus(const QList<ItemId> &ids, ItemStatus status) const
{
    if (ids.isEmpty())
        return {};
    return m_catalog.write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("UPDATE items SET status = ?, updated_at = ? WHERE id IN (%1)").arg(idList(ids)),
            {itemStatusKey(status), sql::now()});
    });
}

Result<void> Items::setRating(const QList<ItemId> &ids, int rating) const
{
    if (rating < 0 || rating > 5)
        return makeError(ErrorCode::InvalidArgument, CatalogTr::tr("A rating is between 0 and 5 stars."));
    if (ids.isEmpty())
        return {};
    return m_catalog.write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("UPDATE items SET rating = ?, updated_at = ? WHERE id IN (%1)").arg(idList(ids)),
            {rating, sql::now()});
    });
}

Result<void> Items::setTags(ItemId id, const QStringList &tags) const
{
    return m_catalog.write([&](QSqlDatabase &db) { return writeTags(db, id, tags); });
}

Result<void> Items::addTags(const QList<ItemId> &ids, const QStringList &tags) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        for (ItemId id : ids) {
            auto current = readTags(db, id);
            if (!current)
                return current.error();
            QStringList merged = *current;
            for (const QString &t : cleanTags(tags)) {
                if (!containsTag(merged, t))
                    merged << t;
            }
            if (merged != *current) {
                if (auto r = writeTags(db, id, merged); !r)
                    return r;
            }
        }
        return {};
    });
}

Result<void> Items::removeTags(const QList<ItemId> &ids, const QStringList &tags) const
{
    const QStringList remove = cleanTags(tags);
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        for (ItemId id : ids) {
            auto current = readTags(db, id);
            if (!current)
                return current.error();
            QStringList kept;
            for (const QString &t : std::as_const(*current)) {
                if (!containsTag(remove, t))
                    kept << t;
            }
            if (kept != *current) {
                if (auto r = writeTags(db, id, kept); !r)
                    return r;
            }
        }
        return {};
    });
}

Result<QHash<ItemId, QStringList>> Items::tagsOf(const QList<ItemId> &ids) const
{
    QSqlDatabase db = m_catalog.database();
    QHash<ItemId, QStringList> out;
    out.reserve(ids.size());
    for (ItemId id : ids)
        out.insert(id, {});
    constexpr qsizetype Chunk = 500; // well under SQLite's limit on bound parameters
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const qsizetype n = std::min(Chunk, ids.size() - start);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT it.item_id, t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                                      "WHERE it.item_id IN (%1) ORDER BY it.item_id, it.position")
                           .arg(marks.join(QLatin1Char(',')))))
            return sql::toError(q.lastError(), CatalogTr::tr("Cannot read tags"));
        for (qsizetype i = start; i < start + n; ++i)
            q.addBindValue(ids[i].value());
        if (!q.exec())
            return sql::toError(q.lastError(), CatalogTr::tr("Cannot read tags"));
        while (q.next())
            out[ItemId(q.value(0).toLongLong())].append(q.value(1).toString());
    }
    return out;
}

Result<QList<ItemExportRow>> Items::exportRows(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT i.id, i.blob_sha256, i.original_name, i.source_path, i.caption, i.status, i.repeats, "
                           "i.crop_x, i.crop_y, i.crop_w, i.crop_h, b.width, b.height, b.format, b.orientation, b.has_alpha "
                           "FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 "
                           "WHERE i.dataset_id = ? AND i.status != ?"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    QList<ItemExportRow> out;
    while (q.next()) {
        ItemExportRow row;
        row.id = ItemId(q.value(0).toLongLong());
        row.hash = ContentHash::fromHex(q.value(1).toString());
        row.originalName = q.value(2).toString();
        row.sourcePath = q.value(3).toString();
        row.caption = q.value(4).toString();
        row.status = parseItemStatus(q.value(5).toString());
        row.repeats = q.value(6).toInt();
        if (!q.value(7).isNull())
            row.crop = QRect(q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt(), q.value(10).toInt());
        row.size = QSize(q.value(11).toInt(), q.value(12).toInt());
        row.format = q.value(13).toString();
        row.orientation = q.value(14).toInt();
        row.hasAlpha = q.value(15).toInt() != 0;
        out.append(std::move(row));
    }
    return out;
}

Result<QHash<ItemId, QStringList>> Items::tagsOfDataset(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT it.item_id, t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                           "JOIN items i ON i.id = it.item_id WHERE i.dataset_id = ? ORDER BY it.item_id, it.position"),
            {dataset.value()});
        !r)
        return r.error();
    QHash<ItemId, QStringList> out;
    while (q.next())
        out[ItemId(q.value(0).toLongLong())].append(q.value(1).toString());
    return out;
}

Result<void> Items::restoreTags(const QHash<ItemId, QStringList> &tags) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (auto r = writeTags(db, it.key(), it.value()); !r)
                return r;
        }
        return {};
    });
}

Result<QList<TagCount>> Items::tagFrequencies(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT t.name, count(*) AS n FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                           "JOIN items i ON i.id = it.item_id WHERE i.dataset_id = ? AND i.status != ? "
                           "GROUP BY t.id ORDER BY n DESC, t.name"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    QList<TagCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

} // namespace lc
