#pragma once

#include "catalog/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lc::ui {

// Edits a dataset's training settings: trigger and class words, target model and resolution, notes.
// Validation matches the catalog's (multiples of 64 between 256 and 4096; one-line words).
class DatasetSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSettingsDialog)

public:
    DatasetSettingsDialog(const Dataset &dataset, QWidget *parent = nullptr);
    DatasetSettings settings() const;

    QLineEdit *triggerEdit() const { return m_trigger; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *resolutionBox() const { return m_resolution; }
    QLabel *resolutionNote() const { return m_resolutionNote; }

private:
    static int rounded(int resolution);
    void updateResolutionNote();

    QLineEdit *m_trigger;
    QLineEdit *m_class;
    QComboBox *m_model;
    QSpinBox *m_resolution;
    QLabel *m_resolutionNote;
    QPlainTextEdit *m_notes;
    TargetModel m_lastModel;
};

} // namespace lc::ui
