#include "catalog/datasets.h"
#include "catalog/history.h"
#include "catalog/items.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "fixtures.h"
#include "image/decodebudget.h"
#include "image/imageanalysis.h"
#include "import/importer.h"
#include "import/importjob.h"
#include "import/sourcescanner.h"
#include "import/ziparchive.h"
#include "library/maintenance.h"
#include "testlibrary.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimer>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif



using namespace lc;
using namespace lc::test;
using namespace lc::fixtures;

namespace {

struct Fixture
{
    TempLibrary lib;
    QTemporaryDir input;
    Dataset dataset;

    Fixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        REQUIRE(w.ok());
        auto d = Datasets(lib->catalog()).create(w->id, QStringLiteral("D"));
        REQUIRE(d.ok());
        dataset = *d;
    }

    QString path(const QString &relative) const { return input.filePath(relative); }
    void write(const QString &relative, const QByteArray &bytes) const { writeFile(path(relative), bytes); }

    ImportReport import(const QStringList &paths, ImportOptions options = {}, const std::atomic<bool> *cancel = nullptr)
    {
        ImportRequest request;
        request.dataset = dataset.id;
        request.paths = paths;
        request.options = options;
        Importer importer(*lib);
        std::atomic<bool> never{false};
        ImportReport report = importer.run(request, cancel ? *cancel : never);
        if (report.failure)
            FAIL("import failed: " << report.failure->message);
        return report;
    }
    ImportReport importAll(ImportOptions options = {}) { return import({input.path()}, options); }

    qint64 items() { return count(*lib, QStringLiteral("SELECT count(*) FROM items")); }
};

const ImportOutcome *outcomeFor(const ImportReport &report, const QString &suffix)
{
    for (const ImportOutcome &o : report.outcomes) {
        if (o.input.endsWith(suffix))
            return &o;
    }
    return nullptr;
}

QVariant blobValue(Library &lib, const QString &column, const QString &originalName)
{
    auto v = sql::scalar(lib.catalog().database(),
        QStringLiteral("SELECT b.%1 FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE i.original_name = ?").arg(column),
        {originalName});
    REQUIRE(v.ok());
    return *v;
}

QString itemText(Library &lib, const QString &column, const QString &originalName)
{
    auto v = sql::scalar(lib.catalog().database(), QStringLiteral("SELECT %1 FROM items WHERE original_name = ?").arg(column),
        {originalName});
    REQUIRE(v.ok());
    return v->toString();
}

} // namespace

TEST_CASE("Every supported format imports by content, with dimensions, thumbnail and metrics")
{
    Fixture f;
    const QImage image = makeImage(640, 480, 1);
    f.write(QStringLiteral("a.jpg"), encode(image, "jpeg"));
    f.write(QStringLiteral("b.png"), encode(makeImage(320, 200, 2), "png"));
    f.write(QStringLiteral("c.webp"), encode(makeImage(300, 300, 3), "webp"));
    f.write(QStringLiteral("d.bmp"), encode(makeImage(64, 48, 4), "bmp"));
    f.write(QStringLiteral("e.tiff"), encode(makeImage(100, 50, 5), "tiff"));
    f.write(QStringLiteral("f.gif"), makeGif(40, 30, 3));
    f.write(QStringLiteral("big.jpg"), makeJpeg(1600, 900, 6));

    const ImportReport r = f.importAll();
    CHECK(r.imported == 7);
    CHECK(r.skipped == 0);
    CHECK(r.complete());
    CHECK(f.items() == 7);

    CHECK(blobValue(*f.lib, QStringLiteral("format"), QStringLiteral("c.webp")).toString() == QStringLiteral("webp"));
    CHECK(blobValue(*f.lib, QStringLiteral("format"), QStringLiteral("f.gif")).toString() == QStringLiteral("gif"));
    CHECK(blobValue(*f.lib, QStringLiteral("width"), QStringLiteral("e.tiff")).toInt() == 100);
    CHECK(blobValue(*f.lib, QStringLiteral("height"), QStringLiteral("f.gif")).toInt() == 30);
    CHECK(blobValue(*f.lib, QStringLiteral("phash"), QStringLiteral("a.jpg")).toLongLong() != 0);
    CHECK(blobValue(*f.lib, QStringLiteral("blur_score"), QStringLiteral("a.jpg")).toDouble() > 0);
    const double luma = blobValue(*f.lib, QStringLiteral("mean_luma"), QStringLiteral("a.jpg")).toDouble();
    CHECK(luma > 10);
    CHECK(luma < 245);

    // A GIF imports its first frame (left half black, right half white).
    const QImage gifThumb(Importer::thumbnailPath(*f.lib, outcomeFor(r, QStringLiteral("f.gif"))->hash, 512));
    REQUIRE(gifThumb.width() == 40);
    CHECK(qGray(gifThumb.pixel(5, 15)) < 40);
    CHECK(qGray(gifThumb.pixel(34, 15)) > 215);

    // Originals stored byte for byte; thumbnails bounded to 512 px.
    const ImportOutcome *big = outcomeFor(r, QStringLiteral("big.jpg"));
    REQUIRE(big);
    CHECK(f.lib->store().read(big->hash).value() == readFile(f.path(QStringLiteral("big.jpg"))));
    const QImage thumb(Importer::thumbnailPath(*f.lib, big->hash, 512));
    CHECK(thumb.width() == 512);
    CHECK(thumb.height() == 288);
    const ImportOutcome *small = outcomeFor(r, QStringLiteral("d.bmp"));
    REQUIRE(small);
    CHECK(QImage(Importer::thumbnailPath(*f.lib, small->hash, 512)).size() == QSize(64, 48));

    // Recorded as a completed task with the counts.
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'import' AND status = 'completed' AND progress = 7")) == 1);
    auto fsck = Maintenance::fsck(*f.lib);
    REQUIRE(fsck.ok());
    CHECK(fsck->isClean());
}

