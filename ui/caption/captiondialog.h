#pragma once

#include "caption/captiontypes.h"
#include "catalog/types.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace lc::ui {

// Caption Images…: what to caption (the selection, the images the grid shows, or the whole dataset) and
// how (fill empty captions, replace generated ones, append, replace all), with the backend the settings
// name; Settings… opens Settings → Captioning.
class CaptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionDialog)

public:
    enum class Scope { Selection, View, Dataset };

    CaptionDialog(const Dataset &dataset, QList<ItemId> selection, QList<ItemId> shown, QWidget *parent = nullptr);

    CaptionRequest request() const;
    void setScope(Scope scope);
    void setMode(CaptionMode mode);

Q_SIGNALS:
    void settingsRequested();

public Q_SLOTS:
    void reloadSettings();

private:
    Dataset m_dataset;
    QList<ItemId> m_selection;
    QList<ItemId> m_shown;
    CaptionSettings m_settings;
    QLabel *m_backend;
    QButtonGroup *m_scope;
    QComboBox *m_mode;
    QLabel *m_modeHelp;
};

} // namespace lc::ui
