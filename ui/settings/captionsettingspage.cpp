#include "captionsettingspage.h"

#include "async/async.h"
#include "caption/captionbackend.h"
#include "caption/captionjob.h"
#include "caption/replicatecaption.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QFutureSynchronizer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

struct ServerPreset
{
    const char *name;
    const char *url;
    const char *keyVariable; // the usual environment variable of its key; empty: no key needed
};

// The servers people run vision models on; every one speaks OpenAI's chat completions.
constexpr ServerPreset ServerPresets[] = {
    {QT_TRANSLATE_NOOP("lc::ui::CaptionSettingsPage", "Ollama"), "http://localhost:11434/v1", ""},
    {QT_TRANSLATE_NOOP("lc::ui::CaptionSettingsPage", "llama.cpp server"), "http://localhost:8080/v1", ""},
    {QT_TRANSLATE_NOOP("lc::ui::CaptionSettingsPage", "LM Studio"), "http://localhost:1234/v1", ""},
    {QT_TRANSLATE_NOOP("lc::ui::CaptionSettingsPage", "vLLM"), "http://localhost:8000/v1", ""},
    {QT_TRANSLATE_NOOP("lc::ui::CaptionSettingsPage", "OpenRouter"), "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"},
    {QT_TRANSLATE_NOOP("lc::ui::CaptionSettingsPage", "OpenAI"), "https://api.openai.com/v1", "OPENAI_API_KEY"},
};

// A small picture with something in it to describe: a red ball on a blue floor under a yellow sky.
QByteArray testImage()
{
    QImage image(320, 240, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(0, 0, 320, 140, QColor(250, 220, 90));
    p.fillRect(0, 140, 320, 100, QColor(40, 80, 200));
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(220, 30, 30));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(160, 140), 50, 50);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QSpinBox *spin(int min, int max, const QString &suffix = {})
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

} // namespace

struct TestOutcome
{
    bool ok = false;
    QString text;
};

