#pragma once

#include "catalog/qualityrows.h"
#include "curation/quality.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <functional>

namespace lc {
class Library;
}

namespace lc::curation {

struct ItemQuality
{
    QualityRow row;
    QualityMetrics metrics;
    QList<QualityFlag> flags;
};

struct QualityReport
{
    QList<ItemQuality> items;   // every kept and rejected item, by id (unless left out: keepItems)
    QList<std::pair<ItemId, QualityFlags>> masks; // with keepMasks: the flagged items' flags, by id
    QHash<QualityFlag, int> counts;
    int itemCount = 0;          // kept and rejected items
    int flaggedCount = 0;       // of those, items with at least one flag
    int measuredNow = 0;        // images stored before, measured from their thumbnails now
    int unreadable = 0;         // of those, thumbnails that could not be read (left out)
    int notMeasured = 0;        // items whose image has no measurements (not asked to measure, or unreadable)
};

struct QualityOptions
{
    QualityThresholds thresholds;
    // Measure the images stored before measurements existed, from their thumbnails (and keep the
    // measurements); else count them in notMeasured.
    bool measureMissing = true;
    bool keepItems = true;           // the per-item list (a summary needs only the counts)
    bool withNames = true;           // the items' file names and blobs (measuring needs the blobs)
    bool keepMasks = false;          // the flagged items' flags alone (a compact form of items)
    QualityFlags only = 0;           // with keepItems: only items with one of these flags (0: all)
    std::function<void(int done, int total)> progress; // while measuring, from the worker
    const std::atomic<bool> *cancel = nullptr;
};

// The quality flags of a dataset's items, with the dataset's target resolution and each item's crop.
Result<QualityReport> analyzeQuality(const Library &library, DatasetId dataset, const QualityOptions &options = {});

} // namespace lc::curation
