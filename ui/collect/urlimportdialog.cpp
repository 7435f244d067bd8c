#include "urlimportdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc::ui {

UrlImportDialog::UrlImportDialog(const QString &datasetName, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("urlImportDialog"));
    setWindowTitle(tr("Import from URLs"));
    auto *intro = new QLabel(tr("Paste the addresses of images, one per line. They are downloaded into <b>%1</b> and "
                                "imported like any other file: only http and https, at most five redirects, image content "
                                "only, the import's size limits, and images already in the dataset are not added twice. "
                                "Each image keeps the address it came from.")
                                 .arg(datasetName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("urlList"));
    m_text->setPlaceholderText(QStringLiteral("https://example.org/photos/cat-01.jpg\nhttps://example.org/photos/cat-02.png"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setObjectName(QStringLiteral("urlSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Download and Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &UrlImportDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 460);
    check();
}

void UrlImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void UrlImportDialog::check()
{
    m_parsed = search::parseUrlList(m_text->toPlainText());
    QString text = m_parsed.urls.isEmpty() ? tr("No image address yet.") : tr("To download: %n.", nullptr, int(m_parsed.urls.size()));
    if (!m_parsed.refused.isEmpty()) {
        QStringList shown;
        for (const QString &line : m_parsed.refused.mid(0, 5))
            shown << QStringLiteral("“%1”").arg(line.left(80).toHtmlEscaped());
        text += QLatin1Char(' ')
            + tr("Left out, not an http or https address (%n): %1", nullptr, int(m_parsed.refused.size()))
                  .arg(shown.join(QStringLiteral(", ")) + (m_parsed.refused.size() > 5 ? QStringLiteral(" …") : QString()));
    }
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_parsed.urls.isEmpty());
}

QList<search::WebImage> UrlImportDialog::images() const
{
    QList<search::WebImage> images;
    for (const QUrl &url : m_parsed.urls)
        images.append(search::webImageForUrl(url));
    return images;
}

QString UrlImportDialog::summary() const
{
    return m_summary->text();
}

} // namespace lc::ui
