#include "traininghistorydialog.h"

#include "jobs/job.h"
#include "jobs/jobmanager.h"
#include "secrets/secretstore.h"
#include "util/fileutil.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

enum Column { When, Status, Trainer, Model, Duration, GpuTime, ColumnCount };

QString durationText(double seconds)
{
    if (seconds < 0)
        return {};
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return TrainingHistoryDialog::tr("%1 s").arg(s);
    if (s < 3600)
        return TrainingHistoryDialog::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return TrainingHistoryDialog::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString statusText(const train::TrainingRecord &r)
{
    const train::TrainingState &s = r.state;
    using Stage = train::TrainingState::Stage;
    if (s.stage == Stage::Done) {
        if (s.succeeded())
            return TrainingHistoryDialog::tr("Succeeded");
        if (s.status == QLatin1String("canceled"))
            return TrainingHistoryDialog::tr("Canceled");
        if (s.status == QLatin1String("aborted"))
            return TrainingHistoryDialog::tr("Aborted");
        return TrainingHistoryDialog::tr("Failed");
    }
    switch (s.stage) {
    case Stage::Export:
        return TrainingHistoryDialog::tr("Exporting");
    case Stage::Upload:
        return TrainingHistoryDialog::tr("Uploading");
    case Stage::Create:
        return TrainingHistoryDialog::tr("Starting");
    case Stage::Train:
        return s.percent >= 0 ? TrainingHistoryDialog::tr("Training, %1 %").arg(s.percent)
                              : s.status == QLatin1String("starting") ? TrainingHistoryDialog::tr("Waiting for a GPU")
                                                                      : TrainingHistoryDialog::tr("Training");
    case Stage::Done:
        break;
    }
    return s.status;
}

QString triggerOf(const train::TrainingState &s)
{
    const QString flux = s.inputs.value(QStringLiteral("trigger_word")).toString();
    return flux.isEmpty() ? s.inputs.value(QStringLiteral("token_string")).toString() : flux;
}

bool isSecret(const QString &name)
{
    return (name.contains(QLatin1String("token")) && name != QLatin1String("token_string")) || name.contains(QLatin1String("api_key"))
        || name.contains(QLatin1String("secret")) || name.contains(QLatin1String("password"));
}

} // namespace

