#include "curation/quality.h"

#include "util/tr.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace lc::curation {

namespace {

constexpr int AnalysisSide = 512;

// The second strongest of a 4×4 grid of tiles: Laplacian variance over the tile's own variance (plus a
// small floor for perfectly flat tiles), so that contrast and exposure do not count, only detail.
double tileSharpness(const cv::Mat &gray)
{
    if (gray.cols < 16 || gray.rows < 16)
        return 0;
    cv::Mat lap;
    cv::Laplacian(gray, lap, CV_32F, 1);
    std::vector<double> tiles;
    const int tw = gray.cols / 4, th = gray.rows / 4;
    for (int ty = 0; ty < 4; ++ty) {
        for (int tx = 0; tx < 4; ++tx) {
            const cv::Rect r(tx * tw, ty * th, tw, th);
            cv::Scalar lm, ls, gm, gs;
            cv::meanStdDev(lap(r), lm, ls);
            cv::meanStdDev(gray(r), gm, gs);
            tiles.push_back(ls[0] * ls[0] / (gs[0] * gs[0] + 4.0));
        }
    }
    std::sort(tiles.begin(), tiles.end(), std::greater<>());
    return tiles[1];
}

cv::Mat scaledTo(const cv::Mat &gray, int longSide)
{
    const int current = std::max(gray.cols, gray.rows);
    if (current <= longSide)
        return gray;
    cv::Mat out;
    const double f = double(longSide) / current;
    cv::resize(gray, out, cv::Size(std::max(1, int(gray.cols * f + 0.5)), std::max(1, int(gray.rows * f + 0.5))), 0, 0, cv::INTER_AREA);
    return out;
}

// Rows (or columns) at the edge that are uniform and alike, ending at a clear edge: a bar. Returns how
// many (0 when the run does not end at an edge: a smooth sky is not a bar).
int barLength(const cv::Mat &gray, bool rows, bool fromStart)
{
    const int n = rows ? gray.rows : gray.cols;
    auto lineAt = [&](int k) { return rows ? gray.row(fromStart ? k : n - 1 - k) : gray.col(fromStart ? k : n - 1 - k); };
    double barMean = -1;
    int count = 0;
    for (int k = 0; k < n / 3; ++k) {
        cv::Scalar m, s;
        cv::meanStdDev(lineAt(k), m, s);
        if (s[0] > 3.0 || (barMean >= 0 && std::abs(m[0] - barMean) > 3.0))
            break;
        if (barMean < 0)
            barMean = m[0];
        ++count;
    }
    if (count == 0 || count >= n / 3)
        return 0;
    cv::Scalar m, s;
    cv::meanStdDev(lineAt(count), m, s);
    return std::abs(m[0] - barMean) > 12.0 || s[0] > 12.0 ? count : 0;
}

} // namespace

QualityMetrics measureQuality(const QImage &image)
{
    QualityMetrics m;
    if (image.isNull())
        return m;
    const QImage gray8 = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat full(gray8.height(), gray8.width(), CV_8UC1, const_cast<uchar *>(gray8.constBits()), size_t(gray8.bytesPerLine()));
    const cv::Mat gray = scaledTo(full, AnalysisSide).clone();
    const int side = std::max(gray.cols, gray.rows);

    // Bars first: the picture's quality is measured inside them.
    const int top = barLength(gray, true, true), bottom = barLength(gray, true, false);
    const int left = barLength(gray, false, true), right = barLength(gray, false, false);
    const bool letterbox = top >= gray.rows * 3 / 100 && bottom >= gray.rows * 3 / 100;
    const bool pillarbox = left >= gray.cols * 3 / 100 && right >= gray.cols * 3 / 100;
    cv::Rect content(0, 0, gray.cols, gray.rows);
    if (letterbox || pillarbox) {
        if (letterbox)
            content = cv::Rect(content.x, top, content.width, gray.rows - top - bottom);
        if (pillarbox)
            content = cv::Rect(left, content.y, gray.cols - left - right, content.height);
        if (content.width > 16 && content.height > 16) {
            m.contentBox = QRectF(double(content.x) / gray.cols, double(content.y) / gray.rows, double(content.width) / gray.cols,
                double(content.height) / gray.rows);
        } else {
            content = cv::Rect(0, 0, gray.cols, gray.rows); // a flat image, not bars
        }
    }
    const cv::Mat inside = gray(content);
    m.sharpness = tileSharpness(inside);
    m.sharpnessHalf = tileSharpness(scaledTo(inside, side / 2));
    m.sharpnessQuarter = tileSharpness(scaledTo(inside, side / 4));

    int hist[256] = {};
    for (int y = 0; y < inside.rows; ++y) {
        const uchar *row = inside.ptr<uchar>(y);
        for (int x = 0; x < inside.cols; ++x)
            ++hist[row[x]];
    }
    const double total = double(inside.rows) * inside.cols;
    double dark = 0, bright = 0, sum = 0;
    for (int v = 0; v < 256; ++v) {
        if (v <= 4)
            dark += hist[v];
        if (v >= 251)
            bright += hist[v];
        sum += double(v) * hist[v];
    }
    m.darkClip = dark / total;
    m.brightClip = bright / total;
    m.meanLuma = sum / total;
    return m;
}

