#pragma once

#include "async/async.h"
#include "catalog/types.h"
#include "library/libraryservice.h"

#include <QTreeWidget>
#include <QWidget>

#include <functional>

class QLabel;


namespace lc::ui {

// The tree of workspaces and datasets. Dataset nodes accept dropped files and folders.
class LibraryTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryTree)

public:
    explicit LibraryTree(QWidget *parent = nullptr);

Q_SIGNALS:
    void filesDropped(lc::DatasetId dataset, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

// Left panel: workspaces and their datasets with item counts; create, rename (F2), delete (with a
// confirmation that says how much goes), context menus. Loads off the GUI thread.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole };
    enum Kind { WorkspaceNode = 1, DatasetNode = 2 };

    explicit LibraryPanel(const LibraryService &service, QWidget *parent = nullptr);

    // Reloads the tree and then selects `select` (or keeps the current dataset).
    void reload(DatasetId select = {});
    // On the first load: selects `preferred` if it exists, else the first dataset (unless one is shown).
    void selectInitial(DatasetId preferred);
    // Reloads and announces `select` as newly selected even if it was the one shown (the views cleared it
    // for a deletion that then failed).
    void reannounce(DatasetId select);
    DatasetId currentDataset() const;
    WorkspaceId currentWorkspace() const;
    std::optional<Dataset> dataset(DatasetId id) const;
    int currentTrashCount() const; // of the current dataset (0 for none)
    std::optional<Workspace> workspace(WorkspaceId id) const;
    // True while a reload is on its way (it will set the selection it was asked for).
    bool isReloading() const { return m_reloading; }
    DatasetId firstDataset() const { return m_datasets.isEmpty() ? DatasetId() : m_datasets.first().id; }
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    LibraryTree *tree() const { return m_tree; }

    // Asks the user to confirm a deletion; tests replace it.
    std::function<bool(const QString &title, const QString &text)> confirm;

public Q_SLOTS:
    void newWorkspace();
    void newDataset();
    void renameCurrent();
    void deleteCurrent();
    void duplicateCurrent();
    void moveCurrent(WorkspaceId workspace);
    // Deletes the current dataset's trashed images for good, after confirmation (not undoable).
    void emptyTrash();
    // Opens the settings of the current dataset (trigger, class, model, resolution, notes).
    void editSettings();
    // Saves settings off the GUI thread and reloads (tests call it directly).
    void saveSettings(DatasetId dataset, const DatasetSettings &settings);

Q_SIGNALS:
    // Another dataset became current (an invalid one: none, e.g. after the current one was deleted).
    void datasetSelected(const lc::Dataset &dataset);
    // The current dataset's name, settings or counts changed (same id).
    void datasetUpdated(const lc::Dataset &dataset);
    // The user confirmed a deletion; the owner performs it (as an undoable command).
    void deleteDatasetRequested(const lc::Dataset &dataset);
    void deleteWorkspaceRequested(const lc::Workspace &workspace);
    // The user edited a name in the tree; the owner performs it (as an undoable command).
    void renameDatasetRequested(lc::DatasetId dataset, const QString &oldName, const QString &newName);
    void renameWorkspaceRequested(lc::WorkspaceId workspace, const QString &oldName, const QString &newName);
    void filesDropped(lc::DatasetId dataset, const QStringList &paths);
    void message(const QString &text);
    void loaded();
    void trashEmptied(lc::DatasetId dataset); // the grid reloads

private:
    void populate(const QList<Workspace> &workspaces, const QList<Dataset> &datasets, DatasetId select);
    void showContextMenu(const QPoint &pos);
    void commitRename(QTreeWidgetItem *item);
    QTreeWidgetItem *findDatasetItem(DatasetId id) const;

    const LibraryService &m_service;
    async::Latest<Result<LibraryContents>> m_reloadRun;
    bool m_reloading = false;
    LibraryTree *m_tree;
    QList<Workspace> m_workspaces;
    QList<Dataset> m_datasets;
    bool m_populating = false;
    DatasetId m_requestedSelection;
    Dataset m_shown; // what datasetSelected/datasetUpdated last announced
};

} // namespace lc::ui
