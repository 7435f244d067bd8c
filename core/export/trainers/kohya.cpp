#include "trainers.h"

#include "util/tr.h"

#include <toml++/toml.h>

#include <sstream>

namespace lc {

QString KohyaTrainer::displayName() const
{
    return ExportTr::tr("kohya sd-scripts / kohya_ss");
}

QString KohyaTrainer::noTriggerMessage() const
{
    return ExportTr::tr("No trigger word is set; the kohya folder is named after the dataset.");
}

QString KohyaTrainer::imageFolder(const ExportPlan &plan) const
{
    // img/<repeats>_<trigger> <class>: the folder name carries the repeats and the trigger and class
    // words, which come from the user or from an imported folder name: no path separators (either kind),
    // no characters Windows refuses, no control characters, no trailing dots or spaces.
    QString name;
    for (QChar c : conceptName(plan)) {
        static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
        name += (c.unicode() < 0x20 || c.unicode() == 0x7F || forbidden.contains(c)) ? QLatin1Char(' ') : c;
    }
    name = name.simplified();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("dataset");
    return QStringLiteral("img/%1_%2").arg(plan.options.repeats).arg(name);
}

Trainer::Files KohyaTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // dataset.toml for --dataset_config, with the schema's keys only (sd-scripts rejects unknown ones).
    const int res = plan.options.resolution;
    toml::table general{{"caption_extension", ".txt"}, {"shuffle_caption", false}, {"keep_tokens", 1}, {"enable_bucket", true},
        {"bucket_no_upscale", true}, {"bucket_reso_steps", 64}, {"min_bucket_reso", 256},
        {"max_bucket_reso", maxBucketResolution(res)}};
    toml::table subset{{"image_dir", context.imageFolder.toStdString()}, {"num_repeats", plan.options.repeats},
        {"class_tokens", conceptName(plan).toStdString()}};
    toml::table dataset{{"resolution", toml::array{res, res}}, {"batch_size", 1}, {"subsets", toml::array{subset}}};
    const toml::table root{{"general", general}, {"datasets", toml::array{dataset}}};
    std::ostringstream toml;
    toml << root;
    QString text = QStringLiteral("# kohya sd-scripts dataset config written by LoRA Craft. Use: --dataset_config dataset.toml\n");
    if (context.relative)
        text += QStringLiteral("# image_dir is relative to this file's folder: run the trainer from here, or make it absolute.\n");
    text += QString::fromStdString(toml.str()) + QLatin1Char('\n');
    return {{{QStringLiteral("dataset.toml"), text.toUtf8()}}, {QStringLiteral("log"), QStringLiteral("model")}};
}

} // namespace lc
