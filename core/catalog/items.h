#pragma once

#include "catalog/itemfilter.h"
#include "catalog/itemtypes.h"
#include "catalog/types.h"
#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QRect>
#include <QSize>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace lc {

class Catalog;

// An item with the facts of its stored image, as an export reads it (the tags come from tagsOfDataset).
struct ItemExportRow
{
    ItemId id;
    ContentHash hash;
    QString originalName;
    QString sourcePath;
    QString caption;
    CaptionProvenance provenance; // where the caption came from (loracraft.json records it)
    ItemStatus status = ItemStatus::Active;
    int repeats = 1;
    std::optional<QRect> crop;
    QSize size;      // as displayed (after EXIF orientation)
    QString format;  // the FileKind key of blobs.format
    int orientation = 1;
    bool hasAlpha = false;
    qint64 bytes = 0;
    std::optional<QualityMetrics> quality; // none when not measured
};

// Items of datasets: queries for the grid, details for the editor, and the edits the editor makes.
// Thread-safe like every catalog service; the GUI calls it from worker threads only.
class Items final
{
public:
    explicit Items(const Catalog &catalog) : m_catalog(catalog) {}

    // The items a query selects, in its order. `query.text` is the filter language (catalog/itemfilter.h);
    // tokens: and quality terms must have been resolved by LibraryService (an error otherwise).
    Result<QList<ItemId>> query(const ItemQuery &query) const;
    Result<QList<ItemId>> query(const ItemQuery &query, const std::optional<FilterNode> &filter) const;
    // Rows for the given ids, in the same order (ids that no longer exist are left out).
    Result<QList<ItemRow>> rows(const QList<ItemId> &ids) const;
    Result<ItemDetail> detail(ItemId id) const;

    // A caption a person typed: its origin becomes Manual (None when empty).
    Result<void> setCaption(ItemId id, const QString &caption) const;
    // A caption with the given provenance (undo restores the one it replaced).
    Result<void> setCaption(ItemId id, const QString &caption, const CaptionProvenance &provenance) const;
    // Writes the caption only while the item's caption is still `expected` (a person may have typed
    // meanwhile): true when it was written.
    Result<bool> setCaptionIfUnchanged(ItemId id, const QString &expected, const QString &caption,
        const CaptionProvenance &provenance) const;
    // The active items of a dataset (or only `ids`, when given), in the dataset's order, with what
    // auto-captioning needs.
    Result<QList<CaptionTarget>> captionTargets(DatasetId dataset, const QList<ItemId> &ids = {}) const;
    Result<void> setStatus(const QList<ItemId> &ids, ItemStatus status) const;
    Result<void> setRating(const QList<ItemId> &ids, int rating) const;
    // Crops in the image's upright pixels (nullopt: none), of the ids that exist.
    Result<QHash<ItemId, std::optional<QRect>>> crops(const QList<ItemId> &ids) const;
    // Sets each item's crop (nullopt clears it) in one transaction; a crop must lie inside its image.
    Result<void> setCrops(const QHash<ItemId, std::optional<QRect>> &crops) const;
    // Replaces an item's tags (in order).
    Result<void> setTags(ItemId id, const QStringList &tags) const;
    // Adds tags (at the end, skipping ones already present) or removes them, on many items at once.
    Result<void> addTags(const QList<ItemId> &ids, const QStringList &tags) const;
    Result<void> removeTags(const QList<ItemId> &ids, const QStringList &tags) const;
    // Tags of many items at once (for undo of batch operations), id -> ordered tags; every id asked for is
    // in the result. Set-based: one query per 500 ids.
    Result<QHash<ItemId, QStringList>> tagsOf(const QList<ItemId> &ids) const;
    // The dataset's kept and rejected items (not the trash) with their images' facts, in one query and in
    // no particular order (the export pre-flight).
    Result<QList<ItemExportRow>> exportRows(DatasetId dataset) const;
    // Sizes and crops of a dataset's kept and rejected items (not the trash), by id.
    Result<QList<ItemGeometry>> geometry(DatasetId dataset) const;
    // Tags of every item of a dataset, in one query (the export pre-flight).
    Result<QHash<ItemId, QStringList>> tagsOfDataset(DatasetId dataset) const;
    Result<void> restoreTags(const QHash<ItemId, QStringList> &tags) const;

    // The dataset's tags by how many of its items use them, most used first.
    Result<QList<TagCount>> tagFrequencies(DatasetId dataset) const;

    // Every item of a dataset with what the editor shows of it (caption, provenance, tags), in three
    // queries whatever the size: the kept and rejected items first, then the trash, each by id.
    Result<QList<ItemDetail>> datasetDetails(DatasetId dataset) const;

    // Tag edits across every item of a dataset (the trash included, so that a restored item follows),
    // set-based: a handful of statements however many items carry the tags. Tags compare
    // case-insensitively. Each returns how many items changed and the snapshot its undo restores.
    //
    // mergeTags: every tag of `from` becomes `into`. An item that carries several of them, or `into`
    // too, keeps one copy at the place of the first. `into` is spelled as given: a tag has one spelling
    // in the library, so a case-only rename ("cat" -> "Cat") respells it wherever it is used. Nothing
    // is written when no item of the dataset changes. A rename is a merge of one tag.
    Result<TagEdit> mergeTags(DatasetId dataset, const QStringList &from, const QString &into) const;
    // Removes the tags from every item of the dataset.
    Result<TagEdit> deleteTags(DatasetId dataset, const QStringList &tags) const;
    // Gives the snapshot's items exactly the links of the involved tags they had, and the tags their
    // spellings (the undo of mergeTags and deleteTags).
    Result<void> restoreTagSnapshot(const TagSnapshot &snapshot) const;

    // The captions find & replace and templates work on: the dataset's kept and rejected items (or exactly
    // `ids`, those of the dataset, the trash included), by id; tags only when asked (one query).
    Result<QList<CaptionTarget>> captionSources(DatasetId dataset, const QList<ItemId> &ids, bool withTags) const;
    // Writes each caption only while the item's caption is still its `expected` one, in a few statements
    // for any number of items.
    Result<CaptionWriteOutcome> writeCaptions(const QList<CaptionWrite> &writes) const;

private:
    const Catalog &m_catalog;
};

// Tag identity is case-insensitive: "Cat" and "cat" are one tag, spelled as it was first created.
// normalizeTags() simplifies white space, drops empty tags and later case-variants (keeping the first
// spelling); tagIdFor() returns the tag row for a name (any case), creating it if needed.
QStringList normalizeTags(const QStringList &tags);
Result<qint64> tagIdFor(QSqlDatabase db, const QString &tag);

} // namespace lc

