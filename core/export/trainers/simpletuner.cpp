#include "trainers.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace lc {

QString sanitizeId(const QString &text);

QString SimpleTunerTrainer::displayName() const
{
    return ExportTr::tr("SimpleTuner");
}

Trainer::Files SimpleTunerTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // multidatabackend.json: the image backend (captions from .txt, repeats counted beyond the first
    // pass, unlike kohya) and the default text-embeds backend it needs. Paths are absolute: SimpleTuner
    // resolves relative ones against its own folder (so do the caches, which stay there).
    const QString id = sanitizeId(conceptName(plan));
    const int res = plan.options.resolution;
    // One image backend per subset and training resolution (SimpleTuner's way to train at several, as its
    // Flux quickstart does), the regularization set flagged as such.
    QJsonArray backends;
    const QList<int> subsets = usedSubsets(plan);
    for (int i : subsets) {
        const ExportSubset &s = plan.subsets.at(i);
        for (int r : plan.resolutions) {
            QString backendId = id;
            if (subsets.size() > 1)
                backendId += QLatin1Char('-') + s.key;
            if (plan.resolutions.size() > 1)
                backendId += QLatin1Char('-') + QString::number(r);
            QJsonObject images{{QStringLiteral("id"), backendId}, {QStringLiteral("type"), QStringLiteral("local")},
                {QStringLiteral("dataset_type"), QStringLiteral("image")},
                {QStringLiteral("instance_data_dir"), context.path(subsetFolder(plan, i))},
                {QStringLiteral("caption_strategy"), QStringLiteral("textfile")}, {QStringLiteral("resolution"), r},
                {QStringLiteral("resolution_type"), QStringLiteral("pixel_area")},
                {QStringLiteral("minimum_image_size"), minimumImageSize(r)}, {QStringLiteral("crop"), false},
                {QStringLiteral("cache_dir_vae"), QStringLiteral("cache/vae/%1").arg(backendId)},
                {QStringLiteral("repeats"), std::max(0, s.repeats - 1)}};
            if (s.regularization)
                images.insert(QStringLiteral("is_regularisation_data"), true);
            backends.append(images);
        }
    }
    const QJsonObject embeds{{QStringLiteral("id"), QStringLiteral("text-embeds")}, {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("dataset_type"), QStringLiteral("text_embeds")}, {QStringLiteral("default"), true},
        {QStringLiteral("cache_dir"), QStringLiteral("cache/text")}};
    // config.json: the training options (OPTIONS.md's --arguments without the dashes) that make it train
    // on this backend as previewed; the rest keep SimpleTuner's defaults.
    const TargetModel model = plan.dataset.settings.targetModel;
    const QString family = model == TargetModel::Flux ? QStringLiteral("flux") : model == TargetModel::Sdxl ? QStringLiteral("sdxl")
                                                                                                             : QStringLiteral("legacy");
    const QJsonObject config{{QStringLiteral("model_type"), QStringLiteral("lora")}, {QStringLiteral("model_family"), family},
        {QStringLiteral("pretrained_model_name_or_path"), baseModelRepo(model)},
        {QStringLiteral("data_backend_config"), context.path(QStringLiteral("multidatabackend.json"))},
        {QStringLiteral("output_dir"), QStringLiteral("output/%1").arg(id)}, {QStringLiteral("resolution"), res},
        {QStringLiteral("resolution_type"), QStringLiteral("pixel_area")}, {QStringLiteral("max_train_steps"), suggestedSteps(plan)},
        {QStringLiteral("num_train_epochs"), 0}, {QStringLiteral("train_batch_size"), 1}, {QStringLiteral("learning_rate"), 1e-4},
        {QStringLiteral("lora_rank"), 16}, {QStringLiteral("lora_alpha"), 16}, {QStringLiteral("mixed_precision"), QStringLiteral("bf16")},
        {QStringLiteral("optimizer"), QStringLiteral("adamw_bf16")}, {QStringLiteral("gradient_checkpointing"), true},
        {QStringLiteral("validation_prompt"), samplePrompt(plan)},
        {QStringLiteral("validation_resolution"), QStringLiteral("%1x%1").arg(res)}, {QStringLiteral("validation_steps"), 250},
        {QStringLiteral("checkpointing_steps"), 250}, {QStringLiteral("seed"), 42}, {QStringLiteral("report_to"), QStringLiteral("none")}};
    backends.append(embeds);
    return {{{QStringLiteral("multidatabackend.json"), QJsonDocument(backends).toJson(QJsonDocument::Indented)},
                {QStringLiteral("config.json"), QJsonDocument(config).toJson(QJsonDocument::Indented)}},
        {}};
}

