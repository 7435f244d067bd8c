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
    auto unbalanced = Items(f.lib->catalog()).query(q);
    REQUIRE_FALSE(unbalanced.ok()); // the filter language names the mistake
    CHECK(unbalanced.error().code == ErrorCode::InvalidArgument);
    CHECK(unbalanced.error().message.contains(QStringLiteral("not closed")));

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

TEST_CASE("Item queries filter by where the caption came from and by a tag")
{
    ItemsFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.byName[QStringLiteral("a.png")];
    const ItemId b = f.byName[QStringLiteral("b.png")];
    const ItemId c = f.byName[QStringLiteral("c.png")];
    CaptionProvenance generated;
    generated.origin = CaptionOrigin::Auto;
    generated.backend = QStringLiteral("openai");
    generated.model = QStringLiteral("llava:13b");
    REQUIRE(items.setCaption(b, QStringLiteral("a generated caption"), generated).ok());
    REQUIRE(items.setCaption(c, QStringLiteral("typed"), CaptionProvenance::manual(QStringLiteral("typed"))).ok());
    REQUIRE(items.setTags(a, {QStringLiteral("Red Hair"), QStringLiteral("smile")}).ok());
    REQUIRE(items.setTags(c, {QStringLiteral("red hair")}).ok());

    ItemQuery q;
    q.dataset = f.dataset.id;
    q.sort = ItemQuery::Sort::Name;
    q.origin = CaptionOrigin::Auto;
    CHECK(f.names(q) == QStringList({QStringLiteral("b.png")}));
    q.origin = CaptionOrigin::Manual;
    CHECK(f.names(q).contains(QStringLiteral("c.png")));
    CHECK_FALSE(f.names(q).contains(QStringLiteral("b.png")));
    q.origin.reset();
    q.tag = QStringLiteral("RED HAIR"); // tags are one whatever their case
    CHECK(f.names(q) == QStringList({QStringLiteral("a.png"), QStringLiteral("c.png")}));
    q.tag = QStringLiteral("smile");
    CHECK(f.names(q) == QStringList({QStringLiteral("a.png")}));
    q.origin = CaptionOrigin::Auto;
    CHECK(f.names(q).isEmpty()); // both filters apply: a.png has the tag, not a generated caption
    q.tag = QStringLiteral("no such tag");
    q.origin.reset();
    CHECK(f.names(q).isEmpty());
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

// ---- Tag edits across a dataset, find & replace and caption templates ----

#include "caption/captionedit.h"
#include "catalog/sql.h"

namespace {

// Items added directly (no import): a dataset D with tagged items, one in the trash, and another dataset O
// that shares the tags.
struct TagFixture
{
    TempLibrary lib;
    Dataset dataset;
    Dataset other;
    int next = 0;

    TagFixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        DatasetSettings settings;
        settings.triggerWord = QStringLiteral("ohwx");
        settings.classWord = QStringLiteral("cat");
        dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), settings);
        other = *Datasets(lib->catalog()).create(w->id, QStringLiteral("O"));
    }

    ItemId add(const Dataset &d, const QStringList &tags, const QString &caption = {}, const QString &name = {})
    {
        ++next;
        const ItemId id(addItem(*lib, d.id.value(), fixtures::encode(fixtures::makeImage(8, 8, next), "png"),
            name.isEmpty() ? QStringLiteral("i%1.png").arg(next) : name, caption));
        // Positions 0, 10, 20…: gaps are legal and must survive an undo.
        for (int i = 0; i < tags.size(); ++i)
            addTag(*lib, id.value(), tags[i], i * 10);
        return id;
    }

    QStringList tags(ItemId id)
    {
        auto d = Items(lib->catalog()).detail(id);
        REQUIRE(d.ok());
        return d->tags;
    }

    QStringList search(const QString &text)
    {
        ItemQuery q;
        q.dataset = dataset.id;
        q.text = text;
        auto ids = Items(lib->catalog()).query(q);
        REQUIRE(ids.ok());
        QStringList out;
        for (ItemId id : *ids)
            out << QString::number(id.value());
        return out;
    }
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("Renaming a tag across a dataset: one copy where the first was, the trash included, other datasets untouched, search follows")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId i1 = f.add(f.dataset, list({"cat", "red", "feline"}));
    const ItemId i2 = f.add(f.dataset, list({"feline", "CAT"}));
    const ItemId i3 = f.add(f.dataset, list({"dog"}));
    const ItemId trashed = f.add(f.dataset, list({"cat"}));
    REQUIRE(items.setStatus({trashed}, ItemStatus::Trashed).ok());
    const ItemId o1 = f.add(f.other, list({"cat", "feline"}));

    auto edit = items.mergeTags(f.dataset.id, {QStringLiteral("Cat")}, QStringLiteral("feline"));
    REQUIRE(edit.ok());
    CHECK(edit->items == 3);
    CHECK(f.tags(i1) == list({"feline", "red"}));  // the first of the two places
    CHECK(f.tags(i2) == list({"feline"}));
    CHECK(f.tags(i3) == list({"dog"}));
    CHECK(f.tags(trashed) == list({"feline"}));
    CHECK(f.tags(o1) == list({"cat", "feline"}));  // another dataset keeps its tags
    CHECK(f.search(QStringLiteral("cat")).isEmpty());
    CHECK(f.search(QStringLiteral("feline")) == QStringList({QString::number(i1.value()), QString::number(i2.value())}));
    auto freq = items.tagFrequencies(f.dataset.id);
    REQUIRE(freq.ok());
    REQUIRE(freq->size() == 3);
    CHECK(freq->at(0).tag == QStringLiteral("feline"));
    CHECK(freq->at(0).count == 2); // the trash is not counted

    // The snapshot holds every link of the involved tags on the changed items, with positions.
    CHECK(edit->before.items.size() == 3);
    CHECK(edit->before.links.size() == 5);

    // Nothing to rename: nothing written, no tag row made for the new name.
    auto none = items.mergeTags(f.dataset.id, {QStringLiteral("zebra")}, QStringLiteral("tiger"));
    REQUIRE(none.ok());
    CHECK(none->items == 0);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tags WHERE folded = 'tiger'")) == 0);
    // The same name is no change either.
    CHECK(items.mergeTags(f.dataset.id, {QStringLiteral("feline")}, QStringLiteral("feline"))->items == 0);

    auto empty = items.mergeTags(f.dataset.id, {QStringLiteral("feline")}, QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("A case-only rename respells the tag (one spelling per library), and the snapshot restores the old spelling and order")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId i1 = f.add(f.dataset, list({"red", "cat"}));
    const ItemId o1 = f.add(f.other, list({"cat"}));
    const auto before = items.tagsOf({i1, o1});
    REQUIRE(before.ok());

    auto edit = items.mergeTags(f.dataset.id, {QStringLiteral("cat")}, QStringLiteral("Cat"));
    REQUIRE(edit.ok());
    CHECK(edit->items == 1);
    CHECK(f.tags(i1) == list({"red", "Cat"}));
    CHECK(f.tags(o1) == list({"Cat"}));
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tags")) == 2);

    REQUIRE(items.restoreTagSnapshot(edit->before).ok());
    CHECK(items.tagsOf({i1, o1}).value() == *before);
}

