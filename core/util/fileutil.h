#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace lc {

// Durable file primitives. On POSIX these fsync the file and its directory so a rename that returned
// is still there after a power cut; on Windows they flush with FlushFileBuffers.
namespace FileUtil {

// Writes bytes to a new uniquely named file in tempDir, syncs it, and renames it to finalPath
// (which must be on the same file system). If finalPath already exists it is replaced. On any
// failure the temporary file is removed and finalPath is untouched.
enum class Sync {
    Now,      // fsync the file and its folder before returning
    Deferred, // no fsync; the caller makes the batch durable with syncFileSystem() before relying on it
    Never,    // caches (thumbnails) that can be rebuilt
};
Result<void> writeAtomically(const QString &tempDir, const QString &finalPath, QByteArrayView bytes,
    Sync sync = Sync::Now);

// Makes everything written to the file system holding path durable (Linux: syncfs). Returns false
// where the platform has no such call; writers then use Sync::Now.
bool syncFileSystem(const QString &path);
bool canSyncFileSystem();

// fsync a directory so that entries created or renamed in it are durable. No-op on Windows.
Result<void> syncDirectory(const QString &dirPath);

// Creates dirPath (and parents) if missing, with a clear error naming the folder if it cannot.
Result<void> ensureDirectory(const QString &dirPath);

// A user-readable error for a failed file operation, e.g. "Cannot write /x/y: No space left on device".
Error fileError(const QString &what, const QString &path, const QString &reason,
    ErrorCode code = ErrorCode::Io);

// Human-readable byte count: "53.1 MB", "812 KB", "12 bytes" (decimal units, as file managers show).
QString formatBytes(qint64 bytes);

} // namespace FileUtil
} // namespace lc
