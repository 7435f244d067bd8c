#include "captionactions.h"

#include "actions/historycontroller.h"
#include "async/async.h"
#include "caption/captioner.h"
#include "caption/captionjob.h"
#include "caption/captiondialog.h"
#include "caption/captioneditdialog.h"
#include "common/selectioncontext.h"
#include "grid/gridpanel.h"
#include "grid/itemgridmodel.h"
#include "jobs/jobmanager.h"
#include "library/libraryservice.h"
#include "secrets/secretstore.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QThreadPool>
#include <QUndoStack>

namespace lc::ui {

CaptionActions::CaptionActions(const Library &library, const LibraryService &service, JobManager &jobs,
    SelectionContext &context, HistoryController &history, GridPanel &grid, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_service(service)
    , m_jobs(jobs)
    , m_context(context)
    , m_history(history)
    , m_grid(grid)
    , m_window(window)
    , m_caption(new QAction(tr("Caption Images…"), this))
    , m_settings(new QAction(tr("Settings…"), this))
    , m_findReplace(new QAction(tr("Find and Replace in Captions…"), this))
    , m_template(new QAction(tr("Apply Caption Template…"), this))
{
    m_findReplace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_findReplace, &QAction::triggered, this, [this] { openCaptionEdit(true); });
    connect(m_template, &QAction::triggered, this, [this] { openCaptionEdit(false); });
    m_caption->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_caption->setStatusTip(tr("Generate captions with a vision model (local server or Replicate)"));
    m_settings->setShortcut(QKeySequence::Preferences);
    if (m_settings->shortcut().isEmpty())
        m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_caption, &QAction::triggered, this, &CaptionActions::openCaptionDialog);
    connect(m_settings, &QAction::triggered, this, &CaptionActions::openSettings);
    connect(&m_jobs, &JobManager::jobFinished, this, &CaptionActions::onJobFinished);
}

SettingsDialog *CaptionActions::openSettings()
{
    auto *dialog = new SettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showCaptioning();
    connect(dialog, &SettingsDialog::saved, this, &CaptionActions::settingsSaved);
    dialog->open();
    return dialog;
}

void CaptionActions::openCaptionEdit(bool replace)
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset first."), QString(), {});
        return;
    }
    Q_EMIT aboutToWrite();
    auto *dialog = new CaptionEditDialog(replace ? CaptionEditDialog::Mode::Replace : CaptionEditDialog::Mode::Template,
        m_service, dataset, m_context.selection(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dataset] {
        if (dialog->changes().isEmpty())
            return;
        const FindReplace spec = dialog->spec();
        QUndoCommand *command = m_service.applyCaptionsCommand(dataset.id, dialog->changes(),
            dialog->mode() == CaptionEditDialog::Mode::Replace ? &spec : nullptr, [this](const Result<CaptionApplyReport> &r) {
                if (!r)
                    Q_EMIT message(r.error().message, QString(), {});
                else if (!r->skipped.isEmpty())
                    Q_EMIT message(tr("%1 captions changed; %2 were edited meanwhile and kept.").arg(r->written.size()).arg(r->skipped.size()),
                        QString(), {});
            });
        m_history.stack()->push(command);
    });
    dialog->open();
}

void CaptionActions::openCaptionDialog()
{
    const Dataset dataset = m_context.dataset();
    if (!dataset.id.isValid()) {
        Q_EMIT message(tr("Select a dataset to caption."), QString(), {});
        return;
    }
    Q_EMIT aboutToWrite();
    auto *dialog = new CaptionDialog(dataset, m_context.selection(), m_grid.model()->shownIds(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaptionDialog::settingsRequested, this, [this, dialog] {
        auto *settings = new SettingsDialog(dialog);
        settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(settings, &SettingsDialog::saved, dialog, &CaptionDialog::reloadSettings);
        connect(settings, &SettingsDialog::saved, this, &CaptionActions::settingsSaved);
        settings->open();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CaptionRequest request = dialog->request();
        if (request.settings.model.isEmpty()) {
            Q_EMIT message(tr("Choose a captioning model first (Settings → Captioning)."), tr("Settings"), [this] { openSettings(); });
            return;
        }
        if (request.mode == CaptionMode::ReplaceAll && confirm
            && !confirm(tr("Replace All Captions?"),
                tr("Every caption in scope is replaced with a generated one, including captions you typed or imported. "
                   "Edit → Undo brings them back."),
                tr("Replace All"))) {
            return;
        }
        start(request);
    });
    dialog->open();
}

void CaptionActions::start(const CaptionRequest &request)
{
    // The key is read from the keychain now, without blocking, and lives in the job for the run only.
    SecretStore().lookupAsync(CaptionJob::secretKey(request.settings), CaptionJob::secretVariable(request.settings), this,
        [this, request](const Secret &secret) {
            m_jobs.add(std::make_unique<CaptionJob>(m_library, request, secret.value,
                datasetPath ? datasetPath(request.dataset) : QString(), secret.keychainProblem));
        });
}

void CaptionActions::resume(TaskId task)
{
    const Library *library = &m_library;
    async::onResult(async::run(QThreadPool::globalInstance(), [library, task] { return Captioner::resumeRequest(*library, task); }),
        this, [this](const Result<CaptionRequest> &request) {
            if (!request) {
                Q_EMIT message(tr("Cannot resume: %1").arg(request.error().message), QString(), {});
                return;
            }
            start(*request);
        });
}

void CaptionActions::onJobFinished(Job *job)
{
    auto *captioning = qobject_cast<CaptionJob *>(job);
    if (!captioning)
        return;
    const CaptionReport report = captioning->report(); // the job is freed after this
    if (!report.changes.isEmpty()) {
        QList<ItemId> written;
        written.reserve(report.changes.size());
        for (const GeneratedCaption &c : report.changes)
            written.append(c.item);
        Q_EMIT captionsWritten(written);
        m_history.stack()->push(m_service.captionRunCommand(captioning->request().dataset, report.changes)); // already written
    }
    QString text = report.failure && report.captioned == 0 ? tr("Captioning failed: %1").arg(report.failure->message)
                                                           : tr("Captioning: %1").arg(report.summary());
    if (report.failures.isEmpty() || (report.failure && report.captioned == 0)) {
        Q_EMIT message(text, QString(), {});
        return;
    }
    Q_EMIT message(text, tr("Details"), [this, report] {
        QStringList lines;
        for (const CaptionFailure &f : report.failures.mid(0, 200))
            lines << QStringLiteral("%1 — %2").arg(f.name, f.message);
        if (report.failures.size() > 200)
            lines << tr("… and %n more", nullptr, int(report.failures.size() - 200));
        QMessageBox box(QMessageBox::Warning, tr("Captioning"), report.summary(), QMessageBox::Close, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    });
}

} // namespace lc::ui
