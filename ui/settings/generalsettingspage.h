#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QPushButton;

class QSpinBox;

namespace lc::ui {

// Settings → General: the language, what LoRA Craft opens at start, the list of recent libraries and the
// catalog snapshots.
class GeneralSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    QCheckBox *reopenLastBox() const { return m_reopenLast; }
    QCheckBox *dailySnapshotBox() const { return m_dailySnapshot; }
    QSpinBox *keepSnapshotsBox() const { return m_keepSnapshots; }
    QComboBox *languageBox() const { return m_language; }
    void save() const;

    // The language chosen in Settings ("de", "ja", "zh_CN", "en"), empty for the system's; read at start.
    static QString storedLanguage();
    // The languages LoRA Craft is translated into: code and name in that language.
    static QList<std::pair<QString, QString>> languages();

private:
    QComboBox *m_language;
    QCheckBox *m_reopenLast;
    QCheckBox *m_dailySnapshot;
    QSpinBox *m_keepSnapshots;
    QPushButton *m_clearRecent;
};

} // namespace lc::ui
