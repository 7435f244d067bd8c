#pragma once

#include "net/httpclient.h"
#include "search/searchtypes.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace lc::search {

// What a provider can do, for the Collect panel's filters and the session's paging.
struct ProviderInfo
{
    QString key;  // "openverse", "brave": what --provider takes
    QString name; // "Openverse"
    bool needsKey = false;
    QString keychainKey;      // where its API key is kept (SecretStore)
    QString keyVariable;      // the environment variable that may hold it instead
    bool licenseFilter = false;
    bool orientationFilter = false;
    bool safeSearchFilter = false;
    int pageSize = 20;        // results asked for per request
    int maxResults = -1;      // how deep one query can page; -1: no known limit
    bool paged = true;        // false: one request returns every result there will be
    int minIntervalMs = 0;    // between two requests (a documented rate limit)
};

// An image search service: builds its requests and reads its answers (the documented JSON shapes);
// SearchSession sends them through the HTTP layer. Providers hold no state between requests.
class SearchProvider
{
public:
    virtual ~SearchProvider() = default;

    virtual ProviderInfo info() const = 0;
    // The request for page `page` (1-based), `count` results; InvalidArgument for a filter the provider
    // does not have (Brave has no licence filter).
    virtual Result<net::HttpRequest> request(const SearchQuery &query, int page, int count) const = 0;
    // The results in a 2xx answer's body; Server when it is not the documented shape.
    virtual Result<SearchPage> parse(const QByteArray &body, int page) const = 0;
    // A failed request's error, made specific to the provider (which key to check, what its code means).
    virtual Error explain(const Error &error) const { return error; }
};

// Every provider's key, in the order the UI lists them.
QStringList providerKeys();
// The provider named `key` ("openverse", "brave"), or nullptr. apiKey: for a provider that needs one.
std::unique_ptr<SearchProvider> makeProvider(const QString &key, const QString &apiKey = {});

// Base URLs, overridable for tests and proxies (paths such as /v1/images/ are appended):
// LORACRAFT_OPENVERSE_BASE_URL (default https://api.openverse.org) and LORACRAFT_BRAVE_BASE_URL
// (default https://api.search.brave.com).
QUrl openverseBaseUrl();
QUrl braveBaseUrl();
// base + path, keeping a path prefix the base may have (a proxy's /openverse).
QUrl joinUrl(const QUrl &base, const QString &path);
// An address from a provider's answer when it is http or https; an empty QUrl otherwise (javascript:,
// file:, garbage are never offered for download).
QUrl webUrl(const QString &text);

// A URL query built item by item, every key and value percent-encoded (QUrlQuery leaves '+', which
// servers read as a space: "c++" would search for "c").
class QueryItems final
{
public:
    void addQueryItem(const QString &key, const QString &value);
    QString encoded() const { return m_text; }

private:
    QString m_text;
};

// A GET of a provider's JSON API: base + path with the query, Accept: application/json, our User-Agent.
net::HttpRequest apiRequest(const QUrl &base, const QString &path, const QueryItems &query);

// One query's pages, asked for one after the other: keeps the provider's pace (its documented
// interval, Retry-After on 429, told through the notice callback as "rate limited, retrying in 4 s"),
// drops results known to be smaller than the query's minimum size, and stops where the provider stops.
// Not thread-safe: one thread drives a session (a worker; never the GUI thread: next() blocks).
class SearchSession final
{
public:
    SearchSession(net::HttpClient &http, std::unique_ptr<SearchProvider> provider, SearchQuery query);

    const ProviderInfo &info() const { return m_info; }
    const SearchQuery &query() const { return m_query; }
    // For a provider that answers everything at once (Brave): how many results to ask for (at most its
    // maximum). Call before the first next().
    void setWanted(int results) { m_wanted = results; }
    void setNoticeCallback(std::function<void(const QString &)> fn) { m_notice = std::move(fn); }

    // The next page; Canceled when *cancel turns true (observed within 100 ms, waits included).
    Result<SearchPage> next(const std::atomic<bool> *cancel = nullptr);
    bool hasMore() const { return m_hasMore; }
    int pagesLoaded() const { return m_page; }
    int resultsSeen() const { return m_seen; }

private:
    net::HttpClient &m_http;
    std::unique_ptr<SearchProvider> m_provider;
    ProviderInfo m_info;
    SearchQuery m_query;
    std::function<void(const QString &)> m_notice;
    QElapsedTimer m_lastRequest;
    int m_wanted = 0;
    int m_page = 0;
    int m_seen = 0;
    bool m_hasMore = true;
};

// Collects up to `limit` results of a query, page after page (the CLI's search).
Result<QList<SearchResult>> searchAll(SearchSession &session, int limit, const std::atomic<bool> *cancel = nullptr);

} // namespace lc::search
