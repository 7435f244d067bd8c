#pragma once

// The trainers LoRA Craft exports for; each is defined in its own file of this folder.

#include "trainer.h"

namespace lc {

class KohyaTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::Kohya; }
    QString displayName() const override;
    QString noTriggerMessage() const override;
    QString imageFolder(const ExportPlan &plan) const override;
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
};

class AiToolkitTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::AiToolkit; }
    QString displayName() const override;
    bool captionRequired() const override { return false; }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // The bucket step: the VAE's downscale (8) × 2 for Flux × 2 more ("todo remove this" in its source).
    static int divisibility(TargetModel model) { return model == TargetModel::Flux ? 32 : 16; }
};

class ReplicateFluxTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::ReplicateFlux; }
    QString displayName() const override;
    bool archiveOnly() const override { return true; }
    bool captionRequired() const override { return false; }
    bool writesEmptyCaptionFiles() const override { return false; }
    QString emptyCaptionMessage() const override;
    QString noTriggerMessage() const override;
    Files configFiles(const ExportPlan &, const TrainerContext &) const override { return {}; }
};

class ReplicateSdxlTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::ReplicateSdxl; }
    QString displayName() const override;
    bool archiveOnly() const override { return true; }
    bool writesCaptionFiles() const override { return false; }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
};

class OneTrainerTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::OneTrainer; }
    QString displayName() const override;
    QString imageFolder(const ExportPlan &) const override { return QStringLiteral("images"); }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
    std::optional<BucketPlacement> bucketFor(const QSize &image, const BucketTarget &target) const override;
    // Its buckets (width × height) for a target resolution, and the quantization per model (SD 1.5: 8,
    // SDXL and Flux: 64).
    static QList<QSize> buckets(int resolution, int quantization);
    static int quantization(TargetModel model) { return model == TargetModel::Sd15 ? 8 : 64; }
};

class DiffusersTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::Diffusers; }
    QString displayName() const override;
    bool writesCaptionFiles() const override { return false; }
    QString imageFolder(const ExportPlan &) const override { return QStringLiteral("train"); }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
};

class SimpleTunerTrainer final : public Trainer
{
public:
    ExportFormat format() const override { return ExportFormat::SimpleTuner; }
    QString displayName() const override;
    QString imageFolder(const ExportPlan &) const override { return QStringLiteral("images"); }
    Files configFiles(const ExportPlan &plan, const TrainerContext &context) const override;
};

} // namespace lc
