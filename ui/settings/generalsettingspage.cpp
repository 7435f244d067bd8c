#include "generalsettingspage.h"

#include "catalog/snapshots.h"
#include "common/recentlibraries.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lc::ui {

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_reopenLast(new QCheckBox(tr("Open the library used last when LoRA Craft starts"), this))
    , m_dailySnapshot(new QCheckBox(tr("Take a snapshot of the catalog once a day while a library is open"), this))
    , m_keepSnapshots(new QSpinBox(this))
    , m_clearRecent(new QPushButton(tr("Clear Recent Libraries"), this))
{
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
    layout->addWidget(m_reopenLast);
    layout->addLayout(recentRow);
    layout->addWidget(note);
    layout->addSpacing(12);
    layout->addWidget(snapshotsTitle);
    layout->addWidget(m_dailySnapshot);
    layout->addLayout(keepRow);
    layout->addStretch(1);
}

void GeneralSettingsPage::save() const
{
    RecentLibraries::setReopenLast(m_reopenLast->isChecked());
    Snapshots::setStoredDaily(m_dailySnapshot->isChecked());
    Snapshots::setStoredKeepCount(m_keepSnapshots->value());
}

} // namespace lc::ui
