#pragma once

#include "catalog/qualityrows.h"
#include "curation/quality.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <atomic>

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
    QList<ItemQuality> items;   // every kept and rejected item, by id
    QHash<QualityFlag, int> counts;
    int measuredNow = 0;        // images stored before, measured from their thumbnails now
    int unreadable = 0;         // of those, thumbnails that could not be read (left out)
};

// The quality flags of a dataset's items, with the dataset's target resolution: images stored before
// their measurements existed are measured from their thumbnails first (and kept).
Result<QualityReport> analyzeQuality(const Library &library, DatasetId dataset, const QualityThresholds &thresholds = {},
    const std::atomic<bool> *cancel = nullptr);

} // namespace lc::curation
