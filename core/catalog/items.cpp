#include "items.h"

#include "util/tr.h"

#include "catalog.h"
#include "qualityrows.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lc {

namespace {


// Whether what the trainer reads of item `i` is not empty: its caption, its tags or either, as its
// dataset's caption source says (datasets.caption_source).
const QString HasTrainingText = QStringLiteral(
    "(CASE (SELECT d.caption_source FROM datasets d WHERE d.id = i.dataset_id) "
    "WHEN 'tags' THEN EXISTS (SELECT 1 FROM item_tags ht WHERE ht.item_id = i.id) "
    "WHEN 'both' THEN length(i.caption) > 0 OR EXISTS (SELECT 1 FROM item_tags ht WHERE ht.item_id = i.id) "
    "ELSE length(i.caption) > 0 END)");

// The measured sharpness and mean luma of `b` (NULL when not measured, or unreadable).
const QString SharpnessColumn = QStringLiteral("(CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.s') END)");
const QString BrightnessColumn = QStringLiteral("(CASE WHEN json_valid(b.quality) THEN json_extract(b.quality, '$.mean') END)");

// The columns of ItemRow, read by readRow(); SelectDetail starts with the same ones.
const QString RowColumns = QStringLiteral("i.id, i.blob_sha256, i.original_name, i.status, i.rating, b.width, b.height, b.byte_size, ")
    + HasTrainingText + QStringLiteral(", b.format, i.crop_x, i.crop_y, i.crop_w, i.crop_h, ")
    + QualityRows::metricColumns();
constexpr int ItemRowColumns = 14 + QualityRows::MetricColumnCount;

const QString SelectRow = QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 ");

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
    r.format = q.value(9).toString();
    if (!q.value(12).isNull())
        r.crop = QRect(q.value(10).toInt(), q.value(11).toInt(), q.value(12).toInt(), q.value(13).toInt());
    r.quality = QualityRows::readMetrics(q, 14);
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

// The columns of ItemDetail (tags aside), read by readDetail().
const QString SelectDetail = QStringLiteral("SELECT ") + RowColumns
    + QStringLiteral(", i.dataset_id, i.source_path, i.caption, i.repeats, ifnull(b.blur_score, 0), "
                     "i.created_at, i.caption_origin, i.caption_meta "
                     "FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 ");

ItemDetail readDetail(const QSqlQuery &q)
{
    constexpr int c = ItemRowColumns;
    ItemDetail d;
    d.row = readRow(q);
    d.format = d.row.format;
    d.dataset = DatasetId(q.value(c).toLongLong());
    d.sourcePath = q.value(c + 1).toString();
    d.caption = q.value(c + 2).toString();
    d.repeats = q.value(c + 3).toInt();
    d.blurScore = q.value(c + 4).toDouble();
    d.createdAt = q.value(c + 5).toLongLong();
    d.provenance = CaptionProvenance::fromColumns(q.value(c + 6).toString(), q.value(c + 7).toString());
    return d;
}

// Sets of values travel as one JSON array bound to one parameter and read with json_each(): one
// statement for any number of items (SQLite limits the number of bound parameters, not their size).
QString jsonIds(const QList<ItemId> &ids)
{
    QString out;
    out.reserve(ids.size() * 8 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QString::number(ids[i].value());
    }
    out += QLatin1Char(']');
    return out;
}

QString jsonStrings(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
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

namespace {

// `text` with LIKE's wildcards escaped (ESCAPE '\').
QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

// A LIKE pattern that finds `text` anywhere (ASCII case-insensitive, as SQLite's LIKE is).
QString containsPattern(const QString &text)
{
    return QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
}

QString compareSql(const QString &column, const FilterTerm &t, QVariantList &bindings)
{
    using C = FilterTerm::Compare;
    if (t.compare == C::Range) {
        bindings << t.value << t.upper;
        return QStringLiteral("(%1 BETWEEN ? AND ?)").arg(column);
    }
    const char *op = "=";
    switch (t.compare) {
    case C::Equal: op = "="; break;
    case C::NotEqual: op = "!="; break;
    case C::Less: op = "<"; break;
    case C::LessEqual: op = "<="; break;
    case C::Greater: op = ">"; break;
    case C::GreaterEqual: op = ">="; break;
    case C::Range: break;
    }
    bindings << t.value;
    return QStringLiteral("(%1 %2 ?)").arg(column, QLatin1String(op));
}

// One term as an SQL condition on `i` (items) and `b` (blobs).
Result<QString> termSql(const FilterTerm &t, QVariantList &bindings)
{
    using F = FilterTerm::Field;
    switch (t.field) {
    case F::Text:
        // The search table holds the caption, the tags (in order, space-separated) and the file name.
        bindings << containsPattern(t.text) << containsPattern(t.text) << containsPattern(t.text);
        return QStringLiteral("i.id IN (SELECT rowid FROM item_search WHERE caption LIKE ? ESCAPE '\\' "
                              "OR tags LIKE ? ESCAPE '\\' OR file_name LIKE ? ESCAPE '\\')");
    case F::Tag: {
        // Exact (any case) unless it has a `*`, which matches anything.
        const QString tag = t.text.simplified();
        const bool wildcard = tag.contains(QLatin1Char('*'));
        bindings << (wildcard ? likeEscaped(tag).replace(QLatin1Char('*'), QLatin1Char('%')) : tag);
        return QStringLiteral("i.id IN (SELECT it.item_id FROM item_tags it WHERE it.tag_id IN (SELECT id FROM tags WHERE name %1))")
            .arg(wildcard ? QStringLiteral("LIKE ? ESCAPE '\\'") : QStringLiteral("= ? COLLATE NOCASE"));
    }
    case F::Caption:
        if (t.text.isEmpty())
            return QStringLiteral("length(i.caption) = 0");
        bindings << containsPattern(t.text);
        return QStringLiteral("i.caption LIKE ? ESCAPE '\\'");
    case F::Name:
        bindings << containsPattern(t.text);
        return QStringLiteral("i.original_name LIKE ? ESCAPE '\\'");
    case F::Stars: return compareSql(QStringLiteral("i.rating"), t, bindings);
    case F::Width: return compareSql(QStringLiteral("b.width"), t, bindings);
    case F::Height: return compareSql(QStringLiteral("b.height"), t, bindings);
    case F::TagCount: return compareSql(QStringLiteral("(SELECT count(*) FROM item_tags ct WHERE ct.item_id = i.id)"), t, bindings);
    case F::Sharpness: return compareSql(SharpnessColumn, t, bindings);
    case F::Brightness: return compareSql(BrightnessColumn, t, bindings);
    case F::Status:
        bindings << t.text;
        return QStringLiteral("i.status = ?");
    case F::Origin:
        bindings << t.text;
        return QStringLiteral("i.caption_origin = ?");
    case F::Format:
        bindings << t.text;
        return QStringLiteral("b.format = ?");
    case F::Has:
        if (t.text == QLatin1String("caption"))
            return QStringLiteral("length(i.caption) > 0");
        if (t.text == QLatin1String("tags"))
            return QStringLiteral("EXISTS (SELECT 1 FROM item_tags ht WHERE ht.item_id = i.id)");
        if (t.text == QLatin1String("crop"))
            return QStringLiteral("i.crop_w IS NOT NULL");
        if (t.text == QLatin1String("license"))
            return QStringLiteral("EXISTS (SELECT 1 FROM provenance hl WHERE hl.blob_sha256 = i.blob_sha256 AND hl.license != '')");
        if (t.text == QLatin1String("source"))
            return QStringLiteral("EXISTS (SELECT 1 FROM provenance hs WHERE hs.blob_sha256 = i.blob_sha256)");
        return HasTrainingText;
    case F::License: {
        // The licence of the image's provenance; "unknown" matches images without one.
        QStringList slugs = t.text.split(QLatin1Char(','));
        for (QString &slug : slugs) {
            if (slug == QLatin1String("unknown"))
                slug.clear();
        }
        bindings << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(slugs)).toJson(QJsonDocument::Compact));
        return QStringLiteral("COALESCE((SELECT pl.license FROM provenance pl WHERE pl.blob_sha256 = i.blob_sha256), '') "
                              "IN (SELECT value FROM json_each(?))");
    }
    case F::Source:
        bindings << containsPattern(t.text) << containsPattern(t.text) << containsPattern(t.text);
        return QStringLiteral("EXISTS (SELECT 1 FROM provenance ps WHERE ps.blob_sha256 = i.blob_sha256 AND (ps.provider LIKE ? ESCAPE '\\' "
                              "OR ps.page_url LIKE ? ESCAPE '\\' OR ps.image_url LIKE ? ESCAPE '\\'))");
    case F::Items:
        bindings << jsonIds(t.items);
        return QStringLiteral("i.id IN (SELECT value FROM json_each(?))");
    case F::Tokens:
    case F::Quality:
        break;
    }
    return makeError(ErrorCode::Internal, CatalogTr::tr("Token counts and quality flags are filtered by the library service."));
}

Result<QString> filterSql(const FilterNode &node, QVariantList &bindings)
{
    switch (node.kind) {
    case FilterNode::Kind::Term:
        return termSql(node.term, bindings);
    case FilterNode::Kind::Not: {
        auto inner = filterSql(node.children.first(), bindings);
        if (!inner)
            return inner;
        // A comparison with an unmeasured value is NULL: no match, negated or not.
        return QString(QStringLiteral("(NOT %1)").arg(*inner));
    }
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        QStringList parts;
        for (const FilterNode &c : node.children) {
            auto part = filterSql(c, bindings);
            if (!part)
                return part;
            parts << *part;
        }
        return QString(QLatin1Char('(') + parts.join(node.kind == FilterNode::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    }
    return QString();
}

} // namespace

Result<QList<ItemId>> Items::query(const ItemQuery &query) const
{
    auto filter = parseFilter(query.text);
    if (!filter)
        return filter.error();
    return this->query(query, *filter);
}

Result<QList<ItemId>> Items::query(const ItemQuery &query, const std::optional<FilterNode> &filter) const
{
    QString sqlText = QStringLiteral("SELECT i.id FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.dataset_id = ? ");
    QVariantList bindings{query.dataset.value()};
    // A status: term in the filter replaces the chips' status rule (status:trashed finds the trash).
    const bool statusInFilter = filter && filter->uses(FilterTerm::Field::Status);
    switch (query.filter) {
    case ItemQuery::Filter::All:
    case ItemQuery::Filter::Uncaptioned:
        if (query.filter == ItemQuery::Filter::Uncaptioned)
            sqlText += QStringLiteral("AND NOT ") + HasTrainingText + QLatin1Char(' ');
        if (!statusInFilter) {
            sqlText += QStringLiteral("AND i.status != ? ");
            bindings << toKey(ItemStatus::Trashed);
        }
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
    if (query.origin) {
        sqlText += QStringLiteral("AND i.caption_origin = ? ");
        bindings << toKey(*query.origin);
    }
    if (!query.tag.trimmed().isEmpty()) {
        sqlText += QStringLiteral("AND i.id IN (SELECT it.item_id FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                                  "WHERE t.name = ? COLLATE NOCASE) ");
        bindings << query.tag.simplified();
    }
    if (filter) {
        auto condition = filterSql(*filter, bindings);
        if (!condition)
            return condition.error();
        sqlText += QStringLiteral("AND ") + *condition + QLatin1Char(' ');
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    switch (query.sort) {
    case ItemQuery::Sort::Added: sqlText += QStringLiteral("ORDER BY i.id") + dir; break;
    case ItemQuery::Sort::Name: sqlText += QStringLiteral("ORDER BY i.original_name COLLATE NOCASE") + dir + QStringLiteral(", i.id"); break;
    case ItemQuery::Sort::Resolution: sqlText += QStringLiteral("ORDER BY b.width * b.height") + dir + QStringLiteral(", i.id"); break;
    case ItemQuery::Sort::FileSize: sqlText += QStringLiteral("ORDER BY b.byte_size") + dir + QStringLiteral(", i.id"); break;
    // Images not measured yet come last either way.
    case ItemQuery::Sort::Sharpness:
        sqlText += QStringLiteral("ORDER BY %1 IS NULL, %1").arg(SharpnessColumn) + dir + QStringLiteral(", i.id");
        break;
    case ItemQuery::Sort::Brightness:
        sqlText += QStringLiteral("ORDER BY %1 IS NULL, %1").arg(BrightnessColumn) + dir + QStringLiteral(", i.id");
        break;
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
    if (auto r = sql::exec(q, SelectDetail + QStringLiteral("WHERE i.id = ?"), {id.value()}); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, CatalogTr::tr("Item #%1 does not exist.").arg(id.value()));
    ItemDetail d = readDetail(q);
    q.finish();
    auto tags = readTags(db, id);
    if (!tags)
        return tags.error();
    d.tags = *tags;
    return d;
}

Result<QList<ItemDetail>> Items::datasetDetails(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q, SelectDetail + QStringLiteral("WHERE i.dataset_id = ? ORDER BY i.status = ?, i.id"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    QList<ItemDetail> out;
    while (q.next())
        out.append(readDetail(q));
    q.finish();
    auto tags = tagsOfDataset(dataset);
    if (!tags)
        return tags.error();
    for (ItemDetail &d : out)
        d.tags = tags->value(d.row.id);
    return out;
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

Result<QHash<ItemId, std::optional<QRect>>> Items::crops(const QList<ItemId> &ids) const
{
    QHash<ItemId, std::optional<QRect>> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q, QStringLiteral("SELECT id, crop_x, crop_y, crop_w, crop_h FROM items WHERE id IN (%1)").arg(idList(ids))); !r)
        return r.error();
    while (q.next()) {
        std::optional<QRect> crop;
        if (!q.value(3).isNull())
            crop = QRect(q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt());
        out.insert(ItemId(q.value(0).toLongLong()), crop);
    }
    return out;
}

Result<void> Items::setCrops(const QHash<ItemId, std::optional<QRect>> &crops) const
{
    if (crops.isEmpty())
        return {};
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery size(db);
        if (!size.prepare(QStringLiteral("SELECT b.width, b.height FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.id = ?")))
            return sql::toError(size.lastError(), QStringLiteral("prepare"));
        QSqlQuery update(db);
        if (!update.prepare(QStringLiteral("UPDATE items SET crop_x = ?, crop_y = ?, crop_w = ?, crop_h = ?, updated_at = ? WHERE id = ?")))
            return sql::toError(update.lastError(), QStringLiteral("prepare"));
        const qint64 now = sql::now();
        for (auto it = crops.cbegin(); it != crops.cend(); ++it) {
            const std::optional<QRect> &crop = it.value();
            if (crop) {
                size.bindValue(0, it.key().value());
                if (!size.exec())
                    return sql::toError(size.lastError(), QStringLiteral("read the image size"));
                if (!size.next())
                    return makeError(ErrorCode::NotFound, CatalogTr::tr("Item #%1 does not exist.").arg(it.key().value()));
                const QRect image(0, 0, size.value(0).toInt(), size.value(1).toInt());
                size.finish();
                if (crop->isEmpty() || !image.contains(*crop)) {
                    return makeError(ErrorCode::InvalidArgument,
                        CatalogTr::tr("The crop %1,%2 %3 × %4 does not fit inside the %5 × %6 image of item #%7.")
                            .arg(crop->x()).arg(crop->y()).arg(crop->width()).arg(crop->height())
                            .arg(image.width()).arg(image.height()).arg(it.key().value()));
                }
            }
            const QVariant null;
            update.bindValue(0, crop ? QVariant(crop->x()) : null);
            update.bindValue(1, crop ? QVariant(crop->y()) : null);
            update.bindValue(2, crop ? QVariant(crop->width()) : null);
            update.bindValue(3, crop ? QVariant(crop->height()) : null);
            update.bindValue(4, now);
            update.bindValue(5, it.key().value());
            if (!update.exec())
                return sql::toError(update.lastError(), QStringLiteral("set a crop"));
        }
        return {};
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
                           "i.crop_x, i.crop_y, i.crop_w, i.crop_h, b.width, b.height, b.format, b.orientation, b.has_alpha, "
                           "i.caption_origin, i.caption_meta, b.byte_size, ")
                + QualityRows::metricColumns()
                + QStringLiteral(" FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 "
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
        row.provenance = CaptionProvenance::fromColumns(q.value(16).toString(), q.value(17).toString());
        row.bytes = q.value(18).toLongLong();
        row.quality = QualityRows::readMetrics(q, 19);
        out.append(std::move(row));
    }
    return out;
}

Result<QList<ItemGeometry>> Items::geometry(DatasetId dataset) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT i.id, i.original_name, b.width, b.height, i.crop_x, i.crop_y, i.crop_w, i.crop_h, i.status, "
                           "i.blob_sha256 FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 "
                           "WHERE i.dataset_id = ? AND i.status != ?"),
            {dataset.value(), toKey(ItemStatus::Trashed)});
        !r)
        return r.error();
    QList<ItemGeometry> out;
    while (q.next()) {
        ItemGeometry g;
        g.id = ItemId(q.value(0).toLongLong());
        g.name = q.value(1).toString();
        g.size = QSize(q.value(2).toInt(), q.value(3).toInt());
        if (!q.value(6).isNull())
            g.crop = QRect(q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt());
        g.status = parseItemStatus(q.value(8).toString());
        g.hash = ContentHash::fromHex(q.value(9).toString());
        out.append(std::move(g));
    }
    std::sort(out.begin(), out.end(), [](const ItemGeometry &a, const ItemGeometry &b) { return a.id < b.id; });
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

namespace {

// The links of some tags (case-folded) on a dataset's items, with the spelling of those tags that exist.
struct InvolvedTags
{
    QList<TagLink> links;    // in item and list order
    QStringList linkFolded;  // the case-folded tag of each link
    QStringList spellings;
    QHash<QString, QString> spellingOf; // folded -> spelling
};

Result<InvolvedTags> readInvolved(QSqlDatabase db, DatasetId dataset, const QStringList &folded)
{
    const QString tags = jsonStrings(folded);
    InvolvedTags out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT it.item_id, t.name, it.position, t.folded FROM tags t "
                           "JOIN item_tags it ON it.tag_id = t.id JOIN items i ON i.id = it.item_id "
                           "WHERE t.folded IN (SELECT value FROM json_each(?)) AND i.dataset_id = ? "
                           "ORDER BY it.item_id, it.position"),
            {tags, dataset.value()});
        !r)
        return r.error();
    while (q.next()) {
        out.links.append({ItemId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toInt()});
        out.linkFolded.append(q.value(3).toString());
    }
    q.finish();
    QSqlQuery names(db);
    if (auto r = sql::exec(names, QStringLiteral("SELECT name, folded FROM tags WHERE folded IN (SELECT value FROM json_each(?))"), {tags}); !r)
        return r.error();
    while (names.next()) {
        out.spellings.append(names.value(0).toString());
        out.spellingOf.insert(names.value(1).toString(), names.value(0).toString());
    }
    return out;
}

