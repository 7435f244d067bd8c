#include "aboutdialog.h"

#include "library/buildinfo.h"
#include "util/logfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LoRA Craft"));
    const BuildInfo info = BuildInfo::current();
    const QString log = LogFile::path();

    QString libraries;
    QStringList plainLibraries;
    for (const auto &[name, version] : info.libraries) {
        libraries += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
        plainLibraries << QStringLiteral("%1 %2").arg(name, version);
    }
    const QString html =
        tr("<h2>LoRA Craft %1</h2>"
           "<p>Turn folders of images into training-ready LoRA datasets.</p>"
           "<p>Commit %2, built %3.</p>"
           "<p><b>Libraries at run time</b></p><table>%4</table>"
           "<p><b>Bundled</b><br>LoRA Craft and its icons: MIT licence.<br>"
           "CLIP tokenizer vocabulary and merges: MIT licence, © OpenAI.</p>"
           "<p><a href=\"https://github.com/loracraft/loracraft\">Website</a> · "
           "<a href=\"https://github.com/loracraft/loracraft/issues\">Report a problem</a></p>"
           "<p>Log: %5</p>")
            .arg(info.version.toHtmlEscaped(), info.commit.toHtmlEscaped(), info.date.toHtmlEscaped(), libraries,
                log.isEmpty() ? tr("none (the log folder cannot be written)") : QDir::toNativeSeparators(log).toHtmlEscaped());
    m_plain = QStringLiteral("LoRA Craft %1 (%2, %3)\n%4\n%5")
                  .arg(info.version, info.commit, info.date, plainLibraries.join(QStringLiteral(", ")),
                      QSysInfo::prettyProductName());

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/loracraft.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(html, this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version and the libraries' versions, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_plain); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace lc::ui
