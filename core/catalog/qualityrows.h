#pragma once

#include "catalog/itemtypes.h"
#include "catalog/types.h"
#include "image/imagequality.h"
#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QRect>
#include <QString>

#include <optional>
#include <utility>

class QSqlQuery;

namespace lc {

class Catalog;

// An item as the quality check sees it: its image's facts and the measurements kept for it.
struct QualityRow
{
    ItemId item;
    ContentHash blob;     // with QualityRows::Names only
    QString originalName; // with QualityRows::Names only
    int width = 0; // as displayed
    int height = 0;
    qint64 bytes = 0;
    QString format;
    std::optional<QualityMetrics> metrics; // none for images stored before they were measured
    ItemStatus status = ItemStatus::Active;
    std::optional<QRect> crop; // upright pixels
};

// What the quality flags of a dataset depend on besides the measurements, the thresholds and the
// target: which items are in it (the trash aside) and their crops. One aggregate over the items alone,
// a fraction of reading them: a cache of the flags compares it to know it is still right.
struct QualityFingerprint
{
    qint64 items = 0;
    double idSum = 0;
    double cropSum = 0; // each crop weighted by its item's id
    bool operator==(const QualityFingerprint &) const = default;
};

// The rows the quality check reads and writes. The measurements are read with SQLite's JSON functions
// (numbers, not JSON text to parse again for every row): the grid's quality bar reads a whole dataset
// after each reload.
class QualityRows final
{
public:
    explicit QualityRows(const Catalog &catalog) : m_catalog(catalog) {}

    enum class Columns { Facts, Names }; // Names: also the blob and the file name (reports, measuring)
    // The kept and rejected items of a dataset (not the trash), by id.
    Result<QList<QualityRow>> items(DatasetId dataset, Columns columns = Columns::Names) const;
    Result<QualityFingerprint> fingerprint(DatasetId dataset) const;
    // On the writer's thread (the caller calls Catalog::qualityChanged() once it is committed).
    static Result<void> setQuality(const Catalog &catalog, const QList<std::pair<ContentHash, QString>> &measured);

    // For other reads of blobs.quality: the columns to select for blob alias `b` (seven of them), and
    // the metrics from those columns starting at `first`.
    static QString metricColumns();
    static constexpr int MetricColumnCount = 7;
    static std::optional<QualityMetrics> readMetrics(const QSqlQuery &q, int first);

private:
    const Catalog &m_catalog;
};

} // namespace lc
