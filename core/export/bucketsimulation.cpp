#include "export/bucketsimulation.h"

#include "catalog/datasets.h"
#include "catalog/items.h"
#include "export/trainers/trainers.h"
#include "library/library.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lc {

QList<ExportFormat> bucketTrainers()
{
    return {ExportFormat::Kohya, ExportFormat::AiToolkit, ExportFormat::OneTrainer, ExportFormat::SimpleTuner,
        ExportFormat::ReplicateFlux, ExportFormat::Diffusers, ExportFormat::ReplicateSdxl};
}

std::optional<ExportFormat> parseBucketTrainer(const QString &key)
{
    ExportFormat format;
    if (!parseExportFormat(key, &format) || !bucketTrainers().contains(format))
        return std::nullopt;
    return format;
}

QString bucketTrainerKeys()
{
    QStringList keys;
    for (ExportFormat f : bucketTrainers())
        keys << exportFormatKey(f);
    return keys.join(QStringLiteral(", "));
}

QList<int> defaultBucketResolutions(ExportFormat trainer, TargetModel model, int datasetResolution)
{
    return trainerFor(trainer).trainingResolutions(datasetResolution, model);
}

double BucketedItem::scale() const
{
    if (!placement)
        return 0.0;
    // The side the trainer matches to the bucket is the exact one; the other is rounded.
    const QSize s = source();
    if (s.isEmpty())
        return 0.0;
    return std::max(double(placement->resized.width()) / s.width(), double(placement->resized.height()) / s.height());
}

QRect BucketedItem::keptRegion() const
{
    const QRect from = crop.value_or(QRect(QPoint(0, 0), size));
    if (!placement || placement->resized.isEmpty())
        return from;
    const double sx = double(from.width()) / placement->resized.width();
    const double sy = double(from.height()) / placement->resized.height();
    const QRectF kept(from.x() + placement->cropOffset.x() * sx, from.y() + placement->cropOffset.y() * sy,
        placement->bucket.width() * sx, placement->bucket.height() * sy);
    return kept.toAlignedRect().intersected(from);
}

int BucketSimulation::binOf(const BucketedItem &item) const
{
    if (!item.placement)
        return -1;
    for (int i = 0; i < bins.size(); ++i) {
        if (bins[i].resolution == item.resolution && bins[i].bucket == item.placement->bucket)
            return i;
    }
    return -1;
}

QJsonObject BucketSimulation::toJson(bool withItems) const
{
    QJsonArray resolutions;
    for (int r : options.resolutions)
        resolutions.append(r);
    QJsonArray histogram;
    for (const BucketBin &b : bins) {
        histogram.append(QJsonObject{{QStringLiteral("resolution"), b.resolution},
            {QStringLiteral("bucket"), QStringLiteral("%1x%2").arg(b.bucket.width()).arg(b.bucket.height())},
            {QStringLiteral("width"), b.bucket.width()}, {QStringLiteral("height"), b.bucket.height()},
            {QStringLiteral("images"), b.images}, {QStringLiteral("steps"), b.steps},
            {QStringLiteral("underfilled"), b.underfilled}});
    }
    QJsonObject out{{QStringLiteral("trainer"), exportFormatKey(options.trainer)},
        {QStringLiteral("model"), toKey(options.model)}, {QStringLiteral("resolutions"), resolutions},
        {QStringLiteral("batch_size"), options.batchSize}, {QStringLiteral("images"), images},
        {QStringLiteral("left_out"), leftOut}, {QStringLiteral("upscaled"), upscaled},
        {QStringLiteral("steps_per_epoch"), stepsPerEpoch}, {QStringLiteral("histogram"), histogram}};
    if (withItems) {
        QJsonArray list;
        for (const BucketedItem &i : items) {
            QJsonObject o{{QStringLiteral("id"), i.item.value()}, {QStringLiteral("file"), i.name},
                {QStringLiteral("width"), i.size.width()}, {QStringLiteral("height"), i.size.height()},
                {QStringLiteral("resolution"), i.resolution}};
            if (i.crop) {
                o.insert(QStringLiteral("crop"), QJsonArray{i.crop->x(), i.crop->y(), i.crop->width(), i.crop->height()});
            }
            if (i.placement) {
                o.insert(QStringLiteral("bucket"),
                    QStringLiteral("%1x%2").arg(i.placement->bucket.width()).arg(i.placement->bucket.height()));
                o.insert(QStringLiteral("resized"),
                    QStringLiteral("%1x%2").arg(i.placement->resized.width()).arg(i.placement->resized.height()));
                o.insert(QStringLiteral("scale"), std::round(i.scale() * 10000) / 10000);
                o.insert(QStringLiteral("cropped_percent"), std::round(i.croppedShare() * 1000) / 10);
                o.insert(QStringLiteral("upscaled"), i.upscaled());
            } else {
                o.insert(QStringLiteral("bucket"), QJsonValue::Null);
                o.insert(QStringLiteral("left_out"), true);
            }
            list.append(o);
        }
        out.insert(QStringLiteral("items"), list);
    }
    return out;
}

