#include "trainers.h"

#include "util/tr.h"

#include "export/exportplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace lc {

QString OneTrainerTrainer::displayName() const
{
    return ExportTr::tr("OneTrainer");
}

namespace {

// The training config's resolution: "1024", or "512,768,1024" (one picked per sample).
QString resolutionText(const ExportPlan &plan)
{
    QStringList list;
    for (int r : plan.resolutions)
        list << QString::number(r);
    return list.join(QLatin1Char(','));
}

} // namespace

Trainer::Files OneTrainerTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // concepts.json: an array of concepts (version 2), repeats as REPEATS balancing, captions from .txt,
    // the trigger kept first when tags are shuffled.
    const QJsonObject text{{QStringLiteral("prompt_source"), QStringLiteral("sample")}, {QStringLiteral("prompt_path"), QString()},
        {QStringLiteral("enable_tag_shuffling"), false}, {QStringLiteral("tag_delimiter"), QStringLiteral(",")},
        {QStringLiteral("keep_tags_count"), keepTokens(plan)}};
    // One concept per subset (balancing: its repeats); the regularization set as a prior-prediction concept.
    QJsonArray concepts;
    for (int i : usedSubsets(plan)) {
        const ExportSubset &s = plan.subsets.at(i);
        QJsonObject conceptText = text;
        if (s.regularization)
            conceptText.insert(QStringLiteral("keep_tags_count"), 0);
        concepts.append(QJsonObject{{QStringLiteral("__version"), 2}, {QStringLiteral("name"), s.name},
            {QStringLiteral("path"), context.path(subsetFolder(plan, i))}, {QStringLiteral("seed"), 42}, {QStringLiteral("enabled"), true},
            {QStringLiteral("type"), s.regularization ? QStringLiteral("PRIOR_PREDICTION") : QStringLiteral("STANDARD")},
            {QStringLiteral("include_subdirectories"), false}, {QStringLiteral("image_variations"), 1},
            {QStringLiteral("text_variations"), 1}, {QStringLiteral("balancing"), double(s.repeats)},
            {QStringLiteral("balancing_strategy"), QStringLiteral("REPEATS")}, {QStringLiteral("loss_weight"), 1.0},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("enable_crop_jitter"), false}}}, {QStringLiteral("text"), conceptText}});
    }
    // The training settings that make the export train as previewed (OneTrainer's TrainConfig keys; the
    // rest keep OneTrainer's defaults): model, LoRA, resolution, buckets, and this concept file.
    const TargetModel model = plan.dataset.settings.targetModel;
    const QString modelType = model == TargetModel::Flux ? QStringLiteral("FLUX_DEV_1")
        : model == TargetModel::Sdxl                     ? QStringLiteral("STABLE_DIFFUSION_XL_10_BASE")
                                                         : QStringLiteral("STABLE_DIFFUSION_15");
    const QString name = sanitizeStem(plan.dataset.name);
    const QJsonObject train{{QStringLiteral("training_method"), QStringLiteral("LORA")}, {QStringLiteral("model_type"), modelType},
        {QStringLiteral("base_model_name"), baseModelRepo(model)}, {QStringLiteral("resolution"), resolutionText(plan)},
        {QStringLiteral("aspect_ratio_bucketing"), true}, {QStringLiteral("concept_file_name"), context.path(QStringLiteral("concepts.json"))},
        {QStringLiteral("workspace_dir"), QStringLiteral("workspace/%1").arg(name)},
        {QStringLiteral("cache_dir"), QStringLiteral("workspace-cache/%1").arg(name)},
        {QStringLiteral("output_model_destination"), QStringLiteral("models/%1.safetensors").arg(name)},
        {QStringLiteral("output_model_format"), QStringLiteral("SAFETENSORS")}, {QStringLiteral("epochs"), 10},
        {QStringLiteral("batch_size"), 1}, {QStringLiteral("learning_rate"), 1e-4}, {QStringLiteral("lora_rank"), 16},
        {QStringLiteral("lora_alpha"), 16.0}};
    return {{{QStringLiteral("concepts.json"), QJsonDocument(concepts).toJson(QJsonDocument::Indented)},
                {QStringLiteral("onetrainer-config.json"), QJsonDocument(train).toJson(QJsonDocument::Indented)}},
        {}};
}

