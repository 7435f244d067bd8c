#include "imageanalysis.h"

#include "util/tr.h"

#include "image/decodebudget.h"
#include "util/fileutil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageIOHandler>
#include <QImageReader>
#include <QPainter>
#include <QSysInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <bit>

namespace lc {

namespace {


Error corrupt(FileKind kind, const QString &why = {})
{
    const QString message = why.isEmpty() ? ImageTr::tr("truncated or corrupt %1").arg(fileKindName(kind))
                                          : ImageTr::tr("truncated or corrupt %1 (%2)").arg(fileKindName(kind), why);
    return refusedInput(SkipReason::Corrupt, message);
}

quint16 be16(const char *p)
{
    return quint16((quint8(p[0]) << 8) | quint8(p[1]));
}

quint32 le32(const char *p)
{
    return quint32(quint8(p[0])) | (quint32(quint8(p[1])) << 8) | (quint32(quint8(p[2])) << 16) | (quint32(quint8(p[3])) << 24);
}

quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

quint32 be32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) | quint8(p[3]);
}

// A JPEG whose entropy-coded data was cut off still decodes (libjpeg pads it with gray), so check for
// the End Of Image marker after the first Start Of Scan. Walking the segments skips the APP segments,
// whose embedded EXIF thumbnail has an EOI of its own; data appended after the image (motion photos)
// does not matter because the EOI comes before it.
bool jpegIsComplete(const QByteArray &bytes)
{
    qsizetype pos = 2;
    const qsizetype size = bytes.size();
    const char *d = bytes.constData();
    while (pos + 4 <= size) {
        if (quint8(d[pos]) != 0xFF) {
            // Extraneous bytes before a marker: libjpeg skips them (with a warning), and so do we.
            ++pos;
            continue;
        }
        const quint8 marker = quint8(d[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xDA) // SOS
            return bytes.indexOf(QByteArrayView("\xFF\xD9", 2), pos + 2) >= 0;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        pos += 2 + be16(d + pos + 2);
    }
    return false;
}

// Every chunk must fit in the file, up to IEND. A chunk whose declared length runs past the end (a text
// chunk "claiming 1.56 GB" in a 105-byte file) is refused here, before libpng allocates for it.
std::optional<QString> pngProblem(const QByteArray &bytes)
{
    const char *d = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 8;
    bool first = true;
    while (pos + 12 <= size) {
        const quint32 length = be32(d + pos);
        const QByteArray type(d + pos + 4, 4);
        if (first && type != "IHDR")
            return ImageTr::tr("no header chunk");
        first = false;
        if (length > 0x7FFFFFFFu || qint64(length) > qint64(size - pos - 12)) {
            bool printable = true;
            for (char c : type)
                printable = printable && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
            return ImageTr::tr("the %1 chunk claims %2 but the file has %3 left")
                .arg(printable ? QString::fromLatin1(type) : QStringLiteral("?"),
                    FileUtil::formatBytes(qint64(length)), FileUtil::formatBytes(size - pos - 12));
        }
        if (type == "IEND")
            return std::nullopt;
        pos += 12 + qsizetype(length);
    }
    return QString();
}

// GIF: walk the blocks up to the end of the first frame's image data.
bool gifIsComplete(const QByteArray &bytes)
{
    const char *d = bytes.constData();
    const qsizetype size = bytes.size();
    if (size < 13)
        return false;
    qsizetype pos = 13;
    const quint8 packed = quint8(d[10]);
    if (packed & 0x80)
        pos += 3 * (qsizetype(1) << ((packed & 7) + 1));
    auto skipSubBlocks = [&]() {
        for (;;) {
            if (pos >= size)
                return false;
            const quint8 n = quint8(d[pos]);
            ++pos;
            if (n == 0)
                return true;
            pos += n;
        }
    };
    while (pos < size) {
        const quint8 block = quint8(d[pos]);
        if (block == 0x21) { // extension: label, then sub-blocks
            pos += 2;
            if (!skipSubBlocks())
                return false;
        } else if (block == 0x2C) { // image descriptor
            if (pos + 10 > size)
                return false;
            const quint8 imagePacked = quint8(d[pos + 9]);
            pos += 10;
            if (imagePacked & 0x80)
                pos += 3 * (qsizetype(1) << ((imagePacked & 7) + 1));
            pos += 1; // LZW minimum code size
            return skipSubBlocks();
        } else {
            return false; // the trailer before any frame, or garbage
        }
    }
    return false;
}

// BMP: uncompressed pixel data must be in the file for the declared size (a header "lying" about its
// size, or a cut-off file, would otherwise decode as a mostly black image, after allocating for it).
bool bmpIsComplete(const QByteArray &bytes)
{
    const char *d = bytes.constData();
    const qsizetype size = bytes.size();
    if (size < 26)
        return false;
    const quint32 dataOffset = le32(d + 10);
    const quint32 headerSize = le32(d + 14);
    qint64 width = 0, height = 0;
    int bpp = 0;
    quint32 compression = 0;
    if (headerSize == 12) {
        width = le16(d + 18);
        height = le16(d + 20);
        bpp = le16(d + 24);
    } else if (headerSize >= 40 && size >= 34) {
        width = qint32(le32(d + 18));
        height = qint32(le32(d + 22));
        bpp = le16(d + 28);
        compression = le32(d + 30);
    } else {
        return false;
    }
    if (qint64(dataOffset) > size)
        return false;
    if (compression != 0 && compression != 3 && compression != 6)
        return true; // RLE, JPEG or PNG payloads: the decoder checks them (memory is bounded by the estimate)
    const qint64 rowBytes = ((std::abs(width) * bpp + 31) / 32) * 4;
    const qint64 needed = qint64(dataOffset) + rowBytes * std::abs(height);
    return needed <= size;
}

std::atomic<qint64> g_decodes{0};

qint64 bytesPerPixel(QImage::Format format)
{
    if (format == QImage::Format_Invalid)
        return 4;
    return std::max<qint64>(1, (QImage::toPixelFormat(format).bitsPerPixel() + 7) / 8);
}

} // namespace

