#pragma once

#include <QListView>

class QTimer;

namespace lc::ui {

// The thumbnail grid: a QListView in wrapping list mode with uniform tiles, single-pass layout and
// per-pixel scrolling, so 100,000 items lay out as fast as a handful. It reports its visible range
// (computed from two indexAt() calls, never by walking all rows) after scrolling and resizing settle.
class ItemGridView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemGridView)

public:
    explicit ItemGridView(QWidget *parent = nullptr);

    void setTileSize(int logicalPixels);
    // First and last rows at least partly visible, or {-1, -1}.
    std::pair<int, int> visibleRange() const;
    void setEmptyText(const QString &title, const QString &subtitle);
    QString emptyTitle() const { return m_emptyTitle; }

Q_SIGNALS:
    void visibleRangeChanged(int first, int last);
    void scrolled(); // immediately, before the range settles

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTimer *m_settle;
    QString m_emptyTitle;
    QString m_emptySubtitle;
};

} // namespace lc::ui
