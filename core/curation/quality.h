#pragma once

#include "catalog/rules.h" // isLowResolution: the flag LowResolution
#include "image/imagequality.h"
#include "util/enumkeys.h"

#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>


namespace lc::curation {

enum class QualityFlag {
    LowResolution, // below the dataset's target: fewer than half the pixels of target²
    Upscaled,      // large, but its detail is that of an image less than half its size
    Blurry,        // no sharp detail even at a quarter of the analysis scale
    Underexposed,  // a quarter of the pixels clipped to black, or very dark overall
    Overexposed,   // a quarter clipped to white, or very bright overall
    Letterboxed,   // uniform bars on two opposite sides (the content box is offered as a crop)
    ExtremeAspect, // longer than 2.5:1
    Compressed,    // a JPEG with very few bits per pixel for its size
};

// The thresholds, with the defaults the tests and the README quote. Settings can change them.
struct QualityThresholds
{
    double sharp = 0.08;          // below this at every scale: blurry
    double clipped = 0.25;        // share of clipped pixels
    double darkMean = 35;         // mean luma below: underexposed
    double brightMean = 225;      // above: overexposed
    double extremeAspect = 2.5;
    double jpegBitsPerPixel = 0.25; // below: heavily compressed

    bool operator==(const QualityThresholds &) const = default;
};

// As Settings keeps them ({"sharp": …, "clipped": …, "dark": …, "bright": …, "aspect": …, "jpegBpp": …});
// a missing or out-of-range value falls back to its default.
QJsonObject toJson(const QualityThresholds &thresholds);
QualityThresholds thresholdsFromJson(const QJsonObject &json);
// The thresholds set in Settings (QSettings "quality/thresholds"), which the GUI and the CLI share.
QualityThresholds storedQualityThresholds();
void storeQualityThresholds(const QualityThresholds &thresholds);

struct QualityFacts
{
    QSize size;       // displayed (upright) pixels
    qint64 bytes = 0; // the stored file
    QString format;   // "jpeg", "png", ...
    int targetResolution = 1024;
    bool cropped = false; // `size` is the item's crop: bars are no longer a problem
};

using QualityFlags = quint32; // bits (1 << flag)
constexpr QualityFlags flagBit(QualityFlag flag) { return QualityFlags(1) << int(flag); }
QualityFlags flagMask(const QList<QualityFlag> &flags);
// Every flag, in the order the grid, the summary and the CLI list them.
QList<QualityFlag> allQualityFlags();
// A short label for chips and badges ("Blurry", "Low resolution").
QString flagLabel(QualityFlag flag);

// Longer than `limit`:1 (either way).
bool isExtremeAspect(const QSize &size, double limit);

QList<QualityFlag> qualityFlags(const QualityMetrics &metrics, const QualityFacts &facts,
    const QualityThresholds &thresholds = {});
// One sentence per flag, for tooltips and the CLI: "blurry (sharpness 0.03, 0.04, 0.05)".
QString describeFlag(QualityFlag flag, const QualityMetrics &metrics, const QualityFacts &facts);
// The picture inside the bars of a letterboxed image, in the image's upright pixels (a crop that removes
// the bars, kept a pixel inside them); nullopt without bars.
std::optional<QRect> contentCrop(const QualityMetrics &metrics, const QSize &size);

} // namespace lc::curation

template <>
struct lc::EnumKeys<lc::curation::QualityFlag>
{
    using E = lc::curation::QualityFlag;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::LowResolution, u"low-resolution"},
        {E::Upscaled, u"upscaled"},
        {E::Blurry, u"blurry"},
        {E::Underexposed, u"underexposed"},
        {E::Overexposed, u"overexposed"},
        {E::Letterboxed, u"letterboxed"},
        {E::ExtremeAspect, u"extreme-aspect"},
        {E::Compressed, u"compressed"},
    });
};
