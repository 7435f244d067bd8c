#include "catalog/datasets.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace lc;
using namespace lc::test;

TEST_CASE("Workspaces: create, list, rename, delete with clear errors")
{
    TempLibrary lib;
    Workspaces ws(lib->catalog());

    auto a = ws.create(QStringLiteral("  Characters "));
    REQUIRE(a.ok());
    CHECK(a->name == QStringLiteral("Characters"));
    CHECK(a->id.isValid());
    REQUIRE(ws.create(QStringLiteral("Styles")).ok());

    auto dup = ws.create(QStringLiteral("characters"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::AlreadyExists);
    CHECK(dup.error().message == QStringLiteral("A workspace named “Characters” already exists."));

    auto empty = ws.create(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::InvalidArgument);

    auto list = ws.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).name == QStringLiteral("Characters"));
    CHECK(list->at(1).name == QStringLiteral("Styles"));

    auto clash = ws.rename(a->id, QStringLiteral("STYLES"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::AlreadyExists);
    auto renamed = ws.rename(a->id, QStringLiteral("People"));
    REQUIRE(renamed.ok());
    CHECK(ws.find(QStringLiteral("people"))->id == a->id);
    // Renaming to a different case of its own name is allowed.
    CHECK(ws.rename(a->id, QStringLiteral("PEOPLE")).ok());

    auto missing = ws.find(QStringLiteral("Nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message == QStringLiteral("No workspace named “Nope”."));

    REQUIRE(ws.remove(a->id).ok());
    auto again = ws.remove(a->id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::NotFound);
    CHECK(ws.list()->size() == 1);
}

TEST_CASE("Datasets: settings, per-workspace unique names, missing parents")
{
    TempLibrary lib;
    Workspaces ws(lib->catalog());
    Datasets ds(lib->catalog());
    auto w1 = ws.create(QStringLiteral("W1"));
    auto w2 = ws.create(QStringLiteral("W2"));
    REQUIRE((w1.ok() && w2.ok()));

    DatasetSettings s;
    s.triggerWord = QStringLiteral("  sks  ");
    s.classWord = QStringLiteral("person");
    s.targetModel = TargetModel::Sdxl;
    s.targetResolution = 768;
    s.notes = QStringLiteral("first try");
    auto d = ds.create(w1->id, QStringLiteral("Faces"), s);
    REQUIRE(d.ok());
    CHECK(d->settings.triggerWord == QStringLiteral("sks"));
    CHECK(d->settings.targetModel == TargetModel::Sdxl);
    CHECK(d->settings.targetResolution == 768);
    CHECK(d->workspaceName == QStringLiteral("W1"));

    auto dup = ds.create(w1->id, QStringLiteral("faces"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message == QStringLiteral("Workspace “W1” already has a dataset named “Faces”."));
    CHECK(ds.create(w2->id, QStringLiteral("Faces")).ok()); // same name, other workspace

    auto orphan = ds.create(WorkspaceId(9999), QStringLiteral("X"));
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().code == ErrorCode::NotFound);

    DatasetSettings bad;
    bad.targetResolution = 1000;
    auto badRes = ds.create(w1->id, QStringLiteral("Bad"), bad);
    REQUIRE_FALSE(badRes.ok());
    CHECK(badRes.error().message.contains(QStringLiteral("multiple of 64")));

    auto byPath = ds.findByPath(QStringLiteral("w1/FACES"));
    REQUIRE(byPath.ok());
    CHECK(byPath->id == d->id);
    auto noDs = ds.findByPath(QStringLiteral("W1/Hands"));
    REQUIRE_FALSE(noDs.ok());
    CHECK(noDs.error().message == QStringLiteral("Workspace “W1” has no dataset named “Hands”."));

    s.targetModel = TargetModel::Flux;
    s.targetResolution = 1024;
    auto updated = ds.updateSettings(d->id, s);
    REQUIRE(updated.ok());
    CHECK(updated->settings.targetModel == TargetModel::Flux);
    CHECK(ds.get(d->id)->settings.targetResolution == 1024);

    auto renamed = ds.rename(d->id, QStringLiteral("Portraits"));
    REQUIRE(renamed.ok());
    CHECK(renamed->name == QStringLiteral("Portraits"));
    CHECK(ds.list(w1->id)->size() == 1);
    CHECK(ds.list()->size() == 2);
}

TEST_CASE("Deleting a workspace cascades to datasets, items, tags and the search index")
{
    TempLibrary lib;
    Workspaces ws(lib->catalog());
    Datasets ds(lib->catalog());
    auto w = ws.create(QStringLiteral("W"));
    auto keep = ws.create(QStringLiteral("Keep"));
    auto d = ds.create(w->id, QStringLiteral("D"));
    auto k = ds.create(keep->id, QStringLiteral("K"));
    REQUIRE((d.ok() && k.ok()));

    const qint64 item = addItem(*lib, d->id.value(), "bytes-1", QStringLiteral("red_dress.png"), QStringLiteral("a woman in a red dress"));
    addTag(*lib, item, QStringLiteral("red"), 0);
    addTag(*lib, item, QStringLiteral("dress"), 1);
    const qint64 kept = addItem(*lib, k->id.value(), "bytes-1", QStringLiteral("same.png"), QStringLiteral("shared image"));
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM blobs")) == 1); // stored once

    // FTS finds captions, tags and file names.
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'dress'")) == 1);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'tags:red'")) == 1);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'file_name:red_dress'")) == 1);
    auto tags = sql::scalar(lib->catalog().database(), QStringLiteral("SELECT tags FROM item_search WHERE rowid = ?"), {item});
    CHECK(tags->toString() == QStringLiteral("red dress"));

    // Caption edits and tag renames keep the index in step.
    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("UPDATE items SET caption = 'a man in a blue coat' WHERE id = ?"), {item});
    }).ok());
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'caption:coat'")) == 1);
    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("UPDATE tags SET name = 'crimson' WHERE name = 'red'"));
    }).ok());
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'tags:crimson'")) == 1);

    REQUIRE(ws.remove(w->id).ok());
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM datasets")) == 1);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items")) == 1);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_tags")) == 0);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM item_search")) == 1);
    CHECK(count(*lib, QStringLiteral("SELECT rowid FROM item_search")) == kept);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM blobs")) == 1); // still used by "Keep"
}

