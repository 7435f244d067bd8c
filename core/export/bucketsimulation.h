#pragma once

#include "catalog/itemtypes.h"
#include "export/exporttypes.h"
#include "export/trainers/trainer.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QSize>

#include <optional>

namespace lc {

// What the bucket simulator is asked: which trainer, at which resolutions (each image is bucketed at
// every one, as ai-toolkit and the Replicate trainer train them), for which model, in batches of what size.
struct BucketSimulationOptions
{
    ExportFormat trainer = ExportFormat::Kohya;
    TargetModel model = TargetModel::Flux;
    QList<int> resolutions; // empty: the trainer's default for the dataset's resolution
    int batchSize = 1;
    bool includeRejected = false; // as the export: rejected items are left out unless asked
};

// The trainers that have a bucket engine, in the order the UI and the CLI list them.
QList<ExportFormat> bucketTrainers();
// One of them from its key ("kohya", "ai-toolkit", ...); nullopt for any other key.
std::optional<ExportFormat> parseBucketTrainer(const QString &key);
// Their keys, comma-separated, for messages.
QString bucketTrainerKeys();
// The resolutions a trainer trains at, as LoRA Craft's export configures it for a dataset's resolution.
QList<int> defaultBucketResolutions(ExportFormat trainer, TargetModel model, int datasetResolution);

// One item at one resolution.
struct BucketedItem
{
    ItemId item;
    QString name;
    QSize size;                // the whole upright image
    std::optional<QRect> crop; // the item's crop, which the trainer receives instead of the whole image
    int resolution = 0;
    std::optional<BucketPlacement> placement; // none: the trainer leaves the image out at this resolution

    QSize source() const { return crop ? crop->size() : size; }
    // The resize factor from the (cropped) image to the trainer's resized picture.
    double scale() const;
    bool upscaled() const { return placement && placement->upscaled(source()); }
    double croppedShare() const { return placement ? placement->croppedShare() : 0.0; }
    // The part of the upright image the trainer keeps, in its pixels (the crop, less the trainer's own).
    QRect keptRegion() const;
};

// One bucket: its size at a resolution and how many images fall into it.
struct BucketBin
{
    int resolution = 0;
    QSize bucket;
    int images = 0;
    bool underfilled = false; // fewer images than the batch size: a short batch every epoch
    int steps = 0;            // batches per epoch (the last one short)
};

struct BucketSimulation
{
    BucketSimulationOptions options;
    QList<BucketedItem> items; // item by item, each at every resolution
    QList<BucketBin> bins;     // by resolution, then from the tallest bucket to the widest
    int images = 0;            // items simulated
    int leftOut = 0;           // placements the trainer refuses (too small for SimpleTuner, ...)
    int upscaled = 0;          // placements that scale the image up
    int stepsPerEpoch = 0;     // one pass over every image at every resolution, batched per bucket

    QJsonObject toJson(bool withItems = true) const;
    // The bins' index of an item's placement, -1 when left out.
    int binOf(const BucketedItem &item) const;
};

// Places every item (kept ones; rejected ones too when asked) with the trainer's own engine. Pure and
// fast: a dataset's sizes repeat, so each distinct size is placed once per resolution.
BucketSimulation simulateBuckets(const QList<ItemGeometry> &items, const BucketSimulationOptions &options);

class Library;
// A dataset's simulation: the dataset's model, and its resolution's defaults when options.resolutions is
// empty (options.model is ignored). On a read connection.
Result<BucketSimulation> simulateDatasetBuckets(const Library &library, DatasetId dataset, BucketSimulationOptions options);

} // namespace lc
