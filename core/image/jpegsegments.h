#pragma once

#include <QByteArray>

#include <optional>

// JPEG marker segments, read and rewritten without decoding the image (ITU T.81 Annex B).
namespace lc {

// Lossless metadata removal: APPn (except JFIF, ICC and Adobe colour) and COM segments, and fill bytes.
// Fails closed: a layout it does not fully understand gives an empty result, and the caller re-encodes the
// pixels instead of shipping the original's metadata.
QByteArray stripJpegMetadata(const QByteArray &jpeg);
// The one rule for what that removal drops: APPn segments except JFIF (APP0), ICC (APP2) and Adobe
// colour (APP14), and comments (COM).
bool isMetadataJpegMarker(quint8 marker);

// The frame header (SOFn) of a JPEG: how it is coded (n: 0 baseline, 1 extended, 2 progressive, 3 lossless,
// 9-11 arithmetic, 5-7 and 13-15 hierarchical), sample precision, size and colour components. nullopt
// when the header does not parse up to the first scan, or has no frame or more than one.
struct JpegFrame
{
    int process = 0;
    int precision = 0;
    int width = 0;
    int height = 0;
    int components = 0;
};
std::optional<JpegFrame> jpegFrame(const QByteArray &jpeg);

} // namespace lc
