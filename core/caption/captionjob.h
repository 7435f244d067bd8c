#pragma once

#include "caption/captiontypes.h"
#include "jobs/job.h"

#include <memory>

namespace lc {

class Library;

namespace net {
class HttpClient;
}

// An auto-captioning run as a job (see Job): Captioner::run on a worker thread with the key the caller
// looked up (SecretStore::lookupAsync; held in memory for the run only); progress carries the rate and the time left; cancel is answered
// within a second (requests in flight are aborted, a Replicate prediction is canceled too). The report
// keeps every caption written with the one it replaced, for the run's undo step. Kind "caption": the
// task row holds the request (no secret), so an interrupted run can be resumed.
class CaptionJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionJob)

public:
    // keyProblem: why no key could be read from the keychain, added to an authentication failure.
    CaptionJob(const Library &library, CaptionRequest request, QString apiKey, QString datasetName = {},
        QString keyProblem = {}, QObject *parent = nullptr);
    ~CaptionJob() override;

    QString kind() const override { return QStringLiteral("caption"); }
    QString title() const override;
    const CaptionRequest &request() const { return m_request; }
    // Valid after finished().
    const CaptionReport &report() const { return m_report; }

    // The secret a run with these settings uses: its keychain key and its environment variable.
    static QString secretKey(const CaptionSettings &settings);
    static QString secretVariable(const CaptionSettings &settings);

Q_SIGNALS:
    void captionProgressChanged(const lc::CaptionProgress &progress);

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    CaptionRequest m_request;
    QString m_datasetName;
    QString m_apiKey;
    QString m_keyProblem;
    std::unique_ptr<net::HttpClient> m_http;
    CaptionReport m_report;
};

} // namespace lc