TEST_CASE("EXIF orientations 1-8: stored dimensions and thumbnails are as displayed")
{
    // Raw image 80x40 with a red top-left quadrant; where that quadrant ends up when displayed:
    // 1 TL, 2 TR, 3 BR, 4 BL, 5 TL, 6 TR, 7 BR, 8 BL.
    QImage raw(80, 40, QImage::Format_RGB32);
    raw.fill(Qt::blue);
    for (int y = 0; y < 20; ++y) {
        for (int x = 0; x < 40; ++x)
            raw.setPixel(x, y, qRgb(255, 0, 0));
    }
    const QByteArray jpeg = encode(raw, "jpeg", 95);
    Fixture f;
    for (int o = 1; o <= 8; ++o) {
        QImage variant = raw;
        variant.setPixel(79, 39, qRgb(0, 0, 255 - o)); // distinct bytes per file
        f.write(QStringLiteral("o%1.jpg").arg(o), withExifOrientation(encode(variant, "jpeg", 95), o));
    }
    Q_UNUSED(jpeg);
    const ImportReport r = f.importAll();
    REQUIRE(r.imported == 8);
    const char *corner[] = {"", "TL", "TR", "BR", "BL", "TL", "TR", "BR", "BL"};
    for (int o = 1; o <= 8; ++o) {
        INFO("orientation " << o);
        const QString name = QStringLiteral("o%1.jpg").arg(o);
        const bool swapped = o >= 5;
        CHECK(blobValue(*f.lib, QStringLiteral("orientation"), name).toInt() == o);
        CHECK(blobValue(*f.lib, QStringLiteral("width"), name).toInt() == (swapped ? 40 : 80));
        CHECK(blobValue(*f.lib, QStringLiteral("height"), name).toInt() == (swapped ? 80 : 40));
        const ImportOutcome *out = outcomeFor(r, name);
        REQUIRE(out);
        const QImage thumb(Importer::thumbnailPath(*f.lib, out->hash, 512));
        REQUIRE(thumb.width() == (swapped ? 40 : 80));
        const int w = thumb.width(), h = thumb.height();
        const QString expected = QString::fromLatin1(corner[o]);
        const QPoint at(expected.endsWith(QLatin1Char('L')) ? 3 : w - 4, expected.startsWith(QLatin1Char('T')) ? 3 : h - 4);
        CHECK(qRed(thumb.pixel(at)) > 200);
        CHECK(qBlue(thumb.pixel(at)) < 60);
    }
}

TEST_CASE("CMYK, 16-bit, grayscale, palette and alpha images import")
{
    Fixture f;
    f.write(QStringLiteral("cmyk.jpg"), makeCmykJpeg(120, 80));
    f.write(QStringLiteral("deep.png"), encode(makeImage(100, 100, 7, QImage::Format_RGBA64), "png"));
    f.write(QStringLiteral("gray.png"), encode(makeImage(90, 60, 8, QImage::Format_Grayscale8), "png"));
    f.write(QStringLiteral("palette.png"), encode(makeImage(70, 70, 9, QImage::Format_Indexed8), "png"));
    QImage alpha(50, 50, QImage::Format_ARGB32);
    alpha.fill(Qt::transparent);
    f.write(QStringLiteral("alpha.png"), encode(alpha, "png"));

    const ImportReport r = f.importAll();
    CHECK(r.imported == 5);
    CHECK(r.skipped == 0);
    CHECK(blobValue(*f.lib, QStringLiteral("width"), QStringLiteral("cmyk.jpg")).toInt() == 120);
    CHECK(blobValue(*f.lib, QStringLiteral("has_alpha"), QStringLiteral("alpha.png")).toInt() == 1);
    CHECK(blobValue(*f.lib, QStringLiteral("has_alpha"), QStringLiteral("gray.png")).toInt() == 0);
    // A fully transparent image is flattened onto mid-gray in its thumbnail.
    const QImage thumb(Importer::thumbnailPath(*f.lib, outcomeFor(r, QStringLiteral("alpha.png"))->hash, 512));
    CHECK(qAbs(qGray(thumb.pixel(25, 25)) - 128) < 8);
}

