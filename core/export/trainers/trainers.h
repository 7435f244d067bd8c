#pragma once

// The trainers LoRA Craft exports for; each is defined in its own file of this folder.

#include "trainer.h"

#include <QList>
#include <QSize>

namespace lc {

// kohya sd-scripts aspect-ratio bucketing, exactly as its BucketManager computes it
// (trainer-formats.md §2.6; sd-scripts library/model_util.py make_bucket_resolutions and
// library/train_util.py BucketManager / trim_and_resize_if_required). Used by the export's resize and
// by KohyaTrainer::bucketFor.
class KohyaBuckets final
{
public:
    struct Options
    {
        QSize resolution{1024, 1024};
        int minBucketReso = 256;
        int maxBucketReso = 2048;
        int step = 64;
        bool noUpscale = false;
    };

    struct Selection
    {
        QSize bucket;  // the training size the image ends up at
        QSize resized; // the size the image is resized to before the centre crop to the bucket
    };

    // Normalises min/max as kohya does (min rounded down, max rounded up to the step). Returns false
    // (kohya's assertion) when the resolution does not fit between them.
    explicit KohyaBuckets(const Options &options);
    bool isValid() const { return m_valid; }

    // The predefined list (sorted ascending by (w, h)); empty in no-upscale mode, where buckets are per image.
    const QList<QSize> &buckets() const { return m_buckets; }
    Selection select(QSize image) const;

    static QList<QSize> makeBucketResolutions(qint64 maxArea, int minReso, int maxReso, int step);

private:
    Options m_options;
    qint64 m_maxArea = 0;
    QList<QSize> m_buckets;
    bool m_valid = true;
};

class KohyaTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::Kohya; }
    QString displayName() const override;
    QString noTriggerMessage() const override;
    QString imageFolder(const ExportPlan &plan) const override;
    // img/<repeats>_<name> per subset, reg/<repeats>_<class> for the regularization set.
    QString subsetFolder(const ExportPlan &plan, int subset) const override;
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    QString trainingGuide(const ExportPlan &plan, const TrainerContext &context) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // The bucket options LoRA Craft's dataset.toml sets for a resolution.
    static KohyaBuckets::Options options(int resolution, bool noUpscale);
};

class AiToolkitTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::AiToolkit; }
    QString displayName() const override;
    bool captionRequired() const override { return false; }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    QString trainingGuide(const ExportPlan &plan, const TrainerContext &context) const override;
    QList<int> trainingResolutions(int resolution, TargetModel model) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // The bucket step: the VAE's downscale (8) × 2 for Flux × 2 more ("todo remove this" in its source).
    static int divisibility(TargetModel model) { return model == TargetModel::Flux ? 32 : 16; }
};

class ReplicateFluxTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::ReplicateFlux; }
    QString displayName() const override;
    bool archiveOnly() const override { return true; }
    bool supportsSubsets() const override { return false; }
    bool supportsRegularization() const override { return false; }
    bool captionRequired() const override { return false; }
    bool writesEmptyCaptionFiles() const override { return false; }
    QString emptyCaptionMessage() const override;
    QString noTriggerMessage() const override;
    Files configFiles(const ExportPlan &, const TrainerContext &) const override { return {}; }
    // The hosted trainer's `resolution` input as LoRA Craft's training sets it: its defaults up to the target.
    QList<int> trainingResolutions(int resolution, TargetModel model) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // The pinned ai-toolkit's fixed table (SDXL's 1024 sizes) scaled to a resolution, each side floored
    // to the bucket tolerance (64), in the table's order.
    static QList<QSize> tableBuckets(int resolution, int tolerance = 64);
    // The resolutions the hosted trainer trains each image at by default.
    static QList<int> defaultResolutions() { return {512, 768, 1024}; }
};

class ReplicateSdxlTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::ReplicateSdxl; }
    QString displayName() const override;
    bool archiveOnly() const override { return true; }
    bool supportsSubsets() const override { return false; }
    bool supportsRegularization() const override { return false; }
    bool writesCaptionFiles() const override { return false; }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    // cog-sdxl crops each image to a square at the resolution (around the subject it finds; the centre
    // square is the estimate).
    bool cropsToSquare() const override { return true; }
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override
    {
        return squarePlacement(image, target.resolution);
    }
};

class OneTrainerTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::OneTrainer; }
    QString displayName() const override;
    QString imageFolder(const ExportPlan &) const override { return QStringLiteral("images"); }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    QString trainingGuide(const ExportPlan &plan, const TrainerContext &context) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // Its buckets (width × height) for a target resolution, and the quantization per model (SD 1.5: 8,
    // SDXL and Flux: 64).
    static QList<QSize> buckets(int resolution, int quantization);
    static int quantization(TargetModel model) { return model == TargetModel::Sd15 ? 8 : 64; }
};

class DiffusersTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::Diffusers; }
    QString displayName() const override;
    bool writesCaptionFiles() const override { return false; }
    QString imageFolder(const ExportPlan &) const override { return QStringLiteral("train"); }
    // One imagefolder (no repeats); the regularization set in class/, images only (--class_data_dir).
    bool supportsSubsets() const override { return false; }
    QString subsetFolder(const ExportPlan &plan, int subset) const override
    {
        return plan.subsets.at(subset).regularization ? QStringLiteral("class") : imageFolder(plan);
    }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    QString trainingGuide(const ExportPlan &plan, const TrainerContext &context) const override;
    // The example scripts resize the short side to --resolution and crop a square (centre with --center_crop,
    // which the guide's commands pass).
    bool cropsToSquare() const override { return true; }
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override
    {
        return squarePlacement(image, target.resolution);
    }
};

class SimpleTunerTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::SimpleTuner; }
    QString displayName() const override;
    QString imageFolder(const ExportPlan &) const override { return QStringLiteral("images"); }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    QString trainingGuide(const ExportPlan &plan, const TrainerContext &context) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // The minimum_image_size LoRA Craft's multidatabackend.json sets (pixel_area: an edge in px).
    static int minimumImageSize(int resolution) { return resolution / 2; }
    // --aspect_bucket_alignment's default (64; 8 only for DeepFloyd, which LoRA Craft does not target).
    static constexpr int Alignment = 64;
    // Python's round(W / H, 2), SimpleTuner's aspect key (--aspect_bucket_rounding 2).
    static double roundedAspect(const QSize &image);
};

} // namespace lc
