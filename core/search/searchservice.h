#pragma once

#include "net/httpclient.h"
#include "search/searchtypes.h"
#include "util/error.h"

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>

namespace lc::search {

class SearchSession;

// The Collect panel's searches, off the GUI thread: one query at a time, its pages asked for one after
// the other on a worker (SearchSession keeps the provider's pace and waits out 429s), results and
// notices delivered as signals on the service's thread; thumbnails fetched a few at a time (anonymous,
// size-limited, image content types only) and decoded on a pool. Starting a query or cancel() stops
// the one before: its page, should it still arrive, is dropped, and its thumbnails are aborted.
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    explicit SearchService(QObject *parent = nullptr);
    ~SearchService() override; // cancels and waits for the worker

    // A new query with the provider named `provider` (providerKeys()); apiKey for one that needs a key.
    // The first page follows as pageArrived() or failed().
    void start(const QString &provider, const QString &apiKey, const SearchQuery &query);
    // The next page of the current query, unless one is being asked for or there is none.
    void fetchMore();
    bool canFetchMore() const;
    bool isBusy() const { return m_busy; }
    // Stops the current query and every thumbnail download.
    void cancel();

    // The thumbnail at `url`, scaled to fit `fit`: thumbnailReady(url, image) follows (a null image when
    // it could not be fetched or decoded). A thumbnail asked for again while in flight is fetched once.
    void requestThumbnail(const QUrl &url, const QSize &fit);
    int thumbnailsInFlight() const { return int(m_thumbnails.size()); }

Q_SIGNALS:
    void pageArrived(const lc::search::SearchPage &page, bool hasMore);
    void failed(const lc::Error &error);
    // "Rate limited, retrying in 4 s": the query waits, it has not failed.
    void notice(const QString &text);
    void busyChanged(bool busy);
    void thumbnailReady(const QUrl &url, const QImage &image);

private:
    void setBusy(bool busy);

    std::unique_ptr<net::HttpClient> m_http;          // the provider's API
    std::unique_ptr<net::HttpClient> m_thumbnailHttp; // thumbnails (another host limit)
    QThreadPool m_worker; // one thread: the session's next() blocks
    QThreadPool m_decoder;
    std::shared_ptr<SearchSession> m_session;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_hasMore = false;
    QHash<QUrl, QFuture<Result<net::HttpResponse>>> m_thumbnails; // in flight (download or decode)
};

} // namespace lc::search