TEST_CASE("Merging tags keeps one copy of the target where the first merged tag was, and deleting removes them from every item of the dataset")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId i1 = f.add(f.dataset, list({"a", "x", "B"}));
    const ItemId i2 = f.add(f.dataset, list({"b", "c", "a"}));
    const ItemId i3 = f.add(f.dataset, list({"c", "y"}));
    const ItemId i4 = f.add(f.dataset, list({"y", "A", "z"}));
    const ItemId o1 = f.add(f.other, list({"a", "b"}));
    // A tag has one spelling in the library, the first one created: "a" and "B".
    CHECK(f.tags(i4) == list({"y", "a", "z"}));
    const auto before = items.tagsOfDataset(f.dataset.id);
    REQUIRE(before.ok());

    auto merged = items.mergeTags(f.dataset.id, {QStringLiteral("A"), QStringLiteral("b")}, QStringLiteral("c"));
    REQUIRE(merged.ok());
    CHECK(merged->items == 3);
    CHECK(f.tags(i1) == list({"c", "x"}));
    CHECK(f.tags(i2) == list({"c"}));
    CHECK(f.tags(i3) == list({"c", "y"}));
    CHECK(f.tags(i4) == list({"y", "c", "z"}));
    CHECK(f.tags(o1) == list({"a", "B"}));
    REQUIRE(items.restoreTagSnapshot(merged->before).ok());
    CHECK(items.tagsOfDataset(f.dataset.id).value() == *before);

    // Into a new tag, and into one of the merged tags.
    auto fresh = items.mergeTags(f.dataset.id, {QStringLiteral("x"), QStringLiteral("y")}, QStringLiteral("New Tag"));
    REQUIRE(fresh.ok());
    CHECK(fresh->items == 3);
    CHECK(f.tags(i1) == list({"a", "New Tag", "B"}));
    CHECK(f.tags(i4) == list({"New Tag", "a", "z"}));
    REQUIRE(items.restoreTagSnapshot(fresh->before).ok());
    CHECK(items.tagsOfDataset(f.dataset.id).value() == *before);
    auto self = items.mergeTags(f.dataset.id, {QStringLiteral("z"), QStringLiteral("a")}, QStringLiteral("a"));
    REQUIRE(self.ok());
    CHECK(self->items == 1);
    CHECK(f.tags(i4) == list({"y", "a"}));
    REQUIRE(items.restoreTagSnapshot(self->before).ok());

    auto deleted = items.deleteTags(f.dataset.id, {QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("nothing")});
    REQUIRE(deleted.ok());
    CHECK(deleted->items == 4);
    CHECK(f.tags(i1) == list({"x", "B"}));
    CHECK(f.tags(i2) == list({"B"}));
    CHECK(f.tags(i3) == list({"y"}));
    CHECK(f.tags(i4) == list({"y", "z"}));
    CHECK(f.tags(o1) == list({"a", "B"}));
    CHECK(f.search(QStringLiteral("a")).isEmpty());
    REQUIRE(items.restoreTagSnapshot(deleted->before).ok());
    CHECK(items.tagsOfDataset(f.dataset.id).value() == *before);
    CHECK(f.search(QStringLiteral("a")).size() == 3);
    CHECK(items.deleteTags(f.dataset.id, {QStringLiteral("nothing")})->items == 0);
}

