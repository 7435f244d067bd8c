#include "nativefile.h"

#include "util/tr.h"

#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifndef Q_OS_WIN
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace lc {

namespace {


#ifndef Q_OS_WIN
QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return ImportTr::tr("FIFO");
    if (S_ISCHR(mode))
        return ImportTr::tr("character device");
    if (S_ISBLK(mode))
        return ImportTr::tr("block device");
    if (S_ISSOCK(mode))
        return ImportTr::tr("socket");
    return ImportTr::tr("special file");
}
#endif

} // namespace

Error problemFromErrno(int err)
{
    if (err == EACCES || err == EPERM)
        return refusedInput(SkipReason::PermissionDenied, ImportTr::tr("permission denied"));
    if (err == ENOENT || err == ENOTDIR)
        return refusedInput(SkipReason::NotFound, ImportTr::tr("no such file or folder"));
    if (err == ENAMETOOLONG)
        return refusedInput(SkipReason::PathTooLong, ImportTr::tr("path too long for the operating system"));
#ifdef ELOOP
    if (err == ELOOP)
        return refusedInput(SkipReason::SymlinkLoop, ImportTr::tr("too many levels of symbolic links"));
#endif
    if (err == EIO)
        return refusedInput(SkipReason::Unreadable, ImportTr::tr("cannot read (input/output error: the disk or network drive may be failing)"));
    return refusedInput(SkipReason::Unreadable, ImportTr::tr("cannot read (%1)").arg(QString::fromLocal8Bit(std::strerror(err))));
}

NativePath NativePath::fromString(const QString &path)
{
#ifdef Q_OS_WIN
    return fromBytes(QDir::cleanPath(path).toUtf8());
#else
    return fromBytes(QFile::encodeName(QDir::cleanPath(path)));
#endif
}

QString NativePath::display() const
{
    return QString::fromUtf8(m_bytes);
}

QByteArray NativePath::fileNameBytes() const
{
    const qsizetype slash = m_bytes.lastIndexOf('/');
    return slash < 0 ? m_bytes : m_bytes.mid(slash + 1);
}

QString NativePath::fileName() const
{
    return QString::fromUtf8(fileNameBytes());
}

NativePath NativePath::child(const QByteArray &name) const
{
    if (m_bytes.endsWith('/'))
        return fromBytes(m_bytes + name);
    return fromBytes(m_bytes + '/' + name);
}

NativePath NativePath::parent() const
{
    const qsizetype slash = m_bytes.lastIndexOf('/');
    if (slash <= 0)
        return fromBytes(slash == 0 ? QByteArray("/") : QByteArray("."));
    return fromBytes(m_bytes.left(slash));
}

QString describeTooLarge(qint64 size, qint64 limit)
{
    return ImportTr::tr("larger than the %1 limit (%2)").arg(FileUtil::formatBytes(limit), FileUtil::formatBytes(size));
}

#ifndef Q_OS_WIN

NativeFileInfo statNative(const NativePath &path)
{
    NativeFileInfo info;
    struct stat st {};
    if (::lstat(path.bytes().constData(), &st) != 0) {
        info.error = errno;
        return info;
    }
    info.isSymlink = S_ISLNK(st.st_mode);
    if (info.isSymlink && ::stat(path.bytes().constData(), &st) != 0) {
        info.error = errno; // dangling link
        return info;
    }
    info.exists = true;
    info.isDir = S_ISDIR(st.st_mode);
    info.isFile = S_ISREG(st.st_mode);
    if (!info.isDir && !info.isFile)
        info.typeName = fileTypeName(st.st_mode);
    info.size = st.st_size;
    info.device = quint64(st.st_dev);
    info.inode = quint64(st.st_ino);
    return info;
}

Result<QList<QByteArray>> listDirectory(const NativePath &dir)
{
    DIR *d = ::opendir(dir.bytes().constData());
    if (!d)
        return problemFromErrno(errno);
    QList<QByteArray> names;
    while (dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        names.append(name);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

Result<QByteArray> readFileLimited(const NativePath &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const int fd = ::open(path.bytes().constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return problemFromErrno(errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return problemFromErrno(err);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return refusedInput(SkipReason::NotARegularFile, ImportTr::tr("not a regular file (%1)").arg(fileTypeName(st.st_mode)));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (st.st_size > maxBytes) {
        ::close(fd);
        return refusedInput(SkipReason::TooLarge, describeTooLarge(st.st_size, maxBytes));
    }
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd, data.data() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return problemFromErrno(err);
        }
        if (n == 0)
            break; // the file shrank while we read it
        done += n;
    }
    ::close(fd);
    data.truncate(done);
    return data;
}

#else // Q_OS_WIN

NativeFileInfo statNative(const NativePath &path)
{
    NativeFileInfo info;
    const QFileInfo fi(path.display());
    info.exists = fi.exists();
    info.isDir = fi.isDir();
    info.isFile = fi.isFile();
    info.isSymlink = fi.isSymLink();
    info.size = fi.size();
    info.inode = qHash(fi.canonicalFilePath());
    if (info.exists && !info.isDir && !info.isFile)
        info.typeName = ImportTr::tr("special file");
    if (!info.exists)
        info.error = ENOENT;
    return info;
}

Result<QList<QByteArray>> listDirectory(const NativePath &dir)
{
    const QDir d(dir.display());
    if (!d.isReadable())
        return refusedInput(SkipReason::PermissionDenied, ImportTr::tr("permission denied"));
    QList<QByteArray> names;
    for (const QString &n : d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
        names.append(n.toUtf8());
    return names;
}

Result<QByteArray> readFileLimited(const NativePath &path, qint64 maxBytes)
{
    if (!QFileInfo(path.display()).isFile())
        return refusedInput(SkipReason::NotARegularFile, ImportTr::tr("not a regular file"));
    QFile f(path.display());
    if (!f.open(QIODevice::ReadOnly)) {
        if (f.error() == QFileDevice::PermissionsError)
            return refusedInput(SkipReason::PermissionDenied, ImportTr::tr("permission denied"));
        return refusedInput(SkipReason::Unreadable, ImportTr::tr("cannot read (%1)").arg(f.errorString()));
    }
    if (f.size() > maxBytes)
        return refusedInput(SkipReason::TooLarge, describeTooLarge(f.size(), maxBytes));
    return f.readAll();
}

#endif

} // namespace lc
