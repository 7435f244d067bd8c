#include "itemdelegate.h"

#include "curation/quality.h"

#include "itemgridmodel.h"
#include "thumbnailcache.h"
#include "common/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace lc::ui {

namespace {

constexpr int BadgeGap = 3;

QSize badgeSize(const QFontMetrics &fm, const QString &text)
{
    return QSize(fm.horizontalAdvance(text) + 10, fm.height() + 2);
}

} // namespace

QFont ItemDelegate::badgeFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 2));
    f.setBold(true);
    return f;
}

QList<QRect> ItemDelegate::layoutBadges(const QList<Badge> &badges, const QRect &area, const QFont &font, bool *useShort)
{
    const QFontMetrics fm(font);
    const QRect inner = area.adjusted(4, 4, -4, -4);
    auto tryLayout = [&](bool shortLabels, bool stacked) -> QList<QRect> {
        QList<QRect> out;
        QPoint at = inner.topLeft();
        for (const Badge &b : badges) {
            const QSize size = badgeSize(fm, shortLabels ? b.shortText : b.text);
            const QRect r(at, size);
            if (!inner.contains(r))
                return {};
            out.append(r);
            if (stacked)
                at.ry() += size.height() + BadgeGap;
            else
                at.rx() += size.width() + BadgeGap;
        }
        return out;
    };
    for (bool shortLabels : {false, true}) {
        for (bool stacked : {false, true}) {
            QList<QRect> rects = tryLayout(shortLabels, stacked);
            if (rects.size() == badges.size()) {
                *useShort = shortLabels;
                return rects;
            }
        }
    }
    // Not even short labels fit: as many short ones as fit, stacked.
    *useShort = true;
    QList<QRect> out;
    QPoint at = inner.topLeft();
    for (const Badge &b : badges) {
        const QRect r(at, badgeSize(fm, b.shortText));
        if (!inner.contains(r))
            break;
        out.append(r);
        at.ry() += r.height() + BadgeGap;
    }
    return out;
}

