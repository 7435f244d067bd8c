#pragma once

#include "util/contenthash.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace lc {

class Catalog;

// Consistent copies of the catalog file, kept in the library's snapshots/ folder (after darktable's
// library.db-snp-* and Lightroom's catalog backups). A snapshot is written with VACUUM INTO, which reads
// through a transaction, so it is a committed state of the catalog even while another thread writes; it
// is written under a temporary name, synced and then renamed, so a crash never leaves a half snapshot
// that looks like a whole one. Snapshots hold the catalog only: the images they name stay in objects/
// as long as a snapshot uses them (gc keeps them), so restoring one gives back every item it lists.
namespace Snapshots {

// Why a snapshot was taken; part of its file name.
enum class Reason {
    Manual,          // File → Create Snapshot, `snapshot create`
    Daily,           // the GUI's daily snapshot while a library is in use
    BeforeMigration, // before a newer LoRA Craft changed the catalog's schema
    BeforeRestore,   // the catalog as it was before a snapshot was restored over it
};
QString reasonKey(Reason reason);
QString reasonText(Reason reason); // "before a schema upgrade", for people

struct SnapshotInfo
{
    QString path;          // absolute path of the .sqlite file
    QString name;          // its file name: what `snapshot restore` takes
    QDateTime createdAt;   // UTC, from the file name
    Reason reason = Reason::Manual;
    qint64 bytes = 0;
    // Read from the file when details were asked for (list(..., true)); -1 when not read.
    int schemaVersion = -1;
    qint64 items = -1;     // items not in the trash
    int datasets = -1;
    int workspaces = -1;
    QString problem;       // non-empty: the file cannot be read as a LoRA Craft catalog
};

// The snapshots folder of the catalog at catalogPath: <library>/snapshots.
QString folderFor(const QString &catalogPath);

// Writes a snapshot of the catalog that db is a connection to (a connection of this thread, outside any
// transaction; a read-only connection will do: VACUUM INTO only reads). catalogPath names the catalog file (its folder holds snapshots/).
Result<SnapshotInfo> create(QSqlDatabase db, const QString &catalogPath, Reason reason);
Result<SnapshotInfo> create(const Catalog &catalog, Reason reason);

// The snapshots of the catalog at catalogPath, newest first. With details, each file is opened
// (read-only, immutable) for its schema version and counts.
Result<QList<SnapshotInfo>> list(const QString &catalogPath, bool details = false);

// Finds a snapshot by file name (or a unique prefix of it, or an absolute path inside the folder).
Result<SnapshotInfo> find(const QString &catalogPath, const QString &nameOrPath);

// Reads a snapshot file's schema version and counts into info (sets info.problem when it cannot).
void readDetails(SnapshotInfo &info);

// True when the newest snapshot is older than maxAgeMs (or there is none).
bool isDue(const QString &catalogPath, qint64 maxAgeMs);

// Removes the oldest snapshots beyond the newest `keep` (keep >= 1). Returns how many were removed.
Result<int> prune(const QString &catalogPath, int keep);

// The settings the GUI (Settings → General) and the CLI share (QSettings "snapshots/keep", "snapshots/daily").
constexpr int DefaultKeep = 10;
int storedKeepCount();
void setStoredKeepCount(int keep);
bool storedDaily();
void setStoredDaily(bool daily);

// Temporary files of snapshots an interrupted process did not finish (removed by removeLeftovers()).
QStringList leftovers(const QString &catalogPath);
int removeLeftovers(const QString &catalogPath);

// The images the snapshots still name (gc keeps them: restoring a snapshot must find its images).
Result<QSet<ContentHash>> referencedImages(const QString &catalogPath);

// Replaces the catalog at catalogPath by the snapshot. The caller holds the library's lock and has no
// connection to the catalog open. The snapshot is checked first (quick_check, application id, schema
// not newer than this build); the current catalog is kept aside as a BeforeRestore snapshot (a raw
// copy when it is too damaged to be read), then the snapshot's copy is synced and renamed over it.
// Returns the snapshot kept aside.
Result<SnapshotInfo> restore(const QString &catalogPath, const SnapshotInfo &snapshot);

} // namespace Snapshots
} // namespace lc
