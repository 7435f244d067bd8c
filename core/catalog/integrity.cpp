#include "integrity.h"

#include "catalog.h"
#include "sql.h"

namespace lc::Integrity {

Result<QString> quickCheck(const Catalog &catalog)
{
    auto result = sql::scalar(catalog.database(), QStringLiteral("PRAGMA quick_check(1)"));
    if (!result)
        return result.error();
    return result->toString();
}

Result<QStringList> problems(const Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q, QStringLiteral("PRAGMA integrity_check")); !r)
        return r.error();
    QStringList out;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            out << line;
    }
    return out;
}

Result<QList<ForeignKeyProblem>> foreignKeyProblems(const Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    if (auto r = sql::exec(q, QStringLiteral("PRAGMA foreign_key_check")); !r)
        return r.error();
    QList<ForeignKeyProblem> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<qint64> searchIndexDrift(const Catalog &catalog)
{
    auto n = sql::scalar(catalog.database(), QStringLiteral("SELECT (SELECT count(*) FROM items) - (SELECT count(*) FROM item_search)"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace lc::Integrity
