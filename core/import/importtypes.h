#pragma once

#include "image/imageanalysis.h"
#include "util/skipreason.h"
#include "util/contenthash.h"
#include "util/enumkeys.h"
#include "util/error.h"
#include "util/ids.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace lc {

struct ImportOptions
{
    qint64 maxFileBytes = 50'000'000;        // per file (50 MB)
    ImageLimits image;                       // pixel limit (100 MP) and thumbnail size
    qint64 maxArchiveEntries = 100'000;
    qint64 maxArchiveBytes = 20'000'000'000; // total uncompressed size of one archive (20 GB)
    double maxCompressionRatio = 100.0;      // per entry, for entries over 1 MB uncompressed
    int threads = 0;                         // 0 = QThread::idealThreadCount()
    int batchSize = 256;                     // catalog rows per transaction
};

// How an input file is shown and named instead of its path: a downloaded image as its address.
struct ImportSourceName
{
    QString display;      // in reports and as the item's source
    QString originalName; // the item's file name; empty: the file's
};

struct ImportRequest
{
    DatasetId dataset;
    QStringList paths; // files, folders and .zip archives
    ImportOptions options;
    // Files to show and name otherwise (by path as given in `paths`): downloads from the web.
    QHash<QString, ImportSourceName> names;
    // Whether the task record lists `paths` as the inputs to resume from (false for temporary files).
    bool resumable = true;
};

enum class OutcomeKind { Imported, AlreadyInDataset, DuplicateInBatch, Skipped };

// The "outcome" of an import report's JSON.
template <>
struct EnumKeys<OutcomeKind>
{
    static constexpr auto keys = std::to_array<EnumKey<OutcomeKind>>({
        {OutcomeKind::Imported, u"imported"},
        {OutcomeKind::AlreadyInDataset, u"already-in-dataset"},
        {OutcomeKind::DuplicateInBatch, u"duplicate-in-batch"},
        {OutcomeKind::Skipped, u"skipped"},
    });
};

QString outcomeKindKey(OutcomeKind kind); // toKey(kind)

// What a re-import did to the caption of an item the dataset already had (its sidecar caption file).
enum class CaptionChange {
    None,
    Updated,  // the caption had not been edited in the app since the last import: it now says what the file says
    Conflict, // it had been edited in the app: kept, and reported
};
QString captionChangeKey(CaptionChange change); // "", "updated", "conflict"

// What happened to one input.
struct ImportOutcome
{
    QString input;        // displayable path; archive entries as "archive.zip!dir/name.png"
    OutcomeKind kind = OutcomeKind::Skipped;
    SkipReason reason = SkipReason::Unreadable; // when skipped
    QString message;      // when skipped: a human sentence, e.g. "not an image (text file)"
    QString note;         // e.g. "PNG content with a .jpg name"
    QString duplicateOf;  // when DuplicateInBatch: the input that was imported instead
    CaptionChange captionChange = CaptionChange::None; // AlreadyInDataset with a sidecar caption
    ItemId item;
    ContentHash hash;
    qint64 bytes = 0;
};

// A kohya "N_trigger class" folder seen in the input.
struct KohyaFolder
{
    QString folder;
    int repeats = 1;
    QString triggerWord;
    QString classWord;
    int files = 0;
};

struct ImportReport
{
    TaskId task;
    DatasetId dataset;
    int imported = 0;
    int alreadyInDataset = 0;
    int duplicates = 0;
    int skipped = 0;
    int ignored = 0;           // hidden files and OS junk (.DS_Store, __MACOSX, ...), not reported one by one
    int captionsFromSidecars = 0;
    int captionsUpdated = 0;   // re-imported items whose caption followed an edited caption file
    int captionConflicts = 0;  // re-imported items whose caption file differs from a caption edited in the app
    int repairedObjects = 0;   // damaged stored copies rewritten from the imported original
    qint64 bytesImported = 0;
    bool canceled = false;
    std::optional<Error> failure; // a fatal error that stopped the import (disk full, catalog failure)
    double seconds = 0;
    QList<ImportOutcome> outcomes;
    QList<KohyaFolder> kohyaFolders;
    QStringList notes;         // things the import changed besides items, e.g. the dataset's trigger word
    QStringList inputs;        // the paths the import was asked for (to resume an interrupted import)

    bool complete() const { return !canceled && !failure && skipped == 0; }
    // True when the inputs held nothing at all to import (everything was ignored).
    bool foundNothing() const { return imported + alreadyInDataset + duplicates + skipped == 0; }
    // One line for people and for the task history: "Imported 412 · 3 already there · 2 duplicates ·
    // 1 skipped (canceled)".
    QString summary() const;
    QJsonObject toJson(bool includeImported = true) const;
    // Reads back what toJson() wrote (the Tasks panel's history).
    static ImportReport fromJson(const QJsonObject &json);
};

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int imported = 0;
    int skipped = 0;
    QString currentFile;
    bool scanning = false; // still listing folders and archives
};

} // namespace lc

Q_DECLARE_METATYPE(lc::ImportProgress)
Q_DECLARE_METATYPE(lc::ImportReport)
