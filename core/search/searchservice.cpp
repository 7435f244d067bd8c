#include "searchservice.h"

#include "net/httpclient.h"
#include "search/searchprovider.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent>

namespace lc::search {

namespace {

constexpr qint64 MaxThumbnailBytes = 8 * 1024 * 1024;
constexpr int MaxThumbnailPixels = 4096;

// A thumbnail's bytes as an image that fits `fit`, decoded at reduced size where the format allows.
QImage decodeThumbnail(const QByteArray &bytes, const QSize &fit)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (size.width() > MaxThumbnailPixels * 4 || size.height() > MaxThumbnailPixels * 4)
            return {}; // a "thumbnail" that is a bomb
        if (fit.isValid() && (size.width() > fit.width() || size.height() > fit.height()))
            reader.setScaledSize(size.scaled(fit, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (!image.isNull() && fit.isValid() && (image.width() > fit.width() || image.height() > fit.height()))
        image = image.scaled(fit, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

SearchService::SearchService(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<net::HttpClient>())
    , m_thumbnailHttp(std::make_unique<net::HttpClient>())
{
    m_worker.setMaxThreadCount(1);
    m_decoder.setMaxThreadCount(2);
    // Thumbnails come a few at a time, and never queue the next page behind them (their own client).
    m_thumbnailHttp->setHostLimit(4);
}

SearchService::~SearchService()
{
    cancel();
    m_worker.waitForDone();
    m_decoder.waitForDone();
}

void SearchService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SearchService::start(const QString &provider, const QString &apiKey, const SearchQuery &query)
{
    cancel();
    std::unique_ptr<SearchProvider> searchProvider = makeProvider(provider, apiKey);
    if (!searchProvider) {
        Q_EMIT failed(makeError(ErrorCode::InvalidArgument, tr("There is no search provider named \"%1\".").arg(provider)));
        return;
    }
    const ProviderInfo info = searchProvider->info();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_session = std::make_shared<SearchSession>(*m_http, std::move(searchProvider), query);
    if (!info.paged)
        m_session->setWanted(info.maxResults > 0 ? info.maxResults : info.pageSize);
    const quint64 generation = m_generation;
    // From the worker: delivered here, unless the query was replaced meanwhile.
    m_session->setNoticeCallback([this, generation](const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, text] {
                if (generation == m_generation)
                    Q_EMIT notice(text);
            },
            Qt::QueuedConnection);
    });
    m_hasMore = true;
    fetchMore();
}

bool SearchService::canFetchMore() const
{
    return m_session && !m_busy && m_hasMore;
}

void SearchService::fetchMore()
{
    if (!canFetchMore())
        return;
    setBusy(true);
    const quint64 generation = m_generation;
    std::shared_ptr<SearchSession> session = m_session;
    std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    auto *watcher = new QFutureWatcher<Result<SearchPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, session] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return; // replaced or canceled meanwhile
        setBusy(false);
        const Result<SearchPage> page = watcher->future().result();
        if (!page) {
            m_hasMore = false;
            if (page.error().code != ErrorCode::Canceled)
                Q_EMIT failed(page.error());
            return;
        }
        m_hasMore = session->hasMore();
        Q_EMIT pageArrived(*page, m_hasMore);
    });
    watcher->setFuture(QtConcurrent::run(&m_worker, [session, cancel] { return session->next(cancel.get()); }));
}

void SearchService::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_session.reset(); // the worker keeps its own reference until next() returns
    m_hasMore = false;
    for (QFuture<Result<net::HttpResponse>> &download : m_thumbnails)
        download.cancel();
    m_thumbnails.clear();
    setBusy(false);
}

void SearchService::requestThumbnail(const QUrl &url, const QSize &fit)
{
    if (!url.isValid() || m_thumbnails.contains(url))
        return;
    net::HttpRequest request;
    request.url = url;
    request.anonymous = true; // image hosts get no cookies and no credentials
    request.maxRedirects = 5;
    request.maxBytes = MaxThumbnailBytes;
    request.acceptContentTypes = {QByteArrayLiteral("image/")};
    request.timeoutMs = 30'000;
    request.setHeader("User-Agent", QByteArrayLiteral("LoRA Craft/" LORACRAFT_VERSION " (image dataset tool)"));
    request.setHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8");
    const QFuture<Result<net::HttpResponse>> download = m_thumbnailHttp->send(std::move(request));
    m_thumbnails.insert(url, download);
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Result<net::HttpResponse>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, url, fit] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QFuture<Result<net::HttpResponse>> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0 || !done.result()) {
            m_thumbnails.remove(url);
            Q_EMIT thumbnailReady(url, QImage());
            return;
        }
        const QByteArray body = done.result()->body;
        auto *decoded = new QFutureWatcher<QImage>(this);
        connect(decoded, &QFutureWatcherBase::finished, this, [this, decoded, generation, url] {
            decoded->deleteLater();
            if (generation != m_generation)
                return;
            m_thumbnails.remove(url);
            Q_EMIT thumbnailReady(url, decoded->future().resultCount() ? decoded->future().result() : QImage());
        });
        decoded->setFuture(QtConcurrent::run(&m_decoder, [body, fit] { return decodeThumbnail(body, fit); }));
    });
    watcher->setFuture(download);
}

} // namespace lc::search
