#include "webimport.h"

#include "catalog/provenancerows.h"
#include "catalog/tasks.h"
#include "import/importer.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "util/tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

namespace lc::search {

Q_LOGGING_CATEGORY(lcWebImport, "loracraft.webimport")

namespace {

// A file name for the download from the address's last path segment: only safe characters, a bounded
// length (the importer takes the format from the bytes, never from this name).
QString fileNameFor(const QUrl &url)
{
    QString name = QUrl::fromPercentEncoding(url.path().section(QLatin1Char('/'), -1).toUtf8());
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.size() > 80)
        name = name.right(80);
    return name.isEmpty() ? QStringLiteral("image") : name;
}

// Why a download failed, as the import reports a skipped input.
ImportOutcome failedDownload(const QString &input, const Error &error)
{
    ImportOutcome o;
    o.input = input;
    o.kind = OutcomeKind::Skipped;
    if (error.code == ErrorCode::Refused) {
        o.reason = error.refusal;
        o.message = error.message;
    } else if (error.code == ErrorCode::NotFound || error.httpStatus == 404 || error.httpStatus == 410) {
        o.reason = SkipReason::NotFound;
        o.message = ImportTr::tr("the server has no image at this address (HTTP %1)").arg(error.httpStatus ? error.httpStatus : 404);
    } else if (error.code == ErrorCode::Authentication) {
        o.reason = SkipReason::PermissionDenied;
        o.message = ImportTr::tr("the image host refused the download (HTTP %1)").arg(error.httpStatus);
    } else if (error.code == ErrorCode::Io || error.code == ErrorCode::DiskFull) {
        o.reason = SkipReason::Unreadable;
        o.message = error.message;
    } else {
        o.reason = SkipReason::Unreadable;
        o.message = ImportTr::tr("the download failed: %1").arg(error.message);
    }
    return o;
}

} // namespace

WebImporter::WebImporter(const Library &library, net::HttpClient &http)
    : m_library(library)
    , m_http(http)
{
}

