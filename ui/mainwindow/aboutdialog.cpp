#include "aboutdialog.h"

#include "async/async.h"
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

#include <algorithm>

namespace lc::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LoRA Craft"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/loracraft.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the version and the libraries' versions, for a bug report"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_plain); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);

    // The libraries' versions are asked of the libraries themselves (SQLite's through a database
    // connection): off the GUI thread, filled in when they arrive.
    showInfo(BuildInfo::identity());
    resize(520, sizeHint().height());
    async::onResult(async::run(QThreadPool::globalInstance(), [] { return BuildInfo::current(); }), this,
        [this](const BuildInfo &info) {
            showInfo(info);
            resize(width(), std::max(height(), sizeHint().height())); // the table's rows arrived
        });
}

bool AboutDialog::isComplete() const
{
    return m_copy->isEnabled();
}

void AboutDialog::showInfo(const BuildInfo &info)
{
    const bool complete = !info.libraries.isEmpty();
    QString libraries;
    QStringList plainLibraries;
    for (const auto &[name, version] : info.libraries) {
        libraries += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
        plainLibraries << QStringLiteral("%1 %2").arg(name, version);
    }
    if (!complete)
        libraries = QStringLiteral("<tr><td>%1</td></tr>").arg(tr("Reading…").toHtmlEscaped());
    const QString &commit = info.commit;
    const QString &date = info.date;
    const QString log = LogFile::path();
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
            .arg(info.version.toHtmlEscaped(), commit.toHtmlEscaped(), date.toHtmlEscaped(), libraries,
                log.isEmpty() ? tr("none (the log folder cannot be written)") : QDir::toNativeSeparators(log).toHtmlEscaped());
    m_text->setText(html);
    m_plain = QStringLiteral("LoRA Craft %1 (%2, %3)\n%4\n%5")
                  .arg(info.version, commit, date, plainLibraries.join(QStringLiteral(", ")), QSysInfo::prettyProductName());
    m_copy->setEnabled(complete);
}

} // namespace lc::ui