TEST_CASE("Every skip reason has a code and a specific sentence, nothing is stored for skipped files")
{
    Fixture f;
    f.write(QStringLiteral("notes.txt"), "this is a text file, not an image\n");
    f.write(QStringLiteral("doc.pdf"), "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    f.write(QStringLiteral("phone.heic"), QByteArray("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic", 24));
    f.write(QStringLiteral("zero.jpg"), QByteArray());
    const QByteArray jpeg = makeJpeg(400, 300, 11);
    f.write(QStringLiteral("truncated.jpg"), jpeg.left(jpeg.size() / 2));
    f.write(QStringLiteral("bomb.png"), makePngHeaderBomb(30000, 30000));
    f.write(QStringLiteral("liar.jpg"), withJpegSize(makeJpeg(64, 64, 12), 60000, 60000));
    f.write(QStringLiteral("huge.jpg"), makeJpeg(1200, 1200, 13, 100));
    f.write(QStringLiteral("garbage.png"), QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(200, '\x07'));
    ImportOptions options;
    options.maxFileBytes = 150'000; // huge.jpg is larger

    const ImportReport r = f.importAll(options);
    struct Expect { const char *file; SkipReason reason; const char *text; };
    const Expect expected[] = {
        {"notes.txt", SkipReason::NotAnImage, "not an image (text file)"},
        {"doc.pdf", SkipReason::NotAnImage, "not an image (PDF document)"},
        {"phone.heic", SkipReason::UnsupportedFormat, "unsupported format (HEIC)"},
        {"zero.jpg", SkipReason::Empty, "empty file (0 bytes)"},
        {"truncated.jpg", SkipReason::Corrupt, "truncated or corrupt JPEG"},
        {"bomb.png", SkipReason::TooManyPixels, "30000 × 30000 px (900 MP) is over the 100 MP limit"},
        {"liar.jpg", SkipReason::TooManyPixels, "60000 × 60000 px (3600 MP) is over the 100 MP limit"},
        {"huge.jpg", SkipReason::TooLarge, "larger than the 150 KB limit"},
        {"garbage.png", SkipReason::Corrupt, "truncated or corrupt PNG"},
    };
    for (const Expect &e : expected) {
        INFO(e.file);
        const ImportOutcome *o = outcomeFor(r, QString::fromLatin1(e.file));
        REQUIRE(o);
        CHECK(o->kind == OutcomeKind::Skipped);
        CHECK(o->reason == e.reason);
        CHECK(o->message.startsWith(QString::fromUtf8(e.text)));
    }
    CHECK(r.skipped == int(std::size(expected)));
    CHECK(r.imported == 0);
    CHECK_FALSE(r.complete());
    CHECK(f.items() == 0);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM blobs")) == 0);
    int objects = 0;
    f.lib->store().forEachObject([&](const ContentHash &, const QString &) { ++objects; });
    CHECK(objects == 0);
}

#ifndef Q_OS_WIN
TEST_CASE("Unreadable files are reported, and non-UTF-8 file names still import")
{
    Fixture f;
    f.write(QStringLiteral("ok.png"), encode(makeImage(30, 30, 20), "png"));
    // A name with an invalid UTF-8 byte, created through the raw POSIX API.
    const QByteArray rawName = QFile::encodeName(f.input.path()) + "/caf\xE9.png";
    {
        const QByteArray png = encode(makeImage(30, 30, 21), "png");
        const int fd = ::open(rawName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        REQUIRE(fd >= 0);
        REQUIRE(::write(fd, png.constData(), size_t(png.size())) == png.size());
        ::close(fd);
    }
    const bool root = ::geteuid() == 0;
    if (!root) {
        f.write(QStringLiteral("secret.png"), encode(makeImage(30, 30, 22), "png"));
        QFile::setPermissions(f.path(QStringLiteral("secret.png")), QFileDevice::Permissions());
    }
    const ImportReport r = f.importAll();
    CHECK(r.imported == 2);
    auto name = sql::scalar(f.lib->catalog().database(), QStringLiteral("SELECT original_name FROM items WHERE original_name LIKE 'caf%'"));
    REQUIRE(name.ok());
    CHECK(name->toString() == QStringLiteral("caf\uFFFD.png"));
    ::unlink(rawName.constData()); // QTemporaryDir cannot remove a name QString cannot hold
    if (!root) {
        QFile::setPermissions(f.path(QStringLiteral("secret.png")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const ImportOutcome *o = outcomeFor(r, QStringLiteral("secret.png"));
        REQUIRE(o);
        CHECK(o->reason == SkipReason::PermissionDenied);
        CHECK(o->message == QStringLiteral("permission denied"));
    }
}

TEST_CASE("A symlink loop is not followed forever")
{
    Fixture f;
    f.write(QStringLiteral("a/one.png"), encode(makeImage(20, 20, 30), "png"));
    REQUIRE(::symlink("..", QFile::encodeName(f.path(QStringLiteral("a/loop"))).constData()) == 0);
    const ImportReport r = f.importAll();
    CHECK(r.imported == 1);
    bool loopReported = false;
    for (const ImportOutcome &o : r.outcomes)
        loopReported = loopReported || o.reason == SkipReason::SymlinkLoop;
    CHECK(loopReported);
}
#endif

TEST_CASE("Hidden files and OS junk are ignored, content/extension mismatches are noted")
{
    Fixture f;
    const QByteArray png = encode(makeImage(40, 40, 40), "png");
    f.write(QStringLiteral(".DS_Store"), "junk");
    f.write(QStringLiteral("Thumbs.db"), "junk");
    f.write(QStringLiteral("._photo.jpg"), "resource fork");
    f.write(QStringLiteral(".hidden/x.png"), png);
    f.write(QStringLiteral("__MACOSX/y.png"), png);
    f.write(QStringLiteral("really-a-png.jpg"), png);
    const ImportReport r = f.importAll();
    CHECK(r.imported == 1);
    CHECK(r.skipped == 0);
    CHECK(r.ignored == 5);
    const ImportOutcome *o = outcomeFor(r, QStringLiteral("really-a-png.jpg"));
    REQUIRE(o);
    CHECK(o->note == QStringLiteral("PNG content with a .jpg name; imported as PNG"));
    CHECK(blobValue(*f.lib, QStringLiteral("format"), QStringLiteral("really-a-png.jpg")).toString() == QStringLiteral("png"));
}

TEST_CASE("Sidecar captions: BOM stripped, CRLF normalised, .txt preferred, orphans are reported")
{
    Fixture f;
    f.write(QStringLiteral("a.png"), encode(makeImage(30, 30, 50), "png"));
    f.write(QStringLiteral("a.txt"), "\xEF\xBB\xBFsks person, smiling\r\nsecond line\r\n");
    f.write(QStringLiteral("b.jpg"), makeJpeg(30, 30, 51));
    f.write(QStringLiteral("b.caption"), "caption file");
    f.write(QStringLiteral("c.jpg"), makeJpeg(30, 30, 52));
    f.write(QStringLiteral("c.txt"), "from txt");
    f.write(QStringLiteral("c.caption"), "from caption");
    f.write(QStringLiteral("lonely.txt"), "no image has this stem");
    const ImportReport r = f.importAll();
    CHECK(r.imported == 3);
    CHECK(r.captionsFromSidecars == 3);
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("a.png")) == QStringLiteral("sks person, smiling\nsecond line"));
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("b.jpg")) == QStringLiteral("caption file"));
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("c.jpg")) == QStringLiteral("from txt"));
    // c.caption lost to c.txt and lonely.txt pairs with nothing: both are inputs of their own.
    CHECK(r.skipped == 2);
    CHECK(outcomeFor(r, QStringLiteral("lonely.txt"))->reason == SkipReason::NotAnImage);
    // Search finds the caption.
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'smiling'")) == 1);
}

