#include "curation/qualityreport.h"

#include "catalog/datasets.h"
#include "edit/catalogwriter.h"
#include "library/library.h"
#include "store/thumbnailstore.h"
#include "util/tr.h"

#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <vector>

namespace lc::curation {

namespace {

constexpr int AnalysisSide = 512; // as image/imagequality measures

} // namespace

QList<QualityFlag> qualityFlags(const QualityMetrics &m, const QualityFacts &facts, const QualityThresholds &t)
{
    QList<QualityFlag> flags;
    const qint64 pixels = qint64(facts.size.width()) * facts.size.height();
    const qint64 target = qint64(facts.targetResolution) * facts.targetResolution;
    if (pixels > 0 && pixels * 2 < target)
        flags << QualityFlag::LowResolution;
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
    if (m.contentBox)
        flags << QualityFlag::Letterboxed;
    const int shortSide = std::min(facts.size.width(), facts.size.height());
    if (shortSide > 0 && double(longSide) / shortSide > t.extremeAspect)
        flags << QualityFlag::ExtremeAspect;
    // Few bits a pixel mean heavy compression, except in a nearly black or white picture, which has
    // little to encode.
    const bool clipped = flags.contains(QualityFlag::Underexposed) || flags.contains(QualityFlag::Overexposed);
    if (facts.format == QLatin1String("jpeg") && pixels > 0 && !clipped && double(facts.bytes) * 8.0 / double(pixels) < t.jpegBitsPerPixel)
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

Result<QualityReport> analyzeQuality(const Library &library, DatasetId dataset, const QualityThresholds &thresholds,
    const std::atomic<bool> *cancel)
{
    auto d = Datasets(library.catalog()).get(dataset);
    if (!d)
        return d.error();
    auto rows = QualityRows(library.catalog()).items(dataset);
    if (!rows)
        return rows.error();
    QualityReport report;
    // Measure the images stored before (once per image, on every core), from their thumbnails.
    QList<ContentHash> missing;
    QSet<ContentHash> seen;
    for (const QualityRow &r : std::as_const(*rows)) {
        if (r.quality.isEmpty() && !seen.contains(r.blob)) {
            seen.insert(r.blob);
            missing.append(r.blob);
        }
    }
    QHash<ContentHash, QString> measured;
    if (!missing.isEmpty()) {
        const ThumbnailStore &thumbnails = library.thumbnails();
        const QList<QString> results = QtConcurrent::blockingMapped(missing, [&](const ContentHash &blob) -> QString {
            if (cancel && cancel->load())
                return {};
            const QImage thumbnail(thumbnails.pathFor(blob));
            if (thumbnail.isNull())
                return {};
            return QString::fromUtf8(QJsonDocument(toJson(measureQuality(thumbnail))).toJson(QJsonDocument::Compact));
        });
        if (cancel && cancel->load())
            return Error(ErrorCode::Canceled, CurationTr::tr("Canceled."));
        QList<std::pair<ContentHash, QString>> toStore;
        for (qsizetype i = 0; i < missing.size(); ++i) {
            if (results[i].isEmpty()) {
                ++report.unreadable;
                continue;
            }
            measured.insert(missing[i], results[i]);
            toStore.append({missing[i], results[i]});
        }
        report.measuredNow = int(toStore.size());
        if (!toStore.isEmpty()) {
            const Catalog &catalog = library.catalog();
            auto stored = library.writer().write<void>(CurationTr::tr("Store quality measurements"), [&]() -> Result<void> {
                return QualityRows::setQuality(catalog, toStore);
            }).result();
            if (!stored)
                return stored.error();
        }
    }
    for (QualityRow &r : *rows) {
        if (r.quality.isEmpty())
            r.quality = measured.value(r.blob);
        auto metrics = qualityFromJson(QJsonDocument::fromJson(r.quality.toUtf8()).object());
        if (!metrics)
            continue;
        ItemQuality item{r, *metrics, {}};
        item.flags = qualityFlags(*metrics, {QSize(r.width, r.height), r.bytes, r.format, d->settings.targetResolution}, thresholds);
        for (QualityFlag f : std::as_const(item.flags))
            ++report.counts[f];
        report.items.append(std::move(item));
    }
    return report;
}

} // namespace lc::curation
