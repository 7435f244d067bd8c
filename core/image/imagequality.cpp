#include "image/imagequality.h"

#include <QJsonArray>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lc {

namespace {

constexpr int AnalysisSide = 512;

// The second strongest of a 4×4 grid of tiles: Laplacian variance over the tile's own variance (plus a
// small floor for perfectly flat tiles), so that contrast and exposure do not count, only detail.
double tileSharpness(const cv::Mat &gray)
{
    if (gray.cols < 16 || gray.rows < 16)
        return 0;
    cv::Mat lap;
    cv::Laplacian(gray, lap, CV_16S, 1);
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
    if (image.isNull())
        return {};
    const QImage gray8 = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat full(gray8.height(), gray8.width(), CV_8UC1, const_cast<uchar *>(gray8.constBits()), size_t(gray8.bytesPerLine()));
    return measureQuality(full);
}

QualityMetrics measureQuality(const cv::Mat &full)
{
    QualityMetrics m;
    if (full.empty())
        return m;
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

QJsonObject toJson(const QualityMetrics &m)
{
    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonObject o{{QStringLiteral("s"), round3(m.sharpness)}, {QStringLiteral("s2"), round3(m.sharpnessHalf)},
        {QStringLiteral("s4"), round3(m.sharpnessQuarter)}, {QStringLiteral("dark"), round3(m.darkClip)},
        {QStringLiteral("bright"), round3(m.brightClip)}, {QStringLiteral("mean"), round3(m.meanLuma)}};
    if (m.contentBox) {
        o.insert(QStringLiteral("box"), QJsonArray{round3(m.contentBox->x()), round3(m.contentBox->y()), round3(m.contentBox->width()),
                                            round3(m.contentBox->height())});
    }
    return o;
}

std::optional<QualityMetrics> qualityFromJson(const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("s")))
        return std::nullopt;
    QualityMetrics m;
    m.sharpness = o.value(QStringLiteral("s")).toDouble();
    m.sharpnessHalf = o.value(QStringLiteral("s2")).toDouble();
    m.sharpnessQuarter = o.value(QStringLiteral("s4")).toDouble();
    m.darkClip = o.value(QStringLiteral("dark")).toDouble();
    m.brightClip = o.value(QStringLiteral("bright")).toDouble();
    m.meanLuma = o.value(QStringLiteral("mean")).toDouble();
    const QJsonArray box = o.value(QStringLiteral("box")).toArray();
    if (box.size() == 4)
        m.contentBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
    return m;
}

} // namespace lc
