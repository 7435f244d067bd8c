#include "imagerender.h"

#include "export/bucketing.h"
#include "library/library.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <opencv2/imgproc.hpp>

namespace lc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::ImageRender", text);
}

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
    // fraction of the cost for the small enlargements buckets need.
    cv::resize(in, dst, dst.size(), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

// The one rule for what metadata removal drops: JPEG APPn segments except JFIF (APP0), ICC (APP2) and
// Adobe colour (APP14), and comments; PNG text, time and EXIF chunks.
bool isMetadataJpegMarker(quint8 marker)
{
    const bool app = marker >= 0xE0 && marker <= 0xEF;
    const bool keep = marker == 0xE0 || marker == 0xE2 || marker == 0xEE;
    return (app && !keep) || marker == 0xFE;
}

bool isMetadataPngChunk(const QByteArray &type)
{
    return type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "eXIf" || type == "tIME";
}

} // namespace

QByteArray stripJpegMetadata(const QByteArray &jpeg)
{
    if (!jpeg.startsWith("\xFF\xD8"))
        return jpeg;
    QByteArray out = jpeg.left(2);
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (quint8(jpeg[pos]) != 0xFF)
            return jpeg; // unexpected layout: keep the file as it is
        const quint8 marker = quint8(jpeg[pos + 1]);
        if (marker == 0xDA) { // start of scan: the rest is image data
            out += jpeg.mid(pos);
            return out;
        }
        const int length = (quint8(jpeg[pos + 2]) << 8) | quint8(jpeg[pos + 3]);
        if (!isMetadataJpegMarker(marker))
            out += jpeg.mid(pos, 2 + length);
        pos += 2 + length;
    }
    return jpeg;
}

QByteArray stripPngMetadata(const QByteArray &png)
{
    if (!png.startsWith("\x89PNG\r\n\x1A\n"))
        return png;
    QByteArray out = png.left(8);
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const quint32 length = be32(png.constData() + pos);
        const QByteArray type = png.mid(pos + 4, 4);
        const qsizetype chunk = 12 + qsizetype(length);
        if (pos + chunk > png.size())
            return png;
        if (!isMetadataPngChunk(type))
            out += png.mid(pos, chunk);
        pos += chunk;
        if (type == "IEND")
            break;
    }
    return out;
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
                return true;
            const quint8 marker = quint8(header[1]);
            if (marker == 0xDA)
                return false;
            if (isMetadataJpegMarker(marker))
                return true;
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

Result<RenderedImage> renderExportImage(const Library &library, const ExportEntry &e, const ExportOptions &o)
{
    if (e.keepBytes) {
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
    if (e.keepBytes) {
        RenderedImage r;
        r.size = original->size();
        if (!o.stripMetadata) {
            r.unchanged = true;
            return r;
        }
        QByteArray stripped = e.extension == QLatin1String("jpg") ? stripJpegMetadata(*original) : stripPngMetadata(*original);
        if (stripped.size() == original->size()) {
            r.unchanged = true; // nothing to strip: the stored file is the export
        } else {
            r.bytes = std::move(stripped);
            r.size = r.bytes.size();
        }
        return r;
    }

    QByteArray bytes = std::move(*original);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // bake EXIF orientation into the pixels
    reader.setAllocationLimit(2048);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::Corrupt, tr("Cannot decode %1: %2").arg(e.originalName, reader.errorString()));
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

    if (o.resize == ExportOptions::Resize::Bucket) {
        KohyaBuckets::Options bo;
        bo.resolution = QSize(o.resolution, o.resolution);
        bo.maxBucketReso = o.resolution >= 1024 ? 2048 : 1024;
        bo.noUpscale = o.bucketNoUpscale;
        const auto sel = KohyaBuckets(bo).select(flat.size());
        flat = resizeTo(flat, sel.resized);
        const int x = (flat.width() - sel.bucket.width()) / 2;
        const int y = (flat.height() - sel.bucket.height()) / 2;
        flat = flat.copy(x, y, sel.bucket.width(), sel.bucket.height());
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
        return makeError(ErrorCode::Io, tr("Cannot encode %1: %2").arg(e.fileName(), writer.errorString()));
    RenderedImage r;
    r.size = out.size();
    r.bytes = std::move(out);
    return r;
}

} // namespace lc