TEST_CASE("All items of a dataset in one read equal the per-item details, the trash last")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.add(f.dataset, list({"x", "y"}), QStringLiteral("first"));
    const ItemId b = f.add(f.dataset, {}, QStringLiteral("second"));
    const ItemId c = f.add(f.dataset, list({"z"}));
    f.add(f.other, list({"x"}));
    REQUIRE(items.setStatus({a}, ItemStatus::Trashed).ok());
    REQUIRE(items.setStatus({c}, ItemStatus::Rejected).ok());
    CaptionProvenance p;
    p.origin = CaptionOrigin::Auto;
    p.model = QStringLiteral("llava");
    REQUIRE(items.setCaption(b, QStringLiteral("auto"), p).ok());

    auto all = items.datasetDetails(f.dataset.id);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    const QList<ItemId> order{b, c, a};
    for (int i = 0; i < 3; ++i) {
        const ItemDetail &d = all->at(i);
        auto one = items.detail(order[i]);
        REQUIRE(one.ok());
        CHECK(d.row.id == one->row.id);
        CHECK(d.row.name == one->row.name);
        CHECK(d.row.status == one->row.status);
        CHECK(d.row.hash == one->row.hash);
        CHECK(d.caption == one->caption);
        CHECK(d.provenance == one->provenance);
        CHECK(d.tags == one->tags);
        CHECK(d.repeats == one->repeats);
        CHECK(d.row.width == one->row.width);
        CHECK(d.sourcePath == one->sourcePath);
    }
    CHECK(all->at(2).tags == list({"x", "y"}));
    CHECK(all->at(0).provenance.model == QStringLiteral("llava"));
}