TEST_CASE("Sidecar captions in UTF-16 or a legacy 8-bit encoding are read without replacement characters, with a note")
{
    Fixture f;
    f.write(QStringLiteral("latin.png"), encode(makeImage(30, 30, 53), "png"));
    f.write(QStringLiteral("latin.txt"), "caf\xE9 au lait, \x93quoted\x94 \x80 5"); // Windows-1252
    f.write(QStringLiteral("wide.png"), encode(makeImage(30, 30, 54), "png"));
    QByteArray utf16("\xFF\xFE");
    const QString wide = QStringLiteral("na\u00efve \u00fcber\r\nzweite Zeile");
    QStringEncoder toUtf16Le(QStringEncoder::Utf16LE);
    utf16.append(QByteArray(toUtf16Le(wide)));
    f.write(QStringLiteral("wide.txt"), utf16);
    f.write(QStringLiteral("plain.png"), encode(makeImage(30, 30, 55), "png"));
    f.write(QStringLiteral("plain.txt"), "caf\xC3\xA9"); // UTF-8
    const ImportReport r = f.importAll();
    CHECK(r.imported == 3);
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("latin.png")) == QStringLiteral("caf\u00e9 au lait, \u201cquoted\u201d \u20ac 5"));
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("wide.png")) == QStringLiteral("na\u00efve \u00fcber\nzweite Zeile"));
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("plain.png")) == QStringLiteral("caf\u00e9"));
    for (const QString &name : {QStringLiteral("latin.png"), QStringLiteral("wide.png"), QStringLiteral("plain.png")})
        CHECK_FALSE(itemText(*f.lib, QStringLiteral("caption"), name).contains(QChar(QChar::ReplacementCharacter)));
    CHECK(outcomeFor(r, QStringLiteral("latin.png"))->note == QStringLiteral("caption file read as Windows-1252 (not UTF-8)"));
    CHECK(outcomeFor(r, QStringLiteral("wide.png"))->note == QStringLiteral("caption file read as UTF-16LE (not UTF-8)"));
    CHECK(outcomeFor(r, QStringLiteral("plain.png"))->note.isEmpty());
}

TEST_CASE("kohya folders set repeats and suggest the dataset's trigger and class")
{
    Fixture f;
    f.write(QStringLiteral("img/10_sks person/a.png"), encode(makeImage(30, 30, 60), "png"));
    f.write(QStringLiteral("img/10_sks person/b.png"), encode(makeImage(30, 30, 61), "png"));
    f.write(QStringLiteral("img/2_style/c.png"), encode(makeImage(30, 30, 62), "png"));
    const ImportReport r = f.importAll();
    CHECK(r.imported == 3);
    CHECK(itemText(*f.lib, QStringLiteral("repeats"), QStringLiteral("a.png")) == QStringLiteral("10"));
    CHECK(itemText(*f.lib, QStringLiteral("repeats"), QStringLiteral("c.png")) == QStringLiteral("2"));
    REQUIRE(r.kohyaFolders.size() == 2);
    auto d = Datasets(f.lib->catalog()).get(f.dataset.id);
    CHECK(d->settings.triggerWord == QStringLiteral("sks"));
    CHECK(d->settings.classWord == QStringLiteral("person"));
    CHECK(r.notes.size() == 1);

    auto k = parseKohyaFolderName(QStringLiteral("5_ohwx"));
    REQUIRE(k);
    CHECK(k->repeats == 5);
    CHECK(k->triggerWord == QStringLiteral("ohwx"));
    CHECK(k->classWord.isEmpty());
    CHECK_FALSE(parseKohyaFolderName(QStringLiteral("photos_2024")));
}

TEST_CASE("ZIP archives: entries and sidecars read in place, zip-slip, nested archives and bombs refused")
{
    Fixture f;
    const QString zip = f.path(QStringLiteral("set.zip"));
    makeZip(zip, {
        {QStringLiteral("10_ohwx woman/a.jpg"), makeJpeg(50, 40, 70), true},
        {QStringLiteral("10_ohwx woman/a.txt"), "ohwx woman at the beach"},
        {QStringLiteral("b.png"), encode(makeImage(30, 30, 71), "png")},
        {QStringLiteral("../../etc/passwd"), "root:x:0:0"},
        {QStringLiteral("/abs.png"), encode(makeImage(30, 30, 72), "png")},
        {QStringLiteral("inner.zip"), "PK\x03\x04"},
        {QStringLiteral("bomb.png"), QByteArray(20'000'000, '\0')},
        {QStringLiteral("__MACOSX/._a.jpg"), "junk"},
        {QStringLiteral("dir/"), QByteArray()},
    });
    const ImportReport r = f.import({zip});
    CHECK(r.imported == 2);
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("a.jpg")) == QStringLiteral("ohwx woman at the beach"));
    CHECK(itemText(*f.lib, QStringLiteral("repeats"), QStringLiteral("a.jpg")) == QStringLiteral("10"));
    CHECK(itemText(*f.lib, QStringLiteral("source_path"), QStringLiteral("b.png")).endsWith(QStringLiteral("set.zip!b.png")));
    const ImportOutcome *slip = outcomeFor(r, QStringLiteral("!../../etc/passwd"));
    REQUIRE(slip);
    CHECK(slip->reason == SkipReason::UnsafeZipPath);
    CHECK(slip->message == QStringLiteral("unsafe path in ZIP (../../etc/passwd)"));
    CHECK(outcomeFor(r, QStringLiteral("!/abs.png"))->reason == SkipReason::UnsafeZipPath);
    CHECK(outcomeFor(r, QStringLiteral("!inner.zip"))->reason == SkipReason::NestedArchive);
    const ImportOutcome *bomb = outcomeFor(r, QStringLiteral("!bomb.png"));
    REQUIRE(bomb);
    CHECK(bomb->reason == SkipReason::ZipBomb);
    CHECK(bomb->message.contains(QStringLiteral("zip bomb")));
    CHECK(r.ignored == 1);
    // Nothing was extracted next to the archive.
    CHECK(QDir(f.input.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("set.zip")});

    SECTION("an archive over the entry limit is refused whole")
    {
        ImportOptions options;
        options.maxArchiveEntries = 3;
        const ImportReport limited = f.import({zip}, options);
        REQUIRE(limited.outcomes.size() == 1);
        CHECK(limited.outcomes[0].reason == SkipReason::TooManyEntries);
    }
    SECTION("a damaged archive is reported")
    {
        f.write(QStringLiteral("broken.zip"), "PK\x03\x04 this is not really a zip");
        const ImportReport broken = f.import({f.path(QStringLiteral("broken.zip"))});
        REQUIRE(broken.outcomes.size() == 1);
        CHECK(broken.outcomes[0].reason == SkipReason::CorruptArchive);
    }
}

