#include "mainwindow.h"

#include "catalog/datasets.h"
#include "catalog/workspaces.h"
#include "library/library.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lc::ui {

namespace {

struct Snapshot
{
    QList<Workspace> workspaces;
    QList<Dataset> datasets;
    QString error;
};

Snapshot loadSnapshot(const Catalog &catalog)
{
    Snapshot s;
    auto ws = Workspaces(catalog).list();
    auto ds = Datasets(catalog).list();
    if (!ws)
        s.error = ws.error().message;
    else if (!ds)
        s.error = ds.error().message;
    else {
        s.workspaces = *ws;
        s.datasets = *ds;
    }
    return s;
}

} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
{
    setWindowTitle(tr("LoRA Craft"));
    resize(1280, 800);

    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setHeaderLabels({tr("Workspaces and datasets"), tr("Items")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_emptyHint = new QLabel(splitter);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("<h2>Drop images, folders or ZIP files here</h2>"
                            "<p>LoRA Craft keeps your originals untouched and builds training-ready datasets.</p>"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_emptyHint);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 980});
    setCentralWidget(splitter);

    statusBar()->showMessage(tr("Library: %1").arg(QDir::toNativeSeparators(m_library.root())));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Snapshot s = watcher->result();
        m_tree->clear();
        if (!s.error.isEmpty()) {
            statusBar()->showMessage(s.error);
            return;
        }
        QHash<WorkspaceId, QTreeWidgetItem *> parents;
        for (const Workspace &w : s.workspaces) {
            auto *item = new QTreeWidgetItem(m_tree, {w.name, QString()});
            parents.insert(w.id, item);
        }
        for (const Dataset &d : s.datasets) {
            if (auto *parentItem = parents.value(d.workspaceId))
                new QTreeWidgetItem(parentItem, {d.name, QString::number(d.itemCount)});
        }
        m_tree->expandAll();
    });
    const Catalog &catalog = m_library.catalog();
    watcher->setFuture(QtConcurrent::run([&catalog] { return loadSnapshot(catalog); }));
}

} // namespace lc::ui
