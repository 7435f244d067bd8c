// Undo commands for deletions and the ids they keep valid across a delete and its undo.
#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "edit/catalogwriter.h"
#include "edit/datasetcommands.h"
#include "edit/itemcommands.h"
#include "fixtures.h"
#include "import/importer.h"
#include "library/maintenance.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtConcurrent>

using namespace lc;
using namespace lc::test;

namespace {

struct Fixture
{
    TempLibrary lib;
    Workspace workspace;
    Dataset keep;   // created first: lower ids
    Dataset doomed; // created last: its items have the highest ids, which SQLite hands out again
    QList<ItemId> doomedItems;

    Fixture()
    {
        workspace = *Workspaces(lib->catalog()).create(QStringLiteral("W"));
        keep = *Datasets(lib->catalog()).create(workspace.id, QStringLiteral("Keep"));
        doomed = *Datasets(lib->catalog()).create(workspace.id, QStringLiteral("Doomed"));
        addItem(*lib, keep.id.value(), fixtures::encode(fixtures::makeImage(32, 32, 1), "png"), QStringLiteral("k.png"), QStringLiteral("kept"));
        for (int i = 0; i < 3; ++i) {
            doomedItems << ItemId(addItem(*lib, doomed.id.value(), fixtures::encode(fixtures::makeImage(32, 32, 10 + i), "png"),
                QStringLiteral("d%1.png").arg(i), QStringLiteral("caption %1").arg(i)));
        }
    }

    Dataset dataset(const QString &name)
    {
        auto d = Datasets(lib->catalog()).find(workspace.id, name);
        REQUIRE(d.ok());
        return *d;
    }
};

} // namespace

TEST_CASE("Deleting a dataset runs on the writer after queued edits, and undo brings it back with the same ids")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    Items items(f.lib->catalog());
    // Queued, not yet written, when the deletion is pushed: the snapshot must contain them.
    stack.push(new EditTagsCommand(writer, f.doomedItems, {QStringLiteral("snow")}, {}, QStringLiteral("Add Tag")));
    stack.push(new SetCaptionCommand(writer, f.doomedItems[0], QStringLiteral("edited just before")));
    stack.push(new DeleteDatasetCommand(writer, f.doomed));
    writer.waitForIdle();
    CHECK_FALSE(Datasets(f.lib->catalog()).get(f.doomed.id).ok());
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items")) == 1);

    stack.undo();
    writer.waitForIdle();
    const Dataset back = f.dataset(QStringLiteral("Doomed"));
    CHECK(back.id == f.doomed.id);
    CHECK(back.itemCount == 3);
    auto detail = items.detail(f.doomedItems[0]); // same id as before the deletion
    REQUIRE(detail.ok());
    CHECK(detail->caption == QStringLiteral("edited just before"));
    CHECK(detail->tags == QStringList{QStringLiteral("snow")});

    // The edits made before the deletion still undo, on the same rows.
    stack.undo();
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(f.doomedItems[0])->caption == QStringLiteral("caption 0"));
    CHECK(items.detail(f.doomedItems[2])->tags.isEmpty());
}

TEST_CASE("Undoing an edit made before a deletion reaches the restored item, never a newer item that took its id")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    Items items(f.lib->catalog());
    const ItemId first = f.doomedItems.first();
    stack.push(new SetCaptionCommand(writer, first, QStringLiteral("typed")));
    stack.push(new DeleteDatasetCommand(writer, f.doomed));
    writer.waitForIdle();

    // A new item (another dataset) takes a freed id, as an import would.
    const ItemId stranger(addItem(*f.lib, f.keep.id.value(), fixtures::encode(fixtures::makeImage(32, 32, 99), "png"),
        QStringLiteral("new.png"), QStringLiteral("not yours")));
    REQUIRE(stranger == first);

    stack.undo(); // the dataset comes back; its first item gets a new id
    writer.waitForIdle();
    const Dataset back = f.dataset(QStringLiteral("Doomed"));
    ItemQuery q;
    q.dataset = back.id;
    q.sort = ItemQuery::Sort::Name;
    auto ids = items.query(q);
    REQUIRE(ids->size() == 3);
    const ItemId restored = ids->at(0);
    CHECK(restored != first);
    CHECK(ids->at(1) == f.doomedItems[1]); // the others kept their ids
    CHECK(items.detail(restored)->caption == QStringLiteral("typed"));

    stack.undo(); // the caption edit made before the deletion
    writer.waitForIdle();
    CHECK(items.detail(restored)->caption == QStringLiteral("caption 0"));
    CHECK(items.detail(stranger)->caption == QStringLiteral("not yours"));

    // An edit of the new item made now is not redirected.
    SetCaptionCommand *edit = new SetCaptionCommand(writer, stranger, QStringLiteral("mine"));
    stack.push(edit);
    writer.waitForIdle();
    CHECK(items.detail(stranger)->caption == QStringLiteral("mine"));
    CHECK(items.detail(restored)->caption == QStringLiteral("caption 0"));
}

