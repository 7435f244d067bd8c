#include "fileutil.h"

#include "util/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QAtomicInteger>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace lc::FileUtil {

namespace {


bool syncHandle(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    const auto h = reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()));
    return FlushFileBuffers(h) != 0;
#elif defined(Q_OS_DARWIN)
    return ::fcntl(file.handle(), F_FULLFSYNC) == 0 || ::fsync(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

QString describeErrno(int err)
{
    switch (err) {
    case ENOSPC: return UtilTr::tr("disk full");
#ifdef EDQUOT
    case EDQUOT: return UtilTr::tr("disk quota exceeded");
#endif
    case EROFS: return UtilTr::tr("read-only file system");
    case EACCES:
    case EPERM: return UtilTr::tr("permission denied");
    case ENAMETOOLONG: return UtilTr::tr("path too long");
    case ENOENT: return UtilTr::tr("no such file or folder");
    case EEXIST: return UtilTr::tr("already exists");
    case EIO: return UtilTr::tr("input/output error (the disk may be failing)");
    default: return QString::fromLocal8Bit(std::strerror(err));
    }
}

ErrorCode errorCodeForErrno(int err)
{
    switch (err) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return ErrorCode::DiskFull;
    case EROFS:
    case EACCES:
    case EPERM: return ErrorCode::PermissionDenied;
    case ENOENT: return ErrorCode::NotFound;
    case EEXIST: return ErrorCode::AlreadyExists;
    default: return ErrorCode::Io;
    }
}

Error errnoError(const QString &message, const QString &path, int err)
{
    return fileError(message, path, describeErrno(err), errorCodeForErrno(err));
}

Error fileError(const QString &message, const QString &path, const QString &reason, ErrorCode code)
{
    return makeError(code, QString(message).arg(QDir::toNativeSeparators(path), reason), reason);
}

Result<void> syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fileError(UtilTr::tr("Cannot open %1: %2"), path, file.errorString(), ErrorCode::Io);
    if (!syncHandle(file))
        return errnoError(UtilTr::tr("Cannot save %1: %2"), path, errno);
    return {};
}

Result<void> syncDirectory(const QString &dirPath)
{
#ifdef Q_OS_WIN
    Q_UNUSED(dirPath);
    return {};
#else
    const QByteArray native = QFile::encodeName(dirPath);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(UtilTr::tr("Cannot open folder %1: %2"), dirPath, errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // some file systems do not support fsync on directories
        return errnoError(UtilTr::tr("Cannot sync folder %1: %2"), dirPath, err);
    return {};
#endif
}

Result<void> ensureDirectory(const QString &dirPath)
{
    const QFileInfo info(dirPath);
    if (info.isDir())
        return {};
    if (info.exists())
        return fileError(UtilTr::tr("Not a folder: %1: %2"), dirPath, UtilTr::tr("a file with that name exists"),
            ErrorCode::InvalidArgument);
#ifndef Q_OS_WIN
    // mkdir -p by hand, to report the errno of the step that failed ("disk full", "read-only file system").
    const QString clean = QDir::cleanPath(QDir(dirPath).absolutePath());
    QStringList missing;
    QString at = clean;
    while (!at.isEmpty() && !QFileInfo(at).exists()) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    if (!at.isEmpty() && QFileInfo(at).exists() && !QFileInfo(at).isDir())
        return fileError(UtilTr::tr("Cannot create folder %1: %2"), dirPath, UtilTr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(at)),
            ErrorCode::InvalidArgument);
    for (const QString &dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0 && errno != EEXIST)
            return errnoError(UtilTr::tr("Cannot create folder %1: %2"), dirPath, errno);
    }
    return {};
#else
    if (!QDir().mkpath(dirPath)) {
        return fileError(UtilTr::tr("Cannot create folder %1: %2"), dirPath,
            UtilTr::tr("permission denied or the parent is not a folder"), ErrorCode::PermissionDenied);
    }
    return {};
#endif
}

bool canSyncFileSystem()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

