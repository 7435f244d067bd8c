#include "trainers.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

QString OneTrainerTrainer::displayName() const
{
    return ExportTr::tr("OneTrainer");
}

Trainer::Files OneTrainerTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // concepts.json: an array of concepts (version 2), repeats as REPEATS balancing, captions from .txt.
    const QJsonObject text{{QStringLiteral("prompt_source"), QStringLiteral("sample")}, {QStringLiteral("prompt_path"), QString()},
        {QStringLiteral("enable_tag_shuffling"), false}, {QStringLiteral("tag_delimiter"), QStringLiteral(",")},
        {QStringLiteral("keep_tags_count"), 1}};
    const QJsonObject entry{{QStringLiteral("__version"), 2}, {QStringLiteral("name"), conceptName(plan)},
        {QStringLiteral("path"), context.imageFolder}, {QStringLiteral("seed"), 42}, {QStringLiteral("enabled"), true},
        {QStringLiteral("type"), QStringLiteral("STANDARD")}, {QStringLiteral("include_subdirectories"), false},
        {QStringLiteral("image_variations"), 1}, {QStringLiteral("text_variations"), 1},
        {QStringLiteral("balancing"), double(plan.options.repeats)}, {QStringLiteral("balancing_strategy"), QStringLiteral("REPEATS")},
        {QStringLiteral("loss_weight"), 1.0}, {QStringLiteral("image"), QJsonObject{{QStringLiteral("enable_crop_jitter"), false}}},
        {QStringLiteral("text"), text}};
    return {{{QStringLiteral("concepts.json"), QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Indented)}}, {}};
}

} // namespace lc
