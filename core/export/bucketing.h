#pragma once

#include <QList>
#include <QSize>

namespace lc {

// kohya sd-scripts aspect-ratio bucketing, exactly as its BucketManager computes it
// (trainer-formats.md §2.6; sd-scripts library/model_util.py make_bucket_resolutions and
// library/train_util.py BucketManager / trim_and_resize_if_required). Used by the export and, later,
// by the crop editor and the bucket preview.
class KohyaBuckets final
{
public:
    struct Options
    {
        QSize resolution{1024, 1024};
        int minBucketReso = 256;
        int maxBucketReso = 2048;
        int step = 64;
        bool noUpscale = false;
    };

    struct Selection
    {
        QSize bucket;  // the training size the image ends up at
        QSize resized; // the size the image is resized to before the centre crop to the bucket
    };

    // Normalises min/max as kohya does (min rounded down, max rounded up to the step). Returns false
    // (kohya's assertion) when the resolution does not fit between them.
    explicit KohyaBuckets(const Options &options);
    bool isValid() const { return m_valid; }

    // The predefined list (sorted ascending by (w, h)); empty in no-upscale mode, where buckets are per image.
    const QList<QSize> &buckets() const { return m_buckets; }
    Selection select(QSize image) const;

    static QList<QSize> makeBucketResolutions(qint64 maxArea, int minReso, int maxReso, int step);

private:
    Options m_options;
    qint64 m_maxArea = 0;
    QList<QSize> m_buckets;
    bool m_valid = true;
};

} // namespace lc
