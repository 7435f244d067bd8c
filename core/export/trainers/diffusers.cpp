#include "trainers.h"

#include "util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

QString DiffusersTrainer::displayName() const
{
    return ExportTr::tr("diffusers / Hugging Face imagefolder");
}

Trainer::Files DiffusersTrainer::configFiles(const ExportPlan &plan, const TrainerContext &) const
{
    // train/metadata.jsonl: one {"file_name", "text"} object per line (the imagefolder loader).
    QByteArray jsonl;
    for (const ExportEntry &e : plan.entries) {
        jsonl += QJsonDocument(QJsonObject{{QStringLiteral("file_name"), e.fileName()}, {QStringLiteral("text"), e.caption}})
                     .toJson(QJsonDocument::Compact);
        jsonl += '\n';
    }
    return {{{QStringLiteral("train/metadata.jsonl"), jsonl}}, {}};
}

} // namespace lc
