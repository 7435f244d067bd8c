#include "bucketspanel.h"

#include "library/libraryservice.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace lc::ui {

namespace {

const QColor WarningColor(0xe6, 0x7e, 0x22);

QString sizeText(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

QString binTip(const BucketBin &b)
{
    QString tip = BucketsPanel::tr("%1 at %2: %n image(s), %3 step(s) per epoch", nullptr, b.images)
                      .arg(sizeText(b.bucket))
                      .arg(b.resolution)
                      .arg(b.steps);
    if (b.underfilled)
        tip += QLatin1Char('\n') + BucketsPanel::tr("Fewer images than the batch size: a short batch every epoch.");
    return tip;
}

} // namespace

// ---------------------------------------------------------------------------------------------------

BucketHistogram::BucketHistogram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bucketHistogram"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BucketHistogram::setBins(const QList<BucketBin> &bins)
{
    m_bins = bins;
    m_current = -1;
    update();
}

void BucketHistogram::setCurrent(int bin)
{
    m_current = bin >= 0 && bin < m_bins.size() ? bin : -1;
    update();
}

QSize BucketHistogram::minimumSizeHint() const
{
    return QSize(200, 120);
}

QRect BucketHistogram::plotArea() const
{
    const int text = fontMetrics().height();
    return rect().adjusted(8, text + 6, -8, -(2 * text + 8));
}

QRect BucketHistogram::barRect(int bin) const
{
    if (bin < 0 || bin >= m_bins.size())
        return {};
    const QRect area = plotArea();
    int most = 1;
    for (const BucketBin &b : m_bins)
        most = std::max(most, b.images);
    // A gap between resolutions, so each resolution's buckets read as a group.
    int groups = 0;
    for (int i = 1; i < m_bins.size(); ++i)
        groups += m_bins[i].resolution != m_bins[i - 1].resolution ? 1 : 0;
    // At most a comfortable bar width: a few buckets stay slim bars, centred.
    const qsizetype columns = std::max<qsizetype>(1, m_bins.size() + groups);
    const double slot = std::min(double(area.width()) / columns, fontMetrics().horizontalAdvance(QStringLiteral("0000×0000")) + 12.0);
    const double left = area.left() + (area.width() - slot * columns) / 2;
    int gapsBefore = 0;
    for (int i = 1; i <= bin; ++i)
        gapsBefore += m_bins[i].resolution != m_bins[i - 1].resolution ? 1 : 0;
    const double x = left + (bin + gapsBefore) * slot;
    const int height = std::max(2, int(area.height() * double(m_bins[bin].images) / most));
    const double pad = std::min(slot * 0.15, 6.0);
    return QRectF(x + pad, area.bottom() - height + 1, std::max(2.0, slot - 2 * pad), height).toAlignedRect();
}

int BucketHistogram::binAt(const QPoint &pos) const
{
    const QRect area = plotArea();
    for (int i = 0; i < m_bins.size(); ++i) {
        const QRect bar = barRect(i);
        // The whole column is clickable, not only the bar: short bars are hard to hit.
        if (pos.x() >= bar.left() && pos.x() <= bar.right() && pos.y() >= area.top() - fontMetrics().height() && pos.y() <= rect().bottom())
            return i;
    }
    return -1;
}

void BucketHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRect area = plotArea();
    if (m_bins.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No images to bucket"));
        return;
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(area.bottomLeft() + QPoint(0, 1), area.bottomRight() + QPoint(0, 1));
    const QFontMetrics fm = fontMetrics();
    const bool labels = barRect(0).width() >= fm.horizontalAdvance(QStringLiteral("0000×0000")) * 0.55;
    for (int i = 0; i < m_bins.size(); ++i) {
        const BucketBin &b = m_bins[i];
        const QRect bar = barRect(i);
        QColor fill = b.underfilled ? WarningColor : pal.color(QPalette::Highlight);
        if (m_current >= 0 && i != m_current)
            fill.setAlpha(110);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(bar, 2, 2);
        if (i == m_current) {
            p.setPen(QPen(pal.color(QPalette::Text), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 2, 2);
        }
        p.setPen(pal.color(QPalette::Text));
        const QRect count(bar.left() - 20, bar.top() - fm.height() - 2, bar.width() + 40, fm.height());
        if (labels || i == m_current)
            p.drawText(count, Qt::AlignHCenter | Qt::AlignBottom, QString::number(b.images));
        if (labels) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            const QRect below(bar.left() - 20, area.bottom() + 4, bar.width() + 40, fm.height());
            p.save();
            p.translate(below.center());
            p.drawText(QRect(-below.width() / 2, -below.height() / 2, below.width(), below.height()), Qt::AlignCenter,
                QStringLiteral("%1×%2").arg(b.bucket.width()).arg(b.bucket.height()));
            p.restore();
        }
    }
    // Each resolution's name under its group.
    p.setPen(pal.color(QPalette::PlaceholderText));
    int first = 0;
    for (int i = 1; i <= m_bins.size(); ++i) {
        if (i < m_bins.size() && m_bins[i].resolution == m_bins[first].resolution)
            continue;
        const QRect from = barRect(first), to = barRect(i - 1);
        const QRect where(from.left(), rect().bottom() - fm.height() - 2, to.right() - from.left(), fm.height());
        p.drawText(where, Qt::AlignCenter, tr("at %1").arg(m_bins[first].resolution));
        first = i;
    }
}

void BucketHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int bin = binAt(event->position().toPoint());
    Q_EMIT binClicked(bin == m_current ? -1 : bin); // a second click clears
}