QString describePixels(qint64 width, qint64 height)
{
    const double mp = double(width) * double(height) / 1e6;
    return QStringLiteral("%1 × %2 px (%3 MP)")
        .arg(width)
        .arg(height)
        .arg(QString::number(mp, 'f', mp < 10 ? 1 : 0));
}

int orientationFromTransformation(int t)
{
    switch (t) {
    case QImageIOHandler::TransformationNone: return 1;
    case QImageIOHandler::TransformationMirror: return 2;
    case QImageIOHandler::TransformationRotate180: return 3;
    case QImageIOHandler::TransformationFlip: return 4;
    case QImageIOHandler::TransformationFlipAndRotate90: return 5;
    case QImageIOHandler::TransformationRotate90: return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90: return 7;
    case QImageIOHandler::TransformationRotate270: return 8;
    default: return 1;
    }
}

quint64 perceptualHash(const cv::Mat &gray)
{
    cv::Mat small;
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat floats;
    small.convertTo(floats, CV_32F);
    cv::Mat freq;
    cv::dct(floats, freq);
    float values[64];
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x)
            values[y * 8 + x] = freq.at<float>(y, x);
    }
    float sorted[64];
    std::copy(values, values + 64, sorted);
    std::nth_element(sorted, sorted + 32, sorted + 64);
    const float median = sorted[32];
    quint64 hash = 0;
    for (int i = 0; i < 64; ++i) {
        if (values[i] > median)
            hash |= quint64(1) << (63 - i);
    }
    return hash;
}

quint64 differenceHash(const cv::Mat &gray)
{
    cv::Mat small;
    cv::resize(gray, small, cv::Size(9, 8), 0, 0, cv::INTER_AREA);
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *row = small.ptr<uchar>(y);
        for (int x = 0; x < 8; ++x) {
            if (row[x] > row[x + 1])
                hash |= quint64(1) << (63 - (y * 8 + x));
        }
    }
    return hash;
}

quint64 differenceHash(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat g(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
        size_t(gray.bytesPerLine()));
    return differenceHash(g);
}

std::optional<std::pair<quint64, quint64>> hashesOfEncoded(const QByteArray &encoded)
{
    try {
        const cv::Mat bytes(1, int(encoded.size()), CV_8UC1, const_cast<char *>(encoded.constData()));
        const cv::Mat gray = cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
        if (gray.empty())
            return std::nullopt;
        return std::pair<quint64, quint64>{perceptualHash(gray), differenceHash(gray)};
    } catch (const cv::Exception &) {
        return std::nullopt;
    }
}