TEST_CASE("Deleting a workspace is undoable with all its datasets, items and tags")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    REQUIRE(Items(f.lib->catalog()).setTags(f.doomedItems[1], {QStringLiteral("red hair"), QStringLiteral("smile")}).ok());
    auto command = new DeleteWorkspaceCommand(writer, f.workspace);
    CHECK(command->isDestructive());
    stack.push(command);
    writer.waitForIdle();
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM workspaces")) == 0);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items")) == 0);
    CHECK(command->heldHashes()().size() == 4);

    stack.undo();
    writer.waitForIdle();
    auto ws = Workspaces(f.lib->catalog()).find(QStringLiteral("W"));
    REQUIRE(ws.ok());
    CHECK(ws->id == f.workspace.id);
    CHECK(f.dataset(QStringLiteral("Keep")).itemCount == 1);
    CHECK(f.dataset(QStringLiteral("Doomed")).itemCount == 3);
    CHECK(Items(f.lib->catalog()).detail(f.doomedItems[1])->tags == QStringList({QStringLiteral("red hair"), QStringLiteral("smile")}));

    stack.redo();
    writer.waitForIdle();
    CHECK_FALSE(Workspaces(f.lib->catalog()).find(QStringLiteral("W")).ok());
}

TEST_CASE("A deletion whose undo failed is not redone onto whatever took its place")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    QStringList failures;
    QObject::connect(&writer, &CatalogWriter::writeFailed, &writer, [&](const QString &, const QString &m) { failures << m; });
    stack.push(new DeleteDatasetCommand(writer, f.doomed));
    writer.waitForIdle();
    // Someone made a new "Doomed": the old one cannot come back under its name.
    auto other = Datasets(f.lib->catalog()).create(f.workspace.id, QStringLiteral("Doomed"));
    REQUIRE(other.ok());
    CHECK(other->id == f.doomed.id); // SQLite reused the id
    stack.undo();
    writer.waitForIdle();
    REQUIRE(failures.size() == 1);
    stack.redo();
    writer.waitForIdle();
    CHECK(failures.size() == 2);
    CHECK(Datasets(f.lib->catalog()).get(other->id).ok()); // the new dataset is untouched
}

TEST_CASE("Renames follow a dataset through a delete and an undo that gave it a new id")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    stack.push(new RenameCommand(writer, f.doomed.id, QStringLiteral("Doomed"), QStringLiteral("Renamed")));
    auto renamed = f.doomed;
    renamed.name = QStringLiteral("Renamed");
    stack.push(new DeleteDatasetCommand(writer, renamed));
    writer.waitForIdle();
    auto squatter = Datasets(f.lib->catalog()).create(f.workspace.id, QStringLiteral("Squatter"));
    REQUIRE(squatter->id == f.doomed.id);
    stack.undo(); // restore: new id
    stack.undo(); // rename back
    writer.waitForIdle();
    CHECK(f.dataset(QStringLiteral("Doomed")).id != f.doomed.id);
    CHECK(f.dataset(QStringLiteral("Squatter")).id == f.doomed.id);
}

TEST_CASE("A dataset deleted before its workspace comes back into the workspace's new id")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    stack.push(new DeleteDatasetCommand(writer, f.doomed));
    stack.push(new DeleteWorkspaceCommand(writer, f.workspace));
    writer.waitForIdle();
    // A workspace made outside the history takes the freed id.
    auto other = Workspaces(f.lib->catalog()).create(QStringLiteral("Other"));
    REQUIRE(other.ok());
    REQUIRE(other->id == f.workspace.id);
    stack.undo(); // W comes back under a new id
    stack.undo(); // and D into it, not into "Other"
    writer.waitForIdle();
    auto w = Workspaces(f.lib->catalog()).find(QStringLiteral("W"));
    REQUIRE(w.ok());
    CHECK(w->id != f.workspace.id);
    auto doomed = Datasets(f.lib->catalog()).find(w->id, QStringLiteral("Doomed"));
    REQUIRE(doomed.ok());
    CHECK(doomed->itemCount == 3);
    CHECK(Datasets(f.lib->catalog()).list(other->id)->isEmpty());
}

