#include "trainer.h"

#include "trainers.h"

#include "util/tr.h"

#include <algorithm>
#include <cmath>

namespace lc {

QString Trainer::imageFolder(const ExportPlan &) const
{
    return {}; // the export's root
}

QString Trainer::subsetFolder(const ExportPlan &plan, int subset) const
{
    const ExportSubset &s = plan.subsets.at(subset);
    if (s.regularization)
        return QStringLiteral("reg");
    int sets = 0;
    bool reg = false;
    for (int i : usedSubsets(plan)) {
        sets += plan.subsets.at(i).regularization ? 0 : 1;
        reg = reg || plan.subsets.at(i).regularization;
    }
    const QString folder = imageFolder(plan);
    if (sets <= 1 && !(folder.isEmpty() && reg)) // images at the root would take reg/ in with them
        return folder;
    return folder.isEmpty() ? s.key : folder + QLatin1Char('/') + s.key;
}

QList<int> Trainer::usedSubsets(const ExportPlan &plan)
{
    QList<int> out;
    for (int i = 0; i < plan.subsets.size(); ++i) {
        if (plan.subsets.at(i).images > 0)
            out << i;
    }
    return out;
}

QString Trainer::emptyCaptionMessage() const
{
    return captionRequired() ? ExportTr::tr("%1 image(s) have no caption; this trainer needs one for every image.")
                             : ExportTr::tr("%1 image(s) have no caption; the trainer will use its default caption.");
}

QString Trainer::conceptName(const ExportPlan &plan)
{
    const QString text = QString(plan.options.triggerWord + QLatin1Char(' ') + plan.options.classWord).simplified();
    return text.isEmpty() ? plan.dataset.name.simplified() : text;
}

std::optional<BucketPlacement> Trainer::squarePlacement(const QSize &image, int resolution)
{
    if (image.isEmpty() || resolution <= 0)
        return std::nullopt;
    // torchvision's Resize(int): the short side becomes `resolution`, the long side int(resolution × long /
    // short); CenterCrop: the offset int(round((side - resolution) / 2)), Python rounding halves to even.
    const bool wide = image.width() >= image.height();
    const int shortSide = wide ? image.height() : image.width();
    const int longSide = wide ? image.width() : image.height();
    const int scaledLong = int(qint64(resolution) * longSide / shortSide);
    BucketPlacement p;
    p.bucket = QSize(resolution, resolution);
    p.resized = wide ? QSize(scaledLong, resolution) : QSize(resolution, scaledLong);
    p.cropOffset = QPoint(int(std::nearbyint((p.resized.width() - resolution) / 2.0)), int(std::nearbyint((p.resized.height() - resolution) / 2.0)));
    return p;
}

QString Trainer::guideIntro(const ExportPlan &plan, const TrainerContext &context, const QString &trainer, const QStringList &files)
{
    const QString trigger = plan.options.triggerWord.isEmpty() ? QStringLiteral("none") : QStringLiteral("`%1`").arg(plan.options.triggerWord);
    QString text = QStringLiteral("# Training on this export with %1\n\n").arg(trainer);
    text += QStringLiteral("Written by LoRA Craft for the dataset “%1”: %2 image(s), trigger %3, target model %4 at %5 px.\n\n")
                .arg(plan.dataset.name)
                .arg(plan.entries.size())
                .arg(trigger, targetModelKey(plan.dataset.settings.targetModel))
                .arg(plan.options.resolution);
    text += QStringLiteral("## 1. Where the dataset is\n\n");
    // The files that name the dataset's folder, and this guide, whose commands name it too.
    QStringList named = files;
    named << QStringLiteral("TRAINING.md");
    QStringList quoted;
    for (const QString &f : std::as_const(named))
        quoted << QStringLiteral("`%1`").arg(f);
    if (context.archive) {
        text += QStringLiteral("Unpack this ZIP into a folder of its own. %1 name that folder `%2`: write its path into them once, "
                               "from a terminal inside the unpacked folder:\n\n")
                    .arg(quoted.join(QStringLiteral(", ")), TrainerContext::PathPlaceholder);
        text += QStringLiteral("    sed -i \"s|%1|$PWD|g\" %2\n\n").arg(TrainerContext::PathPlaceholder, named.join(QLatin1Char(' ')));
        text += QStringLiteral("(macOS: `sed -i ''`. Windows PowerShell, per file F: `(Get-Content F) -replace '%1', ((Get-Location).Path "
                               "-replace '\\\\','/') | Set-Content F`.)\n\n")
                    .arg(TrainerContext::PathPlaceholder);
    } else {
        text += QStringLiteral("%1 name this folder by its absolute path, `%2`. If you move the folder, replace that path in them.\n\n")
                    .arg(quoted.join(QStringLiteral(", ")), context.root);
    }
    return text;
}

QString Trainer::baseModelRepo(TargetModel model)
{
    switch (model) {
    case TargetModel::Flux: return QStringLiteral("black-forest-labs/FLUX.1-dev");
    case TargetModel::Sdxl: return QStringLiteral("stabilityai/stable-diffusion-xl-base-1.0");
    case TargetModel::Sd15: return QStringLiteral("stable-diffusion-v1-5/stable-diffusion-v1-5");
    }
    return {};
}

int Trainer::suggestedSteps(const ExportPlan &plan)
{
    return std::clamp((int(plan.entries.size()) * 100 + 49) / 50 * 50, 500, 2000);
}

QString Trainer::samplePrompt(const ExportPlan &plan)
{
    const QString subject = QString(plan.options.triggerWord + QLatin1Char(' ') + plan.options.classWord).simplified();
    return subject.isEmpty() ? QStringLiteral("a photo") : QStringLiteral("a photo of %1").arg(subject);
}

QList<const Trainer *> allTrainers()
{
    static const KohyaTrainer kohya;
    static const AiToolkitTrainer aiToolkit;
    static const ReplicateFluxTrainer replicateFlux;
    static const ReplicateSdxlTrainer replicateSdxl;
    static const OneTrainerTrainer oneTrainer;
    static const DiffusersTrainer diffusers;
    static const SimpleTunerTrainer simpleTuner;
    return {&kohya, &aiToolkit, &replicateFlux, &replicateSdxl, &oneTrainer, &diffusers, &simpleTuner};
}

const Trainer &trainerFor(ExportFormat format)
{
    for (const Trainer *t : allTrainers()) {
        if (t->format() == format)
            return *t;
    }
    return *allTrainers().first();
}

} // namespace lc
