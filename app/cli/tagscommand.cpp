// loracraft-cli tags and captions: a dataset's tags (list, rename, merge, delete) and find & replace over
// its captions. Each edit is one set-based write through LibraryService, however many items it touches.
#include "commands.h"

#include "clitr.h"

#include <QJsonArray>
#include <QJsonObject>

#include <climits>

namespace lc::cli {

namespace {

const QCommandLineOption DatasetOption(QStringLiteral("dataset"), CliTr::tr("The dataset."), QStringLiteral("WORKSPACE/DATASET"));

QString datasetName(const Dataset &d)
{
    return d.workspaceName + QLatin1Char('/') + d.name;
}

// The dataset named by --dataset (a usage error when the option is missing).
Result<Dataset> datasetOf(Context &c, const QString &verb)
{
    const QString path = c.options.value(DatasetOption);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CliTr::tr("%1 needs --dataset WORKSPACE/DATASET.").arg(verb));
    return c.service.findDataset(path).result();
}

QString quoted(const QStringList &tags)
{
    return QStringLiteral("“%1”").arg(tags.join(QStringLiteral("”, “")));
}

int tagsList(Context &c)
{
    auto dataset = datasetOf(c, QStringLiteral("tags"));
    if (!dataset)
        return c.fail(dataset.error());
    auto tags = c.service.tagFrequencies(dataset->id).result();
    if (!tags)
        return c.fail(tags.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const TagCount &t : std::as_const(*tags)) {
        array.append(QJsonObject{{QStringLiteral("tag"), t.tag}, {QStringLiteral("count"), t.count}});
        rows << QStringList{t.tag, QString::number(t.count)};
    }
    c.out.printJson({{QStringLiteral("dataset"), datasetName(*dataset)}, {QStringLiteral("tags"), array}});
    if (tags->isEmpty())
        c.out.line(CliTr::tr("No item of %1 has tags.").arg(datasetName(*dataset)));
    else
        c.out.table({CliTr::tr("TAG"), CliTr::tr("ITEMS")}, rows);
    return ExitOk;
}

// Prints what a rename, merge or delete did; an edit that found no item with the tags is a user error
// (most likely a typo), and nothing was written.
int reportTagEdit(Context &c, const Dataset &dataset, const Result<TagEditReport> &report, const QString &operation,
    const QStringList &tags, const QString &into)
{
    if (!report)
        return c.fail(report.error());
    if (report->items == 0) {
        return c.fail(makeError(ErrorCode::NotFound,
            CliTr::tr("No item of %1 has %2 (tags compare case-insensitively); nothing was changed.").arg(datasetName(dataset), quoted(tags))));
    }
    QJsonObject json{{QStringLiteral("dataset"), datasetName(dataset)}, {QStringLiteral("operation"), operation},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}, {QStringLiteral("items"), report->items}};
    if (!into.isNull())
        json.insert(QStringLiteral("into"), into);
    c.out.printJson(json);
    if (operation == QLatin1String("rename"))
        c.out.line(CliTr::tr("Renamed %1 to “%2” on %3 item(s) of %4.").arg(quoted(tags), into).arg(report->items).arg(datasetName(dataset)));
    else if (operation == QLatin1String("merge"))
        c.out.line(CliTr::tr("Merged %1 into “%2” on %3 item(s) of %4.").arg(quoted(tags), into).arg(report->items).arg(datasetName(dataset)));
    else
        c.out.line(CliTr::tr("Deleted %1 from %2 item(s) of %3.").arg(quoted(tags)).arg(report->items).arg(datasetName(dataset)));
    return ExitOk;
}

int tagsRename(Context &c)
{
    auto dataset = datasetOf(c, QStringLiteral("tags rename"));
    if (!dataset)
        return c.fail(dataset.error());
    const QString from = c.args[0].simplified();
    const QString to = c.args[1].simplified();
    return reportTagEdit(c, *dataset, c.service.renameTag(dataset->id, from, to).result(), QStringLiteral("rename"), {from}, to);
}

