#pragma once

// Value types of items, shared by the catalog, the services and the UI (no SQL here).

#include "catalog/types.h"
#include "util/contenthash.h"
#include "util/enumkeys.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace lc {

enum class ItemStatus { Active, Rejected, Trashed };

// The catalog's spelling (items.status).
template <>
struct EnumKeys<ItemStatus>
{
    static constexpr auto keys = std::to_array<EnumKey<ItemStatus>>({
        {ItemStatus::Active, u"active"},
        {ItemStatus::Rejected, u"rejected"},
        {ItemStatus::Trashed, u"trashed"},
    });
};

QString itemStatusKey(ItemStatus status); // toKey(status)
ItemStatus parseItemStatus(QStringView key); // fromKey(key), Active for an unknown key

// Which items of a dataset to show, and in what order. Filtering and sorting happen in SQL.
struct ItemQuery
{
    enum class Filter { All, Uncaptioned, Rejected, Trash };
    enum class Sort { Added, Name, Resolution, FileSize };

    DatasetId dataset;
    QString text; // full-text search over caption, tags and file name (prefix matching per word)
    Filter filter = Filter::All; // All shows active and rejected items, never the trash
    Sort sort = Sort::Added;
    bool descending = false;
};

// What the grid shows for one item.
struct ItemRow
{
    ItemId id;
    ContentHash hash;
    QString name;
    ItemStatus status = ItemStatus::Active;
    int rating = 0;
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    bool hasCaption = false;
};

// What the detail editor shows.
struct ItemDetail
{
    ItemRow row;
    DatasetId dataset;
    QString format;
    QString sourcePath;
    QString caption;
    QStringList tags;
    int repeats = 1;
    double blurScore = 0;
    qint64 createdAt = 0;
};

struct TagCount
{
    QString tag;
    int count = 0;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::ItemRow)
