#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace lc {
struct BuildInfo;
}

namespace lc::ui {

// Help → About LoRA Craft: the version, commit and build date, the libraries' versions at run time, the
// licences of what the application bundles, links, and where the log is; Copy puts it on the clipboard for
// a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The facts as plain text (what Copy copies).
    QString plainText() const { return m_plain; }
    // The libraries' versions have arrived (they are read off the GUI thread).
    bool isComplete() const;

private:
    void showInfo(const BuildInfo &info);

    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_plain;
};

} // namespace lc::ui
