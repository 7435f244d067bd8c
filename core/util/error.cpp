#include "error.h"

namespace lc {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::NotEmpty: return QStringLiteral("not-empty");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::NewerSchema: return QStringLiteral("newer-schema");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::NotALibrary: return QStringLiteral("not-a-library");
    case ErrorCode::Canceled: return QStringLiteral("canceled");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::Refused: return QStringLiteral("refused");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Authentication: return QStringLiteral("authentication");
    case ErrorCode::RateLimited: return QStringLiteral("rate-limited");
    case ErrorCode::Server: return QStringLiteral("server");
    }
    return QStringLiteral("internal");
}

bool Error::isTransient() const
{
    switch (code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
    case ErrorCode::Server: return true;
    default: return false;
    }
}

Error Error::wrap(ErrorCode outerCode, QString outerMessage) const
{
    Error outer(outerCode, std::move(outerMessage));
    outer.httpStatus = httpStatus;
    outer.retryAfterSeconds = retryAfterSeconds;
    outer.refusal = refusal;
    outer.cause = std::make_shared<const Error>(*this);
    return outer;
}

const Error &Error::rootCause() const
{
    const Error *e = this;
    while (e->cause)
        e = e->cause.get();
    return *e;
}

QString Error::chainMessage() const
{
    QString text = message;
    for (const Error *e = cause.get(); e; e = e->cause.get()) {
        if (!e->message.isEmpty() && !text.contains(e->message))
            text += QStringLiteral(": ") + e->message;
    }
    return text;
}

} // namespace lc
