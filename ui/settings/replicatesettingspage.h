#pragma once

#include <QFuture>
#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lc::net {
class HttpClient;
}

namespace lc::ui {

// Settings → Replicate: the API token that training (and Replicate captioning) use. Typed here, checked
// with Replicate (Verify: whose token it is), kept in the OS keychain when the dialog is accepted; never
// in the settings file. REPLICATE_API_TOKEN is the fallback where there is no keychain.
class ReplicateSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicateSettingsPage)

public:
    explicit ReplicateSettingsPage(QWidget *parent = nullptr);
    ~ReplicateSettingsPage() override;

    // Stores a typed token in the keychain (asynchronously); done(error) with an empty error on success or
    // when there was nothing to store.
    void commit(const std::function<void(const QString &error)> &done);
    QString verifyResult() const;

Q_SIGNALS:
    void verifyFinished(bool ok);

private:
    void lookUpStoredToken();
    void verify();

    QLineEdit *m_token;
    QLabel *m_tokenStatus;
    QPushButton *m_verify;
    QPushButton *m_forget;
    QLabel *m_verifyResult;
    bool m_edited = false;
    std::unique_ptr<net::HttpClient> m_http;
    std::shared_ptr<std::atomic<bool>> m_cancel; // set when the page goes: aborts a running check
    QList<QFuture<void>> m_running;
};

} // namespace lc::ui
