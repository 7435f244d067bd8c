#include "thumbnailcache.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QtConcurrent>

namespace lc::ui {

namespace {

QImage loadThumbnail(const QString &path, int tile)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > tile)
        reader.setScaledSize(size.scaled(tile, tile, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

ThumbnailCache::ThumbnailCache(const ThumbnailStore &store, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_pool(pool)
{
    setMaxBytes(128LL * 1024 * 1024); // ~1,400 tiles at the default size: several screens either way
}

// Decodes in flight finish on the pool (they hold only a path and a size); their watchers, children of
// the cache, are gone with it, so the results are dropped.
ThumbnailCache::~ThumbnailCache() = default;

void ThumbnailCache::setTileSize(int devicePixels)
{
    if (devicePixels == m_tileSize)
        return;
    m_tileSize = devicePixels;
    ++m_generation;
    m_cache.clear();
    clearQueue();
    m_inFlight.clear();
}

void ThumbnailCache::setMaxBytes(qint64 bytes)
{
    m_cache.setMaxCost(qsizetype(bytes / 1024));
}

QPixmap ThumbnailCache::pixmap(const ContentHash &hash)
{
    if (const QPixmap *p = m_cache.object(hash))
        return *p;
    if (!m_failed.contains(hash) && !m_inFlight.contains(hash)) {
        if (m_queued.contains(hash))
            m_queue.removeOne(hash);
        m_queue.append(hash); // newest last, served first
        m_queued.insert(hash);
        pump();
    }
    return {};
}

void ThumbnailCache::clearQueue()
{
    m_queue.clear();
    m_queued.clear();
}

void ThumbnailCache::invalidate(const ContentHash &hash)
{
    m_cache.remove(hash);
    m_failed.remove(hash);
}

void ThumbnailCache::pump()
{
    const int maxInFlight = m_pool->maxThreadCount() * 2;
    while (!m_queue.isEmpty() && m_inFlight.size() < maxInFlight) {
        const ContentHash hash = m_queue.takeLast();
        m_queued.remove(hash);
        m_inFlight.insert(hash);
        const QString path = m_store.pathFor(hash);
        const int tile = m_tileSize;
        const int generation = m_generation;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, hash, generation] {
            watcher->deleteLater();
            finished(hash, generation, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(m_pool, loadThumbnail, path, tile));
    }
}

void ThumbnailCache::finished(const ContentHash &hash, int generation, const QImage &image)
{
    if (generation != m_generation) {
        pump();
        return;
    }
    m_inFlight.remove(hash);
    if (image.isNull()) {
        m_failed.insert(hash);
    } else {
        auto *pixmap = new QPixmap(QPixmap::fromImage(image));
        m_cache.insert(hash, pixmap, std::max<qsizetype>(1, qsizetype(image.sizeInBytes() / 1024)));
    }
    Q_EMIT ready(hash);
    pump();
}

} // namespace lc::ui
