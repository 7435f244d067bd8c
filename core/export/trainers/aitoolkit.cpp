#include "trainers.h"

#include "util/tr.h"

#include "export/exportplanner.h"

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace lc {

QString AiToolkitTrainer::displayName() const
{
    return ExportTr::tr("ai-toolkit");
}

Trainer::Files AiToolkitTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // A complete job (run.py ai-toolkit.yaml), shaped like ai-toolkit's config/examples/train_lora_*.yaml.
    // folder_path is absolute: ai-toolkit resolves a relative one against its own folder. The training
    // folder stays outside the dataset: ai-toolkit scans folder_path recursively and would train on its
    // own samples.
    const TargetModel model = plan.dataset.settings.targetModel;
    const bool flux = model == TargetModel::Flux;
    const QList<int> &resolutions = plan.resolutions;
    const std::string trigger = plan.options.triggerWord.toStdString();
    auto q = [](const QString &s) { return s.toStdString(); };
    YAML::Emitter y;
    y << YAML::BeginMap;
    y << YAML::Key << "job" << YAML::Value << "extension";
    y << YAML::Key << "config" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << q(sanitizeStem(plan.dataset.name));
    y << YAML::Key << "process" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    y << YAML::Key << "type" << YAML::Value << "sd_trainer";
    y << YAML::Key << "training_folder" << YAML::Value << YAML::DoubleQuoted << "output";
    y << YAML::Key << "device" << YAML::Value << "cuda:0";
    if (!trigger.empty())
        y << YAML::Key << "trigger_word" << YAML::Value << YAML::DoubleQuoted << trigger;
    y << YAML::Key << "network" << YAML::Value << YAML::BeginMap << YAML::Key << "type" << YAML::Value << "lora"
      << YAML::Key << "linear" << YAML::Value << 16 << YAML::Key << "linear_alpha" << YAML::Value << 16 << YAML::EndMap;
    y << YAML::Key << "save" << YAML::Value << YAML::BeginMap << YAML::Key << "dtype" << YAML::Value << "float16"
      << YAML::Key << "save_every" << YAML::Value << 250 << YAML::Key << "max_step_saves_to_keep" << YAML::Value << 4 << YAML::EndMap;
    // One dataset per subset (ai-toolkit repeats each num_repeats times; the main set once, as kohya's
    // repeats only balance sets against each other); the regularization set with is_reg.
    const int mainRepeats = std::max(1, plan.options.repeats);
    y << YAML::Key << "datasets" << YAML::Value << YAML::BeginSeq;
    for (int i : usedSubsets(plan)) {
        const ExportSubset &s = plan.subsets.at(i);
        y << YAML::BeginMap;
        y << YAML::Key << "folder_path" << YAML::Value << YAML::DoubleQuoted << q(context.path(subsetFolder(plan, i)));
        y << YAML::Key << "caption_ext" << YAML::Value << YAML::DoubleQuoted << "txt";
        y << YAML::Key << "caption_dropout_rate" << YAML::Value << (s.regularization ? 0.0 : 0.05);
        y << YAML::Key << "shuffle_tokens" << YAML::Value << false;
        y << YAML::Key << "cache_latents_to_disk" << YAML::Value << true;
        y << YAML::Key << "num_repeats" << YAML::Value << std::max(1, int(std::lround(double(s.repeats) / mainRepeats)));
        if (s.regularization)
            y << YAML::Key << "is_reg" << YAML::Value << true;
        y << YAML::Key << "resolution" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (int r : resolutions)
            y << r;
        y << YAML::EndSeq << YAML::EndMap;
    }
    y << YAML::EndSeq;
    y << YAML::Key << "train" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "batch_size" << YAML::Value << 1 << YAML::Key << "steps" << YAML::Value << suggestedSteps(plan);
    y << YAML::Key << "gradient_accumulation_steps" << YAML::Value << 1 << YAML::Key << "train_unet" << YAML::Value << true;
    y << YAML::Key << "train_text_encoder" << YAML::Value << false << YAML::Key << "gradient_checkpointing" << YAML::Value << true;
    y << YAML::Key << "noise_scheduler" << YAML::Value << (flux ? "flowmatch" : "ddpm");
    y << YAML::Key << "optimizer" << YAML::Value << "adamw8bit" << YAML::Key << "lr" << YAML::Value << 1e-4;
    y << YAML::Key << "dtype" << YAML::Value << "bf16" << YAML::EndMap;
    y << YAML::Key << "model" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "name_or_path" << YAML::Value << YAML::DoubleQuoted << q(baseModelRepo(model));
    if (flux)
        y << YAML::Key << "is_flux" << YAML::Value << true << YAML::Key << "quantize" << YAML::Value << true;
    else if (model == TargetModel::Sdxl)
        y << YAML::Key << "is_xl" << YAML::Value << true;
    y << YAML::EndMap;
    y << YAML::Key << "sample" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "sampler" << YAML::Value << (flux ? "flowmatch" : "ddpm");
    y << YAML::Key << "sample_every" << YAML::Value << 250;
    y << YAML::Key << "width" << YAML::Value << plan.options.resolution << YAML::Key << "height" << YAML::Value << plan.options.resolution;
    y << YAML::Key << "prompts" << YAML::Value << YAML::BeginSeq << YAML::DoubleQuoted << q(samplePrompt(plan)) << YAML::EndSeq;
    y << YAML::Key << "seed" << YAML::Value << 42 << YAML::Key << "guidance_scale" << YAML::Value << (flux ? 4 : 7);
    y << YAML::Key << "sample_steps" << YAML::Value << (flux ? 20 : 30) << YAML::EndMap;
    y << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    y << YAML::Key << "meta" << YAML::Value << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "[name]"
      << YAML::Key << "version" << YAML::Value << YAML::SingleQuoted << "1.0" << YAML::EndMap;
    y << YAML::EndMap;
    QString text = QStringLiteral("# ai-toolkit job written by LoRA Craft. Run from the ai-toolkit folder: python run.py ai-toolkit.yaml (see TRAINING.md)\n");
    if (context.archive)
        text += QStringLiteral("# Replace %1 with the folder this archive was unpacked to.\n").arg(TrainerContext::PathPlaceholder);
    text += QString::fromUtf8(y.c_str()) + QLatin1Char('\n');
    return {{{QStringLiteral("ai-toolkit.yaml"), text.toUtf8()}}, {}};
}

