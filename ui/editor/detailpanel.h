#pragma once

#include "async/async.h"
#include "catalog/itemtypes.h"
#include "util/result.h"

#include <QHash>
#include <QWidget>

class QAction;
class QButtonGroup;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStringListModel;
class QTimer;
class QUndoStack;

namespace lc {
class CatalogWriter;
class LibraryService;
}

namespace lc::ui {

class ItemActions;
class PreviewWidget;
class SelectionContext;

// Right panel: the selected item's preview, facts, caption, tags, keep/reject and rating; with several
// items selected, their common tags and batch operations. Every edit goes through the current dataset's
// undo stack; the caption is saved after a short pause and when the editor loses focus.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    DetailPanel(const LibraryService &service, SelectionContext &context, ItemActions &actions, QWidget *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_stack = stack; }
    // The window's Undo and Redo, shown in the caption box's context menu instead of its own.
    void setHistoryActions(QAction *undo, QAction *redo);
    void setDataset(DatasetId dataset);
    void setSelection(const QList<ItemId> &items);
    QList<ItemId> selection() const { return m_selection; }
    // Re-reads the shown items if any of these changed (an edit landed, an undo ran).
    void itemsChanged(const QList<ItemId> &items);
    // Saves a pending caption edit now (before switching items, quitting, ...).
    void commitCaption();
    void focusCaption();

    QPlainTextEdit *captionEditor() const { return m_caption; }
    PreviewWidget *preview() const { return m_preview; }
    QLineEdit *tagInput() const { return m_tagInput; }
    QLabel *titleLabel() const { return m_title; }
    // Where the caption came from, under the caption box (tests).
    QString captionInfoText() const;
    // "What the trainer will read", with its token counts, under the tags (tests: as plain text).
    QString trainerReadsText() const;
    QWidget *zoomButton() const;

Q_SIGNALS:
    void detailsShown(); // after the selection's data arrived (tests)
    // The user started typing in the caption of `item` (the grid keeps it in view until they move on).
    void captionEditingStarted(lc::ItemId item);
    // Escape in the caption or tag box: the caption is saved, and the grid should take the keyboard.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    // `seen`: the writer's completed() when the details were read (see CatalogWriter).
    void showDetails(const QList<ItemDetail> &details, quint64 seen);
    void showCaption(const ItemDetail &detail, quint64 seen);
    void updateCaptionInfo();
    void updateTrainerReads();
    void updateStars(int rating);
    void showEmptyHint();
    void showEdited();
    void refreshTagCompletion();
    void updateTagList();

    const LibraryService &m_service;
    SelectionContext &m_context;
    ItemActions &m_actions;
    CatalogWriter &m_writer;
    async::Latest<Result<QList<ItemDetail>>> m_loadRun;
    async::Latest<Result<QList<TagCount>>> m_tagRun;
    QUndoStack *m_stack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    DatasetId m_dataset;
    QList<ItemId> m_selection;
    QList<ItemDetail> m_details;
    QString m_savedCaption; // what the catalog holds (or will, once our last save lands) for the shown item
    ItemId m_shownItem;     // the item whose caption the editor holds
    struct PendingCaption
    {
        quint64 write = 0; // the writer's sequence number of the save
        QString text;
    };
    // Captions this editor saved that a read may not see yet (per item: the user can click away and back
    // while the writer is busy). An entry goes when a read started after its write landed.
    QHash<ItemId, PendingCaption> m_pendingCaptions;
    bool m_editingSignaled = false;
    bool m_updating = false;

    QStackedWidget *m_pages;
    QLabel *m_emptyText = nullptr;
    QLabel *m_title;
    PreviewWidget *m_preview;
    QLabel *m_facts;
    QPushButton *m_keep;
    QPushButton *m_reject;
    QPushButton *m_zoom;
    QButtonGroup *m_stars;
    QPlainTextEdit *m_caption;
    QTimer *m_captionTimer;
    QLabel *m_captionState;
    QLabel *m_captionInfo; // where the caption came from
    QLabel *m_trainerReads; // what the trainer will read of the shown image, with its token counts
    CaptionProvenance m_shownProvenance;
    QListWidget *m_tags;
    QLineEdit *m_tagInput;
    QCompleter *m_completer;
    QStringListModel *m_completions;
};

} // namespace lc::ui
