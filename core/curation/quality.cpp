#include "curation/qualityreport.h"

#include "catalog/datasets.h"
#include "catalog/rules.h"
#include "edit/catalogwriter.h"
#include "library/library.h"
#include "store/thumbnailstore.h"
#include "util/tr.h"
#include "util/handoff.h"

#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lc::curation {

namespace {

constexpr int AnalysisSide = 512; // as image/imagequality measures
const QString ThresholdsKey = QStringLiteral("quality/thresholds");

// `value` when it is a number within [low, high], else `fallback`.
double within(const QJsonObject &json, const QString &key, double low, double high, double fallback)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    return d >= low && d <= high ? d : fallback;
}

} // namespace

QJsonObject toJson(const QualityThresholds &t)
{
    return {{QStringLiteral("sharp"), t.sharp}, {QStringLiteral("clipped"), t.clipped}, {QStringLiteral("dark"), t.darkMean},
        {QStringLiteral("bright"), t.brightMean}, {QStringLiteral("aspect"), t.extremeAspect},
        {QStringLiteral("jpegBpp"), t.jpegBitsPerPixel}};
}

QualityThresholds thresholdsFromJson(const QJsonObject &json)
{
    const QualityThresholds d;
    QualityThresholds t;
    t.sharp = within(json, QStringLiteral("sharp"), 0, 1, d.sharp);
    t.clipped = within(json, QStringLiteral("clipped"), 0.01, 1, d.clipped);
    t.darkMean = within(json, QStringLiteral("dark"), 0, 255, d.darkMean);
    t.brightMean = within(json, QStringLiteral("bright"), 0, 255, d.brightMean);
    t.extremeAspect = within(json, QStringLiteral("aspect"), 1, 100, d.extremeAspect);
    t.jpegBitsPerPixel = within(json, QStringLiteral("jpegBpp"), 0, 24, d.jpegBitsPerPixel);
    return t;
}

QualityThresholds storedQualityThresholds()
{
    return thresholdsFromJson(QJsonDocument::fromJson(QSettings().value(ThresholdsKey).toByteArray()).object());
}

void storeQualityThresholds(const QualityThresholds &thresholds)
{
    QSettings settings;
    if (thresholds == QualityThresholds())
        settings.remove(ThresholdsKey); // the defaults follow future releases
    else
        settings.setValue(ThresholdsKey, QJsonDocument(toJson(thresholds)).toJson(QJsonDocument::Compact));
}

QualityFlags flagMask(const QList<QualityFlag> &flags)
{
    QualityFlags mask = 0;
    for (QualityFlag f : flags)
        mask |= flagBit(f);
    return mask;
}

QList<QualityFlag> allQualityFlags()
{
    return {QualityFlag::LowResolution, QualityFlag::Upscaled, QualityFlag::Blurry, QualityFlag::Underexposed,
        QualityFlag::Overexposed, QualityFlag::Letterboxed, QualityFlag::ExtremeAspect, QualityFlag::Compressed};
}

QString flagLabel(QualityFlag flag)
{
    switch (flag) {
    case QualityFlag::LowResolution: return CurationTr::tr("Low resolution");
    case QualityFlag::Upscaled: return CurationTr::tr("Upscaled");
    case QualityFlag::Blurry: return CurationTr::tr("Blurry");
    case QualityFlag::Underexposed: return CurationTr::tr("Too dark");
    case QualityFlag::Overexposed: return CurationTr::tr("Too bright");
    case QualityFlag::Letterboxed: return CurationTr::tr("Bars");
    case QualityFlag::ExtremeAspect: return CurationTr::tr("Extreme aspect");
    case QualityFlag::Compressed: return CurationTr::tr("Compressed");
    }
    return {};
}

std::optional<QRect> contentCrop(const QualityMetrics &metrics, const QSize &size)
{
    if (!metrics.contentBox || size.isEmpty())
        return std::nullopt;
    const QRectF &b = *metrics.contentBox;
    const int left = int(std::ceil(b.left() * size.width())) + 1;
    const int top = int(std::ceil(b.top() * size.height())) + 1;
    const int right = int(std::floor(b.right() * size.width())) - 1; // exclusive
    const int bottom = int(std::floor(b.bottom() * size.height())) - 1;
    const QRect crop = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)) & QRect(QPoint(0, 0), size);
    if (crop.width() < 16 || crop.height() < 16 || crop.size() == size)
        return std::nullopt;
    return crop;
}

