#pragma once

#include "async/async.h"
#include "caption/captionedit.h"
#include "catalog/itemtypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace lc {
class LibraryService;
}

namespace lc::ui {

// Find & Replace in Captions (Ctrl+H) and Apply Caption Template: the change to make, over the selection
// or the whole dataset, with a live preview of every caption it would change (before → after). Apply
// writes them as one undo step; a caption edited since the preview is left alone (and reported).
class CaptionEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionEditDialog)

public:
    enum class Mode { Replace, Template };

    CaptionEditDialog(Mode mode, const LibraryService &service, const Dataset &dataset, QList<ItemId> selection,
        QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // What Apply writes: the changes of the newest preview.
    const QList<CaptionEdit> &changes() const { return m_preview.changes; }
    FindReplace spec() const;
    QString captionTemplate() const;
    bool isPreviewing() const { return m_run.isRunning() || m_delay->isActive(); }

    void setFind(const QString &find, const QString &replace, bool regex = false, bool caseSensitive = false);
    void setTemplate(const QString &captionTemplate);
    void setWholeDataset(bool whole);

Q_SIGNALS:
    void previewed();

private:
    void preview();
    CaptionScope scope() const;

    Mode m_mode;
    const LibraryService &m_service;
    Dataset m_dataset;
    QList<ItemId> m_selection;
    CaptionPreview m_preview;
    async::Latest<Result<CaptionPreview>> m_run;
    QTimer *m_delay;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLineEdit *m_template = nullptr;
    QRadioButton *m_selected;
    QRadioButton *m_whole;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_apply;
};

} // namespace lc::ui
