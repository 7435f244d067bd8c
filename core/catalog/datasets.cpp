#include "datasets.h"

#include "util/tr.h"

#include "items.h"

#include "catalog.h"
#include "names.h"
#include "sql.h"
#include "workspaces.h"

#include <QCoreApplication>

namespace lc {

namespace {


// The status keys are written into the text (they are constants of a-z and '-') rather than bound, so
// that every statement built on this one keeps its own bindings simple.
const QString SelectDataset = QStringLiteral(
    "SELECT d.id, d.workspace_id, w.name, d.name, d.trigger_word, d.class_word, d.target_model, "
    "d.target_resolution, d.notes, d.created_at, d.updated_at, d.reg_dataset_id, d.caption_source, "
    "(SELECT count(*) FROM items i WHERE i.dataset_id = d.id AND i.status != '%1'), "
    "(SELECT count(*) FROM items i WHERE i.dataset_id = d.id AND i.status = '%2'), "
    "(SELECT count(*) FROM items i WHERE i.dataset_id = d.id AND i.status = '%1') "
    "FROM datasets d JOIN workspaces w ON w.id = d.workspace_id ")
                                  .arg(toKey(ItemStatus::Trashed), toKey(ItemStatus::Rejected));

Dataset readDataset(const QSqlQuery &q)
{
    Dataset d;
    d.id = DatasetId(q.value(0).toLongLong());
    d.workspaceId = WorkspaceId(q.value(1).toLongLong());
    d.workspaceName = q.value(2).toString();
    d.name = q.value(3).toString();
    d.settings.triggerWord = q.value(4).toString();
    d.settings.classWord = q.value(5).toString();
    parseTargetModel(q.value(6).toString(), &d.settings.targetModel);
    d.settings.targetResolution = q.value(7).toInt();
    d.settings.notes = q.value(8).toString();
    d.createdAt = q.value(9).toLongLong();
    d.updatedAt = q.value(10).toLongLong();
    d.settings.regularization = DatasetId(q.value(11).toLongLong());
    d.settings.captionSource = fromKey<CaptionSource>(q.value(12).toString()).value_or(CaptionSource::Caption);
    d.itemCount = q.value(13).toInt();
    d.rejectedCount = q.value(14).toInt();
    d.trashedCount = q.value(15).toInt();
    return d;
}

// reg_dataset_id's value: NULL for none (a dataset is never its own regularization set).
QVariant regularizationValue(const DatasetSettings &settings, DatasetId self)
{
    if (!settings.regularization.isValid() || settings.regularization == self)
        return QVariant(QMetaType(QMetaType::LongLong));
    return settings.regularization.value();
}

Result<Dataset> queryById(QSqlDatabase db, DatasetId id)
{
    QSqlQuery q(db);
    if (auto r = sql::exec(q, SelectDataset + QStringLiteral("WHERE d.id = ?"), {id.value()}); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, CatalogTr::tr("Dataset #%1 does not exist.").arg(id.value()));
    return readDataset(q);
}

Result<void> ensureNameFree(QSqlDatabase db, WorkspaceId workspace, const QString &name, DatasetId except)
{
    auto existing = sql::scalar(db,
        QStringLiteral("SELECT d.name || char(31) || w.name FROM datasets d JOIN workspaces w "
                       "ON w.id = d.workspace_id WHERE d.workspace_id = ? AND d.name = ? COLLATE NOCASE "
                       "AND d.id != ?"),
        {workspace.value(), name, except.value()});
    if (!existing)
        return existing.error();
    if (existing->isValid()) {
        const QStringList parts = existing->toString().split(QChar(31));
        return makeError(ErrorCode::AlreadyExists,
            CatalogTr::tr("Workspace “%1” already has a dataset named “%2”.").arg(parts.value(1), parts.value(0)));
    }
    return {};
}

QString trimmedWord(const QString &s)
{
    return s.simplified();
}

} // namespace

Result<void> Datasets::validateSettings(const DatasetSettings &settings)
{
    if (settings.targetResolution < 256 || settings.targetResolution > 4096) {
        return makeError(ErrorCode::InvalidArgument,
            CatalogTr::tr("The target resolution must be between 256 and 4096 pixels (got %1).")
                .arg(settings.targetResolution));
    }
    if (settings.targetResolution % 64 != 0) {
        return makeError(ErrorCode::InvalidArgument,
            CatalogTr::tr("The target resolution must be a multiple of 64 pixels (got %1).").arg(settings.targetResolution));
    }
    for (const QString &word : {settings.triggerWord, settings.classWord}) {
        if (word.contains(QLatin1Char('\n')) || word.contains(QLatin1Char('\r')))
            return makeError(ErrorCode::InvalidArgument, CatalogTr::tr("Trigger and class words must be on one line."));
    }
    return {};
}

Result<Dataset> Datasets::create(WorkspaceId workspace, const QString &rawName, const DatasetSettings &settings) const
{
    auto name = validateName(rawName, QStringLiteral("dataset"));
    if (!name)
        return name.error();
    if (auto r = validateSettings(settings); !r)
        return r.error();
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Dataset> {
        auto exists = sql::scalar(db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {workspace.value()});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return makeError(ErrorCode::NotFound, CatalogTr::tr("Workspace #%1 does not exist.").arg(workspace.value()));
        if (auto r = ensureNameFree(db, workspace, *name, DatasetId()); !r)
            return r.error();
        const qint64 now = sql::now();
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("INSERT INTO datasets (workspace_id, name, trigger_word, class_word, target_model, "
                               "target_resolution, notes, created_at, updated_at, reg_dataset_id, caption_source) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                {workspace.value(), *name, trimmedWord(settings.triggerWord), trimmedWord(settings.classWord),
                    targetModelKey(settings.targetModel), settings.targetResolution, settings.notes, now, now,
                    regularizationValue(settings, DatasetId()), toKey(settings.captionSource)});
            !r)
            return r.error();
        return queryById(db, DatasetId(q.lastInsertId().toLongLong()));
    });
}