bool BucketHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin >= 0)
            QToolTip::showText(help->globalPos(), binTip(m_bins[bin]) + QLatin1Char('\n') + tr("Click to show these images in the grid."), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------------------------------------------

void BucketItemsModel::setItems(QList<BucketedItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

QVariant BucketItemsModel::data(const QModelIndex &index, int role) const
{
    const BucketedItem *item = itemAt(index.row());
    if (!item)
        return {};
    if (role == Qt::UserRole)
        return QVariant::fromValue(item->item.value());
    if (role == Qt::TextAlignmentRole)
        return index.column() == File ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if ((index.column() == Upscaled && item->upscaled()) || (index.column() == Bucket && !item->placement))
            return WarningColor;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case File:
        return item->name;
    case Size:
        return sizeText(item->size);
    case Crop:
        return item->crop ? sizeText(item->crop->size()) : QStringLiteral("–");
    case Resolution:
        return item->resolution;
    case Bucket:
        return item->placement ? sizeText(item->placement->bucket) : BucketsPanel::tr("left out");
    case Scale:
        return item->placement ? QStringLiteral("%1×").arg(item->scale(), 0, 'f', 2) : QString();
    case Cropped:
        return item->placement ? QStringLiteral("%1 %").arg(item->croppedShare() * 100, 0, 'f', 1) : QString();
    case Upscaled:
        return item->upscaled() ? BucketsPanel::tr("upscaled") : QString();
    default:
        return {};
    }
}

QVariant BucketItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {QT_TR_NOOP("File"), QT_TR_NOOP("Size"), QT_TR_NOOP("Crop"), QT_TR_NOOP("At"),
        QT_TR_NOOP("Bucket"), QT_TR_NOOP("Scale"), QT_TR_NOOP("Cut off"), QT_TR_NOOP("Upscaled")};
    return section >= 0 && section < ColumnCount ? BucketsPanel::tr(names[section]) : QVariant();
}

