#pragma once

#include "caption/captionbackend.h"
#include "replicate/replicateclient.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

namespace lc {

// A captioning model on Replicate with the inputs it takes: the presets the settings offer (BLIP, LLaVA,
// Florence-2) and "any model".
struct ReplicateCaptionPreset
{
    QString key;          // "blip", "llava-13b", "llava-1.6", "florence-2-large", "custom"
    QString label;
    QString model;        // owner/name
    QString promptInput;  // empty: the model takes no prompt
    QJsonObject extraInput;

    static QList<ReplicateCaptionPreset> all();
    static const ReplicateCaptionPreset *find(const QString &key);
    // Fills the settings' model and inputs from the preset (the prompt, tokens and temperature stay).
    void applyTo(CaptionSettings &settings) const;
};

// The caption in a prediction's output, whatever shape the model gives it: a string (BLIP's "Caption: …"
// loses its prefix), an array of tokens (LLaVA streams; joined), an object with Florence-2's Python-dict
// text ({'<MORE_DETAILED_CAPTION>': '…'}), or an object with a "caption" or "text" string.
Result<QString> parseReplicateOutput(const QJsonValue &output);
// The value in Florence-2's text: "{'<TASK>': 'value'}" with Python quoting (' or ", backslash escapes).
Result<QString> parseFlorenceText(const QString &text);

// Captions through Replicate predictions (docs/replicate-api.md §10–11): the model's version resolved
// once per run (GET /models/{o}/{n} → latest_version; an official model uses its predictions endpoint),
// the image inline as a data: URL up to 256 KB, else uploaded to the Files API and deleted afterwards;
// "Prefer: wait" first, then polling until the prediction ends. Cancel cancels the prediction too.
class ReplicateCaptionBackend final : public CaptionBackend
{
public:
    static constexpr qsizetype InlineLimit = 256 * 1024;

    ReplicateCaptionBackend(net::HttpClient &http, CaptionSettings settings, QString token, int pollMs = 1000);
    QString key() const override { return QStringLiteral("replicate"); }
    QString model() const override;
    Result<void> prepare(const std::atomic<bool> *cancel) override;
    Result<QString> caption(const CaptionInput &input, const std::atomic<bool> *cancel) override;

    // The prediction's input for one image (a data: URL or an uploaded file's URL).
    Result<QJsonObject> inputFor(const QString &imageUrl, const QString &prompt) const;

private:
    replicate::Client m_client;
    CaptionSettings m_settings;
    int m_pollMs;
    mutable QMutex m_mutex;
    std::optional<replicate::ModelRef> m_ref; // resolved by prepare()
};

} // namespace lc
