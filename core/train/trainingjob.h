#pragma once

#include "jobs/job.h"
#include "train/trainingrun.h"

#include <memory>
#include <optional>

namespace lc {
class JobManager;
class Library;
namespace net {
class HttpClient;
}
} // namespace lc

namespace lc::train {

// A training on Replicate in the Tasks panel: its stage (export, upload, training with the trainer's
// percentage) until it ends. Either starts one (TrainingRun::start) or follows a training task left
// running (started by the CLI, or before a quit or a crash). Cancel stops waiting, not the training once
// it runs on Replicate (that is TrainingRun::cancelTraining()); before that it stops the export or upload.
class TrainingJob final : public WorkerJob
{
    Q_OBJECT

public:
    // Follows the training of an unfinished task.
    TrainingJob(const Library &library, TaskId task, QString token, QString title, QObject *parent = nullptr);
    // Starts a training and follows it.
    TrainingJob(const Library &library, TrainingRequest request, QString token, QString title, QObject *parent = nullptr);
    ~TrainingJob() override;

    QString kind() const override { return QStringLiteral("training"); }
    QString title() const override { return m_title; }
    TrainingState trainingState() const { return m_state; } // once finished

    // Trainings left running on Replicate (started by the CLI, or before a quit or a crash) are followed
    // by `jobs` once the token is known (looked up without blocking; without one they stay running).
    static void followLeftRunning(JobManager &jobs);

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    TaskId m_followed;
    std::optional<TrainingRequest> m_request;
    QString m_token;
    QString m_title;
    std::unique_ptr<net::HttpClient> m_http;
    TrainingState m_state;
};

// Downloads a succeeded training's weights into a folder the user picked (TrainingRun::downloadWeights:
// trained_model.tar, then lora.safetensors extracted all or nothing, its SHA-256 recorded in the
// training's task), with progress in the Tasks panel.
class WeightsDownloadJob final : public WorkerJob
{
    Q_OBJECT

public:
    WeightsDownloadJob(const Library &library, TaskId training, QString outDir, QString token, QString title,
        QObject *parent = nullptr);
    ~WeightsDownloadJob() override;

    QString kind() const override { return QStringLiteral("download-weights"); }
    QString title() const override { return m_title; }
    TrainingState trainingState() const { return m_state; } // once finished

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    TaskId m_training;
    QString m_outDir;
    QString m_token;
    QString m_title;
    std::unique_ptr<net::HttpClient> m_http;
    TrainingState m_state;
};

// "Try it": a few predictions of a succeeded training's new version (TrainingRun::tryIt), the images
// saved in the library and recorded with the training, with progress in the Tasks panel.
class TryItJob final : public WorkerJob
{
    Q_OBJECT

public:
    TryItJob(const Library &library, TaskId training, QStringList prompts, QString token, QString title, QObject *parent = nullptr);
    ~TryItJob() override;

    QString kind() const override { return QStringLiteral("try-lora"); }
    QString title() const override { return m_title; }

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    TaskId m_training;
    QStringList m_prompts;
    QString m_token;
    QString m_title;
    std::unique_ptr<net::HttpClient> m_http;
};

} // namespace lc::train
