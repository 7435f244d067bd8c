#pragma once

#include "async/async.h"
#include "catalog/catalog.h"
#include "catalog/snapshots.h"
#include "edit/catalogwriter.h"
#include "store/objectstore.h"
#include "store/thumbnailstore.h"
#include "util/result.h"

#include <QString>

#include <QMutex>

#include <memory>
#include <optional>

class QLockFile;

namespace lc {

// A library is one folder: catalog.sqlite + objects/ (content-addressed originals) + thumbs/ + tmp/.
// Opening it takes an exclusive lock (library.lock) so two LoRA Craft processes never write the same
// library; a lock left by a crashed process is detected and taken over.
class Library final
{
public:
    enum class OpenMode {
        CreateIfMissing, // create the folder and an empty catalog if there is none
        MustExist,       // fail with NotFound when there is no library at the path
        // Read-only (fsck): no lock is taken, nothing is created, cleaned, migrated or recovered, and the
        // catalog is opened read-only, so a read-only library folder, or one another LoRA Craft process
        // has open, can be checked. Writes through the catalog fail.
        ReadOnly,
    };

    // --library DIR beats LORACRAFT_LIBRARY, which beats QStandardPaths::AppDataLocation/library.
    static QString defaultPath();

    static Result<std::unique_ptr<Library>> open(const QString &root, OpenMode mode = OpenMode::CreateIfMissing);

    // Replaces the catalog of the library at root by one of its snapshots (Snapshots::find names it),
    // keeping the current catalog aside as a snapshot. No process may have the library open: the lock is
    // taken for the time of the restore. Returns the snapshot the current catalog was kept as.
    static Result<Snapshots::SnapshotInfo> restoreSnapshot(const QString &root, const QString &nameOrPath);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString root() const { return m_root; }
    QString catalogPath() const;
    QString thumbsDir() const;
    const Catalog &catalog() const { return *m_catalog; }
    // The one writer of the catalog in this process (see CatalogWriter). Its signals arrive on the
    // thread that opened the library.
    CatalogWriter &writer() const { return *m_writer; }
    // The thread pools of this library's background work, and the futures that must end before it
    // closes (the destructor cancels and waits for them, then for the pools, then for the writer).
    async::Pools &pools() const { return *m_pools; }
    async::FutureSynchronizer &futures() const { return *m_futures; }
    // Cancels what can be canceled and waits for every background read and write to finish.
    void waitForBackgroundWork() const;
    const ObjectStore &store() const { return m_store; }
    const ThumbnailStore &thumbnails() const { return m_thumbnails; }

    bool isReadOnly() const { return m_readOnly; }
    // The network file system the library is on ("nfs", "cifs", …), empty on a local disk: SQLite's
    // locking is unsafe there, so the app and the CLI warn.
    QString networkFileSystem() const { return m_networkFileSystem; }

    // Runs SQLite's quick_check once per open library (the result is cached) and fails with
    // ErrorCode::Corrupt when the catalog is damaged. Every bulk write (import, gc) calls it first, so a
    // catalog that fsck would call damaged is never written to. Also fails for a read-only library.
    Result<void> checkCatalogForWriting() const;

    // What open() repaired: temporary files removed, tasks marked failed because a crash interrupted them.
    int removedTemporaryFiles() const { return m_removedTemporaryFiles; }
    int recoveredTasks() const { return m_recoveredTasks; }

    static constexpr const char *CatalogFileName = "catalog.sqlite";

private:
    Library(QString root, std::unique_ptr<QLockFile> lock);

    QString m_root;
    std::unique_ptr<QLockFile> m_lock;
    ObjectStore m_store;
    ThumbnailStore m_thumbnails;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<CatalogWriter> m_writer; // after m_catalog: stopped (its queue written) before the catalog closes
    std::unique_ptr<async::Pools> m_pools;   // after m_writer: reads end before the writer and the catalog go
    std::unique_ptr<async::FutureSynchronizer> m_futures;
    int m_removedTemporaryFiles = 0;
    int m_recoveredTasks = 0;
    bool m_readOnly = false;
    QString m_networkFileSystem;
    mutable QMutex m_checkMutex;
    mutable std::optional<Result<void>> m_catalogCheck;
};

} // namespace lc
