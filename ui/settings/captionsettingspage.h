#pragma once

#include "caption/captiontypes.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace lc::net {
class HttpClient;
}

namespace lc::ui {

// Settings → Captioning: the backend (an OpenAI-compatible server with presets for Ollama, llama.cpp,
// LM Studio, vLLM, OpenRouter and OpenAI; or a Replicate model with presets for BLIP, LLaVA and
// Florence-2), the prompt and the clean-up of answers. The API key goes to the keychain, never to the
// settings file; "Test connection" sends one small generated image and shows the answer, the model and
// the time it took, or the server's own error.
class CaptionSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionSettingsPage)

public:
    explicit CaptionSettingsPage(QWidget *parent = nullptr);
    ~CaptionSettingsPage() override;

    // The settings as stored (QSettings "caption/settings"), and storing them.
    static CaptionSettings load();
    static void save(const CaptionSettings &settings);

    CaptionSettings settings() const;
    void setSettings(const CaptionSettings &settings);
    // Stores what was typed into the key field in the keychain (off the GUI thread); done(error or empty).
    void commit(const std::function<void(const QString &error)> &done);

    void testConnection();
    void refreshModels();
    // What the last test showed (tests).
    QString testResult() const;

Q_SIGNALS:
    void testFinished(bool ok);
    void modelsLoaded(const QStringList &models);

private:
    void applyOpenAiPreset(int index);
    void applyReplicatePreset(int index);
    void backendChanged();
    void lookUpStoredKey();
    // The key to use now: the one typed, else the stored one (looked up without blocking).
    void withKey(const std::function<void(const QString &key)> &then);
    void listModelsWith(const QString &key);
    void testWith(const QString &key);

    std::unique_ptr<net::HttpClient> m_http;
    std::shared_ptr<std::atomic<bool>> m_cancel; // set when the page goes: aborts a running test
    QList<QFuture<void>> m_running;
    QComboBox *m_backend;
    QStackedWidget *m_backendPages;
    // OpenAI-compatible.
    QComboBox *m_openAiPreset;
    QLineEdit *m_baseUrl;
    QComboBox *m_model;
    QPushButton *m_refreshModels;
    // Replicate.
    QComboBox *m_replicatePreset;
    QLineEdit *m_replicateModel;
    QLineEdit *m_imageInput;
    QLineEdit *m_promptInput;
    QLineEdit *m_extraInput;
    // Both.
    QLineEdit *m_apiKey;
    QLabel *m_keyStatus;
    QLineEdit *m_apiKeyEnv;
    QPlainTextEdit *m_prompt;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
    QSpinBox *m_maxSide;
    QCheckBox *m_stripBoilerplate;
    QCheckBox *m_oneLine;
    QCheckBox *m_triggerFirst;
    QSpinBox *m_maxLength;
    QPushButton *m_test;
    QLabel *m_testResult;
    bool m_keyEdited = false;
    QString m_storedKeyFor; // the secret key the stored-key status was looked up for
};

} // namespace lc::ui