Result<QList<Dataset>> Datasets::list(WorkspaceId workspace) const
{
    QSqlQuery q(m_catalog.database());
    const QString order = QStringLiteral("ORDER BY w.name COLLATE NOCASE, d.name COLLATE NOCASE");
    Result<void> r = workspace.isValid()
        ? sql::exec(q, SelectDataset + QStringLiteral("WHERE d.workspace_id = ? ") + order, {workspace.value()})
        : sql::exec(q, SelectDataset + order);
    if (!r)
        return r.error();
    QList<Dataset> result;
    while (q.next())
        result.append(readDataset(q));
    return result;
}

Result<Dataset> Datasets::get(DatasetId id) const
{
    return queryById(m_catalog.database(), id);
}

Result<Dataset> Datasets::find(WorkspaceId workspace, const QString &name) const
{
    QSqlQuery q(m_catalog.database());
    if (auto r = sql::exec(q, SelectDataset + QStringLiteral("WHERE d.workspace_id = ? AND d.name = ? COLLATE NOCASE"),
            {workspace.value(), name.trimmed()});
        !r)
        return r.error();
    if (!q.next()) {
        auto ws = Workspaces(m_catalog).get(workspace);
        return makeError(ErrorCode::NotFound,
            CatalogTr::tr("Workspace “%1” has no dataset named “%2”.")
                .arg(ws ? ws->name : QString::number(workspace.value()), name.trimmed()));
    }
    return readDataset(q);
}

Result<Dataset> Datasets::findByPath(const QString &path) const
{
    auto parts = splitDatasetPath(path);
    if (!parts)
        return parts.error();
    auto ws = Workspaces(m_catalog).find(parts->first);
    if (!ws)
        return ws.error();
    return find(ws->id, parts->second);
}

Result<Dataset> Datasets::rename(DatasetId id, const QString &newName) const
{
    auto name = validateName(newName, QStringLiteral("dataset"));
    if (!name)
        return name.error();
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Dataset> {
        auto current = queryById(db, id);
        if (!current)
            return current;
        if (auto r = ensureNameFree(db, current->workspaceId, *name, id); !r)
            return r.error();
        if (auto r = sql::exec(db, QStringLiteral("UPDATE datasets SET name = ?, updated_at = ? WHERE id = ?"),
                {*name, sql::now(), id.value()});
            !r)
            return r.error();
        return queryById(db, id);
    });
}