// The snapshot of `involved` restricted to the items that change.
TagSnapshot snapshotOf(const InvolvedTags &involved, const QStringList &folded, const QList<ItemId> &changed)
{
    const QSet<ItemId> items(changed.cbegin(), changed.cend());
    TagSnapshot s;
    s.folded = folded;
    s.spellings = involved.spellings;
    s.items = changed;
    for (const TagLink &link : involved.links) {
        if (items.contains(link.item))
            s.links.append(link);
    }
    return s;
}

Result<QString> tagIdsJson(QSqlDatabase db, const QStringList &folded, qint64 except)
{
    QSqlQuery q(db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT id FROM tags WHERE folded IN (SELECT value FROM json_each(?)) AND id != ?"),
            {jsonStrings(folded), except});
        !r)
        return r.error();
    QStringList ids;
    while (q.next())
        ids << QString::number(q.value(0).toLongLong());
    return QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
}

Result<void> touchItems(QSqlDatabase db, const QString &itemsJson)
{
    return sql::exec(db, QStringLiteral("UPDATE items SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))"),
        {sql::now(), itemsJson});
}

} // namespace

Result<TagEdit> Items::mergeTags(DatasetId dataset, const QStringList &from, const QString &into) const
{
    const QString target = into.simplified();
    if (target.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CatalogTr::tr("A tag cannot be empty."));
    const QStringList sources = normalizeTags(from);
    if (sources.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CatalogTr::tr("Name at least one tag to rename or merge."));
    const QString targetFolded = target.toCaseFolded();
    QStringList sourceFolded;
    for (const QString &tag : sources) {
        const QString folded = tag.toCaseFolded();
        if (folded != targetFolded)
            sourceFolded << folded; // distinct: normalizeTags dropped case-variants
    }
    const QStringList involvedFolded = sourceFolded + QStringList{targetFolded};

    return m_catalog.write([&](QSqlDatabase &db) -> Result<TagEdit> {
        auto involved = readInvolved(db, dataset, involvedFolded);
        if (!involved)
            return involved.error();
        const QString oldSpelling = involved->spellingOf.value(targetFolded);
        const bool respell = !oldSpelling.isEmpty() && oldSpelling != target;
        // The items that change: those with a source tag, and those with the target when it is respelled.
        QList<ItemId> changed;
        QSet<ItemId> seen;
        for (qsizetype i = 0; i < involved->links.size(); ++i) {
            const ItemId item = involved->links[i].item;
            if ((involved->linkFolded[i] != targetFolded || respell) && !seen.contains(item)) {
                seen.insert(item);
                changed.append(item);
            }
        }
        TagEdit edit;
        edit.items = int(changed.size());
        if (changed.isEmpty())
            return edit; // nothing to do: no tag row is created or respelled either
        edit.before = snapshotOf(*involved, involvedFolded, changed);

        auto targetId = tagIdFor(db, target);
        if (!targetId)
            return targetId.error();
        if (respell) {
            if (auto r = sql::exec(db, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"), {target, *targetId}); !r)
                return r.error();
        }
        const QString items = jsonIds(changed);
        if (auto r = touchItems(db, items); !r)
            return r.error();
        if (sourceFolded.isEmpty())
            return edit; // a case-only rename: the respelling was all
        auto sourceIds = tagIdsJson(db, sourceFolded, *targetId);
        if (!sourceIds)
            return sourceIds.error();
        // 1. Items that have the target keep it at the first place any of the merged tags had (only rows
        // that move are written: every written row costs a search-index update).
        if (auto r = sql::exec(db,
                QStringLiteral("UPDATE item_tags SET position = m.first FROM (SELECT o.item_id AS item, min(o.position) AS first "
                               "FROM item_tags o WHERE o.tag_id IN (SELECT value FROM json_each(?)) "
                               "AND o.item_id IN (SELECT value FROM json_each(?)) GROUP BY o.item_id) AS m "
                               "WHERE item_tags.item_id = m.item AND item_tags.tag_id = ? AND m.first < item_tags.position"),
                {*sourceIds, items, *targetId});
            !r)
            return r.error();
        // 2. Items without it: their first merged tag becomes the target, in place.
        if (auto r = sql::exec(db,
                QStringLiteral("UPDATE item_tags SET tag_id = ? WHERE item_id IN (SELECT value FROM json_each(?)) "
                               "AND NOT EXISTS (SELECT 1 FROM item_tags o WHERE o.item_id = item_tags.item_id AND o.tag_id = ?) "
                               "AND tag_id = (SELECT o.tag_id FROM item_tags o WHERE o.item_id = item_tags.item_id "
                               "AND o.tag_id IN (SELECT value FROM json_each(?)) ORDER BY o.position, o.tag_id LIMIT 1)"),
                {*targetId, items, *targetId, *sourceIds});
            !r)
            return r.error();
        // 3. The other copies go.
        if (auto r = sql::exec(db,
                QStringLiteral("DELETE FROM item_tags WHERE item_id IN (SELECT value FROM json_each(?)) "
                               "AND tag_id IN (SELECT value FROM json_each(?))"),
                {items, *sourceIds});
            !r)
            return r.error();
        return edit;
    });
}

Result<TagEdit> Items::deleteTags(DatasetId dataset, const QStringList &tags) const
{
    QStringList folded;
    for (const QString &tag : normalizeTags(tags))
        folded << tag.toCaseFolded();
    if (folded.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CatalogTr::tr("Name at least one tag to delete."));
    return m_catalog.write([&](QSqlDatabase &db) -> Result<TagEdit> {
        auto involved = readInvolved(db, dataset, folded);
        if (!involved)
            return involved.error();
        QList<ItemId> changed;
        QSet<ItemId> seen;
        for (const TagLink &link : std::as_const(involved->links)) {
            if (!seen.contains(link.item)) {
                seen.insert(link.item);
                changed.append(link.item);
            }
        }
        TagEdit edit;
        edit.items = int(changed.size());
        if (changed.isEmpty())
            return edit;
        edit.before = snapshotOf(*involved, folded, changed);
        const QString items = jsonIds(changed);
        if (auto r = touchItems(db, items); !r)
            return r.error();
        if (auto r = sql::exec(db,
                QStringLiteral("DELETE FROM item_tags WHERE item_id IN (SELECT value FROM json_each(?)) "
                               "AND tag_id IN (SELECT id FROM tags WHERE folded IN (SELECT value FROM json_each(?)))"),
                {items, jsonStrings(folded)});
            !r)
            return r.error();
        return edit;
    });
}

Result<void> Items::restoreTagSnapshot(const TagSnapshot &snapshot) const
{
    if (snapshot.items.isEmpty())
        return {};
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        for (const QString &spelling : snapshot.spellings) {
            if (auto r = sql::exec(db, QStringLiteral("UPDATE tags SET name = ? WHERE folded = ? AND name != ?"),
                    {spelling, spelling.toCaseFolded(), spelling});
                !r)
                return r;
        }
        const QString items = jsonIds(snapshot.items);
        // Rows are compared with what is there now, and only the difference is written (each written row
        // costs a search-index update): a place that holds another tag now is one update.
        auto place = [](qint64 item, int position) { return std::pair<qint64, int>(item, position); };
        QHash<std::pair<qint64, int>, qint64> current; // (item, position) -> tag id
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (auto r = sql::exec(q,
                    QStringLiteral("SELECT it.item_id, it.tag_id, it.position FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                                   "WHERE it.item_id IN (SELECT value FROM json_each(?)) "
                                   "AND t.folded IN (SELECT value FROM json_each(?))"),
                    {items, jsonStrings(snapshot.folded)});
                !r)
                return r;
            while (q.next())
                current.insert(place(q.value(0).toLongLong(), q.value(2).toInt()), q.value(1).toLongLong());
        }
        struct Change
        {
            qint64 item;
            qint64 now;    // the tag there now (updates)
            qint64 tag;    // the tag the snapshot has there
            int position;
        };
        QHash<QString, qint64> tagIds;
        QList<Change> updates;
        QList<Change> inserts;
        QHash<qint64, int> updatesOf; // item -> updates: two on one item could swap tags, which the primary key refuses
        for (const TagLink &link : snapshot.links) {
            auto id = tagIds.constFind(link.tag);
            if (id == tagIds.cend()) {
                auto made = tagIdFor(db, link.tag);
                if (!made)
                    return made.error();
                id = tagIds.insert(link.tag, *made);
            }
            const qint64 item = link.item.value();
            auto now = current.find(place(item, link.position));
            if (now == current.end()) {
                inserts.append({item, 0, *id, link.position});
                continue;
            }
            if (*now != *id) {
                updates.append({item, *now, *id, link.position});
                ++updatesOf[item];
            }
            current.erase(now);
        }
        QList<Change> deletes; // what is left of `current` was not there before
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            deletes.append({it.key().first, it.value(), 0, it.key().second});
        updates.removeIf([&](const Change &u) {
            if (updatesOf.value(u.item) < 2)
                return false;
            deletes.append({u.item, u.now, 0, u.position});
            inserts.append({u.item, 0, u.tag, u.position});
            return true;
        });
        auto json = [](const QList<Change> &changes) {
            QString rows;
            rows.reserve(changes.size() * 32 + 2);
            rows += QLatin1Char('[');
            for (const Change &c : changes) {
                if (rows.size() > 1)
                    rows += QLatin1Char(',');
                rows += QStringLiteral("[%1,%2,%3,%4]").arg(c.item).arg(c.now).arg(c.tag).arg(c.position);
            }
            rows += QLatin1Char(']');
            return rows;
        };
        // [item, tag now, tag wanted, position]
        if (!deletes.isEmpty()) {
            if (auto r = sql::exec(db,
                    QStringLiteral("DELETE FROM item_tags WHERE (item_id, tag_id) IN "
                                   "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))"),
                    {json(deletes)});
                !r)
                return r;
        }
        if (!updates.isEmpty()) {
            if (auto r = sql::exec(db,
                    QStringLiteral("UPDATE item_tags SET tag_id = u.tag FROM (SELECT json_extract(value, '$[0]') AS item, "
                                   "json_extract(value, '$[1]') AS now, json_extract(value, '$[2]') AS tag FROM json_each(?)) AS u "
                                   "WHERE item_tags.item_id = u.item AND item_tags.tag_id = u.now"),
                    {json(updates)});
                !r)
                return r;
        }
        if (!inserts.isEmpty()) {
            if (auto r = sql::exec(db,
                    QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) "
                                   "SELECT json_extract(value, '$[0]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') "
                                   "FROM json_each(?) WHERE json_extract(value, '$[0]') IN (SELECT id FROM items)"),
                    {json(inserts)});
                !r)
                return r;
        }
        return touchItems(db, items);
    });
}

