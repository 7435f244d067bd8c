#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "import/importer.h"
#include "library/libraryservice.h"
#include "library/maintenance.h"
#include "fixtures.h"
#include "testlibrary.h"
#include "util/fileutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

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

TEST_CASE("fsck finds a flipped byte, a missing object and orphans, gc cleans up")
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

// ---- Issue 8: the library on disk ----

TEST_CASE("D1: a 0-byte catalog over stored images is refused, gc never deletes what the catalog cannot vouch for")
{
    TempLibrary lib;
    const qint64 dataset = makeDataset(*lib);
    addItem(*lib, dataset, QByteArray("precious image"), QStringLiteral("p.png"));
    const ContentHash hash = ContentHash::of(QByteArrayView("precious image"));
    lib.close();
    const QString catalog = lib.path() + QStringLiteral("/catalog.sqlite");
    QFile::remove(catalog + QStringLiteral("-wal"));
    QFile::remove(catalog + QStringLiteral("-shm"));
    {
        QFile f(catalog);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // a crash, a sync tool, a full disk
    }
    for (auto mode : {Library::OpenMode::CreateIfMissing, Library::OpenMode::MustExist, Library::OpenMode::ReadOnly}) {
        auto opened = Library::open(lib.path(), mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Corrupt);
        CHECK(opened.error().message.contains(QStringLiteral("is empty (0 bytes)")));
        CHECK(opened.error().message.contains(QStringLiteral("1 stored image")));
    }
    CHECK(QFileInfo(catalog).size() == 0); // nothing was created over it
    CHECK(QFileInfo::exists(lib.path() + QStringLiteral("/objects/") + hash.toHex().left(2) + QLatin1Char('/') + hash.toHex()));

    // A valid catalog that knows no images over a store that has some: fsck says so, gc refuses.
    QFile::remove(catalog);
    {
        auto fresh = Catalog::open(catalog);
        REQUIRE(fresh.ok());
    }
    lib.reopen();
    auto fsck = Maintenance::fsck(*lib);
    REQUIRE(fsck.ok());
    CHECK_FALSE(fsck->isClean());
    CHECK(fsck->catalogProblems.join(QLatin1Char(' ')).contains(QStringLiteral("knows no stored images")));
    for (bool dryRun : {true, false}) {
        auto gc = Maintenance::gc(*lib, dryRun);
        REQUIRE_FALSE(gc.ok());
        CHECK(gc.error().message.contains(QStringLiteral("gc refused")));
    }
    CHECK(lib->store().contains(hash));
}

TEST_CASE("D6: a catalog that fails its integrity check is never written to (import, gc)")
{
    TempLibrary lib;
    const qint64 dataset = makeDataset(*lib);
    // Enough rows for several pages, so that garbage in the middle leaves the header readable.
    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) -> Result<void> {
        for (int i = 0; i < 400; ++i) {
            if (auto r = sql::exec(db, QStringLiteral("INSERT INTO tasks (kind, status, message, created_at) VALUES ('import', 'completed', ?, 0)"),
                    {QString(300, QLatin1Char('a' + i % 26))});
                !r)
                return r;
        }
        return {};
    }).ok());
    lib.close();
    const QString catalog = lib.path() + QStringLiteral("/catalog.sqlite");
    REQUIRE_FALSE(QFileInfo::exists(catalog + QStringLiteral("-wal")));
    {
        QFile f(catalog);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 16 * 4096);
        f.seek(size / 2);
        f.write(QByteArray(3 * 4096, '\x5A'));
    }
    lib.reopen(); // opening (and reading) still works: fsck must be able to look at it
    auto fsck = Maintenance::fsck(*lib);
    if (fsck) {
        CHECK_FALSE(fsck->isClean());
    }
    auto check = lib->checkCatalogForWriting();
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().code == ErrorCode::Corrupt);
    auto gc = Maintenance::gc(*lib);
    REQUIRE_FALSE(gc.ok());
    CHECK(gc.error().code == ErrorCode::Corrupt);
    ImportRequest request;
    request.dataset = DatasetId(dataset);
    std::atomic<bool> cancel{false};
    const ImportReport r = Importer(*lib).run(request, cancel);
    REQUIRE(r.failure);
    CHECK(r.failure->code == ErrorCode::Corrupt);
    CHECK(r.failure->message.contains(QStringLiteral("integrity check")));
}