TEST_CASE("A blob that items use cannot be deleted from the catalog")
{
    TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    auto d = Datasets(lib->catalog()).create(w->id, QStringLiteral("D"));
    addItem(*lib, d->id.value(), "payload", QStringLiteral("x.png"));
    auto r = lib->catalog().write([](QSqlDatabase &db) { return sql::exec(db, QStringLiteral("DELETE FROM blobs")); });
    CHECK_FALSE(r.ok());
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM blobs")) == 1);
}

TEST_CASE("A failed write transaction rolls back everything it did")
{
    TempLibrary lib;
    auto r = lib->catalog().write([](QSqlDatabase &db) -> Result<void> {
        if (auto e = sql::exec(db, QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES ('A', 0, 0)")); !e)
            return e;
        return makeError(ErrorCode::Canceled, QStringLiteral("stop"));
    });
    CHECK_FALSE(r.ok());
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM workspaces")) == 0);
}

TEST_CASE("Readers on other threads see consistent data while a writer commits")
{
    TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    REQUIRE(w.ok());
    const Catalog &catalog = lib->catalog();
    constexpr int Batches = 40;
    constexpr int PerBatch = 25;

    std::atomic<bool> done{false};
    std::atomic<int> readerErrors{0};
    std::atomic<int> reads{0};
    std::atomic<int> inconsistent{0};
    auto reader = [&] {
        while (!done.load()) {
            // Every batch inserts PerBatch datasets in one transaction: a reader must never see a partial batch.
            auto n = sql::scalar(catalog.database(), QStringLiteral("SELECT count(*) FROM datasets"));
            if (!n.ok()) {
                ++readerErrors;
                continue;
            }
            if (n->toInt() % PerBatch != 0)
                ++inconsistent;
            ++reads;
        }
    };
    QThread *r1 = QThread::create(reader);
    QThread *r2 = QThread::create(reader);
    r1->start();
    r2->start();

    QThread *writer = QThread::create([&] {
        for (int b = 0; b < Batches; ++b) {
            auto r = catalog.write([&](QSqlDatabase &db) -> Result<void> {
                for (int i = 0; i < PerBatch; ++i) {
                    if (auto e = sql::exec(db,
                            QStringLiteral("INSERT INTO datasets (workspace_id, name, created_at, updated_at) VALUES (?, ?, 0, 0)"),
                            {w->id.value(), QStringLiteral("d%1-%2").arg(b).arg(i)});
                        !e)
                        return e;
                }
                return {};
            });
            if (!r.ok())
                ++readerErrors;
        }
    });
    writer->start();
    writer->wait();
    done = true;
    r1->wait();
    r2->wait();
    delete writer;
    delete r1;
    delete r2;

    CHECK(readerErrors == 0);
    CHECK(inconsistent == 0);
    CHECK(reads > 0);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM datasets")) == Batches * PerBatch);
    // Each finished thread closed its own connection; only the main thread's remains.
    CHECK(lib->catalog().openConnectionCount() == 1);
}
