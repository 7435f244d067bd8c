#include "snapshots.h"

#include "util/tr.h"

#include "catalog.h"
#include "schema.h"
#include "sql.h"
#include "util/fileutil.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

Q_LOGGING_CATEGORY(lcSnapshots, "loracraft.snapshots")

namespace lc::Snapshots {

namespace {

constexpr const char *TimeFormat = "yyyyMMdd-HHmmss-zzz";
constexpr const char *PartSuffix = ".part";

QAtomicInteger<quint64> connectionSerial;

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^catalog-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.sqlite$"));
    return re;
}

std::optional<Reason> reasonFromKey(const QString &key)
{
    for (Reason r : {Reason::Manual, Reason::Daily, Reason::BeforeMigration, Reason::BeforeRestore}) {
        if (reasonKey(r) == key)
            return r;
    }
    return std::nullopt;
}

std::optional<SnapshotInfo> infoFor(const QFileInfo &file)
{
    const auto m = namePattern().match(file.fileName());
    if (!m.hasMatch())
        return std::nullopt;
    const auto reason = reasonFromKey(m.captured(2));
    QDateTime at = QDateTime::fromString(m.captured(1), QLatin1String(TimeFormat));
    if (!reason || !at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    SnapshotInfo info;
    info.path = file.absoluteFilePath();
    info.name = file.fileName();
    info.createdAt = at;
    info.reason = *reason;
    info.bytes = file.size();
    return info;
}

// A read-only connection to a snapshot file that nothing writes: immutable, so SQLite takes no locks and
// needs no -shm file (the snapshots folder may be read-only, the file may have WAL mode in its header).
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_name(QStringLiteral("loracraft-snapshot-%1").arg(connectionSerial.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.open();
    }
    ~ReadOnlyFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

Result<void> replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    if (!MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
            reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return FileUtil::fileError(CatalogTr::tr("Cannot replace %1: %2"), to, CatalogTr::tr("the file is in use or cannot be written"));
    }
    return {};
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return FileUtil::errnoError(CatalogTr::tr("Cannot replace %1: %2"), to, errno);
    return FileUtil::syncDirectory(QFileInfo(to).absolutePath());
#endif
}

QString snapshotName(const QDateTime &at, Reason reason)
{
    return QStringLiteral("catalog-%1-%2.sqlite").arg(at.toString(QLatin1String(TimeFormat)), reasonKey(reason));
}

// A name no snapshot has yet (two snapshots in the same millisecond get consecutive times).
QString freshPath(const QString &folder, Reason reason)
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString path;
    for (;;) {
        path = folder + QLatin1Char('/') + snapshotName(at, reason);
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QLatin1String(PartSuffix)))
            return path;
        at = at.addMSecs(1);
    }
}

} // namespace

QString reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Manual: return QStringLiteral("manual");
    case Reason::Daily: return QStringLiteral("daily");
    case Reason::BeforeMigration: return QStringLiteral("before-upgrade");
    case Reason::BeforeRestore: return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Manual: return CatalogTr::tr("taken by hand");
    case Reason::Daily: return CatalogTr::tr("daily");
    case Reason::BeforeMigration: return CatalogTr::tr("before a schema upgrade");
    case Reason::BeforeRestore: return CatalogTr::tr("before a restore");
    }
    return {};
}

QString folderFor(const QString &catalogPath)
{
    return QFileInfo(catalogPath).absolutePath() + QStringLiteral("/snapshots");
}

Result<SnapshotInfo> create(QSqlDatabase db, const QString &catalogPath, Reason reason)
{
    const QString folder = folderFor(catalogPath);
    if (auto r = FileUtil::ensureDirectory(folder); !r)
        return r.error();
    const QString path = freshPath(folder, reason);
    const QString part = path + QLatin1String(PartSuffix);
    auto fail = [&part](const Error &e) -> Error {
        QFile::remove(part);
        return makeError(e.code, CatalogTr::tr("Cannot take a snapshot of the catalog: %1").arg(e.message), e.detail);
    };
    if (auto r = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {part}); !r)
        return fail(r.error());
    if (auto r = FileUtil::syncFile(part); !r)
        return fail(r.error());
    if (auto r = FileUtil::renameNoReplace(part, path); !r)
        return fail(r.error());
    if (auto r = FileUtil::syncDirectory(folder); !r)
        return fail(r.error());
    auto info = infoFor(QFileInfo(path));
    if (!info)
        return makeError(ErrorCode::Internal, CatalogTr::tr("The snapshot %1 has a name LoRA Craft cannot read back.").arg(path));
    qCInfo(lcSnapshots) << "catalog snapshot written:" << path;
    return *info;
}

Result<SnapshotInfo> create(const Catalog &catalog, Reason reason)
{
    return create(catalog.database(), catalog.path(), reason);
}

