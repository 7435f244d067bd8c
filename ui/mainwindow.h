#pragma once

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace lc {
class Library;
}

namespace lc::ui {

// The main window. For now: the workspace/dataset tree of the open library, loaded off the GUI thread.
// The three-panel layout (grid, editor, tasks) arrives with the main-window issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Re-reads workspaces and datasets in the background and fills the tree when done.
    void reload();

private:
    Library &m_library;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace lc::ui
