#pragma once

#include "util/skipreason.h"

#include <QString>

#include <memory>

namespace lc {

// What went wrong, in terms a caller can act on. The message is a complete, user-readable sentence;
// detail carries the low-level text (SQLite message, errno string, HTTP body) for logs and --json output.
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
    Refused,         // an input file that cannot be imported; Error::refusal says why
    Network,         // no connection: refused, reset, DNS, TLS, proxy
    Timeout,         // a server did not answer in time
    Authentication,  // a server refused the credentials (HTTP 401/403): missing, wrong or revoked token
    RateLimited,     // a server asked to slow down (HTTP 429); Error::retryAfterSeconds when it said when
    Server,          // a server failed (HTTP 5xx) or answered something unreadable
};

struct Error
{
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {})
        : code(code), message(std::move(message)), detail(std::move(detail))
    {
    }

    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    SkipReason refusal = SkipReason::Unreadable; // ErrorCode::Refused: the stable reason key of reports
    int httpStatus = 0;                          // the HTTP status of a server's answer, 0 when none
    int retryAfterSeconds = -1;                  // RateLimited (and some 503s): the server's Retry-After
    std::shared_ptr<const Error> cause;          // what this error was caused by, when it wraps another

    // True for errors caused by the user's input or environment rather than by a bug or a failed
    // invariant; the CLI maps these to exit code 1 and the rest to 2.
    bool isUserError() const { return code != ErrorCode::Internal && code != ErrorCode::Database; }
    // Worth trying again unchanged (a network failure, a timeout, a rate limit, a server's 5xx).
    bool isTransient() const;

    // This error as the cause of a new one that says what was being done ("Cannot caption cat.png").
    Error wrap(ErrorCode code, QString message) const;
    Error wrap(QString message) const { return wrap(code, std::move(message)); }
    // The innermost error of the chain (itself when there is no cause).
    const Error &rootCause() const;
    // The messages of the chain, outermost first, joined with ": ".
    QString chainMessage() const;
};

QString errorCodeName(ErrorCode code);

// An input the import refuses ("not an image (PDF)"), as an error with its reason.
inline Error refusedInput(SkipReason reason, QString message)
{
    Error e(ErrorCode::Refused, std::move(message));
    e.refusal = reason;
    return e;
}

} // namespace lc
