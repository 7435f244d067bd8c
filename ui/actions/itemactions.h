#pragma once

#include "catalog/itemtypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QUndoStack;

namespace lc {
class CatalogWriter;
class LibraryService;
}

namespace lc::ui {

class SelectionContext;

// What can be done to the selected images: keep, reject, trash, restore, rate, tag, crop to content (after Dolphin's
// DolphinViewActionHandler). The grid's shortcuts and the editor's buttons both come here; every edit is
// an undo step on the window's history, shown at once through the SelectionContext.
class ItemActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemActions)

public:
    ItemActions(const LibraryService &service, QUndoStack *history, SelectionContext &context, QObject *parent = nullptr);

    // For the Image menu, with their shortcuts (add them to the widget where they should work).
    QList<QAction *> menuActions() const { return m_actions; }

    void setStatus(ItemStatus status);
    void toggleRejected();
    void restoreFromTrash();
    void setRating(int rating);
    void addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);
    // Gives the one selected image its tags in this order (drag to reorder in the editor): one undo step.
    void setTagOrder(const QStringList &tags);
    // The tags of the selection (all of one image in order; with several, those every image has) to the
    // clipboard as "a, b, c"; and the clipboard's comma-separated tags added to every selected image.
    void copyTags();
    void pasteTags();
    // The actions of the tiles' context menu that are not in menuActions().
    QAction *copyTagsAction() const { return m_copyTags; }
    QAction *pasteTagsAction() const { return m_pasteTags; }
    // Crops each selected letterboxed image to the picture inside its bars (one undo step); clears crops.
    void cropToContent();
    void clearCrops();
    // Edit Crop… (C): the crop tool on the current image; OK stores the crop as one undo step.
    void editCrop();
    // The crop dialog while it is open (tests).
    QWidget *cropDialog() const { return m_cropDialog; }

Q_SIGNALS:
    void aboutToEdit();          // save the caption being typed first
    void statusEdited();         // the images may leave the current filter now
    void editCaptionRequested(); // Enter on the grid
    void message(const QString &text); // for the status bar / a toast

private:
    void editTags(const QStringList &add, const QStringList &remove);
    QAction *addAction(const QString &text, const QKeySequence &key);

    const LibraryService &m_service;
    CatalogWriter &m_writer;
    QUndoStack *m_history;
    SelectionContext &m_context;
    QList<QAction *> m_actions;
    QAction *m_copyTags = nullptr;
    QAction *m_pasteTags = nullptr;
    QPointer<QWidget> m_cropDialog;
};

} // namespace lc::ui
