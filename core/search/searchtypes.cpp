#include "searchtypes.h"

#include "util/tr.h"

#include <QJsonValue>

namespace lc::search {

namespace {

struct LicenseInfo
{
    const char *slug;
    const char *name;
    bool commercial;
    bool derivatives;
};

// Openverse's licence slugs, and what each allows: the families its license_type parameter groups
// them into (commercial: cc0, pdm, by, by-sa, by-nd; modification: cc0, pdm, by, by-sa, by-nc,
// by-nc-sa, sampling+, nc-sampling+).
constexpr LicenseInfo Licenses[] = {
    {"cc0", "CC0", true, true},
    {"pdm", "Public Domain Mark", true, true},
    {"by", "CC BY", true, true},
    {"by-sa", "CC BY-SA", true, true},
    {"by-nd", "CC BY-ND", true, false},
    {"by-nc", "CC BY-NC", false, true},
    {"by-nc-sa", "CC BY-NC-SA", false, true},
    {"by-nc-nd", "CC BY-NC-ND", false, false},
    {"sampling+", "Sampling+", false, true},
    {"nc-sampling+", "NC-Sampling+", false, true},
};

const LicenseInfo *findLicense(const QString &slug)
{
    for (const LicenseInfo &l : Licenses) {
        if (slug == QLatin1String(l.slug))
            return &l;
    }
    return nullptr;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

LicenseTerms licenseTerms(const QString &slug)
{
    const LicenseInfo *l = findLicense(normalizedLicense(slug));
    if (!l)
        return {};
    return {true, l->commercial, l->derivatives};
}

QStringList knownLicenses()
{
    QStringList out;
    for (const LicenseInfo &l : Licenses)
        out << QString::fromLatin1(l.slug);
    return out;
}

QString normalizedLicense(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (s.startsWith(QLatin1String("cc-")) && s != QLatin1String("cc-0"))
        s = s.mid(3);
    if (s == QLatin1String("cc-0") || s == QLatin1String("public-domain-dedication"))
        s = QStringLiteral("cc0");
    if (s == QLatin1String("public-domain") || s == QLatin1String("pd"))
        s = QStringLiteral("pdm");
    return s;
}

QString Provenance::licenseName() const
{
    const LicenseInfo *l = findLicense(normalizedLicense(license));
    if (!l)
        return license.isEmpty() ? SearchTr::tr("unknown licence") : license;
    QString name = QString::fromLatin1(l->name);
    if (!licenseVersion.isEmpty())
        name += QLatin1Char(' ') + licenseVersion;
    return name;
}

QString Provenance::attributionLine() const
{
    if (!attribution.isEmpty())
        return attribution;
    const QString work = title.isEmpty() ? SearchTr::tr("This image") : QStringLiteral("“%1”").arg(title);
    // One whole sentence for each combination of what is known (the creator, the licence, the page's
    // address), each filled in one pass so that a % in a title or an address is never taken for a placeholder.
    const bool by = !creator.isEmpty(), page = !pageUrl.isEmpty();
    if (!license.isEmpty()) {
        const QString name = licenseName();
        if (by)
            return page ? SearchTr::tr("%1 by %2 is licensed under %3 (%4).").arg(work, creator, name, pageUrl)
                        : SearchTr::tr("%1 by %2 is licensed under %3.").arg(work, creator, name);
        return page ? SearchTr::tr("%1 is licensed under %2 (%3).").arg(work, name, pageUrl)
                    : SearchTr::tr("%1 is licensed under %2.").arg(work, name);
    }
    if (by)
        return page ? SearchTr::tr("%1 by %2 (%3).").arg(work, creator, pageUrl) : SearchTr::tr("%1 by %2.").arg(work, creator);
    return page ? SearchTr::tr("%1 (%2).").arg(work, pageUrl) : SearchTr::tr("%1.").arg(work);
}

QJsonObject Provenance::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("provider", provider);
    put("page_url", pageUrl);
    put("image_url", imageUrl);
    put("title", title);
    put("creator", creator);
    put("creator_url", creatorUrl);
    put("license", license);
    put("license_version", licenseVersion);
    put("license_url", licenseUrl);
    put("attribution", attributionLine());
    if (retrievedAt.isValid())
        o.insert(QStringLiteral("retrieved_at"), retrievedAt.toUTC().toString(Qt::ISODate));
    return o;
}

Provenance Provenance::fromJson(const QJsonObject &o)
{
    Provenance p;
    p.provider = str(o, "provider");
    p.pageUrl = str(o, "page_url");
    p.imageUrl = str(o, "image_url");
    p.title = str(o, "title");
    p.creator = str(o, "creator");
    p.creatorUrl = str(o, "creator_url");
    p.license = str(o, "license");
    p.licenseVersion = str(o, "license_version");
    p.licenseUrl = str(o, "license_url");
    p.attribution = str(o, "attribution");
    p.retrievedAt = QDateTime::fromString(str(o, "retrieved_at"), Qt::ISODate);
    return p;
}

QJsonObject SearchResult::toJson() const
{
    QJsonObject o = provenance.toJson();
    o.insert(QStringLiteral("id"), id);
    if (thumbnailUrl.isValid())
        o.insert(QStringLiteral("thumbnail_url"), thumbnailUrl.toString());
    if (width > 0 && height > 0) {
        o.insert(QStringLiteral("width"), width);
        o.insert(QStringLiteral("height"), height);
    }
    if (fileSize >= 0)
        o.insert(QStringLiteral("file_size"), double(fileSize));
    if (!fileType.isEmpty())
        o.insert(QStringLiteral("file_type"), fileType);
    if (!sourceSite.isEmpty())
        o.insert(QStringLiteral("source"), sourceSite);
    o.insert(QStringLiteral("license_name"), provenance.licenseName());
    return o;
}

} // namespace lc::search