QString OneTrainerTrainer::trainingGuide(const ExportPlan &plan, const TrainerContext &context) const
{
    QString text = guideIntro(plan, context, QStringLiteral("OneTrainer"),
        {QStringLiteral("concepts.json"), QStringLiteral("onetrainer-config.json")});
    text += QStringLiteral("## 2. Train\n\n"
                           "`concepts.json` holds the concepts (images in `%1/images`, captions from the `.txt` beside each, "
                           "%2 repeats for the main set). `onetrainer-config.json` sets the model, LoRA, resolution %3 with "
                           "aspect buckets and this concept file; everything else keeps OneTrainer's defaults. From the "
                           "OneTrainer folder:\n\n"
                           "    python scripts/train.py --config-path \"%1/onetrainer-config.json\"\n\n"
                           "In the OneTrainer window: pick the preset for your model, then on the Concepts tab load "
                           "`%1/concepts.json`, and on the Training tab set Resolution to %3.\n")
                .arg(context.root)
                .arg(plan.options.repeats)
                .arg(resolutionText(plan));
    return text;
}

// OneTrainer's aspect-ratio bucketing (trainer-formats.md §5.3: Nerogar/mgds AspectBucketing.py and
// ScaleCropImage.py; the quantization from OneTrainer's *BaseDataLoader.py). Python's round() rounds
// halves to even, as std::nearbyint does in the default rounding mode.
QList<QSize> OneTrainerTrainer::buckets(int resolution, int quantization)
{
    static constexpr double Aspects[][2] = {{1, 1}, {1, 1.25}, {1, 1.5}, {1, 1.75}, {1, 2}, {1, 2.5}, {1, 3}, {1, 3.5}, {1, 4}}; // h:w
    QList<QSize> out;
    auto add = [&](double h, double w) {
        const double norm = std::sqrt(h * w);
        const int bh = int(std::nearbyint(h / norm * resolution / quantization)) * quantization;
        const int bw = int(std::nearbyint(w / norm * resolution / quantization)) * quantization;
        const QSize size(bw, bh);
        if (!out.contains(size))
            out.append(size);
    };
    for (const auto &a : Aspects)
        add(a[0], a[1]);
    for (const auto &a : Aspects)
        add(a[1], a[0]); // transposed
    return out;
}

std::optional<BucketPlacement> OneTrainerTrainer::bucketFor(const QSize &image, const BucketTarget &target) const
{
    if (image.isEmpty() || target.resolution <= 0)
        return std::nullopt;
    const QList<QSize> all = buckets(target.resolution, quantization(target.model));
    const double aspect = double(image.height()) / image.width();
    QSize bucket = all.first();
    double best = std::abs(double(bucket.height()) / bucket.width() - aspect);
    for (const QSize &b : all) {
        const double d = std::abs(double(b.height()) / b.width() - aspect);
        if (d < best) {
            best = d;
            bucket = b;
        }
    }
    BucketPlacement p;
    p.bucket = bucket;
    if (aspect > double(bucket.height()) / bucket.width()) { // taller: match the width
        const double scale = double(bucket.width()) / image.width();
        p.resized = QSize(bucket.width(), int(std::nearbyint(image.height() * scale)));
    } else { // match the height
        const double scale = double(bucket.height()) / image.height();
        p.resized = QSize(int(std::nearbyint(image.width() * scale)), bucket.height());
    }
    p.cropOffset = QPoint((p.resized.width() - bucket.width()) / 2, (p.resized.height() - bucket.height()) / 2);
    return p;
}

} // namespace lc
