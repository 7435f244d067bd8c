#include "catalog/catalog.h"
#include "catalog/schema.h"
#include "catalog/snapshots.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace lc;
using namespace lc::test;

namespace {

// Builds a catalog file the way a release with schema version `version` left it, with some data in it.
void buildCatalogAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("build-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL")).ok());
        auto r = Schema::migrate(db, version);
        if (!r)
            FAIL(r.error().message);
        if (version >= 1) {
            REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES ('Seed', 1, 1)")).ok());
            REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO datasets (workspace_id, name, created_at, updated_at) VALUES (1, 'Seeded', 1, 1)")).ok());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("Migrations run from every earlier schema version to the latest and keep the data")
{
    for (int from = 0; from < Schema::latestVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
            buildCatalogAtVersion(path, from);
            auto catalog = Catalog::open(path);
            if (!catalog)
                FAIL(catalog.error().message);
            QSqlDatabase db = (*catalog)->database();
            CHECK(Schema::currentVersion(db).value() == Schema::latestVersion());
            CHECK(sql::scalar(db, QStringLiteral("PRAGMA application_id"))->toInt() == Schema::ApplicationId);
            CHECK(sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
            CHECK(sql::scalar(db, QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
            CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
            if (from >= 1) {
                CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM datasets WHERE name = 'Seeded'"))->toInt() == 1);
                // An upgrade keeps a snapshot of the catalog as the older release wrote it.
                auto snapshots = Snapshots::list(path, true);
                REQUIRE(snapshots.ok());
                REQUIRE(snapshots->size() == 1);
                CHECK(snapshots->first().reason == Snapshots::Reason::BeforeMigration);
                CHECK(snapshots->first().schemaVersion == from);
                CHECK(snapshots->first().problem.isEmpty());
            }
        }
    }
}

TEST_CASE("B17: migrating to schema 3 merges tags that differ only in case, keeping the first spelling")
{
    for (int from = 1; from < 3; ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
            buildCatalogAtVersion(path, from);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tags"));
                db.setDatabaseName(path);
                REQUIRE(db.open());
                const QString hash(64, QLatin1Char('a'));
                REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO blobs (sha256, byte_size, format, width, height, created_at) VALUES (?, 1, 'png', 1, 1, 0)"), {hash}).ok());
                REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO items (id, dataset_id, blob_sha256, original_name, caption, created_at, updated_at) VALUES (1, 1, ?, 'x.png', 'cap', 0, 0)"), {hash}).ok());
                REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'Cat'), (2, 'cat'), (3, 'CAT'), (4, 'dog')")).ok());
                // The item has "dog" first, then "cat" and "Cat" (both spellings).
                REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) VALUES (1, 4, 0), (1, 2, 1), (1, 1, 2)")).ok());
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tags"));
            auto catalog = Catalog::open(path);
            if (!catalog)
                FAIL(catalog.error().message);
            QSqlDatabase db = (*catalog)->database();
            CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM tags"))->toInt() == 2);
            CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM tags ORDER BY id)"))->toString() == QStringLiteral("Cat,dog"));
            CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(t.name, ',') FROM (SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id WHERE it.item_id = 1 ORDER BY it.position) t"))->toString() == QStringLiteral("dog,Cat"));
            CHECK(sql::scalar(db, QStringLiteral("SELECT tags FROM item_search WHERE rowid = 1"))->toString() == QStringLiteral("dog Cat"));
            CHECK(sql::scalar(db, QStringLiteral("SELECT imported_caption IS NULL FROM items WHERE id = 1"))->toInt() == 1);
            CHECK(sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
            // A new spelling cannot be inserted as a second tag.
            CHECK_FALSE(sql::exec(db, QStringLiteral("INSERT INTO tags (name, folded) VALUES ('cAt', 'cat')")).ok());
        }
    }
}

TEST_CASE("Reopening a current catalog changes nothing")
{
    TempLibrary lib;
    REQUIRE(Workspaces(lib->catalog()).create(QStringLiteral("Keep me")).ok());
    lib.reopen();
    CHECK(Workspaces(lib->catalog()).find(QStringLiteral("Keep me")).ok());
    CHECK(Snapshots::list(lib->catalogPath())->isEmpty());
}

