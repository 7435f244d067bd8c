// loracraft-cli search: image search (Openverse, Brave) and, with --import, the results into a dataset.
#include "commands.h"

#include "clitr.h"
#include "interrupt.h"

#include "net/httpclient.h"
#include "search/braveprovider.h"
#include "search/searchprovider.h"
#include "search/webimport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lc::cli {

namespace {

struct SearchSetup
{
    std::unique_ptr<search::SearchProvider> provider;
    search::SearchQuery query;
    int limit = 20;
};

Result<SearchSetup> setupFrom(const QCommandLineParser &p)
{
    SearchSetup s;
    const QString providerKey = p.isSet(QStringLiteral("provider")) ? p.value(QStringLiteral("provider")).toLower() : QStringLiteral("openverse");
    if (!search::providerKeys().contains(providerKey))
        return makeError(ErrorCode::InvalidArgument,
            CliTr::tr("--provider takes %1, not “%2”.").arg(search::providerKeys().join(QStringLiteral(" or ")), providerKey));
    s.query.text = p.value(QStringLiteral("query")).simplified();
    if (s.query.text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CliTr::tr("search needs --query TEXT."));
    if (p.isSet(QStringLiteral("license")))
        s.query.licenses = p.value(QStringLiteral("license")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto positive = [&p](const QString &name, int *out, int max) -> Result<void> {
        if (!p.isSet(name))
            return {};
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v <= 0 || v > max)
            return makeError(ErrorCode::InvalidArgument, CliTr::tr("--%1 takes a whole number from 1 to %2, not “%3”.").arg(name).arg(max).arg(p.value(name)));
        *out = v;
        return {};
    };
    if (auto r = positive(QStringLiteral("min-size"), &s.query.minSize, 100'000); !r)
        return r.error();
    if (auto r = positive(QStringLiteral("limit"), &s.limit, 1000); !r)
        return r.error();
    if (p.isSet(QStringLiteral("orientation"))) {
        const auto o = fromKey<search::Orientation>(p.value(QStringLiteral("orientation")).toLower());
        if (!o)
            return makeError(ErrorCode::InvalidArgument, CliTr::tr("--orientation takes tall, wide or square."));
        s.query.orientation = *o;
    }
    s.query.safeSearch = !p.isSet(QStringLiteral("no-safe-search"));

    QString key;
    if (providerKey == QLatin1String("brave")) {
        const Secret secret = SecretStore().lookup(search::BraveProvider::keychainKey(), search::BraveProvider::keyVariable());
        key = secret.value; // an empty key fails with the provider's own message
    }
    s.provider = search::makeProvider(providerKey, key);
    return s;
}

Result<QList<search::SearchResult>> runSearch(Output &out, SearchSetup &setup, net::HttpClient &http)
{
    search::SearchSession session(http, std::move(setup.provider), setup.query);
    session.setNoticeCallback([&out](const QString &notice) {
        if (!out.json())
            out.err() << notice << '\n' << Qt::flush;
    });
    CancelOnInterrupt interrupt;
    return search::searchAll(session, setup.limit, &interrupt.flag());
}

void printResults(Output &out, const QList<search::SearchResult> &results)
{
    for (const search::SearchResult &r : results) {
        const QString size = r.width > 0 ? QStringLiteral("%1×%2").arg(r.width).arg(r.height) : QStringLiteral("?×?");
        out.line(QStringLiteral("%1  %2  %3  %4").arg(size.leftJustified(11), r.provenance.licenseName().leftJustified(18),
            terminalSafe(r.sourceSite).leftJustified(18), terminalSafe(r.provenance.title.isEmpty() ? r.provenance.imageUrl : r.provenance.title)));
        out.line(QStringLiteral("    %1").arg(terminalSafe(r.provenance.imageUrl)));
    }
}

int searchOnly(Output &out, const QCommandLineParser &p, const QStringList &)
{
    auto setup = setupFrom(p);
    if (!setup) {
        out.error(setup.error());
        return ExitUserError;
    }
    net::HttpClient http;
    const QString provider = setup->provider->info().key;
    auto results = runSearch(out, *setup, http);
    if (!results) {
        out.error(results.error());
        return results.error().isUserError() ? ExitUserError : ExitInternalError;
    }
    if (out.json()) {
        QJsonArray list;
        for (const search::SearchResult &r : std::as_const(*results))
            list.append(r.toJson());
        out.printJson({{QStringLiteral("provider"), provider}, {QStringLiteral("query"), setup->query.text},
            {QStringLiteral("count"), int(results->size())}, {QStringLiteral("results"), list}});
    } else {
        printResults(out, *results);
        out.line(CliTr::tr("%n result(s)", nullptr, int(results->size())));
    }
    return ExitOk;
}

int searchAndImport(Context &c)
{
    auto setup = setupFrom(c.options);
    if (!setup)
        return c.fail(setup.error());
    const QString datasetPath = c.options.value(QStringLiteral("import"));
    auto dataset = c.service.findDataset(datasetPath).result();
    if (!dataset)
        return c.fail(dataset.error());
    net::HttpClient http;
    auto results = runSearch(c.out, *setup, http);
    if (!results)
        return c.fail(results.error());

    if (results->isEmpty()) {
        c.out.err() << "loracraft-cli: " << CliTr::tr("The search found nothing to import.") << '\n' << Qt::flush;
        return ExitIncomplete;
    }
    search::WebImportRequest request;
    request.dataset = dataset->id;
    for (const search::SearchResult &r : std::as_const(*results)) {
        search::WebImage image;
        image.url = QUrl(r.provenance.imageUrl);
        image.provenance = r.provenance;
        image.provenance.retrievedAt = QDateTime::currentDateTimeUtc();
        request.images.append(image);
    }
    search::WebImporter importer(c.library, http);
    ImportReport report;
    {
        CancelOnInterrupt interrupt;
        report = importer.run(request, interrupt.flag());
    }
    return reportImport(c, *dataset, report, {{QStringLiteral("results"), int(results->size())}},
        CliTr::tr("%n result(s)", nullptr, int(results->size())));
}

} // namespace

QList<Verb> searchVerbs()
{
    const QList<QCommandLineOption> options{
        QCommandLineOption(QStringLiteral("provider"), CliTr::tr("openverse (default, no account) or brave (BRAVE_API_KEY or the keychain)."),
            QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("query"), CliTr::tr("What to search for."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("license"),
            CliTr::tr("Only these licences (Openverse): cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd, or the families "
                      "commercial and modification; comma-separated."),
            QStringLiteral("LIST")),
        QCommandLineOption(QStringLiteral("min-size"), CliTr::tr("Drop results whose shorter side is known to be under PX pixels."), QStringLiteral("PX")),
        QCommandLineOption(QStringLiteral("orientation"), CliTr::tr("tall, wide or square."), QStringLiteral("SHAPE")),
        QCommandLineOption(QStringLiteral("no-safe-search"), CliTr::tr("Include results the provider marks as mature.")),
        QCommandLineOption(QStringLiteral("limit"), CliTr::tr("At most N results (default 20)."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("import"), CliTr::tr("Download the results into this dataset, with their licences."),
            QStringLiteral("WORKSPACE/DATASET")),
    };
    Verb v{QStringLiteral("search"), {}, {}, CliTr::tr("Search the web for images (Openverse, Brave); --import adds them to a dataset."),
        CliTr::tr("Searches Openverse (openly licensed images, no account needed; LORACRAFT_OPENVERSE_BASE_URL) or Brave Image Search "
                  "(an API key in the keychain or BRAVE_API_KEY; LORACRAFT_BRAVE_BASE_URL) and lists the results with size, licence "
                  "and source. With --import WORKSPACE/DATASET the results are downloaded (http and https only, at most 5 redirects "
                  "and 50 MB each, image content types only, no credentials sent) and imported like files: format by content, "
                  "duplicates found, every image's source page, licence, creator and attribution kept. Rate limits are respected "
                  "(Retry-After). Exit code 3 when some results could not be imported."),
        options, 0, 0, Library::OpenMode::MustExist, searchAndImport};
    v.runWithoutLibrary = searchOnly;
    v.needsLibraryWith = QStringLiteral("import");
    v.writesWith = QStringLiteral("import");
    return {v};
}

} // namespace lc::cli
