#include "exporttypes.h"

#include <QJsonArray>

namespace lc {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Kohya: return QStringLiteral("kohya");
    case ExportFormat::AiToolkit: return QStringLiteral("ai-toolkit");
    case ExportFormat::ReplicateFlux: return QStringLiteral("replicate-flux");
    case ExportFormat::ReplicateSdxl: return QStringLiteral("replicate-sdxl");
    case ExportFormat::OneTrainer: return QStringLiteral("onetrainer");
    case ExportFormat::Diffusers: return QStringLiteral("diffusers");
    case ExportFormat::SimpleTuner: return QStringLiteral("simpletuner");
    }
    return QStringLiteral("kohya");
}

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Kohya, ExportFormat::AiToolkit, ExportFormat::ReplicateFlux, ExportFormat::ReplicateSdxl,
        ExportFormat::OneTrainer, ExportFormat::Diffusers, ExportFormat::SimpleTuner};
}

bool parseExportFormat(QStringView key, ExportFormat *out)
{
    for (ExportFormat f : allExportFormats()) {
        if (key.compare(exportFormatKey(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

QJsonObject ExportOptions::toJson() const
{
    static const char *sources[] = {"caption", "tags", "both"};
    static const char *namings[] = {"original", "sequential"};
    static const char *images[] = {"keep", "png", "jpeg"};
    static const char *resizes[] = {"none", "long-side", "bucket"};
    QJsonObject o{
        {QStringLiteral("format"), exportFormatKey(format)},
        {QStringLiteral("trigger_word"), triggerWord},
        {QStringLiteral("class_word"), classWord},
        {QStringLiteral("repeats"), repeats},
        {QStringLiteral("caption_source"), QString::fromLatin1(sources[int(captionSource)])},
        {QStringLiteral("prepend_trigger"), prependTrigger},
        {QStringLiteral("include_rejected"), includeRejected},
        {QStringLiteral("naming"), QString::fromLatin1(namings[int(naming)])},
        {QStringLiteral("image_format"), QString::fromLatin1(images[int(imageFormat)])},
        {QStringLiteral("jpeg_quality"), jpegQuality},
        {QStringLiteral("background"), background.name()},
        {QStringLiteral("strip_metadata"), stripMetadata},
        {QStringLiteral("resize"), QString::fromLatin1(resizes[int(resize)])},
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
        static const char *sev[] = {"error", "warning", "info"};
        list.append(QJsonObject{{QStringLiteral("severity"), QString::fromLatin1(sev[int(i.severity)])},
            {QStringLiteral("code"), i.code}, {QStringLiteral("message"), i.message},
            {QStringLiteral("items"), QJsonArray::fromStringList(i.items)}});
    }
    return {{QStringLiteral("images"), int(entries.size())}, {QStringLiteral("excluded_rejected"), excludedRejected},
        {QStringLiteral("blocked"), blocked()}, {QStringLiteral("issues"), list}};
}

} // namespace lc
