#pragma once

#include "util/contenthash.h"
#include "util/fileutil.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace lc {

// Content-addressed image store: objects/<first 2 hex>/<64 hex> holds an original file's bytes,
// never modified. Writes go through tmp/ (same file system) and an fsync'd rename, so a crash leaves
// at most a temporary file, which cleanTemporaryFiles() removes on the next open.
//
// Thread-safe: every method works on the file system only and may be called from any thread.
class ObjectStore final
{
public:
    // root is the library folder; objects/ and tmp/ live below it.
    explicit ObjectStore(QString libraryRoot);

    // Creates objects/ and tmp/ if missing.
    Result<void> initialize() const;

    QString objectsDir() const { return m_objectsDir; }
    QString tempDir() const { return m_tempDir; }
    QString pathFor(const ContentHash &hash) const;

    bool contains(const ContentHash &hash) const;

    // Stores bytes whose hash the caller already computed (the import pipeline hashes once).
    // Storing an object that already exists is a no-op. The caller guarantees hash == sha256(bytes);
    // debug builds assert it.
    // With FileUtil::Sync::Deferred the caller must call syncAll() before committing catalog rows that
    // refer to the object (the import does that once per batch instead of once per file).
    Result<void> put(const ContentHash &hash, QByteArrayView bytes, FileUtil::Sync sync = FileUtil::Sync::Now) const;
    // Hashes and stores.
    Result<ContentHash> put(QByteArrayView bytes) const;

    // Makes every deferred write durable.
    Result<void> syncAll() const;

    // Makes sure the stored copy of hash holds exactly `bytes` (which the caller hashed): a missing,
    // truncated or bit-flipped object is rewritten from them. Returns true when it had to repair.
    Result<bool> repair(const ContentHash &hash, QByteArrayView bytes, FileUtil::Sync sync = FileUtil::Sync::Now) const;

    // Reads an object and verifies that it hashes to its name (ErrorCode::Corrupt when it does not).
    Result<QByteArray> read(const ContentHash &hash) const;
    Result<void> remove(const ContentHash &hash) const;

    // Re-hashes an object from disk (fsck).
    Result<ContentHash> rehash(const ContentHash &hash) const;

    // Removes leftover temporary files and folders (an export's tmp/export-* included); returns how many
    // entries were removed. Only called while holding the library lock, so nothing is in use.
    int cleanTemporaryFiles() const;
    // Lists temporary files and folders without removing them.
    QStringList temporaryFiles() const;

    // Calls visit for every object file. Files under objects/ whose names are not valid hashes are
    // reported with an invalid hash and their path.
    void forEachObject(const std::function<void(const ContentHash &, const QString &path)> &visit) const;

private:
    QString m_objectsDir;
    QString m_tempDir;
};

} // namespace lc
