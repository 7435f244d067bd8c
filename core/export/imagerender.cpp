#include "imagerender.h"


#include "util/tr.h"

#include "image/decodebudget.h"
#include "image/imageformat.h"
#include "image/jpegsegments.h"
#include "library/library.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <opencv2/imgproc.hpp>

namespace lc {

namespace {


quint32 be32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) | quint8(p[3]);
}

QImage resizeTo(const QImage &image, QSize size)
{
    if (image.size() == size)
        return image;
    const QImage src = image.convertToFormat(QImage::Format_RGB32);
    QImage out(size, QImage::Format_RGB32);
    const cv::Mat in(src.height(), src.width(), CV_8UC4, const_cast<uchar *>(src.constBits()), size_t(src.bytesPerLine()));
    cv::Mat dst(out.height(), out.width(), CV_8UC4, out.bits(), size_t(out.bytesPerLine()));
    const bool shrinking = size.width() <= src.width() && size.height() <= src.height();
    // kohya uses INTER_AREA when shrinking and Lanczos when enlarging; bicubic is close to Lanczos at a
    // fraction of the cost for the small enlargements buckets need. A mild reduction (to more than half,
    // as after a DCT-scaled decode) cannot alias: bilinear, a third of INTER_AREA's cost at such ratios.
    const bool mild = shrinking && size.width() * 2 > src.width() && size.height() * 2 > src.height();
    cv::resize(in, dst, dst.size(), 0, 0, mild ? cv::INTER_LINEAR : shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

bool isMetadataPngChunk(const QByteArray &type)
{
    return type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "eXIf" || type == "tIME";
}

} // namespace

QByteArray stripPngMetadata(const QByteArray &png)
{
    // Fails closed like stripJpegMetadata().
    if (!png.startsWith("\x89PNG\r\n\x1A\n"))
        return {};
    QByteArray out = png.left(8);
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const quint32 length = be32(png.constData() + pos);
        const QByteArray type = png.mid(pos + 4, 4);
        const qsizetype chunk = 12 + qsizetype(length);
        if (length > 0x7FFFFFFFu || pos + chunk > png.size())
            return {};
        if (!isMetadataPngChunk(type))
            out += png.mid(pos, chunk);
        pos += chunk;
        if (type == "IEND")
            return out;
    }
    return {};
}

static bool hasStrippableMetadata(const QString &path, bool jpeg)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // let the full read report the problem
    if (jpeg) {
        // Every APPn/COM segment comes before the first scan: walk the segment headers only.
        qint64 pos = 2;
        const qint64 size = f.size();
        while (pos + 4 <= size) {
            f.seek(pos);
            const QByteArray header = f.read(4);
            if (header.size() < 4 || quint8(header[0]) != 0xFF)
                return true; // not understood: the full strip decides (and re-encodes if it must)
            const quint8 marker = quint8(header[1]);
            if (marker == 0xFF)
                return true; // fill bytes: let the full strip remove them
            if (marker == 0xDA)
                return false;
            if (isMetadataJpegMarker(marker))
                return true;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            pos += 2 + ((quint8(header[2]) << 8) | quint8(header[3]));
        }
        return true;
    }
    // PNG: walk the chunk headers (text chunks may follow the image data).
    qint64 pos = 8;
    const qint64 size = f.size();
    while (pos + 8 <= size) {
        f.seek(pos);
        const QByteArray header = f.read(8);
        if (header.size() < 8)
            return true;
        const QByteArray type = header.mid(4, 4);
        if (isMetadataPngChunk(type))
            return true;
        if (type == "IEND")
            return false;
        pos += 12 + qint64(be32(header.constData()));
    }
    return true;
}

// True when the stored file already is what every trainer reads correctly: 8-bit grey or RGB, no palette,
// no ICC profile (trainers' loaders ignore profiles, and PIL clips 16-bit PNGs to almost white). Anything
// else is decoded and written as 8-bit sRGB.
static bool isPlain8BitSrgb(const QString &path, bool jpeg)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = f.size();
    if (jpeg) {
        qint64 pos = 2;
        while (pos + 4 <= size) {
            f.seek(pos);
            const QByteArray header = f.read(16);
            if (header.size() < 4 || quint8(header[0]) != 0xFF)
                return false;
            const quint8 marker = quint8(header[1]);
            if (marker == 0xDA)
                return true; // the scan: every header before it was fine
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0xFF) {
                pos += marker == 0xFF ? 1 : 2;
                continue;
            }
            const int length = (quint8(header[2]) << 8) | quint8(header[3]);
            if (marker == 0xE2 && header.mid(4, 11) == "ICC_PROFILE")
                return false; // an embedded profile: convert to sRGB
            const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (header.size() < 10)
                    return false;
                const int precision = quint8(header[4]);
                const int components = quint8(header[9]);
                if (precision != 8 || (components != 1 && components != 3))
                    return false; // 12-bit, or CMYK/YCCK
            }
            pos += 2 + length;
        }
        return false;
    }
    qint64 pos = 8;
    while (pos + 8 <= size) {
        f.seek(pos);
        const QByteArray header = f.read(8 + 13);
        if (header.size() < 8)
            return false;
        const QByteArray type = header.mid(4, 4);
        if (type == "IHDR") {
            if (header.size() < 8 + 10)
                return false;
            const int depth = quint8(header[8 + 8]);
            const int colour = quint8(header[8 + 9]);
            if (depth != 8 || (colour != 0 && colour != 2))
                return false; // 16-bit, fewer bits, a palette, or alpha
        } else if (type == "iCCP") {
            return false;
        } else if (type == "IDAT") {
            return true;
        }
        pos += 12 + qint64(be32(header.constData()));
    }
    return false;
}

