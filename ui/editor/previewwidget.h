#pragma once

#include "async/async.h"
#include "util/contenthash.h"

#include <QImage>
#include <QWidget>

namespace lc {
class LibraryService;
}

namespace lc::ui {

// A large preview of one stored image: fitted to the panel, or at 100 % (double-click or the button)
// with drag-to-pan. Shows the thumbnail at once and the original, decoded off the GUI thread, when it
// arrives.
class PreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWidget)

public:
    PreviewWidget(const LibraryService &service, QWidget *parent = nullptr);

    void setImage(const ContentHash &hash);
    void clear();
    bool isActualSize() const { return m_actualSize; }
    // What is wrong with the stored original of the image shown (missing, damaged), empty when nothing.
    QString originalProblem() const { return m_problem; }
    void setActualSize(bool on);
    QSize sizeHint() const override { return QSize(360, 300); }

Q_SIGNALS:
    void actualSizeChanged(bool on);
    void originalChecked(const QString &problem);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void loadOriginal();

    const LibraryService &m_service;
    async::Latest<QImage> m_load; // the thumbnail, then the original, of the image shown now
    async::Latest<QString> m_check; // whether its stored original is there and whole
    QString m_problem;
    ContentHash m_hash;
    QImage m_image;
    bool m_isOriginal = false;
    bool m_actualSize = false;
    QPointF m_offset;
    QPoint m_dragStart;
    QPointF m_offsetAtDrag;
};

} // namespace lc::ui