Result<Dataset> Datasets::move(DatasetId id, WorkspaceId workspace) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Dataset> {
        auto current = queryById(db, id);
        if (!current)
            return current;
        if (current->workspaceId == workspace)
            return current;
        auto exists = sql::scalar(db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {workspace.value()});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return makeError(ErrorCode::NotFound, CatalogTr::tr("Workspace #%1 does not exist.").arg(workspace.value()));
        if (auto r = ensureNameFree(db, workspace, current->name, id); !r)
            return r.error();
        if (auto r = sql::exec(db, QStringLiteral("UPDATE datasets SET workspace_id = ?, updated_at = ? WHERE id = ?"),
                {workspace.value(), sql::now(), id.value()});
            !r)
            return r.error();
        return queryById(db, id);
    });
}

Result<int> Datasets::emptyTrash(DatasetId id) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<int> {
        if (auto current = queryById(db, id); !current)
            return current.error();
        QSqlQuery q(db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM items WHERE dataset_id = ? AND status = ?"), {id.value(), toKey(ItemStatus::Trashed)}); !r)
            return r.error();
        return q.numRowsAffected();
    });
}

Result<Dataset> Datasets::updateSettings(DatasetId id, const DatasetSettings &settings) const
{
    if (auto r = validateSettings(settings); !r)
        return r.error();
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Dataset> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("UPDATE datasets SET trigger_word = ?, class_word = ?, target_model = ?, "
                               "target_resolution = ?, notes = ?, updated_at = ?, reg_dataset_id = ?, caption_source = ? WHERE id = ?"),
                {trimmedWord(settings.triggerWord), trimmedWord(settings.classWord),
                    targetModelKey(settings.targetModel), settings.targetResolution, settings.notes, sql::now(),
                    regularizationValue(settings, id), toKey(settings.captionSource), id.value()});
            !r)
            return r.error();
        if (q.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, CatalogTr::tr("Dataset #%1 does not exist.").arg(id.value()));
        return queryById(db, id);
    });
}

Result<void> Datasets::remove(DatasetId id) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM datasets WHERE id = ?"), {id.value()}); !r)
            return r;
        if (q.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, CatalogTr::tr("Dataset #%1 does not exist.").arg(id.value()));
        return {};
    });
}

Result<DatasetSnapshot> Datasets::snapshot(DatasetId id) const
{
    QSqlDatabase db = m_catalog.database();
    auto dataset = queryById(db, id);
    if (!dataset)
        return dataset.error();
    DatasetSnapshot snap;
    snap.dataset = *dataset;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = sql::exec(q,
            QStringLiteral("SELECT id, blob_sha256, original_name, source_path, caption, status, rating, repeats, "
                           "crop_x, crop_y, crop_w, crop_h, created_at, imported_caption, caption_origin, caption_meta "
                           "FROM items WHERE dataset_id = ? ORDER BY id"),
            {id.value()});
        !r)
        return r.error();
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        DatasetSnapshot::Item item;
        item.id = q.value(0).toLongLong();
        item.hash = q.value(1).toString();
        item.originalName = q.value(2).toString();
        item.sourcePath = q.value(3).toString();
        item.caption = q.value(4).toString();
        item.status = q.value(5).toString();
        item.rating = q.value(6).toInt();
        item.repeats = q.value(7).toInt();
        item.cropX = q.value(8);
        item.cropY = q.value(9);
        item.cropW = q.value(10);
        item.cropH = q.value(11);
        item.createdAt = q.value(12).toLongLong();
        item.importedCaption = q.value(13);
        item.captionOrigin = q.value(14).toString();
        item.captionMeta = q.value(15);
        indexOf.insert(q.value(0).toLongLong(), snap.items.size());
        snap.items.append(item);
    }
    QSqlQuery t(db);
    t.setForwardOnly(true);
    if (auto r = sql::exec(t,
            QStringLiteral("SELECT it.item_id, tg.name FROM item_tags it JOIN tags tg ON tg.id = it.tag_id "
                           "JOIN items i ON i.id = it.item_id WHERE i.dataset_id = ? ORDER BY it.item_id, it.position"),
            {id.value()});
        !r)
        return r.error();
    while (t.next())
        snap.items[indexOf.value(t.value(0).toLongLong())].tags << t.value(1).toString();
    for (const auto &[table, out] : {std::pair{QStringLiteral("tasks"), &snap.tasks}, std::pair{QStringLiteral("exports"), &snap.exports}}) {
        QSqlQuery h(db);
        if (auto r = sql::exec(h, QStringLiteral("SELECT id FROM %1 WHERE dataset_id = ?").arg(table), {id.value()}); !r)
            return r.error();
        while (h.next())
            out->append(h.value(0).toLongLong());
    }
    return snap;
}

