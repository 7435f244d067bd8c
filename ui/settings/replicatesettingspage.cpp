#include "replicatesettingspage.h"

#include "async/async.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "secrets/secretstore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lc::ui {

ReplicateSettingsPage::ReplicateSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_token(new QLineEdit(this))
    , m_tokenStatus(new QLabel(this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_forget(new QPushButton(tr("Remove from Keychain"), this))
    , m_verifyResult(new QLabel(this))
    , m_http(std::make_unique<net::HttpClient>())
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("replicateSettingsPage"));
    m_token->setObjectName(QStringLiteral("replicateToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("r8_…"));
    m_token->setClearButtonEnabled(true);
    m_verify->setObjectName(QStringLiteral("verifyToken"));
    m_forget->setObjectName(QStringLiteral("forgetToken"));
    m_tokenStatus->setWordWrap(true);
    m_tokenStatus->setForegroundRole(QPalette::PlaceholderText);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("Training runs on Replicate with your account. Create a token at "
                                "<a href=\"https://replicate.com/account/api-tokens\">replicate.com/account/api-tokens</a> "
                                "and paste it here: it is kept in the system keychain, never in a settings file, and "
                                "is sent only to Replicate."),
        this);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    auto *account = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(account);
    form->addRow(tr("API token:"), m_token);
    form->addRow(QString(), m_tokenStatus);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_verifyResult);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(account);
    layout->addStretch(1);

    connect(m_token, &QLineEdit::textEdited, this, [this] {
        m_edited = true;
        m_verifyResult->clear();
    });
    connect(m_verify, &QPushButton::clicked, this, &ReplicateSettingsPage::verify);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_forget->setEnabled(false);
        SecretStore().storeAsync(SecretStore::replicateTokenKey(), QString(), this, [this](const Result<void> &removed) {
            m_forget->setEnabled(true);
            m_verifyResult->setText(removed ? tr("The token was removed from the keychain.") : removed.error().message);
            lookUpStoredToken();
        });
    });
    lookUpStoredToken();
}

ReplicateSettingsPage::~ReplicateSettingsPage()
{
    // A check still running: abort its request (answered within 100 ms) and wait, as it uses the client.
    m_cancel->store(true);
    for (QFuture<void> &f : m_running)
        f.waitForFinished();
}

void ReplicateSettingsPage::lookUpStoredToken()
{
    m_tokenStatus->setText(tr("Looking in the keychain…"));
    SecretStore().lookupReplicateTokenAsync(this, [this](const Secret &secret) {
        switch (secret.source) {
        case SecretSource::Keychain:
            m_tokenStatus->setText(tr("A token is stored in the keychain. Type a new one to replace it."));
            break;
        case SecretSource::Environment:
            m_tokenStatus->setText(tr("Using the token in %1 (the environment).").arg(secret.environmentVariable));
            break;
        case SecretSource::None:
            m_tokenStatus->setText(secret.keychainProblem.isEmpty()
                    ? tr("No token stored yet.")
                    : tr("%1 For Replicate that is %2.").arg(secret.keychainProblem, SecretStore::replicateTokenVariable()));
            break;
        }
        m_forget->setEnabled(secret.source == SecretSource::Keychain);
    });
}

void ReplicateSettingsPage::verify()
{
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Asking Replicate…"));
    auto check = [this](const QString &token) {
        if (token.isEmpty()) {
            m_verify->setEnabled(true);
            m_verifyResult->setText(tr("Paste a token first."));
            Q_EMIT verifyFinished(false);
            return;
        }
        net::HttpClient *http = m_http.get();
        auto future = async::run(QThreadPool::globalInstance(), [http, token, cancel = m_cancel]() -> Result<replicate::Account> {
            return replicate::Client(*http, token).account(cancel.get());
        });
        m_running.append(QFuture<void>(future));
        async::onResult(future, this, [this](const Result<replicate::Account> &account) {
            m_verify->setEnabled(true);
            if (account) {
                m_verifyResult->setText(account->type == QLatin1String("organization")
                        ? tr("Works: the token of the organization %1.").arg(account->username)
                        : tr("Works: the token of %1.").arg(account->username));
            } else {
                m_verifyResult->setText(tr("Failed: %1").arg(account.error().message));
            }
            Q_EMIT verifyFinished(account.ok());
        });
    };
    if (m_edited) {
        check(m_token->text().trimmed());
        return;
    }
    SecretStore().lookupReplicateTokenAsync(this,
        [check](const Secret &secret) { check(secret.value); });
}

void ReplicateSettingsPage::commit(const std::function<void(const QString &)> &done)
{
    if (!m_edited || m_token->text().trimmed().isEmpty()) {
        done({});
        return;
    }
    SecretStore().storeAsync(SecretStore::replicateTokenKey(), m_token->text().trimmed(), this, [this, done](const Result<void> &stored) {
        if (stored) {
            m_edited = false;
            m_token->clear();
            lookUpStoredToken();
        }
        done(stored ? QString() : stored.error().message);
    });
}

QString ReplicateSettingsPage::verifyResult() const
{
    return m_verifyResult->text();
}

} // namespace lc::ui
