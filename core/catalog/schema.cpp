#include "schema.h"

#include "util/tr.h"

#include "sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QHash>
#include <QStringList>

#include <functional>

Q_LOGGING_CATEGORY(lcSchema, "loracraft.catalog.schema")

namespace lc::Schema {

namespace {

struct Migration
{
    int version;
    const char *summary;
    QStringList statements;
    // Work SQL alone cannot do (Unicode case folding), run after the statements in the same transaction.
    std::function<Result<void>(QSqlDatabase &)> code = {};
    QStringList after = {}; // statements run after code
};

// Version 3: tags are one per case-folded spelling. Merges tags that differ only in case into the
// first one created (its spelling wins); an item that had both keeps the earlier position.
Result<void> foldTags(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT id, name FROM tags ORDER BY id")); !r)
        return r;
    QHash<QString, qint64> keeper;
    QList<std::pair<qint64, QString>> folds;
    QList<std::pair<qint64, qint64>> merges; // duplicate id -> keeper id
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString folded = q.value(1).toString().toCaseFolded();
        auto it = keeper.constFind(folded);
        if (it == keeper.cend()) {
            keeper.insert(folded, id);
            folds.append({id, folded});
        } else {
            merges.append({id, it.value()});
        }
    }
    q.finish();
    for (const auto &[dup, keep] : std::as_const(merges)) {
        // Items with both spellings: keep the first position, drop the other link.
        if (auto r = sql::exec(db,
                QStringLiteral("UPDATE item_tags SET position = min(position, (SELECT position FROM item_tags o WHERE "
                               "o.item_id = item_tags.item_id AND o.tag_id = ?)) WHERE tag_id = ? AND item_id IN "
                               "(SELECT item_id FROM item_tags WHERE tag_id = ?)"),
                {dup, keep, dup});
            !r)
            return r;
        if (auto r = sql::exec(db,
                QStringLiteral("DELETE FROM item_tags WHERE tag_id = ? AND item_id IN (SELECT item_id FROM item_tags WHERE tag_id = ?)"),
                {dup, keep});
            !r)
            return r;
        if (auto r = sql::exec(db, QStringLiteral("UPDATE item_tags SET tag_id = ? WHERE tag_id = ?"), {keep, dup}); !r)
            return r;
        if (auto r = sql::exec(db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {dup}); !r)
            return r;
    }
    for (const auto &[id, folded] : std::as_const(folds)) {
        if (auto r = sql::exec(db, QStringLiteral("UPDATE tags SET folded = ? WHERE id = ?"), {folded, id}); !r)
            return r;
    }
    return {};
}

// A trigger that rewrites the search index's tags column (the item's tags in order) for `where`.
QString tagsTrigger(const QString &nameAndEvent, const QString &itemExpr, const QString &where)
{
    return QStringLiteral("CREATE TRIGGER %1 BEGIN UPDATE item_search SET tags = (SELECT ifnull(group_concat(name, ' '), '') FROM "
                          "(SELECT t.name AS name FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                          "WHERE it.item_id = %2 ORDER BY it.position)) WHERE %3; END")
        .arg(nameAndEvent, itemExpr, where);
}