TEST_CASE("Find & replace: plain text and regular expressions with group references, case options, clear errors")
{
    auto replace = [](const QString &find, const QString &with, bool regex, bool cs, const QString &caption) {
        auto r = CaptionReplacer::create({find, with, regex, cs});
        REQUIRE(r.ok());
        return r->apply(caption);
    };
    CHECK(replace(QStringLiteral("cat"), QStringLiteral("dog"), false, false, QStringLiteral("A Cat and a cat.")) == QStringLiteral("A dog and a dog."));
    CHECK(replace(QStringLiteral("cat"), QStringLiteral("dog"), false, true, QStringLiteral("A Cat and a cat.")) == QStringLiteral("A Cat and a dog."));
    CHECK(replace(QStringLiteral("a.c"), QStringLiteral("$1\\1"), false, false, QStringLiteral("abc a.c")) == QStringLiteral("abc $1\\1"));
    CHECK(replace(QStringLiteral("(\\w+) (hair)"), QStringLiteral("\\2 of \\1"), true, false, QStringLiteral("red hair, Blue HAIR"))
        == QStringLiteral("hair of red, HAIR of Blue"));
    CHECK(replace(QStringLiteral("(\\w+) (hair)"), QStringLiteral("\\2 of \\1"), true, true, QStringLiteral("red hair, Blue HAIR"))
        == QStringLiteral("hair of red, Blue HAIR"));
    CHECK(replace(QStringLiteral("o+"), QStringLiteral("[\\0]\\\\\\x"), true, false, QStringLiteral("foo"))
        == QStringLiteral("f[oo]\\\\x"));
    CHECK(replace(QStringLiteral("^"), QStringLiteral("ohwx, "), true, false, QStringLiteral("a cat")) == QStringLiteral("ohwx, a cat"));
    CHECK(replace(QStringLiteral("\\s+$"), QString(), true, false, QStringLiteral("trailing   ")) == QStringLiteral("trailing"));
    // Two digits when the expression has that many groups, else one digit and a literal digit.
    CHECK(replace(QStringLiteral("(a)"), QStringLiteral("\\10"), true, false, QStringLiteral("a")) == QStringLiteral("a0"));
    CHECK(replace(QStringLiteral("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)"), QStringLiteral("\\11"), true, false, QStringLiteral("abcdefghijk"))
        == QStringLiteral("k"));
    CHECK(replace(QStringLiteral("é"), QStringLiteral("e"), false, false, QStringLiteral("CAFÉ café")) == QStringLiteral("CAFe cafe"));

    auto bad = CaptionReplacer::create({QStringLiteral("red (hair"), QStringLiteral("x"), true, false});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(bad.error().message.contains(QStringLiteral("red (hair")));
    CHECK(bad.error().message.contains(QStringLiteral("offset 9")));
    CHECK(bad.error().message.contains(QStringLiteral("missing closing parenthesis")));
    auto group = CaptionReplacer::create({QStringLiteral("(a)"), QStringLiteral("\\2"), true, false});
    REQUIRE_FALSE(group.ok());
    CHECK(group.error().message.contains(QStringLiteral("\\2")));
    CHECK_FALSE(CaptionReplacer::create({QString(), QStringLiteral("x"), false, false}).ok());
    // A plain search is never read as an expression, even when it is not a valid one.
    CHECK(replace(QStringLiteral("(hair"), QStringLiteral("x"), false, false, QStringLiteral("red (hair")) == QStringLiteral("red x"));
}

