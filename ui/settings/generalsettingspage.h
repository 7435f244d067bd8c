#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

class QSpinBox;

namespace lc::ui {

// Settings → General: what LoRA Craft opens at start, and the list of recent libraries.
class GeneralSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    QCheckBox *reopenLastBox() const { return m_reopenLast; }
    QCheckBox *dailySnapshotBox() const { return m_dailySnapshot; }
    QSpinBox *keepSnapshotsBox() const { return m_keepSnapshots; }
    void save() const;

private:
    QCheckBox *m_reopenLast;
    QCheckBox *m_dailySnapshot;
    QSpinBox *m_keepSnapshots;
    QPushButton *m_clearRecent;
};

} // namespace lc::ui