quint64 perceptualHash(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat g(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
        size_t(gray.bytesPerLine()));
    return perceptualHash(g);
}

qint64 imageDecodeCount()
{
    return g_decodes.load();
}

std::optional<Error> checkImageStructure(const QByteArray &bytes, FileKind kind)
{
    switch (kind) {
    case FileKind::Jpeg:
        if (!jpegIsComplete(bytes))
            return corrupt(kind);
        break;
    case FileKind::Png:
        if (auto problem = pngProblem(bytes))
            return corrupt(kind, *problem);
        break;
    case FileKind::Gif:
        if (!gifIsComplete(bytes))
            return corrupt(kind);
        break;
    case FileKind::Bmp:
        if (!bmpIsComplete(bytes))
            return corrupt(kind);
        break;
    default:
        break;
    }
    return std::nullopt;
}

namespace {

Result<ImageAnalysis> analyze(QByteArray &bytes, FileKind kind, const ImageLimits &limits,
    const std::atomic<bool> *cancel)
{
    // We parallelise across images; OpenCV's own thread pool would only compete with ours.
    static const bool configured = [] {
        cv::setNumThreads(0);
        return true;
    }();
    Q_UNUSED(configured);

    if (!isSupportedImage(kind))
        return refusedInput(SkipReason::UnsupportedFormat, ImageTr::tr("unsupported format (%1)").arg(fileKindName(kind)));

    // The structure first: even reading the header makes some decoders allocate for what the chunks
    // before the pixels claim (libpng reads text chunks while looking for the size).
    if (auto problem = checkImageStructure(bytes, kind))
        return *problem;

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, fileKindKey(kind).toLatin1());
    reader.setAutoTransform(true);
    // Our own pixel limit is checked below from the header; let Qt allocate what that limit allows
    // (8 bytes per pixel covers 16-bit RGBA).
    reader.setAllocationLimit(int(std::min<qint64>(limits.maxPixels * 8 / (1024 * 1024) + 64, 1 << 30)));

    const QSize raw = reader.size();
    if (!raw.isValid() || raw.isEmpty())
        return corrupt(kind, reader.errorString() == QLatin1String("Unknown error") ? QString() : reader.errorString());
    if (qint64(raw.width()) * raw.height() > limits.maxPixels) {
        return refusedInput(SkipReason::TooManyPixels,
            ImageTr::tr("%1 is over the %2 MP limit").arg(describePixels(raw.width(), raw.height())).arg(limits.maxPixels / 1'000'000));
    }

    ImageAnalysis a;
    a.kind = kind;
    a.orientation = orientationFromTransformation(int(reader.transformation()));
    const bool swapped = (reader.transformation() & QImageIOHandler::TransformationRotate90) != 0;
    a.width = swapped ? raw.height() : raw.width();
    a.height = swapped ? raw.width() : raw.height();

    const int longSide = std::max(raw.width(), raw.height());
    // QSize::scaled() truncates: an image over 512:1 would get a 0 px short side. Keep at least 1 px.
    const QSize target = (longSide > limits.thumbnailSize
            ? raw.scaled(limits.thumbnailSize, limits.thumbnailSize, Qt::KeepAspectRatio)
            : raw)
                             .expandedTo(QSize(1, 1));
    const cv::Size displayed = swapped ? cv::Size(target.height(), target.width()) : cv::Size(target.width(), target.height());

