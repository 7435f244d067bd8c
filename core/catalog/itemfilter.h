#pragma once

// The grid's filter language (the search box, `loracraft-cli items --filter`), parsed into a tree the
// catalog turns into SQL. No SQL here.
//
//   hexagon             a substring of the caption, a tag or the file name ("agon" finds "hexagon")
//   "red dress"         the same with spaces
//   tag:smile           an item with that tag (any case); tag:smil* with a wildcard
//   caption:dress       a substring of the caption; caption:"" an empty caption
//   name:IMG_           a substring of the file name
//   stars:>=4  width:>512  height:<=768  tags:>20  tokens:>75  sharpness:<0.1  brightness:>200
//                       numbers with =, !=, <, <=, >, >= or a range such as width:512..1024
//   blur:yes            measured blurry (Settings → Quality); also dark:, bright:, lowres:, quality:FLAG
//   status:rejected     active (or kept), rejected, trashed; it replaces the status chips' own rule
//   origin:typed        typed, imported, generated, none
//   format:png  has:caption  has:tags  has:crop  has:text (what the trainer reads is not empty)
//   id:12,15,20         these items (the export pre-flight's "Show in Grid")
//   NOT x, -x, x OR y, x AND y (or just x y), parentheses
//
// tokens: and the quality flags are decided by LibraryService (tokenizers, the quality rules); it
// replaces those terms with the items they match before the catalog sees the tree.

#include "util/ids.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lc {

struct FilterTerm
{
    enum class Field {
        Text,       // caption, tags or file name contain `text`
        Tag,        // has a tag equal to `text` (`*` a wildcard)
        Caption,    // the caption contains `text` (empty `text`: the caption is empty)
        Name,       // the file name contains `text`
        Stars,      // rating
        Width,
        Height,
        TagCount,
        Tokens,     // tokens of what the trainer reads (LibraryService)
        Sharpness,  // the measured sharpness at analysis scale (0…~1)
        Brightness, // the measured mean luma (0…255)
        Quality,    // carries the quality flag named `text` (LibraryService)
        Status,     // `text`: an ItemStatus key
        Origin,     // `text`: a CaptionOrigin key
        Format,     // `text`: a blobs.format key ("jpeg", "png", ...)
        Has,        // `text`: caption, tags, crop or text
        Items,      // one of `items` (what LibraryService resolved a term into)
        License,    // the image's licence (provenance) is one of the slugs in `text`, comma-separated
        Source,     // the provider, source page or image address (provenance) contains `text`
    };
    enum class Compare { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Range };

    Field field = Field::Text;
    QString text;
    Compare compare = Compare::Equal;
    double value = 0;
    double upper = 0; // Range: value ≤ x ≤ upper
    QList<ItemId> items;

    bool matches(double x) const; // for numeric fields
};

struct FilterNode
{
    enum class Kind { Term, And, Or, Not };
    Kind kind = Kind::Term;
    FilterTerm term;
    QList<FilterNode> children; // And, Or: two or more; Not: one

    // Whether any term of the tree is on `field`.
    bool uses(FilterTerm::Field field) const;
    // Replaces every term on `field` with the result of `resolve` (an Items term, usually).
    Result<void> resolve(FilterTerm::Field field, const std::function<Result<FilterTerm>(const FilterTerm &)> &resolve);
};

// Parses the filter language; an empty (or blank) text is no filter. Errors name what is wrong and where.
Result<std::optional<FilterNode>> parseFilter(const QString &text);

// The field names and an example of each, for the search box's help.
QString filterSyntaxHelp();

} // namespace lc
