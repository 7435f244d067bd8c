#include "openverseprovider.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lc::search {

namespace {

constexpr int AnonymousPageSize = 20; // more answers 401 without a token
constexpr int Depth = 240;            // results one query can page through

// {"detail": "…"} or {"detail": {"param": ["msg", …]}}.
QString detailOf(const QString &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body.toUtf8()).object();
    const QJsonValue detail = o.value(QStringLiteral("detail"));
    if (detail.isString())
        return detail.toString();
    QStringList parts;
    const QJsonObject fields = detail.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QStringList messages;
        for (const QJsonValue m : it.value().toArray())
            messages << m.toString();
        if (it.value().isString())
            messages << it.value().toString();
        parts << QStringLiteral("%1: %2").arg(it.key(), messages.join(QLatin1Char(' ')));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

ProviderInfo OpenverseProvider::info() const
{
    ProviderInfo i;
    i.key = QStringLiteral("openverse");
    i.name = QStringLiteral("Openverse");
    i.licenseFilter = true;
    i.orientationFilter = true;
    i.safeSearchFilter = true;
    i.pageSize = AnonymousPageSize;
    i.maxResults = Depth;
    i.minIntervalMs = 1000;
    return i;
}

Result<std::pair<QString, QString>> OpenverseProvider::licenseParameters(const QStringList &licenses)
{
    QStringList slugs;
    QStringList types;
    const QStringList known = knownLicenses();
    for (const QString &raw : licenses) {
        const QString l = normalizedLicense(raw);
        if (l.isEmpty())
            continue;
        if (l == QLatin1String("commercial") || l == QLatin1String("modification") || l == QLatin1String("all-cc")) {
            if (!types.contains(l))
                types << l;
        } else if (known.contains(l)) {
            if (!slugs.contains(l))
                slugs << l;
        } else {
            return makeError(ErrorCode::InvalidArgument,
                SearchTr::tr("“%1” is not a licence Openverse knows. Use %2, or commercial / modification for every licence "
                             "that allows commercial use / adaptations.")
                    .arg(raw, known.join(QStringLiteral(", "))));
        }
    }
    return std::pair{slugs.join(QLatin1Char(',')), types.join(QLatin1Char(','))};
}

Result<net::HttpRequest> OpenverseProvider::request(const SearchQuery &query, int page, int count) const
{
    const QString text = query.text.simplified();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, SearchTr::tr("Type something to search for."));
    auto licenses = licenseParameters(query.licenses);
    if (!licenses)
        return licenses.error();
    QueryItems q;
    q.addQueryItem(QStringLiteral("q"), text.left(200));
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(std::clamp(count, 1, AnonymousPageSize)));
    if (!licenses->first.isEmpty())
        q.addQueryItem(QStringLiteral("license"), licenses->first);
    if (!licenses->second.isEmpty())
        q.addQueryItem(QStringLiteral("license_type"), licenses->second);
    if (query.orientation != Orientation::Any)
        q.addQueryItem(QStringLiteral("aspect_ratio"), toKey(query.orientation));
    if (query.minSize >= 1000)
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("large"));
    q.addQueryItem(QStringLiteral("mature"), query.safeSearch ? QStringLiteral("false") : QStringLiteral("true"));
    return apiRequest(m_base, QStringLiteral("/v1/images/"), q);
}

Result<SearchPage> OpenverseProvider::parse(const QByteArray &body, int page) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !root.value(QStringLiteral("results")).isArray())
        return makeError(ErrorCode::Server, SearchTr::tr("Openverse answered something that is not a list of images."),
            QString::fromUtf8(body.left(300)));
    SearchPage out;
    out.page = page;
    out.totalCount = root.value(QStringLiteral("result_count")).toInt(-1);
    const int pageCount = root.value(QStringLiteral("page_count")).toInt(0);
    out.hasMore = page < pageCount;
    QSet<QString> seen;
    for (const QJsonValue v : root.value(QStringLiteral("results")).toArray()) { // (by value: the array yields refs)
        const QJsonObject o = v.toObject();
        SearchResult r;
        Provenance &p = r.provenance;
        p.provider = QStringLiteral("openverse");
        p.imageUrl = webUrl(o.value(QStringLiteral("url")).toString()).toString();
        if (p.imageUrl.isEmpty())
            continue; // nothing to download
        r.id = o.value(QStringLiteral("id")).toString();
        if (r.id.isEmpty())
            r.id = p.imageUrl;
        if (seen.contains(r.id))
            continue;
        seen.insert(r.id);
        p.pageUrl = webUrl(o.value(QStringLiteral("foreign_landing_url")).toString()).toString();
        p.title = o.value(QStringLiteral("title")).toString().simplified().left(500);
        p.creator = o.value(QStringLiteral("creator")).toString().simplified().left(300);
        p.creatorUrl = webUrl(o.value(QStringLiteral("creator_url")).toString()).toString();
        p.license = normalizedLicense(o.value(QStringLiteral("license")).toString());
        p.licenseVersion = o.value(QStringLiteral("license_version")).toString().left(20);
        p.licenseUrl = webUrl(o.value(QStringLiteral("license_url")).toString()).toString();
        p.attribution = o.value(QStringLiteral("attribution")).toString().simplified().left(2000);
        r.thumbnailUrl = webUrl(o.value(QStringLiteral("thumbnail")).toString());
        r.width = std::max(0, o.value(QStringLiteral("width")).toInt(0));
        r.height = std::max(0, o.value(QStringLiteral("height")).toInt(0));
        const QJsonValue size = o.value(QStringLiteral("filesize"));
        r.fileSize = size.isDouble() ? qint64(size.toDouble()) : -1;
        r.fileType = o.value(QStringLiteral("filetype")).toString().left(10);
        r.sourceSite = o.value(QStringLiteral("source")).toString();
        if (r.sourceSite.isEmpty())
            r.sourceSite = o.value(QStringLiteral("provider")).toString();
        out.results.append(r);
    }
    return out;
}

Error OpenverseProvider::explain(const Error &error) const
{
    Error e = error;
    const QString said = detailOf(error.detail);
    if (error.httpStatus == 400)
        e.message = said.isEmpty() ? SearchTr::tr("Openverse refused the search (HTTP 400).")
                                   : SearchTr::tr("Openverse refused the search (HTTP 400): %1").arg(said);
    else if (error.httpStatus == 401 || error.httpStatus == 403) {
        e.message = SearchTr::tr("Openverse refused the search (HTTP %1): anonymous searches get at most %2 results a page and "
                                 "%3 in all.")
                        .arg(error.httpStatus)
                        .arg(AnonymousPageSize)
                        .arg(Depth);
        if (!said.isEmpty())
            e.message += QLatin1Char(' ') + said; // the service's own sentence, after ours
    }
    else if (error.code == ErrorCode::RateLimited)
        e.message = error.retryAfterSeconds > 0
            ? SearchTr::tr("Openverse limits anonymous searches and asked to wait %n second(s). Try again later.", nullptr,
                  error.retryAfterSeconds)
            : SearchTr::tr("Openverse limits anonymous searches and asked to wait. Try again later.");
    return e;
}

} // namespace lc::search