TEST_CASE("Find & replace and template previews list every change and write nothing")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.add(f.dataset, list({"red hair", "smile"}), QStringLiteral("a cat on a mat"), QStringLiteral("a.png"));
    const ItemId b = f.add(f.dataset, {}, QStringLiteral("a dog"), QStringLiteral("b.png"));
    const ItemId c = f.add(f.dataset, {}, QStringLiteral("the Cat sleeps"), QStringLiteral("c.png"));
    const ItemId trashed = f.add(f.dataset, {}, QStringLiteral("cat in the trash"));
    REQUIRE(items.setStatus({trashed}, ItemStatus::Trashed).ok());
    const ItemId rejected = f.add(f.dataset, {}, QStringLiteral("rejected cat"));
    REQUIRE(items.setStatus({rejected}, ItemStatus::Rejected).ok());
    f.add(f.other, {}, QStringLiteral("a cat elsewhere"));

    auto preview = previewReplace(f.lib->catalog(), {f.dataset.id, {}}, {QStringLiteral("cat"), QStringLiteral("dog"), false, false});
    REQUIRE(preview.ok());
    CHECK(preview->checked == 4); // kept and rejected, not the trash
    REQUIRE(preview->changes.size() == 3);
    CHECK(preview->changes[0].id == a);
    CHECK(preview->changes[0].name == QStringLiteral("a.png"));
    CHECK(preview->changes[0].before == QStringLiteral("a cat on a mat"));
    CHECK(preview->changes[0].after == QStringLiteral("a dog on a mat"));
    CHECK(preview->changes[1].id == c);
    CHECK(preview->changes[1].after == QStringLiteral("the dog sleeps"));
    CHECK(preview->changes[2].id == rejected);
    CHECK(items.detail(a)->caption == QStringLiteral("a cat on a mat")); // nothing written

    auto some = previewReplace(f.lib->catalog(), {f.dataset.id, {b, c, trashed}}, {QStringLiteral("cat"), QStringLiteral("dog"), false, true});
    REQUIRE(some.ok());
    CHECK(some->checked == 3);
    REQUIRE(some->changes.size() == 1);
    CHECK(some->changes[0].id == trashed); // asked for by id: the trash too

    auto badRegex = previewReplace(f.lib->catalog(), {f.dataset.id, {}}, {QStringLiteral("[cat"), QString(), true, false});
    REQUIRE_FALSE(badRegex.ok());
    CHECK(badRegex.error().message.contains(QStringLiteral("offset")));

    auto templ = previewTemplate(f.lib->catalog(), {f.dataset.id, {a, b}}, QStringLiteral("{trigger}, {class}, {tags}, {caption} ({filename})"));
    REQUIRE(templ.ok());
    REQUIRE(templ->changes.size() == 2);
    CHECK(templ->changes[0].after == QStringLiteral("ohwx, cat, red hair, smile, a cat on a mat (a.png)"));
    CHECK(templ->changes[1].after == QStringLiteral("ohwx, cat, a dog (b.png)")); // no stray comma for no tags
    CHECK(fillCaptionTemplate(QStringLiteral("{trigger}, {tags}, {caption}"), {{QStringLiteral("caption"), QStringLiteral("x")}})
        == QStringLiteral("x"));
    CHECK_FALSE(previewTemplate(f.lib->catalog(), {f.dataset.id, {}}, QStringLiteral("  ")).ok());
    CHECK(items.detail(b)->caption == QStringLiteral("a dog"));
}

