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
        if (plan.subsets.value(e.subset).regularization)
            continue; // class/, read by --class_data_dir
        jsonl += QJsonDocument(QJsonObject{{QStringLiteral("file_name"), e.fileName()}, {QStringLiteral("text"), e.caption}})
                     .toJson(QJsonDocument::Compact);
        jsonl += '\n';
    }
    return {{{QStringLiteral("train/metadata.jsonl"), jsonl}}, {}};
}

QString DiffusersTrainer::trainingGuide(const ExportPlan &plan, const TrainerContext &context) const
{
    // train/metadata.jsonl names each image relative to itself, so the folder needs no path rewriting; only
    // the commands name it.
    const TargetModel model = plan.dataset.settings.targetModel;
    const int res = plan.options.resolution;
    const QString prompt = samplePrompt(plan);
    QString text = guideIntro(plan, context, QStringLiteral("diffusers (Hugging Face example scripts)"), {});
    text += QStringLiteral("`train/` is a Hugging Face imagefolder: the images and `metadata.jsonl` with one caption (`text`) per "
                           "image. The scripts resize each image's short side to %1 px and crop the centre square (`--center_crop`).\n\n")
                .arg(res);
    if (model != TargetModel::Flux) {
        const QString script = model == TargetModel::Sdxl ? QStringLiteral("train_text_to_image_lora_sdxl.py") : QStringLiteral("train_text_to_image_lora.py");
        text += QStringLiteral("## 2. Text-to-image LoRA (per-image captions)\n\n"
                               "From diffusers' `examples/text_to_image` folder:\n\n"
                               "    accelerate launch %1 \\\n"
                               "      --pretrained_model_name_or_path %2 \\\n"
                               "      --train_data_dir \"%3/train\" --caption_column text \\\n"
                               "      --resolution %4 --center_crop --train_batch_size 1 --max_train_steps %5 \\\n"
                               "      --learning_rate 1e-4 --rank 16 --mixed_precision bf16 --output_dir \"%3-lora\" \\\n"
                               "      --validation_prompt \"%6\"\n\n")
                    .arg(script, baseModelRepo(model), context.root)
                    .arg(res)
                    .arg(suggestedSteps(plan))
                    .arg(prompt);
    }
    // The regularization set: prior preservation with class/ (images only) and its class prompt.
    QString prior;
    for (int i : usedSubsets(plan)) {
        if (plan.subsets.at(i).regularization) {
            prior = QStringLiteral(" \\\n      --with_prior_preservation --class_data_dir \"%1/class\" --class_prompt \"%2\" --prior_loss_weight 1.0")
                        .arg(context.root, plan.subsets.at(i).name);
        }
    }
    const QString dreambooth = model == TargetModel::Flux ? QStringLiteral("train_dreambooth_lora_flux.py")
        : model == TargetModel::Sdxl                      ? QStringLiteral("train_dreambooth_lora_sdxl.py")
                                                          : QStringLiteral("train_dreambooth_lora.py");
    text += QStringLiteral("## %1. DreamBooth LoRA script\n\n"
                           "Give it this folder as a dataset (`--dataset_name`), which reads the captions; `--instance_prompt` is "
                           "used only for an image without one. **Do not use `--instance_data_dir`**: it opens every file of the "
                           "folder as an image and fails on `metadata.jsonl`. From diffusers' `examples/dreambooth` folder:\n\n"
                           "    accelerate launch %2 \\\n"
                           "      --pretrained_model_name_or_path %3 \\\n"
                           "      --dataset_name \"%4\" --caption_column text --instance_prompt \"%5\" \\\n"
                           "      --resolution %6 --center_crop --train_batch_size 1 --max_train_steps %7 \\\n"
                           "      --learning_rate 1e-4 --rank 16 --mixed_precision bf16 --output_dir \"%4-lora\"%8\n")
                .arg(model == TargetModel::Flux ? QStringLiteral("2") : QStringLiteral("3"), dreambooth, baseModelRepo(model),
                    context.root, prompt)
                .arg(res)
                .arg(suggestedSteps(plan))
                .arg(prior);
    return text;
}

} // namespace lc
