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

// ---- Tag edits across a dataset and bulk caption edits as undo steps ----

#include "caption/captionedit.h"
#include "edit/captioncommands.h"
#include "edit/tagcommands.h"

namespace {

struct BulkFixture
{
    TempLibrary lib;
    Dataset dataset;
    Dataset other;
    int next = 0;

    BulkFixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        DatasetSettings settings;
        settings.triggerWord = QStringLiteral("ohwx");
        dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), settings);
        other = *Datasets(lib->catalog()).create(w->id, QStringLiteral("O"));
    }

    ItemId add(const Dataset &d, const QStringList &tags, const QString &caption = {})
    {
        ++next;
        const ItemId id(addItem(*lib, d.id.value(), fixtures::encode(fixtures::makeImage(8, 8, 100 + next), "png"),
            QStringLiteral("i%1.png").arg(next), caption));
        for (int i = 0; i < tags.size(); ++i)
            addTag(*lib, id.value(), tags[i], i * 10 + 3);
        return id;
    }

    QHash<ItemId, QStringList> allTags()
    {
        auto mine = Items(lib->catalog()).tagsOfDataset(dataset.id);
        auto others = Items(lib->catalog()).tagsOfDataset(other.id);
        REQUIRE(mine.ok());
        REQUIRE(others.ok());
        QHash<ItemId, QStringList> out = mine.value();
        for (auto it = others->cbegin(); it != others->cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }

    // Positions too: undo must give back the exact rows.
    QStringList links()
    {
        QSqlQuery q(lib->catalog().database());
        REQUIRE(q.exec(QStringLiteral("SELECT it.item_id, t.name, it.position FROM item_tags it JOIN tags t ON t.id = it.tag_id "
                                      "ORDER BY it.item_id, it.position")));
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1:%2@%3").arg(q.value(0).toLongLong()).arg(q.value(1).toString()).arg(q.value(2).toInt());
        return out;
    }
};

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("Renaming, merging and deleting tags are one undo step each: undo restores every item's tags exactly, redo re-applies")
{
    BulkFixture f;
    CatalogWriter &writer = f.lib->writer();
    Items items(f.lib->catalog());
    const ItemId i1 = f.add(f.dataset, strings({"cat", "red", "Feline"}));
    const ItemId i2 = f.add(f.dataset, strings({"feline", "cat", "kitty"}));
    const ItemId i3 = f.add(f.dataset, strings({"dog"}));
    const ItemId o1 = f.add(f.other, strings({"cat", "kitty"}));
    const QStringList original = f.links();
    QList<ItemId> changed;
    QObject::connect(&writer, &CatalogWriter::itemsChanged, &writer, [&](const QList<ItemId> &ids) { changed += ids; });
    QList<int> reported;
    QUndoStack stack;

    auto *rename = new RenameTagCommand(writer, f.dataset.id, QStringLiteral("CAT"), QStringLiteral("feline"));
    rename->setDone([&](const Result<TagEditReport> &r) { reported << (r ? r->items : -1); });
    CHECK(rename->text() == QStringLiteral("Rename Tag “CAT” to “feline”"));
    CHECK(rename->dataset() == f.dataset.id);
    stack.push(rename);
    writer.waitForIdle();
    CHECK(reported == QList<int>{2});
    CHECK(changed.contains(i1));
    CHECK(changed.contains(i2));
    CHECK(items.tagsOf({i1}).value().value(i1) == strings({"feline", "red"})); // respelled: "feline" as typed
    CHECK(items.tagsOf({i2}).value().value(i2) == strings({"feline", "kitty"}));
    CHECK(items.tagsOf({o1}).value().value(o1) == strings({"cat", "kitty"}));
    const QStringList renamed = f.links();

    stack.undo();
    writer.waitForIdle();
    CHECK(f.links() == original); // order, positions and spelling ("Feline")
    stack.redo();
    writer.waitForIdle();
    CHECK(f.links() == renamed);
    CHECK(reported == QList<int>({2, 2}));

    // Merge on top, then delete; undo walks back through both to the original exactly.
    stack.push(new MergeTagsCommand(writer, f.dataset.id, {QStringLiteral("kitty"), QStringLiteral("dog")}, QStringLiteral("pet")));
    writer.waitForIdle();
    CHECK(items.tagsOf({i2}).value().value(i2) == strings({"feline", "pet"}));
    CHECK(items.tagsOf({i3}).value().value(i3) == strings({"pet"}));
    CHECK(items.tagsOf({o1}).value().value(o1) == strings({"cat", "kitty"}));
    stack.push(new DeleteTagsCommand(writer, f.dataset.id, {QStringLiteral("PET"), QStringLiteral("red")}));
    writer.waitForIdle();
    CHECK(items.tagsOf({i1}).value().value(i1) == strings({"feline"}));
    CHECK(items.tagsOf({i3}).value().value(i3).isEmpty());
    CHECK(stack.count() == 3);
    stack.undo();
    stack.undo();
    stack.undo();
    writer.waitForIdle();
    CHECK(f.links() == original);
    stack.redo();
    stack.redo();
    stack.redo();
    writer.waitForIdle();
    CHECK(items.tagsOf({i1, i2, i3}).value()
        == QHash<ItemId, QStringList>{{i1, strings({"feline"})}, {i2, strings({"feline"})}, {i3, {}}});
    stack.undo();
    stack.undo();
    stack.undo();
    writer.waitForIdle();
    CHECK(f.links() == original);
}

