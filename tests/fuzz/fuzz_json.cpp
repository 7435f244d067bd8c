// Every JSON LoRA Craft reads: Replicate predictions, trainings and outputs, OpenAI-compatible chat
// answers and error bodies, caption settings and requests (settings, task records), import reports and
// the quality thresholds in the settings file.
#include "fuzzutil.h"

#include "caption/captionbackend.h"
#include "caption/captiontypes.h"
#include "caption/replicatecaption.h"
#include "curation/quality.h"
#include "import/importtypes.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
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
        (void)lc::parseReplicateOutput(o.value(QStringLiteral("output")));
    } else if (doc.isArray()) {
        (void)lc::parseReplicateOutput(doc.array());
    }
    return 0;
}
