#pragma once

#include "crop/autocrop.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace lc {
class LibraryService;
}

namespace lc::ui {

// Auto-Crop's options: the target (each image's nearest bucket of a trainer, or a fixed aspect), what
// to keep in frame, and whether the selection or the whole dataset. Remembered between uses.
class AutoCropOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoCropOptionsDialog)

public:
    AutoCropOptionsDialog(int selected, QWidget *parent = nullptr);

    crop::AutoCropOptions options() const; // `only` left empty: the caller fills it from the scope
    bool selectionOnly() const;

    void accept() override;

private:
    QComboBox *m_target;
    QComboBox *m_trainer;
    QComboBox *m_subject;
    QRadioButton *m_selection;
    QRadioButton *m_dataset;
};

// The proposals, before and after: each thumbnail with the proposed crop drawn on it (what is cut off
// dimmed, faces outlined), checked to apply; Apply writes the checked ones as one undo step.
class CropReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CropReviewDialog)

public:
    CropReviewDialog(const LibraryService &service, const crop::AutoCropReport &report, QWidget *parent = nullptr);

    int proposalCount() const;
    void setChecked(int row, bool checked); // tests
    // The checked proposals' crops.
    QHash<ItemId, std::optional<QRect>> checkedCrops() const;

Q_SIGNALS:
    void applyRequested(const QHash<lc::ItemId, std::optional<QRect>> &crops);

private:
    void updateApply();
    QIcon iconFor(const QImage &thumbnail, const crop::CropProposal &proposal) const;

    QList<crop::CropProposal> m_proposals; // the ones that change something
    QListWidget *m_list;
    QPushButton *m_apply;
};

} // namespace lc::ui