bool syncFileSystem(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const int rc = ::syncfs(fd);
    ::close(fd);
    return rc == 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

Result<void> writeAtomically(const QString &tempDir, const QString &finalPath, QByteArrayView bytes, Sync sync)
{
    if (sync == Sync::Deferred && !canSyncFileSystem())
        sync = Sync::Now;
    static QAtomicInteger<quint64> serial;
    const QString tempPath = tempDir + QStringLiteral("/write-%1-%2.part")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(serial.fetchAndAddRelaxed(1));
#ifdef Q_OS_WIN
    QFile temp(tempPath);
    if (!temp.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fileError(UtilTr::tr("Cannot create a temporary file in %1: %2"), tempDir, temp.errorString());
    if (temp.write(bytes.data(), bytes.size()) != bytes.size()) {
        const QString why = temp.errorString();
        temp.remove();
        return fileError(UtilTr::tr("Cannot write %1: %2"), tempPath, why);
    }
    if (sync == Sync::Now && !syncHandle(temp)) {
        temp.remove();
        return fileError(UtilTr::tr("Cannot write %1: %2"), tempPath, UtilTr::tr("flush failed"));
    }
    temp.close();
    const std::wstring from = QDir::toNativeSeparators(tempPath).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(finalPath).toStdWString();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        QFile::remove(tempPath);
        return fileError(UtilTr::tr("Cannot move a file into place at %1: %2"), finalPath, UtilTr::tr("rename failed"));
    }
    return {};
#else
    const QByteArray tempName = QFile::encodeName(tempPath);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errnoError(UtilTr::tr("Cannot create a temporary file in %1: %2"), tempDir, errno);
    auto fail = [&](const QString &message, const QString &path) {
        const int err = errno;
        ::close(fd);
        ::unlink(tempName.constData());
        return errnoError(message, path, err);
    };
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            errno = ENOSPC;
        if (n <= 0)
            return fail(UtilTr::tr("Cannot write %1: %2"), tempPath);
        written += n;
    }
#ifdef Q_OS_DARWIN
    if (sync == Sync::Now && ::fcntl(fd, F_FULLFSYNC) != 0 && ::fsync(fd) != 0)
#else
    if (sync == Sync::Now && ::fsync(fd) != 0)
#endif
        return fail(UtilTr::tr("Cannot write %1: %2"), tempPath);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tempName.constData());
        return errnoError(UtilTr::tr("Cannot write %1: %2"), tempPath, err);
    }
    if (::rename(tempName.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const int err = errno;
        ::unlink(tempName.constData());
        return errnoError(UtilTr::tr("Cannot move a file into place at %1: %2"), finalPath, err);
    }
    if (sync != Sync::Now)
        return {};
    return syncDirectory(QFileInfo(finalPath).absolutePath());
#endif
}

