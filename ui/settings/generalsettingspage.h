#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace lc::ui {

// Settings → General: what LoRA Craft opens at start, and the list of recent libraries.
class GeneralSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    QCheckBox *reopenLastBox() const { return m_reopenLast; }
    void save() const;

private:
    QCheckBox *m_reopenLast;
    QPushButton *m_clearRecent;
};

} // namespace lc::ui
