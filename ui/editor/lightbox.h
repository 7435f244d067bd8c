#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace lc {
class LibraryService;
}

namespace lc::ui {

class PreviewWidget;
class SelectionContext;

// The full-window preview (View → Full-Window Preview, F in the grid): the selected image as large as
// the window allows, or two selected images side by side to compare. It follows the selection: the arrow
// keys (and Ctrl+Up/Down) ask the grid for the previous or next image; Escape, F or Enter close it.
// Double-click an image for 100 % and drag to pan (PreviewWidget).
class Lightbox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Lightbox)

public:
    Lightbox(const LibraryService &service, SelectionContext &context, QWidget *parent);

    // Covers the parent and takes the keyboard; closing gives it back to `returnFocus`.
    void open(QWidget *returnFocus = nullptr);
    // Re-reads the selection's details (after the editor loaded them).
    void refresh();
    // What is shown (tests): the file names, left to right.
    QStringList shownNames() const { return m_names; }

Q_SIGNALS:
    void stepRequested(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    SelectionContext &m_context;
    PreviewWidget *m_views[2];
    QLabel *m_labels[2];
    QLabel *m_hint;
    QStringList m_names;
    QPointer<QWidget> m_returnFocus;
};

} // namespace lc::ui
