#include "library.h"

#include "util/tr.h"

#include "catalog/integrity.h"
#include "catalog/snapshots.h"
#include "catalog/tasks.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QDirIterator>
#include <QFile>
#include <QThread>

#include <cerrno>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcLibrary, "loracraft.library")

namespace lc {

QString Library::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("LORACRAFT_LIBRARY");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
}

Library::Library(QString root, std::unique_ptr<QLockFile> lock)
    : m_root(std::move(root))
    , m_lock(std::move(lock))
    , m_store(m_root)
    , m_thumbnails(m_root + QStringLiteral("/thumbs"))
{
}

Library::~Library()
{
    // Background work first (it uses the catalog and the store), then the writer (it writes what is
    // queued), then the catalog's connections, then the lock.
    if (m_futures)
        m_futures->cancelAndWait();
    m_pools.reset();
    m_futures.reset();
    m_writer.reset();
    m_catalog.reset(); // close every connection before releasing the lock
    if (m_lock)
        m_lock->unlock();
}

void Library::waitForBackgroundWork() const
{
    if (m_futures)
        m_futures->cancelAndWait();
    if (m_pools)
        m_pools->waitForDone();
    if (m_writer && QThread::currentThread() == m_writer->thread())
        m_writer->waitForIdle();
}

QString Library::catalogPath() const
{
    return m_root + QLatin1Char('/') + QLatin1String(CatalogFileName);
}

QString Library::thumbsDir() const
{
    return m_thumbnails.root();
}

namespace {

// How many files objects/ holds (stops counting at `limit`).
int countStoredObjects(const QString &root, int limit = 1000)
{
    int n = 0;
    QDirIterator it(root + QStringLiteral("/objects"), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext() && n < limit) {
        it.next();
        ++n;
    }
    return n;
}

// Why this folder cannot be written, from a real attempt: "disk full", "read-only file system", ...
QString whyNotWritable(const QString &root)
{
#ifndef Q_OS_WIN
    const QByteArray probe = QFile::encodeName(root + QStringLiteral("/.write-probe-%1").arg(QCoreApplication::applicationPid()));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return FileUtil::describeErrno(errno);
    QString why;
    if (::write(fd, "x", 1) != 1 || ::fsync(fd) != 0)
        why = FileUtil::describeErrno(errno);
    ::close(fd);
    ::unlink(probe.constData());
    return why;
#else
    Q_UNUSED(root);
    return LibraryTr::tr("permission denied or read-only disk");
#endif
}

ErrorCode codeForReason(const QString &why)
{
    if (why == FileUtil::describeErrno(ENOSPC))
        return ErrorCode::DiskFull;
#ifdef EDQUOT
    if (why == FileUtil::describeErrno(EDQUOT))
        return ErrorCode::DiskFull;
#endif
    return ErrorCode::PermissionDenied;
}

// A lock file that does not say who holds it (empty, or garbage) was not written by a live QLockFile:
// Qt writes the PID, the program and the host right after creating the file. Look twice, 200 ms apart,
// so that a lock being written at this very moment is not mistaken for one.
bool lockFileIsUnreadable(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
        return false;
    QThread::msleep(200);
    return !(lock.getLockInfo(&pid, &host, &app) && pid > 0);
}

// Takes the library's exclusive lock (library.lock), taking over one left by a crashed process.
Result<std::unique_ptr<QLockFile>> acquireLock(const QString &root, const QString &shown)
{
    auto lock = std::make_unique<QLockFile>(root + QStringLiteral("/library.lock"));
    lock->setStaleLockTime(0); // a live owner keeps the lock however long it runs; a dead one loses it
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError && lockFileIsUnreadable(*lock)) {
        // An empty or garbage lock file (a crash while it was written, a sync tool, a full disk) would
        // lock the library forever. removeStaleLockFile() refuses when a live process holds it.
        if (lock->removeStaleLockFile()) {
            qCWarning(lcLibrary) << "removed an unreadable library.lock";
            locked = lock->tryLock(0);
        }
    }
    if (!locked) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            if (!lock->getLockInfo(&pid, &host, &app)) {
                return makeError(ErrorCode::Locked,
                    LibraryTr::tr("The library %1 is locked by a library.lock file that cannot be read or removed. If no "
                       "LoRA Craft is using this library, delete %2.")
                        .arg(shown, QDir::toNativeSeparators(root + QStringLiteral("/library.lock"))));
            }
            return makeError(ErrorCode::Locked,
                LibraryTr::tr("The library %1 is in use by another LoRA Craft process (%2, PID %3 on %4). Close it "
                   "first, or use another library with --library.")
                    .arg(shown, app.isEmpty() ? LibraryTr::tr("unknown program") : app)
                    .arg(pid)
                    .arg(host.isEmpty() ? LibraryTr::tr("this computer") : host));
        }
        const QString why = whyNotWritable(root);
        return makeError(why.isEmpty() ? ErrorCode::PermissionDenied : codeForReason(why),
            LibraryTr::tr("Cannot write in the library folder %1 (%2). LoRA Craft needs write access to its library; "
               "fsck can still check it read-only.")
                .arg(shown, why.isEmpty() ? LibraryTr::tr("cannot create library.lock") : why),
            why);
    }
    return lock;
}

} // namespace

