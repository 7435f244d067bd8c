#include "library.h"

#include "catalog/sql.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLibrary, "loracraft.library")

namespace lc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::Library", text);
}

} // namespace

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
{
}

Library::~Library()
{
    m_catalog.reset(); // close every connection before releasing the lock
    if (m_lock)
        m_lock->unlock();
}

QString Library::catalogPath() const
{
    return m_root + QLatin1Char('/') + QLatin1String(CatalogFileName);
}

QString Library::thumbsDir() const
{
    return m_root + QStringLiteral("/thumbs");
}

Result<std::unique_ptr<Library>> Library::open(const QString &rootIn, OpenMode mode)
{
    if (rootIn.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No library folder given."));
    const QString root = QDir::cleanPath(QDir(rootIn).absolutePath());
    const QString shown = QDir::toNativeSeparators(root);
    const QFileInfo info(root);
    const QString catalogFile = root + QLatin1Char('/') + QLatin1String(CatalogFileName);

    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::NotALibrary,
            tr("%1 is a file, not a library folder. Choose a folder for --library.").arg(shown));
    if (!info.exists() || !QFileInfo::exists(catalogFile)) {
        if (mode == OpenMode::MustExist) {
            return makeError(ErrorCode::NotFound,
                tr("There is no LoRA Craft library at %1. Create a workspace to start one, or pass --library "
                   "with the folder of an existing library.")
                    .arg(shown));
        }
        if (info.exists()) {
            const QDir dir(root);
            const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            if (!entries.isEmpty()) {
                const bool looksLikeLibrary = entries.contains(QStringLiteral("objects"));
                return makeError(ErrorCode::NotALibrary,
                    looksLikeLibrary
                        ? tr("The library %1 has stored images but its catalog.sqlite is missing. Restore the "
                             "catalog from a backup; LoRA Craft will not create an empty one over your data.")
                              .arg(shown)
                        : tr("%1 is not empty and is not a LoRA Craft library (no catalog.sqlite). Choose an "
                             "empty or new folder for --library.")
                              .arg(shown));
            }
        }
        if (auto r = FileUtil::ensureDirectory(root); !r)
            return makeError(r.error().code,
                tr("Cannot create the library folder %1: %2").arg(shown, r.error().detail), r.error().detail);
    }

    auto lock = std::make_unique<QLockFile>(root + QStringLiteral("/library.lock"));
    lock->setStaleLockTime(0); // a live owner keeps the lock however long it runs; a dead one loses it
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return makeError(ErrorCode::Locked,
                tr("The library %1 is in use by another LoRA Craft process (%2, PID %3 on %4). Close it "
                   "first, or use another library with --library.")
                    .arg(shown, app.isEmpty() ? tr("unknown program") : app)
                    .arg(pid)
                    .arg(host.isEmpty() ? tr("this computer") : host));
        }
        return makeError(ErrorCode::PermissionDenied,
            tr("Cannot write in the library folder %1 (permission denied or read-only disk). LoRA Craft "
               "needs write access to its library.")
                .arg(shown));
    }

    std::unique_ptr<Library> library(new Library(root, std::move(lock)));
    if (auto r = library->m_store.initialize(); !r)
        return r.error();
    if (auto r = FileUtil::ensureDirectory(library->thumbsDir()); !r)
        return r.error();
    library->m_removedTemporaryFiles = library->m_store.cleanTemporaryFiles();
    if (library->m_removedTemporaryFiles > 0)
        qCInfo(lcLibrary) << "removed" << library->m_removedTemporaryFiles << "leftover temporary files";

    auto catalog = Catalog::open(catalogFile);
    if (!catalog)
        return catalog.error();
    library->m_catalog = std::move(*catalog);

    // Tasks that were running when the previous process died will never finish.
    auto recovered = library->m_catalog->write([](QSqlDatabase &db) -> Result<int> {
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("UPDATE tasks SET status = 'failed', finished_at = ?, error = ? "
                               "WHERE status IN ('running', 'pending')"),
                {sql::now(), tr("Interrupted: LoRA Craft quit before the task finished.")});
            !r)
            return r.error();
        return q.numRowsAffected();
    });
    if (!recovered)
        return recovered.error();
    library->m_recoveredTasks = *recovered;
    return library;
}

} // namespace lc
