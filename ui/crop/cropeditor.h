#pragma once

#include <QImage>
#include <QRect>
#include <QWidget>

#include <optional>

namespace lc::ui {

// A crop rectangle over an image, in the image's own (upright) pixels whatever the size shown: drag
// outside it to draw a new one, inside to move it, on an edge or corner to resize it; an aspect lock
// keeps the shape; sizes snap to a step; the arrow keys nudge it (Shift: 10 px), Shift+Alt+arrows resize
// it. What the crop leaves out is dimmed, with thirds lines inside.
class CropEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CropEditor)

public:
    explicit CropEditor(QWidget *parent = nullptr);

    // The picture shown (any size) and the size of the image it stands for.
    void setImage(const QImage &picture, const QSize &imageSize);
    QSize imageSize() const { return m_size; }

    QRect cropRect() const { return m_rect; }
    void setCropRect(const QRect &rect); // clamped into the image; the aspect and step applied
    void reset();                        // the whole image
    bool isWholeImage() const { return m_rect == QRect(QPoint(0, 0), m_size); }

    // Width / height to keep (0: free). Changing it refits the crop around its centre.
    void setAspect(double aspect);
    double aspect() const { return m_aspect; }
    // Widths and heights are multiples of this many image pixels (1: none).
    void setStep(int pixels);
    int step() const { return m_step; }

    // The image pixel under a widget position, and the widget rectangle of an image rectangle.
    QPointF toImage(const QPointF &widget) const;
    QRectF toWidget(const QRectF &image) const;

    QSize sizeHint() const override { return QSize(900, 640); }

Q_SIGNALS:
    void cropChanged(const QRect &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum Edge { None = 0, Left = 1, Right = 2, Top = 4, Bottom = 8, Move = 16, Draw = 32 };
    int edgeAt(const QPointF &pos) const;
    QRectF imageArea() const;
    QRect constrained(QRectF rect, int anchorEdges) const;
    void apply(const QRect &rect);

    QImage m_picture;
    QSize m_size;
    QRect m_rect;
    double m_aspect = 0;
    int m_step = 1;
    int m_drag = None;
    QPointF m_pressImage;
    QRect m_rectAtPress;
};

} // namespace lc::ui
