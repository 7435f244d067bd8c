// loracraft-cli crop: an item's crop, set by hand (--rect) or cleared; the picture is never touched, the
// export and the bucket preview use the crop.
#include "commands.h"

#include "clitr.h"

#include "crop/autocrop.h"
#include "export/bucketsimulation.h"
#include "interrupt.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace lc::cli {

namespace {

const QCommandLineOption ItemOption(QStringLiteral("item"), CliTr::tr("The item (its id, as `items` lists them)."), QStringLiteral("ID"));
const QCommandLineOption RectOption(QStringLiteral("rect"),
    CliTr::tr("The crop in the image's upright pixels: left, top, width, height."), QStringLiteral("X,Y,W,H"));
const QCommandLineOption ClearOption(QStringLiteral("clear"), CliTr::tr("Remove the item's crop."));
const QCommandLineOption DatasetOption(QStringLiteral("dataset"), CliTr::tr("With --auto: the dataset."), QStringLiteral("WORKSPACE/DATASET"));
const QCommandLineOption AutoOption(QStringLiteral("auto"),
    CliTr::tr("Propose a crop for every kept image of the dataset that keeps its subject, and apply them."));
const QCommandLineOption AspectOption(QStringLiteral("aspect"),
    CliTr::tr("With --auto: nearest-bucket (default: the trainer's bucket nearest to each image) or W:H (for example 1:1)."),
    QStringLiteral("nearest-bucket|W:H"));
const QCommandLineOption TrainerOption(QStringLiteral("trainer"),
    CliTr::tr("With --auto: the trainer whose buckets count (kohya, ai-toolkit, onetrainer, simpletuner, replicate-flux; "
              "default kohya)."),
    QStringLiteral("T"));
const QCommandLineOption SubjectOption(QStringLiteral("subject"),
    CliTr::tr("With --auto: faces (default: faces, else the salient region, else the centre), saliency or center."),
    QStringLiteral("faces|saliency|center"));
const QCommandLineOption DryRunOption(QStringLiteral("dry-run"), CliTr::tr("With --auto: only list the proposed crops."));

QJsonObject rectJson(const std::optional<QRect> &r)
{
    if (!r)
        return {};
    return {{QStringLiteral("x"), r->x()}, {QStringLiteral("y"), r->y()}, {QStringLiteral("width"), r->width()},
        {QStringLiteral("height"), r->height()}};
}

Result<QRect> parseRect(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*$)"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        return makeError(ErrorCode::InvalidArgument,
            CliTr::tr("--rect is X,Y,W,H in pixels (for example 0,120,1280,720), not “%1”.").arg(text));
    }
    const QRect rect(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (rect.width() <= 0 || rect.height() <= 0)
        return makeError(ErrorCode::InvalidArgument, CliTr::tr("A crop needs a width and a height above 0."));
    return rect;
}

QString rectText(const std::optional<QRect> &r)
{
    return r ? QStringLiteral("%1x%2+%3+%4").arg(r->width()).arg(r->height()).arg(r->x()).arg(r->y()) : QStringLiteral("-");
}