BucketSimulation simulateBuckets(const QList<ItemGeometry> &items, const BucketSimulationOptions &options)
{
    BucketSimulation sim;
    sim.options = options;
    sim.options.batchSize = std::max(1, options.batchSize);
    if (sim.options.resolutions.isEmpty())
        sim.options.resolutions = {1024};
    const Trainer &trainer = trainerFor(options.trainer);
    QHash<QPair<int, QSize>, int> binIndex; // (resolution, bucket) → bins
    for (const int resolution : std::as_const(sim.options.resolutions)) {
        QHash<QSize, std::optional<BucketPlacement>> placed; // per distinct size at this resolution
        const BucketTarget target{resolution, options.model};
        for (const ItemGeometry &g : items) {
            if (g.status == ItemStatus::Trashed || (g.status == ItemStatus::Rejected && !options.includeRejected))
                continue;
            BucketedItem b;
            b.item = g.id;
            b.name = g.name;
            b.size = g.size;
            b.crop = g.crop;
            b.resolution = resolution;
            const QSize source = b.source();
            auto it = placed.constFind(source);
            if (it == placed.cend())
                it = placed.insert(source, trainer.bucketFor(source, target));
            b.placement = *it;
            if (!b.placement) {
                ++sim.leftOut;
            } else {
                if (b.upscaled())
                    ++sim.upscaled;
                const auto key = qMakePair(resolution, b.placement->bucket);
                auto bin = binIndex.constFind(key);
                if (bin == binIndex.cend()) {
                    bin = binIndex.insert(key, int(sim.bins.size()));
                    sim.bins.append(BucketBin{resolution, b.placement->bucket, 0, false, 0});
                }
                ++sim.bins[*bin].images;
            }
            sim.items.append(std::move(b));
        }
    }
    for (const ItemGeometry &g : items) {
        if (g.status == ItemStatus::Active || (g.status == ItemStatus::Rejected && options.includeRejected))
            ++sim.images;
    }
    // Tallest first, widest last, as a histogram over the aspect ratio reads.
    std::sort(sim.bins.begin(), sim.bins.end(), [](const BucketBin &a, const BucketBin &b) {
        if (a.resolution != b.resolution)
            return a.resolution < b.resolution;
        const double ra = double(a.bucket.width()) / a.bucket.height(), rb = double(b.bucket.width()) / b.bucket.height();
        return ra != rb ? ra < rb : a.bucket.width() < b.bucket.width();
    });
    for (BucketBin &b : sim.bins) {
        b.underfilled = b.images < sim.options.batchSize;
        b.steps = (b.images + sim.options.batchSize - 1) / sim.options.batchSize;
        sim.stepsPerEpoch += b.steps;
    }
    return sim;
}

Result<BucketSimulation> simulateDatasetBuckets(const Library &library, DatasetId dataset, BucketSimulationOptions options)
{
    auto d = Datasets(library.catalog()).get(dataset);
    if (!d)
        return d.error();
    options.model = d->settings.targetModel;
    if (options.resolutions.isEmpty())
        options.resolutions = defaultBucketResolutions(options.trainer, options.model, d->settings.targetResolution);
    auto items = Items(library.catalog()).geometry(dataset);
    if (!items)
        return items.error();
    return simulateBuckets(*items, options);
}

} // namespace lc
