#pragma once

#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace lc {

class Library;

// Progress callback for long maintenance work: (done, total). Returning false cancels.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

struct FsckReport
{
    struct BlobProblem
    {
        ContentHash hash;
        QString path;
        QString problem; // user-readable sentence
    };

    QStringList catalogProblems;        // integrity_check and foreign_key_check findings
    int blobsChecked = 0;
    qint64 bytesChecked = 0;
    QList<BlobProblem> missingBlobs;    // catalog row, no file
    QList<BlobProblem> damagedBlobs;    // file re-hashes to another value or has the wrong size
    QStringList orphanFiles;            // object files no catalog row refers to (gc removes them)
    QStringList foreignFiles;           // files under objects/ that are not named by a hash
    QStringList temporaryFiles;         // leftovers in tmp/
    int unreferencedBlobs = 0;          // blob rows no item uses any more (gc removes them)
    int keptForSnapshots = 0;           // object files only a catalog snapshot still names (gc keeps them)

    bool isClean() const
    {
        return catalogProblems.isEmpty() && missingBlobs.isEmpty() && damagedBlobs.isEmpty();
    }
};

struct GcReport
{
    int blobsRemoved = 0;
    int orphanFilesRemoved = 0;
    int thumbnailsRemoved = 0;
    int temporaryFilesRemoved = 0;
    int keptForSnapshots = 0; // object files no item uses now that a catalog snapshot still names
    qint64 bytesFreed = 0;
};

struct RepairReport
{
    struct Repaired
    {
        ContentHash hash;
        QString from; // the file it was read back from
    };
    QList<Repaired> repaired;
    QList<FsckReport::BlobProblem> unrepaired; // problem: why it could not be brought back
};

namespace Maintenance {

// Checks the catalog (integrity_check, foreign_key_check), that every referenced object exists and
// re-hashes to its name, and lists orphans. Reads only; repairs nothing.
Result<FsckReport> fsck(const Library &library, const ProgressFn &progress = {});

// Brings back the stored originals fsck found missing or damaged from where their items were imported,
// when a file there still hashes to the image's name (a file that changed since is never taken).
// Writes only object files (atomically), never the catalog.
Result<RepairReport> repair(const Library &library, const FsckReport &report, const ProgressFn &progress = {});

// Removes objects and thumbnails that no item references (items in the trash still reference theirs,
// so their images stay until the trash is emptied), orphan object files and temporary files.
// Must not run while an import into the same library is in progress.
// `keep`: images to keep although no item uses them now (what the GUI's undo history can still bring back).
Result<GcReport> gc(const Library &library, bool dryRun = false, const QSet<ContentHash> &keep = {});

} // namespace Maintenance
} // namespace lc