QString AiToolkitTrainer::trainingGuide(const ExportPlan &plan, const TrainerContext &context) const
{
    QString text = guideIntro(plan, context, QStringLiteral("ai-toolkit"), {QStringLiteral("ai-toolkit.yaml")});
    text += QStringLiteral("## 2. Train\n\n"
                           "`ai-toolkit.yaml` is a complete job (LoRA rank 16, %1 steps, samples every 250). From the ai-toolkit "
                           "folder:\n\n"
                           "    python run.py \"%2/ai-toolkit.yaml\"\n\n"
                           "The LoRA and samples go to ai-toolkit's `output/` folder. In ai-toolkit's web UI, create a dataset from "
                           "this folder instead and copy the values of the job.\n\n")
                .arg(suggestedSteps(plan))
                .arg(context.root);
    if (!plan.options.triggerWord.isEmpty())
        text += QStringLiteral("`trigger_word` is `%1`: ai-toolkit puts it in front of any caption that lacks it (the export starts "
                               "every caption with it unless that option was off).\n")
                    .arg(plan.options.triggerWord);
    return text;
}

QList<int> AiToolkitTrainer::trainingResolutions(int resolution, TargetModel model) const
{
    // ai-toolkit's Flux examples (and its UI's defaults) train at 512, 768 and 1024: those up to the target.
    if (model != TargetModel::Flux)
        return {resolution};
    QList<int> out;
    for (int r : {512, 768})
        if (r < resolution)
            out << r;
    out << resolution;
    return out;
}

// ai-toolkit's current bucketing (trainer-formats.md §3.4: ostris/ai-toolkit toolkit/buckets.py
// get_bucket_for_image_size, toolkit/dataloader_mixins.py setup_buckets and load_and_process_image;
// the divisibility from toolkit/stable_diffusion_model.py get_bucket_divisibility). Never upscales: the
// target area is the smaller of the image's and the resolution squared.
std::optional<BucketPlacement> AiToolkitTrainer::bucketFor(const QSize &image, const BucketTarget &target) const
{
    if (image.isEmpty() || target.resolution <= 0)
        return std::nullopt;
    const int div = divisibility(target.model);
    const double w = image.width(), h = image.height();
    const double total = w * h;
    const double maxPixels = double(target.resolution) * target.resolution;
    const double area = std::min(total, maxPixels);
    const double k = std::sqrt(area / total);
    const double wr = w * k / div, hr = h * k / div;
    const int fw = int(std::floor(wr)), cw = int(std::ceil(wr)), fh = int(std::floor(hr)), ch = int(std::ceil(hr));
    QList<QSize> candidates;
    for (const QSize c : {QSize(fw * div, fh * div), QSize(fw * div, ch * div), QSize(cw * div, fh * div), QSize(cw * div, ch * div)}) {
        if (c.width() > 0 && c.height() > 0 && double(c.width()) * c.height() <= maxPixels)
            candidates.append(c);
    }
    if (candidates.isEmpty())
        candidates.append(QSize(std::max(div, fw * div), std::max(div, fh * div)));
    QSize bucket = candidates.first(); // the first of the closest in area, as Python's min() keeps
    double best = std::abs(double(bucket.width()) * bucket.height() - area);
    for (const QSize &c : std::as_const(candidates)) {
        const double d = std::abs(double(c.width()) * c.height() - area);
        if (d < best) {
            best = d;
            bucket = c;
        }
    }
    const double s = std::max(bucket.width() / w, bucket.height() / h);
    BucketPlacement p;
    p.bucket = bucket;
    p.resized = QSize(int(std::ceil(w * s)), int(std::ceil(h * s)));
    p.cropOffset = QPoint((p.resized.width() - bucket.width()) / 2, (p.resized.height() - bucket.height()) / 2);
    return p;
}

} // namespace lc
