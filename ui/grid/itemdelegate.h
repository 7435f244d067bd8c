#pragma once

#include "util/ids.h"

#include <QColor>
#include <QHash>
#include <QRectF>
#include <QStyledItemDelegate>

namespace lc::ui {

class ItemGridModel;
class ThumbnailCache;

// Paints a grid tile: thumbnail (or a placeholder while it loads), file name, and badges for a
// missing caption, a rejected image, low resolution for the dataset's target, and the rating.
// Holds no state besides the tile size; everything it draws is already cached.
class ItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDelegate)

public:
    ItemDelegate(ThumbnailCache &thumbnails, QObject *parent = nullptr);

    void setTileSize(int logicalPixels) { m_tile = logicalPixels; }
    // The Buckets panel's overlay: per item, the part of the image the trainer keeps (0…1); the rest of
    // the thumbnail is dimmed. Empty: no overlay.
    void setKeptRegions(const QHash<ItemId, QRectF> &regions) { m_kept = regions; }
    bool hasKeptRegions() const { return !m_kept.isEmpty(); }
    int tileSize() const { return m_tile; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // True when an image has fewer than half the pixels of a square at the target resolution.
    static bool isLowResolution(int width, int height, int targetResolution);

    struct Badge
    {
        QString text;
        QString shortText; // for tiles too small for the full label
        QColor color;
    };
    // Where the badges go inside `area`: one row of full labels if they fit, else stacked, else short
    // labels; never outside the area. Returns one rectangle per badge and, through `useShort`, which labels.
    static QList<QRect> layoutBadges(const QList<Badge> &badges, const QRect &area, const QFont &font, bool *useShort);
    static QFont badgeFont(const QFont &base);

private:
    ThumbnailCache &m_thumbnails;
    int m_tile = 192;
    QHash<ItemId, QRectF> m_kept;
};

} // namespace lc::ui