Result<DatasetSnapshot> Datasets::removeWithSnapshot(DatasetId id) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<DatasetSnapshot> {
        auto snap = snapshot(id); // this thread's connection: inside the transaction
        if (!snap)
            return snap;
        if (auto r = sql::exec(db, QStringLiteral("DELETE FROM datasets WHERE id = ?"), {id.value()}); !r)
            return r.error();
        return snap;
    });
}

Result<Dataset> Datasets::restore(const DatasetSnapshot &snap, const QString &rawName) const
{
    auto name = validateName(rawName.isEmpty() ? snap.dataset.name : rawName, QStringLiteral("dataset"));
    if (!name)
        return name.error();
    return m_catalog.write([&](QSqlDatabase &db) -> Result<Dataset> {
        return detail::insertSnapshot(db, snap, snap.dataset.workspaceId, *name, false, nullptr);
    });
}

Result<UndeletedDataset> Datasets::undelete(const DatasetSnapshot &snap, WorkspaceId into) const
{
    return m_catalog.write([&](QSqlDatabase &db) -> Result<UndeletedDataset> {
        UndeletedDataset out;
        auto d = detail::insertSnapshot(db, snap, into.isValid() ? into : snap.dataset.workspaceId, snap.dataset.name, true, &out.changes,
            detail::idFloor(snap));
        if (!d)
            return d.error();
        out.dataset = *d;
        return out;
    });
}

