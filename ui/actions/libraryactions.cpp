#include "libraryactions.h"

#include "actions/historycontroller.h"
#include "collect/urlimportdialog.h"
#include "async/async.h"
#include "common/selectioncontext.h"
#include "crop/autocropdialog.h"
#include "crop/autocropjob.h"
#include "edit/itemcommands.h"
#include "curation/analyzejob.h"
#include "edit/catalogwriter.h"
#include "curation/duplicatesdialog.h"
#include "export/exportdialog.h"
#include "export/exportjob.h"
#include "import/importjob.h"
#include "jobs/jobmanager.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "tasks/taskspanel.h"
#include "util/fileutil.h"

#include <QAction>
#include <QPushButton>
#include <QMessageBox>
#include <QTimer>
#include <QProgressDialog>
#include <QApplication>
#include <QKeyEvent>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>

namespace lc::ui {

LibraryActions::LibraryActions(const Library &library, const LibraryService &service, JobManager &jobs,
    SelectionContext &context, HistoryController &history, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_service(service)
    , m_jobs(jobs)
    , m_context(context)
    , m_history(history)
    , m_window(window)
    , m_importFiles(new QAction(QIcon(QStringLiteral(":/icons/import-files.svg")), tr("Import Files…"), this))
    , m_importFolder(new QAction(QIcon(QStringLiteral(":/icons/import-folder.svg")), tr("Import Folder…"), this))
    , m_importUrls(new QAction(tr("Import from URLs…"), this))
    , m_export(new QAction(tr("Export…"), this))
    , m_cleanUp(new QAction(tr("Clean Up Library…"), this))
    , m_checkLibrary(new QAction(tr("Check Library…"), this))
    , m_findDuplicates(new QAction(tr("Find Duplicates…"), this))
    , m_analyzeQuality(new QAction(tr("Check Image Quality"), this))
    , m_autoCrop(new QAction(tr("Auto-Crop…"), this))
{
    m_autoCrop->setObjectName(QStringLiteral("autoCropAction"));
    m_autoCrop->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_autoCrop->setStatusTip(tr("Crop the selected images, or the dataset, to a bucket's shape around their faces or subject"));
    connect(m_autoCrop, &QAction::triggered, this, &LibraryActions::autoCrop);
    m_analyzeQuality->setObjectName(QStringLiteral("analyzeQualityAction"));
    m_analyzeQuality->setStatusTip(tr("Measure sharpness, exposure and bars of images imported before LoRA Craft measured them"));
    connect(m_analyzeQuality, &QAction::triggered, this, &LibraryActions::analyzeQuality);
    m_findDuplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    m_findDuplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_findDuplicates->setStatusTip(tr("Near-duplicate images of the dataset, to keep one of each"));
    connect(m_findDuplicates, &QAction::triggered, this, &LibraryActions::findDuplicates);
    m_importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFiles->setToolTip(tr("Import images, folders or ZIP files into the current dataset (Ctrl+I). "
                                 "You can also drop them anywhere on the window."));
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importUrls->setObjectName(QStringLiteral("importUrls"));
    m_importUrls->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_importUrls->setStatusTip(tr("Download images from pasted addresses into the current dataset"));
    connect(m_importUrls, &QAction::triggered, this, &LibraryActions::importFromUrls);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_cleanUp->setStatusTip(tr("Remove stored images that no dataset uses any more"));
    connect(m_importFiles, &QAction::triggered, this, [this] { chooseFilesToImport(false); });
    connect(m_importFolder, &QAction::triggered, this, [this] { chooseFilesToImport(true); });
    connect(m_export, &QAction::triggered, this, &LibraryActions::exportCurrentDataset);
    connect(m_cleanUp, &QAction::triggered, this, &LibraryActions::cleanUpLibrary);
    m_checkLibrary->setObjectName(QStringLiteral("checkLibrary"));
    m_checkLibrary->setStatusTip(tr("Check the catalog and re-read every stored image; bring back lost originals"));
    connect(m_checkLibrary, &QAction::triggered, this, &LibraryActions::checkLibrary);
    showCheckReport = [this](const QString &text, bool offerRepair) {
        QMessageBox box(offerRepair ? QMessageBox::Warning : QMessageBox::Information, tr("Check Library"), text, QMessageBox::Close, m_window);
        QPushButton *repair = offerRepair ? box.addButton(tr("Repair"), QMessageBox::AcceptRole) : nullptr;
        box.exec();
        return repair && box.clickedButton() == repair;
    };
    qApp->installEventFilter(this);
    connect(&m_jobs, &JobManager::jobAdded, this, &LibraryActions::onJobAdded);
    connect(&m_jobs, &JobManager::jobFinished, this, &LibraryActions::onJobFinished);
}

bool LibraryActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window && QKeySequence(key->keyCombination()) == m_export->shortcut()) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool LibraryActions::confirmQuit()
{
    if (!m_jobs.isBusy())
        return true;
    QStringList what;
    for (Job *job : m_jobs.jobs()) {
        const JobProgress p = job->progress();
        what << (p.total > 0 ? tr("• %1 (%2 of %3 done)").arg(job->title()).arg(p.done).arg(p.total) : tr("• %1").arg(job->title()));
    }
    const QString text = tr("Still running:\n%1\n\nQuitting cancels it. Images imported so far stay in the dataset, and the "
                            "Tasks panel offers to resume the import next time. A canceled export leaves nothing behind.")
                             .arg(what.join(QLatin1Char('\n')));
    return !confirm || confirm(tr("Quit LoRA Craft?"), text, tr("Cancel and Quit"));
}

void LibraryActions::onJobAdded(Job *job)
{
    if (auto *import = qobject_cast<ImportJob *>(job))
        connect(import, &ImportJob::itemsCommitted, this, [this, import] { Q_EMIT itemsArrived(import->dataset()); });
}

void LibraryActions::onJobFinished(Job *job)
{
    if (auto *import = qobject_cast<ImportJob *>(job)) {
        Q_EMIT itemsArrived(import->dataset());
        const ImportReport report = import->report(); // the job is freed after this
        Q_EMIT message(TasksPanel::summary(report, import->datasetName()), tr("Details"),
            [this, report] { TasksPanel::showReport(m_window, report); });
    } else if (auto *exported = qobject_cast<ExportJob *>(job)) {
        const ExportReport r = exported->report();
        if (r.failure) {
            Q_EMIT message(r.canceled ? tr("Export canceled; nothing was written.") : tr("Export failed: %1").arg(r.failure->message),
                QString(), {});
            return;
        }
        const QString folder = r.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? QFileInfo(r.outputPath).absolutePath() : r.outputPath;
        Q_EMIT message(tr("Exported %1 images to %2").arg(r.images).arg(QDir::toNativeSeparators(r.outputPath)), tr("Show"),
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    } else if (auto *analyzed = qobject_cast<curation::AnalyzeJob *>(job)) {
        Q_EMIT qualityAnalyzed(analyzed->dataset());
        if (analyzed->state() == Job::State::Failed)
            Q_EMIT message(tr("%1 failed: %2").arg(job->title(), job->error()), QString(), {});
        else if (analyzed->state() == Job::State::Completed)
            Q_EMIT message(tr("%1: %2").arg(job->title(), job->summary()), QString(), {});
    } else if (auto *cropped = qobject_cast<crop::AutoCropJob *>(job)) {
        if (cropped->state() == Job::State::Failed) {
            Q_EMIT message(tr("%1 failed: %2").arg(job->title(), job->error()), QString(), {});
            return;
        }
        if (cropped->state() != Job::State::Completed)
            return;
        if (cropped->report().changes() == 0) {
            Q_EMIT message(tr("No crop to propose: every image already has the shape."), QString(), {});
            return;
        }
        // The proposals to accept or reject; applied as one undo step.
        const DatasetId dataset = cropped->dataset();
        if (m_cropReview)
            m_cropReview->close();
        m_cropReview = new CropReviewDialog(m_service, cropped->report(), m_window);
        m_cropReview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_cropReview, &CropReviewDialog::applyRequested, this, [this, dataset](const QHash<ItemId, std::optional<QRect>> &crops) {
            if (crops.isEmpty())
                return;
            Q_EMIT aboutToWrite();
            auto *command = new SetCropsCommand(m_library.writer(), crops, tr("Auto-Crop %n Image(s)", nullptr, int(crops.size())));
            command->setDataset(dataset);
            m_history.stack()->push(command);
            Q_EMIT message(tr("Cropped %n image(s). Undo with Ctrl+Z.", nullptr, int(crops.size())), QString(), {});
        });
        m_cropReview->show();
    } else if (job->state() == Job::State::Failed) {
        Q_EMIT message(tr("%1 failed: %2").arg(job->title(), job->error()), QString(), {});
    }
}

void LibraryActions::autoCrop()
{
    if (!m_context.dataset().id.isValid()) {
        Q_EMIT message(tr("Select a dataset first."), QString(), {});
        return;
    }
    AutoCropOptionsDialog dialog(int(m_context.selection().size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    crop::AutoCropOptions options = dialog.options();
    if (dialog.selectionOnly())
        options.only = m_context.selection();
    startAutoCrop(options);
}

CropReviewDialog *LibraryActions::cropReview() const
{
    return m_cropReview;
}

void LibraryActions::startAutoCrop(const crop::AutoCropOptions &options)
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid())
        return;
    m_jobs.add(std::make_unique<crop::AutoCropJob>(m_library, dataset, options));
}

void LibraryActions::analyzeQuality()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset first."), QString(), {});
        return;
    }
    for (Job *job : m_jobs.jobs()) {
        auto *running = qobject_cast<curation::AnalyzeJob *>(job);
        if (running && !running->isFinished() && running->dataset() == dataset.id)
            return; // already on its way (Tasks panel)
    }
    m_jobs.add(std::make_unique<curation::AnalyzeJob>(m_library, dataset, m_service.qualityThresholds()));
}