TEST_CASE("After a restore that failed and was retried, older edits still reach the restored rows, and the writer reports the ids it wrote")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    QList<ItemId> changed;
    QObject::connect(&writer, &CatalogWriter::itemsChanged, &writer, [&](const QList<ItemId> &ids) { changed += ids; });
    const ItemId first = f.doomedItems.first();
    stack.push(new SetCaptionCommand(writer, first, QStringLiteral("typed")));
    stack.push(new DeleteDatasetCommand(writer, f.doomed));
    writer.waitForIdle();
    // Another dataset takes the name (the undo fails) and one of the freed item ids.
    auto blocker = Datasets(f.lib->catalog()).create(f.workspace.id, QStringLiteral("Doomed"));
    REQUIRE(blocker.ok());
    const ItemId stranger(addItem(*f.lib, f.keep.id.value(), fixtures::encode(fixtures::makeImage(32, 32, 77), "png"),
        QStringLiteral("x.png"), QStringLiteral("not yours")));
    REQUIRE(stranger == first);
    stack.undo(); // fails: the name is taken
    writer.waitForIdle();
    stack.redo(); // fails too (nothing was brought back), and must not start a new deletion
    writer.waitForIdle();
    REQUIRE(Datasets(f.lib->catalog()).rename(blocker->id, QStringLiteral("Blocker")).ok());
    stack.undo(); // now it comes back
    writer.waitForIdle();
    const Dataset back = f.dataset(QStringLiteral("Doomed"));
    CHECK(back.itemCount == 3);
    ItemQuery q;
    q.dataset = back.id;
    q.sort = ItemQuery::Sort::Name;
    const ItemId restored = Items(f.lib->catalog()).query(q)->at(0);
    CHECK(restored != first);
    changed.clear();
    stack.undo(); // the caption edit from before the deletion
    writer.waitForIdle();
    CHECK(Items(f.lib->catalog()).detail(restored)->caption == QStringLiteral("caption 0"));
    CHECK(Items(f.lib->catalog()).detail(stranger)->caption == QStringLiteral("not yours"));
    CHECK(changed == QList<ItemId>{restored}); // the row written, not the id the command was made with
}

TEST_CASE("Undoing a deletion links the dataset's history rows to it again")
{
    Fixture f;
    REQUIRE(f.lib->catalog().write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("INSERT INTO tasks (kind, status, dataset_id, created_at) VALUES ('import', 'canceled', ?, 0)"),
            {f.doomed.id.value()});
    }).ok());
    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    stack.push(new DeleteDatasetCommand(writer, f.doomed));
    writer.waitForIdle();
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE dataset_id IS NULL")) == 1);
    stack.undo();
    writer.waitForIdle();
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE dataset_id = %1").arg(f.doomed.id.value())) == 1);
}

