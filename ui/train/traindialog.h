#pragma once

#include "async/async.h"
#include "train/trainingservice.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QTreeWidget;

namespace lc::ui {

// Dataset → Train on Replicate…: the trainer, the destination model (created, private, when it does not
// exist and the user lets it), the trainer's inputs as a form built from its current version's
// TrainingInput schema (so an input a trainer adds needs no new release), pre-filled with our values for
// the dataset, and the pre-flight: the export's checks for the trainer's layout, the ZIP's size against
// Replicate's 100 MB, the token, the destination, a time estimate where the trainer's page states one.
// Start is enabled only when all of it passes; everything is looked up off the GUI thread.
class TrainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainDialog)

public:
    TrainDialog(const train::TrainingService &service, const Dataset &dataset, QWidget *parent = nullptr);

    // What to start (valid after accept()), and the token it runs with.
    train::TrainingRequest request() const;
    QString token() const { return m_token; }

    bool canStart() const;
    bool isLoading() const; // a lookup is still running
    // For tests and scripting.
    QComboBox *trainerBox() const { return m_trainer; }
    QComboBox *destinationBox() const { return m_destination; }
    QCheckBox *createBox() const { return m_create; }
    QWidget *inputWidget(const QString &name) const { return m_fields.value(name); }
    QStringList inputNames() const { return m_order; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *preflightView() const { return m_preflight; }
    QPushButton *startButton() const { return m_start; }
    QJsonObject inputs() const; // the form's values as the trainer takes them

Q_SIGNALS:
    void updated(); // a lookup finished (the form, the pre-flight or the destination changed)

private:
    void trainerChanged();
    void loadDraft();
    void loadTrainer();
    void checkDestination();
    void buildForm();
    void updateState();
    void tryAccept();

    const train::TrainingService &m_service;
    Dataset m_dataset;
    QString m_token;
    bool m_tokenLooked = false;
    async::Latest<Result<train::TrainingDraft>> m_draftRun;
    async::Latest<Result<train::TrainerDetails>> m_trainerRun;
    async::Latest<Result<train::DestinationDetails>> m_destinationRun;
    async::Latest<Result<QList<train::TrainingRecord>>> m_historyRun;
    std::optional<Result<train::TrainingDraft>> m_draft;
    std::optional<Result<train::TrainerDetails>> m_details;
    std::optional<Result<train::DestinationDetails>> m_destinationState;
    bool m_destinationEdited = false;

    QComboBox *m_trainer;
    QComboBox *m_destination;
    QCheckBox *m_create;
    QLabel *m_destinationNote;
    QLabel *m_formNote;
    QScrollArea *m_scroll;
    QWidget *m_form = nullptr;
    QHash<QString, QWidget *> m_fields;
    QStringList m_order;
    QTreeWidget *m_preflight;
    QLabel *m_summary;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QTimer *m_destinationDelay;
};

} // namespace lc::ui