int autoCrop(Context &c)
{
    const QString path = c.options.value(DatasetOption);
    if (path.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("crop --auto needs --dataset WORKSPACE/DATASET.")));
    crop::AutoCropOptions options;
    const QString aspect = c.options.value(AspectOption).trimmed();
    if (!aspect.isEmpty() && aspect != QLatin1String("nearest-bucket")) {
        options.aspect = crop::parseAspect(aspect);
        if (!options.aspect) {
            return c.fail(makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--aspect is nearest-bucket or W:H (for example 1:1 or 3:2), not “%1”.").arg(aspect)));
        }
    }
    if (c.options.isSet(TrainerOption)) {
        const QString trainer = c.options.value(TrainerOption);
        const auto format = parseBucketTrainer(trainer);
        if (!format) {
            return c.fail(makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--trainer is one of %1, not “%2”.").arg(bucketTrainerKeys(), trainer)));
        }
        options.trainer = *format;
    }
    if (c.options.isSet(SubjectOption)) {
        const auto subject = fromKey<crop::SubjectMode>(c.options.value(SubjectOption));
        if (!subject) {
            return c.fail(makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--subject is faces, saliency or center, not “%1”.").arg(c.options.value(SubjectOption))));
        }
        options.subject = *subject;
    }
    auto dataset = c.service.findDataset(path).result();
    if (!dataset)
        return c.fail(dataset.error());
    const CancelOnInterrupt interrupt;
    options.cancel = &interrupt.flag();
    auto report = crop::proposeCrops(c.library, dataset->id, options);
    if (!report)
        return c.fail(report.error());
    const bool dryRun = c.options.isSet(DryRunOption);
    QHash<ItemId, std::optional<QRect>> crops;
    for (const crop::CropProposal &p : std::as_const(report->proposals)) {
        if (p.changes())
            crops.insert(p.item, p.crop);
    }
    if (!dryRun && !crops.isEmpty()) {
        if (auto r = c.service.setCrops(crops).result(); !r)
            return c.fail(r.error());
    }
    QJsonArray list;
    QList<QStringList> rows;
    for (const crop::CropProposal &p : std::as_const(report->proposals)) {
        list.append(crop::toJson(p));
        rows << QStringList{QString::number(p.item.value()), p.name, QStringLiteral("%1x%2").arg(p.size.width()).arg(p.size.height()),
            rectText(p.before), p.unreadable ? CliTr::tr("unreadable") : rectText(p.crop),
            p.basis == QLatin1String("faces") ? CliTr::tr("%n face(s)", nullptr, int(p.faces.size())) : p.basis};
    }
    const QString name = dataset->workspaceName + QLatin1Char('/') + dataset->name;
    c.out.printJson({{QStringLiteral("dataset"), name}, {QStringLiteral("trainer"), exportFormatKey(options.trainer)},
        {QStringLiteral("aspect"), options.aspect ? QJsonValue(*options.aspect) : QJsonValue(QStringLiteral("nearest-bucket"))},
        {QStringLiteral("subject"), toKey(options.subject)}, {QStringLiteral("face_method"), report->faceMethod},
        {QStringLiteral("dry_run"), dryRun}, {QStringLiteral("changed"), int(crops.size())},
        {QStringLiteral("unreadable"), report->unreadable()}, {QStringLiteral("proposals"), list}});
    c.out.table({CliTr::tr("ITEM"), CliTr::tr("FILE"), CliTr::tr("SIZE"), CliTr::tr("BEFORE"), CliTr::tr("CROP"), CliTr::tr("KEPT")}, rows);
    c.out.line(QString());
    if (options.subject == crop::SubjectMode::Faces && report->faceMethod.isEmpty())
        c.out.line(CliTr::tr("No face model was found (install OpenCV's data files, Debian: opencv-data): placed by saliency."));
    c.out.line(dryRun ? CliTr::tr("%1 of %2 crop(s) would change (dry run: nothing was written).").arg(crops.size()).arg(report->proposals.size())
                      : CliTr::tr("%1 of %2 crop(s) changed; undo in the app (Edit → Undo) or with crop --item ID --clear.")
                            .arg(crops.size())
                            .arg(report->proposals.size()));
    return report->unreadable() > 0 ? ExitIncomplete : ExitOk;
}

int crop(Context &c)
{
    if (c.options.isSet(AutoOption))
        return autoCrop(c);
    if (c.options.isSet(DatasetOption))
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("--dataset goes with --auto; one item's crop takes --item ID.")));
    bool ok = false;
    const qint64 id = c.options.value(ItemOption).toLongLong(&ok);
    if (!ok || id <= 0)
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("crop needs --item ID (see `loracraft-cli items`).")));
    const ItemId item(id);
    const bool clear = c.options.isSet(ClearOption);
    const bool set = c.options.isSet(RectOption);
    if (clear && set)
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("Give --rect or --clear, not both.")));
    auto rows = c.service.itemRows({item}).result();
    if (!rows)
        return c.fail(rows.error());
    if (rows->isEmpty())
        return c.fail(makeError(ErrorCode::NotFound, CliTr::tr("Item #%1 does not exist.").arg(id)));
    const ItemRow before = rows->first();
    std::optional<QRect> after = before.crop;
    if (set || clear) {
        if (set) {
            auto rect = parseRect(c.options.value(RectOption));
            if (!rect)
                return c.fail(rect.error());
            after = *rect;
        } else {
            after.reset();
        }
        QHash<ItemId, std::optional<QRect>> crops;
        crops.insert(item, after);
        if (auto r = c.service.setCrops(crops).result(); !r)
            return c.fail(r.error());
    }
    c.out.printJson({{QStringLiteral("item"), id}, {QStringLiteral("file"), before.name}, {QStringLiteral("width"), before.width},
        {QStringLiteral("height"), before.height}, {QStringLiteral("crop"), after ? QJsonValue(rectJson(after)) : QJsonValue()}});
    if (!after)
        c.out.line(CliTr::tr("%1 (#%2, %3 × %4) is not cropped.").arg(before.name).arg(id).arg(before.width).arg(before.height));
    else
        c.out.line(CliTr::tr("%1 (#%2) is cropped to %3 × %4 at %5,%6 (of %7 × %8).")
                       .arg(before.name).arg(id).arg(after->width()).arg(after->height()).arg(after->x()).arg(after->y())
                       .arg(before.width).arg(before.height));
    return ExitOk;
}

} // namespace

QList<Verb> cropVerbs()
{
    Verb verb{QStringLiteral("crop"), {}, {}, CliTr::tr("Show, set or clear an item's crop, or crop a dataset automatically."),
        CliTr::tr("An item's crop is a rectangle in the image's upright pixels (after its EXIF orientation); the stored "
                  "picture is never changed, and the export and the bucket simulation crop it. Without --rect or --clear, "
                  "prints the crop. With --dataset and --auto, every kept image gets the largest crop of the target aspect "
                  "(each image's nearest bucket of the trainer, or W:H) placed to keep its subject: the faces together "
                  "(never cut through one), else the salient region, else the centre; images already of the aspect keep "
                  "no crop. Faces are found with OpenCV's Haar cascades (YuNet when its model is installed)."),
        {ItemOption, RectOption, ClearOption, DatasetOption, AutoOption, AspectOption, TrainerOption, SubjectOption, DryRunOption},
        0, 0, Library::OpenMode::MustExist, crop};
    return {verb};
}

} // namespace lc::cli