TEST_CASE("Guarded caption writes: only captions still as expected, in one statement, with provenance, and exotic text survives")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId a = f.add(f.dataset, {}, QStringLiteral("one"));
    const ItemId b = f.add(f.dataset, {}, QStringLiteral("two"));
    CaptionProvenance manual;
    manual.origin = CaptionOrigin::Manual;
    CaptionProvenance autoP;
    autoP.origin = CaptionOrigin::Auto;
    autoP.backend = QStringLiteral("openai");
    autoP.prompt = QStringLiteral("say \"hi\"");
    const QString exotic = QStringLiteral("quote \" backslash \\ tab\t nul-free \u00e9 \U0001F600 [1,2] {\"json\": true}");
    auto out = items.writeCaptions({{a, QStringLiteral("one"), exotic, autoP}, {b, QStringLiteral("changed"), QStringLiteral("x"), manual},
        {ItemId(999999), QString(), QStringLiteral("gone"), manual}});
    REQUIRE(out.ok());
    CHECK(out->written == QList<ItemId>{a});
    CHECK(out->skipped == QList<ItemId>({b, ItemId(999999)}));
    CHECK(out->previous.value(a).origin == CaptionOrigin::None);
    auto d = items.detail(a);
    CHECK(d->caption == exotic);
    CHECK(d->provenance == autoP);
    CHECK(items.detail(b)->caption == QStringLiteral("two"));
}

TEST_CASE("The filter language parses terms, NOT, OR and parentheses, and names every mistake")
{
    auto tree = parseFilter(QStringLiteral("tag:cat OR \"red dress\" -stars:<3"));
    REQUIRE(tree.ok());
    REQUIRE(tree->has_value());
    const FilterNode &root = **tree;
    REQUIRE(root.kind == FilterNode::Kind::Or); // AND binds tighter than OR
    REQUIRE(root.children.size() == 2);
    CHECK(root.children[0].term.field == FilterTerm::Field::Tag);
    CHECK(root.children[0].term.text == QStringLiteral("cat"));
    const FilterNode &both = root.children[1];
    REQUIRE(both.kind == FilterNode::Kind::And);
    CHECK(both.children[0].term.text == QStringLiteral("red dress"));
    REQUIRE(both.children[1].kind == FilterNode::Kind::Not);
    const FilterTerm &stars = both.children[1].children[0].term;
    CHECK(stars.field == FilterTerm::Field::Stars);
    CHECK(stars.compare == FilterTerm::Compare::Less);
    CHECK(stars.value == 3);
    CHECK(root.uses(FilterTerm::Field::Stars));
    CHECK_FALSE(root.uses(FilterTerm::Field::Tokens));

    auto range = parseFilter(QStringLiteral("width:512..1024"));
    REQUIRE(range.ok());
    CHECK((*range)->term.compare == FilterTerm::Compare::Range);
    CHECK((*range)->term.matches(600));
    CHECK_FALSE((*range)->term.matches(1025));
    CHECK_FALSE(parseFilter(QStringLiteral("   ")).value().has_value()); // blank: no filter
    // NOT NOT x is x; blur:no is NOT quality:blurry.
    CHECK(parseFilter(QStringLiteral("NOT NOT tag:x")).value()->kind == FilterNode::Kind::Term);
    auto blurNo = parseFilter(QStringLiteral("blur:no"));
    REQUIRE(blurNo.ok());
    CHECK((*blurNo)->kind == FilterNode::Kind::Not);
    CHECK((*blurNo)->children[0].term.text == QStringLiteral("blurry"));

    const std::pair<const char *, const char *> mistakes[] = {
        {"colour:red", "does not know “colour:”"},
        {"stars:many", "a number"},
        {"width:10..5", "a number"},
        {"(tag:a OR tag:b", "is not closed"},
        {"tag:a)", "without its “(”"},
        {"OR tag:a", "needs something before it"},
        {"tag:a OR", "needs something after it"},
        {"NOT", "needs something after it"},
        {"status:deleted", "active, rejected, trashed"},
        {"blur:maybe", "yes or no"},
        {"quality:fuzzy", "blurry"},
        {"has:wings", "caption, tags, crop, text"},
        {"caption:\"open", "not closed"},
        {"\"\"", "empty quotes"},
        {"tag:", "something to look for"},
        {"id:12,x", "item numbers"},
    };
    for (const auto &[text, message] : mistakes) {
        INFO(text);
        auto r = parseFilter(QString::fromUtf8(text));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidArgument);
        CHECK(r.error().message.contains(QString::fromUtf8(message)));
    }
}