Result<void> copyFile(const QString &from, const QString &to, const ContentHash &expected)
{
#ifndef Q_OS_WIN
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errnoError(UtilTr::tr("Cannot read %1: %2"), from, errno);
    const QByteArray toName = QFile::encodeName(to);
    const int out = ::open(toName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return errnoError(UtilTr::tr("Cannot create %1: %2"), to, err);
    }
    auto fail = [&](const Error &e) -> Result<void> {
        ::close(in);
        ::close(out);
        ::unlink(toName.constData());
        return e;
    };
    Sha256 sha;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(errnoError(UtilTr::tr("Cannot read %1: %2"), from, errno));
        if (n == 0)
            break;
        if (expected.isValid())
            sha.add(QByteArrayView(buffer.constData(), n));
        qsizetype written = 0;
        while (written < n) {
            const ssize_t w = ::write(out, buffer.constData() + written, size_t(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return fail(errnoError(UtilTr::tr("Cannot write %1: %2"), to, w == 0 ? ENOSPC : errno));
            written += w;
        }
    }
    if (expected.isValid()) {
        const ContentHash actual = sha.finish();
        if (!(actual == expected)) {
            return fail(makeError(ErrorCode::Corrupt,
                UtilTr::tr("The stored copy %1 is damaged: its content hashes to %2 instead of %3. Import the original again "
                   "to repair it (fsck lists every damaged image).")
                    .arg(QDir::toNativeSeparators(from), actual.shortHex(), expected.shortHex())));
        }
    }
    ::close(in);
    if (::close(out) != 0) {
        const int err = errno;
        ::unlink(toName.constData());
        return errnoError(UtilTr::tr("Cannot write %1: %2"), to, err);
    }
    return {};
#else
    if (QFileInfo::exists(to))
        return fileError(UtilTr::tr("Cannot create %1: %2"), to, UtilTr::tr("already exists"), ErrorCode::AlreadyExists);
    if (expected.isValid()) {
        auto actual = hashFile(from);
        if (!actual)
            return actual.error();
        if (!(*actual == expected))
            return makeError(ErrorCode::Corrupt, UtilTr::tr("The stored copy %1 is damaged.").arg(QDir::toNativeSeparators(from)));
    }
    if (!QFile::copy(from, to))
        return fileError(UtilTr::tr("Cannot write %1: %2"), to, UtilTr::tr("copy failed"));
    return {};
#endif
}

Result<void> renameNoReplace(const QString &from, const QString &to)
{
#ifdef Q_OS_LINUX
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS)
        return errnoError(UtilTr::tr("Cannot move into place at %1: %2"), to, errno);
    // File systems without RENAME_NOREPLACE: fall through.
#endif
#ifndef Q_OS_WIN
    const QByteArray src = QFile::encodeName(from), dst = QFile::encodeName(to);
    struct stat st {};
    if (::lstat(src.constData(), &st) == 0 && !S_ISDIR(st.st_mode)) {
        if (::link(src.constData(), dst.constData()) != 0)
            return errnoError(UtilTr::tr("Cannot move into place at %1: %2"), to, errno);
        ::unlink(src.constData());
        return {};
    }
    if (::lstat(dst.constData(), &st) == 0)
        return errnoError(UtilTr::tr("Cannot move into place at %1: %2"), to, EEXIST);
    if (::rename(src.constData(), dst.constData()) != 0)
        return errnoError(UtilTr::tr("Cannot move into place at %1: %2"), to, errno);
    return {};
#else
    const std::wstring a = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring b = QDir::toNativeSeparators(to).toStdWString();
    if (!MoveFileExW(a.c_str(), b.c_str(), MOVEFILE_WRITE_THROUGH))
        return fileError(UtilTr::tr("Cannot move into place at %1: %2"), to, UtilTr::tr("rename failed"));
    return {};
#endif
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1000)
        return bytes == 1 ? UtilTr::tr("1 byte") : UtilTr::tr("%1 bytes").arg(bytes);
    static const char *units[] = {"KB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1000.0 && unit < 3) {
        value /= 1000.0;
        ++unit;
    }
    QString number = QString::number(value, 'f', value < 100 ? 1 : 0);
    if (number.endsWith(QLatin1String(".0")))
        number.chop(2);
    return QStringLiteral("%1 %2").arg(number,
        QString::fromLatin1(units[unit]));
}

QString networkFileSystemType(const QString &path)
{
    if (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("smb"); // a UNC path
    const QString type = QString::fromLatin1(QStorageInfo(path).fileSystemType()).toLower();
    static const QStringList network = {QStringLiteral("nfs"), QStringLiteral("nfs4"), QStringLiteral("cifs"),
        QStringLiteral("smb"), QStringLiteral("smb2"), QStringLiteral("smb3"), QStringLiteral("smbfs"), QStringLiteral("afpfs"),
        QStringLiteral("webdav"), QStringLiteral("davfs"), QStringLiteral("9p"), QStringLiteral("ncpfs"), QStringLiteral("fuse.sshfs"),
        QStringLiteral("fuse.rclone"), QStringLiteral("afs"), QStringLiteral("ceph"), QStringLiteral("glusterfs"), QStringLiteral("lustre")};
    return network.contains(type) ? type : QString();
}

} // namespace lc::FileUtil