int tagsMerge(Context &c)
{
    auto dataset = datasetOf(c, QStringLiteral("tags merge"));
    if (!dataset)
        return c.fail(dataset.error());
    const QString into = c.options.value(QStringLiteral("into")).simplified();
    if (into.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("tags merge needs --into TAG, the tag to merge into.")));
    QStringList from;
    for (const QString &tag : c.args)
        from << tag.simplified();
    return reportTagEdit(c, *dataset, c.service.mergeTags(dataset->id, from, into).result(), QStringLiteral("merge"), from, into);
}

int tagsDelete(Context &c)
{
    auto dataset = datasetOf(c, QStringLiteral("tags delete"));
    if (!dataset)
        return c.fail(dataset.error());
    QStringList tags;
    for (const QString &tag : c.args)
        tags << tag.simplified();
    return reportTagEdit(c, *dataset, c.service.deleteTags(dataset->id, tags).result(), QStringLiteral("delete"), tags, QString());
}

QJsonObject toJson(const CaptionEdit &change)
{
    return {{QStringLiteral("id"), change.id.value()}, {QStringLiteral("name"), change.name},
        {QStringLiteral("before"), change.before}, {QStringLiteral("after"), change.after}};
}

QJsonArray toJson(const QList<CaptionEdit> &changes)
{
    QJsonArray array;
    for (const CaptionEdit &change : changes)
        array.append(toJson(change));
    return array;
}

int captionsReplace(Context &c)
{
    auto dataset = datasetOf(c, QStringLiteral("captions replace"));
    if (!dataset)
        return c.fail(dataset.error());
    if (!c.options.isSet(QStringLiteral("find")) || !c.options.isSet(QStringLiteral("replace"))) {
        return c.fail(makeError(ErrorCode::InvalidArgument,
            CliTr::tr("captions replace needs --find TEXT and --replace TEXT (--replace \"\" removes what is found).")));
    }
    FindReplace spec;
    spec.find = c.options.value(QStringLiteral("find"));
    spec.replace = c.options.value(QStringLiteral("replace"));
    spec.regex = c.options.isSet(QStringLiteral("regex"));
    spec.caseSensitive = c.options.isSet(QStringLiteral("case-sensitive"));
    const bool dryRun = c.options.isSet(QStringLiteral("dry-run"));

    auto preview = c.service.previewReplace(CaptionScope{dataset->id, {}}, spec).result();
    if (!preview)
        return c.fail(preview.error());
    CaptionApplyReport applied;
    if (!dryRun && !preview->changes.isEmpty()) {
        auto report = c.service.applyCaptions(preview->changes).result();
        if (!report)
            return c.fail(report.error());
        applied = *report;
    }

    c.out.printJson({{QStringLiteral("dataset"), datasetName(*dataset)}, {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("checked"), preview->checked}, {QStringLiteral("changes"), toJson(preview->changes)},
        {QStringLiteral("written"), int(applied.written.size())}, {QStringLiteral("skipped"), toJson(applied.skipped)}});
    for (const CaptionEdit &change : std::as_const(preview->changes)) {
        c.out.line(QStringLiteral("%1 (#%2)").arg(change.name).arg(change.id.value()));
        c.out.line(CliTr::tr("  before: %1").arg(change.before));
        c.out.line(CliTr::tr("  after:  %1").arg(change.after));
    }
    for (const CaptionEdit &change : std::as_const(applied.skipped))
        c.out.line(CliTr::tr("skipped    %1 — its caption changed after the preview; left as it is").arg(change.name));
    if (preview->changes.isEmpty())
        c.out.line(CliTr::tr("No caption of the %1 checked in %2 changes.").arg(preview->checked).arg(datasetName(*dataset)));
    else if (dryRun)
        c.out.line(CliTr::tr("Would change %1 of %2 caption(s) (dry run: nothing was written).").arg(preview->changes.size()).arg(preview->checked));
    else
        c.out.line(CliTr::tr("Changed %1 of %2 caption(s).").arg(applied.written.size()).arg(preview->checked));
    return applied.skipped.isEmpty() ? ExitOk : ExitIncomplete;
}

} // namespace

