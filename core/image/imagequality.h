#pragma once

#include <QImage>
#include <QJsonObject>
#include <QRectF>

#include <optional>

namespace cv {
class Mat;
}

namespace lc {

// What an image's pixels say about its quality, measured once on its upright luma at analysis scale
// (the import's thumbnail, ≤ 512 px on the long side). Sizes and the file's bytes come from the catalog.
struct QualityMetrics
{
    // Detail at the analysis scale, at half and at a quarter of it: the strongest tiles' Laplacian
    // variance over their own contrast, so a sharp subject on a smooth sky still counts as sharp and a
    // flat, dim image is not called blurry for being dim. ~0.2+ for in-focus photos.
    double sharpness = 0;
    double sharpnessHalf = 0;
    double sharpnessQuarter = 0;
    double darkClip = 0;   // share of pixels at or below 4 (of 255)
    double brightClip = 0; // share at or above 251
    double meanLuma = 0;
    // The picture inside uniform bars (letterbox or pillarbox), as fractions of the frame; nullopt
    // without bars.
    std::optional<QRectF> contentBox;
};

// Measures an image (any format; converted to 8-bit luma, scaled to ≤ 512 px when larger).
QualityMetrics measureQuality(const QImage &image);
// The same on 8-bit luma (the import's analysis image).
QualityMetrics measureQuality(const cv::Mat &gray);

// As the catalog keeps them (blobs.quality): {"s": …, "s2": …, "s4": …, "dark": …, "bright": …,
// "mean": …, "box": [x, y, w, h]}.
QJsonObject toJson(const QualityMetrics &metrics);
std::optional<QualityMetrics> qualityFromJson(const QJsonObject &json);


} // namespace lc
