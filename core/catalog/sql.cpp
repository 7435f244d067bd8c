#include "sql.h"

#include "util/tr.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lc::sql {

Error toError(const QSqlError &error, const QString &context)
{
    const QString native = error.nativeErrorCode();
    const int code = native.toInt() & 0xff; // primary result code from an extended one
    const QString detail = error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(ErrorCode::Locked,
            CatalogTr::tr("%1: the catalog is busy (another process or thread holds a lock). Try again.").arg(context),
            detail);
    case 8: // SQLITE_READONLY
        return makeError(ErrorCode::PermissionDenied,
            CatalogTr::tr("%1: the catalog is read-only. Check the permissions of the library folder.").arg(context),
            detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::Corrupt,
            CatalogTr::tr("%1: the catalog file is damaged (%2). Run fsck, and restore a snapshot (loracraft-cli snapshot list, then snapshot restore) or a backup.")
                .arg(context, error.databaseText()),
            detail);
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::DiskFull, CatalogTr::tr("%1: the disk is full.").arg(context), detail);
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return makeError(ErrorCode::Io,
            CatalogTr::tr("%1: cannot read or write the catalog file (%2).").arg(context, error.databaseText()), detail);
    default:
        break;
    }
    return makeError(ErrorCode::Database, CatalogTr::tr("%1: %2").arg(context, error.text()), detail);
}

QVariant bindable(const QVariant &value)
{
    // A null QString binds as SQL NULL; every text column we write is NOT NULL with '' for "none".
    // Callers that mean NULL pass an invalid QVariant (or a typed null of another type).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

Result<void> exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> bindings)
{
    if (!query.prepare(sql))
        return toError(query.lastError(), CatalogTr::tr("Cannot prepare a query"));
    for (const QVariant &value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return toError(query.lastError(), CatalogTr::tr("Catalog query failed"));
    return {};
}

Result<void> exec(QSqlDatabase db, const QString &sql, std::initializer_list<QVariant> bindings)
{
    QSqlQuery query(db);
    return exec(query, sql, bindings);
}

Result<QVariant> scalar(QSqlDatabase db, const QString &sql, std::initializer_list<QVariant> bindings)
{
    QSqlQuery query(db);
    if (auto r = exec(query, sql, bindings); !r)
        return r.error();
    if (!query.next())
        return QVariant();
    return query.value(0);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace lc::sql