TrainingHistoryDialog::TrainingHistoryDialog(const train::TrainingService &service, JobManager &jobs, const Dataset &dataset,
    QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_jobs(jobs)
    , m_dataset(dataset)
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_empty(new QLabel(this))
    , m_download(new QPushButton(tr("Download Weights…"), this))
    , m_copyModel(new QPushButton(tr("Copy Model Name"), this))
    , m_copyTrigger(new QPushButton(tr("Copy Trigger Word"), this))
    , m_tryIt(new QPushButton(tr("Try It…"), this))
    , m_cancel(new QPushButton(tr("Cancel Training"), this))
    , m_refresh(new QPushButton(tr("Ask Replicate"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingHistory"));
    setWindowTitle(tr("Trainings of “%1”").arg(dataset.name));
    resize(980, 620);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Started"), tr("Status"), tr("Trainer"), tr("Model"), tr("Took"), tr("GPU time")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Model, QHeaderView::Stretch);
    for (int c : {When, Status, Trainer, Duration, GpuTime})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_details->setOpenExternalLinks(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No training of this dataset yet. Dataset → Train on Replicate… starts one."));
    m_download->setObjectName(QStringLiteral("downloadWeights"));
    m_cancel->setObjectName(QStringLiteral("cancelTraining"));
    m_refresh->setToolTip(tr("Ask Replicate where the selected training is now."));
    m_copyModel->setToolTip(tr("Copies owner/name:version, what a prediction or another app takes."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addWidget(m_empty);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({140, 460});

    auto *actions = new QHBoxLayout;
    m_tryIt->setObjectName(QStringLiteral("tryIt"));
    m_tryIt->setToolTip(tr("Make a few images with the new version on Replicate (billed to your account), with prompts that use the trigger word."));
    for (QPushButton *b : {m_download, m_tryIt, m_copyModel, m_copyTrigger, m_cancel, m_refresh})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    chooseFolder = [this] {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getExistingDirectory(this, tr("Save the LoRA in"), start);
    };

    editPrompts = [this](const QStringList &prompts) {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Try the LoRA"),
            tr("One image per prompt, made on Replicate with the new version:"), prompts.join(QLatin1Char('\n')), &ok);
        QStringList out;
        if (ok) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    out << line.trimmed();
            }
        }
        return out;
    };

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tryIt, &QPushButton::clicked, this, [this] {
        auto r = current();
        if (!r || !r->state.succeeded() || !editPrompts)
            return;
        const QStringList prompts = editPrompts(train::TrainingRun::samplePrompts(r->state));
        if (prompts.isEmpty())
            return;
        withToken([this, task = r->task.id, prompts, title = tr("Try %1").arg(r->state.newVersion.section(QLatin1Char(':'), 0, 0))](
                      const QString &token) { Q_EMIT tryItRequested(task, prompts, title, token); });
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TrainingHistoryDialog::showCurrent);
    connect(m_copyModel, &QPushButton::clicked, this, [this] {
        if (auto r = current(); r && !r->state.newVersion.isEmpty()) {
            QApplication::clipboard()->setText(r->state.newVersion);
            Q_EMIT message(tr("Copied %1").arg(r->state.newVersion));
        }
    });
    connect(m_copyTrigger, &QPushButton::clicked, this, [this] {
        if (auto r = current(); r && !triggerOf(r->state).isEmpty()) {
            QApplication::clipboard()->setText(triggerOf(r->state));
            Q_EMIT message(tr("Copied the trigger word %1").arg(triggerOf(r->state)));
        }
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        auto r = current();
        if (!r || !r->state.succeeded())
            return;
        const QString dir = chooseFolder ? chooseFolder() : QString();
        if (dir.isEmpty())
            return;
        withToken([this, task = r->task.id, dir, title = tr("Download the LoRA of %1").arg(r->state.newVersion)](const QString &token) {
            Q_EMIT downloadRequested(task, dir, title, token);
        });
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        auto r = current();
        if (!r || r->state.finished())
            return;
        m_cancel->setEnabled(false);
        if (r->state.trainingId.isEmpty()) {
            // Still exporting or uploading (or waiting to be resumed): nothing runs on Replicate yet;
            // stopping the job ends the task ("canceled before the training started").
            for (Job *job : m_jobs.jobs()) {
                if (job->kind() == QLatin1String("training") && job->task() == r->task.id)
                    job->cancel();
            }
            return;
        }
        withToken([this, task = r->task.id](const QString &token) {
            async::onResult(m_service.cancelTraining(task, token), this, [this](const Result<train::TrainingUpdate> &u) {
                Q_EMIT message(u ? tr("Replicate says the training is %1.").arg(u->state.status)
                                 : tr("Could not cancel the training: %1").arg(u.error().message));
                reload();
            });
        });
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        auto r = current();
        if (!r || r->state.trainingId.isEmpty())
            return;
        m_refresh->setEnabled(false);
        withToken([this, task = r->task.id](const QString &token) {
            async::onResult(m_service.refresh(task, token), this, [this](const Result<train::TrainingUpdate> &u) {
                m_refresh->setEnabled(true);
                if (!u)
                    Q_EMIT message(tr("Could not reach Replicate: %1").arg(u.error().message));
                reload();
            });
        });
    });
    // Trainings and downloads of the window move on their own: follow them while the dialog is open.
    connect(&m_jobs, &JobManager::jobFinished, this, [this](Job *job) {
        if (job->kind() == QLatin1String("training") || job->kind() == QLatin1String("download-weights")
            || job->kind() == QLatin1String("try-lora"))
            QTimer::singleShot(0, this, &TrainingHistoryDialog::reload);
    });
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &TrainingHistoryDialog::reload);
    reload();
}

void TrainingHistoryDialog::withToken(std::function<void(const QString &)> then)
{
    SecretStore().lookupReplicateTokenAsync(this,
        [this, then = std::move(then)](const Secret &secret) {
            if (secret.isEmpty()) {
                Q_EMIT message(tr("No Replicate token: add one in Settings → Replicate."));
                updateButtons();
                return;
            }
            then(secret.value);
        });
}

void TrainingHistoryDialog::reload()
{
    m_loadRun.start(m_service.history(m_dataset.id), this, [this](const Result<QList<train::TrainingRecord>> &records) {
        if (!records) {
            m_empty->setText(tr("The trainings cannot be read: %1").arg(records.error().message));
            m_empty->show();
            return;
        }
        const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : -1;
        m_records = *records;
        const QSignalBlocker block(m_list);
        m_list->clear();
        QTreeWidgetItem *select = nullptr;
        bool running = false;
        for (const train::TrainingRecord &r : std::as_const(m_records)) {
            const train::TrainingState &s = r.state;
            const train::TrainerPreset *preset = train::TrainerPreset::find(s.trainer);
            const QString when = r.task.createdAt > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.task.createdAt), QLocale::ShortFormat)
                : QString();
            const double took = r.task.finishedAt > r.task.createdAt && r.task.createdAt > 0
                ? double(r.task.finishedAt - r.task.createdAt) / 1000.0
                : -1;
            auto *row = new QTreeWidgetItem(m_list, {when, statusText(r), preset ? preset->label.section(QStringLiteral(" ("), 0, 0) : s.trainer,
                                                        s.newVersion.isEmpty() ? s.destination : s.newVersion.left(s.newVersion.indexOf(QLatin1Char(':')) + 9),
                                                        durationText(took), durationText(s.predictSeconds)});
            row->setData(0, Qt::UserRole, r.task.id.value());
            row->setToolTip(Model, s.newVersion.isEmpty() ? s.destination : s.newVersion);
            const QStyle::StandardPixmap icon = !s.finished() ? QStyle::SP_BrowserReload
                : s.succeeded()                               ? QStyle::SP_DialogApplyButton
                : s.status == QLatin1String("canceled")       ? QStyle::SP_DialogCancelButton
                                                              : QStyle::SP_MessageBoxCritical;
            row->setIcon(Status, style()->standardIcon(icon));
            running = running || !s.finished();
            if (r.task.id.value() == selected)
                select = row;
        }
        m_empty->setVisible(m_records.isEmpty());
        m_list->setVisible(!m_records.isEmpty());
        if (!select && m_list->topLevelItemCount() > 0)
            select = m_list->topLevelItem(0);
        m_list->setCurrentItem(select);
        if (running)
            m_poll->start();
        else
            m_poll->stop();
        showCurrent();
        Q_EMIT reloaded();
    });
}

