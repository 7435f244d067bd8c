#include "trainers.h"

#include "util/tr.h"

#include <yaml-cpp/yaml.h>

#include <cmath>

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
