#include "trainer.h"

#include "trainers.h"

#include "util/tr.h"

namespace lc {

QString Trainer::imageFolder(const ExportPlan &) const
{
    return {}; // the export's root
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
