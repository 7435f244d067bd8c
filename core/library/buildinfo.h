#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace lc {

// What Help → About and `--version --verbose` say about this build: its version, commit and date, and the
// versions of the libraries as loaded at run time (which may be newer than the ones it was built with).
struct BuildInfo
{
    QString version; // "0.1.0"
    QString commit;  // the git commit it was built from, "unknown" outside a checkout
    QString date;    // the build's date, ISO
    QList<std::pair<QString, QString>> libraries; // name → version at run time

    static BuildInfo current();
    // Only what was compiled in (version, commit, date): no library is asked anything.
    static BuildInfo identity();
};

} // namespace lc