TEST_CASE("A case-only tag rename is undoable: the spelling comes back everywhere")
{
    BulkFixture f;
    CatalogWriter &writer = f.lib->writer();
    const ItemId i1 = f.add(f.dataset, strings({"red hair", "cat"}));
    const ItemId o1 = f.add(f.other, strings({"cat"}));
    const QStringList original = f.links();
    QUndoStack stack;
    stack.push(new RenameTagCommand(writer, f.dataset.id, QStringLiteral("cat"), QStringLiteral("Cat")));
    writer.waitForIdle();
    CHECK(f.allTags().value(i1) == strings({"red hair", "Cat"}));
    CHECK(f.allTags().value(o1) == strings({"Cat"}));
    stack.undo();
    writer.waitForIdle();
    CHECK(f.links() == original);
    CHECK(f.allTags().value(o1) == strings({"cat"}));
}

TEST_CASE("A tag edit on a dataset deleted and restored under new ids still undoes onto the right items")
{
    BulkFixture f;
    CatalogWriter &writer = f.lib->writer();
    f.add(f.dataset, strings({"a", "b"}));
    f.add(f.dataset, strings({"b"}));
    QUndoStack stack;
    stack.push(new MergeTagsCommand(writer, f.dataset.id, {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("c")));
    stack.push(new DeleteDatasetCommand(writer, f.dataset));
    writer.waitForIdle();
    // Another dataset takes the freed ids meanwhile, so the restore has to give new ones.
    const Dataset taker = *Datasets(f.lib->catalog()).create(f.dataset.workspaceId, QStringLiteral("Taker"));
    for (int i = 0; i < 2; ++i)
        f.add(taker, strings({"untouched"}));
    stack.undo(); // the deletion
    stack.undo(); // the merge
    writer.waitForIdle();
    const Dataset back = *Datasets(f.lib->catalog()).find(f.dataset.workspaceId, QStringLiteral("D"));
    auto tags = Items(f.lib->catalog()).tagsOfDataset(back.id);
    REQUIRE(tags.ok());
    QStringList all;
    for (const QStringList &t : *tags)
        all << t.join(QLatin1Char('+'));
    all.sort();
    CHECK(all == strings({"a+b", "b"}));
    auto takers = Items(f.lib->catalog()).tagsOfDataset(taker.id);
    REQUIRE(takers.ok());
    CHECK(takers->size() == 2);
    for (const QStringList &t : std::as_const(*takers))
        CHECK(t == strings({"untouched"}));
}

TEST_CASE("Find & replace applies as one undo step, leaves a caption edited after the preview alone and reports it")
{
    BulkFixture f;
    CatalogWriter &writer = f.lib->writer();
    Items items(f.lib->catalog());
    const ItemId a = f.add(f.dataset, {}, QStringLiteral("a red cat"));
    const ItemId b = f.add(f.dataset, {}, QStringLiteral("two red cats"));
    const ItemId c = f.add(f.dataset, {}, QStringLiteral("a red dog"));
    CaptionProvenance autoP;
    autoP.origin = CaptionOrigin::Auto;
    autoP.model = QStringLiteral("llava");
    autoP.task = 7;
    REQUIRE(items.setCaption(c, QStringLiteral("a red dog"), autoP).ok());

    auto preview = previewReplace(f.lib->catalog(), {f.dataset.id, {}}, {QStringLiteral("red (\\w+)"), QStringLiteral("blue \\1"), true, false});
    REQUIRE(preview.ok());
    REQUIRE(preview->changes.size() == 3);
    // Someone edits b after the preview was made.
    REQUIRE(items.setCaption(b, QStringLiteral("edited by hand")).ok());

    QUndoStack stack;
    std::optional<Result<CaptionApplyReport>> report;
    auto *apply = new ApplyCaptionsCommand(writer, preview->changes,
        ApplyCaptionsCommand::replaceText({QStringLiteral("red (\\w+)"), {}, true, false}, preview->changes.size()));
    apply->setDone([&](const Result<CaptionApplyReport> &r) { report = r; });
    stack.push(apply);
    writer.waitForIdle();
    REQUIRE(report.has_value());
    REQUIRE(report->ok());
    REQUIRE((*report)->written.size() == 2);
    REQUIRE((*report)->skipped.size() == 1);
    CHECK((*report)->skipped[0].id == b);
    CHECK((*report)->skipped[0].before == QStringLiteral("two red cats"));
    CHECK(items.detail(a)->caption == QStringLiteral("a blue cat"));
    CHECK(items.detail(a)->provenance.origin == CaptionOrigin::Manual);
    CHECK(items.detail(b)->caption == QStringLiteral("edited by hand"));
    CHECK(items.detail(c)->caption == QStringLiteral("a blue dog"));
    CHECK(items.detail(c)->provenance.origin == CaptionOrigin::Manual);

    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->caption == QStringLiteral("a red cat"));
    CHECK(items.detail(a)->provenance.origin == CaptionOrigin::None);
    CHECK(items.detail(b)->caption == QStringLiteral("edited by hand"));
    CHECK(items.detail(c)->caption == QStringLiteral("a red dog"));
    CHECK(items.detail(c)->provenance == autoP); // where it came from, too

    // Redo writes again; a caption changed after the redo is not overwritten by the next undo.
    stack.redo();
    writer.waitForIdle();
    CHECK(items.detail(c)->caption == QStringLiteral("a blue dog"));
    REQUIRE(items.setCaption(a, QStringLiteral("typed after the replace")).ok());
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->caption == QStringLiteral("typed after the replace"));
    CHECK(items.detail(c)->caption == QStringLiteral("a red dog"));
}

