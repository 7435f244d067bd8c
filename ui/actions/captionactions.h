#pragma once

#include "caption/captiontypes.h"
#include "catalog/types.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace lc {
class Job;
class JobManager;
class Library;
class LibraryService;
}

namespace lc::ui {

class GridPanel;
class HistoryController;
class SettingsDialog;
class SelectionContext;

// Auto-captioning from the window: Caption Images… (the dialog, then a CaptionJob in the Tasks panel),
// Settings… (Settings → Captioning), Resume of an interrupted run. A finished run becomes one undo step
// ("Generate 120 Captions"); its per-item failures are listed under Details.
class CaptionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionActions)

public:
    CaptionActions(const Library &library, const LibraryService &service, JobManager &jobs, SelectionContext &context,
        HistoryController &history, GridPanel &grid, QWidget *window);

    QAction *captionAction() const { return m_caption; }
    QAction *settingsAction() const { return m_settings; }
    QAction *findReplaceAction() const { return m_findReplace; }
    QAction *templateAction() const { return m_template; }

    // Asks yes/no (replace all); set by the window, tests replace it.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;
    // "Workspace/Dataset" for an id, for the task's title.
    std::function<QString(DatasetId)> datasetPath;

    void openCaptionDialog();
    // Edit → Settings… on the Captioning page; the dialog, to show another page.
    SettingsDialog *openSettings();
    // Find & Replace in Captions / Apply Caption Template (the dialog; Apply is one undo step).
    void openCaptionEdit(bool replace);
    // Continues an interrupted run: what it captioned is not sent again.
    void resume(TaskId task);

Q_SIGNALS:
    void aboutToWrite(); // save the caption being typed first
    void message(const QString &text, const QString &actionText, const std::function<void()> &action);
    // A run wrote captions: views of these items should show them.
    void captionsWritten(const QList<lc::ItemId> &items);
    void settingsSaved(); // Settings was accepted (the quality thresholds may have changed)

private:
    void start(const CaptionRequest &request);
    void onJobFinished(Job *job);

    const Library &m_library;
    const LibraryService &m_service;
    JobManager &m_jobs;
    SelectionContext &m_context;
    HistoryController &m_history;
    GridPanel &m_grid;
    QWidget *m_window;
    QAction *m_caption;
    QAction *m_settings;
    QAction *m_findReplace;
    QAction *m_template;
};

} // namespace lc::ui