TEST_CASE("Re-import is idempotent, overlapping folders and in-batch duplicates are counted, stored once")
{
    Fixture f;
    const QByteArray one = makeJpeg(60, 60, 80);
    f.write(QStringLiteral("set/a.jpg"), one);
    f.write(QStringLiteral("set/copy-of-a.jpg"), one);
    f.write(QStringLiteral("set/sub/b.jpg"), makeJpeg(60, 60, 81));
    const ImportReport first = f.import({f.path(QStringLiteral("set"))});
    CHECK(first.imported == 2);
    CHECK(first.duplicates == 1);
    CHECK(first.complete());

    const ImportReport again = f.import({f.path(QStringLiteral("set")), f.path(QStringLiteral("set/sub"))});
    CHECK(again.imported == 0);
    CHECK(again.alreadyInDataset == 2);
    CHECK(again.duplicates == 1); // copy-of-a; set/sub is inside set and is listed once
    CHECK(again.skipped == 0);
    CHECK(f.items() == 2);

    // The same images in another dataset reuse the stored objects.
    auto other = Datasets(f.lib->catalog()).create(f.dataset.workspaceId, QStringLiteral("Other"));
    REQUIRE(other.ok());
    f.dataset = *other;
    const ImportReport third = f.import({f.path(QStringLiteral("set"))});
    CHECK(third.imported == 2);
    CHECK(f.items() == 4);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM blobs")) == 2);
}

TEST_CASE("Cancel half-way stops promptly and leaves a consistent, visible result")
{
    Fixture f;
    for (int i = 0; i < 120; ++i)
        f.write(QStringLiteral("many/%1.jpg").arg(i, 3, 10, QLatin1Char('0')), makeJpeg(96, 64, 1000 + i));
    std::atomic<bool> cancel{false};
    ImportRequest request;
    request.dataset = f.dataset.id;
    request.paths = {f.path(QStringLiteral("many"))};
    request.options.batchSize = 8;
    Importer importer(*f.lib);
    int calls = 0;
    importer.setProgressCallback([&](const ImportProgress &p) {
        ++calls;
        if (p.filesDone >= 20)
            cancel = true;
    });
    QList<ItemId> committed;
    importer.setCommittedCallback([&](const QList<ItemId> &ids) { committed += ids; });
    const ImportReport r = importer.run(request, cancel);
    REQUIRE_FALSE(r.failure);
    CHECK(r.canceled);
    CHECK(r.imported >= 20);
    CHECK(r.imported < 120);
    CHECK(f.items() == r.imported);
    CHECK(committed.size() == r.imported);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'canceled'")) == 1);
    auto fsck = Maintenance::fsck(*f.lib);
    REQUIRE(fsck.ok());
    CHECK(fsck->isClean());

    // Importing again finishes the job.
    const ImportReport rest = f.import({f.path(QStringLiteral("many"))});
    CHECK(rest.imported == 120 - r.imported);
    CHECK(rest.alreadyInDataset == r.imported);
}

TEST_CASE("An import canceled while its inputs are still being listed is recorded as canceled, with its inputs")
{
    Fixture f;
    for (int i = 0; i < 5; ++i)
        f.write(QStringLiteral("early/%1.jpg").arg(i), makeJpeg(64, 64, 2000 + i));
    std::atomic<bool> cancel{true}; // canceled before the listing could finish (a quit right after the start)
    ImportRequest request;
    request.dataset = f.dataset.id;
    request.paths = {f.path(QStringLiteral("early"))};
    const ImportReport r = Importer(*f.lib).run(request, cancel);
    CHECK(r.canceled);
    CHECK(r.imported < 5);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'canceled'")) == 1);
    // The inputs are kept with the task, so the import can be resumed.
    QSqlQuery q(f.lib->catalog().database());
    REQUIRE(q.exec(QStringLiteral("SELECT report FROM tasks")));
    REQUIRE(q.next());
    const ImportReport fromTask = ImportReport::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    CHECK(fromTask.inputs == request.paths);
    CHECK(fromTask.dataset == f.dataset.id);
}

TEST_CASE("Folders are listed in natural order")
{
    CHECK(naturalLess(QStringLiteral("2.jpg"), QStringLiteral("10.jpg")));
    CHECK_FALSE(naturalLess(QStringLiteral("10.jpg"), QStringLiteral("2.jpg")));
    CHECK(naturalLess(QStringLiteral("img_002b.png"), QStringLiteral("IMG_10.png")));
    CHECK(naturalLess(QStringLiteral("a.png"), QStringLiteral("B.png")));
    CHECK_FALSE(naturalLess(QStringLiteral("x"), QStringLiteral("x")));
}

