#pragma once

#include "util/enumkeys.h"
#include "util/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lc {

enum class TargetModel { Flux, Sdxl, Sd15 };

// The catalog's and the CLI's spelling (datasets.target_model, --model).
template <>
struct EnumKeys<TargetModel>
{
    static constexpr auto keys = std::to_array<EnumKey<TargetModel>>({
        {TargetModel::Flux, u"flux"},
        {TargetModel::Sdxl, u"sdxl"},
        {TargetModel::Sd15, u"sd15"},
    });
};

// What a trainer reads as an image's caption: the caption text, the tags (joined with ", "), or the
// caption followed by the tags. A dataset setting (the booru user's "tags are my caption"); the export,
// the badges, the Uncaptioned filter, the pre-flight and the token counts follow it.
enum class CaptionSource { Caption, Tags, Both };

// datasets.caption_source, --caption-source and the export's JSON.
template <>
struct EnumKeys<CaptionSource>
{
    static constexpr auto keys = std::to_array<EnumKey<CaptionSource>>({
        {CaptionSource::Caption, u"caption"},
        {CaptionSource::Tags, u"tags"},
        {CaptionSource::Both, u"both"},
    });
};

// A caption on one line: its lines trimmed and joined with spaces (trainers read a caption file's first
// line, or each line as a variant).
QString singleLineCaption(const QString &caption);
// `text` starts with `word` as a whole word ("ohwx woman" starts with "ohwx", "ohwxx" does not).
bool startsWithWord(const QString &text, const QString &word);
// The text a trainer reads for an image with this caption and these tags.
QString trainingText(CaptionSource source, const QString &caption, const QStringList &tags);

struct DatasetSettings;
// What the trainer reads of an image of this dataset as an export writes it by default: its caption
// source, with the trigger word put first when the text does not start with it.
QString trainerReads(const DatasetSettings &settings, const QString &caption, const QStringList &tags);

QString targetModelKey(TargetModel model); // toKey(model)
// fromKey(key), ignoring case (what users type); false for an unknown key.
bool parseTargetModel(QStringView key, TargetModel *out);
int defaultResolution(TargetModel model);             // 1024, 1024, 512

struct Workspace
{
    WorkspaceId id;
    QString name;
    int datasetCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct DatasetSettings
{
    QString triggerWord;
    QString classWord;
    TargetModel targetModel = TargetModel::Flux;
    int targetResolution = 1024;
    QString notes;
    // The dataset whose images are exported as this one's regularization (class) set; invalid for none.
    DatasetId regularization;
    CaptionSource captionSource = CaptionSource::Caption;

    bool operator==(const DatasetSettings &) const = default;
};

struct Dataset
{
    DatasetId id;
    WorkspaceId workspaceId;
    QString workspaceName;
    QString name;
    DatasetSettings settings;
    int itemCount = 0;      // items not in the trash
    int rejectedCount = 0;
    int trashedCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace lc
