#include "generalsettingspage.h"

#include "catalog/snapshots.h"
#include "common/recentlibraries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lc::ui {

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_reopenLast(new QCheckBox(tr("Open the library used last when LoRA Craft starts"), this))
    , m_dailySnapshot(new QCheckBox(tr("Take a snapshot of the catalog once a day while a library is open"), this))
    , m_keepSnapshots(new QSpinBox(this))
    , m_clearRecent(new QPushButton(tr("Clear Recent Libraries"), this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *languageNote = new QLabel(tr("Applies the next time LoRA Craft starts."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote);
    languageRow->addStretch(1);
    m_dailySnapshot->setObjectName(QStringLiteral("dailySnapshot"));
    m_dailySnapshot->setChecked(Snapshots::storedDaily());
    m_dailySnapshot->setToolTip(tr("Snapshots are consistent copies of the catalog in the library's snapshots folder; "
                                   "File → Restore Snapshot… puts one back"));
    m_keepSnapshots->setObjectName(QStringLiteral("keepSnapshots"));
    m_keepSnapshots->setRange(1, 1000);
    m_keepSnapshots->setValue(Snapshots::storedKeepCount());
    m_keepSnapshots->setSuffix(tr(" snapshots"));
    m_keepSnapshots->setToolTip(tr("Older snapshots are removed when a new one is taken; the images they name are kept "
                                   "until no snapshot names them"));
    m_reopenLast->setObjectName(QStringLiteral("reopenLast"));
    m_reopenLast->setChecked(RecentLibraries::reopenLast());
    m_reopenLast->setToolTip(tr("Otherwise LoRA Craft opens its default library (or the one given with --library)"));
    const int recent = int(RecentLibraries::list().size());
    m_clearRecent->setEnabled(recent > 0);
    m_clearRecent->setToolTip(tr("Empty File → Open Recent (%n librar(y/ies) listed); no library is touched", nullptr, recent));
    connect(m_clearRecent, &QPushButton::clicked, this, [this] {
        RecentLibraries::clear();
        m_clearRecent->setEnabled(false);
    });
    auto *note = new QLabel(tr("File → Open Library… (Ctrl+O) switches libraries; a second launch of LoRA Craft brings "
                               "this window to the front instead of opening another."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *recentRow = new QHBoxLayout;
    recentRow->addWidget(m_clearRecent);
    recentRow->addStretch(1);
    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep the newest"), this);
    keepLabel->setBuddy(m_keepSnapshots);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keepSnapshots);
    keepRow->addStretch(1);
    auto *snapshotsTitle = new QLabel(tr("<b>Catalog snapshots</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addSpacing(12);
    layout->addWidget(m_reopenLast);
    layout->addLayout(recentRow);
    layout->addWidget(note);
    layout->addSpacing(12);
    layout->addWidget(snapshotsTitle);
    layout->addWidget(m_dailySnapshot);
    layout->addLayout(keepRow);
    layout->addStretch(1);
}

QString GeneralSettingsPage::storedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QList<std::pair<QString, QString>> GeneralSettingsPage::languages()
{
    // Each in its own language: whoever cannot read the current one finds theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

void GeneralSettingsPage::save() const
{
    QSettings settings;
    if (m_language->currentData().toString().isEmpty())
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    RecentLibraries::setReopenLast(m_reopenLast->isChecked());
    Snapshots::setStoredDaily(m_dailySnapshot->isChecked());
    Snapshots::setStoredKeepCount(m_keepSnapshots->value());
}

} // namespace lc::ui
