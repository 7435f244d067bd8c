#include "imageformat.h"

#include "util/tr.h"

#include <QCoreApplication>

namespace lc {

namespace {

bool startsWith(QByteArrayView data, QByteArrayView prefix, qsizetype at = 0)
{
    return data.size() >= at + prefix.size() && data.sliced(at, prefix.size()) == prefix;
}

bool looksLikeText(QByteArrayView head)
{
    // UTF-8/ASCII text: no NUL bytes and mostly printable characters in the first block.
    if (head.isEmpty())
        return false;
    qsizetype printable = 0;
    const qsizetype n = std::min<qsizetype>(head.size(), 4096);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c == 0)
            return false;
        if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c >= 0x80)
            ++printable;
    }
    return printable * 100 >= n * 95;
}

} // namespace

FileKind sniffFileKind(QByteArrayView head)
{
    if (head.isEmpty())
        return FileKind::Empty;
    if (startsWith(head, "\xFF\xD8\xFF"))
        return FileKind::Jpeg;
    if (startsWith(head, "\x89PNG\r\n\x1A\n"))
        return FileKind::Png;
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8))
        return FileKind::WebP;
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))
        return FileKind::Gif;
    if (startsWith(head, "BM") && head.size() >= 26)
        return FileKind::Bmp;
    if (startsWith(head, QByteArrayView("II*\0", 4)) || startsWith(head, QByteArrayView("MM\0*", 4)))
        return FileKind::Tiff;
    if (startsWith(head, "ftyp", 4)) {
        const QByteArrayView brand = head.size() >= 12 ? head.sliced(8, 4) : QByteArrayView();
        if (brand == "avif" || brand == "avis")
            return FileKind::Avif;
        if (brand == "heic" || brand == "heix" || brand == "hevc" || brand == "heim" || brand == "heis"
            || brand == "mif1" || brand == "msf1")
            return FileKind::Heic;
    }
    if (startsWith(head, "\xFF\x0A") || startsWith(head, QByteArrayView("\0\0\0\x0CJXL \r\n\x87\n", 12)))
        return FileKind::Jxl;
    if (startsWith(head, "8BPS"))
        return FileKind::Psd;
    if (startsWith(head, "%PDF"))
        return FileKind::Pdf;
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06"))
        return FileKind::Zip;
    if (looksLikeText(head)) {
        const QByteArray lower = head.first(std::min<qsizetype>(head.size(), 512)).toByteArray().toLower();
        if (lower.contains("<svg"))
            return FileKind::Svg;
        return FileKind::Text;
    }
    return FileKind::Unknown;
}

bool isSupportedImage(FileKind kind)
{
    switch (kind) {
    case FileKind::Jpeg:
    case FileKind::Png:
    case FileKind::WebP:
    case FileKind::Gif:
    case FileKind::Bmp:
    case FileKind::Tiff:
        return true;
    default:
        return false;
    }
}

QString fileKindKey(FileKind kind)
{
    return toKey(kind);
}

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Text: return ImageTr::tr("text file");
    case FileKind::Pdf: return ImageTr::tr("PDF document");
    case FileKind::Zip: return ImageTr::tr("ZIP archive");
    case FileKind::Empty: return ImageTr::tr("empty file");
    case FileKind::Unknown: return ImageTr::tr("unknown file type");
    case FileKind::Jxl: return QStringLiteral("JPEG XL");
    default: return fileKindKey(kind).toUpper();
    }
}

FileKind kindFromExtension(QStringView suffix)
{
    const QString s = suffix.toString().toLower();
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg") || s == QLatin1String("jpe") || s == QLatin1String("jfif"))
        return FileKind::Jpeg;
    if (s == QLatin1String("png"))
        return FileKind::Png;
    if (s == QLatin1String("webp"))
        return FileKind::WebP;
    if (s == QLatin1String("gif"))
        return FileKind::Gif;
    if (s == QLatin1String("bmp") || s == QLatin1String("dib"))
        return FileKind::Bmp;
    if (s == QLatin1String("tif") || s == QLatin1String("tiff"))
        return FileKind::Tiff;
    if (s == QLatin1String("heic") || s == QLatin1String("heif"))
        return FileKind::Heic;
    if (s == QLatin1String("avif"))
        return FileKind::Avif;
    if (s == QLatin1String("zip"))
        return FileKind::Zip;
    if (s == QLatin1String("txt") || s == QLatin1String("caption"))
        return FileKind::Text;
    return FileKind::Unknown;
}

} // namespace lc
