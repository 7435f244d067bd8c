#pragma once

#include "import/importtypes.h"
#include "jobs/job.h"
#include "search/webimport.h"

#include <memory>
#include <optional>

namespace lc {

class Library;

namespace net {
class HttpClient;
}

// An import as a job (see Job): Importer::run on a worker thread; progress, batches of committed items
// and the report arrive as signals on the job's thread; cancel() is prompt and keeps what was committed.
// A download from the web (image search results, pasted addresses) is the same job running
// search::WebImporter, which fetches each image and imports it through the same pipeline.
class ImportJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    // `datasetName` ("Workspace/Dataset") names the target in the title.
    ImportJob(const Library &library, ImportRequest request, QString datasetName = {}, QObject *parent = nullptr);
    ImportJob(const Library &library, search::WebImportRequest request, QString datasetName = {}, QObject *parent = nullptr);
    ~ImportJob() override;

    QString kind() const override { return QStringLiteral("import"); }
    QString title() const override;
    const ImportRequest &request() const { return m_request; }
    DatasetId dataset() const { return m_request.dataset; }
    bool isDownload() const { return m_web.has_value(); }
    QString datasetName() const { return m_datasetName; }
    ImportProgress importProgress() const { return m_progress; }
    // Valid after finished().
    const ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void importProgressChanged(const lc::ImportProgress &progress);
    void itemsCommitted(const QList<lc::ItemId> &items);
    void importFinished(const lc::ImportReport &report); // just before finished()

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    std::function<void()> download(const WorkerContext &context);
    // What the job's thread does with the report (the end of work()).
    std::function<void()> finisher(const ImportReport &report);

    const Library &m_library;
    ImportRequest m_request;
    std::optional<search::WebImportRequest> m_web;
    std::unique_ptr<net::HttpClient> m_http; // a download's
    QString m_datasetName;
    ImportProgress m_progress;
    ImportReport m_report;
};

} // namespace lc
