#include "searchsettingspage.h"

#include "search/searchprovider.h"
#include "secrets/secretstore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

search::ProviderInfo braveInfo()
{
    return search::makeProvider(QStringLiteral("brave"))->info();
}

} // namespace

SearchSettingsPage::SearchSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_key(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_forget(new QPushButton(tr("Remove from Keychain"), this))
{
    setObjectName(QStringLiteral("searchSettingsPage"));
    m_key->setObjectName(QStringLiteral("braveKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setPlaceholderText(tr("Brave Search API key"));
    m_forget->setObjectName(QStringLiteral("forgetBraveKey"));
    m_keyStatus->setObjectName(QStringLiteral("braveKeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *intro = new QLabel(tr("View → Collect from the Web searches <b>Openverse</b> for openly licensed images without "
                                "an account. <b>Brave Image Search</b> finds images anywhere on the web, without licences, and "
                                "needs an API key from <a href=\"https://api-dashboard.search.brave.com\">api-dashboard.search.brave.com</a>: "
                                "it is kept in the system keychain, never in a settings file, and is sent only to Brave."),
        this);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    auto *brave = new QGroupBox(tr("Brave Image Search"), this);
    auto *form = new QFormLayout(brave);
    form->addRow(tr("API key:"), m_key);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(brave);
    layout->addStretch(1);

    connect(m_key, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_forget->setEnabled(false);
        SecretStore().storeAsync(braveInfo().keychainKey, QString(), this, [this](const Result<void> &removed) {
            if (!removed)
                m_keyStatus->setText(removed.error().message);
            else
                lookUpStoredKey();
        });
    });
    lookUpStoredKey();
}

void SearchSettingsPage::lookUpStoredKey()
{
    m_keyStatus->setText(tr("Looking in the keychain…"));
    const search::ProviderInfo info = braveInfo();
    SecretStore().lookupAsync(info.keychainKey, info.keyVariable, this, [this, info](const Secret &secret) {
        switch (secret.source) {
        case SecretSource::Keychain:
            m_keyStatus->setText(tr("A key is stored in the keychain. Type a new one to replace it."));
            break;
        case SecretSource::Environment:
            m_keyStatus->setText(tr("Using the key in %1 (the environment).").arg(secret.environmentVariable));
            break;
        case SecretSource::None:
            m_keyStatus->setText(secret.keychainProblem.isEmpty()
                    ? tr("No key stored yet.")
                    : tr("%1 For Brave Image Search that is %2.").arg(secret.keychainProblem, info.keyVariable));
            break;
        }
        m_forget->setEnabled(secret.source == SecretSource::Keychain);
    });
}

void SearchSettingsPage::commit(const std::function<void(const QString &)> &done)
{
    if (!m_edited || m_key->text().trimmed().isEmpty()) {
        done({});
        return;
    }
    SecretStore().storeAsync(braveInfo().keychainKey, m_key->text().trimmed(), this, [this, done](const Result<void> &stored) {
        if (stored) {
            m_edited = false;
            m_key->clear();
            lookUpStoredKey();
        }
        done(stored ? QString() : stored.error().message);
    });
}

QString SearchSettingsPage::keyStatus() const
{
    return m_keyStatus->text();
}

} // namespace lc::ui