int storedKeepCount()
{
    return std::clamp(QSettings().value(QStringLiteral("snapshots/keep"), DefaultKeep).toInt(), 1, 1000);
}

void setStoredKeepCount(int keep)
{
    QSettings().setValue(QStringLiteral("snapshots/keep"), std::clamp(keep, 1, 1000));
}

bool storedDaily()
{
    return QSettings().value(QStringLiteral("snapshots/daily"), true).toBool();
}

void setStoredDaily(bool daily)
{
    QSettings().setValue(QStringLiteral("snapshots/daily"), daily);
}

void readDetails(SnapshotInfo &info)
{
    ReadOnlyFile file(info.path);
    QSqlDatabase db = file.db();
    if (!db.isOpen()) {
        info.problem = CatalogTr::tr("cannot be opened");
        return;
    }
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!appId || !version) {
        info.problem = CatalogTr::tr("damaged: %1").arg((!appId ? appId.error() : version.error()).message);
        return;
    }
    if (appId->toInt() != Schema::ApplicationId) {
        info.problem = CatalogTr::tr("not a LoRA Craft catalog");
        return;
    }
    info.schemaVersion = version->toInt();
    auto items = sql::scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE status <> 'trashed'"));
    auto datasets = sql::scalar(db, QStringLiteral("SELECT count(*) FROM datasets"));
    auto workspaces = sql::scalar(db, QStringLiteral("SELECT count(*) FROM workspaces"));
    if (!items || !datasets || !workspaces) {
        info.problem = CatalogTr::tr("damaged: %1").arg((!items ? items.error() : !datasets ? datasets.error() : workspaces.error()).message);
        return;
    }
    info.items = items->toLongLong();
    info.datasets = datasets->toInt();
    info.workspaces = workspaces->toInt();
    if (info.schemaVersion > Schema::latestVersion())
        info.problem = CatalogTr::tr("written by a newer LoRA Craft (schema %1)").arg(info.schemaVersion);
}

Result<QList<SnapshotInfo>> list(const QString &catalogPath, bool details)
{
    QList<SnapshotInfo> out;
    const QDir dir(folderFor(catalogPath));
    if (!dir.exists())
        return out;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("catalog-*.sqlite")}, QDir::Files);
    for (const QFileInfo &f : files) {
        if (auto info = infoFor(f))
            out.append(*info);
    }
    std::sort(out.begin(), out.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.name > b.name;
    });
    if (details) {
        for (SnapshotInfo &info : out)
            readDetails(info);
    }
    return out;
}

Result<SnapshotInfo> find(const QString &catalogPath, const QString &nameOrPath)
{
    auto all = list(catalogPath, true);
    if (!all)
        return all.error();
    const QString wanted = QFileInfo(nameOrPath).isAbsolute() ? QFileInfo(nameOrPath).absoluteFilePath() : nameOrPath;
    QList<SnapshotInfo> matches;
    for (const SnapshotInfo &s : std::as_const(*all)) {
        if (s.name == wanted || s.path == wanted)
            return s;
        if (s.name.startsWith(wanted))
            matches.append(s);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        return makeError(ErrorCode::InvalidArgument,
            CatalogTr::tr("“%1” names %2 snapshots; give more of the name.").arg(nameOrPath).arg(matches.size()));
    }
    return makeError(ErrorCode::NotFound,
        CatalogTr::tr("There is no snapshot “%1” in %2.").arg(nameOrPath, QDir::toNativeSeparators(folderFor(catalogPath))));
}

bool isDue(const QString &catalogPath, qint64 maxAgeMs)
{
    auto all = list(catalogPath, false);
    if (!all || all->isEmpty())
        return true;
    return all->first().createdAt.msecsTo(QDateTime::currentDateTimeUtc()) >= maxAgeMs;
}

Result<int> prune(const QString &catalogPath, int keep)
{
    auto all = list(catalogPath, false);
    if (!all)
        return all.error();
    int removed = 0;
    for (qsizetype i = std::max(1, keep); i < all->size(); ++i) {
        const QString &path = all->at(i).path;
        if (!QFile::remove(path))
            return FileUtil::fileError(CatalogTr::tr("Cannot remove the old snapshot %1: %2"), path, CatalogTr::tr("permission denied"));
        QFile::remove(path + QStringLiteral("-wal"));
        ++removed;
    }
    return removed;
}

QStringList leftovers(const QString &catalogPath)
{
    QStringList out;
    const QDir dir(folderFor(catalogPath));
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*") + QLatin1String(PartSuffix)}, QDir::Files | QDir::Hidden))
        out << f.absoluteFilePath();
    const QString restorePart = catalogPath + QStringLiteral(".restore") + QLatin1String(PartSuffix);
    if (QFileInfo::exists(restorePart))
        out << restorePart;
    return out;
}

