#include "searchprovider.h"

#include "search/braveprovider.h"
#include "search/openverseprovider.h"
#include "util/tr.h"

#include <QThread>

#include <algorithm>
#include <cstdlib>

namespace lc::search {

namespace {

QUrl baseUrlFrom(const char *variable, const char *fallback)
{
    const QString set = qEnvironmentVariable(variable).trimmed();
    QUrl url(set.isEmpty() ? QString::fromLatin1(fallback) : set);
    if (!url.isValid() || url.host().isEmpty())
        url = QUrl(QString::fromLatin1(fallback));
    return url;
}

// Sleeps up to ms, in 100 ms steps; false when canceled.
bool waitFor(qint64 ms, const std::atomic<bool> *cancel)
{
    while (ms > 0) {
        if (cancel && cancel->load())
            return false;
        const qint64 step = std::min<qint64>(ms, 100);
        QThread::msleep(static_cast<unsigned long>(step));
        ms -= step;
    }
    return !(cancel && cancel->load());
}

bool tooSmall(const SearchResult &r, int minSize)
{
    return minSize > 0 && r.width > 0 && r.height > 0 && std::min(r.width, r.height) < minSize;
}

// For a provider that cannot filter by orientation: results whose size is known and does not fit.
bool wrongOrientation(const SearchResult &r, Orientation orientation)
{
    if (orientation == Orientation::Any || r.width <= 0 || r.height <= 0)
        return false;
    const bool square = std::abs(r.width - r.height) <= std::max(r.width, r.height) / 20;
    switch (orientation) {
    case Orientation::Square: return !square;
    case Orientation::Tall: return square || r.height < r.width;
    case Orientation::Wide: return square || r.width < r.height;
    case Orientation::Any: break;
    }
    return false;
}

} // namespace

QStringList providerKeys()
{
    return {QStringLiteral("openverse"), QStringLiteral("brave")};
}

std::unique_ptr<SearchProvider> makeProvider(const QString &key, const QString &apiKey)
{
    if (key == QLatin1String("openverse"))
        return std::make_unique<OpenverseProvider>(openverseBaseUrl());
    if (key == QLatin1String("brave"))
        return std::make_unique<BraveProvider>(braveBaseUrl(), apiKey);
    return nullptr;
}

QUrl openverseBaseUrl()
{
    return baseUrlFrom("LORACRAFT_OPENVERSE_BASE_URL", "https://api.openverse.org");
}

QUrl braveBaseUrl()
{
    return baseUrlFrom("LORACRAFT_BRAVE_BASE_URL", "https://api.search.brave.com");
}

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl webUrl(const QString &text)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty() ? url : QUrl();
}

net::HttpRequest apiRequest(const QUrl &base, const QString &path, const QueryItems &query)
{
    net::HttpRequest r;
    r.url = joinUrl(base, path);
    r.url.setQuery(query.encoded(), QUrl::StrictMode);
    r.setHeader("Accept", "application/json");
    r.setHeader("User-Agent", QByteArrayLiteral("LoRA Craft/" LORACRAFT_VERSION));
    r.timeoutMs = 30'000;
    return r;
}

void QueryItems::addQueryItem(const QString &key, const QString &value)
{
    if (!m_text.isEmpty())
        m_text += QLatin1Char('&');
    m_text += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral(",")));
}

SearchSession::SearchSession(net::HttpClient &http, std::unique_ptr<SearchProvider> provider, SearchQuery query)
    : m_http(http)
    , m_provider(std::move(provider))
    , m_info(m_provider->info())
    , m_query(std::move(query))
{
}

Result<SearchPage> SearchSession::next(const std::atomic<bool> *cancel)
{
    if (!m_hasMore)
        return makeError(ErrorCode::InvalidArgument, SearchTr::tr("%1 has no more results for this search.").arg(m_info.name));
    const int page = m_page + 1;
    const int count = m_info.paged ? m_info.pageSize
                                   : std::clamp(m_wanted > 0 ? m_wanted : m_info.pageSize, 1, std::max(1, m_info.maxResults));
    auto request = m_provider->request(m_query, page, count);
    if (!request)
        return request.error();
    // The provider's pace: anonymous Openverse allows about one request a second.
    if (m_info.minIntervalMs > 0 && m_lastRequest.isValid()) {
        const qint64 wait = m_info.minIntervalMs - m_lastRequest.elapsed();
        if (wait > 0 && !waitFor(wait, cancel))
            return makeError(ErrorCode::Canceled, SearchTr::tr("Canceled."));
    }
    const QString name = m_info.name;
    request->onRetry = [notice = m_notice, name](const Error &why, int delayMs) {
        if (!notice)
            return;
        const int seconds = std::max(1, (delayMs + 999) / 1000);
        notice(why.code == ErrorCode::RateLimited ? SearchTr::tr("%1: rate limited, retrying in %n s", nullptr, seconds).arg(name)
                                                  : SearchTr::tr("%1 failed (%2), retrying in %n s", nullptr, seconds).arg(name, why.message));
    };
    m_lastRequest.start();
    auto response = m_http.sendAndWait(*request, cancel);
    m_lastRequest.start();
    if (!response)
        return m_provider->explain(response.error());
    auto parsed = m_provider->parse(response->body, page);
    if (!parsed)
        return parsed.error();
    SearchPage result = std::move(*parsed);
    m_page = page;
    m_seen += int(result.results.size());
    const qsizetype before = result.results.size();
    result.results.removeIf([min = m_query.minSize](const SearchResult &r) { return tooSmall(r, min); });
    if (!m_info.orientationFilter)
        result.results.removeIf([o = m_query.orientation](const SearchResult &r) { return wrongOrientation(r, o); });
    result.droppedTooSmall = int(before - result.results.size());
    const bool deeper = m_info.maxResults < 0 || page * m_info.pageSize < m_info.maxResults;
    m_hasMore = m_info.paged && result.hasMore && deeper && before > 0;
    result.hasMore = m_hasMore;
    return result;
}

Result<QList<SearchResult>> searchAll(SearchSession &session, int limit, const std::atomic<bool> *cancel)
{
    QList<SearchResult> all;
    if (!session.info().paged)
        session.setWanted(limit);
    while (session.hasMore() && all.size() < limit) {
        auto page = session.next(cancel);
        if (!page) {
            // What arrived before a later page failed is kept when it is a limit of the provider, not a
            // failure to tell (paging past the anonymous depth answers 400/401).
            if (!all.isEmpty() && page.error().code != ErrorCode::Canceled && page.error().httpStatus >= 400
                && page.error().httpStatus < 500 && page.error().code != ErrorCode::RateLimited)
                break;
            return page.error();
        }
        for (const SearchResult &r : std::as_const(page->results)) {
            if (all.size() >= limit)
                break;
            all.append(r);
        }
    }
    return all;
}

} // namespace lc::search
