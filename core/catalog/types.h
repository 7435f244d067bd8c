#pragma once

#include "util/enumkeys.h"
#include "util/ids.h"

#include <QList>
#include <QString>

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