void LibraryActions::chooseFilesToImport(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Import Images"), QString(),
            tr("Images and archives (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;All files (*)"));
    }
    importPaths(m_context.dataset().id, paths);
}

void LibraryActions::importPaths(DatasetId dataset, const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_cleaningUp) {
        Q_EMIT message(tr("Clean Up is running: import again in a moment."), QString(), {});
        return;
    }
    if (dataset.isValid()) {
        startImport(dataset, datasetPath ? datasetPath(dataset) : QString(), paths);
        return;
    }
    // No dataset selected: make one named after the first dropped folder (or file; no disk access here).
    const QFileInfo first(paths.first());
    NewDataset spec;
    spec.name = first.suffix().isEmpty() ? first.fileName() : first.completeBaseName();
    if (spec.name.isEmpty())
        spec.name = tr("Imported");
    spec.uniqueName = true;
    async::onResult(m_service.createDataset(spec), this, [this, paths](const Result<Dataset> &d) {
        if (!d) {
            Q_EMIT message(d.error().message, QString(), {});
            return;
        }
        Q_EMIT datasetCreated(d->id);
        startImport(d->id, d->workspaceName + QLatin1Char('/') + d->name, paths);
    });
}

ImportJob *LibraryActions::startImport(DatasetId dataset, const QString &datasetName, const QStringList &paths)
{
    ImportRequest request;
    request.dataset = dataset;
    request.paths = paths;
    return static_cast<ImportJob *>(m_jobs.add(std::make_unique<ImportJob>(m_library, request, datasetName)));
}

