#pragma once

#include "catalog/itemtypes.h"
#include "util/enumkeys.h"
#include "util/ids.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lc {

// Which captions a run may write. A caption a person typed or a caption file gave is replaced only by
// ReplaceAll (which the GUI asks about first).
enum class CaptionMode { FillEmpty, ReplaceAuto, Append, ReplaceAll };

template <>
struct EnumKeys<CaptionMode>
{
    static constexpr auto keys = std::to_array<EnumKey<CaptionMode>>({
        {CaptionMode::FillEmpty, u"fill-empty"},
        {CaptionMode::ReplaceAuto, u"replace-auto"},
        {CaptionMode::Append, u"append"},
        {CaptionMode::ReplaceAll, u"replace-all"},
    });
};

enum class CaptionBackendKind { OpenAi, Replicate };

template <>
struct EnumKeys<CaptionBackendKind>
{
    static constexpr auto keys = std::to_array<EnumKey<CaptionBackendKind>>({
        {CaptionBackendKind::OpenAi, u"openai"},
        {CaptionBackendKind::Replicate, u"replicate"},
    });
};

// How to caption: the backend and its settings, the prompt template and the clean-up of answers. Holds
// no secret: the key is looked up (keychain, or the environment variable named here) when a run starts.
struct CaptionSettings
{
    CaptionBackendKind backend = CaptionBackendKind::OpenAi;
    QString baseUrl = QStringLiteral("http://localhost:11434/v1"); // Ollama's OpenAI-compatible API
    QString model;     // OpenAI-compatible: the server's model name; Replicate: owner/name[:version]
    QString apiKeyEnv; // the environment variable that holds the key, if any
    // Replicate: the input that takes the image, the one that takes the prompt (empty: the model takes
    // none, as BLIP and Florence-2), and further inputs as a JSON object ("task_input", "max_tokens"...).
    QString imageInput = QStringLiteral("image");
    QString promptInput;
    QString extraInput;
    QString prompt = defaultPrompt();
    int maxTokens = 300;
    double temperature = 0.2;
    int concurrency = 4;     // requests in flight
    int timeoutSeconds = 120;
    int maxSide = 1024;      // long side of the JPEG sent
    // Clean-up of the answer.
    bool stripBoilerplate = true; // "The image shows", "Caption:", surrounding quotes
    bool oneLine = true;
    int maxLength = 0;            // characters, 0: no cap
    bool triggerFirst = true;     // the trigger word leads the caption

    static QString defaultPrompt();
    QJsonObject toJson() const;
    static CaptionSettings fromJson(const QJsonObject &o);
};

struct CaptionRequest
{
    DatasetId dataset;
    QList<ItemId> items; // empty: every active item of the dataset
    CaptionMode mode = CaptionMode::FillEmpty;
    CaptionSettings settings;
    TaskId resume; // a run to continue: what it captioned already is not sent again

    QJsonObject toJson() const;
    static CaptionRequest fromJson(const QJsonObject &o);
};

struct CaptionFailure
{
    ItemId item;
    QString name;
    QString message;
};

struct CaptionProgress
{
    int done = 0;
    int total = 0;
    int captioned = 0;
    int failed = 0;
    QString current;
    TaskId task; // the run's row in the tasks table: what --resume takes
};

// One caption a run wrote: what it replaced and with what (the run's undo step restores `before`).
struct GeneratedCaption
{
    ItemId item;
    QString before;
    CaptionProvenance beforeProvenance;
    QString after;
    CaptionProvenance afterProvenance;
};

struct CaptionReport
{
    TaskId task;
    int eligible = 0;  // items the mode allowed to caption
    int captioned = 0;
    int alreadyDone = 0; // captioned by the run being resumed
    int kept = 0;      // a person edited the caption while it was being generated: theirs was kept
    int failed = 0;
    bool canceled = false;
    QList<CaptionFailure> failures;
    std::optional<Error> failure; // the run could not start or stopped
    double seconds = 0;
    QList<GeneratedCaption> changes; // when Captioner::setRecordChanges(true): for undo (not in toJson())

    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace lc