void BucketItemsModel::sort(int column, Qt::SortOrder order)
{
    auto key = [column](const BucketedItem &i) -> double {
        switch (column) {
        case Size:
            return double(i.size.width()) * i.size.height();
        case Crop:
            return i.crop ? double(i.crop->width()) * i.crop->height() : 0.0;
        case Resolution:
            return i.resolution;
        case Bucket:
            return i.placement ? double(i.placement->bucket.width()) / i.placement->bucket.height() : -1.0;
        case Scale:
            return i.scale();
        case Cropped:
            return i.croppedShare();
        case Upscaled:
            return i.upscaled() ? 1.0 : 0.0;
        default:
            return 0.0;
        }
    };
    beginResetModel();
    std::stable_sort(m_items.begin(), m_items.end(), [&](const BucketedItem &a, const BucketedItem &b) {
        const bool less = column == File ? a.name.localeAwareCompare(b.name) < 0 : key(a) < key(b);
        const bool greater = column == File ? b.name.localeAwareCompare(a.name) < 0 : key(b) < key(a);
        return order == Qt::AscendingOrder ? less : greater;
    });
    endResetModel();
}

// ---------------------------------------------------------------------------------------------------

BucketsPanel::BucketsPanel(const LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_trainer(new QComboBox(this))
    , m_resolutions(new QLineEdit(this))
    , m_batch(new QSpinBox(this))
    , m_overlayButton(new QToolButton(this))
    , m_overlay(new QAction(tr("Show in Grid"), this))
    , m_histogram(new BucketHistogram(this))
    , m_summary(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_model(new BucketItemsModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("bucketsPanel"));
    m_trainer->setObjectName(QStringLiteral("bucketTrainer"));
    for (ExportFormat f : bucketTrainers())
        m_trainer->addItem(trainerFor(f).displayName(), int(f));
    m_trainer->setToolTip(tr("The trainer whose bucketing to simulate, exactly as its source computes it"));
    m_resolutions->setObjectName(QStringLiteral("bucketResolutions"));
    m_resolutions->setClearButtonEnabled(true);
    m_resolutions->setToolTip(tr("Training resolutions, comma-separated (512,768,1024); empty: as the export "
                                 "configures the trainer for the dataset's target"));
    m_resolutions->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("512,768,1024")) + 40);
    m_resolutions->setMaximumWidth(m_resolutions->minimumWidth() + 40);
    m_batch->setObjectName(QStringLiteral("bucketBatchSize"));
    m_batch->setRange(1, 512);
    m_batch->setToolTip(tr("Batches are formed inside a bucket: buckets with fewer images make short batches"));
    m_overlay->setObjectName(QStringLiteral("bucketOverlay"));
    m_overlay->setCheckable(true);
    m_overlay->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    m_overlay->setToolTip(tr("Dim on each grid tile what the trainer will cut off (%1)")
                              .arg(m_overlay->shortcut().toString(QKeySequence::NativeText)));
    m_overlayButton->setDefaultAction(m_overlay);
    m_overlayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QSettings settings;
    const int trainer = m_trainer->findData(settings.value(QStringLiteral("buckets/trainer"), int(ExportFormat::Kohya)).toInt());
    m_trainer->setCurrentIndex(std::max(0, trainer));
    m_resolutions->setText(settings.value(QStringLiteral("buckets/resolutions")).toString());
    m_batch->setValue(settings.value(QStringLiteral("buckets/batchSize"), 1).toInt());

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(new QLabel(tr("Trainer:"), this));
    controls->addWidget(m_trainer);
    controls->addSpacing(6);
    controls->addWidget(new QLabel(tr("Resolution:"), this));
    controls->addWidget(m_resolutions);
    controls->addSpacing(6);
    controls->addWidget(new QLabel(tr("Batch size:"), this));
    controls->addWidget(m_batch);
    controls->addSpacing(6);
    controls->addWidget(m_overlayButton);
    controls->addStretch(1);

    m_summary->setObjectName(QStringLiteral("bucketSummary"));
    m_summary->setWordWrap(true);
    m_selection->setObjectName(QStringLiteral("bucketSelection"));
    m_selection->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("bucketItems"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BucketItemsModel::File, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("Double-click an image to select it in the grid"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_histogram, 1);
    left->addWidget(m_summary);
    left->addWidget(m_selection);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_table, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(controls);
    layout->addLayout(body, 1);

    connect(m_trainer, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        simulate();
    });
    connect(m_resolutions, &QLineEdit::editingFinished, this, [this] {
        saveSettings();
        simulate();
    });
    connect(m_batch, &QSpinBox::valueChanged, this, [this] {
        saveSettings();
        simulate();
    });
    connect(m_histogram, &BucketHistogram::binClicked, this, &BucketsPanel::selectBin);
    connect(m_overlay, &QAction::toggled, this, &BucketsPanel::publishOverlay);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const BucketedItem *item = m_model->itemAt(index.row()))
            Q_EMIT itemActivated(item->item);
    });
}

void BucketsPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("buckets/trainer"), m_trainer->currentData().toInt());
    settings.setValue(QStringLiteral("buckets/resolutions"), m_resolutions->text().trimmed());
    settings.setValue(QStringLiteral("buckets/batchSize"), m_batch->value());
}

void BucketsPanel::setDataset(const Dataset &dataset)
{
    const bool other = dataset.id != m_dataset.id;
    m_dataset = dataset;
    if (other) {
        m_simulation.reset();
        m_histogram->setBins({});
        m_model->setItems({});
        if (m_histogram->current() >= 0 || other)
            Q_EMIT bucketFilterChanged(std::nullopt);
        m_resolutions->setPlaceholderText(tr("default"));
    }
    reload();
}

void BucketsPanel::reload()
{
    m_stale = true;
    if (isVisible())
        simulate();
}

void BucketsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        simulate();
}

void BucketsPanel::setTrainer(ExportFormat trainer)
{
    m_trainer->setCurrentIndex(m_trainer->findData(int(trainer)));
}

ExportFormat BucketsPanel::trainer() const
{
    return ExportFormat(m_trainer->currentData().toInt());
}

void BucketsPanel::setResolutions(const QString &text)
{
    m_resolutions->setText(text);
    saveSettings();
    simulate();
}

void BucketsPanel::setBatchSize(int size)
{
    m_batch->setValue(size);
}

std::optional<QList<int>> BucketsPanel::parsedResolutions() const
{
    QList<int> out;
    const QString text = m_resolutions->text().trimmed();
    if (text.isEmpty())
        return out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int r = part.trimmed().toInt(&ok);
        if (!ok || r < 64 || r > 8192)
            return std::nullopt;
        if (!out.contains(r))
            out.append(r);
    }
    return out;
}

void BucketsPanel::simulate()
{
    if (!m_dataset.id.isValid()) {
        m_summary->setText(tr("Select a dataset."));
        return;
    }
    const auto resolutions = parsedResolutions();
    if (!resolutions) {
        m_summary->setText(tr("Resolutions are numbers from 64 to 8192, comma-separated (for example 512,768,1024)."));
        return;
    }
    m_stale = false;
    BucketSimulationOptions options;
    options.trainer = trainer();
    options.resolutions = *resolutions;
    options.batchSize = m_batch->value();
    if (!m_simulation)
        m_summary->setText(tr("Simulating…"));
    m_run.start(m_service.simulateBuckets(m_dataset.id, options), this, [this](const Result<BucketSimulation> &result) {
        if (!result) {
            m_summary->setText(tr("Cannot simulate the buckets: %1").arg(result.error().message));
            return;
        }
        display(*result);
    });
}

