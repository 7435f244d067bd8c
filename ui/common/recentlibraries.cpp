#include "recentlibraries.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lc::ui::RecentLibraries {

namespace {

const QString ListKey = QStringLiteral("library/recent");
const QString ReopenKey = QStringLiteral("library/reopenLast");

} // namespace

QStringList list()
{
    QStringList out;
    for (const QString &path : QSettings().value(ListKey).toStringList()) {
        if (QFileInfo(path).isDir() && !out.contains(path))
            out << path;
    }
    return out;
}

void add(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList paths = QSettings().value(ListKey).toStringList();
    paths.removeAll(clean);
    paths.prepend(clean);
    while (paths.size() > MaxCount)
        paths.removeLast();
    QSettings().setValue(ListKey, paths);
}

void clear()
{
    QSettings().remove(ListKey);
}

bool reopenLast()
{
    return QSettings().value(ReopenKey, true).toBool();
}

void setReopenLast(bool on)
{
    QSettings().setValue(ReopenKey, on);
}

QString startupPath(const QString &fallback)
{
    if (!reopenLast())
        return fallback;
    const QStringList paths = list();
    return paths.isEmpty() ? fallback : paths.first();
}

} // namespace lc::ui::RecentLibraries
