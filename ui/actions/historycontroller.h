#pragma once

#include "catalog/types.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoStack;

namespace lc {
class CatalogWriter;
}

namespace lc::ui {

// The window's one edit history: its QUndoStack, the Undo and Redo actions (each key bound once, the
// step named in the menu and the tooltip, and the dataset when it is not the one on screen), confirmed
// redo of deletions, and the deletions and renames of datasets and workspaces as undoable commands.
class HistoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)

public:
    HistoryController(CatalogWriter &writer, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Asks before redoing a deletion; names datasets in the menu. Set by the window.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;
    std::function<QString(DatasetId)> datasetName;
    // The dataset on screen (steps of other datasets say which one they belong to).
    void setShown(const Dataset &dataset);

    void undo();
    void redo();
    void deleteDataset(const Dataset &dataset);
    void deleteWorkspace(const Workspace &workspace);
    void renameDataset(DatasetId dataset, const QString &oldName, const QString &newName);
    void renameWorkspace(WorkspaceId workspace, const QString &oldName, const QString &newName);
    // Readers of the images the history's deletions can still bring back (gc keeps them); call the
    // readers on the writer's thread.
    QList<std::function<QStringList()>> heldImages() const;

Q_SIGNALS:
    void aboutToStep();                    // save the caption being typed: it is the step to undo
    void releaseShown();                   // the dataset on screen is being deleted: let go of it
    void libraryChanged(lc::DatasetId select); // reload the tree, selecting `select` when valid
    void deletionFailed(lc::DatasetId dataset);
    void message(const QString &text, const QString &actionText, const std::function<void()> &action);

private:
    void updateActions();
    void offerUndo(const QString &text);

    CatalogWriter &m_writer;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    Dataset m_shown;
};

} // namespace lc::ui
