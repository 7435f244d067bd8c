#pragma once

#include "export/exporttypes.h"
#include "util/result.h"

#include <QByteArray>

namespace lc {

class Library;

// The bytes of one exported image: the original with its metadata removed losslessly when nothing
// else needs changing, otherwise decoded, turned upright (EXIF orientation baked in), cropped, flattened
// onto the background, resized (long side, or kohya bucket: resize then centre crop) and encoded as PNG
// or JPEG with no metadata. Thread-safe.
// An empty result with `unchanged` set means the stored original can be used as it is (no copy needed).
struct RenderedImage
{
    QByteArray bytes;
    bool unchanged = false;
    qint64 size = 0;
};
Result<RenderedImage> renderExportImage(const Library &library, const ExportEntry &entry, const ExportOptions &options);

// Lossless metadata removal: JPEG APPn (except JFIF, ICC and Adobe) and COM segments, and fill bytes;
// PNG text, time and eXIf chunks. Both fail closed: a layout they do not fully understand gives an empty
// result, and the export then re-encodes the pixels instead of shipping the original's metadata.
QByteArray stripJpegMetadata(const QByteArray &jpeg);
QByteArray stripPngMetadata(const QByteArray &png);

} // namespace lc
