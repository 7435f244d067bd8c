#pragma once

#include "image/imagequality.h"
#include "util/enumkeys.h"

#include <QList>
#include <QSize>
#include <QString>


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
};

struct QualityFacts
{
    QSize size;       // displayed (upright) pixels
    qint64 bytes = 0; // the stored file
    QString format;   // "jpeg", "png", ...
    int targetResolution = 1024;
};

QList<QualityFlag> qualityFlags(const QualityMetrics &metrics, const QualityFacts &facts,
    const QualityThresholds &thresholds = {});
// One sentence per flag, for tooltips and the CLI: "blurry (sharpness 0.03, 0.04, 0.05)".
QString describeFlag(QualityFlag flag, const QualityMetrics &metrics, const QualityFacts &facts);

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
