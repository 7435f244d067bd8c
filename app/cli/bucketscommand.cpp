// loracraft-cli buckets: where a trainer will put every image of a dataset (its own bucket rule), the
// histogram of buckets and the steps an epoch takes — before exporting.
#include "commands.h"

#include "clitr.h"

#include "export/bucketsimulation.h"

#include <QJsonObject>

namespace lc::cli {

namespace {

const QCommandLineOption DatasetOption(QStringLiteral("dataset"), CliTr::tr("The dataset."), QStringLiteral("WORKSPACE/DATASET"));
const QCommandLineOption TrainerOption(QStringLiteral("trainer"),
    CliTr::tr("The trainer whose bucketing to simulate: kohya, ai-toolkit, onetrainer, simpletuner or replicate-flux."),
    QStringLiteral("TRAINER"));
const QCommandLineOption ResolutionOption(QStringLiteral("resolution"),
    CliTr::tr("The training resolution(s), comma-separated (default: as the export configures the trainer for the "
              "dataset's target)."),
    QStringLiteral("N[,N...]"));
const QCommandLineOption BatchSizeOption(QStringLiteral("batch-size"), CliTr::tr("The batch size (default 1)."), QStringLiteral("N"));

QString sizeText(QSize s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

int buckets(Context &c)
{
    const QString path = c.options.value(DatasetOption);
    if (path.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("buckets needs --dataset WORKSPACE/DATASET.")));
    BucketSimulationOptions options;
    const QString trainer = c.options.value(TrainerOption);
    const auto format = parseBucketTrainer(trainer);
    if (!format) {
        return c.fail(makeError(ErrorCode::InvalidArgument,
            trainer.isEmpty() ? CliTr::tr("buckets needs --trainer, one of %1.").arg(bucketTrainerKeys())
                              : CliTr::tr("buckets needs --trainer, one of %1 (not “%2”).").arg(bucketTrainerKeys(), trainer)));
    }
    options.trainer = *format;
    if (c.options.isSet(ResolutionOption)) {
        for (const QString &part : c.options.value(ResolutionOption).split(QLatin1Char(','))) {
            bool ok = false;
            const int r = part.trimmed().toInt(&ok);
            if (!ok || r < 64 || r > 8192) {
                return c.fail(makeError(ErrorCode::InvalidArgument,
                    CliTr::tr("--resolution takes numbers from 64 to 8192, comma-separated (for example 512,768,1024), not “%1”.")
                        .arg(c.options.value(ResolutionOption))));
            }
            if (!options.resolutions.contains(r))
                options.resolutions.append(r);
        }
    }
    if (c.options.isSet(BatchSizeOption)) {
        bool ok = false;
        options.batchSize = c.options.value(BatchSizeOption).toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 4096) {
            return c.fail(makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--batch-size is a number from 1 to 4096, not “%1”.").arg(c.options.value(BatchSizeOption))));
        }
    }
    auto dataset = c.service.findDataset(path).result();
    if (!dataset)
        return c.fail(dataset.error());
    auto sim = c.service.simulateBuckets(dataset->id, options).result();
    if (!sim)
        return c.fail(sim.error());
    const QString name = dataset->workspaceName + QLatin1Char('/') + dataset->name;
    QJsonObject json = sim->toJson();
    json.insert(QStringLiteral("dataset"), name);
    c.out.printJson(json);

    QStringList resolutions;
    for (int r : sim->options.resolutions)
        resolutions << QString::number(r);
    const QString trainerName = trainerFor(options.trainer).displayName();
    if (sim->images == 0) {
        c.out.line(CliTr::tr("%1 has no image to bucket.").arg(name));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const BucketedItem &i : std::as_const(sim->items)) {
        const QString crop = i.crop ? QStringLiteral("%1x%2+%3+%4").arg(i.crop->width()).arg(i.crop->height()).arg(i.crop->x()).arg(i.crop->y())
                                    : QStringLiteral("-");
        if (!i.placement) {
            rows << QStringList{QString::number(i.item.value()), i.name, sizeText(i.size), crop, QString::number(i.resolution),
                CliTr::tr("left out"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")};
            continue;
        }
        rows << QStringList{QString::number(i.item.value()), i.name, sizeText(i.size), crop, QString::number(i.resolution),
            sizeText(i.placement->bucket), QString::number(i.scale(), 'f', 3),
            QStringLiteral("%1%").arg(i.croppedShare() * 100, 0, 'f', 1), i.upscaled() ? CliTr::tr("yes") : CliTr::tr("no")};
    }
    c.out.table({CliTr::tr("ITEM"), CliTr::tr("FILE"), CliTr::tr("SIZE"), CliTr::tr("CROP"), CliTr::tr("RES"), CliTr::tr("BUCKET"),
                    CliTr::tr("SCALE"), CliTr::tr("CROPPED"), CliTr::tr("UPSCALED")},
        rows);
    c.out.line(QString());
    int most = 1;
    for (const BucketBin &b : std::as_const(sim->bins))
        most = std::max(most, b.images);
    QList<QStringList> histogram;
    for (const BucketBin &b : std::as_const(sim->bins)) {
        const int bar = std::max(1, int(std::lround(30.0 * b.images / most)));
        histogram << QStringList{QString::number(b.resolution), sizeText(b.bucket), QString::number(b.images),
            b.underfilled ? CliTr::tr("%1  fewer than the batch size").arg(QString(bar, QChar(0x2588))) : QString(bar, QChar(0x2588))};
    }
    c.out.table({CliTr::tr("RES"), CliTr::tr("BUCKET"), CliTr::tr("IMAGES"), QString()}, histogram);
    c.out.line(QString());
    int underfilled = 0;
    for (const BucketBin &b : std::as_const(sim->bins))
        underfilled += b.underfilled ? 1 : 0;
    c.out.line(CliTr::tr("%1 at %2: %3 image(s) in %4 bucket(s), %5 step(s) per epoch at batch size %6.")
                   .arg(trainerName, resolutions.join(QStringLiteral(", ")))
                   .arg(sim->images)
                   .arg(sim->bins.size())
                   .arg(sim->stepsPerEpoch)
                   .arg(sim->options.batchSize));
    if (sim->upscaled > 0)
        c.out.line(CliTr::tr("%1 placement(s) scale the image up.").arg(sim->upscaled));
    if (sim->leftOut > 0)
        c.out.line(CliTr::tr("%1 placement(s) are left out by the trainer (too small).").arg(sim->leftOut));
    if (underfilled > 0)
        c.out.line(CliTr::tr("%1 bucket(s) hold fewer images than the batch size.").arg(underfilled));
    return ExitOk;
}

} // namespace

QList<Verb> bucketsVerbs()
{
    Verb verb{QStringLiteral("buckets"), {}, {}, CliTr::tr("Show which bucket each image falls into for a trainer."),
        CliTr::tr("Simulate the trainer's own aspect-ratio bucketing of the dataset's kept images (their crops "
                  "applied), exactly as its source computes it: per image the bucket, the scale factor, the share of "
                  "pixels the trainer's crop cuts off and whether it is scaled up; then the histogram of buckets, those "
                  "with fewer images than the batch size, and the steps one epoch takes (each image once, batched per "
                  "bucket). kohya is simulated with bucket_no_upscale, as the export configures it; SimpleTuner with "
                  "pixel_area and crop off; ai-toolkit and the Replicate Flux trainer train every image at each resolution."),
        {DatasetOption, TrainerOption, ResolutionOption, BatchSizeOption}, 0, 0, Library::OpenMode::MustExist, buckets};
    verb.readsOnly = true; // works while the GUI has the library open
    return {verb};
}

} // namespace lc::cli
