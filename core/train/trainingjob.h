#pragma once

#include "jobs/job.h"
#include "train/trainingrun.h"

#include <memory>

namespace lc {
class Library;
namespace net {
class HttpClient;
}
} // namespace lc

namespace lc::train {

// Follows a training on Replicate in the Tasks panel: its stage and the trainer's percentage, until it
// ends. Made for a training task left running (started by the CLI, or before a quit or a crash); Cancel
// stops following, not the training (that is TrainingRun::cancelTraining()).
class TrainingJob final : public WorkerJob
{
    Q_OBJECT

public:
    TrainingJob(const Library &library, TaskId task, QString token, QString title, QObject *parent = nullptr);
    ~TrainingJob() override;

    QString kind() const override { return QStringLiteral("training"); }
    QString title() const override { return m_title; }
    TrainingState state() const { return m_state; } // once finished

protected:
    std::function<void()> work(const WorkerContext &context) override;

private:
    const Library &m_library;
    TaskId m_followed;
    QString m_token;
    QString m_title;
    std::unique_ptr<net::HttpClient> m_http;
    TrainingState m_state;
};

} // namespace lc::train
