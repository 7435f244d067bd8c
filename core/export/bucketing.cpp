#include "bucketing.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace lc {

namespace {

int roundToSteps(double x, int step)
{
    const int r = int(x + 0.5);
    return r - r % step;
}

} // namespace

QList<QSize> KohyaBuckets::makeBucketResolutions(qint64 maxArea, int minReso, int maxReso, int step)
{
    std::set<std::pair<int, int>> s;
    const int side = int(std::floor(std::sqrt(double(maxArea)) / step)) * step;
    s.insert({side, side});
    for (int w = minReso; w <= maxReso; w += step) {
        const int h = std::min<qint64>(maxReso, ((maxArea / w) / step) * step);
        if (h >= minReso) {
            s.insert({w, h});
            s.insert({h, w});
        }
    }
    QList<QSize> out;
    for (const auto &[w, h] : s)
        out.append(QSize(w, h));
    return out;
}

KohyaBuckets::KohyaBuckets(const Options &options) : m_options(options)
{
    int &minReso = m_options.minBucketReso;
    int &maxReso = m_options.maxBucketReso;
    const int step = m_options.step;
    if (minReso % step != 0)
        minReso -= minReso % step;
    if (maxReso % step != 0)
        maxReso += step - maxReso % step;
    const QSize res = m_options.resolution;
    m_valid = std::min(res.width(), res.height()) >= minReso && std::max(res.width(), res.height()) <= maxReso;
    m_maxArea = qint64(res.width()) * res.height();
    if (!m_options.noUpscale)
        m_buckets = makeBucketResolutions(m_maxArea, minReso, maxReso, step);
}

KohyaBuckets::Selection KohyaBuckets::select(QSize image) const
{
    const int W = image.width();
    const int H = image.height();
    const double ar = double(W) / double(H);
    Selection sel;
    if (!m_options.noUpscale) {
        QSize bucket;
        if (m_buckets.contains(image)) {
            bucket = image;
        } else {
            double best = 1e300;
            for (const QSize &b : m_buckets) { // numpy argmin: the first minimum wins
                const double err = std::abs(double(b.width()) / b.height() - ar);
                if (err < best) {
                    best = err;
                    bucket = b;
                }
            }
        }
        const double bucketAr = double(bucket.width()) / bucket.height();
        const double scale = ar > bucketAr ? double(bucket.height()) / H : double(bucket.width()) / W;
        sel.bucket = bucket;
        sel.resized = QSize(int(W * scale + 0.5), int(H * scale + 0.5));
        return sel;
    }
    const int step = m_options.step;
    QSize resized(W, H);
    if (qint64(W) * H > m_maxArea) {
        const double rw = std::sqrt(double(m_maxArea) * ar);
        const double rh = double(m_maxArea) / rw;
        const int bw1 = roundToSteps(rw, step);
        const int bh1 = roundToSteps(bw1 / ar, step);
        const double e1 = std::abs(double(bw1) / bh1 - ar);
        const int bh2 = roundToSteps(rh, step);
        const int bw2 = roundToSteps(bh2 * ar, step);
        const double e2 = std::abs(double(bw2) / bh2 - ar);
        resized = e1 < e2 ? QSize(bw1, int(bw1 / ar + 0.5)) : QSize(int(bh2 * ar + 0.5), bh2);
    }
    sel.resized = resized;
    sel.bucket = QSize(resized.width() - resized.width() % step, resized.height() - resized.height() % step);
    return sel;
}

} // namespace lc