Result<void> Library::checkCatalogForWriting() const
{
    if (m_readOnly)
        return makeError(ErrorCode::PermissionDenied, LibraryTr::tr("The library %1 is open read-only.").arg(QDir::toNativeSeparators(m_root)));
    QMutexLocker lock(&m_checkMutex);
    if (!m_catalogCheck) {
        auto problems = Integrity::quickCheck(*m_catalog);
        if (!problems) {
            m_catalogCheck = Result<void>(makeError(ErrorCode::Corrupt,
                LibraryTr::tr("The catalog %1 is damaged (%2). Nothing was changed. Run fsck, and restore catalog.sqlite from a "
                   "backup.")
                    .arg(QDir::toNativeSeparators(catalogPath()), problems.error().message),
                problems.error().detail));
        } else if (*problems != QLatin1String("ok")) {
            m_catalogCheck = Result<void>(makeError(ErrorCode::Corrupt,
                LibraryTr::tr("The catalog %1 fails its integrity check (%2). Nothing was changed: LoRA Craft does not write into "
                   "a damaged catalog. Run fsck, and restore a snapshot (loracraft-cli snapshot restore) or a backup.")
                    .arg(QDir::toNativeSeparators(catalogPath()), *problems),
                *problems));
        } else {
            m_catalogCheck = Result<void>();
        }
    }
    return *m_catalogCheck;
}

