#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lc {

class Catalog;

// SQLite's own checks of the catalog file, for fsck and for the check before bulk writes. They report
// what SQLite says; the caller words it for people.
namespace Integrity {

// PRAGMA quick_check(1): "ok", or the first problem found.
Result<QString> quickCheck(const Catalog &catalog);
// PRAGMA integrity_check: every problem found (empty when the file is sound).
Result<QStringList> problems(const Catalog &catalog);

// A row whose foreign key points at no row (PRAGMA foreign_key_check).
struct ForeignKeyProblem
{
    QString table;
    QString row;    // its rowid (empty for a table without one)
    QString parent; // the table it refers to
};
Result<QList<ForeignKeyProblem>> foreignKeyProblems(const Catalog &catalog);

// How many more rows the items table has than the full-text index (0 when they are in step).
Result<qint64> searchIndexDrift(const Catalog &catalog);

} // namespace Integrity
} // namespace lc
