#pragma once

#include "catalog/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lc::ui {

// Edits a dataset's training settings: trigger and class words, target model and resolution, what the
// trainer reads as the caption, notes, and the dataset exported as its regularization set.
// Validation matches the catalog's (multiples of 64 between 256 and 4096; one-line words).
class DatasetSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSettingsDialog)

public:
    // `others`: the datasets that can be its regularization (class) set.
    DatasetSettingsDialog(const Dataset &dataset, const QList<Dataset> &others = {}, QWidget *parent = nullptr);
    DatasetSettings settings() const;

    QLineEdit *triggerEdit() const { return m_trigger; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *resolutionBox() const { return m_resolution; }
    QLabel *resolutionNote() const { return m_resolutionNote; }
    QComboBox *regularizationBox() const { return m_regularization; }
    QComboBox *captionSourceBox() const { return m_captionSource; }

private:
    static int rounded(int resolution);
    void updateResolutionNote();

    QLineEdit *m_trigger;
    QLineEdit *m_class;
    QComboBox *m_model;
    QSpinBox *m_resolution;
    QLabel *m_resolutionNote;
    QPlainTextEdit *m_notes;
    QComboBox *m_regularization;
    QComboBox *m_captionSource;
    TargetModel m_lastModel;
};

} // namespace lc::ui