ItemDelegate::ItemDelegate(ThumbnailCache &thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

bool ItemDelegate::isLowResolution(int width, int height, int targetResolution)
{
    return lc::isLowResolution(width, height, targetResolution); // the export pre-flight's rule too
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(m_tile, m_tile);
}

void ItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = static_cast<const ItemGridModel *>(index.model());
    const ItemRow *row = model->rowData(index.row());
    const QRect tile = option.rect.adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette &pal = option.palette;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(tile, 6, 6);
    p->fillPath(frame, hovered ? pal.color(QPalette::AlternateBase).lighter(130) : pal.color(QPalette::AlternateBase));

    const bool showName = m_tile >= 128;
    const int nameHeight = showName ? option.fontMetrics.height() + 6 : 0;
    const QRect imageArea = tile.adjusted(6, 6, -6, -6 - nameHeight);

    if (row) {
        const QPixmap pixmap = m_thumbnails.pixmap(row->hash);
        if (!pixmap.isNull()) {
            const QSizeF size = pixmap.deviceIndependentSize().scaled(imageArea.size(), Qt::KeepAspectRatio);
            const QRectF target(imageArea.x() + (imageArea.width() - size.width()) / 2,
                imageArea.y() + (imageArea.height() - size.height()) / 2, size.width(), size.height());
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            p->drawPixmap(target, pixmap, QRectF(pixmap.rect()));
            if (row->status == ItemStatus::Rejected)
                p->fillRect(target, QColor(0, 0, 0, 140));
            if (const auto kept = m_kept.constFind(row->id); kept != m_kept.cend()) {
                // What the trainer cuts off, dimmed; what it keeps, outlined.
                const QRectF keep(target.x() + kept->x() * target.width(), target.y() + kept->y() * target.height(),
                    kept->width() * target.width(), kept->height() * target.height());
                QPainterPath outside;
                outside.addRect(target);
                QPainterPath inside;
                inside.addRect(keep);
                p->fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150));
                p->setPen(QPen(QColor(0xf1, 0xc4, 0x0f), 1.5, Qt::DashLine));
                p->setBrush(Qt::NoBrush);
                p->drawRect(keep.adjusted(0.75, 0.75, -0.75, -0.75));
            }
        } else {
            p->setPen(pal.color(QPalette::PlaceholderText));
            p->drawText(imageArea, Qt::AlignCenter,
                m_thumbnails.hasFailed(row->hash) ? tr("no preview") : QStringLiteral("…"));
        }
        if (showName) {
            p->setPen(selected ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            const QRect nameRect(tile.left() + 6, tile.bottom() - nameHeight, tile.width() - 12, nameHeight);
            p->drawText(nameRect, Qt::AlignCenter, option.fontMetrics.elidedText(row->name, Qt::ElideMiddle, nameRect.width()));
        }
        QList<Badge> badges;
        if (row->status == ItemStatus::Rejected)
            badges.append({tr("REJECTED"), tr("REJ"), QColor(0xc0, 0x39, 0x2b)});
        if (!row->hasCaption) {
            const QColor grey(0x55, 0x55, 0x55, 220);
            switch (model->captionSource()) {
            case CaptionSource::Caption: badges.append({tr("NO CAPTION"), tr("NO CAP"), grey}); break;
            case CaptionSource::Tags: badges.append({tr("NO TAGS"), tr("NO TAG"), grey}); break;
            case CaptionSource::Both: badges.append({tr("NO TEXT"), tr("NO TXT"), grey}); break;
            }
        }
        const QSize pixels = row->crop ? row->crop->size() : QSize(row->width, row->height); // as exported
        if (isLowResolution(pixels.width(), pixels.height(), model->targetResolution()))
            badges.append({tr("LOW RES"), tr("LOW"), QColor(0xd3, 0x7a, 0x12)});
        if (row->crop)
            badges.append({tr("CROPPED"), tr("CROP"), QColor(0x2f, 0x6f, 0xa8)}); // exported cropped
        // What the import measured (curation/quality's rules).
        using F = curation::QualityFlag;
        static const struct
        {
            F flag;
            const char *text;
            const char *shortText;
        } flagBadges[] = {{F::Blurry, QT_TR_NOOP("BLURRY"), QT_TR_NOOP("BLUR")}, {F::Upscaled, QT_TR_NOOP("UPSCALED"), QT_TR_NOOP("UPSC")},
            {F::Underexposed, QT_TR_NOOP("DARK"), QT_TR_NOOP("DARK")}, {F::Overexposed, QT_TR_NOOP("BRIGHT"), QT_TR_NOOP("BRT")},
            {F::Letterboxed, QT_TR_NOOP("BARS"), QT_TR_NOOP("BARS")}, {F::ExtremeAspect, QT_TR_NOOP("ASPECT"), QT_TR_NOOP("AR")},
            {F::Compressed, QT_TR_NOOP("COMPRESSED"), QT_TR_NOOP("JPEG")}};
        for (const auto &b : flagBadges) {
            if (row->qualityFlags & curation::flagBit(b.flag))
                badges.append({tr(b.text), tr(b.shortText), QColor(0xb0, 0x6a, 0x10)});
        }
        if (!badges.isEmpty()) {
            const QFont font = badgeFont(p->font());
            bool useShort = false;
            const QList<QRect> rects = layoutBadges(badges, imageArea, font, &useShort);
            p->setFont(font);
            for (int i = 0; i < rects.size(); ++i) {
                QPainterPath path;
                path.addRoundedRect(rects[i], 4, 4);
                p->fillPath(path, badges[i].color);
                p->setPen(Qt::white);
                p->drawText(rects[i], Qt::AlignCenter, useShort ? badges[i].shortText : badges[i].text);
            }
            p->setFont(option.font);
        }
        if (row->rating > 0 && m_tile >= 128) {
            p->setPen(starColor(pal));
            const QString stars = QString(row->rating, QChar(0x2605));
            p->drawText(imageArea.adjusted(0, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom, stars);
        }
    } else {
        p->fillRect(imageArea, pal.color(QPalette::Mid));
    }

    if (selected) {
        QPen pen(pal.color(QPalette::Highlight), 2.5);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(tile).adjusted(1, 1, -1, -1), 6, 6);
    }
    p->restore();
}

} // namespace lc::ui
