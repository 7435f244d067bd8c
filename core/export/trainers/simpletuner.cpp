#include "trainers.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

QString sanitizeId(const QString &text);

QString SimpleTunerTrainer::displayName() const
{
    return ExportTr::tr("SimpleTuner");
}

Trainer::Files SimpleTunerTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // multidatabackend.json: the image backend (captions from .txt, repeats counted beyond the first
    // pass, unlike kohya) and the default text-embeds backend it needs.
    const QString id = sanitizeId(conceptName(plan));
    const QJsonObject images{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("dataset_type"), QStringLiteral("image")}, {QStringLiteral("instance_data_dir"), context.imageFolder},
        {QStringLiteral("caption_strategy"), QStringLiteral("textfile")}, {QStringLiteral("resolution"), plan.options.resolution},
        {QStringLiteral("resolution_type"), QStringLiteral("pixel_area")},
        {QStringLiteral("minimum_image_size"), plan.options.resolution / 2}, {QStringLiteral("crop"), false},
        {QStringLiteral("cache_dir_vae"), QStringLiteral("cache/vae/%1").arg(id)},
        {QStringLiteral("repeats"), std::max(0, plan.options.repeats - 1)}};
    const QJsonObject embeds{{QStringLiteral("id"), QStringLiteral("text-embeds")}, {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("dataset_type"), QStringLiteral("text_embeds")}, {QStringLiteral("default"), true},
        {QStringLiteral("cache_dir"), QStringLiteral("cache/text")}};
    return {{{QStringLiteral("multidatabackend.json"), QJsonDocument(QJsonArray{images, embeds}).toJson(QJsonDocument::Indented)}}, {}};
}

} // namespace lc