TEST_CASE("A task left running by a crash is marked failed on the next open")
{
    TempLibrary lib;
    REQUIRE(lib->catalog().write([](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("INSERT INTO tasks (kind, status, created_at) VALUES ('import', 'running', 0)"));
    }).ok());
    lib.reopen();
    CHECK(lib->recoveredTasks() == 1);
    CHECK(count(*lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'failed' AND error LIKE 'Interrupted%'")) == 1);
}

TEST_CASE("ImportJob runs in the background with progress, committed items and a report")
{
    Fixture f;
    for (int i = 0; i < 30; ++i)
        f.write(QStringLiteral("bg/%1.png").arg(i), encode(makeImage(40, 40, 2000 + i), "png"));
    ImportRequest request;
    request.dataset = f.dataset.id;
    request.paths = {f.path(QStringLiteral("bg"))};
    ImportJob job(*f.lib, request);
    int progressSignals = 0;
    int committed = 0;
    ImportReport finalReport;
    QEventLoop loop;
    int jobProgressSignals = 0;
    QObject::connect(&job, &ImportJob::importProgressChanged, &loop, [&](const ImportProgress &) { ++progressSignals; });
    QObject::connect(&job, &Job::progressChanged, &loop, [&](const JobProgress &) { ++jobProgressSignals; });
    QObject::connect(&job, &ImportJob::itemsCommitted, &loop, [&](const QList<ItemId> &ids) { committed += int(ids.size()); });
    QObject::connect(&job, &ImportJob::importFinished, &loop, [&](const ImportReport &r) {
        finalReport = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    job.start();
    CHECK(job.isRunning());
    loop.exec();
    CHECK(finalReport.imported == 30);
    CHECK(committed == 30);
    CHECK(progressSignals > 0);
    CHECK(jobProgressSignals > 0);
    CHECK(job.importProgress().filesDone == 30);
    CHECK(job.isFinished());
    CHECK(job.state() == Job::State::Completed);
    CHECK(job.task() == finalReport.task);
    CHECK(job.summary() == finalReport.summary());
}

TEST_CASE("Importing into a dataset that does not exist fails cleanly")
{
    TempLibrary lib;
    ImportRequest request;
    request.dataset = DatasetId(4242);
    std::atomic<bool> cancel{false};
    const ImportReport r = Importer(*lib).run(request, cancel);
    REQUIRE(r.failure);
    CHECK(r.failure->code == ErrorCode::NotFound);
}

// ---- Issue 8: hostile inputs, hangs and wrong reasons ----

TEST_CASE("D4/D20: hostile headers are refused with a reason before anything is decoded")
{
    Fixture f;
    const QByteArray gifBomb = makeGifScreenBomb();
    const QByteArray textBomb = makePngHugeTextChunk();
    const QByteArray bmpLie = makeBmpSizeLie();
    REQUIRE(gifBomb.size() == 43);
    REQUIRE(textBomb.size() == 105);
    REQUIRE(bmpLie.size() == 154);
    f.write(QStringLiteral("screen.gif"), gifBomb);
    f.write(QStringLiteral("deep.png"), makePngHeader(10000, 10000, 16, 6)); // 100 MP, 16-bit RGBA: 800 MB decoded
    f.write(QStringLiteral("text.png"), textBomb);
    f.write(QStringLiteral("liar.bmp"), bmpLie);
    const QByteArray gif = makeGif(40, 30, 1);
    f.write(QStringLiteral("cut.gif"), gif.left(gif.size() / 2));
    const QByteArray bmp = encode(makeImage(64, 48, 90), "bmp");
    f.write(QStringLiteral("cut.bmp"), bmp.left(bmp.size() / 2));

    const qint64 decodesBefore = imageDecodeCount();
    const ImportReport r = f.importAll();
    CHECK(imageDecodeCount() == decodesBefore); // no decoder ran: nothing was allocated for these
    CHECK(r.imported == 0);
    CHECK(r.skipped == 6);
    struct Expect { const char *file; SkipReason reason; const char *text; };
    const Expect expected[] = {
        {"screen.gif", SkipReason::TooMuchMemory, "10000 × 10000 px (100 MP) would need"},
        {"deep.png", SkipReason::TooMuchMemory, "10000 × 10000 px (100 MP) would need"},
        {"text.png", SkipReason::Corrupt, "truncated or corrupt PNG (the tEXt chunk claims 1.6 GB"},
        {"liar.bmp", SkipReason::Corrupt, "truncated or corrupt BMP"},
        {"cut.gif", SkipReason::Corrupt, "truncated or corrupt GIF"},
        {"cut.bmp", SkipReason::Corrupt, "truncated or corrupt BMP"},
    };
    for (const Expect &e : expected) {
        INFO(e.file);
        const ImportOutcome *o = outcomeFor(r, QString::fromLatin1(e.file));
        REQUIRE(o);
        INFO(o->message);
        CHECK(o->kind == OutcomeKind::Skipped);
        CHECK(o->reason == e.reason);
        CHECK(o->message.startsWith(QString::fromUtf8(e.text)));
    }
    CHECK(skipReasonKey(SkipReason::TooMuchMemory) == QStringLiteral("too-much-memory"));
}

TEST_CASE("D4: total decode memory across workers is bounded by a shared budget")
{
    DecodeBudget budget(1000);
    CHECK(budget.tryAcquire(600));
    CHECK_FALSE(budget.tryAcquire(600)); // would exceed the budget: waits (acquire) or fails (tryAcquire)
    CHECK(budget.inUse() == 600);
    std::atomic<bool> cancel{true};
    CHECK_FALSE(budget.acquire(600, &cancel)); // a canceled wait gives up
    CHECK_FALSE(budget.acquire(2000));         // never fits: refused at once
    {
        DecodeReservation r(budget, 0);
        budget.release(600);
    }
    CHECK(budget.inUse() == 0);
    CHECK(budget.acquire(1000));
    budget.release(1000);
    CHECK(DecodeBudget::global().capacity() >= ImageLimits().maxDecodeBytes);
}

TEST_CASE("D2/D19: images over 512:1 import with a thumbnail at least 1 px high, never hang")
{
    Fixture f;
    f.write(QStringLiteral("wide.jpg"), makeJpeg(1100, 2, 91));
    f.write(QStringLiteral("tall.jpg"), makeJpeg(2, 1100, 92));
    f.write(QStringLiteral("line.png"), encode(makeImage(600, 1, 93), "png"));
    ImportOptions options;
    options.threads = 2;
    const ImportReport r = f.importAll(options);
    CHECK(r.imported == 3);
    CHECK(r.skipped == 0);
    for (const char *name : {"wide.jpg", "tall.jpg", "line.png"}) {
        INFO(name);
        const ImportOutcome *o = outcomeFor(r, QString::fromLatin1(name));
        REQUIRE(o);
        CHECK(o->kind == OutcomeKind::Imported);
        const QImage thumb(Importer::thumbnailPath(*f.lib, o->hash, 512));
        REQUIRE_FALSE(thumb.isNull());
        CHECK(std::max(thumb.width(), thumb.height()) == 512);
        CHECK(std::min(thumb.width(), thumb.height()) >= 1);
    }
    CHECK(blobValue(*f.lib, QStringLiteral("width"), QStringLiteral("wide.jpg")).toInt() == 1100);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'completed'")) == 1);
}

#ifndef Q_OS_WIN
TEST_CASE("D8/D19: FIFOs and devices are never opened, as images or as captions")
{
    Fixture f;
    f.write(QStringLiteral("a.png"), encode(makeImage(30, 30, 94), "png"));
    REQUIRE(::mkfifo(QFile::encodeName(f.path(QStringLiteral("pipe.jpg"))).constData(), 0644) == 0);
    REQUIRE(::mkfifo(QFile::encodeName(f.path(QStringLiteral("a.txt"))).constData(), 0644) == 0);
    REQUIRE(::mkfifo(QFile::encodeName(f.path(QStringLiteral("archive.zip"))).constData(), 0644) == 0);
    // Given one by one (the caption beside a.png is a FIFO too), and as a folder.
    const ImportReport given = f.import({f.path(QStringLiteral("a.png")), f.path(QStringLiteral("pipe.jpg")),
        f.path(QStringLiteral("a.txt")), f.path(QStringLiteral("archive.zip")), QStringLiteral("/dev/zero")});
    CHECK(given.imported == 1);
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("a.png")).isEmpty());
    for (const char *name : {"pipe.jpg", "a.txt", "archive.zip"}) {
        INFO(name);
        const ImportOutcome *o = outcomeFor(given, QString::fromLatin1(name));
        REQUIRE(o);
        CHECK(o->reason == SkipReason::NotARegularFile);
        CHECK(o->message == QStringLiteral("not a regular file (FIFO)"));
    }
    const ImportOutcome *zero = outcomeFor(given, QStringLiteral("/dev/zero"));
    REQUIRE(zero);
    CHECK(zero->reason == SkipReason::NotARegularFile);
    CHECK(zero->message == QStringLiteral("not a regular file (character device)"));

    const ImportReport folder = f.importAll();
    CHECK(folder.alreadyInDataset == 1);
    CHECK(folder.skipped == 0);
}

TEST_CASE("D19: a path longer than the system accepts is reported as such")
{
    Fixture f;
    const QString longPath = f.input.path() + QLatin1Char('/') + QStringList(40, QString(200, QLatin1Char('d'))).join(QLatin1Char('/'));
    const ImportReport r = f.import({longPath});
    REQUIRE(r.outcomes.size() == 1);
    CHECK(r.outcomes[0].reason == SkipReason::PathTooLong);
    CHECK(r.outcomes[0].message == QStringLiteral("path too long for the operating system"));
}
#endif

TEST_CASE("D9: ZIP entries written as ./name import, an archive with nothing to import says so")
{
    Fixture f;
    const QString zip = f.path(QStringLiteral("dot.zip"));
    makeZip(zip, {
        {QStringLiteral("./a.jpg"), makeJpeg(40, 40, 95), true},
        {QStringLiteral("./a.txt"), "caption from ./a.txt"},
        {QStringLiteral("./sub/./b.png"), encode(makeImage(30, 30, 96), "png")},
    });
    const ImportReport r = f.import({zip});
    CHECK(r.imported == 2);
    CHECK(r.skipped == 0);
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("a.jpg")) == QStringLiteral("caption from ./a.txt"));

    const QString junk = f.path(QStringLiteral("junk.zip"));
    makeZip(junk, {{QStringLiteral(".DS_Store"), "junk"}, {QStringLiteral("__MACOSX/._a.jpg"), "junk"}});
    const ImportReport nothing = f.import({junk});
    CHECK(nothing.imported == 0);
    REQUIRE(nothing.outcomes.size() == 1);
    CHECK(nothing.outcomes[0].reason == SkipReason::EmptyArchive);
    CHECK(nothing.outcomes[0].message.startsWith(QStringLiteral("nothing to import in the archive")));
    CHECK_FALSE(nothing.complete());
}

