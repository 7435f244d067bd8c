#include "trainers.h"

#include "util/tr.h"

#include <yaml-cpp/yaml.h>

namespace lc {

QString AiToolkitTrainer::displayName() const
{
    return ExportTr::tr("ai-toolkit");
}

Trainer::Files AiToolkitTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // The datasets: block of an ai-toolkit config (to merge into config.process[0]).
    QList<int> resolutions{plan.options.resolution};
    if (plan.dataset.settings.targetModel == TargetModel::Flux)
        resolutions = {512, 768, 1024}; // ai-toolkit's Flux examples train at all three
    YAML::Emitter y;
    y << YAML::BeginMap;
    if (!plan.options.triggerWord.isEmpty())
        y << YAML::Key << "trigger_word" << YAML::Value << YAML::DoubleQuoted << plan.options.triggerWord.toStdString();
    y << YAML::Key << "datasets" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    y << YAML::Key << "folder_path" << YAML::Value << YAML::DoubleQuoted << context.imageFolder.toStdString();
    y << YAML::Key << "caption_ext" << YAML::Value << YAML::DoubleQuoted << "txt";
    y << YAML::Key << "caption_dropout_rate" << YAML::Value << 0.05;
    y << YAML::Key << "shuffle_tokens" << YAML::Value << false;
    y << YAML::Key << "cache_latents_to_disk" << YAML::Value << true;
    y << YAML::Key << "resolution" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (int r : resolutions)
        y << r;
    y << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    QString text = QStringLiteral("# ai-toolkit dataset written by LoRA Craft: merge into config.process[0] of your training config.\n");
    if (context.relative)
        text += QStringLiteral("# folder_path is relative: replace it with where you unpacked this export.\n");
    text += QString::fromUtf8(y.c_str()) + QLatin1Char('\n');
    return {{{QStringLiteral("ai-toolkit.yaml"), text.toUtf8()}}, {}};
}

} // namespace lc
