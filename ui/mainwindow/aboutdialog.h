#pragma once

#include <QDialog>

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

private:
    QString m_plain;
};

} // namespace lc::ui