TEST_CASE("Filter language queries: substrings, tags, numbers, status, origin and combinations in SQL")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId hex = f.add(f.dataset, list({"shape", "Blue"}), QStringLiteral("a hexagon on a table"), QStringLiteral("IMG_001.png"));
    const ItemId cat = f.add(f.dataset, list({"cat", "cute"}), QStringLiteral("a cat asleep"), QStringLiteral("photo_cat.png"));
    const ItemId cats = f.add(f.dataset, list({"cats"}), QString(), QStringLiteral("100%_real.png"));
    const ItemId bare = f.add(f.dataset, {}, QString(), QStringLiteral("bare.png"));
    const ItemId other = f.add(f.other, list({"cat"}), QStringLiteral("hexagon elsewhere"));
    REQUIRE(items.setRating({hex}, 5).ok());
    REQUIRE(items.setRating({cat}, 3).ok());
    REQUIRE(items.setStatus({cats}, ItemStatus::Rejected).ok());
    REQUIRE(items.setStatus({bare}, ItemStatus::Trashed).ok());
    auto find = [&](const QString &text, ItemQuery::Filter filter = ItemQuery::Filter::All) {
        ItemQuery q;
        q.dataset = f.dataset.id;
        q.text = text;
        q.filter = filter;
        auto ids = items.query(q);
        REQUIRE(ids.ok());
        return *ids;
    };
    using L = QList<ItemId>;
    CHECK(find(QStringLiteral("agon")) == L{hex});                    // inside a word of the caption
    CHECK(find(QStringLiteral("lu")) == L{hex});                      // inside a tag
    CHECK(find(QStringLiteral("img_0")) == L{hex});                   // the file name, any case, _ literal
    CHECK(find(QStringLiteral("100%")) == L{cats});                   // % literal
    CHECK(find(QStringLiteral("\"cat asleep\"")) == L{cat});          // a phrase
    CHECK(find(QStringLiteral("tag:cat")) == L{cat});                 // exact: not "cats"
    CHECK(find(QStringLiteral("tag:CAT*")) == L({cat, cats}));        // wildcard
    CHECK(find(QStringLiteral("caption:cat")) == L{cat});
    CHECK(find(QStringLiteral("caption:\"\"")) == L{cats});           // empty caption (trash left out)
    CHECK(find(QStringLiteral("name:photo")) == L{cat});
    CHECK(find(QStringLiteral("stars:>=4")) == L{hex});
    CHECK(find(QStringLiteral("stars:3..5")) == L({hex, cat}));
    CHECK(find(QStringLiteral("stars:!=5")) == L({cat, cats}));
    CHECK(find(QStringLiteral("tags:>1")) == L({hex, cat}));
    CHECK(find(QStringLiteral("width:1 height:<=1")) == L({hex, cat, cats})); // the catalog's sizes (1×1 here)
    CHECK(find(QStringLiteral("width:>1")).isEmpty());
    CHECK(find(QStringLiteral("format:png")).size() == 3);
    CHECK(find(QStringLiteral("has:caption")) == L({hex, cat}));
    CHECK(find(QStringLiteral("-has:caption")) == L{cats});
    CHECK(find(QStringLiteral("NOT tag:cat* OR stars:5")) == L{hex});
    CHECK(find(QStringLiteral("(tag:cat OR tag:shape) stars:<5")) == L{cat});
    CHECK(find(QStringLiteral("cat -tag:cats")) == L{cat});
    // status: replaces the chips' own rule: the trash is found only when asked for.
    CHECK(find(QStringLiteral("status:rejected")) == L{cats});
    CHECK(find(QStringLiteral("status:trashed")) == L{bare});
    CHECK(find(QStringLiteral("bare")).isEmpty());
    CHECK(find(QStringLiteral("bare"), ItemQuery::Filter::Trash) == L{bare});
    CHECK(find(QStringLiteral("has:caption"), ItemQuery::Filter::Rejected).isEmpty());
    REQUIRE(items.setCaption(hex, QStringLiteral("a hexagon on a table"), CaptionProvenance::manual(QStringLiteral("x"))).ok());
    CHECK(find(QStringLiteral("origin:typed")) == L{hex});
    CHECK(find(QStringLiteral("id:%1,%2").arg(cat.value()).arg(other.value())) == L{cat}); // this dataset's only
    CHECK(find(QStringLiteral("origin:none")) == L({cat, cats}));
    CHECK_FALSE(find(QStringLiteral("hexagon")).contains(other)); // one dataset at a time
}

