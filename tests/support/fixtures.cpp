#include "fixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QPolygonF>
#include <QTransform>
#include <QPen>
#include <QRandomGenerator>
#include <QtConcurrent>

#include <cstdio>
#include <stdexcept>

#include <jpeglib.h>
#include <zip.h>

namespace lc::fixtures {

QImage makeImage(int width, int height, int seed, QImage::Format format, bool photoNoise)
{
    QImage image(width, height, QImage::Format_ARGB32);
    QRandomGenerator rng(quint32(seed) * 2654435761u + 1);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 180, 230));
    g.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), 200, 90));
    QPainter p(&image);
    p.fillRect(image.rect(), g);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), 200, 200, 200));
        p.setPen(Qt::NoPen);
        const int w = 1 + int(rng.bounded(std::max(1, width / 3)));
        const int h = 1 + int(rng.bounded(std::max(1, height / 3)));
        p.drawEllipse(int(rng.bounded(width)), int(rng.bounded(height)), w, h);
    }
    p.end();
    // Light noise makes JPEGs realistically sized.
    const int stepY = photoNoise ? 1 : 2;
    const int stepX = photoNoise ? 1 : 3;
    for (int y = 0; y < height; y += stepY) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; x += stepX) {
            const int n = int(rng.bounded(24)) - 12;
            const QRgb c = line[x];
            line[x] = qRgba(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255), qAlpha(c));
        }
    }
    return format == QImage::Format_ARGB32 ? image : image.convertToFormat(format);
}

QImage makeScene(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator rng(quint32(seed) * 2246822519u + 7);
    auto anyPoint = [&] { return QPointF(rng.bounded(width), rng.bounded(height)); };
    QLinearGradient g(anyPoint(), anyPoint());
    g.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(256)), int(rng.bounded(256))));
    g.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(256)), int(rng.bounded(256))));
    QPainter p(&image);
    p.fillRect(image.rect(), g);
    p.setRenderHint(QPainter::Antialiasing);
    const int shapes = 20 + int(rng.bounded(21));
    for (int i = 0; i < shapes; ++i) {
        const QColor colour = QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(256)), int(rng.bounded(256)), 160 + int(rng.bounded(96)));
        const double scale = i < 4 ? 0.7 : i < 12 ? 0.35 : 0.15; // a few large shapes, then smaller ones
        const double w = 2 + rng.bounded(width * scale), h = 2 + rng.bounded(height * scale);
        const QPointF at = anyPoint();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        switch (rng.bounded(4)) {
        case 0:
            p.drawEllipse(QRectF(at, QSizeF(w, h)));
            break;
        case 1:
            p.save();
            p.translate(at);
            p.rotate(rng.bounded(180));
            p.drawRect(QRectF(-w / 2, -h / 2, w, h));
            p.restore();
            break;
        case 2: {
            QPolygonF polygon;
            for (int k = 0; k < 3 + int(rng.bounded(4)); ++k)
                polygon << at + QPointF(rng.bounded(w) - w / 2, rng.bounded(h) - h / 2);
            p.drawPolygon(polygon);
            break;
        }
        default:
            p.setPen(QPen(colour, 1 + rng.bounded(std::max(2, width / 40))));
            p.drawLine(at, anyPoint());
            break;
        }
    }
    p.end();
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; x += 2) {
            const int n = int(rng.bounded(16)) - 8;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255));
        }
    }
    return image;
}

QList<Variant> allVariants()
{
    return {Variant::Half, Variant::Jpeg55, Variant::Png, Variant::Brighter, Variant::Contrast, Variant::Grayscale, Variant::Crop6,
        Variant::Watermark, Variant::ExifRotated};
}

const char *variantName(Variant v)
{
    switch (v) {
    case Variant::Half: return "resize-half";
    case Variant::Jpeg55: return "jpeg-55";
    case Variant::Png: return "png";
    case Variant::Brighter: return "brightness";
    case Variant::Contrast: return "contrast";
    case Variant::Grayscale: return "grayscale";
    case Variant::Crop6: return "crop-6%";
    case Variant::Watermark: return "watermark";
    case Variant::ExifRotated: return "exif-rotation";
    }
    return "?";
}

