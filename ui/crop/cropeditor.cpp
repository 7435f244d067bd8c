#include "cropeditor.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lc::ui {

namespace {

constexpr double Grip = 8.0; // how close to an edge a press grabs it, in widget pixels

} // namespace

CropEditor::CropEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cropEditor"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
}

void CropEditor::setImage(const QImage &picture, const QSize &imageSize)
{
    m_picture = picture;
    const bool sizeChanged = imageSize != m_size;
    m_size = imageSize;
    if (sizeChanged || m_rect.isNull())
        m_rect = QRect(QPoint(0, 0), m_size);
    update();
}

QRectF CropEditor::imageArea() const
{
    if (m_size.isEmpty())
        return {};
    const QSizeF shown = QSizeF(m_size).scaled(QSizeF(rect().adjusted(12, 12, -12, -12).size()), Qt::KeepAspectRatio);
    return QRectF((width() - shown.width()) / 2, (height() - shown.height()) / 2, shown.width(), shown.height());
}

QPointF CropEditor::toImage(const QPointF &widget) const
{
    const QRectF area = imageArea();
    if (area.isEmpty())
        return {};
    const double s = m_size.width() / area.width();
    return QPointF((widget.x() - area.x()) * s, (widget.y() - area.y()) * s);
}

QRectF CropEditor::toWidget(const QRectF &image) const
{
    const QRectF area = imageArea();
    if (m_size.isEmpty())
        return {};
    const double s = area.width() / m_size.width();
    return QRectF(area.x() + image.x() * s, area.y() + image.y() * s, image.width() * s, image.height() * s);
}

QRect CropEditor::constrained(QRectF r, int anchorEdges) const
{
    const QRectF bounds(QPointF(0, 0), QSizeF(m_size));
    r = r.normalized();
    // The shape: height follows width unless only the top or bottom edge moves.
    if (m_aspect > 0) {
        const bool heightDriven = (anchorEdges & (Top | Bottom)) && !(anchorEdges & (Left | Right));
        if (heightDriven)
            r.setWidth(r.height() * m_aspect);
        else
            r.setHeight(r.width() / m_aspect);
        if (anchorEdges & Top)
            r.moveBottom(m_rectAtPress.y() + m_rectAtPress.height());
        if ((anchorEdges & Left) && !(anchorEdges & Move))
            r.moveRight(m_rectAtPress.x() + m_rectAtPress.width());
    }
    // Fit inside the image, keeping the shape.
    double scale = 1.0;
    if (r.width() > bounds.width())
        scale = std::min(scale, bounds.width() / r.width());
    if (r.height() > bounds.height())
        scale = std::min(scale, bounds.height() / r.height());
    r.setSize(r.size() * scale);
    // Snap the size to the step (down, never below one step), keeping the aspect as near as steps allow.
    double w = std::max<double>(m_step, std::floor(r.width() / m_step) * m_step);
    double h = std::max<double>(m_step, std::floor(r.height() / m_step) * m_step);
    if (m_aspect > 0) {
        if (w / h > m_aspect)
            w = std::max<double>(m_step, std::round(h * m_aspect / m_step) * m_step);
        else
            h = std::max<double>(m_step, std::round(w / m_aspect / m_step) * m_step);
    }
    w = std::min(w, bounds.width());
    h = std::min(h, bounds.height());
    // Where the snapped size goes: against the edge that stays put, else around the centre.
    const double left = (anchorEdges & Left) ? r.right() - w : (anchorEdges & Right) ? r.left() : r.center().x() - w / 2;
    const double top = (anchorEdges & Top) ? r.bottom() - h : (anchorEdges & Bottom) ? r.top() : r.center().y() - h / 2;
    const double x = std::clamp(std::round(left), 0.0, bounds.width() - w);
    const double y = std::clamp(std::round(top), 0.0, bounds.height() - h);
    return QRect(int(x), int(y), int(w), int(h));
}

void CropEditor::apply(const QRect &rect)
{
    if (rect == m_rect)
        return;
    m_rect = rect;
    update();
    Q_EMIT cropChanged(m_rect);
}

void CropEditor::setCropRect(const QRect &rect)
{
    if (rect == QRect(QPoint(0, 0), m_size))
        return apply(rect); // no crop: nothing to snap
    m_rectAtPress = rect;
    apply(constrained(QRectF(rect), None));
}

void CropEditor::reset()
{
    apply(QRect(QPoint(0, 0), m_size));
}

void CropEditor::setAspect(double aspect)
{
    m_aspect = aspect > 0 ? aspect : 0;
    if (m_aspect <= 0)
        return;
    // The largest rectangle of the shape inside the current crop's centre area, as big as fits.
    const QPointF centre = QRectF(m_rect).center();
    QSizeF size(m_size);
    size = (size.width() / size.height() > m_aspect) ? QSizeF(size.height() * m_aspect, size.height())
                                                     : QSizeF(size.width(), size.width() / m_aspect);
    QRectF r(QPointF(0, 0), size);
    r.moveCenter(centre);
    m_rectAtPress = r.toRect();
    apply(constrained(r, None));
}

void CropEditor::setStep(int pixels)
{
    m_step = std::max(1, pixels);
    if (isWholeImage())
        return; // no crop stays no crop: the step applies to crops
    m_rectAtPress = m_rect;
    apply(constrained(QRectF(m_rect), None));
}

