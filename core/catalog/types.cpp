#include "types.h"

namespace lc {

QString targetModelKey(TargetModel model)
{
    switch (model) {
    case TargetModel::Flux: return QStringLiteral("flux");
    case TargetModel::Sdxl: return QStringLiteral("sdxl");
    case TargetModel::Sd15: return QStringLiteral("sd15");
    }
    return QStringLiteral("flux");
}

bool parseTargetModel(QStringView key, TargetModel *out)
{
    for (TargetModel m : {TargetModel::Flux, TargetModel::Sdxl, TargetModel::Sd15}) {
        if (key.compare(targetModelKey(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

int defaultResolution(TargetModel model)
{
    return model == TargetModel::Sd15 ? 512 : 1024;
}

} // namespace lc
