#include "names.h"

#include "util/tr.h"

#include <QCoreApplication>

namespace lc {

namespace {
constexpr int MaxNameLength = 120;
} // namespace

Result<QString> validateName(const QString &name, const QString &kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CatalogTr::tr("A %1 name cannot be empty.").arg(kind));
    if (trimmed.size() > MaxNameLength) {
        return makeError(ErrorCode::InvalidArgument,
            CatalogTr::tr("The %1 name is too long (%2 characters; at most %3).").arg(kind).arg(trimmed.size()).arg(
                MaxNameLength));
    }
    if (trimmed.contains(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidArgument,
            CatalogTr::tr("A %1 name cannot contain '/': “%2”.").arg(kind, trimmed));
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidArgument,
                CatalogTr::tr("A %1 name cannot contain control characters.").arg(kind));
    }
    return trimmed;
}

Result<std::pair<QString, QString>> splitDatasetPath(const QString &path)
{
    const int slash = path.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == path.size() - 1 || path.indexOf(QLatin1Char('/'), slash + 1) >= 0) {
        return makeError(ErrorCode::InvalidArgument,
            CatalogTr::tr("Expected WORKSPACE/DATASET, got “%1”.").arg(path));
    }
    return std::pair{path.left(slash).trimmed(), path.mid(slash + 1).trimmed()};
}

} // namespace lc
