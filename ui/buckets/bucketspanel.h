#pragma once

#include "async/async.h"
#include "export/bucketsimulation.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace lc {
class LibraryService;
}

namespace lc::ui {

// A histogram of items per bucket: one bar per bucket (grouped by resolution), short buckets in the
// warning colour, the count above and the size below each bar. Clicking a bar selects it.
class BucketHistogram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketHistogram)

public:
    explicit BucketHistogram(QWidget *parent = nullptr);

    void setBins(const QList<BucketBin> &bins);
    int current() const { return m_current; }
    void setCurrent(int bin); // -1: none
    // The bar's rectangle (tests click it), empty when there is no such bar.
    QRect barRect(int bin) const;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void binClicked(int bin); // -1: a click beside the bars

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int binAt(const QPoint &pos) const;
    QRect plotArea() const;

    QList<BucketBin> m_bins;
    int m_current = -1;
};

// The per-item table of a simulation: file, size, crop, resolution, bucket, scale, share cut off, upscaled.
class BucketItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketItemsModel)

public:
    enum Column { File, Size, Crop, Resolution, Bucket, Scale, Cropped, Upscaled, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QList<BucketedItem> items);
    const BucketedItem *itemAt(int row) const { return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QList<BucketedItem> m_items;
};

// The Buckets panel: what the chosen trainer will do to every image of the dataset before training — a
// histogram of images per bucket (click a bar: the grid shows only those images), per image the bucket,
// scale, share cut off and upscaling, buckets with fewer images than the batch size, and the steps an
// epoch takes. "Show in Grid" draws on each tile the region the trainer keeps. The trainer, resolutions
// and batch size persist; the simulation runs on a worker thread, only while the panel is shown.
class BucketsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketsPanel)

public:
    explicit BucketsPanel(const LibraryService &service, QWidget *parent = nullptr);

    void setDataset(const Dataset &dataset);
    // Re-simulates (items or crops changed) when the panel is visible; else on the next show.
    void reload();

    void setTrainer(ExportFormat trainer);
    ExportFormat trainer() const;
    void setResolutions(const QString &text); // "512,768,1024"; empty: the trainer's default
    void setBatchSize(int size);
    // Selects a bucket as a click on its bar does (-1: none).
    void selectBin(int bin);

    const std::optional<BucketSimulation> &simulation() const { return m_simulation; }
    bool isLoading() const { return m_run.isRunning(); }
    QString summaryText() const;
    BucketHistogram *histogram() const { return m_histogram; }
    QAction *overlayAction() const { return m_overlay; }

Q_SIGNALS:
    // The grid shows only this bucket's images (nullopt: all).
    void bucketFilterChanged(const std::optional<lc::ItemQuery::Bucket> &bucket);
    // Per item, the part of the image the trainer keeps (0…1 of the whole image); empty: no overlay.
    void keptRegionsChanged(const QHash<lc::ItemId, QRectF> &regions);
    void itemActivated(lc::ItemId item);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void simulate();
    void display(const BucketSimulation &simulation);
    void publishOverlay();
    void saveSettings() const;
    std::optional<QList<int>> parsedResolutions() const;

    const LibraryService &m_service;
    Dataset m_dataset;
    bool m_stale = true;
    std::optional<BucketSimulation> m_simulation;
    async::Latest<Result<BucketSimulation>> m_run;
    QComboBox *m_trainer;
    QLineEdit *m_resolutions;
    QSpinBox *m_batch;
    QToolButton *m_overlayButton;
    QAction *m_overlay;
    BucketHistogram *m_histogram;
    QLabel *m_summary;
    QLabel *m_selection;
    BucketItemsModel *m_model;
    QTableView *m_table;
};

} // namespace lc::ui
