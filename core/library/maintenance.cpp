#include "maintenance.h"

#include "util/tr.h"

#include "catalog/blobs.h"
#include "catalog/integrity.h"
#include "catalog/snapshots.h"
#include "library.h"
#include "util/handoff.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace lc::Maintenance {

namespace {


void removeThumbnails(const Library &library, const ContentHash &hash, GcReport &report, bool dryRun)
{
    const QString hex = hash.toHex();
    QDir shard(library.thumbnails().shardFor(hash));
    if (!shard.exists())
        return;
    const QStringList files = shard.entryList({hex + QLatin1Char('*')}, QDir::Files);
    for (const QString &name : files) {
        if (dryRun || shard.remove(name))
            ++report.thumbnailsRemoved;
    }
}

} // namespace

Result<FsckReport> fsck(const Library &library, const ProgressFn &progress)
{
    FsckReport report;
    const Catalog &catalog = library.catalog();
    auto problems = Integrity::problems(catalog);
    if (!problems)
        return problems.error();
    report.catalogProblems << *problems;
    auto foreignKeys = Integrity::foreignKeyProblems(catalog);
    if (!foreignKeys)
        return foreignKeys.error();
    for (const Integrity::ForeignKeyProblem &p : std::as_const(*foreignKeys))
        report.catalogProblems << LibraryTr::tr("Row %1 of table %2 refers to a missing row in %3.").arg(p.row, p.table, p.parent);
    // The search index must mirror the items table.
    auto drift = Integrity::searchIndexDrift(catalog);
    if (!drift)
        return drift.error();
    if (*drift != 0)
        report.catalogProblems << LibraryTr::tr("The search index is out of step with the items table.");

    const Blobs blobs(catalog);
    auto rows = blobs.all();
    if (!rows)
        return rows.error();
    auto unreferenced = blobs.countUnreferenced();
    if (!unreferenced)
        return unreferenced.error();
    report.unreferencedBlobs = *unreferenced;

    const ObjectStore &store = library.store();
    QSet<ContentHash> known;
    known.reserve(rows->size());
    qint64 done = 0;
    // Check objects in parallel, a chunk at a time (progress and cancel between chunks).
    struct Check
    {
        enum class Kind { Ok, Invalid, Missing, Damaged } kind = Kind::Ok;
        QString problem;
        qint64 bytes = 0;
    };
    auto check = [&store](const BlobRecord &row) {
        Check c;
        const QString path = store.pathFor(row.hash);
        const QFileInfo info(path);
        if (!row.hash.isValid()) {
            c.kind = Check::Kind::Invalid;
        } else if (!info.exists()) {
            c.kind = Check::Kind::Missing;
            c.problem = LibraryTr::tr("The stored image is missing.");
        } else if (info.size() != row.size) {
            c.kind = Check::Kind::Damaged;
            c.problem = LibraryTr::tr("The stored image has %1 bytes; the catalog expects %2.").arg(info.size()).arg(row.size);
        } else {
            auto actual = store.rehash(row.hash);
            if (!actual) {
                c.kind = Check::Kind::Damaged;
                c.problem = actual.error().message;
            } else if (!(*actual == row.hash)) {
                c.kind = Check::Kind::Damaged;
                c.problem = LibraryTr::tr("The stored image is damaged: its content hashes to %1.").arg(actual->shortHex());
            }
            c.bytes = info.size();
        }
        return c;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    constexpr int Chunk = 256;
    for (qsizetype start = 0; start < rows->size(); start += Chunk) {
        const QList<BlobRecord> part = rows->mid(start, Chunk);
        const QList<Check> checks = blockingMapped<QList<Check>>(&pool, part, check);
        for (qsizetype i = 0; i < part.size(); ++i) {
            const BlobRecord &row = part[i];
            const Check &c = checks[i];
            known.insert(row.hash);
            const QString path = store.pathFor(row.hash);
            switch (c.kind) {
            case Check::Kind::Invalid: report.catalogProblems << LibraryTr::tr("The catalog lists an object with an invalid name."); break;
            case Check::Kind::Missing: report.missingBlobs.append({row.hash, path, c.problem}); break;
            case Check::Kind::Damaged: report.damagedBlobs.append({row.hash, path, c.problem}); break;
            case Check::Kind::Ok: break;
            }
            report.bytesChecked += c.bytes;
            ++report.blobsChecked;
        }
        done += part.size();
        if (progress && !progress(done, rows->size()))
            return makeError(ErrorCode::Canceled, LibraryTr::tr("The check was canceled."));
    }

    // Images only a snapshot still names are kept for it (gc leaves them), not orphans.
    auto inSnapshots = Snapshots::referencedImages(library.catalogPath());
    if (!inSnapshots)
        return inSnapshots.error();
    store.forEachObject([&](const ContentHash &hash, const QString &path) {
        if (!hash.isValid())
            report.foreignFiles << path;
        else if (known.contains(hash))
            return;
        else if (inSnapshots->contains(hash))
            ++report.keptForSnapshots;
        else
            report.orphanFiles << path;
    });
    if (rows->isEmpty() && !report.orphanFiles.isEmpty()) {
        // Not orphans: a catalog that knows no image at all over a store that holds some is almost
        // certainly not the catalog these images belong to (truncated, replaced, restored from the wrong
        // backup). gc refuses to run on it.
        report.catalogProblems << LibraryTr::tr("The catalog knows no stored images, but objects/ holds %1. The catalog may have "
                                     "been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. gc will not "
                                     "remove these images.")
                                      .arg(report.orphanFiles.size());
    }
    report.temporaryFiles = store.temporaryFiles() + Snapshots::leftovers(library.catalogPath());
    return report;
}

Result<RepairReport> repair(const Library &library, const FsckReport &report, const ProgressFn &progress)
{
    RepairReport out;
    if (library.isReadOnly())
        return makeError(ErrorCode::PermissionDenied, LibraryTr::tr("The library is open read-only: nothing can be repaired."));
    const Blobs blobs(library.catalog());
    const QList<FsckReport::BlobProblem> broken = report.missingBlobs + report.damagedBlobs;
    qint64 done = 0;
    for (const FsckReport::BlobProblem &p : broken) {
        auto sources = blobs.sourcePaths(p.hash);
        if (!sources)
            return sources.error();
        auto names = blobs.itemNames(p.hash);
        const QString name = names && !names->isEmpty() ? names->first() : p.hash.shortHex();
        bool fixed = false;
        QStringList tried;
        for (const QString &source : std::as_const(*sources)) {
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly)) {
                tried << LibraryTr::tr("%1 is gone").arg(QDir::toNativeSeparators(source));
                continue;
            }
            const QByteArray bytes = file.readAll();
            if (!(ContentHash::of(bytes) == p.hash)) {
                tried << LibraryTr::tr("%1 has changed since it was imported").arg(QDir::toNativeSeparators(source));
                continue;
            }
            auto repaired = library.store().repair(p.hash, bytes);
            if (!repaired)
                return repaired.error();
            out.repaired.append({p.hash, source});
            fixed = true;
            break;
        }
        if (!fixed) {
            FsckReport::BlobProblem left = p;
            const bool unused = names && names->isEmpty();
            left.problem = unused ? LibraryTr::tr("%1: no item uses this image any more; gc removes its entry.").arg(p.hash.shortHex())
                : sources->isEmpty()
                ? LibraryTr::tr("%1: no import source is recorded (it came from a ZIP or was pasted); import the image again.").arg(name)
                : LibraryTr::tr("%1: cannot be brought back (%2); import the image again.").arg(name, tried.join(QStringLiteral("; ")));
            out.unrepaired.append(left);
        }
        if (progress && !progress(++done, broken.size()))
            return makeError(ErrorCode::Canceled, LibraryTr::tr("The repair was canceled."));
    }
    return out;
}

