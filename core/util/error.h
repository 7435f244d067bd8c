#pragma once

#include <QString>

namespace lc {

// What went wrong, in terms a caller can act on. The message is a complete, user-readable sentence;
// detail carries the low-level text (SQLite message, errno string) for logs and --json output.
enum class ErrorCode {
    InvalidArgument, // bad user input: empty name, bad option value
    NotFound,        // a named workspace/dataset/item/blob does not exist
    AlreadyExists,   // a unique name is taken
    NotEmpty,        // refusing to delete something that still holds data without confirmation
    Io,              // file system failure (input/output error, ...)
    DiskFull,        // no space left on the device (or the quota is used up)
    PermissionDenied,
    Corrupt,         // the catalog or a stored object is damaged
    NewerSchema,     // the catalog was written by a newer LoRA Craft
    Locked,          // the library is in use by another process
    NotALibrary,     // the folder exists but is not a LoRA Craft library
    Canceled,
    Database,        // unexpected SQL failure
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    // True for errors caused by the user's input or environment rather than by a bug or a failed
    // invariant; the CLI maps these to exit code 1 and the rest to 2.
    bool isUserError() const { return code != ErrorCode::Internal && code != ErrorCode::Database; }
};

QString errorCodeName(ErrorCode code);

} // namespace lc