QString SimpleTunerTrainer::trainingGuide(const ExportPlan &plan, const TrainerContext &context) const
{
    QString text = guideIntro(plan, context, QStringLiteral("SimpleTuner"), {QStringLiteral("multidatabackend.json"), QStringLiteral("config.json")});
    text += QStringLiteral("## 2. Train\n\n"
                           "`multidatabackend.json` is the dataset (images and `.txt` captions in `%1/images`, %2 extra repeats, "
                           "`pixel_area` %3 without cropping); `config.json` the training (LoRA, %4 steps) pointing at it. From the "
                           "SimpleTuner folder, as its own config environment:\n\n"
                           "    mkdir -p config/loracraft && cp \"%1/config.json\" config/loracraft/\n"
                           "    ENV=loracraft ./train.sh\n\n"
                           "SimpleTuner leaves out images whose area is below `minimum_image_size` (%5 × %5 px); LoRA Craft's "
                           "pre-flight lists them before the export.\n")
                .arg(context.root)
                .arg(std::max(0, plan.options.repeats - 1))
                .arg(plan.options.resolution)
                .arg(suggestedSteps(plan))
                .arg(minimumImageSize(plan.options.resolution));
    return text;
}

double SimpleTunerTrainer::roundedAspect(const QSize &image)
{
    // Python rounds the double's exact value, halves to even: W/H × 100 is exact in x87's 64-bit
    // mantissa (53 + 7 bits), so nearbyintl sees what Python sees. Where long double is double (MSVC,
    // Apple silicon) a value a hair from a half may round the other way.
    const double ar = double(image.width()) / image.height();
    return double(std::nearbyintl(static_cast<long double>(ar) * 100.0L)) / 100.0;
}

// SimpleTuner's bucket for LoRA Craft's multidatabackend.json (resolution_type pixel_area, crop false,
// minimum_image_size half the resolution): bghira/SimpleTuner simpletuner/helpers/multiaspect/image.py
// (calculate_new_size_by_pixel_area, _round_to_nearest_multiple, calculate_image_aspect_ratio),
// helpers/data_backend/factory.py (pixel_area → megapixels) and helpers/metadata/backends/base.py
// (meets_resolution_requirements: area below the minimum is dropped). With crop off the image is resized
// straight to the bucket (its aspect nudged), so nothing is cut off. SimpleTuner also reuses the first
// size it saw for each rounded aspect; images of one aspect all get the same size here, so that cache only
// matters for aspects whose two sizes differ by rounding, which this engine does not model.
std::optional<BucketPlacement> SimpleTunerTrainer::bucketFor(const QSize &image, const BucketTarget &target) const
{
    if (image.isEmpty() || target.resolution <= 0)
        return std::nullopt;
    auto roundToAlignment = [](double v) { return std::max(int(std::nearbyint(v / Alignment)) * Alignment, Alignment); };
    const double megapixels = double(target.resolution) * target.resolution / 1e6;
    const double minimum = double(target.resolution / 2) * (target.resolution / 2) / 1e6;
    if (minimum * 1'000'000 > double(image.width()) * image.height())
        return std::nullopt; // under minimum_image_size: SimpleTuner leaves it out
    const int edge = roundToAlignment(int(std::sqrt(megapixels * 1e6)));
    const double ar = roundedAspect(image);
    QSize bucket(edge, edge);
    if (ar != 1.0)
        bucket = QSize(roundToAlignment(edge * std::sqrt(ar)), roundToAlignment(edge / std::sqrt(ar)));
    BucketPlacement p;
    p.bucket = bucket;
    p.resized = bucket;
    return p;
}

} // namespace lc