int removeLeftovers(const QString &catalogPath)
{
    int n = 0;
    for (const QString &path : leftovers(catalogPath)) {
        if (QFile::remove(path))
            ++n;
    }
    return n;
}

Result<QSet<ContentHash>> referencedImages(const QString &catalogPath)
{
    auto all = list(catalogPath, false);
    if (!all)
        return all.error();
    QSet<ContentHash> out;
    for (const SnapshotInfo &s : std::as_const(*all)) {
        ReadOnlyFile file(s.path);
        QSqlQuery q(file.db());
        if (!sql::exec(q, QStringLiteral("SELECT DISTINCT blob_sha256 FROM items"))) {
            qCWarning(lcSnapshots) << "cannot read the images of snapshot" << s.path;
            continue;
        }
        while (q.next())
            out.insert(ContentHash::fromHex(q.value(0).toString()));
    }
    return out;
}

Result<SnapshotInfo> restore(const QString &catalogPath, const SnapshotInfo &snapshotIn)
{
    SnapshotInfo snapshot = snapshotIn;
    const QString shown = snapshot.name;
    readDetails(snapshot);
    if (!snapshot.problem.isEmpty()) {
        return makeError(ErrorCode::Corrupt,
            CatalogTr::tr("The snapshot %1 cannot be restored: %2. The catalog was not changed.").arg(shown, snapshot.problem));
    }
    {
        ReadOnlyFile file(snapshot.path);
        auto check = sql::scalar(file.db(), QStringLiteral("PRAGMA quick_check(1)"));
        if (!check || check->toString() != QLatin1String("ok")) {
            return makeError(ErrorCode::Corrupt,
                CatalogTr::tr("The snapshot %1 fails its integrity check (%2). The catalog was not changed; choose another snapshot.")
                    .arg(shown, check ? check->toString() : check.error().message));
        }
    }

    // 1. Keep the current catalog aside. A readable one is snapshotted and its log emptied into the file,
    //    so that nothing lives only in catalog.sqlite-wal when that is removed below; a damaged one is
    //    copied as it is, log included.
    SnapshotInfo aside;
    if (QFileInfo::exists(catalogPath)) {
        const QString name = QStringLiteral("loracraft-restore-%1").arg(connectionSerial.fetchAndAddRelaxed(1));
        bool keptAside = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(catalogPath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (db.open()) {
                auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)"));
                if (check && check->toString() == QLatin1String("ok")) {
                    auto made = create(db, catalogPath, Reason::BeforeRestore);
                    if (!made) {
                        db.close();
                        QSqlDatabase::removeDatabase(name);
                        return made.error();
                    }
                    aside = *made;
                    auto cp = sql::scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                    keptAside = cp && cp->toInt() == 0; // busy = 1: another connection still reads
                    if (!keptAside) {
                        db.close();
                        QSqlDatabase::removeDatabase(name);
                        return makeError(ErrorCode::Locked,
                            CatalogTr::tr("The catalog is still in use; close LoRA Craft's other windows and try again. "
                                          "The catalog was not changed."));
                    }
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (!keptAside) {
            const QString folder = folderFor(catalogPath);
            if (auto r = FileUtil::ensureDirectory(folder); !r)
                return r.error();
            const QString path = freshPath(folder, Reason::BeforeRestore);
            if (auto r = FileUtil::copyFile(catalogPath, path); !r)
                return r.error();
            const QString wal = catalogPath + QStringLiteral("-wal");
            if (QFileInfo::exists(wal)) {
                if (auto r = FileUtil::copyFile(wal, path + QStringLiteral("-wal")); !r)
                    return r.error();
            }
            if (auto r = FileUtil::syncFile(path); !r)
                return r.error();
            aside = infoFor(QFileInfo(path)).value_or(SnapshotInfo{});
        }
    }

    // 2. The snapshot's copy, synced, renamed over the catalog.
    const QString part = catalogPath + QStringLiteral(".restore") + QLatin1String(PartSuffix);
    QFile::remove(part);
    if (auto r = FileUtil::copyFile(snapshot.path, part); !r)
        return r.error();
    if (auto r = FileUtil::syncFile(part); !r) {
        QFile::remove(part);
        return r.error();
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = catalogPath + QLatin1String(suffix);
        if (QFileInfo::exists(extra) && !QFile::remove(extra)) {
            QFile::remove(part);
            return FileUtil::fileError(CatalogTr::tr("Cannot remove %1: %2"), extra, CatalogTr::tr("the file is in use or cannot be written"));
        }
    }
    if (auto r = replaceFile(part, catalogPath); !r) {
        QFile::remove(part);
        return r.error();
    }
    qCInfo(lcSnapshots) << "restored catalog snapshot" << snapshot.path << "; the previous catalog is" << aside.path;
    return aside;
}

} // namespace lc::Snapshots
