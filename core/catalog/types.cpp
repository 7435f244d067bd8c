#include "types.h"

namespace lc {

QString targetModelKey(TargetModel model)
{
    return toKey(model);
}

bool parseTargetModel(QStringView key, TargetModel *out)
{
    const std::optional<TargetModel> model = fromKey<TargetModel>(key, Qt::CaseInsensitive);
    if (model)
        *out = *model;
    return model.has_value();
}

int defaultResolution(TargetModel model)
{
    return model == TargetModel::Sd15 ? 512 : 1024;
}

} // namespace lc
