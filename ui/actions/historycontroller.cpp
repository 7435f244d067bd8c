#include "historycontroller.h"

#include "edit/catalogwriter.h"
#include "edit/datasetcommands.h"
#include "edit/editcommand.h"

#include <QAction>
#include <QIcon>
#include <QUndoStack>

namespace lc::ui {

HistoryController::HistoryController(CatalogWriter &writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_stack(new QUndoStack(this))
    , m_undo(new QAction(tr("Undo"), this))
    , m_redo(new QAction(tr("Redo"), this))
{
    m_undo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    // The platform's Redo keys, plus Ctrl+Y where it is not one of them (Linux desktops bind only
    // Ctrl+Shift+Z); each key once, or Qt reports an ambiguous shortcut and neither works.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
#ifndef Q_OS_MACOS
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
#endif
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    m_redo->setShortcuts(redoKeys);
    m_undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    connect(m_undo, &QAction::triggered, this, &HistoryController::undo);
    connect(m_redo, &QAction::triggered, this, &HistoryController::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &HistoryController::updateActions);
    connect(m_stack, &QUndoStack::canUndoChanged, this, &HistoryController::updateActions);
    connect(m_stack, &QUndoStack::canRedoChanged, this, &HistoryController::updateActions);
    updateActions();
}

void HistoryController::setShown(const Dataset &dataset)
{
    m_shown = dataset;
    updateActions();
}

void HistoryController::undo()
{
    Q_EMIT aboutToStep(); // the words typed since the last save are the step to undo
    if (m_stack->canUndo())
        m_stack->undo();
}

void HistoryController::redo()
{
    Q_EMIT aboutToStep();
    if (!m_stack->canRedo())
        return;
    const auto *next = dynamic_cast<const EditCommand *>(m_stack->command(m_stack->index()));
    if (next && next->isDestructive()) {
        if (confirm && !confirm(tr("Redo"), tr("%1 again?\n\nYou can undo it again until you quit.").arg(next->text()), tr("Redo")))
            return;
        // Nothing keeps showing what is about to be deleted again.
        const IdMap &ids = m_writer.ids();
        const auto *workspaceDelete = dynamic_cast<const DeleteWorkspaceCommand *>(next);
        if ((next->dataset().isValid() && ids.dataset(next->dataset(), next->epoch()) == m_shown.id)
            || (workspaceDelete && ids.workspace(workspaceDelete->workspace(), next->epoch()) == m_shown.workspaceId))
            Q_EMIT releaseShown();
    }
    m_stack->redo();
}

void HistoryController::offerUndo(const QString &text)
{
    const int index = m_stack->index();
    Q_EMIT message(text, tr("Undo"), [this, index] {
        if (m_stack->index() == index)
            undo();
        else
            Q_EMIT message(tr("Other edits came after the deletion: use Edit → Undo to go back step by step."), QString(), {});
    });
}

void HistoryController::deleteDataset(const Dataset &dataset)
{
    Q_EMIT aboutToStep();
    // Nothing keeps showing (or editing) what is being deleted.
    if (dataset.id == m_shown.id)
        Q_EMIT releaseShown();
    const DatasetId id = dataset.id;
    m_stack->push(new DeleteDatasetCommand(m_writer, dataset, [this, id](DatasetId now, const Result<void> &r) {
        if (!r && !now.isValid())
            Q_EMIT deletionFailed(id); // show the dataset again
        else
            Q_EMIT libraryChanged(now);
    }));
    const int images = dataset.itemCount + dataset.trashedCount;
    offerUndo(images == 1 ? tr("Deleted dataset “%1” (1 image)").arg(dataset.name)
                          : tr("Deleted dataset “%1” (%2 images)").arg(dataset.name).arg(images));
}

void HistoryController::deleteWorkspace(const Workspace &workspace)
{
    Q_EMIT aboutToStep();
    if (m_shown.workspaceId == workspace.id)
        Q_EMIT releaseShown();
    m_stack->push(new DeleteWorkspaceCommand(m_writer, workspace, [this](WorkspaceId, const Result<void> &) {
        Q_EMIT libraryChanged(DatasetId());
    }));
    offerUndo(tr("Deleted workspace “%1”").arg(workspace.name));
}

void HistoryController::renameDataset(DatasetId dataset, const QString &oldName, const QString &newName)
{
    m_stack->push(new RenameCommand(m_writer, dataset, oldName, newName, [this] { Q_EMIT libraryChanged(DatasetId()); }));
}

void HistoryController::renameWorkspace(WorkspaceId workspace, const QString &oldName, const QString &newName)
{
    m_stack->push(new RenameCommand(m_writer, workspace, oldName, newName, [this] { Q_EMIT libraryChanged(DatasetId()); }));
}

QList<std::function<QStringList()>> HistoryController::heldImages() const
{
    QList<std::function<QStringList()>> holders;
    for (int i = 0; i < m_stack->count(); ++i) {
        const QUndoCommand *c = m_stack->command(i);
        if (const auto *d = dynamic_cast<const DeleteDatasetCommand *>(c))
            holders << d->heldHashes();
        else if (const auto *w = dynamic_cast<const DeleteWorkspaceCommand *>(c))
            holders << w->heldHashes();
    }
    return holders;
}

void HistoryController::updateActions()
{
    // Name the step, and the dataset when it is not the one on screen: there is one history per window.
    auto describe = [this](int index) {
        const QUndoCommand *c = m_stack->command(index);
        if (!c)
            return QString();
        const auto *edit = dynamic_cast<const EditCommand *>(c);
        const DatasetId dataset = edit ? m_writer.ids().dataset(edit->dataset(), edit->epoch()) : DatasetId();
        if (dataset.isValid() && dataset != m_shown.id && datasetName) {
            const QString name = datasetName(dataset);
            if (!name.isEmpty())
                return tr("%1 in “%2”").arg(c->text(), name);
        }
        return c->text();
    };
    const QString undoText = describe(m_stack->index() - 1);
    const QString redoText = describe(m_stack->index());
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    m_undo->setText(undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
    m_undo->setToolTip(tr("%1 (%2)").arg(m_undo->text(), m_undo->shortcut().toString(QKeySequence::NativeText)));
    m_redo->setToolTip(tr("%1 (%2)").arg(m_redo->text(), m_redo->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace lc::ui
