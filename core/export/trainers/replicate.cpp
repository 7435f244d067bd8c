#include "trainers.h"

#include "util/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lc {

namespace {

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString ReplicateFluxTrainer::displayName() const
{
    return ExportTr::tr("Replicate Flux trainer (ZIP)");
}

QString ReplicateFluxTrainer::emptyCaptionMessage() const
{
    return ExportTr::tr("%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).");
}

QString ReplicateFluxTrainer::noTriggerMessage() const
{
    return ExportTr::tr("No trigger word is set; Replicate will use “TOK”.");
}

QString ReplicateSdxlTrainer::displayName() const
{
    return ExportTr::tr("Replicate SDXL trainer (ZIP)");
}

Trainer::Files ReplicateSdxlTrainer::configFiles(const ExportPlan &plan, const TrainerContext &) const
{
    // caption.csv: caption,image_file, one row per image, sorted by file name.
    QList<const ExportEntry *> entries;
    for (const ExportEntry &e : plan.entries)
        entries << &e;
    std::sort(entries.begin(), entries.end(), [](const ExportEntry *a, const ExportEntry *b) { return a->fileName() < b->fileName(); });
    QString csv = QStringLiteral("caption,image_file\n");
    for (const ExportEntry *e : std::as_const(entries))
        csv += csvField(e->caption) + QLatin1Char(',') + csvField(e->fileName()) + QLatin1Char('\n');
    return {{{QStringLiteral("caption.csv"), csv.toUtf8()}}, {}};
}

// The Replicate trainer runs ai-toolkit pinned at bedb8197 (2024-10-20), whose bucketing predates
// ai-toolkit's current rule (trainer-formats.md §4.3, §3.4 "Legacy algorithm"): ostris/ai-toolkit
// toolkit/buckets.py at that commit (resolutions_1024, get_bucket_sizes, get_resolution,
// get_bucket_for_image_size) and toolkit/dataloader_mixins.py setup_buckets (bucket_tolerance 64, the
// scale rounded up, then a centre crop).
QList<QSize> ReplicateFluxTrainer::tableBuckets(int resolution, int tolerance)
{
    // "resolutions SDXL was trained on with a 1024x1024 base resolution", plus two extra wides.
    static constexpr int Table[][2] = {{1024, 1024}, {2048, 512}, {1984, 512}, {1920, 512}, {1856, 512}, {1792, 576},
        {1728, 576}, {1664, 576}, {1600, 640}, {1536, 640}, {1472, 704}, {1408, 704}, {1344, 704}, {1344, 768}, {1280, 768},
        {1216, 832}, {1152, 832}, {1152, 896}, {1088, 896}, {1088, 960}, {1024, 960}, {960, 1024}, {960, 1088}, {896, 1088},
        {896, 1152}, {832, 1152}, {832, 1216}, {768, 1280}, {768, 1344}, {704, 1408}, {704, 1472}, {640, 1536}, {640, 1600},
        {576, 1664}, {576, 1728}, {576, 1792}, {512, 1856}, {512, 1920}, {512, 1984}, {512, 2048}, {8192, 128}, {128, 8192}};
    const double scaler = resolution / 1024.0;
    QList<QSize> out;
    out.reserve(std::size(Table));
    for (const auto &t : Table) {
        int w = int(t[0] * scaler);
        int h = int(t[1] * scaler);
        w -= w % tolerance;
        h -= h % tolerance;
        out.append(QSize(w, h));
    }
    return out;
}

QList<int> ReplicateFluxTrainer::trainingResolutions(int resolution, TargetModel) const
{
    QList<int> out;
    for (int r : defaultResolutions())
        if (r <= std::max(512, resolution))
            out << r;
    return out;
}

std::optional<BucketPlacement> ReplicateFluxTrainer::bucketFor(const QSize &image, const BucketTarget &target) const
{
    if (image.isEmpty() || target.resolution <= 0)
        return std::nullopt;
    const qint64 W = image.width(), H = image.height();
    // A smaller image is bucketed at its own square-equivalent resolution: never upscaled much.
    const int resolution = std::min<qint64>(target.resolution, qint64(std::sqrt(double(W * H))));
    const QList<QSize> buckets = tableBuckets(resolution);
    QSize bucket;
    if (buckets.contains(image)) {
        bucket = image;
    } else {
        // The fewest pixels cut off after scaling to cover the bucket; the first such wins (strict <).
        double fewest = std::numeric_limits<double>::infinity();
        for (const QSize &b : buckets) {
            const double scale = std::max(b.width() / double(W), b.height() / double(H));
            const qint64 w = qint64(W * scale), h = qint64(H * scale);
            const double removed = double((w - b.width()) * h + (h - b.height()) * w);
            if (removed < fewest) {
                fewest = removed;
                bucket = b;
            }
        }
    }
    if (bucket.isEmpty())
        return std::nullopt; // a side floored to 0: the trainer cannot use the image at this resolution
    const double scale = std::max(bucket.width() / double(W), bucket.height() / double(H));
    BucketPlacement p;
    p.bucket = bucket;
    p.resized = QSize(int(std::ceil(W * scale)), int(std::ceil(H * scale)));
    p.cropOffset = QPoint((p.resized.width() - bucket.width()) / 2, (p.resized.height() - bucket.height()) / 2);
    return p;
}

} // namespace lc