ImportReport WebImporter::run(const WebImportRequest &request, const std::atomic<bool> &cancel)
{
    QElapsedTimer clock;
    clock.start();
    WebImportProgress progress;
    progress.total = int(request.images.size());
    auto tell = [&] {
        if (m_progress)
            m_progress(progress);
    };

    QList<ImportOutcome> failures;
    ImportReport report;
    report.dataset = request.dataset;

    QTemporaryDir folder(m_library.store().tempDir() + QStringLiteral("/web-XXXXXX"));
    if (!folder.isValid()) {
        report.failure = Error(ErrorCode::Io, ImportTr::tr("Cannot make a folder for the downloads in %1: %2")
                                                  .arg(QDir::toNativeSeparators(m_library.store().tempDir()), folder.errorString()));
        return report;
    }

    // 1. Fetch, a few at a time.
    struct Download
    {
        int index = 0;
        QString path;
        QFuture<Result<net::HttpResponse>> future;
    };
    ImportRequest import;
    import.dataset = request.dataset;
    import.options = request.options;
    import.resumable = false; // the downloads are temporary files
    QHash<QString, int> indexOfPath;
    QList<Download> inFlight;
    std::atomic<qint64> received{0};
    int next = 0;
    const int parallel = std::max(1, request.parallelDownloads);
    while (next < request.images.size() || !inFlight.isEmpty()) {
        if (cancel.load()) {
            for (Download &d : inFlight)
                d.future.cancel();
            for (Download &d : inFlight)
                d.future.waitForFinished();
            report.canceled = true;
            break;
        }
        while (next < request.images.size() && inFlight.size() < parallel) {
            const WebImage &image = request.images.at(next);
            Download d;
            d.index = next;
            d.path = folder.filePath(QStringLiteral("%1-%2").arg(next, 5, 10, QLatin1Char('0')).arg(fileNameFor(image.url)));
            net::HttpRequest http;
            http.url = image.url;
            http.saveTo = d.path;
            http.anonymous = true;
            http.maxRedirects = request.maxRedirects;
            http.maxBytes = request.options.maxFileBytes;
            http.acceptContentTypes = {QByteArrayLiteral("image/"), QByteArrayLiteral("application/octet-stream"),
                QByteArrayLiteral("binary/octet-stream")};
            http.setHeader("User-Agent", QByteArrayLiteral("LoRA Craft/" LORACRAFT_VERSION " (image dataset tool)"));
            http.setHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8");
            http.timeoutMs = 60'000;
            auto last = std::make_shared<qint64>(0);
            http.onProgress = [&received, last](qint64 got, qint64) {
                received += got - *last;
                *last = got;
            };
            d.future = m_http.send(std::move(http));
            inFlight.append(d);
            progress.current = image.url.toDisplayString();
            ++next;
        }
        // The first finished download, else a short wait (cancel is seen within 50 ms).
        const auto done = std::find_if(inFlight.begin(), inFlight.end(), [](const Download &d) { return d.future.isFinished(); });
        if (done == inFlight.end()) {
            progress.bytes = received.load();
            tell();
            QThread::msleep(50);
            continue;
        }
        const Download d = *done;
        inFlight.erase(done);
        const WebImage &image = request.images.at(d.index);
        const QString shown = image.url.toDisplayString();
        ++progress.downloaded;
        if (d.future.isCanceled() || d.future.resultCount() == 0) {
            report.canceled = true;
            continue;
        }
        const Result<net::HttpResponse> result = d.future.result();
        if (!result) {
            if (result.error().code == ErrorCode::Canceled) {
                report.canceled = true;
                continue;
            }
            ++progress.failed;
            failures.append(failedDownload(shown, result.error()));
        } else {
            import.paths << d.path;
            import.names.insert(QDir::cleanPath(d.path), ImportSourceName{shown, fileNameFor(image.url)});
            indexOfPath.insert(shown, d.index);
        }
        progress.bytes = received.load();
        tell();
    }

    // 2. Import what arrived: the same checks, dedup and reports as any import.
    if (!import.paths.isEmpty() && !report.canceled) {
        // Sorted as the requests were, so that a duplicate is reported against the earlier result.
        std::sort(import.paths.begin(), import.paths.end());
        progress.importing = true;
        Importer importer(m_library);
        importer.setProgressCallback([&](const ImportProgress &p) {
            progress.import = p;
            tell();
        });
        if (m_committed)
            importer.setCommittedCallback(m_committed);
        report = importer.run(import, cancel);

        // 3. Where each image came from, for every image that is in the dataset now.
        QList<std::pair<ContentHash, Provenance>> rows;
        for (const ImportOutcome &o : std::as_const(report.outcomes)) {
            // A copy of another result in this batch keeps the first one's record.
            if (o.kind == OutcomeKind::Skipped || o.kind == OutcomeKind::DuplicateInBatch || !o.hash.isValid())
                continue;
            const auto index = indexOfPath.constFind(o.input);
            if (index == indexOfPath.cend())
                continue;
            Provenance p = request.images.at(*index).provenance;
            if (p.imageUrl.isEmpty())
                p.imageUrl = request.images.at(*index).url.toString();
            if (!p.retrievedAt.isValid())
                p.retrievedAt = QDateTime::currentDateTimeUtc();
            rows.append({o.hash, p});
        }
        if (!rows.isEmpty()) {
            auto written = m_library.writer().writeAndWait(ImportTr::tr("Record where the images came from"),
                [&rows](auto &db) { return ProvenanceRows::putAll(db, rows); });
            if (!written && !report.failure)
                report.failure = written.error();
        }
    }

    // Failed downloads are skipped inputs of the import, in the order they were asked for.
    for (const ImportOutcome &o : std::as_const(failures))
        report.outcomes.prepend(o);
    report.skipped += int(failures.size());
    report.dataset = request.dataset;
    report.inputs.clear();
    for (const WebImage &image : request.images)
        report.inputs << image.url.toString();
    report.seconds = double(clock.elapsed()) / 1000.0;

    // The task history keeps the whole download: the addresses asked for and every failed one, not only
    // the temporary files the import saw (and a record even when no download arrived).
    const QString status = report.failure ? QStringLiteral("failed") : report.canceled ? QStringLiteral("canceled") : QStringLiteral("completed");
    const QString json = QString::fromUtf8(QJsonDocument(report.toJson(false)).toJson(QJsonDocument::Compact));
    const qint64 done = progress.downloaded;
    const qint64 total = progress.total;
    auto recorded = m_library.writer().writeAndWait(ImportTr::tr("Record the import"), [&](auto &db) -> Result<void> {
        if (!report.task.isValid()) {
            auto created = Tasks::create(db, QStringLiteral("import"), request.dataset, report.summary(), total, json);
            if (!created)
                return created.error();
            report.task = *created;
        }
        return Tasks::finish(db, report.task, status, done, total, report.summary(),
            report.failure ? report.failure->message : QString(), json);
    });
    if (!recorded)
        qCWarning(lcWebImport) << "cannot record the download task:" << recorded.error().message;
    return report;
}

ParsedUrls parseUrlList(const QString &text)
{
    ParsedUrls out;
    static const QRegularExpression separators(QStringLiteral("[\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url(part, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty()) {
            if (!out.urls.contains(url))
                out.urls << url;
        } else {
            out.refused << part;
        }
    }
    return out;
}

WebImage webImageForUrl(const QUrl &url)
{
    WebImage image;
    image.url = url;
    image.provenance.provider = QStringLiteral("url");
    image.provenance.imageUrl = url.toString();
    image.provenance.retrievedAt = QDateTime::currentDateTimeUtc();
    return image;
}

} // namespace lc::search
