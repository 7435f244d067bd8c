#pragma once

#include "image/imageanalysis.h"
#include "import/importtypes.h"
#include "import/sourcescanner.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <map>
#include <memory>

namespace lc {

class Library;
class ZipArchive;

// What the per-file pipeline found out about one source; the importer turns it into catalog rows.
struct SourceResult
{
    int index = -1;
    ImportOutcome outcome;
    bool needsRow = false; // Imported: insert an item (and the blob when newBlob)
    bool newBlob = false;
    ImageAnalysis image;   // when newBlob (thumbnail bytes already written and dropped)
    QString caption;
    bool captionFromSidecar = false;
    int repeats = 1;
    QString originalName;
    QString sourcePath;
    bool repairedObject = false;
    bool discard = false;       // canceled before it finished: not an outcome, not counted
    int duplicateOfIndex = -1;  // DuplicateInBatch: the source index that claimed the content first
    std::optional<Error> fatal; // stops the whole import (disk full)
};

// Open archives, lent to one pipeline at a time (a libzip handle is not thread-safe) and closed with the
// pool at the end of the import.
class ArchivePool final
{
public:
    ArchivePool();
    ~ArchivePool();
    ArchivePool(const ArchivePool &) = delete;
    ArchivePool &operator=(const ArchivePool &) = delete;

    // The bytes of a source that is an archive entry (or of its sidecar), at most maxBytes.
    Result<QByteArray> read(const ImportSource &source, qint64 maxBytes, bool sidecar);

private:
    QMutex m_mutex;
    std::multimap<QByteArray, std::unique_ptr<ZipArchive>> m_idle; // archive path -> open handles
};

// What the pipelines of one import share: the sources and options, what the library and the dataset
// held before the run, the contents claimed so far, and whether to stop.
class ImportRun final
{
public:
    ImportRun(const Library &library, const QList<ImportSource> &sources, const ImportOptions &options,
        const std::atomic<bool> &cancel);

    const Library &library;
    const QList<ImportSource> &sources;
    const ImportOptions &options;
    const std::atomic<bool> &cancel;
    QSet<ContentHash> knownBlobs;   // in the library before this run (set before any pipeline runs)
    QSet<ContentHash> datasetBlobs; // in the target dataset before this run
    ArchivePool archives;

    bool stopping() const { return m_stop.load(std::memory_order_relaxed) || cancel.load(std::memory_order_relaxed); }
    void stop() { m_stop = true; }

    // The first source of the run with this content claims it: returns index when it is the first, else the
    // index of the source that claimed it.
    int claim(const ContentHash &hash, int index);
    // A later identical source would fail the same way as the claimant: let it say so itself.
    void releaseClaim(const ContentHash &hash);

    void setCurrent(const QString &display);
    QString current() const;

private:
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;
    QHash<ContentHash, int> m_claimed;
    QString m_current;
};

// The per-file pipeline of an import: read (size-capped, never blocking on special files), sniff, hash,
// claim the content for this run, repair or store the object, analyse the image and write its thumbnail,
// read the sidecar caption. Runs on any thread, one source per call; touches no catalog. Never throws.
SourceResult processSource(ImportRun &run, int index);

} // namespace lc