TEST_CASE("The writer batches writes into one transaction: a failing write undoes only itself, futures report after the commit")
{
    Fixture f;
    CatalogWriter &writer = f.lib->writer();
    Items items(f.lib->catalog());
    QList<QFuture<Result<int>>> futures;
    // Queue a burst while the writer is held up, so it lands in one batch.
    QMutex gate;
    gate.lock();
    auto held = writer.write<int>(QStringLiteral("hold"), [&gate]() -> Result<int> {
        QMutexLocker wait(&gate);
        return 0;
    });
    for (int i = 0; i < 3; ++i) {
        const ItemId id = f.doomedItems[i];
        futures << writer.write<int>(QStringLiteral("caption"), [&items, id, i]() -> Result<int> {
            if (i == 1) {
                // Writes something, then fails: the savepoint must undo the write.
                (void)items.setCaption(id, QStringLiteral("never seen"));
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("refused"));
            }
            if (auto r = items.setCaption(id, QStringLiteral("batched %1").arg(i)); !r)
                return r.error();
            return i;
        });
    }
    CHECK(f.lib->catalog().writeDepth() == 0); // this thread holds no transaction
    gate.unlock();
    held.waitForFinished();
    for (auto &future : futures)
        future.waitForFinished();
    REQUIRE(futures[0].result().ok());
    CHECK(*futures[0].result() == 0);
    REQUIRE_FALSE(futures[1].result().ok());
    CHECK(futures[1].result().error().message == QStringLiteral("refused"));
    CHECK(*futures[2].result() == 2);
    CHECK(items.detail(f.doomedItems[0])->caption == QStringLiteral("batched 0"));
    CHECK(items.detail(f.doomedItems[1])->caption == QStringLiteral("caption 1")); // rolled back to its savepoint
    CHECK(items.detail(f.doomedItems[2])->caption == QStringLiteral("batched 2"));
    CHECK(writer.completed() == writer.lastSubmitted());

    // Alone: outside any transaction (gc removes files only after its rows committed).
    auto alone = writer.write<int>(QStringLiteral("alone"), [&f]() -> Result<int> { return f.lib->catalog().writeDepth(); },
        CatalogWriter::Mode::Alone);
    auto batched = writer.write<int>(QStringLiteral("batched"), [&f]() -> Result<int> { return f.lib->catalog().writeDepth(); });
    CHECK(*alone.result() == 0);
    CHECK(*batched.result() == 2); // the batch's transaction and the write's own savepoint
}

TEST_CASE("Nested catalog writes are savepoints: an inner failure keeps the outer write")
{
    Fixture f;
    Items items(f.lib->catalog());
    const Result<void> r = f.lib->catalog().write([&](QSqlDatabase &) -> Result<void> {
        if (auto a = items.setCaption(f.doomedItems[0], QStringLiteral("outer")); !a)
            return a;
        const Result<void> inner = f.lib->catalog().write([&](QSqlDatabase &) -> Result<void> {
            (void)items.setCaption(f.doomedItems[1], QStringLiteral("inner"));
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("no"));
        });
        CHECK_FALSE(inner.ok());
        return {};
    });
    REQUIRE(r.ok());
    CHECK(items.detail(f.doomedItems[0])->caption == QStringLiteral("outer"));
    CHECK(items.detail(f.doomedItems[1])->caption == QStringLiteral("caption 1"));
    CHECK(f.lib->catalog().writeDepth() == 0);
}

TEST_CASE("GUI-style edits while an import runs go through the one writer and leave the catalog and store consistent")
{
    Fixture f;
    QTemporaryDir input;
    for (int i = 0; i < 60; ++i) {
        fixtures::writeFile(input.filePath(QStringLiteral("in/%1.png").arg(i, 3, 10, QLatin1Char('0'))),
            fixtures::encode(fixtures::makeImage(48, 40, 3000 + i), "png"));
        fixtures::writeFile(input.filePath(QStringLiteral("in/%1.txt").arg(i, 3, 10, QLatin1Char('0'))), "imported caption");
    }
    ImportRequest request;
    request.dataset = f.keep.id;
    request.paths = {input.filePath(QStringLiteral("in"))};
    request.options.batchSize = 4; // many small commits, interleaved with the edits
    std::atomic<bool> cancel{false};
    QFuture<ImportReport> import = QtConcurrent::run([&] { return Importer(*f.lib).run(request, cancel); });

    CatalogWriter &writer = f.lib->writer();
    QUndoStack stack;
    int round = 0;
    while (!import.isFinished() || round < 20) {
        const ItemId id = f.doomedItems[round % 3];
        stack.push(new SetCaptionCommand(writer, id, QStringLiteral("edit %1").arg(round)));
        stack.push(new EditTagsCommand(writer, {id}, {QStringLiteral("t%1").arg(round % 5)}, {}, QStringLiteral("Add Tag")));
        stack.push(new SetRatingCommand(writer, {id}, round % 6));
        if (round % 7 == 3)
            stack.undo();
        ++round;
        if (round > 2000)
            break;
    }
    const ImportReport report = import.result();
    writer.waitForIdle();
    REQUIRE_FALSE(report.failure);
    CHECK(report.imported == 60);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items WHERE dataset_id = %1").arg(f.keep.id.value())) == 61);
    QSqlQuery q(f.lib->catalog().database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
    auto fsck = Maintenance::fsck(*f.lib);
    REQUIRE(fsck.ok());
    CHECK(fsck->isClean());
    CHECK(fsck->orphanFiles.isEmpty());
}