TEST_CASE("A catalog from a newer LoRA Craft is refused with a clear message and left untouched")
{
    TempLibrary lib;
    REQUIRE(sql::exec(lib->catalog().database(), QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 3)).ok());
    lib.close();
    const QString catalogFile = lib.path() + QStringLiteral("/catalog.sqlite");
    const QByteArray before = readAll(catalogFile);

    auto opened = Library::open(lib.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("newer LoRA Craft")));
    CHECK(opened.error().message.contains(QStringLiteral("catalog.sqlite")));
    CHECK(readAll(catalogFile) == before);
}

TEST_CASE("A damaged catalog is refused, named, and never replaced by an empty one")
{
    QTemporaryDir dir;
    const QString libPath = dir.filePath(QStringLiteral("lib"));
    const QString catalogFile = libPath + QStringLiteral("/catalog.sqlite");

    SECTION("garbage bytes")
    {
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        writeAll(catalogFile, junk);
        auto opened = Library::open(libPath);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Corrupt);
        CHECK(opened.error().message.contains(QDir::toNativeSeparators(catalogFile)));
        CHECK(readAll(catalogFile) == junk);
    }
    SECTION("a truncated file")
    {
        writeAll(catalogFile, QByteArray("SQLite format 3\0", 16));
        auto opened = Library::open(libPath);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Corrupt);
        CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("an SQLite database of another program")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            QDir().mkpath(libPath);
            db.setDatabaseName(catalogFile);
            REQUIRE(db.open());
            REQUIRE(sql::exec(db, QStringLiteral("CREATE TABLE photos (id INTEGER)")).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto opened = Library::open(libPath);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotALibrary);
        CHECK(opened.error().message.contains(QStringLiteral("not a LoRA Craft catalog")));
    }
}

TEST_CASE("Library folders that are not libraries are refused")
{
    QTemporaryDir dir;
    SECTION("a non-empty folder without a catalog")
    {
        writeAll(dir.filePath(QStringLiteral("photos/holiday.jpg")), "jpeg");
        auto opened = Library::open(dir.filePath(QStringLiteral("photos")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotALibrary);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("photos/catalog.sqlite"))));
    }
    SECTION("a library whose catalog was lost")
    {
        writeAll(dir.filePath(QStringLiteral("lib/objects/ab/abcd")), "x");
        auto opened = Library::open(dir.filePath(QStringLiteral("lib")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("catalog.sqlite is missing")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("lib/catalog.sqlite"))));
    }
    SECTION("a file")
    {
        writeAll(dir.filePath(QStringLiteral("file")), "x");
        auto opened = Library::open(dir.filePath(QStringLiteral("file")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotALibrary);
    }
    SECTION("a folder that cannot be created")
    {
        writeAll(dir.filePath(QStringLiteral("file")), "x");
        auto opened = Library::open(dir.filePath(QStringLiteral("file/lib")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("Cannot create the library folder")));
    }
    SECTION("MustExist on a missing library")
    {
        auto opened = Library::open(dir.filePath(QStringLiteral("none")), Library::OpenMode::MustExist);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none"))));
    }
}

TEST_CASE("A library is locked while open, a lock left by a dead process is taken over")
{
    TempLibrary lib;
    auto second = Library::open(lib.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(second.error().message.contains(QStringLiteral("in use by another LoRA Craft process")));

    lib.close();
    // A lock file written by a process that no longer exists (PID far above pid_max).
    writeAll(lib.path() + QStringLiteral("/library.lock"),
        QByteArray("99999999\nloracraft\n") + QHostInfo::localHostName().toUtf8() + '\n');
    auto reopened = Library::open(lib.path());
    if (!reopened)
        FAIL(reopened.error().message);
}

#ifndef Q_OS_WIN
TEST_CASE("A read-only library folder gives a clear message")
{
    if (::geteuid() == 0) {
        WARN("running as root: permission bits do not apply; skipping the read-only folder check");
        return;
    }
    TempLibrary lib;
    lib.close();
    QFile::setPermissions(lib.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    auto opened = Library::open(lib.path());
    QFile::setPermissions(lib.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::PermissionDenied);
    CHECK(opened.error().message.contains(QStringLiteral("Cannot write in the library folder")));
}
#endif
