#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace lc::ui {

class CaptionActions;
class GridPanel;
class HistoryController;
class ItemActions;
class LibraryActions;
class TrainActions;
class LibraryPanel;
class Lightbox;

// The window's menus and toolbar, built from the actions of the controllers that own them (after
// Dolphin's DolphinMainWindow/DolphinViewActionHandler split): File, Edit, Image, View and the toolbar.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    MainActions(QMainWindow *window, LibraryPanel *library, GridPanel *grid, HistoryController &history, ItemActions &items,
        LibraryActions &libraryActions, CaptionActions &captionActions, TrainActions &trainActions, Lightbox *lightbox,
        const QList<QDockWidget *> &docks);
};

} // namespace lc::ui