namespace detail {

IdFloor idFloor(const DatasetSnapshot &snapshot)
{
    IdFloor floor;
    floor.datasets = snapshot.dataset.id.value();
    for (const DatasetSnapshot::Item &it : snapshot.items)
        floor.items = std::max(floor.items, it.id);
    return floor;
}

Result<Dataset> insertSnapshot(QSqlDatabase &db, const DatasetSnapshot &snap, WorkspaceId workspace, const QString &name,
    bool keepIds, IdChanges *changes, IdFloor floor)
{
    auto ws = sql::scalar(db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {workspace.value()});
    if (!ws)
        return ws.error();
    if (!ws->isValid())
        return makeError(ErrorCode::NotFound, CatalogTr::tr("The workspace “%1” no longer exists.").arg(snap.dataset.workspaceName));
    if (auto r = ensureNameFree(db, workspace, name, DatasetId()); !r)
        return r.error();
    // An id is reused only while no other row has taken it since the deletion.
    auto idFree = [&db](const QString &table, qint64 id) -> Result<bool> {
        if (id <= 0)
            return false;
        auto taken = sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
        if (!taken)
            return taken.error();
        return !taken->isValid();
    };
    // A new id above both the table and the floor (NULL lets SQLite pick when there is no floor).
    auto newId = [&db](const QString &table, qint64 floorId) -> Result<QVariant> {
        if (floorId <= 0)
            return QVariant(QMetaType(QMetaType::LongLong));
        auto max = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
        if (!max)
            return max.error();
        return QVariant(std::max(max->toLongLong(), floorId) + 1);
    };
    const DatasetSettings &s = snap.dataset.settings;
    const qint64 now = sql::now();
    auto keepDatasetId = keepIds ? idFree(QStringLiteral("datasets"), snap.dataset.id.value()) : Result<bool>(false);
    if (!keepDatasetId)
        return keepDatasetId.error();
    auto datasetRowId = *keepDatasetId ? Result<QVariant>(QVariant(snap.dataset.id.value())) : newId(QStringLiteral("datasets"), floor.datasets);
    if (!datasetRowId)
        return datasetRowId.error();
    QSqlQuery d(db);
    if (auto r = sql::exec(d,
            QStringLiteral("INSERT INTO datasets (id, workspace_id, name, trigger_word, class_word, target_model, "
                           "target_resolution, notes, created_at, updated_at, reg_dataset_id, caption_source) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,(SELECT id FROM datasets WHERE id = ?),?)"),
            {*datasetRowId, workspace.value(),
                name, s.triggerWord, s.classWord, targetModelKey(s.targetModel), s.targetResolution, s.notes,
                keepIds ? snap.dataset.createdAt : now, now, s.regularization.value(), toKey(s.captionSource)});
        !r)
        return r.error();
    const qint64 datasetId = d.lastInsertId().toLongLong();
    if (changes && datasetId != snap.dataset.id.value())
        changes->datasets.insert(snap.dataset.id.value(), datasetId);
    QSqlQuery item(db), itemTaken(db), link(db);
    item.prepare(QStringLiteral("INSERT INTO items (id, dataset_id, blob_sha256, original_name, source_path, caption, status, "
                                "rating, repeats, crop_x, crop_y, crop_w, crop_h, created_at, updated_at, imported_caption, "
                                "caption_origin, caption_meta) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    itemTaken.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?"));
    link.prepare(QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) VALUES (?,?,?)"));
    QHash<QString, qint64> tagIds;
    // Rows that get their old ids go in first: a row given a new id takes max(id) + 1, which could be
    // the old id of one still to come.
    QList<const DatasetSnapshot::Item *> order;
    QSet<const DatasetSnapshot::Item *> keep;
    order.reserve(snap.items.size());
    if (keepIds) {
        for (const DatasetSnapshot::Item &it : snap.items) {
            if (it.id <= 0)
                continue;
            itemTaken.bindValue(0, it.id);
            if (!itemTaken.exec())
                return sql::toError(itemTaken.lastError(), CatalogTr::tr("Cannot restore the dataset"));
            if (!itemTaken.next()) {
                keep.insert(&it);
                order.append(&it);
            }
            itemTaken.finish();
        }
    }
    for (const DatasetSnapshot::Item &it : snap.items) {
        if (!keep.contains(&it))
            order.append(&it);
    }
    for (const DatasetSnapshot::Item *entry : std::as_const(order)) {
        const DatasetSnapshot::Item &it = *entry;
        auto rowId = keep.contains(entry) ? Result<QVariant>(QVariant(it.id)) : newId(QStringLiteral("items"), floor.items);
        if (!rowId)
            return rowId.error();
        const QVariantList values{*rowId, datasetId, it.hash,
            sql::bindable(it.originalName), sql::bindable(it.sourcePath), sql::bindable(it.caption), it.status, it.rating,
            it.repeats, it.cropX, it.cropY, it.cropW, it.cropH, it.createdAt, now, it.importedCaption, it.captionOrigin, it.captionMeta};
        for (int i = 0; i < values.size(); ++i)
            item.bindValue(i, values[i]);
        if (!item.exec()) {
            const QSqlError error = item.lastError();
            auto stored = sql::scalar(db, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {it.hash});
            if (stored && !stored->isValid()) {
                return makeError(ErrorCode::NotFound,
                    CatalogTr::tr("Cannot bring back “%1”: a stored image it used was removed (gc ran).").arg(it.originalName),
                    error.text());
            }
            return sql::toError(error, CatalogTr::tr("Cannot restore “%1”").arg(it.originalName));
        }
        const qint64 itemId = item.lastInsertId().toLongLong();
        if (changes && it.id > 0 && itemId != it.id)
            changes->items.insert(it.id, itemId);
        int position = 0;
        for (const QString &tag : normalizeTags(it.tags)) {
            qint64 tagId = tagIds.value(tag, 0);
            if (!tagId) {
                auto found = tagIdFor(db, tag);
                if (!found)
                    return found.error();
                tagId = *found;
                tagIds.insert(tag, tagId);
            }
            link.bindValue(0, itemId);
            link.bindValue(1, tagId);
            link.bindValue(2, position++);
            if (!link.exec())
                return sql::toError(link.lastError(), CatalogTr::tr("Cannot restore tags"));
        }
    }
    if (keepIds) {
        // The history rows the deletion unlinked (ON DELETE SET NULL) belong to it again.
        for (const auto &[table, ids] : {std::pair{QStringLiteral("tasks"), &snap.tasks}, std::pair{QStringLiteral("exports"), &snap.exports}}) {
            for (qint64 rowId : *ids) {
                if (auto r = sql::exec(db, QStringLiteral("UPDATE %1 SET dataset_id = ? WHERE id = ? AND dataset_id IS NULL").arg(table),
                        {datasetId, rowId});
                    !r)
                    return r.error();
            }
        }
    }
    return queryById(db, DatasetId(datasetId));
}

} // namespace detail

Result<Dataset> Datasets::duplicate(DatasetId id, const QString &newName) const
{
    auto snap = snapshot(id);
    if (!snap)
        return snap.error();
    return restore(*snap, newName);
}

} // namespace lc
