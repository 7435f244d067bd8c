#pragma once

#include "async/async.h"
#include "catalog/itemtypes.h"
#include "library/libraryservice.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace lc::ui {

// The items of the current dataset query, in order. Holds only the ordered ids (loaded by one async
// query and one reset); row data is loaded lazily in pages of PageSize rows on the read pool.
// data() never touches disk or SQL: a row whose page is not loaded yet shows as a placeholder and its
// page is requested.
class ItemGridModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemGridModel)

public:
    static constexpr int PageSize = 256;
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        RowRole,                   // lc::ItemRow, invalid while loading
        LoadedRole,                // bool
    };

    explicit ItemGridModel(const LibraryService &service, QObject *parent = nullptr);

    // Runs the query off the GUI thread and resets the model when it returns. When the new result only
    // adds or drops ids (an import, a trash, a filter change of one item), rows are inserted or removed
    // instead, keeping selection, scroll position and the loaded row data.
    void setQuery(const ItemQuery &query);
    void reload() { setQuery(m_query); }
    const ItemQuery &query() const { return m_query; }
    bool isLoading() const { return m_loading; }
    // The last query's error (the grid says it instead of showing an empty dataset), or empty.
    QString error() const { return m_error; }

    // Items that stay in the model although a reload of the same query no longer returns them (the
    // item whose caption is being typed, in a filter the save takes it out of). Clearing them does not
    // reload by itself.
    void setKept(const QList<ItemId> &items) { m_kept = items; }
    const QList<ItemId> &kept() const { return m_kept; }
    // Every item the grid shows, in its order (the "current view" scope of batch work).
    const QList<ItemId> &shownIds() const { return m_ids; }

    void setTargetResolution(int pixels) { m_targetResolution = pixels; }
    int targetResolution() const { return m_targetResolution; }
    // What the trainer reads (the "no caption" badge names it).
    void setCaptionSource(CaptionSource source) { m_captionSource = source; }
    CaptionSource captionSource() const { return m_captionSource; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    ItemId idAt(int row) const;
    int rowOf(ItemId id) const;
    const ItemRow *rowData(int row) const; // nullptr while loading (and requests the page)
    QList<ItemId> ids(const QModelIndexList &indexes) const;

    // Reloads the rows of these items (after an edit).
    void refresh(const QList<ItemId> &items);
    // Reloads every row loaded so far (the quality thresholds changed).
    void refreshLoaded();
    // Loads the pages of rows [first, last] ahead of painting.
    void prefetch(int first, int last) const;

Q_SIGNALS:
    void queryFinished();

private:
    void requestPage(int page) const;
    void resetTo(const QList<ItemId> &ids);
    bool applyDifference(const QList<ItemId> &ids);
    QList<ItemId> withKept(const QList<ItemId> &ids) const;
    void pageLoaded(int page, int generation, const QList<ItemRow> &rows);

    const LibraryService &m_service;
    async::Latest<Result<QList<ItemId>>> m_queryRun;
    QString m_error;
    ItemQuery m_query;      // the last one asked for
    ItemQuery m_shownQuery; // the one the rows were made by
    QList<ItemId> m_ids;
    QHash<ItemId, int> m_rowOf;
    mutable QHash<int, QList<ItemRow>> m_pages;
    mutable QSet<int> m_pendingPages;
    int m_generation = 0; // row positions: pages loaded for older positions are dropped
    bool m_loading = false;
    int m_targetResolution = 1024;
    CaptionSource m_captionSource = CaptionSource::Caption;
    QList<ItemId> m_kept;
};

} // namespace lc::ui
