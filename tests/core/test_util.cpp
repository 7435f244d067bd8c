#include "catalog/names.h"
#include "testlibrary.h"
#include "util/contenthash.h"
#include "util/error.h"
#include "util/fileutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QFileInfo>
#include "util/logfile.h"
#include "library/buildinfo.h"

using namespace lc;

TEST_CASE("SHA-256 matches the FIPS 180-2 test vectors")
{
    CHECK(ContentHash::of(QByteArrayView("abc")).toHex()
        == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(ContentHash::of(QByteArrayView("")).toHex()
        == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

    Sha256 incremental;
    incremental.add(QByteArrayView("a"));
    incremental.add(QByteArrayView("bc"));
    CHECK(incremental.finish() == ContentHash::of(QByteArrayView("abc")));
}

TEST_CASE("ContentHash parses only 64 hex digits")
{
    const QString hex = ContentHash::of(QByteArrayView("x")).toHex();
    CHECK(ContentHash::fromHex(hex).isValid());
    CHECK(ContentHash::fromHex(hex.toUpper()) == ContentHash::fromHex(hex));
    CHECK_FALSE(ContentHash::fromHex(hex.left(63)).isValid());
    CHECK_FALSE(ContentHash::fromHex(QString(hex.left(63) + QLatin1Char('g'))).isValid());
    CHECK(ContentHash::fromHex(hex).shortHex() == hex.left(12));
}

TEST_CASE("hashFile streams large files and reports unreadable ones")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray data(3 * 1024 * 1024 + 17, 'q');
    data[12345] = 'z';
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    auto h = hashFile(path);
    REQUIRE(h.ok());
    CHECK(*h == ContentHash::of(data));

    auto missing = hashFile(dir.filePath(QStringLiteral("nope")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("nope")));
}

TEST_CASE("writeAtomically replaces the target and leaves no temporary file")
{
    QTemporaryDir dir;
    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    REQUIRE(FileUtil::ensureDirectory(tmp).ok());
    const QString target = dir.filePath(QStringLiteral("out.txt"));
    REQUIRE(FileUtil::writeAtomically(tmp, target, "first").ok());
    REQUIRE(FileUtil::writeAtomically(tmp, target, "second").ok());
    QFile f(target);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("second"));
    CHECK(QDir(tmp).isEmpty());

    // A target folder that does not exist: clean failure, nothing left behind.
    auto r = FileUtil::writeAtomically(tmp, dir.filePath(QStringLiteral("missing/out.txt")), "x");
    CHECK_FALSE(r.ok());
    CHECK(QDir(tmp).isEmpty());
}

