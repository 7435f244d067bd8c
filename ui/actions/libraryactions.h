#pragma once

#include "catalog/types.h"
#include "crop/autocrop.h"
#include "search/webimport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace lc {
class ImportJob;
class Job;
class JobManager;
class Library;
class LibraryService;
}

namespace lc::ui {

class CropReviewDialog;
class DuplicatesDialog;
class HistoryController;
class SelectionContext;

// What the window does to the library as a whole: import (files, a folder, dropped paths; into a new
// dataset when none is selected), export the current dataset, clean up the store. Long work becomes a
// job of the window's JobManager.
class LibraryActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryActions)

public:
    LibraryActions(const Library &library, const LibraryService &service, JobManager &jobs, SelectionContext &context,
        HistoryController &history, QWidget *window);

    QAction *importFilesAction() const { return m_importFiles; }
    QAction *importFolderAction() const { return m_importFolder; }
    QAction *importUrlsAction() const { return m_importUrls; }
    QAction *exportAction() const { return m_export; }
    QAction *cleanUpAction() const { return m_cleanUp; }
    QAction *checkLibraryAction() const { return m_checkLibrary; }
    // File → Check Library…: fsck with a progress dialog (cancelable); the report, and for originals that
    // are missing or damaged an offer to read them back from where they were imported (fsck --repair).
    void checkLibrary();
    // Says what the check found (tests replace it); `offerRepair`: whether a Repair answer is possible.
    // Returns true when the user chose to repair.
    std::function<bool(const QString &text, bool offerRepair)> showCheckReport;
    QAction *findDuplicatesAction() const { return m_findDuplicates; }
    // Dataset → Find Duplicates…: the review of the current dataset's near-duplicates.
    void findDuplicates();
    DuplicatesDialog *duplicatesDialog() const; // the one open (tests)
    QAction *analyzeQualityAction() const { return m_analyzeQuality; }
    QAction *autoCropAction() const { return m_autoCrop; }
    // Dataset → Check Image Quality: measures the images stored before quality measurements existed
    // (an AnalyzeJob in the Tasks panel); the flags of the others are known already.
    void analyzeQuality();
    // Auto-Crop…: asks for the options, then proposes crops (a job) for the selection or the dataset.
    void autoCrop();
    void startAutoCrop(const crop::AutoCropOptions &options);
    // The proposals of the last auto-crop, open until applied or dismissed (tests).
    CropReviewDialog *cropReview() const;

    // Asks yes/no (Clean Up); set by the window, tests replace it.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> confirm;
    // "Workspace/Dataset" for an id, for the task's title.
    std::function<QString(DatasetId)> datasetPath;

    // Imports paths into a dataset (or, with none, into a new dataset named after the first folder).
    void importPaths(DatasetId dataset, const QStringList &paths);
    ImportJob *startImport(DatasetId dataset, const QString &datasetName, const QStringList &paths);
    // File → Import from URLs…: the dialog for pasted addresses, then their download into the current dataset.
    void importFromUrls();
    // Downloads images from the web into a dataset (the Collect panel's Add, pasted addresses): a job
    // that imports them through the import pipeline, each with its provenance. Null when none can start.
    ImportJob *downloadImages(DatasetId dataset, const QString &datasetName, const QList<search::WebImage> &images);
    // The dialog of importFromUrls() while open (tests).
    QDialog *urlImportDialog() const;
    void exportCurrentDataset();
    void cleanUpLibrary();
    // An empty library gets "My Workspace / My Dataset".
    void setUpFirstRun();
    // Quitting cancels running jobs: asks first (when any runs), saying what happens to them.
    bool confirmQuit();

protected:
    // Ctrl+E exports even from a text field (which would take it as "end of line").
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void aboutToWrite(); // save the caption being typed first
    void datasetCreated(lc::DatasetId dataset);
    // An import committed images into `dataset` (or finished): views of it should reload.
    void itemsArrived(lc::DatasetId dataset);
    // An analysis finished: the quality counts and badges of `dataset` should follow.
    void qualityAnalyzed(lc::DatasetId dataset);
    void message(const QString &text, const QString &actionText, const std::function<void()> &action);
    // The export pre-flight's Show in Grid: these images of the current dataset.
    void showItemsRequested(const QList<lc::ItemId> &items);

private:
    void chooseFilesToImport(bool folder);
    void onJobAdded(Job *job);
    void onJobFinished(Job *job);

    const Library &m_library;
    const LibraryService &m_service;
    JobManager &m_jobs;
    SelectionContext &m_context;
    HistoryController &m_history;
    QWidget *m_window;
    QAction *m_importFiles;
    QAction *m_importFolder;
    QAction *m_importUrls;
    QAction *m_export;
    QAction *m_cleanUp;
    QAction *m_checkLibrary;
    QAction *m_findDuplicates;
    QAction *m_analyzeQuality;
    QAction *m_autoCrop;
    QPointer<CropReviewDialog> m_cropReview;
    QPointer<DuplicatesDialog> m_duplicatesDialog;
    QPointer<QDialog> m_urlImportDialog;
    bool m_cleaningUp = false; // a gc is queued or running: no import may start
};

} // namespace lc::ui
