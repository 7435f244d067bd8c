#pragma once

#include "export/exporttypes.h"

#include <QByteArray>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace lc {

// Where the trainer's files point: the image folder as written into its config (absolute for a folder
// export, relative to the archive's root for a ZIP).
struct TrainerContext
{
    // The export's root as the configs name it: the folder's absolute path, or for a ZIP the placeholder
    // PathPlaceholder, which TRAINING.md tells the user to replace with where they unpacked it (no
    // trainer reads dataset paths relative to its config file, so a relative path would resolve against
    // the trainer's own working directory).
    QString root;
    QString imageFolder; // root + the trainer's image folder
    bool archive = false;

    static constexpr QStringView PathPlaceholder = u"@DATASET_DIR@";
    // root + '/' + path inside the export.
    QString path(const QString &inside) const { return inside.isEmpty() ? root : root + QLatin1Char('/') + inside; }
};

// What a bucket engine is asked: the training resolution (one of the trainer's list) and the model,
// whose latent grid sets the bucket step of some trainers.
struct BucketTarget
{
    int resolution = 1024;
    TargetModel model = TargetModel::Flux;
    // kohya's bucket_no_upscale, which LoRA Craft's dataset.toml sets.
    bool noUpscale = true;
};

// Where a trainer puts an image at training time: resized to `resized`, then cropped to `bucket` at
// `cropOffset` (a centre crop unless the trainer crops at random).
struct BucketPlacement
{
    QSize bucket;
    QSize resized;
    QPoint cropOffset;

    bool upscaled(const QSize &image) const { return resized.width() > image.width() || resized.height() > image.height(); }
    // The share of the resized picture the crop cuts off (0 … 1).
    double croppedShare() const
    {
        const double all = double(resized.width()) * resized.height();
        return all > 0 ? 1.0 - double(bucket.width()) * bucket.height() / all : 0.0;
    }
};

// Everything LoRA Craft knows about one trainer's dataset format (shared/docs/trainer-formats.md §1 and
// §11), in one class per trainer: its name, the layout (image folder), the caption rules, the config
// files it reads and its bucket rule. Adding a trainer means adding one file in trainers/.
class Trainer
{
public:
    virtual ~Trainer() = default;

    virtual ExportFormat format() const = 0;
    QString key() const { return exportFormatKey(format()); }
    virtual QString displayName() const = 0;

    // It takes the whole archive as its data (Replicate): only a ZIP, and LoRA Craft's own metadata goes
    // beside it rather than in it.
    virtual bool archiveOnly() const { return false; }
    // An image without a caption is an error (kohya asserts, SimpleTuner fails, OneTrainer and diffusers
    // train on nothing, Replicate SDXL needs a CSV row), else only a warning.
    virtual bool captionRequired() const { return true; }
    // What the pre-flight says about images without a caption (an error when captionRequired()).
    virtual QString emptyCaptionMessage() const;
    // What the pre-flight warns when no trigger word is set; empty when the trainer does not care.
    virtual QString noTriggerMessage() const { return {}; }
    // Writes NAME.txt beside each image (false: the captions are in a CSV or JSONL file).
    virtual bool writesCaptionFiles() const { return true; }
    // Writes a .txt even for an empty caption (Replicate Flux autocaptions the images that have none).
    virtual bool writesEmptyCaptionFiles() const { return true; }
    // The folder the images and captions go into, inside the export (of the main set).
    virtual QString imageFolder(const ExportPlan &plan) const;
    // It trains subsets with their own repeats (else they are exported as one set).
    virtual bool supportsSubsets() const { return true; }
    // It takes a regularization (class) set (else the dataset's is left out).
    virtual bool supportsRegularization() const { return true; }
    // The folder of one of the plan's subsets: the image folder for a lone main set, else a sub-folder of
    // it per subset (leaves only: trainers that scan recursively never see one set twice); "reg" for the
    // regularization set.
    virtual QString subsetFolder(const ExportPlan &plan, int subset) const;
    // The plan's subsets that hold images, by index.
    static QList<int> usedSubsets(const ExportPlan &plan);

    struct Files
    {
        QList<std::pair<QString, QByteArray>> files; // path inside the export, contents
        QStringList folders;                         // empty folders the trainer expects
    };
    // The trainer's own files: dataset.toml, ai-toolkit.yaml, caption.csv, concepts.json, metadata.jsonl...
    virtual Files configFiles(const ExportPlan &plan, const TrainerContext &context) const = 0;
    // TRAINING.md: how to train on this export (the command line or job file, the one path to set for a
    // ZIP); empty for trainers that take the archive itself (Replicate).
    virtual QString trainingGuide(const ExportPlan &plan, const TrainerContext &context) const
    {
        Q_UNUSED(plan);
        Q_UNUSED(context);
        return {};
    }
    // The resolutions the exported config trains at (each image is bucketed at every one of them).
    virtual QList<int> trainingResolutions(int resolution, TargetModel model) const
    {
        Q_UNUSED(model);
        return {resolution};
    }
    // It crops every image to a resolution × resolution square (no aspect buckets).
    virtual bool cropsToSquare() const { return false; }
    // The trainer's own bucketing of an image of this (upright, cropped) size, exactly as its source
    // computes it; nullopt for a trainer whose engine is not written yet.
    virtual std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const
    {
        Q_UNUSED(image);
        Q_UNUSED(target);
        return std::nullopt;
    }

    // How many leading comma-separated tokens hold the trigger (kohya keep_tokens, OneTrainer
    // keep_tags_count): 1 with a trigger (it is exported first, as its own tag), else 0.
    static int keepTokens(const ExportPlan &plan) { return plan.options.triggerWord.isEmpty() ? 0 : 1; }
    // The square crop of a trainer without buckets: short side scaled to the resolution (up or down),
    // then the centre square (diffusers' Resize + CenterCrop).
    static std::optional<BucketPlacement> squarePlacement(const QSize &image, int resolution);

    // TRAINING.md's opening: what the export holds and how to point the configs in `files` at it.
    static QString guideIntro(const ExportPlan &plan, const TrainerContext &context, const QString &trainer, const QStringList &files);
    // The base model's Hugging Face repository for the dataset's target model.
    static QString baseModelRepo(TargetModel model);
    // About 100 steps an image within 500-2000, the range trainers' guides recommend for a LoRA.
    static int suggestedSteps(const ExportPlan &plan);
    // A sample prompt with the trigger (and class), for the configs' sample/validation prompts.
    static QString samplePrompt(const ExportPlan &plan);

    // kohya's bucket limit for a training resolution (bucket_no_upscale exports and previews use it).
    static int maxBucketResolution(int resolution) { return resolution >= 1024 ? 2048 : 1024; }
    // "TRIGGER CLASS", else the dataset's name (kohya's folder, OneTrainer's and SimpleTuner's concept).
    static QString conceptName(const ExportPlan &plan);
};

const Trainer &trainerFor(ExportFormat format);
QList<const Trainer *> allTrainers();

} // namespace lc