Result<GcReport> gc(const Library &library, bool dryRun, const QSet<ContentHash> &keep)
{
    GcReport report;
    const Blobs blobs(library.catalog());
    if (auto healthy = library.checkCatalogForWriting(); !healthy)
        return healthy.error();

    // gc removes only what the catalog proves unused. A catalog that knows no image at all while the
    // store holds some proves nothing: it is probably not these images' catalog.
    {
        auto known = blobs.count();
        if (!known)
            return known.error();
        if (*known == 0) {
            int objects = 0;
            library.store().forEachObject([&](const ContentHash &hash, const QString &) {
                if (hash.isValid())
                    ++objects;
            });
            if (objects > 0) {
                return makeError(ErrorCode::Corrupt,
                    LibraryTr::tr("gc refused: the catalog knows no stored images, but objects/ holds %1. The catalog may have been "
                       "truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. Nothing was removed.")
                        .arg(objects));
            }
        }
    }

    // Images a snapshot still names stay: restoring it must find them.
    auto inSnapshots = Snapshots::referencedImages(library.catalogPath());
    if (!inSnapshots)
        return inSnapshots.error();
    QSet<ContentHash> kept = keep;
    kept.unite(*inSnapshots);

    // 1. Rows first, then files: a crash in between leaves orphan files, which the next gc removes,
    //    never a catalog row pointing at a deleted file.
    auto removed = blobs.removeUnreferenced(kept, dryRun);
    if (!removed)
        return removed.error();

    const ObjectStore &store = library.store();
    for (const BlobRecord &row : std::as_const(*removed)) {
        if (!dryRun) {
            if (auto r = store.remove(row.hash); !r)
                return r.error();
        }
        ++report.blobsRemoved;
        report.bytesFreed += row.size;
        removeThumbnails(library, row.hash, report, dryRun);
    }

    // 2. Object files without a catalog row (an import that crashed between writing and committing).
    auto rows = blobs.all();
    if (!rows)
        return rows.error();
    QSet<ContentHash> known;
    for (const BlobRecord &row : std::as_const(*rows))
        known.insert(row.hash);
    QStringList orphans;
    store.forEachObject([&](const ContentHash &hash, const QString &path) {
        if (hash.isValid() && !known.contains(hash)) {
            if (inSnapshots->contains(hash))
                ++report.keptForSnapshots;
            else
                orphans << path;
        }
    });
    for (const QString &path : std::as_const(orphans)) {
        const qint64 size = QFileInfo(path).size();
        if (dryRun || QFile::remove(path)) {
            ++report.orphanFilesRemoved;
            report.bytesFreed += size;
        }
        removeThumbnails(library, ContentHash::fromHex(QFileInfo(path).fileName()), report, dryRun);
    }

    // 3. Thumbnails of objects the catalog does not know (an import that failed after writing them).
    QDirIterator thumbs(library.thumbsDir(), QDir::Files, QDirIterator::Subdirectories);
    while (thumbs.hasNext()) {
        const QString path = thumbs.next();
        const ContentHash hash = ThumbnailStore::hashOfFile(thumbs.fileName());
        if (hash.isValid() && !known.contains(hash) && !inSnapshots->contains(hash) && (dryRun || QFile::remove(path)))
            ++report.thumbnailsRemoved;
    }

    report.temporaryFilesRemoved = dryRun ? int(store.temporaryFiles().size() + Snapshots::leftovers(library.catalogPath()).size())
                                          : store.cleanTemporaryFiles() + Snapshots::removeLeftovers(library.catalogPath());
    return report;
}

} // namespace lc::Maintenance