// Never edit a released migration: add a new one. Every migration is tested from every earlier version
// (tests/core/test_schema.cpp).
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "initial schema",
            {
                QStringLiteral(R"(CREATE TABLE workspaces (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE datasets (
                    id INTEGER PRIMARY KEY,
                    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
                    trigger_word TEXT NOT NULL DEFAULT '',
                    class_word TEXT NOT NULL DEFAULT '',
                    target_model TEXT NOT NULL DEFAULT 'flux' CHECK (target_model IN ('flux', 'sdxl', 'sd15')),
                    target_resolution INTEGER NOT NULL DEFAULT 1024
                        CHECK (target_resolution BETWEEN 256 AND 4096),
                    notes TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    UNIQUE (workspace_id, name)))"),
                QStringLiteral(R"(CREATE TABLE blobs (
                    sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
                    byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
                    format TEXT NOT NULL,
                    width INTEGER NOT NULL CHECK (width >= 0),
                    height INTEGER NOT NULL CHECK (height >= 0),
                    orientation INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
                    phash INTEGER,
                    blur_score REAL,
                    mean_luma REAL,
                    created_at INTEGER NOT NULL) WITHOUT ROWID)"),
                QStringLiteral(R"(CREATE TABLE items (
                    id INTEGER PRIMARY KEY,
                    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
                    blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE RESTRICT,
                    original_name TEXT NOT NULL,
                    source_path TEXT NOT NULL DEFAULT '',
                    caption TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected', 'trashed')),
                    rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
                    crop_x INTEGER, crop_y INTEGER, crop_w INTEGER, crop_h INTEGER,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    CHECK ((crop_x IS NULL AND crop_y IS NULL AND crop_w IS NULL AND crop_h IS NULL)
                        OR (crop_x >= 0 AND crop_y >= 0 AND crop_w > 0 AND crop_h > 0)),
                    UNIQUE (dataset_id, blob_sha256)))"),
                QStringLiteral("CREATE INDEX items_blob ON items(blob_sha256)"),
                QStringLiteral("CREATE INDEX items_dataset_status ON items(dataset_id, status)"),
                QStringLiteral(R"(CREATE TABLE tags (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)))"),
                QStringLiteral(R"(CREATE TABLE item_tags (
                    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (item_id, tag_id)) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX item_tags_tag ON item_tags(tag_id)"),
                QStringLiteral(R"(CREATE TABLE tasks (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'running', 'completed', 'failed', 'canceled')),
                    dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
                    progress INTEGER NOT NULL DEFAULT 0,
                    total INTEGER NOT NULL DEFAULT 0,
                    message TEXT NOT NULL DEFAULT '',
                    error TEXT NOT NULL DEFAULT '',
                    report TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    started_at INTEGER,
                    finished_at INTEGER))"),
                QStringLiteral("CREATE INDEX tasks_status ON tasks(status)"),
                QStringLiteral(R"(CREATE TABLE exports (
                    id INTEGER PRIMARY KEY,
                    dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
                    format TEXT NOT NULL,
                    options TEXT NOT NULL DEFAULT '{}',
                    output_path TEXT NOT NULL,
                    item_count INTEGER NOT NULL DEFAULT 0,
                    byte_size INTEGER NOT NULL DEFAULT 0,
                    sha256 TEXT,
                    created_at INTEGER NOT NULL))"),
                // Full-text search over caption, tags (in order) and file name. rowid = items.id.
                QStringLiteral("CREATE VIRTUAL TABLE item_search USING fts5(caption, tags, file_name, "
                               "tokenize = 'unicode61 remove_diacritics 2')"),
                QStringLiteral(R"(CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
                    INSERT INTO item_search(rowid, caption, tags, file_name)
                        VALUES (new.id, new.caption, '', new.original_name);
                    END)"),
                QStringLiteral(R"(CREATE TRIGGER items_search_update AFTER UPDATE OF caption, original_name ON items
                    BEGIN
                    UPDATE item_search SET caption = new.caption, file_name = new.original_name
                        WHERE rowid = new.id;
                    END)"),
                QStringLiteral(R"(CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
                    DELETE FROM item_search WHERE rowid = old.id;
                    END)"),
                tagsTrigger(QStringLiteral("item_tags_search_insert AFTER INSERT ON item_tags"),
                    QStringLiteral("new.item_id"), QStringLiteral("rowid = new.item_id")),
                tagsTrigger(QStringLiteral("item_tags_search_update AFTER UPDATE ON item_tags"),
                    QStringLiteral("new.item_id"), QStringLiteral("rowid = new.item_id")),
                tagsTrigger(QStringLiteral("item_tags_search_delete AFTER DELETE ON item_tags"),
                    QStringLiteral("old.item_id"), QStringLiteral("rowid = old.item_id")),
                tagsTrigger(QStringLiteral("tags_search_rename AFTER UPDATE OF name ON tags"),
                    QStringLiteral("item_search.rowid"),
                    QStringLiteral("rowid IN (SELECT item_id FROM item_tags WHERE tag_id = new.id)")),
            }},
        {2, "kohya repeats per item, alpha flag per blob",
            {
                QStringLiteral("ALTER TABLE items ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1 "
                               "CHECK (repeats BETWEEN 1 AND 10000)"),
                QStringLiteral("ALTER TABLE blobs ADD COLUMN has_alpha INTEGER NOT NULL DEFAULT 0"),
            }},
        {3, "case-insensitive tags, the caption an import set, exports in the task history",
            {
                // The caption the last import (a sidecar file) gave the item; NULL when unknown (items of
                // earlier versions). A re-import may follow a changed caption file only while the caption
                // still equals this, i.e. was never edited in the app.
                QStringLiteral("ALTER TABLE items ADD COLUMN imported_caption TEXT"),
                // The case-folded name: the identity of a tag ("Cat" and "cat" are one tag).
                QStringLiteral("ALTER TABLE tags ADD COLUMN folded TEXT"),
                QStringLiteral("ALTER TABLE exports ADD COLUMN task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL"),
            },
            foldTags,
            {
                QStringLiteral("CREATE UNIQUE INDEX tags_folded ON tags(folded)"),
            }},
        {4, "where each caption came from",
            {
                // none | manual | imported | auto (CaptionOrigin); what an auto caption was written by
                // (backend, model, prompt, time, task) as JSON, NULL otherwise.
                QStringLiteral("ALTER TABLE items ADD COLUMN caption_origin TEXT NOT NULL DEFAULT 'none' "
                               "CHECK (caption_origin IN ('none', 'manual', 'imported', 'auto'))"),
                QStringLiteral("ALTER TABLE items ADD COLUMN caption_meta TEXT"),
                // A caption that still equals what its import set is the caption file's; any other
                // non-empty caption was written by a person.
                QStringLiteral("UPDATE items SET caption_origin = CASE WHEN caption = '' THEN 'none' "
                               "WHEN imported_caption IS NOT NULL AND caption = imported_caption THEN 'imported' "
                               "ELSE 'manual' END"),
            }},
        {5, "a second near-duplicate signal, and pairs reviewed as not duplicates",
            {
                // The 64-bit difference hash (9×8 luma gradients) beside the DCT pHash: candidates found
                // by one are confirmed by the other. NULL for images stored before: computed from their
                // thumbnails the first time duplicates are looked for.
                QStringLiteral("ALTER TABLE blobs ADD COLUMN dhash INTEGER"),
                // Two images a person looked at and kept both of: never proposed as duplicates again.
                // By content (blob), so the answer holds in every dataset the pair meets.
                QStringLiteral(R"(CREATE TABLE distinct_pairs (
                    blob_a TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE CASCADE,
                    blob_b TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    PRIMARY KEY (blob_a, blob_b),
                    CHECK (blob_a < blob_b)) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX distinct_pairs_b ON distinct_pairs(blob_b)"),
            }},
        {6, "quality measurements of each image",
            {
                // What image/imagequality measured (JSON: sharpness at three scales, clipping, the content
                // box inside bars); NULL for images stored before, measured from their thumbnails later.
                QStringLiteral("ALTER TABLE blobs ADD COLUMN quality TEXT"),
            }},
        {7, "a regularization set per dataset",
            {
                // The dataset whose images are this one's class (regularization) images in exports; NULL for
                // none, and again when that dataset is deleted.
                QStringLiteral("ALTER TABLE datasets ADD COLUMN reg_dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL"),
            }},
        {8, "what the trainer reads of each dataset: caption, tags or both",
            {
                QStringLiteral("ALTER TABLE datasets ADD COLUMN caption_source TEXT NOT NULL DEFAULT 'caption'"),
            }},
        {9, "where images from the web came from, and their licences",
            {
                // One row per stored image that came from an image search or a pasted address: the source
                // page, the image's address, the licence (an Openverse slug: cc0, by, by-sa, …; '' when the
                // provider does not say), creator and attribution. By content, so every dataset the image
                // is in shows it; the latest download of an image replaces the row.
                QStringLiteral(R"(CREATE TABLE provenance (
                    blob_sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256) ON DELETE CASCADE,
                    provider TEXT NOT NULL,
                    page_url TEXT NOT NULL DEFAULT '',
                    image_url TEXT NOT NULL DEFAULT '',
                    title TEXT NOT NULL DEFAULT '',
                    creator TEXT NOT NULL DEFAULT '',
                    creator_url TEXT NOT NULL DEFAULT '',
                    license TEXT NOT NULL DEFAULT '',
                    license_version TEXT NOT NULL DEFAULT '',
                    license_url TEXT NOT NULL DEFAULT '',
                    attribution TEXT NOT NULL DEFAULT '',
                    retrieved_at INTEGER NOT NULL) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX provenance_license ON provenance(license)"),
            }},
    };
    return list;
}


} // namespace

int latestVersion()
{
    return migrations().constLast().version;
}

Result<int> currentVersion(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<void> migrate(QSqlDatabase db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Migration &m : migrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        qCInfo(lcSchema) << "migrating catalog to schema version" << m.version << "-" << m.summary;
        if (auto r = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !r)
            return r;
        auto fail = [&](const Error &e) -> Result<void> {
            sql::exec(db, QStringLiteral("ROLLBACK")).ok();
            return makeError(e.code,
                CatalogTr::tr("Cannot upgrade the catalog to schema version %1: %2").arg(m.version).arg(e.message),
                e.detail);
        };
        for (const QString &statement : m.statements) {
            if (auto r = sql::exec(db, statement); !r)
                return fail(r.error());
        }
        if (m.code) {
            if (auto r = m.code(db); !r)
                return fail(r.error());
        }
        for (const QString &statement : m.after) {
            if (auto r = sql::exec(db, statement); !r)
                return fail(r.error());
        }
        if (auto r = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return fail(r.error());
        if (m.version == 1) {
            if (auto r = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)); !r)
                return fail(r.error());
        }
        if (auto r = sql::exec(db, QStringLiteral("COMMIT")); !r)
            return fail(r.error());
    }
    return {};
}

} // namespace lc::Schema
