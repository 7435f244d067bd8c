#pragma once

#include "util/enumkeys.h"

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

// The key stored in blobs.format ("jpeg", "png", "webp", "gif", "bmp", "tiff"), also the format name
// QImageReader takes.
template <>
struct EnumKeys<FileKind>
{
    static constexpr auto keys = std::to_array<EnumKey<FileKind>>({
        {FileKind::Jpeg, u"jpeg"},
        {FileKind::Png, u"png"},
        {FileKind::WebP, u"webp"},
        {FileKind::Gif, u"gif"},
        {FileKind::Bmp, u"bmp"},
        {FileKind::Tiff, u"tiff"},
        {FileKind::Heic, u"heic"},
        {FileKind::Avif, u"avif"},
        {FileKind::Jxl, u"jxl"},
        {FileKind::Psd, u"psd"},
        {FileKind::Svg, u"svg"},
        {FileKind::Pdf, u"pdf"},
        {FileKind::Zip, u"zip"},
        {FileKind::Text, u"text"},
        {FileKind::Empty, u"empty"},
        {FileKind::Unknown, u"unknown"},
    });
};

FileKind sniffFileKind(QByteArrayView head);
bool isSupportedImage(FileKind kind);
QString fileKindKey(FileKind kind); // toKey(kind)
// For messages: "JPEG", "PNG", "HEIC", "text file", ...
QString fileKindName(FileKind kind);
// The kind a file extension claims ("jpg" -> Jpeg), Unknown when the extension says nothing.
FileKind kindFromExtension(QStringView suffix);

} // namespace lc
