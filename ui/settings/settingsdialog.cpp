#include "settingsdialog.h"

#include "captionsettingspage.h"
#include "generalsettingspage.h"
#include "qualitysettingspage.h"
#include "replicatesettingspage.h"
#include "searchsettingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lc::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_general(new GeneralSettingsPage(this))
    , m_caption(new CaptionSettingsPage(this))
    , m_replicate(new ReplicateSettingsPage(this))
    , m_quality(new QualitySettingsPage(this))
    , m_search(new SearchSettingsPage(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_pages->setFixedWidth(150);
    m_pages->addItem(tr("General"));
    m_stack->addWidget(m_general);
    m_pages->addItem(tr("Captioning"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_caption);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(scroll);
    m_pages->addItem(tr("Replicate"));
    m_stack->addWidget(m_replicate);
    m_pages->addItem(tr("Quality"));
    m_stack->addWidget(m_quality);
    m_pages->addItem(tr("Search"));
    m_stack->addWidget(m_search);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(1); // captioning: what Settings is opened for most

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(960, 760);
}

void SettingsDialog::showGeneral()
{
    m_pages->setCurrentRow(0);
}

void SettingsDialog::showCaptioning()
{
    m_pages->setCurrentRow(1);
}

void SettingsDialog::showReplicate()
{
    m_pages->setCurrentRow(2);
}

void SettingsDialog::showQuality()
{
    m_pages->setCurrentRow(3);
}

void SettingsDialog::showSearch()
{
    m_pages->setCurrentRow(4);
}

void SettingsDialog::accept()
{
    setEnabled(false);
    // The caption server's key, the Replicate token, then the Brave Search key: each to the keychain; the
    // first that cannot be stored keeps the dialog open, on its page, with the reason.
    m_caption->commit([this](const QString &error) {
        if (!error.isEmpty()) {
            setEnabled(true);
            showCaptioning();
            QMessageBox::warning(this, tr("Cannot Store the Key"), error);
            return;
        }
        m_replicate->commit([this](const QString &tokenError) {
            if (!tokenError.isEmpty()) {
                setEnabled(true);
                showReplicate();
                QMessageBox::warning(this, tr("Cannot Store the Token"), tokenError);
                return;
            }
            m_search->commit([this](const QString &keyError) {
                setEnabled(true);
                if (!keyError.isEmpty()) {
                    showSearch();
                    QMessageBox::warning(this, tr("Cannot Store the Key"), keyError);
                    return;
                }
                m_general->save();
                CaptionSettingsPage::save(m_caption->settings());
                curation::storeQualityThresholds(m_quality->thresholds());
                Q_EMIT saved();
                QDialog::accept();
            });
        });
    });
}

} // namespace lc::ui
