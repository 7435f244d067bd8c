#pragma once

#include "image/imageformat.h"
#include "image/imagequality.h"
#include "util/result.h"

#include <QByteArray>
#include <QImage>

#include <atomic>
#include <optional>

namespace lc {

struct ImageLimits
{
    qint64 maxPixels = 100'000'000; // checked against the header before any decoding
    int thumbnailSize = 512;        // long side of the stored thumbnail
    // Estimated peak memory of one decode (pixels x bytes per pixel of the decoded format, from the
    // header), checked before anything is allocated. 100 MP at 8 bits per channel (400 MB) fits; 100 MP
    // at 16 bits per channel, or a GIF whose logical screen is 100 MP, does not.
    qint64 maxDecodeBytes = qint64(512) * 1024 * 1024;
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
    quint64 dhash = 0;        // 64-bit difference hash: the second near-duplicate signal
    double blurScore = 0;     // variance of the Laplacian on the thumbnail (higher = sharper)
    double meanLuma = 0;      // 0-255
    QualityMetrics quality;   // sharpness at three scales, clipping, bars (curation/quality's rules)
};

// Structural checks made on the bytes before decoding, so that a hostile header cannot make the decoder
// allocate: PNG chunks walked (every chunk, ancillary ones included, must fit in the file, up to IEND),
// GIF blocks walked up to the end of the first frame, BMP pixel data present for the declared size, JPEG
// segments walked up to an End Of Image marker. Returns a Corrupt problem ("truncated or corrupt GIF")
// or nothing.
std::optional<Error> checkImageStructure(const QByteArray &bytes, FileKind kind);

// How many times analyzeImage() has called the decoder in this process (tests assert that hostile
// headers are refused before any decode).
qint64 imageDecodeCount();

// Validates, decodes at thumbnail scale (JPEG through DCT scaling), applies EXIF orientation, flattens
// alpha, and computes the thumbnail, pHash, blur score and mean luminance. Refuses images over the pixel
// limit from their header, before decoding anything. Thread-safe; allocates at most one decoded image
// at thumbnail scale (plus the full image for formats without scaled decoding).
// `bytes` is not modified (non-const only because QBuffer wants it).
// Decodes reserve their estimated memory on DecodeBudget::global() first (waiting while other workers
// hold it; `cancel`, when given, ends the wait). A canceled wait returns a problem with SkipReason::Unreadable
// and the message "canceled". Never throws.
Result<ImageAnalysis> analyzeImage(QByteArray &bytes, FileKind kind, const ImageLimits &limits,
    const std::atomic<bool> *cancel = nullptr);

// 64-bit pHash of an image (any format; converted to grayscale): the 8×8 lowest frequencies of the DCT
// of the 32×32 luma, each bit set when its coefficient is above their median.
quint64 perceptualHash(const QImage &image);
// 64-bit difference hash: the luma at 9×8, each bit set when a pixel is brighter than its right-hand
// neighbour. Gradients rather than frequencies: an independent second opinion on the pHash's candidates.
quint64 differenceHash(const QImage &image);
// Both from an encoded image (a stored thumbnail), decoded in grayscale; nullopt when it does not decode.
std::optional<std::pair<quint64, quint64>> hashesOfEncoded(const QByteArray &encoded);
inline int hammingDistance(quint64 a, quint64 b)
{
    return __builtin_popcountll(a ^ b);
}

// EXIF orientation (1-8) <-> the Qt transformation that displays it upright.
int orientationFromTransformation(int qtTransformation);

// "30000 × 30000 px (900 MP)"
QString describePixels(qint64 width, qint64 height);

} // namespace lc
