#include "catalog.h"

#include "util/tr.h"

#include "schema.h"
#include "snapshots.h"
#include "sql.h"
#include "util/fileutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCatalog, "loracraft.catalog")

namespace lc {

namespace {


QAtomicInteger<quint64> catalogSerial;

Result<void> applyConnectionPragmas(QSqlDatabase db)
{
    // synchronous=FULL: with WAL this syncs the log on every commit, so a committed edit survives a
    // power cut. Import batches hundreds of rows per transaction, so the cost is per batch, not per row.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
             "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000"}) {
        if (auto r = sql::exec(db, QString::fromLatin1(pragma)); !r)
            return r;
    }
    return {};
}

} // namespace

Catalog::Catalog(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
    , m_databaseName(m_path)
    , m_options(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"))
    , m_prefix(QStringLiteral("loracraft-%1-").arg(catalogSerial.fetchAndAddRelaxed(1)))
    , m_guard(std::make_unique<QObject>())
{
}

Catalog::~Catalog()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        names.swap(m_connections);
    }
    m_guard.reset(); // disconnects the thread-finished handlers
    // Connections of threads that are still alive (thread pools keep idle threads) are closed here; the
    // last reference to each goes with removeDatabase, which closes it.
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, Access access)
{
    const bool readOnly = access == Access::ReadOnly;
    const QFileInfo info(path);
    const bool existed = info.exists();
    const QString shown = QDir::toNativeSeparators(path);
    if (existed && !info.isFile())
        return makeError(ErrorCode::NotALibrary, CatalogTr::tr("%1 is not a catalog file (it is a folder).").arg(shown));
    if (existed && info.size() > 0 && info.size() < 512) {
        return makeError(ErrorCode::Corrupt,
            CatalogTr::tr("The catalog %1 is damaged (only %2 bytes long). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside "
               "to start a new library; LoRA Craft will not overwrite it.")
                .arg(shown)
                .arg(info.size()));
    }

    if (readOnly && !existed)
        return makeError(ErrorCode::NotFound, CatalogTr::tr("There is no catalog at %1.").arg(shown));
    std::unique_ptr<Catalog> catalog(new Catalog(path, access));
    if (readOnly) {
        catalog->m_options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // SQLite needs to create the -shm file to read a WAL database; where the folder is read-only and
        // none exists, tell it that nothing can change the file (immutable) so it needs no locks at all.
        const QString dir = info.absolutePath();
        if (!QFileInfo(dir).isWritable() && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
            catalog->m_options += QStringLiteral(";QSQLITE_OPEN_URI");
            catalog->m_databaseName = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
        }
    }
    QSqlDatabase db = catalog->database();
    if (!db.isOpen()) {
        return makeError(ErrorCode::Io,
            CatalogTr::tr("Cannot open the catalog %1: %2").arg(shown, db.lastError().text()), db.lastError().text());
    }

    auto wrap = [&](const Error &e) -> Error {
        if (e.code == ErrorCode::Corrupt) {
            return makeError(ErrorCode::Corrupt,
                CatalogTr::tr("The catalog %1 is damaged or is not a database (%2). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it "
                   "aside to start a new library; LoRA Craft will not overwrite it.")
                    .arg(shown, e.detail),
                e.detail);
        }
        return makeError(e.code, CatalogTr::tr("Cannot open the catalog %1: %2").arg(shown, e.message), e.detail);
    };

    // Touching the schema is what makes SQLite read the header: a damaged file fails here.
    auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables && readOnly && tables.error().code != ErrorCode::Corrupt && !catalog->m_databaseName.startsWith(QLatin1String("file:"))) {
        // A WAL database cannot be read where SQLite cannot create its -shm file (a full disk, a folder
        // that is not writable for us): read it as an immutable file instead. A check needs no locks.
        db = QSqlDatabase();
        catalog.reset(new Catalog(path, access));
        catalog->m_options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        catalog->m_databaseName = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
        db = catalog->database();
        tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    if (!tables)
        return wrap(tables.error());
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return wrap(appId.error());
    auto version = Schema::currentVersion(db);
    if (!version)
        return wrap(version.error());

    if (readOnly && tables->toInt() == 0)
        return makeError(ErrorCode::Corrupt, CatalogTr::tr("The catalog %1 is empty.").arg(shown));
    if (appId->toInt() != Schema::ApplicationId && (tables->toInt() > 0 || *version != 0)) {
        return makeError(ErrorCode::NotALibrary,
            CatalogTr::tr("%1 is an SQLite database but not a LoRA Craft catalog. Choose another library folder.")
                .arg(shown));
    }
    if (*version > Schema::latestVersion()) {
        return makeError(ErrorCode::NewerSchema,
            CatalogTr::tr("The catalog %1 was written by a newer LoRA Craft (schema version %2; this version reads up to "
               "%3). Update LoRA Craft, or open another library with --library.")
                .arg(shown)
                .arg(*version)
                .arg(Schema::latestVersion()));
    }

    if (readOnly)
        return catalog; // checked as it is: no journal-mode change, no migration

    auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return wrap(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::PermissionDenied,
            CatalogTr::tr("Cannot open the catalog %1 for writing (journal mode stays '%2'). Check that the library "
               "folder is writable and on a local disk.")
                .arg(shown, mode->toString()));
    }

    if (*version > 0 && *version < Schema::latestVersion()) {
        // Keep a snapshot of the catalog as the older release wrote it before changing its schema.
        auto snapshot = Snapshots::create(db, path, Snapshots::Reason::BeforeMigration);
        if (!snapshot)
            return wrap(snapshot.error());
        qCInfo(lcCatalog) << "saved a pre-migration snapshot of the catalog at" << snapshot->path;
    }
    if (auto r = Schema::migrate(db); !r)
        return wrap(r.error());
    return catalog;
}