TEST_CASE("A dataset's caption source decides what counts as captioned, and the text a trainer reads")
{
    TagFixture f;
    Items items(f.lib->catalog());
    const ItemId captioned = f.add(f.dataset, {}, QStringLiteral("a photo"));
    const ItemId tagged = f.add(f.dataset, list({"solo", "smile"}));
    const ItemId both = f.add(f.dataset, list({"solo"}), QStringLiteral("line one\nline two"));
    const ItemId none = f.add(f.dataset, {});
    auto uncaptioned = [&] {
        ItemQuery q;
        q.dataset = f.dataset.id;
        q.filter = ItemQuery::Filter::Uncaptioned;
        auto ids = items.query(q);
        REQUIRE(ids.ok());
        return *ids;
    };
    auto hasText = [&](ItemId id) { return items.rows({id})->first().hasCaption; };
    auto setSource = [&](CaptionSource source) {
        DatasetSettings s = f.dataset.settings;
        s.captionSource = source;
        auto updated = Datasets(f.lib->catalog()).updateSettings(f.dataset.id, s);
        REQUIRE(updated.ok());
        CHECK(updated->settings.captionSource == source);
        f.dataset = *updated;
    };
    CHECK(f.dataset.settings.captionSource == CaptionSource::Caption); // the default (and migrated datasets')
    CHECK(uncaptioned() == QList<ItemId>({tagged, none}));
    CHECK_FALSE(hasText(tagged));
    setSource(CaptionSource::Tags);
    CHECK(uncaptioned() == QList<ItemId>({captioned, none}));
    CHECK(hasText(tagged));
    CHECK_FALSE(hasText(captioned));
    setSource(CaptionSource::Both);
    CHECK(uncaptioned() == QList<ItemId>{none});
    // The duplicate keeps the setting.
    auto copy = Datasets(f.lib->catalog()).duplicate(f.dataset.id, QStringLiteral("D2"));
    REQUIRE(copy.ok());
    CHECK(copy->settings.captionSource == CaptionSource::Both);

    // What the trainer reads: the source, the caption on one line, the trigger first.
    DatasetSettings s;
    s.triggerWord = QStringLiteral("ohwx");
    s.captionSource = CaptionSource::Both;
    CHECK(trainerReads(s, QStringLiteral("line one\nline two"), list({"solo"})) == QStringLiteral("ohwx, line one line two, solo"));
    s.captionSource = CaptionSource::Tags;
    CHECK(trainerReads(s, QStringLiteral("ignored"), list({"ohwx", "solo"})) == QStringLiteral("ohwx, solo")); // already first
    CHECK(trainerReads(s, QString(), {}).isEmpty()); // nothing: no trigger alone
    s.captionSource = CaptionSource::Caption;
    CHECK(trainerReads(s, QStringLiteral("ohwxman walking"), {}) == QStringLiteral("ohwx, ohwxman walking")); // a word, not a prefix
    Q_UNUSED(both);
}
