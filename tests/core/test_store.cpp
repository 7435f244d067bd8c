#include "catalog/sql.h"
#include "library/maintenance.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace lc;
using namespace lc::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

qint64 makeDataset(Library &lib)
{
    auto id = lib.catalog().write([](QSqlDatabase &db) -> Result<qint64> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q, QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES ('w', 0, 0)")); !r)
            return r.error();
        QSqlQuery d(db);
        if (auto r = sql::exec(d,
                QStringLiteral("INSERT INTO datasets (workspace_id, name, created_at, updated_at) VALUES (?, 'd', 0, 0)"),
                {q.lastInsertId()});
            !r)
            return r.error();
        return d.lastInsertId().toLongLong();
    });
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("Objects are stored once, under their SHA-256, byte for byte")
{
    TempLibrary lib;
    const ObjectStore &store = lib->store();
    const QByteArray bytes("\x89PNG fake image bytes", 21);
    auto h1 = store.put(bytes);
    REQUIRE(h1.ok());
    CHECK(store.pathFor(*h1) == lib->root() + QStringLiteral("/objects/") + h1->toHex().left(2) + QLatin1Char('/') + h1->toHex());
    auto h2 = store.put(bytes);
    REQUIRE(h2.ok());
    CHECK(*h1 == *h2);
    CHECK(store.contains(*h1));
    auto back = store.read(*h1);
    REQUIRE(back.ok());
    CHECK(*back == bytes);
    int objects = 0;
    store.forEachObject([&](const ContentHash &h, const QString &) { objects += h.isValid() ? 1 : 0; });
    CHECK(objects == 1);
    CHECK(store.temporaryFiles().isEmpty());
}

TEST_CASE("A leftover temporary file is cleaned when the library opens")
{
    TempLibrary lib;
    const QString leftover = lib->store().tempDir() + QStringLiteral("/write-abc123.part");
    writeFile(leftover, "half an image");
    REQUIRE(QFileInfo::exists(leftover));
    lib.reopen();
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK(lib->removedTemporaryFiles() == 1);
}

TEST_CASE("fsck finds a flipped byte, a missing object and orphans; gc cleans up")
{
    TempLibrary lib;
    const qint64 dataset = makeDataset(*lib);
    addItem(*lib, dataset, QByteArray("image one"), QStringLiteral("one.png"));
    addItem(*lib, dataset, QByteArray("image two"), QStringLiteral("two.png"));
    const qint64 three = addItem(*lib, dataset, QByteArray("image three"), QStringLiteral("three.png"));

    auto clean = Maintenance::fsck(*lib);
    REQUIRE(clean.ok());
    CHECK(clean->isClean());
    CHECK(clean->blobsChecked == 3);

    // Flip one byte of "image one" on disk.
    const ContentHash one = ContentHash::of(QByteArrayView("image one"));
    {
        QFile f(lib->store().pathFor(one));
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(2);
        f.write("X");
    }
    // Remove "image two".
    const ContentHash two = ContentHash::of(QByteArrayView("image two"));
    REQUIRE(QFile::remove(lib->store().pathFor(two)));
    // An orphan object (no catalog row) and a foreign file.
    auto orphan = lib->store().put(QByteArray("nobody uses me"));
    REQUIRE(orphan.ok());
    writeFile(lib->store().objectsDir() + QStringLiteral("/ab/notes.txt"), "hello");

    auto report = Maintenance::fsck(*lib);
    REQUIRE(report.ok());
    CHECK_FALSE(report->isClean());
    REQUIRE(report->damagedBlobs.size() == 1);
    CHECK(report->damagedBlobs[0].hash == one);
    REQUIRE(report->missingBlobs.size() == 1);
    CHECK(report->missingBlobs[0].hash == two);
    REQUIRE(report->orphanFiles.size() == 1);
    CHECK(report->orphanFiles[0].endsWith(orphan->toHex()));
    CHECK(report->foreignFiles.size() == 1);

    // Delete item three: its blob becomes unreferenced; gc removes it and the orphan, not the foreign file.
    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("DELETE FROM items WHERE id = ?"), {three});
    }).ok());
    const ContentHash threeHash = ContentHash::of(QByteArrayView("image three"));
    writeFile(lib->thumbsDir() + QLatin1Char('/') + threeHash.toHex().left(2) + QLatin1Char('/') + threeHash.toHex()
            + QStringLiteral("_512.jpg"),
        "thumb");

    auto dry = Maintenance::gc(*lib, true);
    REQUIRE(dry.ok());
    CHECK(dry->blobsRemoved == 1);
    CHECK(lib->store().contains(threeHash));

    // A thumbnail whose object the catalog never heard of.
    const QString strayThumb = lib->thumbsDir() + QStringLiteral("/00/") + QString(64, QLatin1Char('0')) + QStringLiteral("_512.jpg");
    writeFile(strayThumb, "thumb");

    auto gc = Maintenance::gc(*lib);
    REQUIRE(gc.ok());
    CHECK(gc->blobsRemoved == 1);
    CHECK(gc->orphanFilesRemoved == 1);
    CHECK(gc->thumbnailsRemoved == 2);
    CHECK_FALSE(QFileInfo::exists(strayThumb));
    CHECK_FALSE(lib->store().contains(threeHash));
    CHECK_FALSE(lib->store().contains(*orphan));
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM blobs")) == 2);
    CHECK(QFileInfo::exists(lib->store().objectsDir() + QStringLiteral("/ab/notes.txt")));
}

TEST_CASE("gc keeps images of items in the trash")
{
    TempLibrary lib;
    const qint64 dataset = makeDataset(*lib);
    const qint64 item = addItem(*lib, dataset, QByteArray("trashed image"), QStringLiteral("t.png"));
    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("UPDATE items SET status = 'trashed' WHERE id = ?"), {item});
    }).ok());
    auto gc = Maintenance::gc(*lib);
    REQUIRE(gc.ok());
    CHECK(gc->blobsRemoved == 0);
    CHECK(lib->store().contains(ContentHash::of(QByteArrayView("trashed image"))));
}
