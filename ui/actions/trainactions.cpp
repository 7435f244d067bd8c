#include "trainactions.h"

#include "common/selectioncontext.h"
#include "jobs/jobmanager.h"
#include "train/traindialog.h"
#include "train/trainingjob.h"
#include "train/traininghistorydialog.h"
#include "train/trainingservice.h"

#include <QAction>
#include <QWidget>

namespace lc::ui {

TrainActions::TrainActions(const Library &library, const train::TrainingService &service, JobManager &jobs, SelectionContext &context,
    QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_service(service)
    , m_jobs(jobs)
    , m_context(context)
    , m_window(window)
    , m_train(new QAction(tr("Train on Replicate…"), this))
    , m_history(new QAction(tr("Trainings…"), this))
{
    m_train->setObjectName(QStringLiteral("trainAction"));
    m_train->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)); // Ctrl+Shift+T shows the Tags panel
    m_train->setStatusTip(tr("Export the dataset, upload it to Replicate and train a LoRA there"));
    m_history->setObjectName(QStringLiteral("trainingsAction"));
    m_history->setStatusTip(tr("The dataset's trainings: status, inputs, weights"));
    connect(m_train, &QAction::triggered, this, &TrainActions::trainCurrentDataset);
    connect(m_history, &QAction::triggered, this, &TrainActions::showHistory);
    auto update = [this] {
        const bool any = m_context.dataset().id.isValid();
        m_train->setEnabled(any);
        m_history->setEnabled(any);
    };
    connect(&m_context, &SelectionContext::datasetChanged, this, update);
    update();
}

TrainDialog *TrainActions::trainDialog() const
{
    return m_trainDialog;
}

TrainingHistoryDialog *TrainActions::historyDialog() const
{
    return m_historyDialog;
}

void TrainActions::trainCurrentDataset()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset to train on."));
        return;
    }
    if (m_trainDialog) {
        m_trainDialog->raise();
        m_trainDialog->activateWindow();
        return;
    }
    Q_EMIT aboutToWrite(); // the caption being typed is part of what gets trained on
    auto *dialog = new TrainDialog(m_service, dataset, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_trainDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = QString(dataset.workspaceName + QLatin1Char('/') + dataset.name)] {
        const train::TrainingRequest request = dialog->request();
        m_jobs.add(std::make_unique<train::TrainingJob>(m_library, request, dialog->token(),
            tr("Train %1 → %2").arg(name, request.destination)));
        Q_EMIT message(tr("The training of %1 has started: follow it in the Tasks panel or in Dataset → Trainings….").arg(name));
    });
    dialog->open();
}

void TrainActions::showHistory()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset first."));
        return;
    }
    if (m_historyDialog) {
        m_historyDialog->close();
    }
    auto *dialog = new TrainingHistoryDialog(m_service, m_jobs, dataset, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog = dialog;
    connect(dialog, &TrainingHistoryDialog::message, this, &TrainActions::message);
    connect(dialog, &TrainingHistoryDialog::downloadRequested, this,
        [this](TaskId training, const QString &dir, const QString &title, const QString &token) {
            m_jobs.add(std::make_unique<train::WeightsDownloadJob>(m_library, training, dir, token, title));
        });
    connect(dialog, &TrainingHistoryDialog::tryItRequested, this,
        [this](TaskId training, const QStringList &prompts, const QString &title, const QString &token) {
            m_jobs.add(std::make_unique<train::TryItJob>(m_library, training, prompts, token, title));
        });
    dialog->show();
}

} // namespace lc::ui