TEST_CASE("D7: an empty or garbage library.lock does not lock the library forever")
{
    TempLibrary lib;
    lib.close();
    const QString lockPath = lib.path() + QStringLiteral("/library.lock");
    for (const QByteArray &content : {QByteArray(), QByteArray("\x01\x02 not a lock \xFF"), QByteArray("\n\n\n")}) {
        {
            QFile f(lockPath);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        auto opened = Library::open(lib.path());
        if (!opened)
            FAIL(opened.error().message);
        // It is really locked now, by us.
        auto second = Library::open(lib.path());
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().code == ErrorCode::Locked);
    }
}

TEST_CASE("D11: an export's staging folder left in tmp/ by a kill is listed by fsck and removed on open and by gc")
{
    TempLibrary lib;
    const QString staging = lib->store().tempDir() + QStringLiteral("/export-AbC123");
    writeFile(staging + QStringLiteral("/0"), QByteArray(1000, 'x'));
    writeFile(staging + QStringLiteral("/1"), QByteArray(1000, 'y'));
    auto fsck = Maintenance::fsck(*lib);
    REQUIRE(fsck.ok());
    CHECK(fsck->temporaryFiles.contains(staging));
    auto gc = Maintenance::gc(*lib);
    REQUIRE(gc.ok());
    CHECK(gc->temporaryFilesRemoved == 1);
    CHECK_FALSE(QFileInfo::exists(staging));

    writeFile(staging + QStringLiteral("/0"), "again");
    lib.reopen();
    CHECK_FALSE(QFileInfo::exists(staging));
    CHECK(lib->removedTemporaryFiles() == 1);
}