QByteArray makeVariant(const QImage &source, Variant v)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    auto mapPixels = [&](auto f) {
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = f(line[x]);
        }
    };
    switch (v) {
    case Variant::Half:
        return encode(image.scaled(image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "jpg", 90);
    case Variant::Jpeg55:
        return encode(image, "jpg", 55);
    case Variant::Png:
        return encode(image, "png");
    case Variant::Brighter:
        mapPixels([](QRgb c) { return qRgb(std::min(255, qRed(c) * 6 / 5 + 10), std::min(255, qGreen(c) * 6 / 5 + 10), std::min(255, qBlue(c) * 6 / 5 + 10)); });
        return encode(image, "jpg", 90);
    case Variant::Contrast:
        mapPixels([](QRgb c) {
            auto s = [](int x) { return qBound(0, 128 + (x - 128) * 13 / 10, 255); };
            return qRgb(s(qRed(c)), s(qGreen(c)), s(qBlue(c)));
        });
        return encode(image, "jpg", 90);
    case Variant::Grayscale:
        return encode(image.convertToFormat(QImage::Format_Grayscale8), "jpg", 90);
    case Variant::Crop6: {
        // 6 % off the area: 3 % off each side.
        const int dx = image.width() * 3 / 100, dy = image.height() * 3 / 100;
        return encode(image.copy(dx, dy, image.width() - 2 * dx, image.height() - 2 * dy), "jpg", 90);
    }
    case Variant::Watermark: {
        // A translucent badge with a stroke in the corner, as stock sites stamp (no text: tests run
        // without a font database).
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF badge(image.width() * 0.70, image.height() * 0.88, image.width() * 0.26, image.height() * 0.08);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 110));
        p.drawRoundedRect(badge, 6, 6);
        p.setPen(QPen(QColor(255, 255, 255, 200), std::max(2.0, image.height() / 120.0)));
        p.drawLine(badge.topLeft() + QPointF(8, badge.height() / 2), badge.topRight() + QPointF(-8, badge.height() / 2));
        p.end();
        return encode(image, "jpg", 90);
    }
    case Variant::ExifRotated: {
        // Stored turned a quarter to the left, with EXIF orientation 6 (display turned right): shows the same.
        const QImage stored = image.transformed(QTransform().rotate(-90));
        return withExifOrientation(encode(stored, "jpg", 90), 6);
    }
    }
    return {};
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        throw std::runtime_error("cannot encode test image: " + writer.errorString().toStdString());
    return out;
}

QByteArray makeJpeg(int width, int height, int seed, int quality, bool photoNoise)
{
    return encode(makeImage(width, height, seed, QImage::Format_RGB32, photoNoise), "jpeg", quality);
}

QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    // TIFF header (little endian) + IFD0 with one entry: Orientation (0x0112), SHORT, count 1.
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff += QByteArray("\x01\x00", 2);                      // 1 entry
    tiff += QByteArray("\x12\x01\x03\x00\x01\x00\x00\x00", 8); // tag, type SHORT, count 1
    tiff += char(orientation);
    tiff += QByteArray(3, '\0');
    tiff += QByteArray(4, '\0');                            // next IFD
    QByteArray app1("Exif\0\0", 6);
    app1 += tiff;
    const int length = int(app1.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char((length >> 8) & 0xFF);
    segment += char(length & 0xFF);
    segment += app1;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray makeCmykJpeg(int width, int height)
{
    jpeg_compress_struct cinfo;
    jpeg_error_mgr jerr;
    cinfo.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&cinfo);
    unsigned char *mem = nullptr;
    unsigned long memSize = 0;
    jpeg_mem_dest(&cinfo, &mem, &memSize);
    cinfo.image_width = JDIMENSION(width);
    cinfo.image_height = JDIMENSION(height);
    cinfo.input_components = 4;
    cinfo.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, 90, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    QByteArray row(width * 4, '\0');
    while (cinfo.next_scanline < cinfo.image_height) {
        for (int x = 0; x < width; ++x) {
            row[x * 4 + 0] = char(x * 255 / std::max(1, width - 1)); // C
            row[x * 4 + 1] = char(int(cinfo.next_scanline) * 255 / std::max(1, height - 1)); // M
            row[x * 4 + 2] = char(40);  // Y
            row[x * 4 + 3] = char(10);  // K
        }
        JSAMPROW rows[1] = {reinterpret_cast<JSAMPLE *>(row.data())};
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    QByteArray out(reinterpret_cast<const char *>(mem), qsizetype(memSize));
    free(mem);
    return out;
}

namespace {

// Packs variable-width LZW codes LSB-first, as GIF does.
struct BitWriter
{
    QByteArray bytes;
    quint32 acc = 0;
    int bits = 0;
    void put(int code, int width)
    {
        acc |= quint32(code) << bits;
        bits += width;
        while (bits >= 8) {
            bytes += char(acc & 0xFF);
            acc >>= 8;
            bits -= 8;
        }
    }
    void flush()
    {
        if (bits > 0)
            bytes += char(acc & 0xFF);
        acc = 0;
        bits = 0;
    }
};

QByteArray gifFrame(int width, int height, int frame)
{
    // Minimum code size 2: colours 0-3, clear = 4, end = 5, codes 3 bits wide. Emitting a clear code
    // every 2 pixels keeps the table from growing, so every code stays 3 bits (a valid, if large, stream).
    BitWriter w;
    int sinceClear = 0;
    w.put(4, 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int colour = ((x < width / 2) != (frame % 2 == 1)) ? 0 : 1;
            w.put(colour, 3);
            if (++sinceClear == 2) {
                w.put(4, 3);
                sinceClear = 0;
            }
        }
    }
    w.put(5, 3);
    w.flush();
    QByteArray out;
    out += char(0x2C); // image descriptor
    out += QByteArray(4, '\0');
    out += char(width & 0xFF);
    out += char(width >> 8);
    out += char(height & 0xFF);
    out += char(height >> 8);
    out += char(0);
    out += char(2); // LZW minimum code size
    for (qsizetype i = 0; i < w.bytes.size(); i += 255) {
        const QByteArray block = w.bytes.mid(i, 255);
        out += char(block.size());
        out += block;
    }
    out += char(0);
    return out;
}

} // namespace

QByteArray makeGif(int width, int height, int frames)
{
    QByteArray gif("GIF89a", 6);
    gif += char(width & 0xFF);
    gif += char(width >> 8);
    gif += char(height & 0xFF);
    gif += char(height >> 8);
    gif += char(0x81); // global colour table, 2^(1+1) = 4 entries
    gif += char(0);
    gif += char(0);
    gif += QByteArray("\x00\x00\x00\xFF\xFF\xFF\xFF\x00\x00\x00\xFF\x00", 12); // black, white, red, green
    for (int f = 0; f < frames; ++f) {
        gif += QByteArray("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8); // graphic control: 100 ms
        gif += gifFrame(width, height, f);
    }
    gif += char(0x3B);
    return gif;
}

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return be32(quint32(data.size())) + typed + be32(crc32(typed));
}

} // namespace

QByteArray makePngHeaderBomb(int width, int height)
{
    QByteArray ihdr = be32(quint32(width)) + be32(quint32(height));
    ihdr += char(8); // bit depth
    ihdr += char(2); // RGB
    ihdr += QByteArray(3, '\0');
    // A valid zlib stream of a few zero bytes: far too little for the declared size.
    const QByteArray idat = QByteArray::fromHex("789c636000000000010001");
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
        + pngChunk("IEND", QByteArray());
}

QByteArray makePngHeader(int width, int height, int bitDepth, int colorType)
{
    QByteArray ihdr = be32(quint32(width)) + be32(quint32(height));
    ihdr += char(bitDepth);
    ihdr += char(colorType);
    ihdr += QByteArray(3, '\0');
    const QByteArray idat = QByteArray::fromHex("789c636000000000010001");
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
        + pngChunk("IEND", QByteArray());
}

