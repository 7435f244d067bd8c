#include "taskspanel.h"

#include "export/exportjob.h"

#include "async/async.h"
#include "catalog/historyentry.h"
#include "import/importjob.h"
#include "jobs/jobmanager.h"
#include "library/libraryservice.h"
#include "util/displaytext.h"
#include "util/fileutil.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

QString TasksPanel::summary(const ImportReport &r, const QString &datasetName)
{
    // One owner for the wording: the report's own summary, with the dataset it went into.
    return datasetName.isEmpty() ? r.summary() : tr("%1: %2").arg(datasetName, r.summary());
}

void TasksPanel::showReport(QWidget *parent, const ImportReport &r)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Import Report"));
    dialog.resize(820, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *head = new QLabel(summary(r) + QStringLiteral(" · ") + tr("%1 in %2 s").arg(FileUtil::formatBytes(r.bytesImported)).arg(r.seconds, 0, 'f', 1), &dialog);
    layout->addWidget(head);
    for (const QString &note : r.notes) {
        auto *label = new QLabel(escapeControlCharacters(note), &dialog);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *tree = new QTreeWidget(&dialog);
    tree->setHeaderLabels({tr("Outcome"), tr("File"), tr("Reason")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    for (const ImportOutcome &o : r.outcomes) {
        if (o.kind == OutcomeKind::Imported && o.note.isEmpty())
            continue;
        QString outcome, reason = o.message;
        switch (o.kind) {
        case OutcomeKind::Skipped: outcome = tr("Skipped"); break;
        case OutcomeKind::DuplicateInBatch: outcome = tr("Duplicate"); reason = tr("same image as %1").arg(QDir::toNativeSeparators(o.duplicateOf)); break;
        case OutcomeKind::AlreadyInDataset: outcome = tr("Already there"); reason = o.note; break;
        case OutcomeKind::Imported: outcome = tr("Imported"); reason = o.note; break;
        }
        // Names come from outside: control characters are shown escaped, never acted on.
        const QString input = escapeControlCharacters(QDir::toNativeSeparators(o.input));
        auto *item = new QTreeWidgetItem(tree, {outcome, input, escapeControlCharacters(reason)});
        item->setToolTip(1, input);
    }
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

TasksPanel::TasksPanel(JobManager &jobs, QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_history(new QVBoxLayout)
    , m_empty(new QLabel(tr("No tasks yet. Imports and exports run here in the background."), this))
{
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 6, 10, 6);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_list);
    contentLayout->addLayout(m_history);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *clear = new QPushButton(tr("Clear Finished"), this);
    clear->setObjectName(QStringLiteral("clearTasks"));
    clear->setToolTip(tr("Remove finished tasks from this list (the history stays in the library)"));
    connect(clear, &QPushButton::clicked, this, &TasksPanel::clearFinished);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 4, 10, 0);
    header->addStretch(1);
    header->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll);
    connect(&jobs, &JobManager::jobAdded, this, &TasksPanel::addJob);
}

void TasksPanel::clearFinished()
{
    for (int i = m_list->count() - 1; i >= 0; --i) {
        QWidget *row = m_list->itemAt(i)->widget();
        if (row && row->property("finished").toBool()) {
            m_list->removeWidget(row);
            row->deleteLater();
        }
    }
    while (QLayoutItem *item = m_history->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_historyCount = 0;
    m_empty->setVisible(m_list->count() == 0);
}

int TasksPanel::taskCount() const
{
    return m_list->count();
}

QString TasksPanel::latestTitle() const
{
    QWidget *row = m_list->count() > 0 ? m_list->itemAt(0)->widget() : nullptr;
    auto *title = row ? row->findChild<QLabel *>(QStringLiteral("taskTitle")) : nullptr;
    return title ? title->text() : QString();
}

void TasksPanel::loadHistory(const LibraryService &service)
{
    async::onResult(service.history(), this, [this](const Result<QList<HistoryEntry>> &history) {
        if (!history) {
            m_empty->setText(tr("The task history cannot be read: %1").arg(history.error().message));
            return;
        }
        if (history->isEmpty())
            return;
        m_empty->hide();
        auto *title = new QLabel(tr("Earlier"), this);
        title->setObjectName(QStringLiteral("sectionTitle"));
        m_history->addWidget(title);
        for (const HistoryEntry &e : *history) {
            auto *row = new QWidget(this);
            auto *layout = new QHBoxLayout(row);
            layout->setContentsMargins(0, 2, 0, 2);
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.finishedAt), QLocale::ShortFormat);
            const bool isExport = e.kind == QLatin1String("export");
            const bool isCaption = e.kind == QLatin1String("caption");
            const QString what = isExport ? tr("Export") : isCaption ? tr("Captioning") : tr("Import");
            QString outcome = e.summary;
            if (e.failed())
                outcome = e.error.isEmpty() ? tr("failed") : tr("failed: %1").arg(e.error);
            else if (e.canceled() && !outcome.contains(tr("canceled")))
                outcome = outcome.isEmpty() ? tr("canceled") : tr("%1 (canceled)").arg(outcome);
            auto *label = new QLabel(tr("%1 · %2 · %3 · %4").arg(when, what, e.dataset.isEmpty() ? tr("(deleted dataset)") : e.dataset,
                                         escapeControlCharacters(outcome)),
                row);
            label->setObjectName(QStringLiteral("historyText"));
            label->setForegroundRole(QPalette::PlaceholderText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(label, 1);
            if (isCaption) {
                // Interrupted or canceled: offer to go on; what the run captioned is not sent again.
                if ((e.canceled() || e.failed()) && e.task.isValid() && !e.dataset.isEmpty()) {
                    auto *resume = new QPushButton(tr("Resume"), row);
                    resume->setToolTip(tr("Caption the rest of %1; images this run captioned are not sent again.").arg(e.dataset));
                    const TaskId task = e.task;
                    connect(resume, &QPushButton::clicked, this, [this, task, resume] {
                        resume->setEnabled(false);
                        Q_EMIT captionResumeRequested(task);
                    });
                    layout->addWidget(resume);
                }
            } else if (!e.report.isEmpty()) {
                const ImportReport report = ImportReport::fromJson(e.report);
                auto *details = new QPushButton(tr("Details"), row);
                connect(details, &QPushButton::clicked, this, [this, report] { showReport(window(), report); });
                layout->addWidget(details);
                // Interrupted (a quit, a crash): offer to finish it. Importing again skips what is there.
                // The dataset as the task row knows it now: the id in an old report may belong to another
                // dataset since (ids are reused after a deletion).
                if ((e.canceled() || e.failed()) && !report.inputs.isEmpty() && e.datasetId.isValid() && !e.dataset.isEmpty()) {
                    auto *resume = new QPushButton(tr("Resume"), row);
                    resume->setToolTip(tr("Import the rest of %n input(s) into %1; images already there are skipped.", nullptr,
                                           int(report.inputs.size()))
                                           .arg(e.dataset));
                    const QString dataset = e.dataset;
                    const DatasetId datasetId = e.datasetId;
                    connect(resume, &QPushButton::clicked, this, [this, report, dataset, datasetId, resume] {
                        resume->setEnabled(false);
                        Q_EMIT resumeRequested(datasetId, dataset, report.inputs);
                    });
                    layout->addWidget(resume);
                }
            }
            m_history->addWidget(row);
            ++m_historyCount;
        }
    });
}

QStringList TasksPanel::historyTexts() const
{
    QStringList out;
    for (int i = 0; i < m_history->count(); ++i) {
        if (QWidget *row = m_history->itemAt(i)->widget()) {
            if (auto *label = row->findChild<QLabel *>(QStringLiteral("historyText")))
                out << label->text();
        }
    }
    return out;
}

void TasksPanel::addJob(Job *job)
{
    // One row for any kind of job: title, what it is doing, progress, Cancel; then its outcome.
    m_empty->hide();
    auto *row = new QWidget(this);
    auto *title = new QLabel(job->title(), row);
    title->setObjectName(QStringLiteral("taskTitle"));
    auto *detail = new QLabel(tr("Waiting…"), row);
    detail->setForegroundRole(QPalette::PlaceholderText);
    detail->setMinimumWidth(100);
    auto *bar = new QProgressBar(row);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setFixedHeight(8);
    auto *cancel = new QPushButton(tr("Cancel"), row);
    auto *details = new QPushButton(tr("Details"), row);
    details->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(detail, 1);
    top->addWidget(cancel);
    top->addWidget(details);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(top);
    layout->addWidget(bar);
    m_list->insertWidget(0, row);

    connect(cancel, &QPushButton::clicked, job, [job, cancel, detail] {
        cancel->setEnabled(false);
        detail->setText(tr("Canceling…"));
        job->cancel();
    });
    connect(job, &Job::started, row, [detail] { detail->setText(tr("Starting…")); });
    connect(job, &Job::progressChanged, row, [bar, detail, cancel](const JobProgress &p) {
        bar->setRange(0, p.total > 0 ? int(std::min<qint64>(p.total, INT_MAX)) : 0);
        bar->setValue(int(std::min<qint64>(p.done, INT_MAX)));
        if (!cancel->isEnabled())
            return; // "Canceling…" stays until it has
        QStringList parts{p.step};
        if (p.total > 0)
            parts << tr("%1 / %2").arg(p.done).arg(p.total);
        if (!p.current.isEmpty())
            parts << escapeControlCharacters(p.current);
        detail->setText(parts.join(QStringLiteral(" · ")));
    });
    // The job is freed after it finished: the row keeps what it shows (and, for an import, its report).
    const auto *import = qobject_cast<const ImportJob *>(job);
    const auto *exportJob = qobject_cast<const ExportJob *>(job);
    connect(job, &Job::finished, row, [this, job, import, exportJob, row, top, bar, detail, cancel, details] {
        bar->setRange(0, 1);
        bar->setValue(1);
        cancel->hide();
        row->setProperty("finished", true);
        if (exportJob && job->state() == Job::State::Completed && !exportJob->report().outputPath.isEmpty()) {
            // Where the export went: the folder itself, or the one holding the ZIP.
            const QFileInfo output(exportJob->report().outputPath);
            const QString folder = output.isDir() ? output.absoluteFilePath() : output.absolutePath();
            auto *open = new QPushButton(tr("Open Folder"), row);
            open->setObjectName(QStringLiteral("openExportFolder"));
            open->setToolTip(QDir::toNativeSeparators(folder));
            connect(open, &QPushButton::clicked, open, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
            top->addWidget(open);
        }
        QString text = job->summary();
        if (job->state() == Job::State::Failed && !job->error().isEmpty())
            text = tr("Failed: %1").arg(job->error());
        detail->setText(escapeControlCharacters(text));
        if (import) {
            const ImportReport report = import->report();
            details->show();
            connect(details, &QPushButton::clicked, this, [this, report] { showReport(window(), report); });
        }
    });
}

} // namespace lc::ui
