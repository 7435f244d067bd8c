#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace lc::ui {

// Help → Keyboard Shortcuts: every menu action that has a shortcut, by menu, and the keys the editors
// handle themselves (Escape in the caption box, Ctrl+Enter in the tag box, ...). Read from the menus
// when it opens, so it never lists a shortcut the window does not have.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace lc::ui