Result<QList<CaptionTarget>> Items::captionSources(DatasetId dataset, const QList<ItemId> &ids, bool withTags) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, blob_sha256, original_name, caption, caption_origin, caption_meta FROM items "
                                           "WHERE dataset_id = ? ");
    Result<void> r = ids.isEmpty()
        ? sql::exec(q, columns + QStringLiteral("AND status != ? ORDER BY id"), {dataset.value(), toKey(ItemStatus::Trashed)})
        : sql::exec(q, columns + QStringLiteral("AND id IN (SELECT value FROM json_each(?)) ORDER BY id"), {dataset.value(), jsonIds(ids)});
    if (!r)
        return r.error();
    QList<CaptionTarget> out;
    QList<ItemId> found;
    while (q.next()) {
        CaptionTarget t;
        t.id = ItemId(q.value(0).toLongLong());
        t.hash = ContentHash::fromHex(q.value(1).toString());
        t.name = q.value(2).toString();
        t.caption = q.value(3).toString();
        t.provenance = CaptionProvenance::fromColumns(q.value(4).toString(), q.value(5).toString());
        out.append(t);
        found.append(t.id);
    }
    q.finish();
    if (withTags && !out.isEmpty()) {
        auto tags = ids.isEmpty() ? tagsOfDataset(dataset) : tagsOf(found);
        if (!tags)
            return tags.error();
        for (CaptionTarget &t : out)
            t.tags = tags->value(t.id);
    }
    return out;
}