QByteArray makeGifScreenBomb()
{
    QByteArray gif("GIF89a", 6);
    gif += QByteArray("\x10\x27\x10\x27", 4); // logical screen 10000 x 10000
    gif += char(0x80);                             // global colour table of 2 entries
    gif += char(0);
    gif += char(0);
    gif += QByteArray("\x00\x00\x00\xFF\xFF\xFF", 6);
    gif += QByteArray("\x21\xF9\x04\x00\x00\x00\x00\x00", 8); // graphic control extension
    gif += QByteArray("\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10); // a 1 x 1 frame
    gif += char(2);                                 // LZW minimum code size
    gif += QByteArray("\x02\x44\x01\x00", 4);   // clear, 0, end
    gif += char(0x3B);
    return gif;
}

QByteArray makePngHugeTextChunk()
{
    QByteArray ihdr = be32(64) + be32(64);
    ihdr += char(8);
    ihdr += char(2);
    ihdr += QByteArray(3, '\0');
    QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr);
    png += be32(0x5D000000u); // 1.56 GB
    png += QByteArray("tEXt", 4);
    png += QByteArray("Comment\0", 8);
    while (png.size() < 105)
        png += 'x';
    return png;
}

QByteArray makeBmpSizeLie()
{
    QByteArray bmp("BM", 2);
    auto le32 = [](quint32 v) -> QByteArray {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xFF);
        return b;
    };
    bmp += le32(154); // (the declared file size, which no decoder trusts)
    bmp += le32(0);
    bmp += le32(54);           // pixel data offset
    bmp += le32(40);           // BITMAPINFOHEADER
    bmp += le32(10000);        // width
    bmp += le32(10000);        // height: 100 MP, within the pixel limit
    bmp += QByteArray("\x01\x00\x20\x00", 4); // 1 plane, 32 bits
    bmp += le32(0);            // BI_RGB
    bmp += le32(0);
    bmp += le32(2835);
    bmp += le32(2835);
    bmp += le32(0);
    bmp += le32(0);
    while (bmp.size() < 154)
        bmp += char(0x7F);
    return bmp;
}