TEST_CASE("A caption template applies as one undo step with manual provenance")
{
    BulkFixture f;
    CatalogWriter &writer = f.lib->writer();
    Items items(f.lib->catalog());
    const ItemId a = f.add(f.dataset, strings({"smile", "red hair"}), QStringLiteral("portrait"));
    const ItemId b = f.add(f.dataset, {}, QString());
    auto preview = previewTemplate(f.lib->catalog(), {f.dataset.id, {}}, QStringLiteral("{trigger}, {tags}, {caption}"));
    REQUIRE(preview.ok());
    REQUIRE(preview->changes.size() == 2);
    QUndoStack stack;
    stack.push(new ApplyCaptionsCommand(writer, preview->changes, ApplyCaptionsCommand::templateText(2)));
    writer.waitForIdle();
    CHECK(stack.undoText() == QStringLiteral("Apply Caption Template to 2 Images"));
    CHECK(items.detail(a)->caption == QStringLiteral("ohwx, smile, red hair, portrait"));
    CHECK(items.detail(b)->caption == QStringLiteral("ohwx"));
    CHECK(items.detail(b)->provenance.origin == CaptionOrigin::Manual);
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->caption == QStringLiteral("portrait"));
    CHECK(items.detail(b)->caption.isEmpty());
    CHECK(items.detail(b)->provenance.origin == CaptionOrigin::None);
}

