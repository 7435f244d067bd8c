#pragma once

#include "catalog/itemtypes.h"

#include <QList>
#include <QObject>

class QAction;
class QUndoStack;

namespace lc {
class CatalogWriter;
}

namespace lc::ui {

class SelectionContext;

// What can be done to the selected images: keep, reject, trash, restore, rate, tag (after Dolphin's
// DolphinViewActionHandler). The grid's shortcuts and the editor's buttons both come here; every edit is
// an undo step on the window's history, shown at once through the SelectionContext.
class ItemActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemActions)

public:
    ItemActions(CatalogWriter &writer, QUndoStack *history, SelectionContext &context, QObject *parent = nullptr);

    // For the Image menu, with their shortcuts (add them to the widget where they should work).
    QList<QAction *> menuActions() const { return m_actions; }

    void setStatus(ItemStatus status);
    void toggleRejected();
    void restoreFromTrash();
    void setRating(int rating);
    void addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);

Q_SIGNALS:
    void aboutToEdit();          // save the caption being typed first
    void statusEdited();         // the images may leave the current filter now
    void editCaptionRequested(); // Enter on the grid

private:
    void editTags(const QStringList &add, const QStringList &remove);
    QAction *addAction(const QString &text, const QKeySequence &key);

    CatalogWriter &m_writer;
    QUndoStack *m_history;
    SelectionContext &m_context;
    QList<QAction *> m_actions;
};

} // namespace lc::ui