int CropEditor::edgeAt(const QPointF &pos) const
{
    const QRectF r = toWidget(QRectF(m_rect));
    if (r.isEmpty())
        return Draw;
    int edges = None;
    const bool withinY = pos.y() > r.top() - Grip && pos.y() < r.bottom() + Grip;
    const bool withinX = pos.x() > r.left() - Grip && pos.x() < r.right() + Grip;
    if (withinY && std::abs(pos.x() - r.left()) < Grip)
        edges |= Left;
    if (withinY && std::abs(pos.x() - r.right()) < Grip)
        edges |= Right;
    if (withinX && std::abs(pos.y() - r.top()) < Grip)
        edges |= Top;
    if (withinX && std::abs(pos.y() - r.bottom()) < Grip)
        edges |= Bottom;
    if (edges != None)
        return edges;
    return r.contains(pos) ? Move : Draw;
}

void CropEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_size.isEmpty())
        return QWidget::mousePressEvent(event);
    m_drag = edgeAt(event->position());
    m_pressImage = toImage(event->position());
    m_rectAtPress = m_rect;
}

void CropEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == None) {
        const int edge = edgeAt(event->position());
        Qt::CursorShape shape = Qt::CrossCursor;
        if (edge == Move)
            shape = Qt::SizeAllCursor;
        else if (edge == (Left | Top) || edge == (Right | Bottom))
            shape = Qt::SizeFDiagCursor;
        else if (edge == (Right | Top) || edge == (Left | Bottom))
            shape = Qt::SizeBDiagCursor;
        else if (edge & (Left | Right))
            shape = Qt::SizeHorCursor;
        else if (edge & (Top | Bottom))
            shape = Qt::SizeVerCursor;
        setCursor(shape);
        return;
    }
    const QPointF now = toImage(event->position());
    const QPointF delta = now - m_pressImage;
    QRectF r(m_rectAtPress);
    if (m_drag == Draw) {
        r = QRectF(m_pressImage, now).normalized();
        const int anchor = (now.x() < m_pressImage.x() ? Left : Right) | (now.y() < m_pressImage.y() ? Top : Bottom);
        m_rectAtPress = QRect(m_pressImage.toPoint(), QSize(0, 0));
        if (r.width() < 2 || r.height() < 2)
            return;
        apply(constrained(r, anchor & ~(Left | Top)));
        return;
    }
    if (m_drag == Move) {
        r.translate(delta);
        r.moveLeft(std::clamp(r.left(), 0.0, double(m_size.width()) - r.width()));
        r.moveTop(std::clamp(r.top(), 0.0, double(m_size.height()) - r.height()));
        apply(QRect(int(std::round(r.x())), int(std::round(r.y())), m_rect.width(), m_rect.height()));
        return;
    }
    if (m_drag & Left)
        r.setLeft(std::clamp(r.left() + delta.x(), 0.0, r.right() - m_step));
    if (m_drag & Right)
        r.setRight(std::clamp(r.right() + delta.x(), r.left() + m_step, double(m_size.width())));
    if (m_drag & Top)
        r.setTop(std::clamp(r.top() + delta.y(), 0.0, r.bottom() - m_step));
    if (m_drag & Bottom)
        r.setBottom(std::clamp(r.bottom() + delta.y(), r.top() + m_step, double(m_size.height())));
    apply(constrained(r, m_drag));
}

void CropEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_drag = None;
    QWidget::mouseReleaseEvent(event);
}

void CropEditor::keyPressEvent(QKeyEvent *event)
{
    int dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -1; break;
    case Qt::Key_Right: dx = 1; break;
    case Qt::Key_Up: dy = -1; break;
    case Qt::Key_Down: dy = 1; break;
    default: return QWidget::keyPressEvent(event);
    }
    const int amount = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    m_rectAtPress = m_rect;
    if ((event->modifiers() & Qt::AltModifier)) { // resize from the bottom-right corner
        const QRect grown(m_rect.topLeft(), QSize(m_rect.width() + dx * std::max(amount, m_step), m_rect.height() + dy * std::max(amount, m_step)));
        apply(constrained(QRectF(grown), dx != 0 ? Right : Bottom));
    } else {
        QRect moved = m_rect.translated(dx * amount, dy * amount);
        moved.moveLeft(std::clamp(moved.left(), 0, m_size.width() - moved.width()));
        moved.moveTop(std::clamp(moved.top(), 0, m_size.height() - moved.height()));
        apply(moved);
    }
}

void CropEditor::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF area = imageArea();
    if (area.isEmpty())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_picture.isNull())
        p.drawImage(area, m_picture);
    else
        p.fillRect(area, palette().color(QPalette::AlternateBase));
    const QRectF crop = toWidget(QRectF(m_rect));
    QPainterPath outside;
    outside.addRect(area);
    QPainterPath inside;
    inside.addRect(crop);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150));
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(255, 255, 255, 90), 1));
    for (int i = 1; i < 3; ++i) { // thirds
        p.drawLine(QPointF(crop.left() + crop.width() * i / 3, crop.top()), QPointF(crop.left() + crop.width() * i / 3, crop.bottom()));
        p.drawLine(QPointF(crop.left(), crop.top() + crop.height() * i / 3), QPointF(crop.right(), crop.top() + crop.height() * i / 3));
    }
    p.setPen(QPen(QColor(0xf1, 0xc4, 0x0f), 2));
    p.drawRect(crop);
    p.setBrush(QColor(0xf1, 0xc4, 0x0f));
    p.setPen(Qt::NoPen);
    for (const QPointF c : {crop.topLeft(), crop.topRight(), crop.bottomLeft(), crop.bottomRight()})
        p.drawRect(QRectF(c - QPointF(4, 4), QSizeF(8, 8)));
}

} // namespace lc::ui
