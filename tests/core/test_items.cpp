#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/workspaces.h"
#include "fixtures.h"
#include "import/importer.h"
#include "testlibrary.h"

#include <QTemporaryDir>

using namespace lc;
using namespace lc::test;

namespace {

struct ItemsFixture
{
    TempLibrary lib;
    QTemporaryDir input;
    Dataset dataset;
    QHash<QString, ItemId> byName;

    ItemsFixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"));
        // Added in this order: b (small), a (large, captioned), c (medium)
        fixtures::writeFile(input.filePath(QStringLiteral("1/b.png")), fixtures::encode(fixtures::makeImage(20, 20, 1), "png"));
        fixtures::writeFile(input.filePath(QStringLiteral("2/a.png")), fixtures::encode(fixtures::makeImage(90, 90, 2), "png"));
        fixtures::writeFile(input.filePath(QStringLiteral("2/a.txt")), "a red fox in the snow");
        fixtures::writeFile(input.filePath(QStringLiteral("3/c.png")), fixtures::encode(fixtures::makeImage(50, 50, 3), "png"));
        for (const char *dir : {"1", "2", "3"}) {
            ImportRequest request;
            request.dataset = dataset.id;
            request.paths = {input.filePath(QString::fromLatin1(dir))};
            std::atomic<bool> cancel{false};
            const ImportReport r = Importer(*lib).run(request, cancel);
            REQUIRE(r.imported == 1);
            byName.insert(r.outcomes[0].input.section(QLatin1Char('/'), -1), r.outcomes[0].item);
        }
    }

    QStringList names(const ItemQuery &q)
    {
        Items items(lib->catalog());
        auto ids = items.query(q);
        REQUIRE(ids.ok());
        auto rows = items.rows(*ids);
        REQUIRE(rows.ok());
        QStringList out;
        for (const ItemRow &r : *rows)
            out << r.name;
        return out;
    }
};

} // namespace

TEST_CASE("Item queries filter, search and sort in SQL")
{
    ItemsFixture f;
    ItemQuery q;
    q.dataset = f.dataset.id;
    CHECK(f.names(q) == QStringList({QStringLiteral("b.png"), QStringLiteral("a.png"), QStringLiteral("c.png")}));
    q.sort = ItemQuery::Sort::Name;
    CHECK(f.names(q) == QStringList({QStringLiteral("a.png"), QStringLiteral("b.png"), QStringLiteral("c.png")}));
    q.sort = ItemQuery::Sort::Resolution;
    q.descending = true;
    CHECK(f.names(q) == QStringList({QStringLiteral("a.png"), QStringLiteral("c.png"), QStringLiteral("b.png")}));

    q.filter = ItemQuery::Filter::Uncaptioned;
    CHECK(f.names(q).size() == 2);
    q.filter = ItemQuery::Filter::All;
    q.text = QStringLiteral("fo");
    CHECK(f.names(q) == QStringList({QStringLiteral("a.png")})); // prefix of "fox"
    q.text = QStringLiteral("c.png");
    CHECK(f.names(q) == QStringList({QStringLiteral("c.png")}));
    q.text = QStringLiteral("\"unbalanced");
    CHECK(f.names(q).isEmpty()); // no syntax error from user input

    Items items(f.lib->catalog());
    REQUIRE(items.setStatus({f.byName[QStringLiteral("b.png")]}, ItemStatus::Rejected).ok());
    REQUIRE(items.setStatus({f.byName[QStringLiteral("c.png")]}, ItemStatus::Trashed).ok());
    q = ItemQuery{};
    q.dataset = f.dataset.id;
    CHECK(f.names(q).size() == 2); // the trash is hidden
    q.filter = ItemQuery::Filter::Rejected;
    CHECK(f.names(q) == QStringList({QStringLiteral("b.png")}));
    q.filter = ItemQuery::Filter::Trash;
    CHECK(f.names(q) == QStringList({QStringLiteral("c.png")}));
}

