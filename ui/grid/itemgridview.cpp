#include "itemgridview.h"

#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace lc::ui {

ItemGridView::ItemGridView(QWidget *parent)
    : QListView(parent)
    , m_settle(new QTimer(this))
{
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    // Single pass: with uniform tiles the whole layout of 100,000 items takes a few milliseconds, and
    // Batched mode restarts its batches from paint events (the scroll range keeps collapsing).
    setLayoutMode(QListView::SinglePass);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setSpacing(0);
    setTileSize(192);

    m_settle->setSingleShot(true);
    m_settle->setInterval(40);
    connect(m_settle, &QTimer::timeout, this, [this] {
        const auto [first, last] = visibleRange();
        Q_EMIT visibleRangeChanged(first, last);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        Q_EMIT scrolled();
        m_settle->start();
    });
}

void ItemGridView::setTileSize(int logicalPixels)
{
    setGridSize(QSize(logicalPixels, logicalPixels));
    verticalScrollBar()->setSingleStep(logicalPixels / 4);
    m_settle->start();
}

std::pair<int, int> ItemGridView::visibleRange() const
{
    if (!model() || model()->rowCount() == 0)
        return {-1, -1};
    const QRect r = viewport()->rect();
    const QSize grid = gridSize();
    QModelIndex first = indexAt(QPoint(grid.width() / 2, std::min(r.height() - 1, 2)));
    if (!first.isValid())
        first = indexAt(QPoint(grid.width() / 2, std::min(r.height() - 1, grid.height() / 2)));
    // Last visible row: the last tile on the bottom line (rows are laid out left to right).
    const int perLine = std::max(1, r.width() / std::max(1, grid.width()));
    QModelIndex last;
    for (int y = r.height() - 1; y >= 0 && !last.isValid(); y -= std::max(1, grid.height() / 2)) {
        for (int col = perLine - 1; col >= 0 && !last.isValid(); --col)
            last = indexAt(QPoint(col * grid.width() + grid.width() / 2, y));
    }
    const int f = first.isValid() ? first.row() : 0;
    const int l = last.isValid() ? last.row() : std::min(model()->rowCount() - 1, f + perLine * (r.height() / std::max(1, grid.height()) + 1));
    return {f, std::max(f, l)};
}

void ItemGridView::setEmptyText(const QString &title, const QString &subtitle)
{
    m_emptyTitle = title;
    m_emptySubtitle = subtitle;
    viewport()->update();
}

void ItemGridView::paintEvent(QPaintEvent *event)
{
    if (model() && model()->rowCount() == 0 && !m_emptyTitle.isEmpty()) {
        QPainter p(viewport());
        QRect r = viewport()->rect().adjusted(40, 40, -40, -40);
        p.setPen(QPen(palette().color(QPalette::Mid), 2, Qt::DashLine));
        p.drawRoundedRect(r, 16, 16);
        QFont title = font();
        title.setPointSizeF(title.pointSizeF() * 1.8);
        title.setBold(true);
        p.setFont(title);
        p.setPen(palette().color(QPalette::Text));
        const QRect top = r.adjusted(0, 0, 0, -r.height() / 2 + 8);
        p.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, m_emptyTitle);
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        const QRect bottom = r.adjusted(60, r.height() / 2 + 16, -60, 0);
        p.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptySubtitle);
        return;
    }
    QListView::paintEvent(event);
}

void ItemGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    m_settle->start();
}

} // namespace lc::ui