bool isExtremeAspect(const QSize &size, double limit)
{
    const int shortSide = std::min(size.width(), size.height());
    const int longSide = std::max(size.width(), size.height());
    return shortSide > 0 && double(longSide) / shortSide > limit;
}

QList<QualityFlag> qualityFlags(const QualityMetrics &m, const QualityFacts &facts, const QualityThresholds &t)
{
    QList<QualityFlag> flags;
    const qint64 pixels = qint64(facts.size.width()) * facts.size.height();
    if (pixels > 0 && isLowResolution(facts.size.width(), facts.size.height(), facts.targetResolution))
        flags << QualityFlag::LowResolution; // the grid's LOW RES badge and the export's rule
    // Detail, from the analysis image (≤ 512 px): a picture sharp there may have more detail than that
    // scale shows, so only one that is not says anything. Sharp once halved, and larger than the
    // analysis scale: its detail is that of an image a fraction of its size (upscaled, or soft enough
    // that its pixels are wasted). Not sharp even halved, or no larger than the analysis scale: blurry.
    const int longSide = std::max(facts.size.width(), facts.size.height());
    const bool sharpFull = m.sharpness >= t.sharp;
    const bool sharpHalf = m.sharpnessHalf >= t.sharp;
    if (!sharpFull) {
        if (sharpHalf && longSide > AnalysisSide)
            flags << QualityFlag::Upscaled;
        else
            flags << QualityFlag::Blurry;
    }
    if (m.darkClip >= t.clipped || m.meanLuma < t.darkMean)
        flags << QualityFlag::Underexposed;
    if (m.brightClip >= t.clipped || m.meanLuma > t.brightMean)
        flags << QualityFlag::Overexposed;
    if (m.contentBox && !facts.cropped)
        flags << QualityFlag::Letterboxed;
    if (isExtremeAspect(facts.size, t.extremeAspect))
        flags << QualityFlag::ExtremeAspect;
    // Few bits a pixel mean heavy compression, except in a nearly black or white picture, which has
    // little to encode (whatever the exposure thresholds say).
    const bool littleToEncode = m.meanLuma < 40 || m.meanLuma > 215 || m.darkClip + m.brightClip >= 0.25;
    if (facts.format == QLatin1String("jpeg") && pixels > 0 && !littleToEncode && double(facts.bytes) * 8.0 / double(pixels) < t.jpegBitsPerPixel)
        flags << QualityFlag::Compressed;
    return flags;
}

QString describeFlag(QualityFlag flag, const QualityMetrics &m, const QualityFacts &facts)
{
    const qint64 pixels = qint64(facts.size.width()) * facts.size.height();
    switch (flag) {
    case QualityFlag::LowResolution:
        return CurationTr::tr("low resolution (%1 × %2 for a %3 px target)").arg(facts.size.width()).arg(facts.size.height()).arg(facts.targetResolution);
    case QualityFlag::Upscaled:
        return CurationTr::tr("looks upscaled (sharp only when reduced; sharpness %1, %2, %3)")
            .arg(m.sharpness, 0, 'f', 2).arg(m.sharpnessHalf, 0, 'f', 2).arg(m.sharpnessQuarter, 0, 'f', 2);
    case QualityFlag::Blurry:
        return CurationTr::tr("blurry (sharpness %1, %2, %3)").arg(m.sharpness, 0, 'f', 2).arg(m.sharpnessHalf, 0, 'f', 2).arg(m.sharpnessQuarter, 0, 'f', 2);
    case QualityFlag::Underexposed:
        return CurationTr::tr("underexposed (%1 % black, mean %2)").arg(qRound(m.darkClip * 100)).arg(qRound(m.meanLuma));
    case QualityFlag::Overexposed:
        return CurationTr::tr("overexposed (%1 % white, mean %2)").arg(qRound(m.brightClip * 100)).arg(qRound(m.meanLuma));
    case QualityFlag::Letterboxed:
        return m.contentBox ? CurationTr::tr("bars around the picture (content %1 % × %2 %)")
                                  .arg(qRound(m.contentBox->width() * 100)).arg(qRound(m.contentBox->height() * 100))
                            : CurationTr::tr("bars around the picture");
    case QualityFlag::ExtremeAspect:
        return CurationTr::tr("extreme aspect ratio (%1 × %2)").arg(facts.size.width()).arg(facts.size.height());
    case QualityFlag::Compressed:
        return CurationTr::tr("heavily compressed (%1 bits a pixel)").arg(pixels > 0 ? double(facts.bytes) * 8.0 / double(pixels) : 0.0, 0, 'f', 2);
    }
    return {};
}

