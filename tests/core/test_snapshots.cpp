// Catalog snapshots: taking, listing, pruning, restoring (with the current catalog kept aside), and the
// images snapshots still name surviving gc.

#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/schema.h"
#include "catalog/snapshots.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "library/libraryservice.h"
#include "library/maintenance.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace lc;
using namespace lc::test;

namespace {

qint64 datasetWithItems(const Library &library, const QString &name, int items, int firstByte = 0)
{
    auto w = Workspaces(library.catalog()).find(QStringLiteral("W"));
    const WorkspaceId ws = w ? w->id : Workspaces(library.catalog()).create(QStringLiteral("W"))->id;
    auto d = Datasets(library.catalog()).create(ws, name);
    REQUIRE(d.ok());
    for (int i = 0; i < items; ++i)
        addItem(library, d->id.value(), QByteArray(64, char(firstByte + i)), QStringLiteral("%1-%2.png").arg(name).arg(i));
    return d->id.value();
}

} // namespace

TEST_CASE("A snapshot is a consistent copy that lists with its date, reason and counts")
{
    TempLibrary lib;
    datasetWithItems(*lib, QStringLiteral("D"), 3);
    auto made = Snapshots::create(lib->catalog(), Snapshots::Reason::Manual);
    REQUIRE(made.ok());
    CHECK(QFileInfo(made->path).absolutePath() == lib.path() + QStringLiteral("/snapshots"));
    CHECK(made->name.startsWith(QStringLiteral("catalog-")));
    CHECK(made->name.endsWith(QStringLiteral("-manual.sqlite")));
    CHECK(qAbs(made->createdAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
    CHECK(Snapshots::leftovers(lib->catalogPath()).isEmpty());

    // Edits after the snapshot are not in it.
    datasetWithItems(*lib, QStringLiteral("E"), 2, 100);
    auto all = Snapshots::list(lib->catalogPath(), true);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const Snapshots::SnapshotInfo &s = all->first();
    CHECK(s.problem.isEmpty());
    CHECK(s.items == 3);
    CHECK(s.datasets == 1);
    CHECK(s.workspaces == 1);
    CHECK(s.schemaVersion == Schema::latestVersion());
    CHECK(s.bytes > 0);

    // Two snapshots in a row get distinct names; the list is newest first.
    auto second = Snapshots::create(lib->catalog(), Snapshots::Reason::Daily);
    REQUIRE(second.ok());
    all = Snapshots::list(lib->catalogPath(), true);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == second->name);
    CHECK(all->at(0).items == 5);
    CHECK(all->at(0).reason == Snapshots::Reason::Daily);
    CHECK_FALSE(Snapshots::isDue(lib->catalogPath(), 3600'000));
    CHECK(Snapshots::isDue(lib->catalogPath(), 0));

    // find: by name, by a unique start, not by an ambiguous one.
    CHECK(Snapshots::find(lib->catalogPath(), second->name)->path == second->path);
    CHECK(Snapshots::find(lib->catalogPath(), second->name.left(second->name.size() - 8))->name == second->name);
    CHECK(Snapshots::find(lib->catalogPath(), QStringLiteral("catalog-")).error().code == ErrorCode::InvalidArgument);
    CHECK(Snapshots::find(lib->catalogPath(), QStringLiteral("nope")).error().code == ErrorCode::NotFound);
}

TEST_CASE("Pruning keeps the newest N snapshots, and a half-written snapshot is a leftover, never listed")
{
    TempLibrary lib;
    datasetWithItems(*lib, QStringLiteral("D"), 1);
    QStringList names;
    for (int i = 0; i < 5; ++i)
        names << Snapshots::create(lib->catalog(), Snapshots::Reason::Manual)->name;
    CHECK(Snapshots::prune(lib->catalogPath(), 2).value() == 3);
    auto all = Snapshots::list(lib->catalogPath());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == names[4]);
    CHECK(all->at(1).name == names[3]);

    // A crash while VACUUM INTO wrote leaves a .part file: not a snapshot; the next open removes it.
    const QString part = Snapshots::folderFor(lib->catalogPath()) + QStringLiteral("/catalog-20260101-000000-000-manual.sqlite.part");
    {
        QFile f(part);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3\0half", 20);
    }
    CHECK(Snapshots::list(lib->catalogPath())->size() == 2);
    CHECK(Snapshots::leftovers(lib->catalogPath()).contains(part));
    lib.reopen();
    CHECK_FALSE(QFileInfo::exists(part));
}

TEST_CASE("Restoring a snapshot brings the catalog back and keeps the current one as a snapshot")
{
    TempLibrary lib;
    const qint64 d = datasetWithItems(*lib, QStringLiteral("D"), 2);
    auto before = Snapshots::create(lib->catalog(), Snapshots::Reason::Manual);
    REQUIRE(before.ok());
    // After the snapshot: a caption, a new dataset, a deleted one.
    REQUIRE(sql::exec(lib->catalog().database(), QStringLiteral("UPDATE items SET caption = 'changed later'")).ok());
    datasetWithItems(*lib, QStringLiteral("Later"), 2, 50);
    REQUIRE(Datasets(lib->catalog()).remove(DatasetId(d)).ok());
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM datasets")) == 1);

    SECTION("not while the library is open")
    {
        auto r = Library::restoreSnapshot(lib.path(), before->name);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Locked);
    }
    SECTION("with the library closed")
    {
        lib.close();
        auto aside = Library::restoreSnapshot(lib.path(), before->name);
        if (!aside)
            FAIL(aside.error().message);
        CHECK(aside->reason == Snapshots::Reason::BeforeRestore);
        CHECK_FALSE(QFileInfo::exists(lib.path() + QStringLiteral("/catalog.sqlite.restore.part")));
        lib.reopen();
        CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM datasets")) == 1);
        CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM datasets WHERE name = 'D'")) == 1);
        CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items WHERE caption = ''")) == 2);
        CHECK(sql::scalar(lib->catalog().database(), QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));

        // The catalog as it was is a snapshot too: restoring it undoes the restore.
        Snapshots::SnapshotInfo keptAside = *aside;
        Snapshots::readDetails(keptAside);
        CHECK(keptAside.items == 2);
        CHECK(keptAside.datasets == 1);

        // gc keeps the images of "Later", which only the kept-aside snapshot names now.
        auto gc = Maintenance::gc(*lib);
        REQUIRE(gc.ok());
        CHECK(gc->keptForSnapshots == 2);
        CHECK(gc->orphanFilesRemoved == 0);
        auto fsck = Maintenance::fsck(*lib);
        REQUIRE(fsck.ok());
        CHECK(fsck->orphanFiles.isEmpty());
        CHECK(fsck->keptForSnapshots == 2);

        lib.close();
        REQUIRE(Library::restoreSnapshot(lib.path(), aside->name).ok());
        lib.reopen();
        CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM datasets WHERE name = 'Later'")) == 1);
        CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items WHERE caption = 'changed later'")) == 0);
        CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items")) == 2);
        auto clean = Maintenance::fsck(*lib);
        REQUIRE(clean.ok());
        CHECK(clean->isClean());
        CHECK(clean->missingBlobs.isEmpty()); // the images gc kept are there
    }
}

TEST_CASE("A damaged snapshot is refused and the catalog is left alone, and a damaged catalog is kept aside raw")
{
    TempLibrary lib;
    datasetWithItems(*lib, QStringLiteral("D"), 2);
    auto good = Snapshots::create(lib->catalog(), Snapshots::Reason::Manual);
    auto bad = Snapshots::create(lib->catalog(), Snapshots::Reason::Manual);
    REQUIRE((good.ok() && bad.ok()));
    lib.close();
    {
        QFile f(bad->path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\x5a'));
    }
    const QString catalogFile = lib.path() + QStringLiteral("/catalog.sqlite");
    QFile catalog(catalogFile);
    REQUIRE(catalog.open(QIODevice::ReadOnly));
    const QByteArray catalogBytes = catalog.readAll();
    catalog.close();
    auto refused = Library::restoreSnapshot(lib.path(), bad->name);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Corrupt);
    CHECK(refused.error().message.contains(bad->name));
    REQUIRE(catalog.open(QIODevice::ReadOnly));
    CHECK(catalog.readAll() == catalogBytes);
    catalog.close();
    CHECK(Snapshots::list(catalogFile)->size() == 2); // nothing kept aside for a refused restore

    // The catalog itself damaged: the restore keeps its bytes aside as they are, and succeeds.
    {
        QFile f(catalogFile);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write(QByteArray(100, '\0'));
    }
    auto aside = Library::restoreSnapshot(lib.path(), good->name);
    if (!aside)
        FAIL(aside.error().message);
    QFile kept(aside->path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.read(100) == QByteArray(100, '\0'));
    lib.reopen();
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items")) == 2);
}

TEST_CASE("A lost catalog.sqlite comes back from a snapshot")
{
    TempLibrary lib;
    datasetWithItems(*lib, QStringLiteral("D"), 2);
    auto s = Snapshots::create(lib->catalog(), Snapshots::Reason::Daily);
    REQUIRE(s.ok());
    lib.close();
    for (const char *f : {"/catalog.sqlite", "/catalog.sqlite-wal", "/catalog.sqlite-shm"})
        QFile::remove(lib.path() + QLatin1String(f));
    auto open = Library::open(lib.path(), Library::OpenMode::MustExist);
    REQUIRE_FALSE(open.ok()); // objects/ holds images: no empty catalog over them
    REQUIRE(Library::restoreSnapshot(lib.path(), s->name).ok());
    lib.reopen();
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM items")) == 2);
}

TEST_CASE("LibraryService takes snapshots on the read pool, prunes, and the daily one only when due")
{
    TempLibrary lib;
    datasetWithItems(*lib, QStringLiteral("D"), 1);
    LibraryService service(*lib);
    const bool daily = Snapshots::storedDaily();
    Snapshots::setStoredDaily(true);
    auto first = service.snapshotIfDue().result();
    REQUIRE(first.ok());
    CHECK(first->has_value());
    auto again = service.snapshotIfDue().result();
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value()); // one a day
    Snapshots::setStoredDaily(false);
    for (int i = 0; i < 3; ++i)
        REQUIRE(service.createSnapshot(Snapshots::Reason::Manual, 2).result().ok());
    auto all = service.listSnapshots().result();
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    CHECK(all->first().items == 1);
    CHECK(service.quickCheck().result().value() == QStringLiteral("ok"));
    Snapshots::setStoredDaily(daily);
}
