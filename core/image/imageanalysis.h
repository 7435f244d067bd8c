#pragma once

#include "image/imageformat.h"
#include "import/skipreason.h"

#include <QByteArray>
#include <QImage>

#include <variant>

namespace lc {

struct ImageLimits
{
    qint64 maxPixels = 100'000'000; // checked against the header before any decoding
    int thumbnailSize = 512;        // long side of the stored thumbnail
};

// Everything the import learns about an image in one decode.
struct ImageAnalysis
{
    FileKind kind = FileKind::Unknown;
    int width = 0;       // as displayed, after EXIF orientation
    int height = 0;
    int orientation = 1; // EXIF orientation 1-8 of the original bytes
    bool hasAlpha = false;
    QByteArray thumbnailJpeg; // long side thumbnailSize (or smaller originals as they are)
    quint64 phash = 0;        // 64-bit DCT perceptual hash
    double blurScore = 0;     // variance of the Laplacian on the thumbnail (higher = sharper)
    double meanLuma = 0;      // 0-255
};

struct ImageProblem
{
    SkipReason reason;
    QString message;
};

// Validates, decodes at thumbnail scale (JPEG through DCT scaling), applies EXIF orientation, flattens
// alpha, and computes the thumbnail, pHash, blur score and mean luminance. Refuses images over the pixel
// limit from their header, before decoding anything. Thread-safe; allocates at most one decoded image
// at thumbnail scale (plus the full image for formats without scaled decoding).
// `bytes` is not modified (non-const only because QBuffer wants it).
std::variant<ImageAnalysis, ImageProblem> analyzeImage(QByteArray &bytes, FileKind kind, const ImageLimits &limits);

// 64-bit pHash of an image (any format; converted to grayscale).
quint64 perceptualHash(const QImage &image);
int hammingDistance(quint64 a, quint64 b);

// EXIF orientation (1-8) <-> the Qt transformation that displays it upright.
int orientationFromTransformation(int qtTransformation);

// "30000 × 30000 px (900 MP)"
QString describePixels(qint64 width, qint64 height);

} // namespace lc