TEST_CASE("Item details and edits: caption, tags, status, rating, tag frequencies")
{
    ItemsFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.byName[QStringLiteral("a.png")];
    const ItemId b = f.byName[QStringLiteral("b.png")];
    auto d = items.detail(a);
    REQUIRE(d.ok());
    CHECK(d->caption == QStringLiteral("a red fox in the snow"));
    CHECK(d->row.width == 90);
    CHECK(d->format == QStringLiteral("png"));
    CHECK(d->row.hasCaption);

    // Sentence captions are stored exactly as typed.
    const QString sentence = QStringLiteral("A woman, smiling. She wears a coat; it's red!\nSecond line.");
    REQUIRE(items.setCaption(a, sentence).ok());
    CHECK(items.detail(a)->caption == sentence);

    REQUIRE(items.setTags(a, {QStringLiteral("fox"), QStringLiteral(" snow "), QStringLiteral("fox"), QString()}).ok());
    CHECK(items.detail(a)->tags == QStringList({QStringLiteral("fox"), QStringLiteral("snow")}));
    REQUIRE(items.addTags({a, b}, {QStringLiteral("outdoor"), QStringLiteral("fox")}).ok());
    CHECK(items.detail(a)->tags == QStringList({QStringLiteral("fox"), QStringLiteral("snow"), QStringLiteral("outdoor")}));
    CHECK(items.detail(b)->tags == QStringList({QStringLiteral("outdoor"), QStringLiteral("fox")}));

    auto before = items.tagsOf({a, b});
    REQUIRE(before.ok());
    REQUIRE(items.removeTags({a, b}, {QStringLiteral("fox")}).ok());
    CHECK(items.detail(b)->tags == QStringList({QStringLiteral("outdoor")}));
    REQUIRE(items.restoreTags(*before).ok());
    CHECK(items.detail(b)->tags == QStringList({QStringLiteral("outdoor"), QStringLiteral("fox")}));

    auto freq = items.tagFrequencies(f.dataset.id);
    REQUIRE(freq.ok());
    REQUIRE(freq->size() == 3);
    CHECK(freq->at(0).count == 2);

    REQUIRE(items.setRating({a, b}, 4).ok());
    CHECK(items.detail(b)->row.rating == 4);
    CHECK_FALSE(items.setRating({a}, 9).ok());
    REQUIRE(items.setStatus({a}, ItemStatus::Rejected).ok());
    CHECK(items.detail(a)->row.status == ItemStatus::Rejected);

    CHECK(items.detail(ItemId(999999)).error().code == ErrorCode::NotFound);
}

#include "edit/catalogwriter.h"
#include "edit/itemcommands.h"

#include <QUndoStack>

TEST_CASE("Undo commands write through the background writer, undo each caption save as a step, and undo batch tag edits in one step")
{
    ItemsFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.byName[QStringLiteral("a.png")];
    const ItemId b = f.byName[QStringLiteral("b.png")];
    CatalogWriter &writer = f.lib->writer();
    QList<ItemId> changed;
    QObject::connect(&writer, &CatalogWriter::itemsChanged, &writer, [&](const QList<ItemId> &ids) { changed += ids; });
    QUndoStack stack;

    const QString original = items.detail(a)->caption;
    CHECK_FALSE(original.isEmpty());
    stack.push(new SetCaptionCommand(writer, a, QStringLiteral("a red")));
    stack.push(new SetCaptionCommand(writer, a, QStringLiteral("a red fox, running")));
    writer.waitForIdle();
    CHECK(stack.count() == 2); // each save is a step: undo goes back phrase by phrase
    CHECK(items.detail(a)->caption == QStringLiteral("a red fox, running"));
    CHECK(changed.contains(a));
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->caption == QStringLiteral("a red"));
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->caption == original);
    stack.redo();
    stack.redo();
    writer.waitForIdle();
    CHECK(items.detail(a)->caption == QStringLiteral("a red fox, running"));

    // Tags compare case-insensitively: "Winter" on an item tagged "winter" changes nothing.
    CHECK(EditTagsCommand::withAdded({{a, {QStringLiteral("winter")}}}, {QStringLiteral("Winter")}).value(a)
        == QStringList{QStringLiteral("winter")});
    CHECK(EditTagsCommand::withRemoved({{a, {QStringLiteral("Red Hair"), QStringLiteral("fox")}}}, {QStringLiteral("red hair")}).value(a)
        == QStringList{QStringLiteral("fox")});

    // Batch: add a tag to two items, one undo step.
    stack.push(new EditTagsCommand(writer, {a, b}, {QStringLiteral("winter")}, {}, QStringLiteral("Add Tag")));
    writer.waitForIdle();
    CHECK(items.detail(a)->tags.contains(QStringLiteral("winter")));
    CHECK(items.detail(b)->tags.contains(QStringLiteral("winter")));
    stack.undo();
    writer.waitForIdle();
    CHECK_FALSE(items.detail(a)->tags.contains(QStringLiteral("winter")));
    CHECK_FALSE(items.detail(b)->tags.contains(QStringLiteral("winter")));

    // Status and rating restore each item's own previous value.
    REQUIRE(items.setStatus({b}, ItemStatus::Rejected).ok());
    stack.push(new SetStatusCommand(writer, {a, b}, ItemStatus::Trashed));
    writer.waitForIdle();
    CHECK(items.detail(b)->row.status == ItemStatus::Trashed);
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->row.status == ItemStatus::Active);
    CHECK(items.detail(b)->row.status == ItemStatus::Rejected);

    REQUIRE(items.setRating({b}, 2).ok());
    stack.push(new SetRatingCommand(writer, {a, b}, 5));
    writer.waitForIdle();
    CHECK(items.detail(a)->row.rating == 5);
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->row.rating == 0);
    CHECK(items.detail(b)->row.rating == 2);

    // A command queued right behind another captures the state that one left, not a stale copy.
    stack.push(new SetStatusCommand(writer, {a}, ItemStatus::Rejected));
    stack.push(new SetStatusCommand(writer, {a}, ItemStatus::Trashed));
    stack.undo();
    writer.waitForIdle();
    CHECK(items.detail(a)->row.status == ItemStatus::Rejected);
}