TEST_CASE("D23: fsck opens a library read-only: no lock, nothing created, while another process has it open")
{
    TempLibrary lib;
    const qint64 dataset = makeDataset(*lib);
    addItem(*lib, dataset, QByteArray("read-only check"), QStringLiteral("r.png"));
    const QString leftover = lib->store().tempDir() + QStringLiteral("/write-1-1.part");
    writeFile(leftover, "stays: a read-only check changes nothing");
    // lib stays open (it holds the lock, like the GUI would).
    auto ro = Library::open(lib.path(), Library::OpenMode::ReadOnly);
    if (!ro)
        FAIL(ro.error().message);
    CHECK((*ro)->isReadOnly());
    auto report = Maintenance::fsck(**ro);
    REQUIRE(report.ok());
    CHECK(report->isClean());
    CHECK(report->blobsChecked == 1);
    CHECK(report->temporaryFiles.contains(leftover));
    CHECK(QFileInfo::exists(leftover));
    // Writes are refused on a read-only library.
    CHECK_FALSE((*ro)->checkCatalogForWriting().ok());
    CHECK_FALSE(Maintenance::gc(**ro).ok());
    ro->reset();

    // A library folder nobody may write to (simulated with the catalog's folder read-only where
    // permissions apply; as root the same code path runs with the catalog opened read-only).
    lib.close();
    QFile::setPermissions(lib.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    auto locked = Library::open(lib.path(), Library::OpenMode::ReadOnly);
    QFile::setPermissions(lib.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!locked)
        FAIL(locked.error().message);
    auto again = Maintenance::fsck(**locked);
    REQUIRE(again.ok());
    CHECK(again->isClean());
    CHECK_FALSE(QFileInfo::exists(lib.path() + QStringLiteral("/library.lock")));
}

TEST_CASE("D14: a full disk is called a full disk")
{
    CHECK(FileUtil::describeErrno(ENOSPC) == QStringLiteral("disk full"));
    CHECK(FileUtil::errorCodeForErrno(ENOSPC) == ErrorCode::DiskFull);
    CHECK(FileUtil::describeErrno(EROFS) == QStringLiteral("read-only file system"));
    CHECK(FileUtil::describeErrno(EACCES) == QStringLiteral("permission denied"));
    const Error e = FileUtil::errnoError(QStringLiteral("Cannot write %1: %2"), QStringLiteral("/x/y"), ENOSPC);
    CHECK(e.code == ErrorCode::DiskFull);
    CHECK(e.message.endsWith(QStringLiteral(": disk full")));
    CHECK(errorCodeName(ErrorCode::DiskFull) == QStringLiteral("disk-full"));
    CHECK(e.isUserError());
    QSqlError full(QStringLiteral("driver"), QStringLiteral("database or disk is full"), QSqlError::StatementError, QStringLiteral("13"));
    CHECK(sql::toError(full, QStringLiteral("Cannot add items")).code == ErrorCode::DiskFull);

#ifdef Q_OS_LINUX
    // A real, small file system where the test may mount one (root); skipped elsewhere.
    if (::geteuid() != 0) {
        WARN("not root: the real full-disk check is skipped");
        return;
    }
    QTemporaryDir mountPoint;
    if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=2m") != 0) {
        WARN("cannot mount a small tmpfs here: the real full-disk check is skipped");
        return;
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{mountPoint.path()};
    TempLibrary lib; // on the normal disk
    const qint64 dataset = makeDataset(*lib);
    QByteArray big(600 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 2654435761u) >> 24);
    addItem(*lib, dataset, big, QStringLiteral("big.png"));
    // Fill the small disk.
    {
        QFile filler(mountPoint.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        filler.write(QByteArray(2 * 1024 * 1024 - 200 * 1024, 'f'));
    }
    auto copied = FileUtil::copyFile(lib->store().pathFor(ContentHash::of(big)), mountPoint.filePath(QStringLiteral("copy.png")));
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().code == ErrorCode::DiskFull);
    CHECK(copied.error().message.contains(QStringLiteral("disk full")));
    CHECK_FALSE(QFileInfo::exists(mountPoint.filePath(QStringLiteral("copy.png"))));
    auto written = FileUtil::writeAtomically(mountPoint.path(), mountPoint.filePath(QStringLiteral("atomic")), big);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("disk full")));

    // A library on a disk that fills up: opening it says "disk full", not "permission denied", and a
    // read-only check still works.
    QFile::remove(mountPoint.filePath(QStringLiteral("filler")));
    const QString onFull = mountPoint.filePath(QStringLiteral("lib"));
    {
        auto created = Library::open(onFull);
        REQUIRE(created.ok());
    }
    {
        QFile filler(mountPoint.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(64 * 1024, 'f');
        while (filler.write(chunk) == chunk.size() && filler.flush()) {
        }
        // Fill the last bytes too.
        while (filler.write("f", 1) == 1 && filler.flush()) {
        }
    }
    auto onFullDisk = Library::open(onFull);
    REQUIRE_FALSE(onFullDisk.ok());
    INFO(onFullDisk.error().message);
    CHECK(onFullDisk.error().code == ErrorCode::DiskFull);
    CHECK(onFullDisk.error().message.contains(QStringLiteral("disk full")));
    CHECK_FALSE(onFullDisk.error().message.contains(QStringLiteral("permission denied")));
    auto readOnly = Library::open(onFull, Library::OpenMode::ReadOnly);
    if (!readOnly)
        FAIL(readOnly.error().message);
    CHECK(Maintenance::fsck(**readOnly).ok());
#endif
}

TEST_CASE("A missing thumbnail is made again from the original and written back")
{
    TempLibrary lib;
    const qint64 dataset = makeDataset(*lib);
    const QByteArray jpeg = fixtures::makeJpeg(900, 600, 77);
    addItem(*lib, dataset, jpeg, QStringLiteral("big.jpg"));
    const ContentHash hash = ContentHash::of(jpeg);
    const QString thumb = lib->thumbnails().pathFor(hash);
    QFile::remove(thumb);
    LibraryService service(*lib);
    const QImage image = service.loadThumbnail(hash).result();
    REQUIRE_FALSE(image.isNull());
    CHECK(std::max(image.width(), image.height()) == ThumbnailStore::StandardSize);
    CHECK(QFileInfo::exists(thumb));
    // Without the original there is nothing to make it from: an empty image, no crash, nothing written.
    QFile::remove(thumb);
    REQUIRE(QFile::remove(lib->store().pathFor(hash)));
    CHECK(service.loadThumbnail(hash).result().isNull());
    CHECK_FALSE(QFileInfo::exists(thumb));
}
