#pragma once

#include "catalog/types.h"
#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>

namespace lc {

class Catalog;

enum class ItemStatus { Active, Rejected, Trashed };
QString itemStatusKey(ItemStatus status);
ItemStatus parseItemStatus(QStringView key);

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

// Items of datasets: queries for the grid, details for the editor, and the edits the editor makes.
// Thread-safe like every catalog service; the GUI calls it from worker threads only.
class Items final
{
public:
    explicit Items(const Catalog &catalog) : m_catalog(catalog) {}

    Result<QList<ItemId>> query(const ItemQuery &query) const;
    // Rows for the given ids, in the same order (ids that no longer exist are left out).
    Result<QList<ItemRow>> rows(const QList<ItemId> &ids) const;
    Result<ItemDetail> detail(ItemId id) const;

    Result<void> setCaption(ItemId id, const QString &caption) const;
    Result<void> setStatus(const QList<ItemId> &ids, ItemStatus status) const;
    Result<void> setRating(const QList<ItemId> &ids, int rating) const;
    // Replaces an item's tags (in order).
    Result<void> setTags(ItemId id, const QStringList &tags) const;
    // Adds tags (at the end, skipping ones already present) or removes them, on many items at once.
    Result<void> addTags(const QList<ItemId> &ids, const QStringList &tags) const;
    Result<void> removeTags(const QList<ItemId> &ids, const QStringList &tags) const;
    // Tags of many items at once (for undo of batch operations), id -> ordered tags.
    Result<QHash<ItemId, QStringList>> tagsOf(const QList<ItemId> &ids) const;
    Result<void> restoreTags(const QHash<ItemId, QStringList> &tags) const;

    // The dataset's tags by how many of its items use them, most used first.
    Result<QList<TagCount>> tagFrequencies(DatasetId dataset) const;

private:
    const Catalog &m_catalog;
};

// Tag identity is case-insensitive: "Cat" and "cat" are one tag, spelled as it was first created.
// normalizeTags() simplifies white space, drops empty tags and later case-variants (keeping the first
// spelling); tagIdFor() returns the tag row for a name (any case), creating it if needed.
QStringList normalizeTags(const QStringList &tags);
Result<qint64> tagIdFor(QSqlDatabase db, const QString &tag);

// Builds an FTS5 query from what a user types: each word becomes a quoted prefix term.
QString ftsQuery(const QString &text);

} // namespace lc

Q_DECLARE_METATYPE(lc::ItemRow)
