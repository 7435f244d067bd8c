#include "gridpanel.h"

#include "itemdelegate.h"
#include "itemgridmodel.h"
#include "itemgridview.h"
#include "library/libraryservice.h"
#include "thumbnailcache.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace lc::ui {

GridPanel::GridPanel(const LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_model(new ItemGridModel(service, this))
    , m_thumbnails(new ThumbnailCache(service.thumbnails(), service.thumbnailPool(), this))
    , m_delegate(new ItemDelegate(*m_thumbnails, this))
    , m_view(new ItemGridView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_filters(new QButtonGroup(this))
    , m_sort(new QComboBox(this))
    , m_order(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    // Filter bar.
    m_search->setPlaceholderText(tr("Search captions, tags and file names  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &GridPanel::applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, &GridPanel::updateCount);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 4);
    bar->addWidget(m_search, 1);
    const std::pair<ItemQuery::Filter, QString> chips[] = {{ItemQuery::Filter::All, tr("All")},
        {ItemQuery::Filter::Uncaptioned, tr("Uncaptioned")}, {ItemQuery::Filter::Rejected, tr("Rejected")},
        {ItemQuery::Filter::Trash, tr("Trash")}};
    for (const auto &[filter, label] : chips) {
        auto *chip = new QPushButton(label, this);
        chip->setCheckable(true);
        chip->setFocusPolicy(Qt::NoFocus);
        m_filters->addButton(chip, int(filter));
        bar->addWidget(chip);
    }
    m_filters->button(int(ItemQuery::Filter::All))->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this, &GridPanel::applyQuery);
    connect(m_filters, &QButtonGroup::idClicked, this, &GridPanel::updateCount);

    m_sort->addItem(tr("Date added"), int(ItemQuery::Sort::Added));
    m_sort->addItem(tr("Name"), int(ItemQuery::Sort::Name));
    m_sort->addItem(tr("Resolution"), int(ItemQuery::Sort::Resolution));
    m_sort->addItem(tr("File size"), int(ItemQuery::Sort::FileSize));
    m_sort->setToolTip(tr("Sort order"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &GridPanel::applyQuery);
    m_order->setCheckable(true);
    m_order->setText(QStringLiteral("↑"));
    m_order->setToolTip(tr("Reverse the order"));
    connect(m_order, &QToolButton::toggled, this, [this](bool descending) {
        m_order->setText(descending ? QStringLiteral("↓") : QStringLiteral("↑"));
        applyQuery();
    });
    bar->addSpacing(8);
    bar->addWidget(m_sort);
    bar->addWidget(m_order);

    // Footer.
    m_zoom->setRange(96, 384);
    m_zoom->setValue(192);
    m_zoom->setFixedWidth(160);
    m_zoom->setToolTip(tr("Tile size (Ctrl++ / Ctrl+-)"));
    connect(m_zoom, &QSlider::valueChanged, this, &GridPanel::setTileSize);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(10, 4, 10, 6);
    footer->addWidget(m_count, 1);
    auto *zoomLabel = new QLabel(tr("Size"), this);
    footer->addWidget(zoomLabel);
    footer->addWidget(m_zoom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_thumbnails, &ThumbnailCache::ready, this, [this] { m_view->viewport()->update(); });
    connect(m_view, &ItemGridView::scrolled, m_thumbnails, &ThumbnailCache::clearQueue);
    connect(m_view, &ItemGridView::visibleRangeChanged, this, &GridPanel::onVisibleRange);
    connect(m_model, &ItemGridModel::queryFinished, this, &GridPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GridPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GridPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GridPanel::updateCount);
    // A reset (a reordered result) keeps the selection of items that are still there: saving an edit
    // never changes what is selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectionBeforeReset = selectedIds();
        m_currentBeforeReset = m_model->idAt(m_view->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QList<ItemId> before = std::exchange(m_selectionBeforeReset, {});
        reselect(before, std::exchange(m_currentBeforeReset, ItemId()));
        if (selectedIds() != before)
            Q_EMIT selectionChanged(selectedIds());
    });
    // When the selected images leave the grid (trash, a filter), select the one that took their place,
    // so culling with Delete or Space can go on from the keyboard.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int) {
        if (m_view->selectionModel()->hasSelection() || m_model->rowCount() == 0)
            return;
        const QModelIndex next = m_model->index(std::min(first, m_model->rowCount() - 1), 0);
        m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    });
    setTileSize(192);
    updateCount();
}

GridPanel::~GridPanel() = default;

void GridPanel::setDataset(const Dataset &dataset)
{
    const bool changed = dataset.id != m_dataset.id;
    m_dataset = dataset;
    if (changed)
        m_model->setKept({});
    m_model->setTargetResolution(dataset.settings.targetResolution);
    if (changed) {
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_filters->button(int(ItemQuery::Filter::All))->setChecked(true);
    }
    applyQuery();
}

void GridPanel::updateDataset(const Dataset &dataset)
{
    if (dataset.id != m_dataset.id) {
        setDataset(dataset);
        return;
    }
    const bool badges = dataset.settings.targetResolution != m_dataset.settings.targetResolution;
    m_dataset = dataset;
    m_model->setTargetResolution(dataset.settings.targetResolution);
    if (badges)
        m_view->viewport()->update();
    updateCount();
}

void GridPanel::keepWhileEditing(ItemId item)
{
    if (m_model->rowOf(item) >= 0)
        m_model->setKept({item});
}

void GridPanel::stopKeeping()
{
    m_model->setKept({});
}

void GridPanel::onSelectionChanged()
{
    const QList<ItemId> selected = selectedIds();
    if (!m_model->kept().isEmpty()) {
        bool stillEditing = true;
        for (ItemId id : m_model->kept())
            stillEditing = stillEditing && selected.contains(id);
        if (!stillEditing) {
            // The user moved on: what was kept in view for editing may leave the filter now.
            m_model->setKept({});
            m_model->reload();
        }
    }
    Q_EMIT selectionChanged(selected);
}

void GridPanel::reselect(const QList<ItemId> &ids, ItemId current)
{
    QList<int> rows;
    for (ItemId id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i]), m_model->index(rows[j]));
        i = j + 1;
    }
    QItemSelectionModel *model = m_view->selectionModel();
    const QSignalBlocker block(model);
    const int currentRow = m_model->rowOf(current);
    model->setCurrentIndex(m_model->index(currentRow >= 0 ? currentRow : rows.first()), QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->viewport()->update();
}