Result<QualityReport> analyzeQuality(const Library &library, DatasetId dataset, const QualityOptions &options)
{
    auto d = Datasets(library.catalog()).get(dataset);
    if (!d)
        return d.error();
    // File names and blobs only for what needs them: the grid's counts and filter read the facts alone.
    const bool names = options.measureMissing || (options.keepItems && options.withNames);
    auto rows = QualityRows(library.catalog()).items(dataset, names ? QualityRows::Columns::Names : QualityRows::Columns::Facts);
    if (!rows)
        return rows.error();
    const std::atomic<bool> *cancel = options.cancel;
    QualityReport report;
    // Measure the images stored before (once per image, on every core), from their thumbnails.
    QList<ContentHash> missing;
    QHash<ContentHash, QualityMetrics> measured;
    if (options.measureMissing) {
        QSet<ContentHash> seen;
        for (const QualityRow &r : std::as_const(*rows)) {
            if (!r.metrics && !seen.contains(r.blob)) {
                seen.insert(r.blob);
                missing.append(r.blob);
            }
        }
    }
    if (!missing.isEmpty()) {
        const ThumbnailStore &thumbnails = library.thumbnails();
        std::atomic<int> done = 0;
        const int total = int(missing.size());
        if (options.progress)
            options.progress(0, total);
        using Measured = QList<std::optional<QualityMetrics>>;
        const Measured results = blockingMapped<Measured>(nullptr, missing,
            [&](const ContentHash &blob) -> std::optional<QualityMetrics> {
                if (cancel && cancel->load())
                    return std::nullopt;
                const QImage thumbnail(thumbnails.pathFor(blob));
                std::optional<QualityMetrics> m;
                if (!thumbnail.isNull())
                    m = measureQuality(thumbnail);
                const int n = ++done;
                if (options.progress)
                    options.progress(n, total);
                return m;
            });
        if (cancel && cancel->load())
            return Error(ErrorCode::Canceled, CurationTr::tr("Canceled."));
        QList<std::pair<ContentHash, QString>> toStore;
        for (qsizetype i = 0; i < missing.size(); ++i) {
            if (!results[i]) {
                ++report.unreadable;
                continue;
            }
            measured.insert(missing[i], *results[i]);
            toStore.append({missing[i], QString::fromUtf8(QJsonDocument(toJson(*results[i])).toJson(QJsonDocument::Compact))});
        }
        report.measuredNow = int(toStore.size());
        if (!toStore.isEmpty()) {
            const Catalog &catalog = library.catalog();
            auto stored = library.writer().write<void>(CurationTr::tr("Store quality measurements"), [&]() -> Result<void> {
                return QualityRows::setQuality(catalog, toStore);
            }).result();
            if (!stored)
                return stored.error();
            library.catalog().qualityChanged(); // committed: caches of the flags are stale now
        }
    }
    report.itemCount = int(rows->size());
    for (QualityRow &r : *rows) {
        if (!r.metrics && measured.contains(r.blob))
            r.metrics = measured.value(r.blob);
        if (!r.metrics) {
            ++report.notMeasured;
            continue;
        }
        const QSize size = r.crop ? r.crop->size() : QSize(r.width, r.height);
        const QList<QualityFlag> flags = qualityFlags(*r.metrics,
            {size, r.bytes, r.format, d->settings.targetResolution, r.crop.has_value()}, options.thresholds);
        for (QualityFlag f : flags)
            ++report.counts[f];
        if (flags.isEmpty())
            continue;
        ++report.flaggedCount;
        const QualityFlags mask = flagMask(flags);
        if (options.keepMasks)
            report.masks.append({r.item, mask});
        if (options.keepItems && (options.only == 0 || (mask & options.only) != 0))
            report.items.append({r, *r.metrics, flags});
    }
    return report;
}

} // namespace lc::curation
