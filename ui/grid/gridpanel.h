#pragma once

#include "async/async.h"
#include "curation/qualityreport.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QSlider;
class QTimer;
class QToolButton;

namespace lc {
class LibraryService;
}

namespace lc::ui {

class ItemDelegate;
class ItemGridModel;
class ItemGridView;
class ThumbnailCache;

// The centre panel: filter bar (search, status chips, sort), the quality bar (a chip per quality flag
// with its count in the dataset, which filters the grid, and the images not checked yet), the
// virtualized thumbnail grid and a footer with the item count and the zoom slider.
class GridPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridPanel)

public:
    explicit GridPanel(const LibraryService &service, QWidget *parent = nullptr);
    ~GridPanel() override;

    void setDataset(const Dataset &dataset); // invalid id: nothing selected
    // The same dataset with new settings or counts: badges and the count follow, the query is not re-run.
    void updateDataset(const Dataset &dataset);
    // Keeps `item` in the grid while it is being edited, even when the edit takes it out of the
    // current filter; it leaves after the selection moves on.
    void keepWhileEditing(ItemId item);
    // The user changed the status on purpose (trash, reject...): nothing is kept in view any more.
    void stopKeeping();
    DatasetId dataset() const { return m_dataset.id; }
    ItemGridModel *model() const { return m_model; }
    ItemGridView *view() const { return m_view; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QList<ItemId> selectedIds() const;
    // Selects and shows one item; false when the current filter hides it.
    bool selectItem(ItemId item);
    // Keyboard captioning: select the image `delta` rows from the current one (false at either end); the
    // next image without a caption after the current one, in the grid's order (asynchronous; false
    // through nextUncaptionedDone when there is none); invert the selection; give the grid the focus.
    bool step(int delta);
    void selectNextUncaptioned();
    void invertSelection();
    void focusView();
    void focusSearch();
    void setFilter(ItemQuery::Filter filter);
    // Shows just these items (all statuses but the trash), as "id:…" in the search box to clear or edit.
    void showItems(const QList<ItemId> &items);
    // Only items with this tag (empty: all); the Tags panel sets it when a tag is clicked.
    void setTagFilter(const QString &tag);
    QString tagFilter() const { return m_tag; }
    // Only items a trainer puts into this bucket (the Buckets panel's bars; nullopt: all).
    void setBucketFilter(const std::optional<ItemQuery::Bucket> &bucket);
    const std::optional<ItemQuery::Bucket> &bucketFilter() const { return m_bucket; }
    // Per item, the part of the image the trainer keeps (0…1 of the image), drawn on the tiles; empty: none.
    void setKeptRegions(const QHash<ItemId, QRectF> &regions);
    // Only items with one of these quality flags (bits 1 << curation::QualityFlag; 0: any).
    void setQualityFilter(quint32 flags);
    quint32 qualityFilter() const { return m_quality; }
    // Re-reads the quality counts of the dataset (after an analysis; reload() does it too).
    void refreshQuality();
    // The thresholds changed (Settings): badges, counts and the filter follow.
    void qualityThresholdsChanged();
    // The last counts shown (tests).
    const curation::QualityReport &qualitySummary() const { return m_qualitySummary; }
    QString countText() const;

    int tileSize() const;
    void setTileSize(int logicalPixels);

    // Re-runs the query (new items from an import, edits that change filtering).
    void reload();
    void refreshItems(const QList<ItemId> &items);

Q_SIGNALS:
    void selectionChanged(const QList<lc::ItemId> &selected);
    void nextUncaptionedDone(bool found);
    // Before a keyboard move to another image (the editor saves what was typed).
    void aboutToMove();
    void bucketFilterCleared(); // the user closed the bucket chip
    void tileSizeChanged(int logicalPixels);
    void tagFilterChanged(const QString &tag);
    void analyzeRequested(); // measure the images stored before quality measurements existed

private:
    void applyQuery();
    void updateTrashChip();
    void updateCount();
    void onSelectionChanged();
    void reselect(const QList<ItemId> &ids, ItemId current);
    void onVisibleRange(int first, int last);
    void showQualitySummary();

    const LibraryService &m_service;
    Dataset m_dataset;
    ItemGridModel *m_model;
    ThumbnailCache *m_thumbnails;
    ItemDelegate *m_delegate;
    ItemGridView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QButtonGroup *m_filters;
    QComboBox *m_sort;
    QComboBox *m_origin;
    QPushButton *m_tagChip;
    QString m_tag;
    QPushButton *m_bucketChip;
    std::optional<ItemQuery::Bucket> m_bucket;
    QToolButton *m_order;
    QLabel *m_count;
    QSlider *m_zoom;
    QWidget *m_qualityBar;
    QList<std::pair<curation::QualityFlag, QAbstractButton *>> m_qualityChips;
    QLabel *m_qualityNote;
    QPushButton *m_analyze;
    quint32 m_quality = 0;
    bool m_qualityPending = false; // the counts wait for the dataset's first query
    curation::QualityReport m_qualitySummary;
    async::Latest<Result<curation::QualityReport>> m_qualityRun;
    async::Latest<Result<QList<ItemId>>> m_uncaptionedRun;
    QList<ItemId> m_selectionBeforeReset;
    ItemId m_currentBeforeReset;
};

} // namespace lc::ui
