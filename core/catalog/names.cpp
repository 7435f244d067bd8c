#include "names.h"

#include "util/tr.h"

#include <QCoreApplication>

namespace lc {

namespace {
constexpr int MaxNameLength = 120;
} // namespace

Result<QString> validateName(const QString &name, const QString &kind)
{
    const bool workspace = kind == QLatin1String("workspace");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
            workspace ? CatalogTr::tr("A workspace name cannot be empty.") : CatalogTr::tr("A dataset name cannot be empty."));
    }
    if (trimmed.size() > MaxNameLength) {
        return makeError(ErrorCode::InvalidArgument,
            (workspace ? CatalogTr::tr("The workspace name is too long (%1 characters; at most %2).")
                       : CatalogTr::tr("The dataset name is too long (%1 characters; at most %2)."))
                .arg(trimmed.size())
                .arg(MaxNameLength));
    }
    if (trimmed.contains(QLatin1Char('/'))) {
        return makeError(ErrorCode::InvalidArgument,
            (workspace ? CatalogTr::tr("A workspace name cannot contain '/': “%1”.") : CatalogTr::tr("A dataset name cannot contain '/': “%1”."))
                .arg(trimmed));
    }
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return makeError(ErrorCode::InvalidArgument,
                workspace ? CatalogTr::tr("A workspace name cannot contain control characters.")
                          : CatalogTr::tr("A dataset name cannot contain control characters."));
        }
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
