#include "toast.h"

#include <QEvent>
#include <QTimer>

namespace lc::ui {

Toast::Toast(QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("toast"));
    setTextFormat(Qt::RichText);
    setWordWrap(false);
    hide();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(this, &QLabel::linkActivated, this, [this] {
        if (m_action)
            m_action();
        hide();
    });
    parent->installEventFilter(this);
}

void Toast::showMessage(const QString &text, const QString &actionText, std::function<void()> action)
{
    m_action = std::move(action);
    QString html = text.toHtmlEscaped();
    if (!actionText.isEmpty() && m_action)
        html += QStringLiteral(" &nbsp;<a href=\"action\">%1</a>").arg(actionText.toHtmlEscaped());
    setText(html);
    adjustSize();
    place();
    show();
    raise();
    m_timer->start(6000);
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

void Toast::place()
{
    const QWidget *p = parentWidget();
    move((p->width() - width()) / 2, p->height() - height() - 48);
}

} // namespace lc::ui
