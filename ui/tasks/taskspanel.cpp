#include "taskspanel.h"

#include "async/async.h"
#include "catalog/historyentry.h"
#include "export/exportjob.h"
#include "import/importjob.h"
#include "library/libraryservice.h"
#include "util/displaytext.h"
#include "util/fileutil.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

TaskManager::TaskManager(const Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

TaskManager::~TaskManager()
{
    cancelAll();
    waitForAll();
}

void TaskManager::waitForAll()
{
    for (ImportJob *job : std::as_const(m_jobs))
        job->waitForFinished();
    for (ExportJob *job : std::as_const(m_exports))
        job->waitForFinished();
}

ExportJob *TaskManager::startExport(const ExportPlan &plan)
{
    auto *job = new ExportJob(m_library, plan, this);
    m_exports.append(job);
    connect(job, &ExportJob::finished, this, [this, job](const ExportReport &report) { Q_EMIT exportFinished(job, report); });
    job->start();
    Q_EMIT exportStarted(job);
    return job;
}

bool TaskManager::isExporting() const
{
    for (ExportJob *job : m_exports) {
        if (job->isRunning())
            return true;
    }
    return false;
}

ImportJob *TaskManager::startImport(DatasetId dataset, const QString &datasetName, const QStringList &paths)
{
    ImportRequest request;
    request.dataset = dataset;
    request.paths = paths;
    auto *job = new ImportJob(m_library, request, this);
    m_jobs.append(job);
    m_datasetNames.insert(job, datasetName);
    connect(job, &ImportJob::finished, this, [this, job](const ImportReport &report) { Q_EMIT importFinished(job, report); });
    job->start();
    Q_EMIT jobStarted(job);
    return job;
}

QList<ImportJob *> TaskManager::running() const
{
    QList<ImportJob *> out;
    for (ImportJob *job : m_jobs) {
        if (job->isRunning())
            out << job;
    }
    return out;
}

void TaskManager::cancelAll()
{
    for (ImportJob *job : std::as_const(m_jobs))
        job->cancel();
    for (ExportJob *job : std::as_const(m_exports))
        job->cancel();
}

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

TasksPanel::TasksPanel(TaskManager &tasks, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(&tasks, &TaskManager::jobStarted, this, &TasksPanel::addJob);
    connect(&tasks, &TaskManager::exportStarted, this, &TasksPanel::addExport);
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
            const QString what = isExport ? tr("Export") : tr("Import");
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
            if (!e.report.isEmpty()) {
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

void TasksPanel::addExport(ExportJob *job)
{
    m_empty->hide();
    auto *row = new QWidget(this);
    auto *title = new QLabel(tr("Export for %1").arg(exportFormatKey(job->plan().options.format)), row);
    title->setObjectName(QStringLiteral("taskTitle"));
    auto *detail = new QLabel(tr("Starting…"), row);
    detail->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QProgressBar(row);
    bar->setRange(0, std::max<int>(1, int(job->plan().entries.size())));
    bar->setTextVisible(false);
    bar->setFixedHeight(8);
    auto *cancel = new QPushButton(tr("Cancel"), row);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(detail, 1);
    top->addWidget(cancel);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(top);
    layout->addWidget(bar);
    m_list->insertWidget(0, row);
    connect(cancel, &QPushButton::clicked, job, &ExportJob::cancel);
    connect(cancel, &QPushButton::clicked, detail, [detail, cancel] {
        cancel->setEnabled(false);
        detail->setText(tr("Canceling…"));
    });
    connect(job, &ExportJob::progressDetail, row, [bar, detail](const ExportProgress &p) {
        bar->setRange(0, std::max(1, p.steps));
        bar->setValue(p.step);
        const QString stage = p.stage == ExportProgress::Stage::Archive ? tr("Writing the archive") : tr("Preparing images");
        detail->setText(tr("%1 · %2 / %3 · %4").arg(stage).arg(p.imagesDone).arg(p.images).arg(escapeControlCharacters(p.current)));
    });
    connect(job, &ExportJob::finished, row, [bar, detail, cancel](const ExportReport &r) {
        bar->setRange(0, 1);
        bar->setValue(1);
        cancel->hide();
        if (r.failure)
            detail->setText(r.canceled ? tr("Canceled; nothing was written.") : tr("Failed: %1").arg(r.failure->message));
        else
            detail->setText(tr("%1 images · %2 · %3").arg(r.images).arg(FileUtil::formatBytes(r.bytes), QDir::toNativeSeparators(r.outputPath)));
    });
}

void TasksPanel::addJob(ImportJob *job)
{
    m_empty->hide();
    auto *row = new QWidget(this);
    const QString datasetName = m_tasks.datasetNameOf(job);
    auto *title = new QLabel(datasetName.isEmpty() ? tr("Import") : tr("Import into %1").arg(datasetName), row);
    title->setObjectName(QStringLiteral("taskTitle"));
    auto *detail = new QLabel(tr("Scanning…"), row);
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

    connect(cancel, &QPushButton::clicked, job, &ImportJob::cancel);
    connect(job, &ImportJob::progressChanged, row, [bar, detail](const ImportProgress &p) {
        if (p.scanning)
            return;
        bar->setRange(0, std::max(1, p.filesTotal));
        bar->setValue(p.filesDone);
        detail->setText(tr("%1 / %2 files · %3 / %4 · %5")
                            .arg(p.filesDone)
                            .arg(p.filesTotal)
                            .arg(FileUtil::formatBytes(p.bytesDone), FileUtil::formatBytes(p.bytesTotal),
                                p.currentFile.section(QLatin1Char('/'), -1)));
    });
    connect(job, &ImportJob::finished, row, [this, bar, detail, cancel, details, job, datasetName](const ImportReport &r) {
        bar->setRange(0, 1);
        bar->setValue(1);
        cancel->hide();
        details->show();
        detail->setText(summary(r, datasetName));
        connect(details, &QPushButton::clicked, this, [this, job] { showReport(window(), job->report()); });
    });
}

} // namespace lc::ui