Result<CaptionWriteOutcome> Items::writeCaptions(const QList<CaptionWrite> &writes) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<CaptionWriteOutcome> {
        CaptionWriteOutcome out;
        if (writes.isEmpty())
            return out;
        QList<ItemId> ids;
        ids.reserve(writes.size());
        for (const CaptionWrite &w : writes)
            ids.append(w.id);
        struct Current
        {
            QString caption;
            CaptionProvenance provenance;
        };
        QHash<ItemId, Current> current;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (auto r = sql::exec(q,
                    QStringLiteral("SELECT id, caption, caption_origin, caption_meta FROM items "
                                   "WHERE id IN (SELECT value FROM json_each(?))"),
                    {jsonIds(ids)});
                !r)
                return r.error();
            while (q.next()) {
                current.insert(ItemId(q.value(0).toLongLong()),
                    {q.value(1).toString(), CaptionProvenance::fromColumns(q.value(2).toString(), q.value(3).toString())});
            }
        }
        // Compared here, in the write's transaction, exactly (SQL's = would do too; this keeps the
        // provenance each written caption had, for undo).
        QHash<ItemId, qsizetype> rowOf;
        QJsonArray rows;
        for (const CaptionWrite &w : writes) {
            auto it = current.find(w.id);
            if (it == current.end() || it->caption != w.expected) {
                out.skipped.append(w.id);
                continue;
            }
            if (!out.previous.contains(w.id))
                out.previous.insert(w.id, it->provenance);
            const QString meta = w.provenance.metaJson();
            const QJsonArray row{w.id.value(), w.caption, toKey(w.provenance.origin),
                meta.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(meta)};
            if (auto at = rowOf.constFind(w.id); at != rowOf.cend()) {
                rows[*at] = row; // the same item twice: the later write wins, as it would one by one
            } else {
                rowOf.insert(w.id, rows.size());
                rows.append(row);
                out.written.append(w.id);
            }
            it->caption = w.caption;
        }
        if (rows.isEmpty())
            return out;
        if (auto r = sql::exec(db,
                QStringLiteral("UPDATE items SET caption = c.caption, caption_origin = c.origin, caption_meta = c.meta, updated_at = ? "
                               "FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS caption, "
                               "json_extract(value, '$[2]') AS origin, json_extract(value, '$[3]') AS meta FROM json_each(?)) AS c "
                               "WHERE items.id = c.id"),
                {sql::now(), QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
            !r)
            return r.error();
        return out;
    });
}

} // namespace lc
