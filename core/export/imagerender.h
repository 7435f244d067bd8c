#pragma once

#include "export/exporttypes.h"
#include "util/result.h"

#include "image/jpegsegments.h"

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

// Lossless PNG metadata removal: text, time and eXIf chunks. Fails closed like stripJpegMetadata()
// (image/jpegsegments.h): a layout it does not fully understand gives an empty result, and the export then
// re-encodes the pixels instead of shipping the original's metadata.
QByteArray stripPngMetadata(const QByteArray &png);

} // namespace lc
