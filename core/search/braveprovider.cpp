#include "braveprovider.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lc::search {

namespace {

constexpr int MaxCount = 200;
constexpr int MaxQueryCharacters = 400;
constexpr int MaxQueryWords = 50;

// The error object of Brave's ErrorResponse: {"error": {...}}, or the first of {"errors": [...]}.
QJsonObject braveError(const QString &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body.toUtf8()).object();
    if (root.value(QStringLiteral("error")).isObject())
        return root.value(QStringLiteral("error")).toObject();
    const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
    return errors.isEmpty() ? QJsonObject() : errors.first().toObject();
}

} // namespace

ProviderInfo BraveProvider::info() const
{
    ProviderInfo i;
    i.key = QStringLiteral("brave");
    i.name = QStringLiteral("Brave Image Search");
    i.needsKey = true;
    i.keychainKey = keychainKey();
    i.keyVariable = keyVariable();
    i.safeSearchFilter = true;
    i.pageSize = 50;
    i.maxResults = MaxCount;
    i.paged = false;
    i.minIntervalMs = 1000; // the free plan: one request a second
    return i;
}

Result<net::HttpRequest> BraveProvider::request(const SearchQuery &query, int page, int count) const
{
    Q_UNUSED(page) // one request answers everything
    const QString text = query.text.simplified();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, SearchTr::tr("Type something to search for."));
    if (text.size() > MaxQueryCharacters || text.count(QLatin1Char(' ')) + 1 > MaxQueryWords)
        return makeError(ErrorCode::InvalidArgument,
            SearchTr::tr("Brave Image Search takes at most %1 characters and %2 words.").arg(MaxQueryCharacters).arg(MaxQueryWords));
    if (!query.licenses.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
            SearchTr::tr("Brave Image Search cannot filter by licence, and its results carry none. Search Openverse for openly "
                         "licensed images, or search Brave without a licence filter and check each image at its source."));
    if (m_key.isEmpty())
        return makeError(ErrorCode::Authentication,
            SearchTr::tr("Brave Image Search needs an API key (api-dashboard.search.brave.com): add it in Settings → Search, or "
                         "set %1.")
                .arg(keyVariable()));
    QueryItems q;
    q.addQueryItem(QStringLiteral("q"), text);
    q.addQueryItem(QStringLiteral("count"), QString::number(std::clamp(count, 1, MaxCount)));
    q.addQueryItem(QStringLiteral("safesearch"), query.safeSearch ? QStringLiteral("strict") : QStringLiteral("off"));
    net::HttpRequest r = apiRequest(m_base, QStringLiteral("/res/v1/images/search"), q);
    r.setHeader("X-Subscription-Token", m_key.toUtf8());
    return r;
}

Result<SearchPage> BraveProvider::parse(const QByteArray &body, int page) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !root.value(QStringLiteral("results")).isArray())
        return makeError(ErrorCode::Server, SearchTr::tr("Brave Image Search answered something that is not a list of images."),
            QString::fromUtf8(body.left(300)));
    SearchPage out;
    out.page = page;
    out.hasMore = false;
    QSet<QString> seen;
    for (const QJsonValue v : root.value(QStringLiteral("results")).toArray()) { // (by value: the array yields refs)
        const QJsonObject o = v.toObject();
        const QJsonObject properties = o.value(QStringLiteral("properties")).toObject();
        SearchResult r;
        Provenance &p = r.provenance;
        p.provider = QStringLiteral("brave");
        p.imageUrl = webUrl(properties.value(QStringLiteral("url")).toString()).toString();
        if (p.imageUrl.isEmpty() || seen.contains(p.imageUrl))
            continue;
        seen.insert(p.imageUrl);
        r.id = p.imageUrl;
        p.pageUrl = webUrl(o.value(QStringLiteral("url")).toString()).toString();
        p.title = o.value(QStringLiteral("title")).toString().simplified().left(500);
        r.thumbnailUrl = webUrl(o.value(QStringLiteral("thumbnail")).toObject().value(QStringLiteral("src")).toString());
        r.width = std::max(0, properties.value(QStringLiteral("width")).toInt(0));
        r.height = std::max(0, properties.value(QStringLiteral("height")).toInt(0));
        r.sourceSite = o.value(QStringLiteral("source")).toString();
        if (r.sourceSite.isEmpty())
            r.sourceSite = o.value(QStringLiteral("meta_url")).toObject().value(QStringLiteral("hostname")).toString();
        out.results.append(r);
    }
    out.totalCount = int(out.results.size());
    return out;
}

Error BraveProvider::explain(const Error &error) const
{
    Error e = error;
    const QJsonObject err = braveError(error.detail);
    const QString code = err.value(QStringLiteral("code")).toString();
    const QString detail = err.value(QStringLiteral("detail")).toString();
    const QString component = err.value(QStringLiteral("meta")).toObject().value(QStringLiteral("component")).toString();
    if (code == QLatin1String("SUBSCRIPTION_TOKEN_INVALID") || component == QLatin1String("authentication") || error.httpStatus == 401
        || error.httpStatus == 403) {
        e.code = ErrorCode::Authentication;
        e.message = SearchTr::tr("Brave Image Search refused the API key (%1): check it in Settings → Search or %2.")
                        .arg(code.isEmpty() ? QStringLiteral("HTTP %1").arg(error.httpStatus) : code, keyVariable());
    } else if (code == QLatin1String("QUOTA_LIMITED")) {
        e.code = ErrorCode::RateLimited;
        e.message = SearchTr::tr("The Brave Search API key has used up its monthly quota (QUOTA_LIMITED).");
    } else if (error.code == ErrorCode::RateLimited) {
        e.message = SearchTr::tr("Brave Image Search asked to slow down (%1) and kept refusing: try again in a minute.")
                        .arg(code.isEmpty() ? QStringLiteral("HTTP 429") : code);
    } else if (!detail.isEmpty()) {
        e.message = SearchTr::tr("Brave Image Search refused the search (HTTP %1, %2): %3").arg(error.httpStatus).arg(code, detail);
    }
    return e;
}

} // namespace lc::search
