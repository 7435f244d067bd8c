#include "captiondialog.h"

#include "settings/captionsettingspage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lc::ui {

CaptionDialog::CaptionDialog(const Dataset &dataset, QList<ItemId> selection, QList<ItemId> shown, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_selection(std::move(selection))
    , m_shown(std::move(shown))
    , m_backend(new QLabel(this))
    , m_scope(new QButtonGroup(this))
    , m_mode(new QComboBox(this))
    , m_modeHelp(new QLabel(this))
{
    setWindowTitle(tr("Caption Images"));
    setObjectName(QStringLiteral("captionDialog"));
    m_backend->setWordWrap(true);
    auto *settingsButton = new QPushButton(tr("Settings…"), this);
    connect(settingsButton, &QPushButton::clicked, this, &CaptionDialog::settingsRequested);
    auto *backendRow = new QHBoxLayout;
    backendRow->addWidget(m_backend, 1);
    backendRow->addWidget(settingsButton);

    auto *selected = new QRadioButton(tr("Selected images (%n)", nullptr, int(m_selection.size())), this);
    auto *view = new QRadioButton(tr("Images shown in the grid (%n)", nullptr, int(m_shown.size())), this);
    auto *whole = new QRadioButton(tr("Every active image of %1 (%n)", nullptr, dataset.itemCount - dataset.rejectedCount).arg(dataset.name), this);
    m_scope->addButton(selected, int(Scope::Selection));
    m_scope->addButton(view, int(Scope::View));
    m_scope->addButton(whole, int(Scope::Dataset));
    selected->setEnabled(!m_selection.isEmpty());
    (m_selection.size() > 1 ? selected : whole)->setChecked(true);
    auto *scopeBox = new QVBoxLayout;
    for (QAbstractButton *b : m_scope->buttons())
        scopeBox->addWidget(b);

    m_mode->addItem(tr("Fill empty captions"), toKey(CaptionMode::FillEmpty));
    m_mode->addItem(tr("Replace generated captions"), toKey(CaptionMode::ReplaceAuto));
    m_mode->addItem(tr("Append to captions"), toKey(CaptionMode::Append));
    m_mode->addItem(tr("Replace all captions"), toKey(CaptionMode::ReplaceAll));
    m_mode->setObjectName(QStringLiteral("captionMode"));
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setForegroundRole(QPalette::PlaceholderText);
    auto updateHelp = [this] {
        switch (fromKey<CaptionMode>(m_mode->currentData().toString()).value_or(CaptionMode::FillEmpty)) {
        case CaptionMode::FillEmpty: m_modeHelp->setText(tr("Only images without a caption get one. Nothing is overwritten.")); break;
        case CaptionMode::ReplaceAuto:
            m_modeHelp->setText(tr("Empty captions and captions a model wrote are (re)generated. Captions you typed or imported stay."));
            break;
        case CaptionMode::Append: m_modeHelp->setText(tr("The model's caption is added after the existing one.")); break;
        case CaptionMode::ReplaceAll:
            m_modeHelp->setText(tr("Every caption is replaced, including ones you typed. You will be asked to confirm; Undo brings them back."));
            break;
        }
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, updateHelp);
    updateHelp();

    auto *form = new QFormLayout;
    form->addRow(tr("Backend:"), backendRow);
    form->addRow(tr("Caption:"), scopeBox);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(QString(), m_modeHelp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(tr("Start Captioning"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    reloadSettings();
    resize(560, sizeHint().height());
}

void CaptionDialog::reloadSettings()
{
    m_settings = CaptionSettingsPage::load();
    const bool replicate = m_settings.backend == CaptionBackendKind::Replicate;
    QString where = replicate ? tr("Replicate") : QUrl(m_settings.baseUrl).authority();
    if (m_settings.model.isEmpty())
        m_backend->setText(tr("No model is set yet: open Settings… to choose a server and a model."));
    else
        m_backend->setText(tr("%1 on %2 · %3 in flight").arg(m_settings.model, where).arg(m_settings.concurrency));
}

void CaptionDialog::setScope(Scope scope)
{
    if (QAbstractButton *b = m_scope->button(int(scope)); b && b->isEnabled())
        b->setChecked(true);
}

void CaptionDialog::setMode(CaptionMode mode)
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(toKey(mode))));
}

CaptionRequest CaptionDialog::request() const
{
    CaptionRequest r;
    r.dataset = m_dataset.id;
    r.mode = fromKey<CaptionMode>(m_mode->currentData().toString()).value_or(CaptionMode::FillEmpty);
    r.settings = m_settings;
    switch (Scope(m_scope->checkedId())) {
    case Scope::Selection: r.items = m_selection; break;
    case Scope::View: r.items = m_shown; break;
    case Scope::Dataset: break; // empty: every active item
    }
    return r;
}

} // namespace lc::ui