QList<Verb> tagVerbs()
{
    using M = Library::OpenMode;
    const QString tags = QStringLiteral("tags");
    Verb list{tags, {}, {}, CliTr::tr("List a dataset's tags, most used first."),
        CliTr::tr("The dataset's tags with how many items (not in the trash) carry each, most used first. Tags compare "
                  "case-insensitively. Rename, merge and delete them with the sub-commands below."),
        {DatasetOption}, 0, 0, M::MustExist, tagsList};
    list.readsOnly = true;
    Verb rename{tags, QStringLiteral("rename"), QStringLiteral("OLD NEW"), CliTr::tr("Rename a tag on every item of a dataset."),
        CliTr::tr("Rename a tag on every item of the dataset (the trash included). An item that already has the new name "
                  "keeps one copy, where the first of the two was. The new name is spelled as given: \"cat\" to \"Cat\" "
                  "respells the tag (a tag has one spelling in the library). Exit code 1 when no item has the tag."),
        {DatasetOption}, 2, 2, M::MustExist, tagsRename};
    Verb merge{tags, QStringLiteral("merge"), QStringLiteral("--into TAG TAG..."), CliTr::tr("Merge tags into one on every item of a dataset."),
        CliTr::tr("Replace each of the tags with the --into tag on every item of the dataset (the trash included); an "
                  "item keeps one copy, where the first of them was. Exit code 1 when no item has any of them."),
        {DatasetOption, QCommandLineOption(QStringLiteral("into"), CliTr::tr("The tag to merge into (new or existing)."), QStringLiteral("TAG"))},
        1, INT_MAX, M::MustExist, tagsMerge};
    Verb remove{tags, QStringLiteral("delete"), QStringLiteral("TAG..."), CliTr::tr("Remove tags from every item of a dataset."),
        CliTr::tr("Remove the tags from every item of the dataset (the trash included). Exit code 1 when no item has any "
                  "of them."),
        {DatasetOption}, 1, INT_MAX, M::MustExist, tagsDelete};
    return {list, rename, merge, remove};
}

QList<Verb> captionsVerbs()
{
    using M = Library::OpenMode;
    Verb replace{QStringLiteral("captions"), QStringLiteral("replace"), {}, CliTr::tr("Find and replace text in a dataset's captions."),
        CliTr::tr("Find and replace in the captions of the dataset's kept and rejected items (not the trash): prints every "
                  "change (file name, caption before and after), then writes them unless --dry-run. Case-insensitive "
                  "unless --case-sensitive. With --regex, --find is a Perl-compatible regular expression and in --replace "
                  "\\1 to \\99 insert a capture group, \\0 the whole match and \\\\ a backslash. A changed caption counts as "
                  "typed by a person (provenance manual). A caption edited between the preview and the write is left "
                  "alone and listed (exit code 3)."),
        {DatasetOption, QCommandLineOption(QStringLiteral("find"), CliTr::tr("The text (or, with --regex, the expression) to find."), QStringLiteral("TEXT")),
            QCommandLineOption(QStringLiteral("replace"), CliTr::tr("What to put instead (may be empty)."), QStringLiteral("TEXT")),
            QCommandLineOption(QStringLiteral("regex"), CliTr::tr("--find is a regular expression.")),
            QCommandLineOption(QStringLiteral("case-sensitive"), CliTr::tr("Match case exactly.")),
            QCommandLineOption(QStringLiteral("dry-run"), CliTr::tr("Only print what would change."))},
        0, 0, M::MustExist, captionsReplace};
    return {replace};
}

} // namespace lc::cli
