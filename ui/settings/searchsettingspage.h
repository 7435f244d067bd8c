#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lc::ui {

// Settings → Search: the Brave Search API key the Collect panel's Brave provider needs (Openverse needs
// none). Kept in the OS keychain when the dialog is accepted, never in the settings file; BRAVE_API_KEY
// is the fallback where there is no keychain.
class SearchSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchSettingsPage)

public:
    explicit SearchSettingsPage(QWidget *parent = nullptr);

    // Stores a typed key in the keychain (asynchronously); done(error) with an empty error on success or
    // when there was nothing to store.
    void commit(const std::function<void(const QString &error)> &done);
    QString keyStatus() const;

private:
    void lookUpStoredKey();

    QLineEdit *m_key;
    QLabel *m_keyStatus;
    QPushButton *m_forget;
    bool m_edited = false;
};

} // namespace lc::ui
