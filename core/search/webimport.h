#pragma once

#include "import/importtypes.h"
#include "search/searchtypes.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace lc {

class Library;

namespace net {
class HttpClient;
}

namespace search {

// An image to fetch, and what to record about where it came from.
struct WebImage
{
    QUrl url;
    Provenance provenance; // provider "url" for a pasted address
};

struct WebImportRequest
{
    DatasetId dataset;
    QList<WebImage> images;
    ImportOptions options;     // options.maxFileBytes is also the largest download
    int maxRedirects = 5;
    int parallelDownloads = 4; // downloads in flight at once
};

struct WebImportProgress
{
    int downloaded = 0; // finished downloads (fetched or failed)
    int total = 0;
    int failed = 0;
    qint64 bytes = 0;   // received so far
    QString current;    // the address being fetched
    bool importing = false;
    ImportProgress import; // once importing
};

// Downloads images from the web into a dataset through the import pipeline every other import uses:
// each address is fetched (http and https only, at most maxRedirects redirects, at most
// options.maxFileBytes, an image content type, no cookies or credentials) into the library's tmp/ folder,
// then imported from there (format by content, size and pixel limits before decoding, SHA-256
// dedup against the library), and every image that ends in the dataset keeps its provenance.
// A download that fails is reported as skipped with the reason (404, an HTML page, too large, too many
// redirects); cancel is prompt and keeps what was committed. The temporary files are removed
// afterwards (and by the next open of the library after a crash).
class WebImporter final
{
public:
    using ProgressFn = std::function<void(const WebImportProgress &)>;
    using CommittedFn = std::function<void(const QList<ItemId> &)>;

    WebImporter(const Library &library, net::HttpClient &http);

    void setProgressCallback(ProgressFn fn) { m_progress = std::move(fn); }
    void setCommittedCallback(CommittedFn fn) { m_committed = std::move(fn); }

    ImportReport run(const WebImportRequest &request, const std::atomic<bool> &cancel);

private:
    const Library &m_library;
    net::HttpClient &m_http;
    ProgressFn m_progress;
    CommittedFn m_committed;
};

// The addresses in pasted text: one per line (or separated by spaces); lines that are not an http(s)
// address come back in `refused`.
struct ParsedUrls
{
    QList<QUrl> urls;
    QStringList refused;
};
ParsedUrls parseUrlList(const QString &text);

// A pasted address as an image to fetch (provider "url", retrieved now).
WebImage webImageForUrl(const QUrl &url);

} // namespace search
} // namespace lc
