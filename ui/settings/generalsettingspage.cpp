#include "generalsettingspage.h"

#include "common/recentlibraries.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc::ui {

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_reopenLast(new QCheckBox(tr("Open the library used last when LoRA Craft starts"), this))
    , m_clearRecent(new QPushButton(tr("Clear Recent Libraries"), this))
{
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reopenLast);
    layout->addLayout(recentRow);
    layout->addWidget(note);
    layout->addStretch(1);
}

void GeneralSettingsPage::save() const
{
    RecentLibraries::setReopenLast(m_reopenLast->isChecked());
}

} // namespace lc::ui
