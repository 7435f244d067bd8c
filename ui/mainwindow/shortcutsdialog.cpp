#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

void addMenu(QTreeWidget *list, const QMenu *menu, const QString &path)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString text = QString(a->text()).remove(QLatin1Char('&'));
        if (a->menu()) {
            addMenu(list, a->menu(), path + QStringLiteral(" › ") + text);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(list, {path});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group, {text, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 620);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction *a : menus->actions()) {
        if (a->menu())
            addMenu(m_list, a->menu(), QString(a->text()).remove(QLatin1Char('&')));
    }
    // Keys the editors handle themselves (no menu action).
    auto *editors = new QTreeWidgetItem(m_list, {tr("In the caption and tag boxes")});
    editors->setFirstColumnSpanned(true);
    editors->setExpanded(true);
    new QTreeWidgetItem(editors, {tr("Save the caption and return to the grid"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(editors, {tr("Add the tags as typed"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(editors, {tr("Add the first suggested tag"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(editors, {tr("Remove the selected tags (tag list)"), QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

} // namespace lc::ui
