#include "previewwidget.h"

#include "library/libraryservice.h"

#include <QBuffer>
#include <QImageReader>
#include <QMouseEvent>
#include <QPainter>
#include <QScopeGuard>

namespace lc::ui {

PreviewWidget::PreviewWidget(const LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setMinimumHeight(180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Double-click for 100 %; drag to pan"));
}

void PreviewWidget::clear()
{
    m_load.cancel();
    m_check.cancel();
    m_hash = ContentHash();
    m_image = QImage();
    m_problem.clear();
    setToolTip(QString());
    update();
}

void PreviewWidget::setImage(const ContentHash &hash)
{
    if (hash == m_hash)
        return;
    m_hash = hash;
    m_image = QImage();
    m_isOriginal = false;
    m_offset = {};
    m_problem.clear();
    setToolTip(QString());
    m_check.start(m_service.checkOriginal(hash), this, [this](const QString &problem) {
        m_problem = problem;
        setToolTip(problem);
        update();
        Q_EMIT originalChecked(problem);
    });
    m_load.start(m_service.loadThumbnail(hash), this, [this](const QImage &image) {
        m_image = image;
        update();
        loadOriginal();
    });
}

void PreviewWidget::loadOriginal()
{
    const QSize fit = m_actualSize ? QSize() : size() * devicePixelRatioF();
    m_load.start(m_service.loadOriginal(m_hash, fit), this, [this](const QImage &image) {
        if (image.isNull())
            return;
        m_image = image;
        m_isOriginal = true;
        update();
    });
}

void PreviewWidget::setActualSize(bool on)
{
    if (on == m_actualSize)
        return;
    m_actualSize = on;
    m_offset = {};
    if (m_hash.isValid())
        loadOriginal();
    setCursor(on ? Qt::OpenHandCursor : Qt::ArrowCursor);
    Q_EMIT actualSizeChanged(on);
    update();
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
            !m_problem.isEmpty() ? m_problem : m_hash.isValid() ? tr("Loading…") : tr("No image selected"));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal dpr = devicePixelRatioF();
    auto drawProblem = [this, &p] {
        if (m_problem.isEmpty())
            return;
        // A red strip across the bottom: the thumbnail still shows, but its original is gone or changed.
        const QString label = m_problem.contains(QLatin1String("missing")) ? tr("Missing original") : tr("Damaged original");
        QFont f = p.font();
        f.setBold(true);
        p.setFont(f);
        const QRect strip(0, height() - p.fontMetrics().height() - 12, width(), p.fontMetrics().height() + 12);
        p.fillRect(strip, QColor(0xb0, 0x20, 0x20, 230));
        p.setPen(Qt::white);
        p.drawText(strip, Qt::AlignCenter, label);
    };
    auto finish = qScopeGuard(drawProblem);
    if (m_actualSize && m_isOriginal) {
        const QSizeF shown = QSizeF(m_image.size()) / dpr;
        QPointF topLeft((width() - shown.width()) / 2 + m_offset.x(), (height() - shown.height()) / 2 + m_offset.y());
        p.drawImage(QRectF(topLeft, shown), m_image);
        return;
    }
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()).shrunkBy({4, 4, 4, 4}), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    p.drawImage(target, m_image);
}

void PreviewWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    setActualSize(!m_actualSize);
}

void PreviewWidget::mousePressEvent(QMouseEvent *event)
{
    m_dragStart = event->position().toPoint();
    m_offsetAtDrag = m_offset;
}

void PreviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_actualSize || !(event->buttons() & Qt::LeftButton))
        return;
    m_offset = m_offsetAtDrag + (event->position() - QPointF(m_dragStart));
    update();
}

} // namespace lc::ui
