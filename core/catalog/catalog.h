#pragma once

#include "util/result.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <type_traits>

class QObject;
class QThread;

namespace lc {

// The SQLite catalog of one library. Owns the file path and hands each thread its own connection
// (Qt Sql connections must only be used by the thread that created them). Connections of worker
// threads are closed when their thread finishes; the rest when the Catalog is destroyed, which must
// happen after every worker using it has stopped.
class Catalog final
{
public:
    // Opens (creating if missing) and migrates the catalog at path. Fails with a specific error for a
    // damaged file, a catalog written by a newer LoRA Craft, an unrelated SQLite file, a read-only file.
    enum class Access {
        ReadWrite,
        // For checks (fsck): SQLITE_OPEN_READONLY, no migration, no journal-mode change; in a folder that
        // cannot be written (no -shm file can be made) the file is opened immutable.
        ReadOnly,
    };
    static Result<std::unique_ptr<Catalog>> open(const QString &path, Access access = Access::ReadWrite);
    // The version of the SQLite library Qt's driver runs ("3.40.1"), from an in-memory database.
    static QString sqliteVersion();
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QString path() const { return m_path; }

    // This thread's connection, opened on first use with the catalog's pragmas. Never store the
    // returned handle beyond the current call chain, and never pass it to another thread.
    QSqlDatabase database() const;

    // Runs f(db) inside BEGIN IMMEDIATE ... COMMIT on this thread's connection. f returns a Result;
    // a failed Result (or a failed COMMIT) rolls everything back. Nested calls on the same thread (a
    // repository write inside the writer's batch, or inside another write) become SAVEPOINTs: a failed
    // inner write undoes only itself, and nothing is durable before the outermost COMMIT.
    template <typename F>
    auto write(F &&f) const -> std::invoke_result_t<F, QSqlDatabase &>
    {
        QSqlDatabase db = database();
        auto level = begin(db);
        if (!level)
            return level.error();
        auto result = f(db);
        if (!result.ok()) {
            rollback(db, *level);
            return result;
        }
        if (auto r = commit(db, *level); !r) {
            rollback(db, *level);
            return r.error();
        }
        return result;
    }

    // The same for f() that runs no statement itself, only needs the transaction around the repository
    // calls it makes (which nest inside it as savepoints): the CatalogWriter's batches.
    template <typename F>
    auto transaction(F &&f) const -> std::invoke_result_t<F>
    {
        return write([&f](QSqlDatabase &) { return f(); });
    }

    // Nesting depth of write() on this thread's connection (0: no transaction open).
    int writeDepth() const;

    // Number of connections currently open (tests).
    int openConnectionCount() const;

    // Bumped after stored quality measurements of existing images changed (and were committed), for
    // caches of what is derived from them (LibraryService's quality counts).
    quint64 qualityVersion() const { return m_qualityVersion.load(); }
    void qualityChanged() const { ++m_qualityVersion; }

private:
    Catalog(QString path, Access access);
    // begin() returns the nesting level it opened (0: the transaction, n > 0: savepoint n).
    static Result<int> begin(QSqlDatabase &db);
    static Result<void> commit(QSqlDatabase &db, int level);
    static void rollback(QSqlDatabase &db, int level);
    void removeConnection(const QString &name) const;

    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_databaseName; // m_path, or a file: URI for an immutable read-only open
    QString m_options;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
    std::unique_ptr<QObject> m_guard; // context object for thread-finished connections
    mutable std::atomic<quint64> m_qualityVersion = 0;
};

} // namespace lc
