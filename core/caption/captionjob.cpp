#include "caption/captionjob.h"

#include "caption/captioner.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "util/tr.h"

#include <QElapsedTimer>

namespace lc {

namespace {

QString timeLeft(double seconds)
{
    if (seconds < 90)
        return CaptionTr::tr("%1 s left").arg(qMax(1, qRound(seconds)));
    if (seconds < 90 * 60)
        return CaptionTr::tr("%1 min left").arg(qRound(seconds / 60));
    return CaptionTr::tr("%1 h left").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

CaptionJob::CaptionJob(const Library &library, CaptionRequest request, QString apiKey, QString datasetName,
    QString keyProblem, QObject *parent)
    : WorkerJob(parent)
    , m_library(library)
    , m_request(std::move(request))
    , m_datasetName(std::move(datasetName))
    , m_apiKey(std::move(apiKey))
    , m_keyProblem(std::move(keyProblem))
    , m_http(std::make_unique<net::HttpClient>())
{
    m_http->setHostLimit(qMax(1, m_request.settings.concurrency));
}

CaptionJob::~CaptionJob()
{
    // Stop the work before the members it uses go (the base class would wait only after them).
    cancelFlag()->store(true);
    waitForFinished();
}

QString CaptionJob::title() const
{
    return m_datasetName.isEmpty() ? CaptionTr::tr("Caption with %1").arg(m_request.settings.model)
                                   : CaptionTr::tr("Caption %1 with %2").arg(m_datasetName, m_request.settings.model);
}

QString CaptionJob::secretKey(const CaptionSettings &settings)
{
    return settings.backend == CaptionBackendKind::Replicate ? SecretStore::replicateTokenKey()
                                                             : SecretStore::apiKeyKeyForUrl(settings.baseUrl);
}

QString CaptionJob::secretVariable(const CaptionSettings &settings)
{
    if (!settings.apiKeyEnv.isEmpty())
        return settings.apiKeyEnv;
    return settings.backend == CaptionBackendKind::Replicate ? SecretStore::replicateTokenVariable() : QString();
}

std::function<void()> CaptionJob::work(const WorkerContext &context)
{
    Captioner captioner(m_library, *m_http);
    captioner.setRecordChanges(true);
    QElapsedTimer clock;
    clock.start();
    captioner.setProgressCallback([this, &context, &clock](const CaptionProgress &p) {
        JobProgress jp;
        jp.done = p.done;
        jp.total = p.total;
        const double seconds = double(clock.elapsed()) / 1000.0;
        const double rate = seconds > 0.5 ? p.done / seconds : 0;
        QStringList step{CaptionTr::tr("Captioning")};
        if (rate > 0) {
            step << (rate >= 1 ? CaptionTr::tr("%1 images/s").arg(rate, 0, 'f', 1)
                               : CaptionTr::tr("%1 s per image").arg(1.0 / rate, 0, 'f', 1));
            if (p.total > p.done)
                step << timeLeft((p.total - p.done) / rate);
        }
        if (p.failed > 0)
            step << CaptionTr::tr("%n failed", nullptr, p.failed);
        jp.step = step.join(QStringLiteral(" · "));
        jp.current = p.current;
        context.progress(jp);
        post([this, p] { Q_EMIT captionProgressChanged(p); });
    });
    CaptionReport report = captioner.run(m_request, m_apiKey, context.cancelFlag());
    if (report.failure && report.failure->code == ErrorCode::Authentication && m_apiKey.isEmpty() && !m_keyProblem.isEmpty())
        report.failure->message += QLatin1Char(' ') + m_keyProblem;
    return [this, report = std::move(report)]() mutable {
        m_report = std::move(report);
        setTask(m_report.task);
        if (m_report.canceled)
            finish(State::Canceled, m_report.summary());
        else if (m_report.failure && m_report.captioned == 0)
            finish(State::Failed, m_report.summary(), m_report.failure->message);
        else
            finish(State::Completed, m_report.summary(), m_report.failure ? m_report.failure->message : QString());
    };
}

} // namespace lc