void LibraryActions::importFromUrls()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select the dataset to import into first."), QString(), {});
        return;
    }
    if (m_urlImportDialog) {
        m_urlImportDialog->raise();
        m_urlImportDialog->activateWindow();
        return;
    }
    const QString name = dataset.workspaceName + QLatin1Char('/') + dataset.name;
    auto *dialog = new UrlImportDialog(name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_urlImportDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = dataset.id, name] { downloadImages(id, name, dialog->images()); });
    dialog->open();
}

QDialog *LibraryActions::urlImportDialog() const
{
    return m_urlImportDialog;
}

ImportJob *LibraryActions::downloadImages(DatasetId dataset, const QString &datasetName, const QList<search::WebImage> &images)
{
    if (!dataset.isValid() || images.isEmpty())
        return nullptr;
    if (m_cleaningUp) {
        Q_EMIT message(tr("Clean Up is running: add the images again in a moment."), QString(), {});
        return nullptr;
    }
    search::WebImportRequest request;
    request.dataset = dataset;
    request.images = images;
    return static_cast<ImportJob *>(m_jobs.add(std::make_unique<ImportJob>(m_library, std::move(request), datasetName)));
}

void LibraryActions::exportCurrentDataset()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset to export."), QString(), {});
        return;
    }
    Q_EMIT aboutToWrite();
    // Export what the user sees: let pending edits land first (without blocking the GUI thread).
    CatalogWriter &writer = m_service.writer();
    if (writer.pending() > 0) {
        connect(&writer, &CatalogWriter::idle, this, &LibraryActions::exportCurrentDataset, Qt::SingleShotConnection);
        return;
    }
    auto *dialog = new ExportDialog(m_service, dataset, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_jobs.add(std::make_unique<ExportJob>(m_library, dialog->plan())); });
    connect(dialog, &ExportDialog::showInGridRequested, this, &LibraryActions::showItemsRequested);
    dialog->open();
}