Result<RenderedImage> renderExportImage(const Library &library, const ExportEntry &e, const ExportOptions &o)
{
    // Original bytes only for plain 8-bit sRGB files; the rest is converted below.
    const bool keepBytes = e.keepBytes && isPlain8BitSrgb(library.store().pathFor(e.hash), e.extension == QLatin1String("jpg"));
    if (keepBytes) {
        const QString path = library.store().pathFor(e.hash);
        if (!o.stripMetadata || !hasStrippableMetadata(path, e.extension == QLatin1String("jpg"))) {
            RenderedImage r;
            r.unchanged = true; // the stored file is the export: no copy in memory
            r.size = QFileInfo(path).size();
            return r;
        }
    }
    auto original = library.store().read(e.hash);
    if (!original)
        return original.error();
    if (keepBytes) {
        RenderedImage r;
        r.size = original->size();
        if (!o.stripMetadata) {
            r.unchanged = true;
            return r;
        }
        QByteArray stripped = e.extension == QLatin1String("jpg") ? stripJpegMetadata(*original) : stripPngMetadata(*original);
        if (!stripped.isEmpty()) {
            if (stripped == *original) {
                r.unchanged = true; // nothing to strip: the stored file is the export
            } else {
                r.bytes = std::move(stripped);
                r.size = r.bytes.size();
            }
            return r;
        }
        // A layout the stripper does not understand: re-encode (fail closed) rather than ship metadata.
    }

    QByteArray bytes = std::move(*original);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // bake EXIF orientation into the pixels
    reader.setAllocationLimit(2048);
    // Decodes share the process-wide memory budget with the import (the image, its flattened copy and
    // the resized one).
    const QSize header = reader.size();
    DecodeBudget &budget = DecodeBudget::global();
    const qint64 estimate = std::min(budget.capacity(), qint64(std::max(0, header.width())) * std::max(0, header.height()) * 4 * 3);
    budget.acquire(estimate);
    DecodeReservation reservation(budget, estimate);
    // A JPEG at least twice its output's size is decoded at 1/2, 1/4 or 1/8 through libjpeg's DCT scaling
    // (as vipsthumbnail does), a fraction of the decode and resize work; the resize below then makes the
    // exact size. Upright, uncropped images only, where the scaled size maps one to one.
    const QSize target = o.resize == ExportOptions::Resize::Bucket && !e.bucketResized.isEmpty() ? e.bucketResized : e.outputSize;
    if (e.sourceFormat == toKey(FileKind::Jpeg) && e.orientation == 1 && !e.crop && header.isValid() && target.isValid()) {
        for (int k : {8, 4, 2}) {
            const QSize scaled((header.width() + k - 1) / k, (header.height() + k - 1) / k);
            if (scaled.width() >= target.width() && scaled.height() >= target.height()) {
                reader.setScaledSize(scaled); // libjpeg's own size for 1/k: Qt adds no smoothing pass
                break;
            }
        }
    }
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::Corrupt, ExportTr::tr("Cannot decode %1: %2").arg(e.originalName, reader.errorString()));
    // Trainers read pixels as sRGB: an image with another profile is converted, not reinterpreted.
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    if (e.crop)
        image = image.copy(*e.crop);

    // Flatten alpha onto the background; every trainer converts to RGB and would otherwise show whatever
    // lies under transparent pixels.
    QImage flat;
    if (image.hasAlphaChannel()) {
        flat = QImage(image.size(), QImage::Format_RGB32);
        flat.fill(o.background);
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    } else {
        flat = image.convertToFormat(QImage::Format_RGB32);
    }
    image = QImage();

    if (o.resize == ExportOptions::Resize::Bucket && !e.bucketResized.isEmpty()) {
        // The trainer's own placement (planned by its bucket engine): resize, then cut the bucket out.
        if (flat.size() != e.bucketResized)
            flat = resizeTo(flat, e.bucketResized);
        if (flat.size() != e.outputSize)
            flat = flat.copy(QRect(e.bucketOffset, e.outputSize));
    } else if (flat.size() != e.outputSize) {
        flat = resizeTo(flat, e.outputSize);
    }

    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    const bool jpeg = e.extension == QLatin1String("jpg");
    QImageWriter writer(&sink, jpeg ? "jpeg" : "png");
    if (jpeg)
        writer.setQuality(std::clamp(o.jpegQuality, 1, 100));
    // A fresh image carries no text keys, so nothing but pixels is written.
    const QImage clean = QImage(flat.constBits(), flat.width(), flat.height(), flat.bytesPerLine(), QImage::Format_RGB32)
                             .convertToFormat(QImage::Format_RGB888);
    if (!writer.write(clean))
        return makeError(ErrorCode::Io, ExportTr::tr("Cannot encode %1: %2").arg(e.fileName(), writer.errorString()));
    RenderedImage r;
    r.size = out.size();
    r.bytes = std::move(out);
    return r;
}

} // namespace lc
