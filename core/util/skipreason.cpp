#include "util/skipreason.h"

namespace lc {

QString skipReasonKey(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NotAnImage: return QStringLiteral("not-an-image");
    case SkipReason::UnsupportedFormat: return QStringLiteral("unsupported-format");
    case SkipReason::Corrupt: return QStringLiteral("corrupt");
    case SkipReason::Empty: return QStringLiteral("empty-file");
    case SkipReason::TooLarge: return QStringLiteral("too-large");
    case SkipReason::TooManyPixels: return QStringLiteral("too-many-pixels");
    case SkipReason::PermissionDenied: return QStringLiteral("permission-denied");
    case SkipReason::Unreadable: return QStringLiteral("unreadable");
    case SkipReason::UnsafeZipPath: return QStringLiteral("unsafe-zip-path");
    case SkipReason::ZipBomb: return QStringLiteral("zip-bomb");
    case SkipReason::NestedArchive: return QStringLiteral("nested-archive");
    case SkipReason::TooManyEntries: return QStringLiteral("too-many-entries");
    case SkipReason::CorruptArchive: return QStringLiteral("corrupt-archive");
    case SkipReason::SymlinkLoop: return QStringLiteral("symlink-loop");
    case SkipReason::NotFound: return QStringLiteral("not-found");
    case SkipReason::NotARegularFile: return QStringLiteral("not-a-regular-file");
    case SkipReason::TooMuchMemory: return QStringLiteral("too-much-memory");
    case SkipReason::EmptyArchive: return QStringLiteral("empty-archive");
    case SkipReason::PathTooLong: return QStringLiteral("path-too-long");
    case SkipReason::InvalidName: return QStringLiteral("invalid-name");
    }
    return QStringLiteral("unreadable");
}

SkipReason parseSkipReason(QStringView key)
{
    for (int i = 0; i <= int(SkipReason::InvalidName); ++i) {
        if (skipReasonKey(SkipReason(i)) == key)
            return SkipReason(i);
    }
    return SkipReason::Unreadable;
}

} // namespace lc