QList<QualityFlag> qualityFlags(const QualityMetrics &m, const QualityFacts &facts, const QualityThresholds &t)
{
    QList<QualityFlag> flags;
    const qint64 pixels = qint64(facts.size.width()) * facts.size.height();
    const qint64 target = qint64(facts.targetResolution) * facts.targetResolution;
    if (pixels > 0 && pixels * 2 < target)
        flags << QualityFlag::LowResolution;
    // Detail, from the analysis image (≤ 512 px): a picture sharp there may have more detail than that
    // scale shows, so only one that is not says anything. Sharp once halved, and larger than the
    // analysis scale: its detail is that of an image a fraction of its size (upscaled, or soft enough
    // that its pixels are wasted). Not sharp even halved, or no larger than the analysis scale: blurry.
    const int longSide = std::max(facts.size.width(), facts.size.height());
    const bool sharpFull = m.sharpness >= t.sharp;
    const bool sharpHalf = m.sharpnessHalf >= t.sharp;
    if (!sharpFull) {
        if (sharpHalf && longSide > AnalysisSide)
            flags << QualityFlag::Upscaled;
        else
            flags << QualityFlag::Blurry;
    }
    if (m.darkClip >= t.clipped || m.meanLuma < t.darkMean)
        flags << QualityFlag::Underexposed;
    if (m.brightClip >= t.clipped || m.meanLuma > t.brightMean)
        flags << QualityFlag::Overexposed;
    if (m.contentBox)
        flags << QualityFlag::Letterboxed;
    const int shortSide = std::min(facts.size.width(), facts.size.height());
    if (shortSide > 0 && double(longSide) / shortSide > t.extremeAspect)
        flags << QualityFlag::ExtremeAspect;
    if (facts.format == QLatin1String("jpeg") && pixels > 0 && double(facts.bytes) * 8.0 / double(pixels) < t.jpegBitsPerPixel)
        flags << QualityFlag::Compressed;
    return flags;
}

QString describeFlag(QualityFlag flag, const QualityMetrics &m, const QualityFacts &facts)
{
    const qint64 pixels = qint64(facts.size.width()) * facts.size.height();
    switch (flag) {
    case QualityFlag::LowResolution:
        return CurationTr::tr("low resolution (%1 × %2 for a %3 px target)").arg(facts.size.width()).arg(facts.size.height()).arg(facts.targetResolution);
    case QualityFlag::Upscaled:
        return CurationTr::tr("looks upscaled (sharp only when reduced; sharpness %1, %2, %3)")
            .arg(m.sharpness, 0, 'f', 2).arg(m.sharpnessHalf, 0, 'f', 2).arg(m.sharpnessQuarter, 0, 'f', 2);
    case QualityFlag::Blurry:
        return CurationTr::tr("blurry (sharpness %1, %2, %3)").arg(m.sharpness, 0, 'f', 2).arg(m.sharpnessHalf, 0, 'f', 2).arg(m.sharpnessQuarter, 0, 'f', 2);
    case QualityFlag::Underexposed:
        return CurationTr::tr("underexposed (%1 % black, mean %2)").arg(qRound(m.darkClip * 100)).arg(qRound(m.meanLuma));
    case QualityFlag::Overexposed:
        return CurationTr::tr("overexposed (%1 % white, mean %2)").arg(qRound(m.brightClip * 100)).arg(qRound(m.meanLuma));
    case QualityFlag::Letterboxed:
        return m.contentBox ? CurationTr::tr("bars around the picture (content %1 % × %2 %)")
                                  .arg(qRound(m.contentBox->width() * 100)).arg(qRound(m.contentBox->height() * 100))
                            : CurationTr::tr("bars around the picture");
    case QualityFlag::ExtremeAspect:
        return CurationTr::tr("extreme aspect ratio (%1 × %2)").arg(facts.size.width()).arg(facts.size.height());
    case QualityFlag::Compressed:
        return CurationTr::tr("heavily compressed (%1 bits a pixel)").arg(pixels > 0 ? double(facts.bytes) * 8.0 / double(pixels) : 0.0, 0, 'f', 2);
    }
    return {};
}

} // namespace lc::curation
