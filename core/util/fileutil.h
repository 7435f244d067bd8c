#pragma once

#include "contenthash.h"
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

// fsync a file that was written by someone else (SQLite's VACUUM INTO, a copy) so its bytes are durable.
Result<void> syncFile(const QString &path);

// fsync a directory so that entries created or renamed in it are durable. No-op on Windows.
Result<void> syncDirectory(const QString &dirPath);

// Creates dirPath (and parents) if missing, with a clear error naming the folder if it cannot.
Result<void> ensureDirectory(const QString &dirPath);

// What an errno means, in words a user can act on: "disk full" (ENOSPC), "disk quota exceeded",
// "read-only file system", "permission denied", "path too long", ... (strerror for the rest).
QString describeErrno(int err);
// The error category of an errno: DiskFull for ENOSPC/EDQUOT, PermissionDenied for EACCES/EPERM/EROFS,
// NotFound for ENOENT, Io otherwise.
ErrorCode errorCodeForErrno(int err);
// fileError() with the reason and category taken from an errno.
Error errnoError(const QString &message, const QString &path, int err);

// Copies a file to a new file (created exclusively: it fails if `to` exists, and never follows a link
// there), fsync'ing nothing. With a valid expected hash, the bytes are hashed as they are copied and a
// mismatch fails with ErrorCode::Corrupt (and removes the copy). Errors carry the errno's meaning
// ("disk full").
Result<void> copyFile(const QString &from, const QString &to, const ContentHash &expected = {});

// Renames from to to, failing with AlreadyExists when to exists (Linux renameat2 RENAME_NOREPLACE;
// link + unlink for files elsewhere). Never replaces what the user has.
Result<void> renameNoReplace(const QString &from, const QString &to);

// A user-readable error for a failed file operation, e.g. "Cannot write /x/y: No space left on device".
// message is one whole translated sentence with %1 for the path (in native separators) and %2 for the
// reason, e.g. tr("Cannot write %1: %2"), so that each language places both where it needs them.
Error fileError(const QString &message, const QString &path, const QString &reason,
    ErrorCode code = ErrorCode::Io);

// The type of a network file system holding path ("nfs", "cifs", "smb3", "fuse.sshfs", …), or an empty
// string for a local disk. SQLite's locking is not reliable over network file systems.
QString networkFileSystemType(const QString &path);

// Human-readable byte count: "53.1 MB", "812 KB", "12 bytes" (decimal units, as file managers show).
QString formatBytes(qint64 bytes);

} // namespace FileUtil
} // namespace lc