void GridPanel::applyQuery()
{
    ItemQuery q;
    q.dataset = m_dataset.id;
    q.text = m_search->text();
    q.filter = ItemQuery::Filter(m_filters->checkedId());
    q.sort = ItemQuery::Sort(m_sort->currentData().toInt());
    q.descending = m_order->isChecked();
    m_model->setQuery(q);
}

void GridPanel::reload()
{
    m_model->reload();
}

void GridPanel::refreshItems(const QList<ItemId> &items)
{
    m_model->refresh(items);
}

QList<ItemId> GridPanel::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return m_model->ids(rows);
}

void GridPanel::setFilter(ItemQuery::Filter filter)
{
    if (QAbstractButton *chip = m_filters->button(int(filter))) {
        chip->setChecked(true);
        applyQuery();
        updateCount();
    }
}

QString GridPanel::countText() const
{
    return m_count->text();
}

void GridPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int GridPanel::tileSize() const
{
    return m_zoom->value();
}

void GridPanel::setTileSize(int logicalPixels)
{
    logicalPixels = std::clamp(logicalPixels, 96, 384);
    if (m_zoom->value() != logicalPixels) {
        m_zoom->setValue(logicalPixels); // re-enters through valueChanged
        return;
    }
    const qreal dpr = devicePixelRatioF();
    m_delegate->setTileSize(logicalPixels);
    // Decode thumbnails at the drawn size in device pixels (crisp on HiDPI screens).
    m_thumbnails->setTileSize(int(std::ceil((logicalPixels - 18) * dpr)));
    m_view->setTileSize(logicalPixels);
    m_view->doItemsLayout();
    Q_EMIT tileSizeChanged(logicalPixels);
}

void GridPanel::updateCount()
{
    const int n = m_model->rowCount();
    const auto filter = ItemQuery::Filter(m_filters->checkedId());
    const QString search = m_search->text().trimmed();
    const bool filtered = filter != ItemQuery::Filter::All || !search.isEmpty();
    const QString locale = QLocale().toString(n);
    if (!m_dataset.id.isValid())
        m_count->setText(tr("No dataset selected"));
    else if (filter == ItemQuery::Filter::Trash)
        m_count->setText(n == 1 ? tr("1 image in the trash") : tr("%1 images in the trash").arg(locale));
    else if (filtered)
        m_count->setText(tr("%1 of %2 images").arg(locale, QLocale().toString(m_dataset.itemCount)));
    else
        m_count->setText(n == 1 ? tr("1 image") : tr("%1 images").arg(locale));

    // Say why the grid is empty: an empty trash or a search without hits is not an empty dataset, and a
    // query that failed is not an empty result.
    if (!m_model->error().isEmpty()) {
        m_count->setText(tr("Cannot list the images"));
        m_view->setEmptyText(tr("The images cannot be listed"), m_model->error());
    } else if (!m_dataset.id.isValid()) {
        m_view->setEmptyText(tr("No dataset selected"), tr("Pick a dataset on the left, or create one with Ctrl+N."));
    } else if (!search.isEmpty()) {
        m_view->setEmptyText(tr("No images match “%1”").arg(search),
            filter == ItemQuery::Filter::All ? tr("Search looks through captions, tags and file names.")
                                             : tr("Only this view is searched; try All."));
    } else if (filter == ItemQuery::Filter::Trash) {
        m_view->setEmptyText(tr("Trash is empty"), tr("Images you delete (Del) wait here until you empty the trash."));
    } else if (filter == ItemQuery::Filter::Uncaptioned) {
        m_view->setEmptyText(tr("Every image has a caption"), QString());
    } else if (filter == ItemQuery::Filter::Rejected) {
        m_view->setEmptyText(tr("No rejected images"), tr("Press Space on an image to reject it."));
    } else {
        m_view->setEmptyText(tr("Drop images, folders or ZIP files here"),
            tr("LoRA Craft copies them into its library (your originals stay untouched), reads captions from "
               ".txt files beside them and skips what it cannot use, telling you why."));
    }
}

void GridPanel::onVisibleRange(int first, int last)
{
    if (first < 0)
        return;
    // Row data for the visible range plus a screen of read-ahead in each direction.
    const int span = last - first + 1;
    m_model->prefetch(first - span, last + span);
    // Thumbnails one screen ahead are queued first; the repaint then queues the visible ones, which
    // the cache serves first (newest request first).
    for (int row = std::min(m_model->rowCount() - 1, last + span); row > last; --row) {
        if (const ItemRow *r = m_model->rowData(row))
            m_thumbnails->pixmap(r->hash);
    }
    m_view->viewport()->update();
}

} // namespace lc::ui