    // Peak memory of the decode, from the header: the decoded image (at DCT scale for JPEG) in the format
    // the decoder produces, plus the thumbnail-sized copies made afterwards. GIF decoders keep a second
    // screen-sized buffer for frame disposal, and their screen may be larger than what reader.size() says.
    QSize decoded = raw;
    if (kind == FileKind::Jpeg && longSide >= 2 * limits.thumbnailSize) {
        // Decode at the smallest DCT scale (1/2, 1/4, 1/8: libjpeg-turbo's SIMD paths) that still covers
        // the thumbnail. Asking Qt for exactly that size means it does no rescaling of its own, and a
        // quality below 50 selects libjpeg's fast IDCT and plain upsampling. The final resize is OpenCV's.
        int denom = 2;
        while (denom < 8 && longSide >= 2 * denom * limits.thumbnailSize)
            denom *= 2;
        decoded = QSize((raw.width() + denom - 1) / denom, (raw.height() + denom - 1) / denom);
        reader.setScaledSize(decoded);
        reader.setQuality(49);
    } else if (target != raw) {
        reader.setScaledSize(target);
    }
    qint64 decodePixels = qint64(decoded.width()) * decoded.height();
    qint64 factor = 1;
    QSize described = raw;
    if (kind == FileKind::Gif && bytes.size() >= 10) {
        const QSize screen(le16(bytes.constData() + 6), le16(bytes.constData() + 8));
        if (qint64(screen.width()) * screen.height() > decodePixels) {
            decodePixels = qint64(screen.width()) * screen.height();
            described = screen;
        }
        factor = 2;
    }
    const qint64 thumbBytes = qint64(target.width()) * target.height() * 4 * 3;
    const qint64 estimate = decodePixels * bytesPerPixel(reader.imageFormat()) * factor + thumbBytes;
    if (estimate > limits.maxDecodeBytes) {
        return refusedInput(SkipReason::TooMuchMemory,
            ImageTr::tr("%1 would need %2 of memory to decode, over the %3 limit")
                .arg(describePixels(described.width(), described.height()), FileUtil::formatBytes(estimate),
                    FileUtil::formatBytes(limits.maxDecodeBytes)));
    }
    DecodeBudget &budget = DecodeBudget::global();
    if (!budget.acquire(std::min(estimate, budget.capacity()), cancel))
        return makeError(ErrorCode::Canceled, ImageTr::tr("canceled"));
    DecodeReservation reservation(budget, std::min(estimate, budget.capacity()));
    g_decodes.fetch_add(1);
    QImage image = reader.read();
    if (image.isNull())
        return corrupt(kind, reader.errorString());
    a.hasAlpha = image.hasAlphaChannel();
    if (a.hasAlpha) {
        // Flatten onto mid-gray: readable for dark and light artwork alike.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(QColor(128, 128, 128));
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    } else if (image.format() != QImage::Format_RGB32) {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    // Format_RGB32 is B, G, R, 0xFF in memory on little-endian machines.
    cv::Mat bgr; // the image at (about) thumbnail scale, upright, 8-bit BGR
    const cv::Mat bgra(image.height(), image.width(), CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    cv::cvtColor(bgra, bgr, QSysInfo::ByteOrder == QSysInfo::LittleEndian ? cv::COLOR_BGRA2BGR : cv::COLOR_RGBA2BGR);
    image = QImage();
    if (bgr.size() != displayed) {
        cv::Mat resized;
        const bool large = bgr.cols >= 2 * displayed.width;
        cv::resize(bgr, resized, displayed, 0, 0, large ? cv::INTER_AREA : cv::INTER_LINEAR);
        bgr = resized;
    }

    std::vector<uchar> jpeg;
    if (!cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_QUALITY, 85}))
        return refusedInput(SkipReason::Corrupt, ImageTr::tr("cannot create a thumbnail"));
    a.thumbnailJpeg = QByteArray(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size()));

    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    a.phash = perceptualHash(gray);
    a.dhash = differenceHash(gray);
    cv::Mat lap;
    cv::Laplacian(gray, lap, CV_16S);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    a.blurScore = stddev[0] * stddev[0];
    a.meanLuma = cv::mean(gray)[0];
    a.quality = measureQuality(gray);
    return a;
}

} // namespace

Result<ImageAnalysis> analyzeImage(QByteArray &bytes, FileKind kind, const ImageLimits &limits,
    const std::atomic<bool> *cancel)
{
    // Nothing may escape into a worker thread: an exception there would stall the import.
    try {
        return analyze(bytes, kind, limits, cancel);
    } catch (const std::exception &e) {
        return refusedInput(SkipReason::Corrupt,
            ImageTr::tr("cannot analyse this %1 (%2)").arg(fileKindName(kind), QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
    } catch (...) {
        return refusedInput(SkipReason::Corrupt, ImageTr::tr("cannot analyse this %1").arg(fileKindName(kind)));
    }
}

} // namespace lc