TEST_CASE("D13: two ZIP entries with the same name are both imported, each named by its entry")
{
    Fixture f;
    const QString zip = f.path(QStringLiteral("twice.zip"));
    const QByteArray first = makeJpeg(40, 40, 97), second = makeJpeg(40, 40, 98);
    writeFile(zip, makeRawZip({{"dir/same.jpg", first, 0}, {"dir/same.jpg", second, 0}}));
    const ImportReport r = f.import({zip});
    CHECK(r.imported == 2);
    CHECK(r.skipped == 0);
    int notes = 0;
    for (const ImportOutcome &o : r.outcomes) {
        INFO(o.input << " " << o.message);
        CHECK(o.kind == OutcomeKind::Imported);
        CHECK(o.input.contains(QStringLiteral("dir/same.jpg (entry #")));
        notes += o.note.contains(QStringLiteral("2 entries named dir/same.jpg")) ? 1 : 0;
    }
    CHECK(notes == 2);
    CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM items WHERE original_name = 'same.jpg'")) == 2);
}

TEST_CASE("D22: one entry whose name is not the UTF-8 it claims does not reject the archive")
{
    Fixture f;
    const QString zip = f.path(QStringLiteral("names.zip"));
    writeFile(zip, makeRawZip({{"good.png", encode(makeImage(30, 30, 99), "png")},
                       {QByteArray("bad\xFF\xFE.png"), encode(makeImage(30, 30, 100), "png")}}));
    const ImportReport r = f.import({zip});
    CHECK(r.imported == 2);
    CHECK(r.skipped == 0);
    bool noted = false;
    for (const ImportOutcome &o : r.outcomes) {
        if (o.note.contains(QStringLiteral("not valid UTF-8")) || o.note.contains(QStringLiteral("read as CP437")))
            noted = true;
    }
    CHECK(noted);
}

TEST_CASE("D21: a copy of an input that was skipped is skipped for the same reason, not called its duplicate")
{
    Fixture f;
    const QByteArray bytes = makeJpeg(50, 50, 101);
    f.write(QStringLiteral("one.jpg"), bytes);
    f.write(QStringLiteral("two.jpg"), bytes);
    // Make storing this image fail: its shard folder is taken by a file.
    const QString shard = f.lib->store().objectsDir() + QLatin1Char('/') + ContentHash::of(bytes).toHex().left(2);
    writeFile(shard, "in the way");
    ImportOptions options;
    options.threads = 1; // one.jpg claims the content first, then fails to store it
    const ImportReport r = f.importAll(options);
    CHECK(r.imported == 0);
    CHECK(r.duplicates == 0);
    CHECK(r.skipped == 2);
    for (const ImportOutcome &o : r.outcomes) {
        INFO(o.input);
        CHECK(o.kind == OutcomeKind::Skipped);
        CHECK(o.duplicateOf.isEmpty());
    }
    const ImportOutcome *two = outcomeFor(r, QStringLiteral("two.jpg"));
    REQUIRE(two);
    CHECK(two->note.contains(QStringLiteral("which was skipped for the same reason")));
    QFile::remove(shard);
}

TEST_CASE("D12: importing the original again repairs a damaged stored copy")
{
    Fixture f;
    const QByteArray bytes = makeJpeg(64, 64, 102);
    f.write(QStringLiteral("x.jpg"), bytes);
    const ImportReport first = f.importAll();
    REQUIRE(first.imported == 1);
    const ContentHash hash = ContentHash::of(bytes);
    {
        QFile obj(f.lib->store().pathFor(hash));
        REQUIRE(obj.open(QIODevice::ReadWrite));
        obj.seek(100);
        obj.write("\x01");
    }
    REQUIRE(f.lib->store().rehash(hash).value() != hash);
    CHECK(f.lib->store().read(hash).error().code == ErrorCode::Corrupt);
    const ImportReport again = f.importAll();
    CHECK(again.alreadyInDataset == 1);
    CHECK(again.repairedObjects == 1);
    CHECK(outcomeFor(again, QStringLiteral("x.jpg"))->note.contains(QStringLiteral("repaired")));
    CHECK(f.lib->store().rehash(hash).value() == hash);
    auto fsck = Maintenance::fsck(*f.lib);
    REQUIRE(fsck.ok());
    CHECK(fsck->isClean());
}