TEST_CASE("formatBytes uses decimal units")
{
    CHECK(FileUtil::formatBytes(1) == QStringLiteral("1 byte"));
    CHECK(FileUtil::formatBytes(999) == QStringLiteral("999 bytes"));
    CHECK(FileUtil::formatBytes(53'100'000) == QStringLiteral("53.1 MB"));
    CHECK(FileUtil::formatBytes(812'000) == QStringLiteral("812 KB"));
}

TEST_CASE("Names are validated with specific messages")
{
    CHECK(validateName(QStringLiteral("  Portraits "), QStringLiteral("dataset")).value() == QStringLiteral("Portraits"));
    auto empty = validateName(QStringLiteral("   "), QStringLiteral("dataset"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == QStringLiteral("A dataset name cannot be empty."));
    auto slash = validateName(QStringLiteral("a/b"), QStringLiteral("workspace"));
    REQUIRE_FALSE(slash.ok());
    CHECK(slash.error().message.contains(QStringLiteral("'/'")));
    CHECK_FALSE(validateName(QString(121, QLatin1Char('x')), QStringLiteral("dataset")).ok());
    CHECK_FALSE(validateName(QStringLiteral("tab\there"), QStringLiteral("dataset")).ok());

    auto split = splitDatasetPath(QStringLiteral("My Work/Faces"));
    REQUIRE(split.ok());
    CHECK(split->first == QStringLiteral("My Work"));
    CHECK(split->second == QStringLiteral("Faces"));
    CHECK_FALSE(splitDatasetPath(QStringLiteral("nodataset")).ok());
    CHECK_FALSE(splitDatasetPath(QStringLiteral("a/b/c")).ok());
    CHECK_FALSE(splitDatasetPath(QStringLiteral("/b")).ok());
}

TEST_CASE("Errors chain, keep the server's facts and say which ones are worth retrying")
{
    Error timeout(ErrorCode::Timeout, QStringLiteral("The server did not answer within 60 s."));
    timeout.httpStatus = 0;
    CHECK(timeout.isTransient());
    const Error wrapped = timeout.wrap(QStringLiteral("Cannot caption cat.png"));
    CHECK(wrapped.code == ErrorCode::Timeout);
    CHECK(wrapped.isTransient());
    REQUIRE(wrapped.cause);
    CHECK(&wrapped.rootCause() == wrapped.cause.get());
    CHECK(wrapped.rootCause().message == timeout.message);
    CHECK(wrapped.chainMessage() == QStringLiteral("Cannot caption cat.png: The server did not answer within 60 s."));

    Error limited(ErrorCode::RateLimited, QStringLiteral("Too many requests."));
    limited.httpStatus = 429;
    limited.retryAfterSeconds = 12;
    const Error outer = limited.wrap(ErrorCode::Internal, QStringLiteral("Captioning stopped"));
    CHECK(outer.code == ErrorCode::Internal);
    CHECK_FALSE(outer.isTransient());
    CHECK(outer.httpStatus == 429);
    CHECK(outer.retryAfterSeconds == 12);
    CHECK(errorCodeName(ErrorCode::RateLimited) == QStringLiteral("rate-limited"));

    const Error auth(ErrorCode::Authentication, QStringLiteral("The token was refused."));
    CHECK_FALSE(auth.isTransient());
    CHECK(auth.isUserError());
    CHECK(auth.chainMessage() == auth.message);

    const Error refused = refusedInput(SkipReason::TooLarge, QStringLiteral("file is 3 GB"));
    CHECK(refused.code == ErrorCode::Refused);
    CHECK(refused.refusal == SkipReason::TooLarge);
    CHECK(refused.wrap(QStringLiteral("in photos.zip")).refusal == SkipReason::TooLarge);
}

TEST_CASE("The log: every message written through at once with its level and category, secrets redacted, rotated when large", "[log]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("logs"));
    const QString path = lc::LogFile::install(folder, 4096);
    REQUIRE(path == folder + QStringLiteral("/loracraft.log"));
    CHECK(lc::LogFile::path() == path);
    qWarning("Replicate answered 401 for Authorization: Bearer r8_AbCdEf0123456789xyz");
    qInfo("GET https://api.example.org/v1/images/?q=fox&key=sekrit-value&page=2");
    qCritical("X-Subscription-Token: BSAabc123def456 was refused");
    qInfo("the caption server's key sk-proj-ABCDEFGH12345678 is set");
    auto read = [&path] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    // Written through: readable before the handler goes (a crash keeps what was logged).
    const QString text = read();
    CHECK(text.contains(QStringLiteral(" warning default: Replicate answered 401")));
    CHECK(text.contains(QStringLiteral(" critical default: X-Subscription-Token: [redacted] was refused")));
    CHECK(text.contains(QStringLiteral("key=[redacted]&page=2")));
    for (const char *secret : {"r8_AbCdEf0123456789xyz", "sekrit-value", "BSAabc123def456", "sk-proj-ABCDEFGH12345678"})
        CHECK_FALSE(text.contains(QLatin1String(secret)));
    CHECK(lc::LogFile::redact(QStringLiteral("nothing secret: 12 images, key frames")) == QStringLiteral("nothing secret: 12 images, key frames"));

    // Past the size limit the next start moves it aside (.1, .2, .3 kept) and begins a new file.
    for (int i = 0; i < 100; ++i)
        qInfo("filling the log with line %d of a long run", i);
    lc::LogFile::uninstall();
    CHECK(QFileInfo(path).size() > 4096);
    REQUIRE(lc::LogFile::install(folder, 4096) == path);
    qInfo("after the rotation");
    lc::LogFile::uninstall();
    CHECK(QFileInfo::exists(path + QStringLiteral(".1")));
    CHECK(QFileInfo(path).size() < 200);
    CHECK(read().contains(QStringLiteral("after the rotation")));
    CHECK(lc::LogFile::path().isEmpty());
}

TEST_CASE("Build info: version, commit and the libraries' versions at run time", "[about]")
{
    const lc::BuildInfo info = lc::BuildInfo::current();
    CHECK(info.version == QStringLiteral(LORACRAFT_VERSION));
    CHECK_FALSE(info.commit.isEmpty());
    QStringList names;
    for (const auto &[name, version] : info.libraries) {
        names << name;
        CHECK_FALSE(version.isEmpty());
        CHECK(version != QStringLiteral("unknown"));
    }
    CHECK(names == QStringList{QStringLiteral("Qt"), QStringLiteral("OpenCV"), QStringLiteral("libzip"), QStringLiteral("OpenSSL"), QStringLiteral("SQLite")});
}
