#include "fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

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

Result<void> writeAtomically(const QString &tempDir, const QString &finalPath, QByteArrayView bytes)
{
    QTemporaryFile temp(tempDir + QStringLiteral("/write-XXXXXX.part"));
    temp.setAutoRemove(true);
    if (!temp.open())
        return fileError(tr("Cannot create a temporary file in"), tempDir, temp.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = temp.write(bytes.data() + written, bytes.size() - written);
        if (n <= 0)
            return fileError(tr("Cannot write"), temp.fileName(), temp.errorString());
        written += n;
    }
    if (!syncHandle(temp))
        return fileError(tr("Cannot write"), temp.fileName(), QString::fromLocal8Bit(std::strerror(errno)));
    temp.close();

#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(temp.fileName()).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(finalPath).toStdWString();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return fileError(tr("Cannot move a file into place at"), finalPath, tr("rename failed"));
#else
    if (::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        return fileError(tr("Cannot move a file into place at"), finalPath,
            QString::fromLocal8Bit(std::strerror(errno)));
    }
#endif
    temp.setAutoRemove(false); // it has been renamed; nothing left to remove
    return syncDirectory(QFileInfo(finalPath).absolutePath());
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
    return QStringLiteral("%1 %2").arg(QString::number(value, 'f', value < 100 ? 1 : 0),
        QString::fromLatin1(units[unit]));
}

} // namespace lc::FileUtil