void BucketsPanel::display(const BucketSimulation &simulation)
{
    // Keep the selected bucket across a re-simulation when it still exists.
    std::optional<std::pair<int, QSize>> selected;
    if (m_simulation && m_histogram->current() >= 0) {
        const BucketBin &b = m_simulation->bins[m_histogram->current()];
        selected = std::pair{b.resolution, b.bucket};
    }
    m_simulation = simulation;
    m_histogram->setBins(simulation.bins);
    QStringList resolutions;
    for (int r : simulation.options.resolutions)
        resolutions << QString::number(r);
    m_resolutions->setPlaceholderText(resolutions.join(QLatin1Char(',')));
    m_summary->setText(summaryText());
    int bin = -1;
    if (selected) {
        for (int i = 0; i < simulation.bins.size(); ++i) {
            if (simulation.bins[i].resolution == selected->first && simulation.bins[i].bucket == selected->second)
                bin = i;
        }
    }
    selectBin(bin);
    if (selected && bin < 0)
        Q_EMIT bucketFilterChanged(std::nullopt);
    publishOverlay();
}

QString BucketsPanel::summaryText() const
{
    if (!m_simulation)
        return {};
    const BucketSimulation &s = *m_simulation;
    int underfilled = 0;
    for (const BucketBin &b : s.bins)
        underfilled += b.underfilled ? 1 : 0;
    QStringList parts;
    parts << tr("%n image(s)", nullptr, s.images) << tr("%n bucket(s)", nullptr, int(s.bins.size()))
          << tr("%n step(s) per epoch at batch size %1", nullptr, s.stepsPerEpoch).arg(s.options.batchSize);
    QString text = parts.join(QStringLiteral(" · "));
    QStringList warnings;
    if (underfilled > 0)
        warnings << tr("%n bucket(s) with fewer images than the batch size", nullptr, underfilled);
    if (s.upscaled > 0)
        warnings << tr("%n placement(s) upscaled", nullptr, s.upscaled);
    if (s.leftOut > 0)
        warnings << tr("%n placement(s) left out by the trainer (too small)", nullptr, s.leftOut);
    if (!warnings.isEmpty())
        text += QStringLiteral("\n⚠ ") + warnings.join(QStringLiteral(" · "));
    return text;
}

void BucketsPanel::selectBin(int bin)
{
    if (!m_simulation)
        return;
    const bool changed = bin != m_histogram->current();
    m_histogram->setCurrent(bin);
    bin = m_histogram->current();
    QList<BucketedItem> rows;
    if (bin < 0) {
        rows = m_simulation->items;
        m_selection->setText(tr("Click a bar to show its images in the grid."));
    } else {
        const BucketBin &b = m_simulation->bins[bin];
        for (const BucketedItem &i : std::as_const(m_simulation->items)) {
            if (i.resolution == b.resolution && i.placement && i.placement->bucket == b.bucket)
                rows.append(i);
        }
        m_selection->setText(binTip(b));
    }
    m_model->setItems(std::move(rows));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (!changed)
        return;
    if (bin < 0) {
        Q_EMIT bucketFilterChanged(std::nullopt);
    } else {
        const BucketBin &b = m_simulation->bins[bin];
        Q_EMIT bucketFilterChanged(ItemQuery::Bucket{exportFormatKey(m_simulation->options.trainer), b.resolution, b.bucket});
    }
}

void BucketsPanel::publishOverlay()
{
    QHash<ItemId, QRectF> regions;
    if (m_overlay->isChecked() && m_simulation) {
        // The selected bucket's resolution, else the largest: the one that shows the most detail.
        int resolution = m_histogram->current() >= 0 ? m_simulation->bins[m_histogram->current()].resolution : 0;
        if (resolution == 0) {
            for (int r : m_simulation->options.resolutions)
                resolution = std::max(resolution, r);
        }
        for (const BucketedItem &i : std::as_const(m_simulation->items)) {
            if (i.resolution != resolution || i.size.isEmpty())
                continue;
            const QRect kept = i.placement ? i.keptRegion() : QRect();
            regions.insert(i.item, QRectF(double(kept.x()) / i.size.width(), double(kept.y()) / i.size.height(),
                                       double(kept.width()) / i.size.width(), double(kept.height()) / i.size.height()));
        }
    }
    Q_EMIT keptRegionsChanged(regions);
}

} // namespace lc::ui
