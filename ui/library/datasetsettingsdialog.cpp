#include "datasetsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lc::ui {

DatasetSettingsDialog::DatasetSettingsDialog(const Dataset &dataset, const QList<Dataset> &others, QWidget *parent)
    : QDialog(parent)
    , m_trigger(new QLineEdit(dataset.settings.triggerWord, this))
    , m_class(new QLineEdit(dataset.settings.classWord, this))
    , m_model(new QComboBox(this))
    , m_resolution(new QSpinBox(this))
    , m_resolutionNote(new QLabel(this))
    , m_notes(new QPlainTextEdit(dataset.settings.notes, this))
    , m_regularization(new QComboBox(this))
    , m_captionSource(new QComboBox(this))
    , m_lastModel(dataset.settings.targetModel)
{
    setWindowTitle(tr("Settings of “%1”").arg(dataset.name));
    m_trigger->setPlaceholderText(tr("e.g. ohwx"));
    m_trigger->setToolTip(tr("The rare word the LoRA learns to tie to this concept; exports put it first in every caption."));
    m_class->setPlaceholderText(tr("e.g. woman, dog, style"));
    m_model->addItem(QStringLiteral("Flux"), int(TargetModel::Flux));
    m_model->addItem(QStringLiteral("SDXL"), int(TargetModel::Sdxl));
    m_model->addItem(QStringLiteral("SD 1.5"), int(TargetModel::Sd15));
    m_model->setCurrentIndex(m_model->findData(int(dataset.settings.targetModel)));
    m_resolution->setRange(256, 4096);
    m_resolution->setSingleStep(64);
    m_resolution->setSuffix(QStringLiteral(" px"));
    m_resolution->setValue(dataset.settings.targetResolution);
    m_resolution->setToolTip(tr("Training resolution: images with fewer than half its pixels squared get a LOW RES badge, "
                                "and bucketed exports use it."));
    // Picking a model suggests its native resolution, unless the user chose another one.
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const auto model = TargetModel(m_model->currentData().toInt());
        if (m_resolution->value() == defaultResolution(m_lastModel))
            m_resolution->setValue(defaultResolution(model));
        m_lastModel = model;
    });
    // Trainers need multiples of 64: say what will be saved instead of rounding silently.
    m_resolutionNote->setWordWrap(true);
    m_resolutionNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_resolution, &QSpinBox::valueChanged, this, &DatasetSettingsDialog::updateResolutionNote);
    updateResolutionNote();
    m_notes->setMaximumHeight(90);
    m_regularization->addItem(tr("None"), qint64(0));
    for (const Dataset &d : others) {
        if (d.id != dataset.id)
            m_regularization->addItem(QStringLiteral("%1/%2").arg(d.workspaceName, d.name), d.id.value());
    }
    const DatasetId reg = dataset.settings.regularization;
    if (reg.isValid() && m_regularization->findData(reg.value()) < 0) // not offered: kept as it is
        m_regularization->addItem(tr("Dataset #%1").arg(reg.value()), reg.value());
    m_regularization->setCurrentIndex(std::max(0, m_regularization->findData(reg.isValid() ? reg.value() : qint64(0))));
    m_regularization->setToolTip(tr("Class images exported beside this dataset where the trainer takes a regularization set "
                                    "(kohya reg/, ai-toolkit is_reg, SimpleTuner, diffusers prior preservation, OneTrainer)."));

    auto *form = new QFormLayout;
    m_captionSource->setObjectName(QStringLiteral("captionSource"));
    m_captionSource->addItem(tr("The caption"), int(CaptionSource::Caption));
    m_captionSource->addItem(tr("The tags (joined with commas)"), int(CaptionSource::Tags));
    m_captionSource->addItem(tr("The caption, then the tags"), int(CaptionSource::Both));
    m_captionSource->setCurrentIndex(m_captionSource->findData(int(dataset.settings.captionSource)));
    m_captionSource->setToolTip(tr("What each image's caption file holds for the trainer. The editor shows it, the "
                                   "“no caption” badge and the Uncaptioned filter follow it, and exports use it."));
    form->addRow(tr("Trigger word:"), m_trigger);
    form->addRow(tr("Class word:"), m_class);
    form->addRow(tr("Target model:"), m_model);
    form->addRow(tr("Resolution:"), m_resolution);
    form->addRow(QString(), m_resolutionNote);
    form->addRow(tr("Trainer reads:"), m_captionSource);
    form->addRow(tr("Regularization set:"), m_regularization);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

DatasetSettings DatasetSettingsDialog::settings() const
{
    DatasetSettings s;
    s.triggerWord = m_trigger->text().simplified();
    s.classWord = m_class->text().simplified();
    s.targetModel = TargetModel(m_model->currentData().toInt());
    s.targetResolution = rounded(m_resolution->value()); // as the note under the field says
    s.notes = m_notes->toPlainText();
    s.regularization = DatasetId(m_regularization->currentData().toLongLong());
    s.captionSource = CaptionSource(m_captionSource->currentData().toInt());
    return s;
}

int DatasetSettingsDialog::rounded(int resolution)
{
    return std::clamp((resolution + 32) / 64 * 64, 256, 4096);
}

void DatasetSettingsDialog::updateResolutionNote()
{
    const int value = m_resolution->value();
    m_resolutionNote->setVisible(value != rounded(value));
    m_resolutionNote->setText(tr("Will be saved as %1 px: trainers need a multiple of 64.").arg(rounded(value)));
}

} // namespace lc::ui
