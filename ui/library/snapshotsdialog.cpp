#include "snapshotsdialog.h"

#include "async/async.h"
#include "library/libraryservice.h"
#include "util/fileutil.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

enum Column { Taken, Why, Content, Size };

QString contentText(const Snapshots::SnapshotInfo &s)
{
    if (!s.problem.isEmpty())
        return SnapshotsDialog::tr("Cannot be restored: %1").arg(s.problem);
    return SnapshotsDialog::tr("%n image(s)", nullptr, int(std::min<qint64>(s.items, INT_MAX))) + QStringLiteral(" · ")
        + SnapshotsDialog::tr("%n dataset(s)", nullptr, s.datasets);
}

} // namespace

SnapshotsDialog::SnapshotsDialog(const LibraryService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(tr("&Take Snapshot Now"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Catalog Snapshots"));
    resize(720, 420);
    confirm = [this](const QString &title, const QString &text, const QString &yes) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
        QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };

    auto *intro = new QLabel(tr("A snapshot is a consistent copy of the catalog: every workspace, dataset, caption, tag and "
                                "setting as it was. Restoring one replaces the catalog; the current one is kept as a new "
                                "snapshot first, so a restore can be undone the same way."),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("snapshots"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Content"), tr("Size")});
    m_list->header()->setSectionResizeMode(Content, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_create->setObjectName(QStringLiteral("createSnapshot"));
    m_restore->setObjectName(QStringLiteral("restoreSnapshot"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &SnapshotsDialog::takeSnapshot);
    connect(m_restore, &QPushButton::clicked, this, &SnapshotsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SnapshotsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &SnapshotsDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateButtons();
    reload();
}

void SnapshotsDialog::reload()
{
    m_status->setText(tr("Reading the snapshots…"));
    async::onResult(m_service.listSnapshots(), this, [this](const Result<QList<Snapshots::SnapshotInfo>> &all) {
        m_list->clear();
        m_snapshots.clear();
        if (!all) {
            m_status->setText(all.error().message);
            Q_EMIT loaded();
            return;
        }
        m_snapshots = *all;
        const QLocale locale;
        for (const Snapshots::SnapshotInfo &s : std::as_const(m_snapshots)) {
            auto *row = new QTreeWidgetItem(m_list);
            row->setText(Taken, locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat));
            row->setText(Why, Snapshots::reasonText(s.reason));
            row->setText(Content, contentText(s));
            row->setText(Size, FileUtil::formatBytes(s.bytes));
            row->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
            row->setToolTip(Taken, QDir::toNativeSeparators(s.path));
            if (!s.problem.isEmpty())
                row->setDisabled(true);
        }
        for (int c : {Taken, Why, Size})
            m_list->resizeColumnToContents(c);
        m_status->setText(m_snapshots.isEmpty()
                ? tr("No snapshots yet. LoRA Craft takes one a day while a library is open (Settings → General), and one "
                     "before every schema upgrade.")
                : tr("%n snapshot(s) in %1", nullptr, int(m_snapshots.size()))
                      .arg(QDir::toNativeSeparators(Snapshots::folderFor(m_service.libraryRoot() + QStringLiteral("/catalog.sqlite")))));
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
        updateButtons();
        Q_EMIT loaded();
    });
}

void SnapshotsDialog::takeSnapshot()
{
    m_create->setEnabled(false);
    m_status->setText(tr("Taking a snapshot…"));
    async::onResult(m_service.createSnapshot(Snapshots::Reason::Manual), this, [this](const Result<Snapshots::SnapshotInfo> &made) {
        m_create->setEnabled(true);
        if (!made) {
            m_status->setText(made.error().message);
            return;
        }
        reload();
    });
}

void SnapshotsDialog::restoreSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_snapshots.size() || !m_snapshots[row].problem.isEmpty())
        return;
    const Snapshots::SnapshotInfo &s = m_snapshots[row];
    const QString when = QLocale().toString(s.createdAt.toLocalTime(), QLocale::LongFormat);
    if (!confirm(tr("Restore Snapshot"),
            tr("Put back the catalog as it was on %1 (%2)?\n\nEdits made since then are replaced. The current catalog is "
               "kept as a new snapshot first, so you can go back to it. The library is closed and reopened.")
                .arg(when, contentText(s)),
            tr("Restore"))) {
        return;
    }
    m_chosen = s.name;
    accept();
}

void SnapshotsDialog::updateButtons()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_restore->setEnabled(row >= 0 && row < m_snapshots.size() && m_snapshots[row].problem.isEmpty());
}

} // namespace lc::ui