void LibraryActions::findDuplicates()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset first."), QString(), {});
        return;
    }
    if (m_duplicatesDialog)
        m_duplicatesDialog->close();
    Q_EMIT aboutToWrite();
    auto *dialog = new DuplicatesDialog(m_service, m_history.stack(), dataset, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_duplicatesDialog = dialog;
    connect(dialog, &DuplicatesDialog::message, this, [this](const QString &text) { Q_EMIT message(text, QString(), {}); });
    dialog->show();
}

DuplicatesDialog *LibraryActions::duplicatesDialog() const
{
    return m_duplicatesDialog;
}

void LibraryActions::cleanUpLibrary()
{
    if (m_cleaningUp)
        return;
    if (m_jobs.isBusy()) {
        Q_EMIT message(tr("Clean Up waits until the running tasks have finished."), QString(), {});
        return;
    }
    Q_EMIT aboutToWrite();
    // Deleted datasets the undo history can bring back still need their images. The list is taken when
    // each gc is queued: a deletion made while the dialog was open is kept too.
    auto keepNow = [this] {
        return [holders = m_history.heldImages()] {
            QSet<ContentHash> keep;
            for (const auto &held : holders) {
                for (const QString &hex : held()) // on the writer, where the snapshots are written
                    keep.insert(ContentHash::fromHex(hex));
            }
            return keep;
        };
    };
    // No import may start until the gc is done: it would race the removal of unreferenced files.
    m_cleaningUp = true;
    async::onResult(m_service.collectGarbage(true, keepNow()), this, [this, keepNow](const Result<GcReport> &preview) {
        if (!preview) {
            m_cleaningUp = false;
            Q_EMIT message(tr("Clean Up failed: %1").arg(preview.error().message), QString(), {});
            return;
        }
        const int leftovers = preview->orphanFilesRemoved + preview->temporaryFilesRemoved;
        if (preview->blobsRemoved + leftovers == 0) {
            m_cleaningUp = false;
            Q_EMIT message(tr("Nothing to clean up: every stored image is used by a dataset or can still be brought back by Undo."),
                QString(), {});
            return;
        }
        const QString text = tr("Remove %1 stored image(s) that no dataset uses any more, and %2 leftover file(s)? This frees %3.\n\n"
                                "Images that Edit → Undo can still bring back are kept. Removed images cannot be recovered.")
                                 .arg(preview->blobsRemoved)
                                 .arg(leftovers)
                                 .arg(FileUtil::formatBytes(preview->bytesFreed));
        if ((confirm && !confirm(tr("Clean Up Library"), text, tr("Clean Up"))) || m_jobs.isBusy()) {
            m_cleaningUp = false;
            return;
        }
        async::onResult(m_service.collectGarbage(false, keepNow()), this, [this](const Result<GcReport> &done) {
            m_cleaningUp = false;
            if (!done)
                Q_EMIT message(tr("Clean Up failed: %1").arg(done.error().message), QString(), {});
            else
                Q_EMIT message(tr("Cleaned up: removed %1 image(s), freed %2.").arg(done->blobsRemoved).arg(FileUtil::formatBytes(done->bytesFreed)),
                    QString(), {});
        });
    });
}

