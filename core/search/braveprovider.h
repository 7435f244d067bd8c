#pragma once

#include "search/searchprovider.h"

namespace lc::search {

// Brave Image Search (api.search.brave.com): GET /res/v1/images/search with the key in
// X-Subscription-Token; q (at most 400 characters), count (1–200, no paging), safesearch off|strict.
// Results name the page (url), the image (properties.url), the site and sometimes the size, but no
// licence: what is imported from Brave has an unknown licence to check at the source. A bad key answers
// 422 SUBSCRIPTION_TOKEN_INVALID; errors come as {"error": {...}} or {"errors": [...]}.
class BraveProvider final : public SearchProvider
{
public:
    BraveProvider(QUrl baseUrl, QString apiKey) : m_base(std::move(baseUrl)), m_key(std::move(apiKey)) {}

    ProviderInfo info() const override;
    Result<net::HttpRequest> request(const SearchQuery &query, int page, int count) const override;
    Result<SearchPage> parse(const QByteArray &body, int page) const override;
    Error explain(const Error &error) const override;

    static QString keychainKey() { return QStringLiteral("brave-search-api-key"); }
    static QString keyVariable() { return QStringLiteral("BRAVE_API_KEY"); }

private:
    QUrl m_base;
    QString m_key;
};

} // namespace lc::search
