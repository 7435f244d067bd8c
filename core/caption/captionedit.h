#pragma once

// Bulk caption edits worked out before anything is written: find & replace, and caption templates. A
// preview lists every change (item, file name, caption before and after); ApplyCaptionsCommand (edit/)
// or LibraryService::applyCaptions writes them, each only while the caption is still what the preview saw.

#include "catalog/itemtypes.h"
#include "util/result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace lc {

class Catalog;

// What to find and what to put instead. With `regex`, `find` is a Perl-compatible regular expression
// (QRegularExpression) and in `replace` \0 is the whole match, \1 to \99 a capture group (two digits
// when the expression has that many groups) and \\ a backslash; any other backslash is kept as is.
// Without it, both are plain text. Case-insensitive unless `caseSensitive`.
struct FindReplace
{
    QString find;
    QString replace;
    bool regex = false;
    bool caseSensitive = false;
};

// A checked FindReplace, ready to apply to any number of captions (thread-safe once made).
class CaptionReplacer final
{
public:
    // Fails for an empty search, an invalid expression (with its message and offset) and a replacement
    // that names a group the expression does not have.
    static Result<CaptionReplacer> create(const FindReplace &spec);
    QString apply(const QString &caption) const;

private:
    CaptionReplacer() = default;
    FindReplace m_spec;
    QRegularExpression m_re;
};

// Which captions a bulk edit looks at: the dataset's kept and rejected items, or exactly `items` (items
// of that dataset, the trash included).
struct CaptionScope
{
    DatasetId dataset;
    QList<ItemId> items;
};

// The captions find & replace would change (nothing is written).
Result<CaptionPreview> previewReplace(const Catalog &catalog, const CaptionScope &scope, const FindReplace &spec);

// The captions a template would give: {trigger} and {class} from the dataset's settings, {tags} the
// item's tags joined by ", ", {filename} its file name, {caption} its caption now (fillPromptTemplate).
// A field that is empty leaves no stray comma: ", ," becomes "," and a leading or trailing comma goes.
Result<CaptionPreview> previewTemplate(const Catalog &catalog, const CaptionScope &scope, const QString &captionTemplate);

// Writes the changes (provenance Manual, None when empty), each only while the item's caption is still
// the change's `before`: the others are reported as skipped. `previous`, when given, receives the
// provenance each written caption had (undo gives it back).
Result<CaptionApplyReport> applyCaptionChanges(const Catalog &catalog, const QList<CaptionEdit> &changes,
    QHash<ItemId, CaptionProvenance> *previous = nullptr);

// fillPromptTemplate, then the tidying above (for the template's own preview in a dialog).
QString fillCaptionTemplate(const QString &captionTemplate, const QHash<QString, QString> &values);

} // namespace lc
