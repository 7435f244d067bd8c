#pragma once

#include "catalog/snapshots.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lc {
class LibraryService;
}

namespace lc::ui {

// File → Restore Snapshot…: the catalog's snapshots with their dates, why they were taken and what they
// hold; Take Snapshot Now; Restore… asks, then closes with the chosen snapshot, which the application
// restores once the library is closed (MainWindow::restoreSnapshotRequested).
class SnapshotsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotsDialog)

public:
    explicit SnapshotsDialog(const LibraryService &service, QWidget *parent = nullptr);

    // The snapshot to restore (its file name) once the dialog was accepted.
    QString chosenSnapshot() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *createButton() const { return m_create; }
    // Asks before a restore; tests replace it.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;

Q_SIGNALS:
    // The list was (re)loaded: tests wait for it.
    void loaded();

private:
    void reload();
    void takeSnapshot();
    void restoreSelected();
    void updateButtons();

    const LibraryService &m_service;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_restore;
    QList<Snapshots::SnapshotInfo> m_snapshots;
    QString m_chosen;
};

} // namespace lc::ui