TEST_CASE("Tag and caption edits over 20000 items are set-based and exact")
{
    BulkFixture f;
    CatalogWriter &writer = f.lib->writer();
    constexpr int N = 20000;
    // Rows made in SQL: N images and items, tags "common" (position 5, or 7 on every third item, where
    // "Shared" comes first at 6) and "Shared".
    const Result<void> made = f.lib->catalog().write([&](QSqlDatabase &db) -> Result<void> {
        if (auto r = sql::exec(db,
                QStringLiteral("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
                               "INSERT INTO blobs (sha256, byte_size, format, width, height, created_at) "
                               "SELECT printf('%064d', k), 1, 'png', 1, 1, 0 FROM n"),
                {N});
            !r)
            return r;
        if (auto r = sql::exec(db,
                QStringLiteral("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
                               "INSERT INTO items (dataset_id, blob_sha256, original_name, caption, created_at, updated_at) "
                               "SELECT ?, printf('%064d', k), 'i' || k || '.png', 'photo of a cat ' || k, 0, 0 FROM n"),
                {N, f.dataset.id.value()});
            !r)
            return r;
        if (auto r = sql::exec(db, QStringLiteral("INSERT INTO tags (name, folded) VALUES ('common', 'common'), ('Shared', 'shared')")); !r)
            return r;
        if (auto r = sql::exec(db,
                QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) SELECT id, (SELECT id FROM tags WHERE name = 'common'), "
                               "CASE WHEN id % 3 = 0 THEN 7 ELSE 5 END FROM items")); !r)
            return r;
        return sql::exec(db,
            QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) SELECT id, (SELECT id FROM tags WHERE name = 'Shared'), 6 "
                           "FROM items WHERE id % 3 = 0"));
    });
    INFO((made ? QString() : made.error().message + QLatin1Char(' ') + made.error().detail).toStdString());
    REQUIRE(made.ok());
    const QStringList original = f.links();
    QUndoStack stack;
    int items = -1;
    auto *merge = new MergeTagsCommand(writer, f.dataset.id, {QStringLiteral("COMMON")}, QStringLiteral("shared"));
    merge->setDone([&](const Result<TagEditReport> &r) { items = r ? r->items : -2; });
    stack.push(merge);
    writer.waitForIdle();
    CHECK(items == N);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM item_tags")) == N);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM item_tags WHERE position = 5")) == N - N / 3);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM item_tags WHERE position = 6")) == N / 3);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'tags:common'")) == 0);
    stack.undo();
    writer.waitForIdle();
    CHECK(f.links() == original);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'tags:common'")) == N);

    auto preview = previewReplace(f.lib->catalog(), {f.dataset.id, {}}, {QStringLiteral("cat (\\d+)"), QStringLiteral("dog #\\1"), true, false});
    REQUIRE(preview.ok());
    REQUIRE(preview->changes.size() == N);
    stack.push(new ApplyCaptionsCommand(writer, preview->changes));
    writer.waitForIdle();
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items WHERE caption LIKE 'photo of a dog #%' AND caption_origin = 'manual'")) == N);
    stack.undo();
    writer.waitForIdle();
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items WHERE caption LIKE 'photo of a cat %' AND caption_origin = 'none'")) == N);
}