CaptionSettingsPage::CaptionSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_http(std::make_unique<net::HttpClient>())
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_backend(new QComboBox(this))
    , m_backendPages(new QStackedWidget(this))
    , m_openAiPreset(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_refreshModels(new QPushButton(tr("Refresh"), this))
    , m_replicatePreset(new QComboBox(this))
    , m_replicateModel(new QLineEdit(this))
    , m_imageInput(new QLineEdit(this))
    , m_promptInput(new QLineEdit(this))
    , m_extraInput(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_apiKeyEnv(new QLineEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_maxTokens(spin(16, 4096))
    , m_temperature(new QDoubleSpinBox(this))
    , m_concurrency(spin(1, 64))
    , m_timeout(spin(5, 3600, tr(" s")))
    , m_maxSide(spin(128, 4096, tr(" px")))
    , m_stripBoilerplate(new QCheckBox(tr("Strip openings such as “The image shows”"), this))
    , m_oneLine(new QCheckBox(tr("One line"), this))
    , m_triggerFirst(new QCheckBox(tr("Trigger word first"), this))
    , m_maxLength(spin(0, 5000, tr(" characters")))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("captionSettingsPage"));
    m_backend->addItem(tr("Local or OpenAI-compatible server"), toKey(CaptionBackendKind::OpenAi));
    m_backend->addItem(tr("Replicate"), toKey(CaptionBackendKind::Replicate));
    m_backend->setObjectName(QStringLiteral("backend"));

    // OpenAI-compatible servers.
    for (const ServerPreset &p : ServerPresets)
        m_openAiPreset->addItem(tr(p.name), QString::fromLatin1(p.url));
    m_openAiPreset->addItem(tr("Other server"), QString());
    m_openAiPreset->setObjectName(QStringLiteral("serverPreset"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    m_model->setEditable(true);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->lineEdit()->setPlaceholderText(tr("e.g. llava:13b, qwen2.5vl:7b, gemma3:12b"));
    m_model->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_refreshModels->setToolTip(tr("Ask the server which models it has (GET /models)"));
    auto *openAi = new QWidget(this);
    auto *openAiForm = new QFormLayout(openAi);
    openAiForm->setContentsMargins(0, 0, 0, 0);
    openAiForm->addRow(tr("Server:"), m_openAiPreset);
    openAiForm->addRow(tr("Base URL:"), m_baseUrl);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refreshModels);
    openAiForm->addRow(tr("Model:"), modelRow);
    m_backendPages->addWidget(openAi);

    // Replicate.
    for (const ReplicateCaptionPreset &p : ReplicateCaptionPreset::all())
        m_replicatePreset->addItem(p.label, p.key);
    m_replicatePreset->setObjectName(QStringLiteral("replicatePreset"));
    m_replicateModel->setObjectName(QStringLiteral("replicateModel"));
    m_replicateModel->setPlaceholderText(tr("owner/name or owner/name:version"));
    m_imageInput->setPlaceholderText(QStringLiteral("image"));
    m_promptInput->setPlaceholderText(tr("none (the model takes no prompt)"));
    m_extraInput->setPlaceholderText(QStringLiteral("{\"task_input\": \"More Detailed Caption\"}"));
    auto *replicate = new QWidget(this);
    auto *replicateForm = new QFormLayout(replicate);
    replicateForm->setContentsMargins(0, 0, 0, 0);
    replicateForm->addRow(tr("Model:"), m_replicatePreset);
    replicateForm->addRow(tr("Replicate model:"), m_replicateModel);
    replicateForm->addRow(tr("Image input:"), m_imageInput);
    replicateForm->addRow(tr("Prompt input:"), m_promptInput);
    replicateForm->addRow(tr("Extra inputs (JSON):"), m_extraInput);
    m_backendPages->addWidget(replicate);

    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setClearButtonEnabled(true);
    m_keyStatus->setForegroundRole(QPalette::PlaceholderText);
    m_keyStatus->setWordWrap(true);
    m_apiKeyEnv->setPlaceholderText(tr("optional, e.g. OPENROUTER_API_KEY"));
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(96);
    m_prompt->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_prompt->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_prompt->setToolTip(tr("{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image."));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_maxLength->setSpecialValueText(tr("no limit"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnection"));

    auto *backendBox = new QGroupBox(tr("Backend"), this);
    auto *backendLayout = new QFormLayout(backendBox);
    backendLayout->addRow(tr("Caption with:"), m_backend);
    backendLayout->addRow(m_backendPages);
    backendLayout->addRow(tr("API key:"), m_apiKey);
    backendLayout->addRow(QString(), m_keyStatus);
    backendLayout->addRow(tr("Key from variable:"), m_apiKeyEnv);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    backendLayout->addRow(testRow);

    auto *requestBox = new QGroupBox(tr("Prompt and requests"), this);
    auto *requestLayout = new QFormLayout(requestBox);
    requestLayout->addRow(tr("Prompt:"), m_prompt);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Max tokens:"), this));
    numbers->addWidget(m_maxTokens);
    numbers->addSpacing(12);
    numbers->addWidget(new QLabel(tr("Temperature:"), this));
    numbers->addWidget(m_temperature);
    numbers->addStretch();
    requestLayout->addRow(numbers);
    auto *limits = new QHBoxLayout;
    limits->addWidget(new QLabel(tr("In flight:"), this));
    limits->addWidget(m_concurrency);
    limits->addSpacing(12);
    limits->addWidget(new QLabel(tr("Timeout:"), this));
    limits->addWidget(m_timeout);
    limits->addSpacing(12);
    limits->addWidget(new QLabel(tr("Image long side:"), this));
    limits->addWidget(m_maxSide);
    limits->addStretch();
    requestLayout->addRow(limits);

    auto *cleanBox = new QGroupBox(tr("Clean-up of answers"), this);
    auto *cleanLayout = new QFormLayout(cleanBox);
    cleanLayout->addRow(m_stripBoilerplate);
    cleanLayout->addRow(m_oneLine);
    cleanLayout->addRow(m_triggerFirst);
    cleanLayout->addRow(tr("Length cap:"), m_maxLength);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 0); // clear of the scroll bar
    layout->addWidget(backendBox);
    layout->addWidget(requestBox);
    layout->addWidget(cleanBox);
    layout->addStretch();

    connect(m_backend, &QComboBox::currentIndexChanged, this, &CaptionSettingsPage::backendChanged);
    connect(m_openAiPreset, &QComboBox::activated, this, &CaptionSettingsPage::applyOpenAiPreset);
    connect(m_replicatePreset, &QComboBox::activated, this, &CaptionSettingsPage::applyReplicatePreset);
    connect(m_refreshModels, &QPushButton::clicked, this, &CaptionSettingsPage::refreshModels);
    connect(m_test, &QPushButton::clicked, this, &CaptionSettingsPage::testConnection);
    connect(m_apiKey, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &CaptionSettingsPage::lookUpStoredKey);

    setSettings(load());
}

CaptionSettingsPage::~CaptionSettingsPage()
{
    // A test or a model list still running: abort its requests (answered within 100 ms) and wait for it,
    // as it uses the client.
    m_cancel->store(true);
    for (QFuture<void> &f : m_running)
        f.waitForFinished();
}

CaptionSettings CaptionSettingsPage::load()
{
    const QByteArray json = QSettings().value(QStringLiteral("caption/settings")).toByteArray();
    return json.isEmpty() ? CaptionSettings() : CaptionSettings::fromJson(QJsonDocument::fromJson(json).object());
}

void CaptionSettingsPage::save(const CaptionSettings &settings)
{
    QSettings().setValue(QStringLiteral("caption/settings"), QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
}

CaptionSettings CaptionSettingsPage::settings() const
{
    CaptionSettings s;
    s.backend = fromKey<CaptionBackendKind>(m_backend->currentData().toString()).value_or(CaptionBackendKind::OpenAi);
    s.baseUrl = m_baseUrl->text().trimmed();
    while (s.baseUrl.endsWith(QLatin1Char('/')))
        s.baseUrl.chop(1);
    if (s.backend == CaptionBackendKind::Replicate) {
        s.model = m_replicateModel->text().trimmed();
        s.imageInput = m_imageInput->text().trimmed().isEmpty() ? QStringLiteral("image") : m_imageInput->text().trimmed();
        s.promptInput = m_promptInput->text().trimmed();
        s.extraInput = m_extraInput->text().trimmed();
    } else {
        s.model = m_model->currentText().trimmed();
    }
    s.apiKeyEnv = m_apiKeyEnv->text().trimmed();
    s.prompt = m_prompt->toPlainText().trimmed();
    s.maxTokens = m_maxTokens->value();
    s.temperature = m_temperature->value();
    s.concurrency = m_concurrency->value();
    s.timeoutSeconds = m_timeout->value();
    s.maxSide = m_maxSide->value();
    s.stripBoilerplate = m_stripBoilerplate->isChecked();
    s.oneLine = m_oneLine->isChecked();
    s.triggerFirst = m_triggerFirst->isChecked();
    s.maxLength = m_maxLength->value();
    return s;
}

void CaptionSettingsPage::setSettings(const CaptionSettings &s)
{
    m_backend->setCurrentIndex(std::max(0, m_backend->findData(toKey(s.backend))));
    m_baseUrl->setText(s.baseUrl);
    const int preset = m_openAiPreset->findData(s.baseUrl);
    m_openAiPreset->setCurrentIndex(preset >= 0 ? preset : m_openAiPreset->count() - 1);
    if (s.backend == CaptionBackendKind::Replicate) {
        m_replicateModel->setText(s.model);
        int found = m_replicatePreset->count() - 1; // any model
        for (const ReplicateCaptionPreset &p : ReplicateCaptionPreset::all()) {
            if (!p.model.isEmpty() && s.model.section(QLatin1Char(':'), 0, 0) == p.model)
                found = m_replicatePreset->findData(p.key);
        }
        m_replicatePreset->setCurrentIndex(found);
    } else {
        m_model->setCurrentText(s.model);
        applyReplicatePreset(0); // sensible inputs if the user switches to Replicate
    }
    m_imageInput->setText(s.backend == CaptionBackendKind::Replicate ? s.imageInput : m_imageInput->text());
    if (s.backend == CaptionBackendKind::Replicate) {
        m_promptInput->setText(s.promptInput);
        m_extraInput->setText(s.extraInput);
    }
    m_apiKeyEnv->setText(s.apiKeyEnv);
    m_prompt->setPlainText(s.prompt);
    m_maxTokens->setValue(s.maxTokens);
    m_temperature->setValue(s.temperature);
    m_concurrency->setValue(s.concurrency);
    m_timeout->setValue(s.timeoutSeconds);
    m_maxSide->setValue(s.maxSide);
    m_stripBoilerplate->setChecked(s.stripBoilerplate);
    m_oneLine->setChecked(s.oneLine);
    m_triggerFirst->setChecked(s.triggerFirst);
    m_maxLength->setValue(s.maxLength);
    backendChanged();
}

void CaptionSettingsPage::backendChanged()
{
    const bool replicate = m_backend->currentData().toString() == toKey(CaptionBackendKind::Replicate);
    m_backendPages->setCurrentIndex(replicate ? 1 : 0);
    // Only the shown page takes room (a stack is as tall as its tallest page otherwise).
    for (int i = 0; i < m_backendPages->count(); ++i) {
        const bool current = i == m_backendPages->currentIndex();
        m_backendPages->widget(i)->setSizePolicy(QSizePolicy::Preferred, current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_backendPages->adjustSize();
    m_apiKey->setPlaceholderText(replicate ? tr("Replicate API token (r8_…)") : tr("only for servers that need one"));
    lookUpStoredKey();
}

void CaptionSettingsPage::applyOpenAiPreset(int index)
{
    const QString url = m_openAiPreset->itemData(index).toString();
    if (url.isEmpty())
        return; // other server: the user types it
    m_baseUrl->setText(url);
    if (index >= 0 && index < int(std::size(ServerPresets)))
        m_apiKeyEnv->setText(QString::fromLatin1(ServerPresets[index].keyVariable));
    lookUpStoredKey();
}

void CaptionSettingsPage::applyReplicatePreset(int index)
{
    const ReplicateCaptionPreset *preset = ReplicateCaptionPreset::find(m_replicatePreset->itemData(index).toString());
    if (!preset)
        return;
    CaptionSettings s;
    preset->applyTo(s);
    if (!preset->model.isEmpty())
        m_replicateModel->setText(preset->model);
    else
        m_replicateModel->clear();
    m_imageInput->setText(s.imageInput);
    m_promptInput->setText(s.promptInput);
    m_extraInput->setText(s.extraInput);
}

void CaptionSettingsPage::lookUpStoredKey()
{
    if (m_keyEdited)
        return;
    const QString key = CaptionJob::secretKey(settings());
    if (key == m_storedKeyFor)
        return;
    m_storedKeyFor = key;
    m_keyStatus->setText(tr("Looking in the keychain…"));
    SecretStore().lookupAsync(key, QString(), this, [this, key](const Secret &secret) {
        if (key != m_storedKeyFor)
            return;
        if (secret.source == SecretSource::Keychain)
            m_keyStatus->setText(tr("A key is stored in the keychain. Type a new one to replace it; clear the field and "
                                    "save to remove it."));
        else if (!secret.keychainProblem.isEmpty())
            m_keyStatus->setText(secret.keychainProblem);
        else
            m_keyStatus->setText(tr("No key stored. Keys are kept in the system keychain, never in a settings file."));
        if (secret.source == SecretSource::Keychain)
            m_apiKey->setPlaceholderText(tr("•••••••• (stored)"));
    });
}

void CaptionSettingsPage::withKey(const std::function<void(const QString &key)> &then)
{
    if (m_keyEdited) {
        then(m_apiKey->text().trimmed());
        return;
    }
    const CaptionSettings s = settings();
    SecretStore().lookupAsync(CaptionJob::secretKey(s), CaptionJob::secretVariable(s), this,
        [then](const Secret &secret) { then(secret.value); });
}

void CaptionSettingsPage::commit(const std::function<void(const QString &)> &done)
{
    if (!m_keyEdited) {
        done({});
        return;
    }
    const QString key = CaptionJob::secretKey(settings());
    SecretStore().storeAsync(key, m_apiKey->text().trimmed(), this, [this, done](const Result<void> &stored) {
        if (stored) {
            m_keyEdited = false;
            m_apiKey->clear();
            m_storedKeyFor.clear();
            lookUpStoredKey();
        }
        done(stored ? QString() : stored.error().message);
    });
}

QString CaptionSettingsPage::testResult() const
{
    return m_testResult->text();
}

void CaptionSettingsPage::refreshModels()
{
    m_refreshModels->setEnabled(false);
    withKey([this](const QString &key) { listModelsWith(key); });
}

void CaptionSettingsPage::listModelsWith(const QString &key)
{
    const CaptionSettings s = settings();
    net::HttpClient *http = m_http.get();
    auto future = async::run(QThreadPool::globalInstance(), [s, key, http, cancel = m_cancel]() -> Result<QStringList> {
        OpenAiCaptionBackend backend(*http, s, key);
        return backend.listModels(cancel.get());
    });
    m_running.append(QFuture<void>(future));
    async::onResult(future, this, [this](const Result<QStringList> &models) {
        m_refreshModels->setEnabled(true);
        if (!models) {
            m_testResult->setText(tr("Cannot list the server's models: %1").arg(models.error().message));
            return;
        }
        const QString current = m_model->currentText();
        m_model->clear();
        m_model->addItems(*models);
        m_model->setCurrentText(current.isEmpty() && !models->isEmpty() ? models->first() : current);
        m_testResult->setText(tr("The server offers %n model(s).", nullptr, int(models->size())));
        Q_EMIT modelsLoaded(*models);
    });
}

void CaptionSettingsPage::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending a test image…"));
    withKey([this](const QString &key) { testWith(key); });
}

void CaptionSettingsPage::testWith(const QString &key)
{
    const CaptionSettings s = settings();
    net::HttpClient *http = m_http.get();
    const QByteArray image = testImage();
    auto future = async::run(QThreadPool::globalInstance(), [s, key, http, image, cancel = m_cancel]() -> TestOutcome {
        QElapsedTimer clock;
        clock.start();
        auto backend = makeCaptionBackend(*http, s, key);
        if (!backend)
            return {false, backend.error().message};
        if (auto prepared = (*backend)->prepare(cancel.get()); !prepared)
            return {false, prepared.error().message};
        auto jpeg = captionJpeg(image, 512);
        if (!jpeg)
            return {false, jpeg.error().message};
        auto caption = (*backend)->caption(CaptionInput{*jpeg, s.prompt}, cancel.get());
        if (!caption)
            return {false, caption.error().message};
        return {true, CaptionSettingsPage::tr("Works: %1 answered in %2 s: “%3”")
                          .arg((*backend)->model())
                          .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                          .arg(caption->simplified().left(300))};
    });
    m_running.append(QFuture<void>(future));
    async::onResult(future, this, [this](const TestOutcome &outcome) {
        m_test->setEnabled(true);
        m_testResult->setText(outcome.ok ? outcome.text : tr("Failed: %1").arg(outcome.text));
        Q_EMIT testFinished(outcome.ok);
    });
}

} // namespace lc::ui
