// loracraft-cli edit: batch edits of captions, tags, status and rating, as users script them.

#include "commands.h"

#include "clitr.h"

#include "catalog/types.h"
#include "util/enumkeys.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lc::cli {

namespace {

QStringList splitTags(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &t : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty())
                out << t.trimmed();
        }
    }
    return out;
}

int editCommand(Context &c)
{
    const QString datasetPath = c.options.value(QStringLiteral("dataset"));
    if (datasetPath.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("edit needs --dataset WORKSPACE/DATASET.")));
    ItemBatchEdit edit;
    if (c.options.isSet(QStringLiteral("caption")))
        edit.caption = c.options.value(QStringLiteral("caption"));
    edit.appendCaption = c.options.value(QStringLiteral("append-caption"));
    edit.addTags = splitTags(c.options.values(QStringLiteral("add-tag")));
    edit.removeTags = splitTags(c.options.values(QStringLiteral("remove-tag")));
    if (c.options.isSet(QStringLiteral("status"))) {
        const auto status = fromKey<ItemStatus>(c.options.value(QStringLiteral("status")));
        if (!status) {
            return c.fail(makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--status must be active, rejected or trashed, not “%1”.").arg(c.options.value(QStringLiteral("status")))));
        }
        edit.status = *status;
    }
    if (c.options.isSet(QStringLiteral("rating"))) {
        bool ok = false;
        const int rating = c.options.value(QStringLiteral("rating")).toInt(&ok);
        if (!ok || rating < 0 || rating > 5)
            return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("--rating must be a number from 0 to 5.")));
        edit.rating = rating;
    }
    if (edit.isEmpty()) {
        return c.fail(makeError(ErrorCode::InvalidArgument,
            CliTr::tr("edit needs at least one change: --caption, --append-caption, --add-tag, --remove-tag, --status or --rating.")));
    }
    auto dataset = c.service.findDataset(datasetPath).result();
    if (!dataset)
        return c.fail(dataset.error());
    ItemQuery query;
    query.dataset = dataset->id;
    query.text = c.options.value(QStringLiteral("filter"));
    auto ids = c.service.queryItems(query).result();
    if (!ids)
        return c.fail(ids.error());
    if (c.options.isSet(QStringLiteral("dry-run"))) {
        c.out.printJson({{QStringLiteral("dry_run"), true}, {QStringLiteral("items"), int(ids->size())}});
        c.out.line(CliTr::tr("Would edit %n item(s) of “%1”.", nullptr, int(ids->size())).arg(datasetPath));
        return ExitOk;
    }
    auto edited = c.service.editItems(dataset->id, *ids, edit).result();
    if (!edited)
        return c.fail(edited.error());
    // Printed only once the write committed: what the crash harness counts as acknowledged.
    QJsonArray done;
    for (ItemId id : std::as_const(*ids))
        done.append(id.value());
    c.out.printJson({{QStringLiteral("committed"), true}, {QStringLiteral("items"), *edited}, {QStringLiteral("ids"), done}});
    c.out.line(CliTr::tr("Committed: edited %n item(s) of “%1”.", nullptr, *edited).arg(datasetPath));
    return ExitOk;
}

} // namespace

QList<Verb> editVerbs()
{
    Verb edit{QStringLiteral("edit"), {}, {}, CliTr::tr("Change captions, tags, status or rating of many items at once."),
        CliTr::tr("Apply every change given to the dataset's items (those --filter selects, in the grid's filter language; "
                  "without it every kept and rejected item) in one transaction: all of it is saved, or none. A new "
                  "caption counts as typed by a person. Prints “Committed” once the change is on disk."),
        {QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("The dataset."), QStringLiteral("WORKSPACE/DATASET")),
            QCommandLineOption(QStringLiteral("filter"), CliTr::tr("Only the items this filter selects."), QStringLiteral("EXPR")),
            QCommandLineOption(QStringLiteral("caption"), CliTr::tr("Replace the caption (may be empty)."), QStringLiteral("TEXT")),
            QCommandLineOption(QStringLiteral("append-caption"), CliTr::tr("Append to the caption, after “, ”."), QStringLiteral("TEXT")),
            QCommandLineOption(QStringLiteral("add-tag"), CliTr::tr("Add tags (repeat, or separate with commas)."), QStringLiteral("TAG")),
            QCommandLineOption(QStringLiteral("remove-tag"), CliTr::tr("Remove tags (repeat, or separate with commas)."), QStringLiteral("TAG")),
            QCommandLineOption(QStringLiteral("status"), CliTr::tr("active, rejected or trashed."), QStringLiteral("STATUS")),
            QCommandLineOption(QStringLiteral("rating"), CliTr::tr("Stars, 0 to 5."), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("dry-run"), CliTr::tr("Only say how many items would change."))},
        0, 0, Library::OpenMode::MustExist, editCommand};
    return {edit};
}

} // namespace lc::cli