std::optional<train::TrainingRecord> TrainingHistoryDialog::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const train::TrainingRecord &r : m_records) {
        if (r.task.id.value() == id)
            return r;
    }
    return std::nullopt;
}

void TrainingHistoryDialog::showCurrent()
{
    updateButtons();
    const auto r = current();
    if (!r) {
        m_details->clear();
        return;
    }
    const train::TrainingState &s = r->state;
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html;
    auto row = [&html](const QString &name, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(name, value);
    };
    html += QStringLiteral("<h3>%1</h3><table>").arg(esc(statusText(*r)));
    if (!s.newVersion.isEmpty()) {
        const QString model = s.newVersion.left(s.newVersion.indexOf(QLatin1Char(':')));
        row(tr("New version"), QStringLiteral("<a href=\"https://replicate.com/%1\">%2</a>").arg(esc(model), esc(s.newVersion)));
    } else {
        row(tr("Destination"), esc(s.destination));
    }
    row(tr("Trigger word"), esc(triggerOf(s)));
    if (!s.weightsPath.isEmpty())
        row(tr("LoRA saved"), QStringLiteral("%1<br><small>SHA-256 %2</small>").arg(esc(QDir::toNativeSeparators(s.weightsPath)), esc(s.weightsSha256)));
    row(tr("Trainer"), esc(QStringLiteral("%1:%2").arg(s.trainerModel, s.trainerVersion.left(12))));
    row(tr("Training id"), esc(s.trainingId));
    if (s.predictSeconds >= 0)
        row(tr("GPU time"), esc(durationText(s.predictSeconds)));
    if (s.totalSeconds >= 0)
        row(tr("Total time on Replicate"), esc(durationText(s.totalSeconds)));
    if (!s.exportSha256.isEmpty())
        row(tr("Dataset ZIP"), esc(tr("%1, SHA-256 %2").arg(FileUtil::formatBytes(s.exportBytes), s.exportSha256)));
    if (!s.error.isEmpty())
        row(tr("Error"), QStringLiteral("<span style=\"color:#e0564c\">%1</span>").arg(esc(s.error)));
    html += QStringLiteral("</table>");
    if (!s.samples.isEmpty()) {
        // The images were decoded off the GUI thread (TrainingService::history); the document gets them
        // as resources.
        html += QStringLiteral("<h4>%1</h4><table><tr>").arg(tr("Images from the new version"));
        for (int i = 0; i < s.samples.size(); ++i) {
            const train::TrainingSample &sample = s.samples[i];
            const QImage image = i < r->sampleThumbnails.size() ? r->sampleThumbnails[i] : QImage();
            QString cell;
            if (!image.isNull()) {
                const QUrl name(QStringLiteral("sample://%1/%2").arg(r->task.id.value()).arg(i));
                m_details->document()->addResource(QTextDocument::ImageResource, name, image);
                cell = QStringLiteral("<img src=\"%1\"><br>").arg(name.toString());
            } else if (!sample.error.isEmpty()) {
                cell = QStringLiteral("<span style=\"color:#e0564c\">%1</span><br>").arg(esc(sample.error));
            }
            html += QStringLiteral("<td style=\"padding:4px\" valign=\"top\" width=\"250\">%1<small>%2</small></td>").arg(cell, esc(sample.prompt));
            if (i % 3 == 2 && i + 1 < s.samples.size())
                html += QStringLiteral("</tr><tr>");
        }
        html += QStringLiteral("</tr></table>");
    }
    if (!s.inputs.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Inputs"));
        for (auto it = s.inputs.begin(); it != s.inputs.end(); ++it) {
            QString value = it->isString() ? it->toString() : it->isBool() ? (it->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                                           : QString::number(it->toDouble(), 'g', 12);
            if (isSecret(it.key()) && !value.isEmpty())
                value = QStringLiteral("••••••");
            row(esc(it.key()), esc(value));
        }
        html += QStringLiteral("</table>");
    }
    if (!s.lastLogLines.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(tr("Last log lines"), esc(s.lastLogLines.join(QLatin1Char('\n'))));
    m_details->setHtml(html);
}

void TrainingHistoryDialog::updateButtons()
{
    const auto r = current();
    const bool succeeded = r && r->state.succeeded();
    m_download->setEnabled(succeeded && !r->state.weightsUrl.isEmpty());
    m_copyModel->setEnabled(succeeded && !r->state.newVersion.isEmpty());
    m_copyTrigger->setEnabled(r && !triggerOf(r->state).isEmpty());
    m_tryIt->setEnabled(succeeded && !r->state.newVersion.isEmpty());
    const QList<Job *> jobs = m_jobs.jobs();
    const bool followed = r && std::any_of(jobs.cbegin(), jobs.cend(), [&](Job *job) {
        return job->kind() == QLatin1String("training") && job->task() == r->task.id;
    });
    m_cancel->setEnabled(r && !r->state.finished() && (!r->state.trainingId.isEmpty() || followed));
    m_refresh->setEnabled(r && !r->state.trainingId.isEmpty());
}

} // namespace lc::ui