Result<std::unique_ptr<Library>> Library::open(const QString &rootIn, OpenMode mode)
{
    if (rootIn.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, LibraryTr::tr("No library folder given."));
    const QString root = QDir::cleanPath(QDir(rootIn).absolutePath());
    const QString shown = QDir::toNativeSeparators(root);
    const QFileInfo info(root);
    const QString catalogFile = root + QLatin1Char('/') + QLatin1String(CatalogFileName);
    const bool readOnly = mode == OpenMode::ReadOnly;

    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::NotALibrary,
            LibraryTr::tr("%1 is a file, not a library folder. Choose a folder for --library.").arg(shown));
    if (!info.exists() || !QFileInfo::exists(catalogFile)) {
        if (info.exists()) {
            const QDir dir(root);
            const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            if (entries.contains(QStringLiteral("objects")) && countStoredObjects(root, 1) > 0) {
                return makeError(ErrorCode::NotALibrary,
                    LibraryTr::tr("The library %1 has stored images but its catalog.sqlite is missing. Restore the "
                       "catalog from a snapshot (snapshots/) or a backup; LoRA Craft will not create an empty one over your data.")
                        .arg(shown));
            }
            if (!entries.isEmpty() && mode == OpenMode::CreateIfMissing) {
                const bool looksLikeLibrary = entries.contains(QStringLiteral("objects"));
                return makeError(ErrorCode::NotALibrary,
                    looksLikeLibrary
                        ? LibraryTr::tr("The library %1 has stored images but its catalog.sqlite is missing. Restore the "
                             "catalog from a snapshot (snapshots/) or a backup; LoRA Craft will not create an empty one over your data.")
                              .arg(shown)
                        : LibraryTr::tr("%1 is not empty and is not a LoRA Craft library (no catalog.sqlite). Choose an "
                             "empty or new folder for --library.")
                              .arg(shown));
            }
        }
        if (mode != OpenMode::CreateIfMissing) {
            return makeError(ErrorCode::NotFound,
                LibraryTr::tr("There is no LoRA Craft library at %1. Create a workspace to start one, or pass --library "
                   "with the folder of an existing library.")
                    .arg(shown));
        }
        if (auto r = FileUtil::ensureDirectory(root); !r)
            return makeError(r.error().code,
                LibraryTr::tr("Cannot create the library folder %1: %2").arg(shown, r.error().detail), r.error().detail);
    }

    // A catalog truncated to nothing (a crash, a sync tool, a full disk) must not pass for a new library
    // while objects/ holds images: fsck would call them all orphans and gc would delete them.
    const QFileInfo catalogInfo(catalogFile);
    if (catalogInfo.exists() && catalogInfo.isFile() && catalogInfo.size() == 0) {
        const int objects = countStoredObjects(root);
        if (objects > 0) {
            // countStoredObjects stops counting at 1000.
            const QString message = objects >= 1000
                ? LibraryTr::tr("The catalog %1 is empty (0 bytes) but the library holds at least %n stored image(s). It was "
                                "probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli "
                                "snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.",
                      nullptr, objects)
                : LibraryTr::tr("The catalog %1 is empty (0 bytes) but the library holds %n stored image(s). It was probably "
                                "truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot "
                                "restore) or a backup; LoRA Craft will not start an empty catalog over your images.",
                      nullptr, objects);
            return makeError(ErrorCode::Corrupt, message.arg(QDir::toNativeSeparators(catalogFile)));
        }
        if (readOnly)
            return makeError(ErrorCode::Corrupt, LibraryTr::tr("The catalog %1 is empty (0 bytes).").arg(QDir::toNativeSeparators(catalogFile)));
    }

    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        auto taken = acquireLock(root, shown);
        if (!taken)
            return taken.error();
        lock = std::move(*taken);
    }

    std::unique_ptr<Library> library(new Library(root, std::move(lock)));
    library->m_readOnly = readOnly;
    library->m_networkFileSystem = FileUtil::networkFileSystemType(root);
    if (!library->m_networkFileSystem.isEmpty())
        qCWarning(lcLibrary) << "the library" << root << "is on a network file system (" << library->m_networkFileSystem << ")";
    if (!readOnly) {
        if (auto r = library->m_store.initialize(); !r)
            return r.error();
        if (auto r = FileUtil::ensureDirectory(library->thumbsDir()); !r)
            return r.error();
        library->m_removedTemporaryFiles = library->m_store.cleanTemporaryFiles() + Snapshots::removeLeftovers(catalogFile);
        if (library->m_removedTemporaryFiles > 0)
            qCInfo(lcLibrary) << "removed" << library->m_removedTemporaryFiles << "leftover temporary files";
    }

    auto catalog = Catalog::open(catalogFile, readOnly ? Catalog::Access::ReadOnly : Catalog::Access::ReadWrite);
    if (!catalog)
        return catalog.error();
    library->m_catalog = std::move(*catalog);
    library->m_writer = std::make_unique<CatalogWriter>(*library->m_catalog);
    library->m_pools = std::make_unique<async::Pools>();
    library->m_futures = std::make_unique<async::FutureSynchronizer>();

    if (!readOnly) {
        // Local tasks that were running when the previous process died will never finish. Remote work
        // (a training on a server) stays running: its job resumes it (JobManager::resumeUnfinished).
        auto recovered = Tasks::failInterruptedLocal(*library->m_catalog);
        if (!recovered)
            return recovered.error();
        library->m_recoveredTasks = *recovered;
    }
    return library;
}

Result<Snapshots::SnapshotInfo> Library::restoreSnapshot(const QString &rootIn, const QString &nameOrPath)
{
    const QString root = QDir::cleanPath(QDir(rootIn).absolutePath());
    const QString shown = QDir::toNativeSeparators(root);
    const QString catalogFile = root + QLatin1Char('/') + QLatin1String(CatalogFileName);
    if (!QFileInfo(root).isDir())
        return makeError(ErrorCode::NotFound, LibraryTr::tr("There is no LoRA Craft library at %1.").arg(shown));
    auto snapshot = Snapshots::find(catalogFile, nameOrPath);
    if (!snapshot)
        return snapshot.error();
    auto lock = acquireLock(root, shown);
    if (!lock)
        return lock.error();
    auto aside = Snapshots::restore(catalogFile, *snapshot);
    (*lock)->unlock();
    return aside;
}

} // namespace lc
