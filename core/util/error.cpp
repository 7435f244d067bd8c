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
    }
    return QStringLiteral("internal");
}

} // namespace lc
