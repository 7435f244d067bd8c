#pragma once

#include "search/searchprovider.h"

namespace lc::search {

// Openverse (api.openverse.org): openly licensed images with licence, creator and attribution, no account
// needed. GET /v1/images/ with q, page, page_size (anonymous: at most 20; more answers 401), license,
// license_type, aspect_ratio and mature; 240 results deep at most; about one request a second, 429 with
// Retry-After beyond. Answers {result_count, page_count, page_size, page, results: [...]}.
class OpenverseProvider final : public SearchProvider
{
public:
    explicit OpenverseProvider(QUrl baseUrl) : m_base(std::move(baseUrl)) {}

    ProviderInfo info() const override;
    Result<net::HttpRequest> request(const SearchQuery &query, int page, int count) const override;
    Result<SearchPage> parse(const QByteArray &body, int page) const override;
    Error explain(const Error &error) const override;

    // The license / license_type parameters for the query's licences ("by,cc0" and "commercial").
    static Result<std::pair<QString, QString>> licenseParameters(const QStringList &licenses);

private:
    QUrl m_base;
};

} // namespace lc::search