TEST_CASE("A dataset snapshot restores or duplicates items with captions, tags, status and ratings")
{
    ItemsFixture f;
    Items items(f.lib->catalog());
    Datasets datasets(f.lib->catalog());
    const ItemId a = f.byName[QStringLiteral("a.png")];
    REQUIRE(items.setTags(a, {QStringLiteral("fox"), QStringLiteral("snow")}).ok());
    REQUIRE(items.setRating({a}, 3).ok());
    REQUIRE(items.setStatus({f.byName[QStringLiteral("b.png")]}, ItemStatus::Rejected).ok());
    DatasetSettings settings = f.dataset.settings;
    settings.triggerWord = QStringLiteral("ohwx");
    REQUIRE(datasets.updateSettings(f.dataset.id, settings).ok());

    auto copy = datasets.duplicate(f.dataset.id, QStringLiteral("D copy"));
    REQUIRE(copy.ok());
    CHECK(copy->itemCount == 3);
    CHECK(copy->rejectedCount == 1);
    CHECK(copy->settings.triggerWord == QStringLiteral("ohwx"));
    CHECK_FALSE(datasets.duplicate(f.dataset.id, QStringLiteral("d COPY")).ok()); // name taken

    auto snap = datasets.snapshot(f.dataset.id);
    REQUIRE(snap.ok());
    REQUIRE(datasets.remove(f.dataset.id).ok());
    auto back = datasets.restore(*snap);
    REQUIRE(back.ok());
    CHECK(back->name == QStringLiteral("D"));
    ItemQuery q;
    q.dataset = back->id;
    q.sort = ItemQuery::Sort::Name;
    auto ids = items.query(q);
    REQUIRE(ids->size() == 3);
    auto restoredA = items.detail(ids->at(0));
    CHECK(restoredA->row.name == QStringLiteral("a.png"));
    CHECK(restoredA->caption == QStringLiteral("a red fox in the snow"));
    CHECK(restoredA->tags == QStringList({QStringLiteral("fox"), QStringLiteral("snow")}));
    CHECK(restoredA->row.rating == 3);
    CHECK(items.detail(ids->at(1))->row.status == ItemStatus::Rejected);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM blobs")) == 3); // no second copy of anything
}

TEST_CASE("B17: tags differing only in case are one tag, spelled as first created")
{
    ItemsFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.byName.value(QStringLiteral("a.png"));
    const ItemId b = f.byName.value(QStringLiteral("b.png"));
    REQUIRE(items.setTags(a, {QStringLiteral("Red Hair"), QStringLiteral("red hair"), QStringLiteral("RED HAIR"), QStringLiteral("Café")}).ok());
    CHECK(items.detail(a)->tags == QStringList({QStringLiteral("Red Hair"), QStringLiteral("Café")}));
    // Adding another spelling to another item uses the existing tag (and its first spelling).
    REQUIRE(items.addTags({a, b}, {QStringLiteral("red HAIR"), QStringLiteral("CAFÉ"), QStringLiteral("smile")}).ok());
    CHECK(items.detail(a)->tags == QStringList({QStringLiteral("Red Hair"), QStringLiteral("Café"), QStringLiteral("smile")}));
    CHECK(items.detail(b)->tags == QStringList({QStringLiteral("Red Hair"), QStringLiteral("Café"), QStringLiteral("smile")}));
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tags")) == 3);
    // Removing matches any case.
    REQUIRE(items.removeTags({b}, {QStringLiteral("cafÉ")}).ok());
    CHECK(items.detail(b)->tags == QStringList({QStringLiteral("Red Hair"), QStringLiteral("smile")}));
    auto freq = items.tagFrequencies(f.dataset.id);
    REQUIRE(freq.ok());
    CHECK(freq->at(0).tag == QStringLiteral("Red Hair"));
    CHECK(freq->at(0).count == 2);
    // A duplicated dataset keeps one tag per spelling too.
    auto copy = Datasets(f.lib->catalog()).duplicate(f.dataset.id, QStringLiteral("Copy"));
    REQUIRE(copy.ok());
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tags")) == 3);
    CHECK(normalizeTags({QStringLiteral(" a  b "), QStringLiteral("A B"), QString()}) == QStringList{QStringLiteral("a b")});
}
