#pragma once

#include "catalog/itemtypes.h"
#include "catalog/types.h"
#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QRect>
#include <QString>

#include <optional>

#include <utility>

namespace lc {

class Catalog;

// An item as the quality check sees it: its image's facts and the measurements kept for it.
struct QualityRow
{
    ItemId item;
    ContentHash blob;
    QString originalName;
    int width = 0; // as displayed
    int height = 0;
    qint64 bytes = 0;
    QString format;
    QString quality; // imagequality's JSON; empty for images stored before it was measured
    ItemStatus status = ItemStatus::Active;
    std::optional<QRect> crop; // upright pixels
};

// The rows the quality check reads and writes.
class QualityRows final
{
public:
    explicit QualityRows(const Catalog &catalog) : m_catalog(catalog) {}

    // The kept and rejected items of a dataset (not the trash), by id.
    Result<QList<QualityRow>> items(DatasetId dataset) const;
    // On the writer's thread.
    static Result<void> setQuality(const Catalog &catalog, const QList<std::pair<ContentHash, QString>> &measured);

private:
    const Catalog &m_catalog;
};

} // namespace lc
