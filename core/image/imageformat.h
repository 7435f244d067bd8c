#pragma once

#include <QByteArrayView>
#include <QString>

namespace lc {

// What a file is, decided by its first bytes (never by its extension).
enum class FileKind {
    Jpeg,
    Png,
    WebP,
    Gif,
    Bmp,
    Tiff,
    // Recognised but not importable:
    Heic,
    Avif,
    Jxl,
    Psd,
    Svg,
    Pdf,
    Zip,
    Text,
    Empty,
    Unknown,
};

FileKind sniffFileKind(QByteArrayView head);
bool isSupportedImage(FileKind kind);
// Lowercase key stored in blobs.format: "jpeg", "png", "webp", "gif", "bmp", "tiff".
QString fileKindKey(FileKind kind);
// For messages: "JPEG", "PNG", "HEIC", "text file", ...
QString fileKindName(FileKind kind);
// The kind a file extension claims ("jpg" -> Jpeg), Unknown when the extension says nothing.
FileKind kindFromExtension(QStringView suffix);

} // namespace lc