TEST_CASE("B16: re-importing follows an edited caption file unless the caption was edited in the app")
{
    Fixture f;
    f.write(QStringLiteral("a.jpg"), makeJpeg(40, 40, 103));
    f.write(QStringLiteral("a.txt"), "first caption");
    f.write(QStringLiteral("b.jpg"), makeJpeg(40, 40, 104));
    f.write(QStringLiteral("b.txt"), "b from file");
    f.write(QStringLiteral("c.jpg"), makeJpeg(40, 40, 105)); // no caption file at first
    REQUIRE(f.importAll().imported == 3);

    // b's caption is edited in the app; then both caption files change outside it, and c gets one.
    auto b = sql::scalar(f.lib->catalog().database(), QStringLiteral("SELECT id FROM items WHERE original_name = 'b.jpg'"));
    REQUIRE(Items(f.lib->catalog()).setCaption(ItemId(b->toLongLong()), QStringLiteral("b edited in the app")).ok());
    f.write(QStringLiteral("a.txt"), "second caption");
    f.write(QStringLiteral("b.txt"), "b changed in the file");
    f.write(QStringLiteral("c.txt"), "c now has one");

    const ImportReport r = f.importAll();
    CHECK(r.alreadyInDataset == 3);
    CHECK(r.captionsUpdated == 2);
    CHECK(r.captionConflicts == 1);
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("a.jpg")) == QStringLiteral("second caption"));
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("c.jpg")) == QStringLiteral("c now has one"));
    CHECK(itemText(*f.lib, QStringLiteral("caption"), QStringLiteral("b.jpg")) == QStringLiteral("b edited in the app"));
    const ImportOutcome *conflict = outcomeFor(r, QStringLiteral("b.jpg"));
    REQUIRE(conflict);
    CHECK(conflict->captionChange == CaptionChange::Conflict);
    CHECK(conflict->note.startsWith(QStringLiteral("caption conflict")));
    CHECK(outcomeFor(r, QStringLiteral("a.jpg"))->captionChange == CaptionChange::Updated);
    CHECK(r.summary().contains(QStringLiteral("1 caption conflicts")));
    // The report (as stored for the history) keeps it.
    const ImportReport stored = ImportReport::fromJson(r.toJson(false));
    CHECK(stored.captionConflicts == 1);
    CHECK(outcomeFor(stored, QStringLiteral("b.jpg"))->captionChange == CaptionChange::Conflict);

    // Importing the same files again changes nothing more.
    const ImportReport third = f.importAll();
    CHECK(third.captionsUpdated == 0);
    CHECK(third.captionConflicts == 1);
}

TEST_CASE("B14: the history keeps canceled imports and their duplicate counts after a restart")
{
    Fixture f;
    const QByteArray same = makeJpeg(50, 50, 106);
    f.write(QStringLiteral("h/0a.jpg"), same); // first in natural order, before the cancel
    f.write(QStringLiteral("h/0b.jpg"), same);
    for (int i = 0; i < 40; ++i)
        f.write(QStringLiteral("h/%1.jpg").arg(i + 10), makeJpeg(48, 48, 2100 + i));
    std::atomic<bool> cancel{false};
    ImportRequest request;
    request.dataset = f.dataset.id;
    request.paths = {f.path(QStringLiteral("h"))};
    request.options.threads = 1;
    request.options.batchSize = 4;
    Importer importer(*f.lib);
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.filesDone >= 20)
            cancel = true;
    });
    const ImportReport r = importer.run(request, cancel);
    REQUIRE(r.canceled);
    REQUIRE(r.duplicates == 1);

    f.lib.reopen();
    auto history = recentHistory(f.lib->catalog());
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    const HistoryEntry &e = history->first();
    CHECK(e.kind == QStringLiteral("import"));
    CHECK(e.status == QStringLiteral("canceled"));
    CHECK(e.canceled());
    CHECK(e.duplicates == 1);
    CHECK(e.imported == r.imported);
    CHECK(e.summary.contains(QStringLiteral("1 duplicates")));
    CHECK(e.summary.endsWith(QStringLiteral("(canceled)")));
    CHECK(ImportReport::fromJson(e.report).canceled);
    CHECK(ImportReport::fromJson(e.report).duplicates == 1);
}

TEST_CASE("Fuzz finds: archive names that name no file are not safe, and UTF-16 captions cut mid-character decode cleanly")
{
    for (const char *unsafe : {"", ".", "./", "/", "a/../../b", "../x", "C:/x", "\\\\server\\x", "a\\..\\..\\b"})
        CHECK_FALSE(isSafeArchivePath(QString::fromUtf8(unsafe)));
    for (const char *safe : {"a.jpg", "./a.jpg", "dir/sub/b.png", "caf\xc3\xa9.jpg"})
        CHECK(isSafeArchivePath(QString::fromUtf8(safe)));

    // A UTF-16BE caption with an odd byte at the end and NULs: no replacement character, no NUL.
    const QByteArray cut("\xfe\xff\x00n\x00" "ax\x00\x00\x00\x00\x00 ^^\x00" "e", 17);
    const DecodedCaption decoded = decodeCaption(cut);
    CHECK_FALSE(decoded.text.contains(QChar(QChar::ReplacementCharacter)));
    CHECK_FALSE(decoded.text.contains(QChar(u'\0')));
    CHECK(decoded.encoding == QStringLiteral("UTF-16BE"));
    // A lone surrogate is left out; a pair is kept.
    const QByteArray lone("\xff\xfe" "a\x00\x00\xd8" "b\x00\x3d\xd8\x00\xde", 12);
    CHECK(decodeCaption(lone).text == QStringLiteral("ab") + QString::fromUtf8("\xf0\x9f\x98\x80"));
}
