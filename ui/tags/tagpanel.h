#pragma once

#include "async/async.h"
#include "catalog/itemtypes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace lc {
class LibraryService;
}

namespace lc::ui {

// The Tags panel: every tag of the dataset with how many images have it (sortable by count or name,
// filterable). Clicking a tag shows only its images in the grid; Rename, Merge and Delete act on the whole
// dataset, each one undo step.
class TagPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPanel)

public:
    TagPanel(const LibraryService &service, QUndoStack &undo, QWidget *parent = nullptr);

    void setDataset(DatasetId dataset);
    void reload();

    // The edits (the buttons ask for names first; tests call these).
    void renameTag(const QString &from, const QString &to);
    void mergeTags(const QStringList &from, const QString &into);
    void deleteTags(const QStringList &tags);

    QList<TagCount> tags() const { return m_tags; }
    bool isLoading() const { return m_loading; }

    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;

Q_SIGNALS:
    void tagClicked(const QString &tag);
    void message(const QString &text);

private:
    void show(const QList<TagCount> &tags);
    QStringList selectedTags() const;
    void updateButtons();
    void edited(const Result<TagEditReport> &result);

    const LibraryService &m_service;
    QUndoStack &m_undo;
    DatasetId m_dataset;
    QList<TagCount> m_tags;
    bool m_loading = false;
    async::Latest<Result<QList<TagCount>>> m_run;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_delete;
};

} // namespace lc::ui
