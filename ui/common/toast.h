#pragma once

#include <QLabel>

#include <functional>

class QTimer;

namespace lc::ui {

// A short, non-modal notification at the bottom of a window that hides itself after a few seconds.
// An optional action link ("Details") calls back.
class Toast final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Toast)

public:
    explicit Toast(QWidget *parent);
    void showMessage(const QString &text, const QString &actionText = {}, std::function<void()> action = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    QTimer *m_timer;
    std::function<void()> m_action;
};

} // namespace lc::ui
