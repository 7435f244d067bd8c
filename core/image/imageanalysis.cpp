#include "imageanalysis.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageIOHandler>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <opencv2/core.hpp>
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

quint64 perceptualHash(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat src(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
        size_t(gray.bytesPerLine()));
    cv::Mat small;
    cv::resize(src, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
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

std::variant<ImageAnalysis, ImageProblem> analyzeImage(QByteArray &bytes, FileKind kind, const ImageLimits &limits)
{
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
    if (kind == FileKind::Jpeg && longSide > limits.thumbnailSize) {
        // Decode at the smallest DCT scale (1/2, 1/4, 1/8: the SIMD paths of libjpeg-turbo) that still
        // covers the thumbnail, asking Qt for exactly that size so it does no rescaling of its own, and
        // with its fast IDCT (quality < 50). The final resize below is OpenCV's.
        int denom = 1;
        while (denom < 8 && (longSide + 2 * denom - 1) / (2 * denom) >= limits.thumbnailSize)
            denom *= 2;
        if (denom > 1) {
            reader.setScaledSize(QSize((raw.width() + denom - 1) / denom, (raw.height() + denom - 1) / denom));
            reader.setQuality(49);
        }
    } else if (target != raw) {
        reader.setScaledSize(target);
    }
    QImage image = reader.read();
    if (image.isNull())
        return corrupt(kind, reader.errorString());
    const QSize displayedTarget = (reader.transformation() & QImageIOHandler::TransformationRotate90) ? target.transposed() : target;
    if (image.size() != displayedTarget) {
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        QImage scaled(displayedTarget, image.format());
        const cv::Mat src(image.height(), image.width(), CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
        cv::Mat dst(scaled.height(), scaled.width(), CV_8UC4, scaled.bits(), size_t(scaled.bytesPerLine()));
        const bool large = image.width() >= 2 * scaled.width();
        cv::resize(src, dst, dst.size(), 0, 0, large ? cv::INTER_AREA : cv::INTER_LINEAR);
        image = scaled;
    }

    a.hasAlpha = image.hasAlphaChannel();
    QImage thumb;
    if (a.hasAlpha) {
        // Flatten onto mid-gray: readable for dark and light artwork alike.
        thumb = QImage(image.size(), QImage::Format_RGB32);
        thumb.fill(QColor(128, 128, 128));
        QPainter painter(&thumb);
        painter.drawImage(0, 0, image);
    } else {
        thumb = image.convertToFormat(QImage::Format_RGB32);
    }
    image = QImage(); // release the decoded image before encoding

    {
        QBuffer out(&a.thumbnailJpeg);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, "jpeg");
        writer.setQuality(85);
        if (!writer.write(thumb))
            return ImageProblem{SkipReason::Corrupt, tr("cannot create a thumbnail: %1").arg(writer.errorString())};
    }

    const QImage gray = thumb.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat g(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
        size_t(gray.bytesPerLine()));
    a.phash = perceptualHash(gray);
    cv::Mat lap;
    cv::Laplacian(g, lap, CV_32F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    a.blurScore = stddev[0] * stddev[0];
    a.meanLuma = cv::mean(g)[0];
    return a;
}

} // namespace lc
