#include "fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QAtomicInteger>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lc::FileUtil {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::FileUtil", text);
}

#ifdef Q_OS_WIN
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
#endif

} // namespace

Error fileError(const QString &what, const QString &path, const QString &reason, ErrorCode code)
{
    return makeError(code, tr("%1 %2: %3").arg(what, QDir::toNativeSeparators(path), reason), reason);
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
        return fileError(tr("Cannot open folder"), dirPath, QString::fromLocal8Bit(std::strerror(errno)));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // some file systems do not support fsync on directories
        return fileError(tr("Cannot sync folder"), dirPath, QString::fromLocal8Bit(std::strerror(err)));
    return {};
#endif
}

Result<void> ensureDirectory(const QString &dirPath)
{
    const QFileInfo info(dirPath);
    if (info.isDir())
        return {};
    if (info.exists())
        return fileError(tr("Not a folder:"), dirPath, tr("a file with that name exists"),
            ErrorCode::InvalidArgument);
    if (!QDir().mkpath(dirPath)) {
        return fileError(tr("Cannot create folder"), dirPath,
            tr("permission denied or the parent is not a folder"), ErrorCode::PermissionDenied);
    }
    return {};
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
        return fileError(tr("Cannot create a temporary file in"), tempDir, temp.errorString());
    if (temp.write(bytes.data(), bytes.size()) != bytes.size()) {
        const QString why = temp.errorString();
        temp.remove();
        return fileError(tr("Cannot write"), tempPath, why);
    }
    if (sync == Sync::Now && !syncHandle(temp)) {
        temp.remove();
        return fileError(tr("Cannot write"), tempPath, tr("flush failed"));
    }
    temp.close();
    const std::wstring from = QDir::toNativeSeparators(tempPath).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(finalPath).toStdWString();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        QFile::remove(tempPath);
        return fileError(tr("Cannot move a file into place at"), finalPath, tr("rename failed"));
    }
    return {};
#else
    const QByteArray tempName = QFile::encodeName(tempPath);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return fileError(tr("Cannot create a temporary file in"), tempDir, QString::fromLocal8Bit(std::strerror(errno)));
    auto fail = [&](const QString &what, const QString &path) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        ::unlink(tempName.constData());
        return fileError(what, path, why);
    };
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(tr("Cannot write"), tempPath);
        written += n;
    }
#ifdef Q_OS_DARWIN
    if (sync == Sync::Now && ::fcntl(fd, F_FULLFSYNC) != 0 && ::fsync(fd) != 0)
#else
    if (sync == Sync::Now && ::fsync(fd) != 0)
#endif
        return fail(tr("Cannot write"), tempPath);
    if (::close(fd) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tempName.constData());
        return fileError(tr("Cannot write"), tempPath, why);
    }
    if (::rename(tempName.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tempName.constData());
        return fileError(tr("Cannot move a file into place at"), finalPath, why);
    }
    if (sync != Sync::Now)
        return {};
    return syncDirectory(QFileInfo(finalPath).absolutePath());
#endif
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1000)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
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

} // namespace lc::FileUtil
