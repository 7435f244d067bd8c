#pragma once

// Value types of items, shared by the catalog, the services and the UI (no SQL here).

#include "catalog/types.h"
#include "image/imagequality.h"
#include "search/searchtypes.h"
#include "util/contenthash.h"
#include "util/enumkeys.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QSize>
#include <QStringList>

#include <optional>

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

// Where an item's caption came from (items.caption_origin): typed or edited in LoRA Craft, read from a
// caption file on import, or written by a captioning backend. Only a caption with no origin (empty) or
// an Auto one is ever replaced by auto-captioning, unless the user asks to replace all.
enum class CaptionOrigin { None, Manual, Imported, Auto };

template <>
struct EnumKeys<CaptionOrigin>
{
    static constexpr auto keys = std::to_array<EnumKey<CaptionOrigin>>({
        {CaptionOrigin::None, u"none"},
        {CaptionOrigin::Manual, u"manual"},
        {CaptionOrigin::Imported, u"imported"},
        {CaptionOrigin::Auto, u"auto"},
    });
};

// The caption's provenance: its origin and, for an Auto caption, what wrote it (items.caption_meta, JSON).
struct CaptionProvenance
{
    CaptionOrigin origin = CaptionOrigin::None;
    QString backend;  // "openai", "replicate"
    QString model;    // "llava:13b", "salesforce/blip"
    QString prompt;   // the prompt as sent (after the template was filled in)
    qint64 at = 0;    // milliseconds since the epoch
    qint64 task = 0;  // the captioning task that wrote it (resume skips what it already did)

    QString metaJson() const;                 // empty unless Auto
    static CaptionProvenance fromColumns(const QString &origin, const QString &metaJson);
    // The origin a caption typed by a person gets: Manual, or None when it is empty.
    static CaptionProvenance manual(const QString &caption);
    bool operator==(const CaptionProvenance &) const = default;
};

// Which items of a dataset to show, and in what order. Filtering and sorting happen in SQL.
struct ItemQuery
{
    // Uncaptioned: what the trainer reads is empty (the caption, the tags or both: the dataset's choice).
    enum class Filter { All, Uncaptioned, Rejected, Trash };
    enum class Sort { Added, Name, Resolution, FileSize, Sharpness, Brightness };

    DatasetId dataset;
    QString text; // the filter language (catalog/itemfilter.h): words, tag:, stars:>=4, NOT, OR, ...
    Filter filter = Filter::All; // All shows active and rejected items, never the trash
    Sort sort = Sort::Added;
    bool descending = false;
    std::optional<CaptionOrigin> origin; // only captions that came from there (typed, imported, generated)
    QString tag;                          // only items with this tag (case-insensitive)
    // Only items with one of these quality flags (bits 1 << curation::QualityFlag): applied by
    // LibraryService::queryItems, which owns the rules (Items::query ignores it).
    quint32 quality = 0;
    // Only items a trainer puts into this bucket at this resolution (the Buckets panel's bars): applied
    // by LibraryService::queryItems with the trainer's own engine (Items::query ignores it).
    struct Bucket
    {
        QString trainer; // its export key: "kohya", "ai-toolkit", ...
        int resolution = 0;
        QSize size;
        bool operator==(const Bucket &) const = default;
    };
    std::optional<Bucket> bucket;
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
    bool hasCaption = false; // what the trainer reads (the dataset's caption source) is not empty
    QString format;       // "jpeg", "png", ...
    std::optional<QualityMetrics> quality; // the image's quality measurements; none when not measured yet
    std::optional<QRect> crop; // upright pixels
    // Set by LibraryService: bits (1 << flag) of curation::QualityFlag (low resolution aside: the grid
    // knows the target), and the crop that removes the bars of a letterboxed image.
    quint32 qualityFlags = 0;
    std::optional<QRect> contentCrop;
};

// An item as the bucket simulator and the auto-crop see it: its upright size and its crop.
struct ItemGeometry
{
    ItemId id;
    QString name; // the original file name
    QSize size;   // as displayed (after EXIF orientation)
    std::optional<QRect> crop;
    ItemStatus status = ItemStatus::Active;
    ContentHash hash;
};

// What the detail editor shows.
struct ItemDetail
{
    ItemRow row;
    DatasetId dataset;
    QString format;
    QString sourcePath;
    QString caption;
    CaptionProvenance provenance;
    QStringList tags;
    int repeats = 1;
    double blurScore = 0;
    qint64 createdAt = 0;
    // Where a downloaded image came from and its licence (LibraryService::itemDetails of one item).
    std::optional<search::Provenance> origin;
};

// What auto-captioning needs of one item.
struct CaptionTarget
{
    ItemId id;
    ContentHash hash;
    QString name;
    QString caption;
    CaptionProvenance provenance;
    QStringList tags;
};

struct TagCount
{
    QString tag;
    int count = 0;
};

// One tag of one item at its place in the item's list (positions need not be consecutive).
struct TagLink
{
    ItemId item;
    QString tag;
    int position = 0;
};

// What a tag edit across a dataset changed, as it was before: enough for its undo to give every item
// back exactly its tags (order and spelling) and every tag its spelling.
struct TagSnapshot
{
    QStringList folded;    // every tag the edit involved, case-folded
    QStringList spellings; // how those of them that existed were spelled (a tag has one spelling)
    QList<ItemId> items;   // the items whose tags changed
    QList<TagLink> links;  // every link of the involved tags on those items
};

// A rename, merge or deletion of tags across a dataset: how many items changed, and what to restore.
struct TagEdit
{
    int items = 0;
    TagSnapshot before;
};

// What a rename, merge or deletion of tags did, as the CLI and the GUI report it.
struct TagEditReport
{
    int items = 0; // items of the dataset whose tags changed
};

// A caption change as a preview shows it: the caption the preview saw and the one it proposes.
struct CaptionEdit
{
    ItemId id;
    QString name; // the item's file name
    QString before;
    QString after;
};

// The changes a find & replace or a caption template would make; `checked` items were looked at.
struct CaptionPreview
{
    QList<CaptionEdit> changes;
    int checked = 0;
};

// A guarded caption write: it happens only while the item's caption is still `expected`.
struct CaptionWrite
{
    ItemId id;
    QString expected;
    QString caption;
    CaptionProvenance provenance;
};

// What a batch of guarded writes did: the items written (with the provenance their caption had before)
// and those left alone because their caption had changed meanwhile or they were gone.
struct CaptionWriteOutcome
{
    QList<ItemId> written;
    QHash<ItemId, CaptionProvenance> previous;
    QList<ItemId> skipped;
};

// What applying a preview's changes did, for the CLI and the GUI: the changes written, and those left
// alone because the caption was edited after the preview (or the item is gone).
struct CaptionApplyReport
{
    QList<CaptionEdit> written;
    QList<CaptionEdit> skipped;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::ItemRow)
