#include "settingsdialog.h"

#include "captionsettingspage.h"
#include "generalsettingspage.h"
#include "qualitysettingspage.h"
#include "replicatesettingspage.h"

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

void SettingsDialog::accept()
{
    setEnabled(false);
    // The caption server's key, then the Replicate token: each to the keychain; the first that cannot be
    // stored keeps the dialog open, on its page, with the reason.
    m_caption->commit([this](const QString &error) {
        if (!error.isEmpty()) {
            setEnabled(true);
            showCaptioning();
            QMessageBox::warning(this, tr("Cannot Store the Key"), error);
            return;
        }
        m_replicate->commit([this](const QString &tokenError) {
            setEnabled(true);
            if (!tokenError.isEmpty()) {
                showReplicate();
                QMessageBox::warning(this, tr("Cannot Store the Token"), tokenError);
                return;
            }
            m_general->save();
            CaptionSettingsPage::save(m_caption->settings());
            curation::storeQualityThresholds(m_quality->thresholds());
            Q_EMIT saved();
            QDialog::accept();
        });
    });
}

} // namespace lc::ui
