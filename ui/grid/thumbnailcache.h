#pragma once

#include "store/thumbnailstore.h"
#include "util/contenthash.h"

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace lc::ui {

// Thumbnails for the grid, decoded off the GUI thread from the library's thumbs/ folder at tile size
// and kept in a byte-bounded cache. Requests are served newest first (what was just scrolled into view);
// clearQueue() drops requests that have not started, e.g. when the view scrolled away from them.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    // Decodes on `pool` (the library's thumbnail pool, which outlives the cache).
    ThumbnailCache(const ThumbnailStore &store, QThreadPool *pool, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // Size in device pixels that thumbnails are decoded to (long side). Changing it empties the cache.
    void setTileSize(int devicePixels);
    int tileSize() const { return m_tileSize; }
    void setMaxBytes(qint64 bytes);

    // The cached thumbnail, or a null pixmap after queueing a load (ready() follows).
    QPixmap pixmap(const ContentHash &hash);
    bool hasFailed(const ContentHash &hash) const { return m_failed.contains(hash); }
    void clearQueue();
    // Forget a thumbnail (it was regenerated).
    void invalidate(const ContentHash &hash);

    qint64 cachedBytes() const { return qint64(m_cache.totalCost()) * 1024; }
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    void ready(const lc::ContentHash &hash);

private:
    void pump();
    void finished(const ContentHash &hash, int generation, const QImage &image);

    const ThumbnailStore &m_store;
    int m_tileSize = 192;
    int m_generation = 0;
    QCache<ContentHash, QPixmap> m_cache; // cost in KiB
    QList<ContentHash> m_queue;
    QSet<ContentHash> m_queued;
    QSet<ContentHash> m_inFlight;
    QSet<ContentHash> m_failed;
    QThreadPool *m_pool;
};

} // namespace lc::ui
