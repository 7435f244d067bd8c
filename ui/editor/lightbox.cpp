#include "lightbox.h"

#include "common/selectioncontext.h"
#include "previewwidget.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>

namespace lc::ui {

Lightbox::Lightbox(const LibraryService &service, SelectionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("lightbox"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(false);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setHorizontalSpacing(16);
    for (int i = 0; i < 2; ++i) {
        m_views[i] = new PreviewWidget(service, this);
        m_views[i]->setFocusPolicy(Qt::NoFocus);
        m_labels[i] = new QLabel(this);
        m_labels[i]->setAlignment(Qt::AlignCenter);
        m_labels[i]->setWordWrap(true);
        m_labels[i]->setStyleSheet(QStringLiteral("color: #d8d8d8;"));
        layout->addWidget(m_views[i], 0, i);
        layout->addWidget(m_labels[i], 1, i);
        layout->setColumnStretch(i, 1);
    }
    layout->setRowStretch(0, 1);
    m_hint->setText(tr("← → previous / next  ·  double-click: 100 %  ·  Esc, F or Enter: close  ·  select two images to compare them"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setStyleSheet(QStringLiteral("color: #8a8a8a;"));
    layout->addWidget(m_hint, 2, 0, 1, 2);
    parent->installEventFilter(this);
    hide();
    connect(&m_context, &SelectionContext::detailsEdited, this, &Lightbox::refresh);
}

void Lightbox::open(QWidget *returnFocus)
{
    m_returnFocus = returnFocus;
    setGeometry(parentWidget()->rect());
    show();
    raise();
    refresh();
    setFocus(Qt::OtherFocusReason);
}

void Lightbox::refresh()
{
    if (isHidden())
        return; // closed: nothing to follow
    const QList<ItemDetail> &details = m_context.details();
    m_names.clear();
    const int shown = int(std::min<qsizetype>(details.size(), 2));
    // One image takes the whole width; two share it.
    if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->setColumnStretch(1, shown > 1 ? 1 : 0);
    for (int i = 0; i < 2; ++i) {
        const bool on = i < shown;
        m_views[i]->setVisible(on);
        m_labels[i]->setVisible(on);
        if (!on) {
            m_views[i]->clear();
            continue;
        }
        const ItemDetail &d = details.at(i);
        m_views[i]->setImage(d.row.hash);
        m_names << d.row.name;
        QString caption = d.caption.simplified();
        if (caption.size() > 300)
            caption = caption.left(299) + QStringLiteral("…");
        m_labels[i]->setText(QStringLiteral("<b>%1</b> · %2×%3<br>%4")
                                 .arg(d.row.name.toHtmlEscaped())
                                 .arg(d.row.width)
                                 .arg(d.row.height)
                                 .arg(caption.isEmpty() ? tr("<i>no caption</i>") : caption.toHtmlEscaped()));
    }
    if (details.size() > 2)
        m_hint->setText(tr("Showing the first two of %1 selected images").arg(details.size()));
    else if (details.size() == 2)
        m_hint->setText(tr("Two selected images side by side  ·  double-click: 100 %  ·  Esc, F or Enter: close"));
    else
        m_hint->setText(tr("← → previous / next  ·  double-click: 100 %  ·  Esc, F or Enter: close  ·  select two images to compare them"));
}

bool Lightbox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void Lightbox::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        hide();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        Q_EMIT stepRequested(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        Q_EMIT stepRequested(-1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void Lightbox::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x12, 0x12, 0x12, 245));
}

void Lightbox::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    m_returnFocus.clear();
}

} // namespace lc::ui
