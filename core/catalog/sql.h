#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace lc::sql {

// Maps a Qt Sql error to an lc::Error with a user-readable message. SQLite's result codes decide the
// category: a damaged file is Corrupt, a busy database is Locked, a full disk is Io, and so on.
Error toError(const QSqlError &error, const QString &context);

// Normalises a value for binding: a null QString becomes '' (see sql.cpp).
QVariant bindable(const QVariant &value);

// Prepares and runs a statement with positional bindings.
Result<void> exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> bindings = {});
// Runs one statement that returns no rows.
Result<void> exec(QSqlDatabase db, const QString &sql, std::initializer_list<QVariant> bindings = {});
// Returns the first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(QSqlDatabase db, const QString &sql, std::initializer_list<QVariant> bindings = {});

// Milliseconds since the epoch, the unit of every timestamp column.
qint64 now();

} // namespace lc::sql
