// loracraft-cli crop: an item's crop, set by hand (--rect) or cleared; the picture is never touched, the
// export and the bucket preview use the crop.
#include "commands.h"

#include "clitr.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace lc::cli {

namespace {

const QCommandLineOption ItemOption(QStringLiteral("item"), CliTr::tr("The item (its id, as `items` lists them)."), QStringLiteral("ID"));
const QCommandLineOption RectOption(QStringLiteral("rect"),
    CliTr::tr("The crop in the image's upright pixels: left, top, width, height."), QStringLiteral("X,Y,W,H"));
const QCommandLineOption ClearOption(QStringLiteral("clear"), CliTr::tr("Remove the item's crop."));

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

int crop(Context &c)
{
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
    Verb verb{QStringLiteral("crop"), {}, {}, CliTr::tr("Show, set or clear an item's crop."),
        CliTr::tr("An item's crop is a rectangle in the image's upright pixels (after its EXIF orientation); the stored "
                  "picture is never changed, and the export crops it. Without --rect or --clear, prints the crop."),
        {ItemOption, RectOption, ClearOption},
        0, 0, Library::OpenMode::MustExist, crop};
    return {verb};
}

} // namespace lc::cli
