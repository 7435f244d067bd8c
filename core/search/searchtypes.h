#pragma once

#include "util/enumkeys.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lc::search {

// Where an image came from and under which terms: kept with the image (the provenance table), shown in
// the editor, filterable (license:, source:) and written into loracraft.json on export.
struct Provenance
{
    QString provider;       // "openverse", "brave", "url" (pasted addresses)
    QString pageUrl;        // the page the image is shown on (its landing page)
    QString imageUrl;       // the image file itself
    QString title;
    QString creator;
    QString creatorUrl;
    QString license;        // a licence slug as Openverse names them (cc0, pdm, by, by-sa, by-nc, …); empty: unknown
    QString licenseVersion; // "4.0"
    QString licenseUrl;
    QString attribution;    // a line to credit the work with
    QDateTime retrievedAt;  // UTC

    bool isEmpty() const { return imageUrl.isEmpty() && pageUrl.isEmpty(); }
    // "CC BY-SA 4.0", "CC0 1.0", "Public Domain Mark", or "unknown licence".
    QString licenseName() const;
    // The attribution line, made from the title, creator and licence when the provider gave none.
    QString attributionLine() const;
    QJsonObject toJson() const;
    static Provenance fromJson(const QJsonObject &json);
    bool operator==(const Provenance &) const = default;
};

// What a licence allows, from its slug.
struct LicenseTerms
{
    bool known = false;
    bool commercial = false;  // NC forbids commercial use
    bool derivatives = false; // ND forbids adaptations (a LoRA trained on it is arguably one)
};
LicenseTerms licenseTerms(const QString &slug);
// Every slug the providers use, and what users may type for them ("cc-by" → "by", "cc0" …).
QStringList knownLicenses();
QString normalizedLicense(const QString &text);

enum class Orientation { Any, Tall, Wide, Square };

} // namespace lc::search

namespace lc {
template <>
struct EnumKeys<search::Orientation>
{
    static constexpr auto keys = std::to_array<EnumKey<search::Orientation>>({
        {search::Orientation::Any, u"any"},
        {search::Orientation::Tall, u"tall"},
        {search::Orientation::Wide, u"wide"},
        {search::Orientation::Square, u"square"},
    });
};
} // namespace lc

namespace lc::search {

struct SearchQuery
{
    QString text;
    // Licence slugs (cc0, by, by-sa, …) and families: "commercial" (commercial use allowed) and
    // "modification" (adaptations allowed). Empty: any.
    QStringList licenses;
    int minSize = 0; // the shorter side of a result, in pixels; results known to be smaller are dropped
    Orientation orientation = Orientation::Any;
    bool safeSearch = true;
};

struct SearchResult
{
    QString id;          // the provider's id, or the image URL
    Provenance provenance;
    QUrl thumbnailUrl;
    int width = 0;       // 0: not known
    int height = 0;
    qint64 fileSize = -1;
    QString fileType;    // "jpg", "png" when the provider says
    QString sourceSite;  // the site the image is on ("flickr", "commons.wikimedia.org")

    QJsonObject toJson() const;
};

// One page of results.
struct SearchPage
{
    QList<SearchResult> results;
    int page = 1;           // 1-based
    bool hasMore = false;   // another page can be asked for
    int totalCount = -1;    // the provider's count of matches, when it says
    int droppedTooSmall = 0;
};

} // namespace lc::search

Q_DECLARE_METATYPE(lc::search::SearchResult)
Q_DECLARE_METATYPE(lc::search::Provenance)
