#pragma once

#include "async/async.h"
#include "library/libraryservice.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace lc::ui {

// Dataset → Find Duplicates…: the near-duplicate groups of the dataset (or of its whole workspace), one
// after another, their images side by side with what tells them apart (resolution, file size, format,
// sharpness, caption, tags, similarity), the suggested keeper chosen and why. Keep the chosen one (the
// others go to the trash, optionally giving it their missing tags and the longest caption: one undo
// step), or keep all (the pair is never proposed again), or skip. Keys: ←/→ group, 1-9 choose,
// Enter keep, A keep all.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)

public:
    DuplicatesDialog(const LibraryService &service, QUndoStack *undo, const Dataset &dataset, QWidget *parent = nullptr);

    void search();
    const curation::DuplicateReport &report() const { return m_report; }
    int currentGroup() const { return m_current; }
    void showGroup(int index);
    int keeper() const; // the chosen member of the current group
    void setKeeper(int member);
    bool isResolved(int group) const { return m_resolved.contains(group); }
    bool isLoading() const { return m_searchRun.isRunning() || m_detailsRun.isRunning(); }

    void keepChosen();
    void keepAll();
    void nextGroup();
    void previousGroup();

    // For tests.
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *sensitivityBox() const { return m_sensitivity; }
    QListWidget *groupList() const { return m_groups; }
    QCheckBox *mergeTagsBox() const { return m_mergeTags; }
    QComboBox *captionBox() const { return m_caption; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void searched();
    void groupShown(int group);
    void message(const QString &text);

private:
    void showDetails(const QList<ItemDetail> &details);
    void markResolved(int group, const QString &how);
    void moveToUnresolved(int from, int step);

    const LibraryService &m_service;
    QUndoStack *m_undo;
    Dataset m_dataset;
    async::Latest<Result<curation::DuplicateReport>> m_searchRun;
    async::Latest<Result<QList<ItemDetail>>> m_detailsRun;
    curation::DuplicateReport m_report;
    QHash<ItemId, ItemDetail> m_details;
    QHash<int, QString> m_resolved; // group -> what was done
    int m_current = -1;

    QComboBox *m_scope;
    QComboBox *m_sensitivity;
    QPushButton *m_searchButton;
    QLabel *m_summary;
    QListWidget *m_groups;
    QWidget *m_cards;
    QHBoxLayout *m_cardsLayout;
    QButtonGroup *m_choice;
    QLabel *m_reason;
    QCheckBox *m_mergeTags;
    QComboBox *m_caption;
    QPushButton *m_keep;
    QPushButton *m_keepAll;
    QPushButton *m_skip;
};

} // namespace lc::ui
