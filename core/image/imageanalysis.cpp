#include "imageanalysis.h"

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
#include <bit>

namespace lc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::ImageAnalysis", text);
}

ImageProblem corrupt(FileKind kind, const QString &why = {})
{
    QString message = tr("truncated or corrupt %1").arg(fileKindName(kind));
    if (!why.isEmpty())
        message += QStringLiteral(" (%1)").arg(why);
    return {SkipReason::Corrupt, message};
}

quint16 be16(const char *p)
{
    return quint16((quint8(p[0]) << 8) | quint8(p[1]));
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
        if (quint8(d[pos]) != 0xFF)
            return false;
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

bool pngIsComplete(const QByteArray &bytes)
{
    return bytes.lastIndexOf(QByteArrayView("IEND", 4)) >= 0;
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

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
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

quint64 perceptualHash(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat g(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
        size_t(gray.bytesPerLine()));
    return perceptualHash(g);
}

std::variant<ImageAnalysis, ImageProblem> analyzeImage(QByteArray &bytes, FileKind kind, const ImageLimits &limits)
{
    // We parallelise across images; OpenCV's own thread pool would only compete with ours.
    static const bool configured = [] {
        cv::setNumThreads(0);
        return true;
    }();
    Q_UNUSED(configured);

    if (!isSupportedImage(kind))
        return ImageProblem{SkipReason::UnsupportedFormat, tr("unsupported format (%1)").arg(fileKindName(kind))};

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
        return ImageProblem{SkipReason::TooManyPixels,
            tr("%1 is over the %2 MP limit").arg(describePixels(raw.width(), raw.height())).arg(limits.maxPixels / 1'000'000)};
    }
    if (kind == FileKind::Jpeg && !jpegIsComplete(bytes))
        return corrupt(kind);
    if (kind == FileKind::Png && !pngIsComplete(bytes))
        return corrupt(kind);

    ImageAnalysis a;
    a.kind = kind;
    a.orientation = orientationFromTransformation(int(reader.transformation()));
    const bool swapped = (reader.transformation() & QImageIOHandler::TransformationRotate90) != 0;
    a.width = swapped ? raw.height() : raw.width();
    a.height = swapped ? raw.width() : raw.height();

    const int longSide = std::max(raw.width(), raw.height());
    const QSize target = longSide > limits.thumbnailSize
        ? raw.scaled(limits.thumbnailSize, limits.thumbnailSize, Qt::KeepAspectRatio)
        : raw;
    const cv::Size displayed = swapped ? cv::Size(target.height(), target.width()) : cv::Size(target.width(), target.height());

    if (kind == FileKind::Jpeg && longSide >= 2 * limits.thumbnailSize) {
        // Decode at the smallest DCT scale (1/2, 1/4, 1/8: libjpeg-turbo's SIMD paths) that still covers
        // the thumbnail. Asking Qt for exactly that size means it does no rescaling of its own, and a
        // quality below 50 selects libjpeg's fast IDCT and plain upsampling. The final resize is OpenCV's.
        int denom = 2;
        while (denom < 8 && longSide >= 2 * denom * limits.thumbnailSize)
            denom *= 2;
        reader.setScaledSize(QSize((raw.width() + denom - 1) / denom, (raw.height() + denom - 1) / denom));
        reader.setQuality(49);
    } else if (target != raw) {
        reader.setScaledSize(target);
    }
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
        return ImageProblem{SkipReason::Corrupt, tr("cannot create a thumbnail")};
    a.thumbnailJpeg = QByteArray(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size()));

    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    a.phash = perceptualHash(gray);
    cv::Mat lap;
    cv::Laplacian(gray, lap, CV_16S);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    a.blurScore = stddev[0] * stddev[0];
    a.meanLuma = cv::mean(gray)[0];
    return a;
}

} // namespace lc