void LibraryActions::checkLibrary()
{
    // Re-hashing every image takes a while on a big library: a progress dialog, fed from the read pool
    // through atomics (the callback runs there), with Cancel.
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    auto canceled = std::make_shared<std::atomic<bool>>(false);
    auto *dialog = new QProgressDialog(tr("Checking the catalog and every stored image…"), tr("Cancel"), 0, 0, m_window);
    dialog->setObjectName(QStringLiteral("checkProgress"));
    dialog->setWindowTitle(tr("Check Library"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [canceled] { canceled->store(true); });
    auto *poll = new QTimer(dialog);
    connect(poll, &QTimer::timeout, dialog, [dialog, done, total] {
        dialog->setMaximum(int(std::min<qint64>(total->load(), INT_MAX)));
        dialog->setValue(int(std::min<qint64>(done->load(), INT_MAX)));
    });
    poll->start(100);
    auto check = m_service.checkLibrary([done, total, canceled](qint64 d, qint64 t) {
        done->store(d);
        total->store(t);
        return !canceled->load();
    });
    async::onResult(check, this, [this, dialog](const Result<FsckReport> &report) {
        dialog->close();
        if (!report) {
            Q_EMIT message(report.error().code == ErrorCode::Canceled ? tr("The check was canceled.")
                                                                     : tr("The check failed: %1").arg(report.error().message),
                QString(), {});
            return;
        }
        const FsckReport &r = *report;
        QStringList lines;
        lines << tr("Checked the catalog and %n stored image(s) (%1).", nullptr, r.blobsChecked).arg(FileUtil::formatBytes(r.bytesChecked));
        for (const QString &p : r.catalogProblems.mid(0, 5))
            lines << tr("Catalog: %1").arg(p);
        if (!r.missingBlobs.isEmpty())
            lines << tr("%n stored original(s) are missing.", nullptr, int(r.missingBlobs.size()));
        if (!r.damagedBlobs.isEmpty())
            lines << tr("%n stored original(s) are damaged (their content changed on disk).", nullptr, int(r.damagedBlobs.size()));
        if (!r.catalogProblems.isEmpty())
            lines << tr("The catalog is damaged: File → Restore Snapshot… puts back a sound copy.");
        if (r.isClean())
            lines << tr("No problems found.");
        const bool broken = !r.missingBlobs.isEmpty() || !r.damagedBlobs.isEmpty();
        if (broken)
            lines << tr("Repair reads each of them back from the file it was imported from, when that file is still there "
                        "with the same content.");
        if (!showCheckReport(lines.join(QStringLiteral("\n\n")), broken))
            return;
        async::onResult(m_service.repairOriginals(r), this, [this](const Result<RepairReport> &repaired) {
            if (!repaired) {
                Q_EMIT message(tr("The repair failed: %1").arg(repaired.error().message), QString(), {});
                return;
            }
            QString text = tr("Repaired %n image(s).", nullptr, int(repaired->repaired.size()));
            if (!repaired->unrepaired.isEmpty())
                text += QLatin1Char(' ') + tr("%n could not be brought back: %1", nullptr, int(repaired->unrepaired.size()))
                                               .arg(repaired->unrepaired.first().problem);
            Q_EMIT message(text, QString(), {});
        });
    });
}

void LibraryActions::setUpFirstRun()
{
    NewDataset spec;
    spec.name = tr("My Dataset");
    async::onResult(m_service.createDataset(spec), this, [this](const Result<Dataset> &d) {
        if (d)
            Q_EMIT datasetCreated(d->id);
        else
            Q_EMIT message(tr("Cannot set up the library: %1").arg(d.error().message), QString(), {});
    });
}

} // namespace lc::ui