QSqlDatabase Catalog::database() const
{
    QThread *thread = QThread::currentThread();
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_databaseName);
    db.setConnectOptions(m_options);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    if (db.open()) {
        if (auto r = applyConnectionPragmas(db); !r)
            qCWarning(lcCatalog) << "cannot configure catalog connection:" << r.error().message;
    } else {
        qCWarning(lcCatalog) << "cannot open catalog" << m_path << db.lastError().text();
    }
    if (thread != m_guard->thread()) {
        QObject::connect(
            thread, &QThread::finished, m_guard.get(), [this, name] { removeConnection(name); },
            Qt::DirectConnection);
    }
    return db;
}

void Catalog::removeConnection(const QString &name) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Catalog::openConnectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_connections.size());
}

namespace {

// Open write() levels per connection (connections are per thread, so this needs no lock).
thread_local QHash<QString, int> t_writeDepth;

QString savepoint(int level)
{
    return QStringLiteral("lc_write_%1").arg(level);
}

} // namespace

int Catalog::writeDepth() const
{
    return t_writeDepth.value(database().connectionName(), 0);
}

Result<int> Catalog::begin(QSqlDatabase &db)
{
    int &depth = t_writeDepth[db.connectionName()];
    const int level = depth;
    auto r = sql::exec(db, level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint(level));
    if (!r)
        return r.error();
    ++depth;
    return level;
}

Result<void> Catalog::commit(QSqlDatabase &db, int level)
{
    auto r = sql::exec(db, level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(level));
    if (r)
        t_writeDepth[db.connectionName()] = level;
    return r;
}

void Catalog::rollback(QSqlDatabase &db, int level)
{
    Result<void> r;
    if (level == 0) {
        r = sql::exec(db, QStringLiteral("ROLLBACK"));
    } else {
        r = sql::exec(db, QStringLiteral("ROLLBACK TO ") + savepoint(level));
        if (r)
            r = sql::exec(db, QStringLiteral("RELEASE ") + savepoint(level));
    }
    t_writeDepth[db.connectionName()] = level;
    if (!r)
        qCWarning(lcCatalog) << "rollback failed:" << r.error().message;
}

QString Catalog::sqliteVersion()
{
    static const QString version = [] {
        const QString name = QStringLiteral("lc-sqlite-version");
        QString v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                    v = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return v.isEmpty() ? CatalogTr::tr("unknown") : v;
    }();
    return version;
}

} // namespace lc