QByteArray withGpsExif(const QByteArray &jpeg, bool fillByte)
{
    // TIFF (little endian): IFD0 with one entry, GPSInfo (0x8825) -> GPS IFD with GPSLatitudeRef "N".
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff += QByteArray("\x01\x00", 2);
    tiff += QByteArray("\x25\x88\x04\x00\x01\x00\x00\x00\x1A\x00\x00\x00", 12); // GPSInfo at offset 26
    tiff += QByteArray(4, '\0');
    tiff += QByteArray("\x01\x00", 2);
    tiff += QByteArray("\x01\x00\x02\x00\x02\x00\x00\x00N\0\0\0", 12); // GPSLatitudeRef = "N"
    tiff += QByteArray(4, '\0');
    tiff += QByteArray("GPS 48.8584 N 2.2945 E", 22);
    QByteArray app1("Exif\0\0", 6);
    app1 += tiff;
    const int length = int(app1.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char((length >> 8) & 0xFF);
    segment += char(length & 0xFF);
    segment += app1;
    if (fillByte)
        segment += char(0xFF); // a fill byte before the next marker (ITU T.81 B.1.1.2)
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray makeRawZip(const QList<RawZipEntry> &entries)
{
    auto le16 = [](quint16 v) -> QByteArray { return QByteArray(1, char(v & 0xFF)) + QByteArray(1, char(v >> 8)); };
    auto le32 = [](quint32 v) -> QByteArray {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xFF);
        return b;
    };
    QByteArray out, cd;
    for (const RawZipEntry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        out += le32(0x04034b50) + le16(20) + le16(e.flags) + le16(0) + le16(0) + le16(0x21) + le32(crc)
            + le32(quint32(e.data.size())) + le32(quint32(e.data.size())) + le16(quint16(e.name.size())) + le16(0) + e.name + e.data;
        cd += le32(0x02014b50) + le16(20) + le16(20) + le16(e.flags) + le16(0) + le16(0) + le16(0x21) + le32(crc)
            + le32(quint32(e.data.size())) + le32(quint32(e.data.size())) + le16(quint16(e.name.size())) + le16(0) + le16(0)
            + le16(0) + le16(0) + le32(0) + le32(offset) + e.name;
    }
    const quint32 cdOffset = quint32(out.size());
    out += cd;
    out += le32(0x06054b50) + le16(0) + le16(0) + le16(quint16(entries.size())) + le16(quint16(entries.size()))
        + le32(quint32(cd.size())) + le32(cdOffset) + le16(0);
    return out;
}

QByteArray withJpegSize(const QByteArray &jpeg, int width, int height)
{
    QByteArray out = jpeg;
    qsizetype pos = 2;
    while (pos + 9 < out.size()) {
        const quint8 marker = quint8(out[pos + 1]);
        const int length = (quint8(out[pos + 2]) << 8) | quint8(out[pos + 3]);
        if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
            out[pos + 5] = char(height >> 8);
            out[pos + 6] = char(height & 0xFF);
            out[pos + 7] = char(width >> 8);
            out[pos + 8] = char(width & 0xFF);
            return out;
        }
        pos += 2 + length;
    }
    throw std::runtime_error("no SOF marker in test JPEG");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file " + path.toStdString());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

void makeZip(const QString &path, const QList<ZipEntry> &entries)
{
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!za)
        throw std::runtime_error("cannot create test zip");
    QList<QByteArray> keep; // libzip reads the buffers at zip_close
    for (const ZipEntry &e : entries) {
        keep.append(e.data);
        zip_source_t *src = zip_source_buffer(za, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        const zip_int64_t index = zip_file_add(za, e.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(src);
            throw std::runtime_error("cannot add test zip entry");
        }
        zip_set_file_compression(za, zip_uint64_t(index), e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(za) != 0)
        throw std::runtime_error("cannot write test zip");
}

void generatePhotos(const QString &dir, int count, int width, int height, int seedBase)
{
    QList<int> seeds;
    for (int i = 0; i < count; ++i)
        seeds.append(seedBase + i);
    QtConcurrent::blockingMap(seeds, [&](int seed) {
        writeFile(QStringLiteral("%1/%2.jpg").arg(dir).arg(seed), makeJpeg(width, height, seed, 88, true));
    });
}

double peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// A face as a cascade sees one: a skin-toned oval with darker eye sockets and brows, a nose shadow and a
// mouth, lit from the front; on a textured background.
static void drawFace(QPainter &p, const QRect &box)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const double w = box.width(), h = box.height();
    auto at = [&](double x, double y) { return QPointF(box.x() + x * w, box.y() + y * h); };
    p.setBrush(QColor(60, 40, 30)); // hair
    p.drawEllipse(QRectF(at(-0.08, -0.18), QSizeF(w * 1.16, h * 0.75)));
    QRadialGradient skin(at(0.5, 0.45), w * 0.65);
    skin.setColorAt(0, QColor(236, 200, 172));
    skin.setColorAt(1, QColor(190, 145, 115));
    p.setBrush(skin);
    p.drawEllipse(QRectF(at(0.0, 0.0), QSizeF(w, h * 1.05)));
    p.setBrush(QColor(120, 85, 65)); // brows
    p.drawRoundedRect(QRectF(at(0.16, 0.30), QSizeF(w * 0.26, h * 0.05)), 3, 3);
    p.drawRoundedRect(QRectF(at(0.58, 0.30), QSizeF(w * 0.26, h * 0.05)), 3, 3);
    p.setBrush(QColor(70, 45, 35)); // eyes
    p.drawEllipse(QRectF(at(0.20, 0.38), QSizeF(w * 0.20, h * 0.10)));
    p.drawEllipse(QRectF(at(0.60, 0.38), QSizeF(w * 0.20, h * 0.10)));
    p.setBrush(QColor(175, 125, 100)); // nose shadow
    p.drawEllipse(QRectF(at(0.42, 0.55), QSizeF(w * 0.16, h * 0.12)));
    p.setBrush(QColor(140, 60, 60)); // mouth
    p.drawEllipse(QRectF(at(0.32, 0.74), QSizeF(w * 0.36, h * 0.08)));
    p.restore();
}

QImage makePortrait(QSize size, const QList<QRect> &faces, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    QPainter p(&image);
    QLinearGradient bg(0, 0, size.width(), size.height());
    bg.setColorAt(0, QColor(40, 70, 90));
    bg.setColorAt(1, QColor(90, 110, 70));
    p.fillRect(image.rect(), bg);
    for (int i = 0; i < 30; ++i) {
        p.fillRect(QRect(rng.bounded(size.width()), rng.bounded(size.height()), rng.bounded(10, 60), rng.bounded(10, 60)),
            QColor(rng.bounded(40, 120), rng.bounded(40, 120), rng.bounded(40, 120)));
    }
    for (const QRect &f : faces)
        drawFace(p, f);
    return image;
}


} // namespace lc::fixtures
