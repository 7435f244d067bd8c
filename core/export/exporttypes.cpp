#include "exporttypes.h"

#include <QJsonArray>

namespace lc {

QString exportFormatKey(ExportFormat format)
{
    return toKey(format);
}

QList<ExportFormat> allExportFormats()
{
    const auto values = allValues<ExportFormat>();
    return QList<ExportFormat>(values.begin(), values.end());
}

bool parseExportFormat(QStringView key, ExportFormat *out)
{
    const std::optional<ExportFormat> format = fromKey<ExportFormat>(key, Qt::CaseInsensitive);
    if (format)
        *out = *format;
    return format.has_value();
}

QJsonObject ExportOptions::toJson() const
{
    QJsonObject o{
        {QStringLiteral("format"), exportFormatKey(format)},
        {QStringLiteral("trigger_word"), triggerWord},
        {QStringLiteral("class_word"), classWord},
        {QStringLiteral("repeats"), repeats},
        {QStringLiteral("caption_source"), captionSource ? QJsonValue(toKey(*captionSource)) : QJsonValue()},
        {QStringLiteral("prepend_trigger"), prependTrigger},
        {QStringLiteral("include_rejected"), includeRejected},
        {QStringLiteral("naming"), toKey(naming)},
        {QStringLiteral("image_format"), toKey(imageFormat)},
        {QStringLiteral("jpeg_quality"), jpegQuality},
        {QStringLiteral("background"), background.name()},
        {QStringLiteral("strip_metadata"), stripMetadata},
        {QStringLiteral("resize"), toKey(resize)},
        {QStringLiteral("resolution"), resolution},
    };
    if (resize == Resize::LongSide)
        o.insert(QStringLiteral("long_side"), longSide);
    if (resize == Resize::Bucket)
        o.insert(QStringLiteral("bucket_no_upscale"), bucketNoUpscale);
    return o;
}

bool ExportPlan::blocked() const
{
    for (const PreflightIssue &i : issues) {
        if (i.severity == PreflightIssue::Severity::Error)
            return true;
    }
    return false;
}

QJsonObject ExportPlan::preflightJson() const
{
    QJsonArray list;
    for (const PreflightIssue &i : issues) {
        list.append(QJsonObject{{QStringLiteral("severity"), toKey(i.severity)},
            {QStringLiteral("code"), i.code}, {QStringLiteral("message"), i.message},
            {QStringLiteral("items"), QJsonArray::fromStringList(i.items)}});
    }
    return {{QStringLiteral("images"), int(entries.size())}, {QStringLiteral("excluded_rejected"), excludedRejected},
        {QStringLiteral("blocked"), blocked()}, {QStringLiteral("issues"), list}};
}

} // namespace lc
