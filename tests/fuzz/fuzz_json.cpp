// Every JSON LoRA Craft reads: Replicate predictions, trainings and outputs, OpenAI-compatible chat
// answers and error bodies, caption settings and requests (settings, task records), import reports and
// the quality thresholds in the settings file, image search answers (Openverse, Brave) and the
// provenance kept with web images.
#include "fuzzutil.h"

#include "caption/captionbackend.h"
#include "caption/captiontypes.h"
#include "caption/replicatecaption.h"
#include "curation/quality.h"
#include "import/importtypes.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "search/braveprovider.h"
#include "search/openverseprovider.h"
#include "search/searchtypes.h"
#include "train/trainingrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    const QByteArray bytes = lc::fuzz::bytes(data, size);
    (void)lc::OpenAiCaptionBackend::parseResponse(bytes);
    (void)lc::net::serverMessage(bytes);
    static const lc::search::OpenverseProvider openverse(QUrl(QStringLiteral("http://127.0.0.1:1")));
    static const lc::search::BraveProvider brave(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("key"));
    for (const auto &page : {openverse.parse(bytes, 1), brave.parse(bytes, 1)}) {
        if (page) {
            for (const lc::search::SearchResult &r : page->results)
                (void)r.toJson();
        }
    }
    lc::Error failed(lc::ErrorCode::InvalidArgument, QStringLiteral("x"), QString::fromUtf8(bytes));
    failed.httpStatus = 422;
    (void)openverse.explain(failed);
    (void)brave.explain(failed);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        (void)lc::replicate::Prediction::fromJson(o);
        (void)lc::replicate::Training::fromJson(o);
        (void)lc::train::TrainingState::fromJson(o);
        (void)lc::CaptionSettings::fromJson(o);
        (void)lc::CaptionRequest::fromJson(o);
        (void)lc::ImportReport::fromJson(o);
        (void)lc::curation::thresholdsFromJson(o);
        (void)lc::search::Provenance::fromJson(o).attributionLine();
        (void)lc::parseReplicateOutput(o.value(QStringLiteral("output")));
    } else if (doc.isArray()) {
        (void)lc::parseReplicateOutput(doc.array());
    }
    return 0;
}
