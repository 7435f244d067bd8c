// Widget tests: the real main window on the offscreen platform, over a temporary library.
#include "catalog/datasets.h"
#include "catalog/history.h"
#include "catalog/items.h"
#include "catalog/workspaces.h"
#include "common/async.h"
#include "edit/catalogwriter.h"
#include "export/exportdialog.h"
#include "export/exportjob.h"
#include "editor/detailpanel.h"
#include "fixtures.h"
#include "grid/gridpanel.h"
#include "grid/itemgridmodel.h"
#include "grid/itemgridview.h"
#include "import/importer.h"
#include "library/library.h"
#include "library/datasetsettingsdialog.h"
#include "library/librarypanel.h"
#include "mainwindow/mainwindow.h"
#include "tasks/taskspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QFileInfo>
#include <QLineEdit>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>
#include <QTreeWidget>
#include <QUrl>

using namespace lc;
using namespace lc::ui;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    Dataset m_dataset;

    void makeImages(const QString &folder, int count, int seedBase, bool captions)
    {
        for (int i = 0; i < count; ++i) {
            const QString base = QStringLiteral("%1/img%2").arg(folder).arg(i, 3, 10, QLatin1Char('0'));
            fixtures::writeFile(base + QStringLiteral(".png"), fixtures::encode(fixtures::makeImage(64, 48, seedBase + i), "png"));
            if (captions)
                fixtures::writeFile(base + QStringLiteral(".txt"), QStringLiteral("caption number %1").arg(i).toUtf8());
        }
    }

    Dataset datasetNamed(const QString &name)
    {
        auto d = Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/") + name);
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return *d;
    }

    // Waits until the window shows `dataset` with `rows` rows loaded in the grid.
    bool waitForGrid(MainWindow &w, DatasetId dataset, int rows)
    {
        return QTest::qWaitFor([&] {
            return w.currentDataset().id == dataset && !w.gridPanel()->model()->isLoading()
                && w.gridPanel()->model()->rowCount() == rows;
        }, 20000);
    }

    void selectRow(MainWindow &w, int row)
    {
        QAbstractItemView *view = w.gridPanel()->view();
        const QModelIndex index = view->model()->index(row, 0);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto lib = Library::open(m_dir.filePath(QStringLiteral("lib")));
        QVERIFY2(lib.ok(), lib.ok() ? "" : qPrintable(lib.error().message));
        m_library = std::move(*lib);
        auto ws = Workspaces(m_library->catalog()).create(QStringLiteral("Work"));
        QVERIFY(ws.ok());
        auto d = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("Faces"));
        QVERIFY(d.ok());
        m_dataset = *d;
        makeImages(m_dir.filePath(QStringLiteral("faces")), 40, 100, true);
        ImportRequest request;
        request.dataset = m_dataset.id;
        request.paths = {m_dir.filePath(QStringLiteral("faces"))};
        std::atomic<bool> cancel{false};
        const ImportReport r = Importer(*m_library).run(request, cancel);
        QCOMPARE(r.imported, 40);
    }

    void cleanup()
    {
        // Reads a closed window started may still be running: let them end before the next test.
        readPool()->waitForDone();
        QCoreApplication::sendPostedEvents();
    }

    void cleanupTestCase()
    {
        readPool()->waitForDone();
        m_library.reset();
    }

    void gridModelPassesTheModelTester()
    {
        ItemGridModel model(m_library->catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ItemQuery q;
        q.dataset = m_dataset.id;
        model.setQuery(q);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 40, 10000);
        // Row data arrives asynchronously (data() returns placeholders meanwhile).
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(39, 0), ItemGridModel::LoadedRole).toBool(), 10000);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("img000.png"));
        q.text = QStringLiteral("number");
        q.filter = ItemQuery::Filter::Uncaptioned;
        model.setQuery(q);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 10000);
        q.filter = ItemQuery::Filter::All;
        q.sort = ItemQuery::Sort::Name;
        q.descending = true;
        model.setQuery(q);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 40, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, 0)).toString(), QStringLiteral("img039.png"), 10000);

        // Items leaving and coming back (trash, restore) become row removals and insertions.
        q = ItemQuery{};
        q.dataset = m_dataset.id;
        model.setQuery(q);
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, 0)).toString(), QStringLiteral("img000.png"), 10000);
        const QList<ItemId> gone{model.idAt(5), model.idAt(6), model.idAt(30)};
        Items items(m_library->catalog());
        QVERIFY(items.setStatus(gone, ItemStatus::Trashed).ok());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 37, 10000);
        QCOMPARE(model.rowOf(gone[2]), -1);
        QVERIFY(items.setStatus(gone, ItemStatus::Active).ok());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 40, 10000);
        QCOMPARE(model.rowOf(gone[0]), 5);
        QCOMPARE(model.rowOf(gone[2]), 30);
        QCOMPARE(resets.count(), 0);
    }

    void selectingAnItemShowsItAndCaptionEditsPersistWithUndo()
    {
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));
        selectRow(w, 3);
        DetailPanel *detail = w.detailPanel();
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("img003.png"), 10000);
        QCOMPARE(detail->captionEditor()->toPlainText(), QStringLiteral("caption number 3"));

        const ItemId id = w.gridPanel()->model()->idAt(3);
        w.activateWindow();
        detail->captionEditor()->setFocus();
        QTRY_VERIFY(detail->captionEditor()->hasFocus());
        detail->captionEditor()->selectAll();
        QTest::keyClicks(detail->captionEditor(), QStringLiteral("A woman, smiling. She wears a red coat!"));
        detail->commitCaption();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, QStringLiteral("A woman, smiling. She wears a red coat!"));

        // More typing is a second save and a second undo step: undo goes back one save at a time.
        QTest::keyClicks(detail->captionEditor(), QStringLiteral(" Outdoors."));
        detail->commitCaption();
        w.writer()->waitForIdle();
        QCOMPARE(w.undoStack()->count(), 2);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Edit Caption"));
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, QStringLiteral("A woman, smiling. She wears a red coat!"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->captionEditor()->toPlainText(), QStringLiteral("A woman, smiling. She wears a red coat!"), 10000);
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, QStringLiteral("caption number 3"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->captionEditor()->toPlainText(), QStringLiteral("caption number 3"), 10000);
        w.redo();
        w.redo();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, QStringLiteral("A woman, smiling. She wears a red coat! Outdoors."));
        QTRY_COMPARE_WITH_TIMEOUT(detail->captionEditor()->toPlainText(), QStringLiteral("A woman, smiling. She wears a red coat! Outdoors."), 10000);
        w.close();
    }

    void batchTagOperationsAreOneUndoStep()
    {
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));
        QAbstractItemView *view = w.gridPanel()->view();
        const QModelIndex first = view->model()->index(10, 0);
        const QModelIndex last = view->model()->index(14, 0);
        view->selectionModel()->select(QItemSelection(first, last), QItemSelectionModel::ClearAndSelect);
        DetailPanel *detail = w.detailPanel();
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("5 images selected"), 10000);
        const QList<ItemId> ids = w.gridPanel()->selectedIds();
        QCOMPARE(ids.size(), 5);

        detail->tagInput()->setText(QStringLiteral("red coat, outdoor"));
        QTest::keyClick(detail->tagInput(), Qt::Key_Return);
        w.writer()->waitForIdle();
        Items items(m_library->catalog());
        for (ItemId id : ids)
            QCOMPARE(items.detail(id)->tags, QStringList({QStringLiteral("red coat"), QStringLiteral("outdoor")}));

        detail->removeTags({QStringLiteral("outdoor")});
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids.first())->tags, QStringList({QStringLiteral("red coat")}));
        const int before = w.undoStack()->count();
        QVERIFY(before >= 2);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Remove Tag “outdoor” from 5 Images"));
        w.undo();
        w.undo();
        w.writer()->waitForIdle();
        for (ItemId id : ids)
            QVERIFY(items.detail(id)->tags.isEmpty());

        // Space rejects the whole selection, and undo keeps them again.
        view->setFocus();
        detail->toggleRejected();
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids.last())->row.status, ItemStatus::Rejected);
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids.last())->row.status, ItemStatus::Active);
        w.close();
    }

    void keyboardShortcutsOnTheGrid()
    {
        MainWindow w(*m_library);
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));
        selectRow(w, 20);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->titleLabel()->text(), QStringLiteral("img020.png"), 10000);
        const ItemId id = w.gridPanel()->model()->idAt(20);
        QWidget *grid = w.gridPanel()->view();
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        Items items(m_library->catalog());

        QTest::keyClick(grid, Qt::Key_Space);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.status, ItemStatus::Rejected);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->selection(), QList<ItemId>{id}, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPanel()->titleLabel()->text() == QStringLiteral("img020.png"), 5000);
        QTest::qWait(100); // the detail view reloads the new status
        QTest::keyClick(grid, Qt::Key_Space);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.status, ItemStatus::Active);

        QTest::keyClick(grid, Qt::Key_4);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.rating, 4);

        // Delete moves it to the trash: it leaves the grid as a removed row (no reset, the view stays put).
        QSignalSpy resets(w.gridPanel()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(w.gridPanel()->model(), &QAbstractItemModel::rowsRemoved);
        QTest::keyClick(grid, Qt::Key_Delete);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.status, ItemStatus::Trashed);
        QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->model()->rowCount(), 39, 10000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(w.gridPanel()->model()->rowOf(id), -1);
        QVERIFY(w.gridPanel()->model()->rowData(20) != nullptr); // loaded data moved with the rows
        // The next image is selected, so culling continues from the keyboard.
        QCOMPARE(w.gridPanel()->selectedIds(), QList<ItemId>{w.gridPanel()->model()->idAt(20)});
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->titleLabel()->text(), QStringLiteral("img021.png"), 10000);
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.status, ItemStatus::Active);
        QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->model()->rowCount(), 40, 10000);
        QCOMPARE(w.gridPanel()->model()->rowOf(id), 20);
        QCOMPARE(resets.count(), 0);
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.rating, 0);

        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(w.detailPanel()->captionEditor()->hasFocus());
        w.close();
    }

    void exportDialogChecksLiveAndExportsInTheBackground()
    {
        MainWindow w(*m_library);
        w.show();
        {
            // The 64x48 test images are below the 64 px floor: the check blocks the export and says why.
            ExportDialog tiny(*m_library, datasetNamed(QStringLiteral("Faces")), &w);
            tiny.outputEdit()->setText(m_dir.filePath(QStringLiteral("never")));
            QTRY_VERIFY_WITH_TIMEOUT(!tiny.isCheckPending() && tiny.plan().blocked(), 10000);
            QVERIFY(!tiny.canExport());
            QVERIFY(tiny.reportView()->topLevelItemCount() > 0);
        }

        auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
        DatasetSettings settings;
        settings.triggerWord = QStringLiteral("ohwx");
        auto d = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("Exportable"), settings);
        QVERIFY(d.ok());
        const QString folder = m_dir.filePath(QStringLiteral("exportable"));
        for (int i = 0; i < 5; ++i) {
            fixtures::writeFile(QStringLiteral("%1/e%2.jpg").arg(folder).arg(i), fixtures::makeJpeg(200, 150, 900 + i));
            fixtures::writeFile(QStringLiteral("%1/e%2.txt").arg(folder).arg(i), "a portrait");
        }
        ImportRequest request;
        request.dataset = d->id;
        request.paths = {folder};
        std::atomic<bool> cancel{false};
        QCOMPARE(Importer(*m_library).run(request, cancel).imported, 5);

        ExportDialog dialog(*m_library, datasetNamed(QStringLiteral("Exportable")), &w);
        const QString out = m_dir.filePath(QStringLiteral("exportable-out"));
        dialog.outputEdit()->setText(out);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && dialog.canExport(), 10000);

        // An existing output path disables Export.
        dialog.outputEdit()->setText(m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && !dialog.canExport(), 10000);
        dialog.outputEdit()->setText(out);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && dialog.canExport(), 10000);

        ExportJob *job = w.tasks()->startExport(dialog.plan());
        QSignalSpy finished(job, &ExportJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!job->report().failure);
        QCOMPARE(job->report().images, 5);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/dataset.toml")));
        QCOMPARE(fixtures::readFile(out + QStringLiteral("/img/10_ohwx/e0.txt")), QByteArray("ohwx, a portrait"));
        w.close();
    }

    void tasksPanelShowsEarlierImportsAndExports()
    {
        // initTestCase imported into "Faces": a new window lists it from the catalog's history.
        MainWindow w(*m_library);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.tasksPanel()->historyCount() > 0, 10000);
        auto history = recentHistory(m_library->catalog());
        QVERIFY(history.ok());
        bool sawImport = false;
        for (const HistoryEntry &e : *history) {
            if (e.kind == QLatin1String("import") && e.dataset == QStringLiteral("Work/Faces")) {
                sawImport = true;
                QCOMPARE(ImportReport::fromJson(e.report).imported, 40);
            }
        }
        QVERIFY(sawImport);
        w.close();
    }

    void datasetSettingsAreEditedAndDriveTheLowResBadge()
    {
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));

        DatasetSettingsDialog dialog(datasetNamed(QStringLiteral("Faces")), &w);
        dialog.triggerEdit()->setText(QStringLiteral("  zxq  "));
        dialog.modelBox()->setCurrentIndex(dialog.modelBox()->findData(int(TargetModel::Sd15)));
        QCOMPARE(dialog.resolutionBox()->value(), 512); // the model's native resolution is suggested
        dialog.resolutionBox()->setValue(600);          // rounded to a multiple of 64
        const DatasetSettings s = dialog.settings();
        QCOMPARE(s.triggerWord, QStringLiteral("zxq"));
        QCOMPARE(s.targetResolution, 576);

        w.libraryPanel()->saveSettings(m_dataset.id, s);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().settings.triggerWord, QStringLiteral("zxq"), 10000);
        QCOMPARE(w.gridPanel()->model()->targetResolution(), 576);
        const Dataset stored = datasetNamed(QStringLiteral("Faces"));
        QCOMPARE(stored.settings.targetModel, TargetModel::Sd15);

        // Put the original settings back for the other tests.
        w.libraryPanel()->saveSettings(m_dataset.id, m_dataset.settings);
        QTRY_COMPARE_WITH_TIMEOUT(datasetNamed(QStringLiteral("Faces")).settings.targetResolution, m_dataset.settings.targetResolution, 10000);
        w.close();
    }

    void droppingAFolderImportsItAndTheGridFills()
    {
        auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
        auto d = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("Dropped"));
        QVERIFY(d.ok());
        const QString folder = m_dir.filePath(QStringLiteral("drop"));
        makeImages(folder, 12, 500, false);

        MainWindow w(*m_library);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.libraryPanel()->dataset(d->id).has_value(), 10000);
        w.libraryPanel()->reload(d->id);
        QVERIFY(waitForGrid(w, d->id, 0));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder)});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(!w.tasks()->running().isEmpty() || w.gridPanel()->model()->rowCount() == 12, 10000);
        QVERIFY(waitForGrid(w, d->id, 12));
        QCOMPARE(datasetNamed(QStringLiteral("Dropped")).itemCount, 12);
        w.close();
    }

    void deletingADatasetAsksFirst()
    {
        auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
        auto d = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("Doomed"));
        QVERIFY(d.ok());
        MainWindow w(*m_library);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.libraryPanel()->dataset(d->id).has_value(), 10000);
        w.libraryPanel()->reload(d->id);
        QTRY_COMPARE_WITH_TIMEOUT(w.libraryPanel()->currentDataset(), d->id, 10000);

        QString asked;
        w.libraryPanel()->confirm = [&](const QString &, const QString &text) {
            asked = text;
            return false; // the user says no
        };
        w.libraryPanel()->deleteCurrent();
        QVERIFY(asked.contains(QStringLiteral("Doomed")));
        QTest::qWait(200);
        QVERIFY(Datasets(m_library->catalog()).get(d->id).ok());

        w.libraryPanel()->confirm = [&](const QString &, const QString &) { return true; };
        w.libraryPanel()->deleteCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(!Datasets(m_library->catalog()).get(d->id).ok(), 10000);

        // The deletion is undoable for the session: the dataset comes back under its name.
        QTRY_COMPARE_WITH_TIMEOUT(w.undoStack()->count(), 1, 10000);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Delete Dataset “Doomed”"));
        w.undo();
        w.writer()->waitForIdle();
        QVERIFY(Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Doomed")).ok());
        w.redo(); // a destructive redo asks first (confirm says yes here)
        w.writer()->waitForIdle();
        QVERIFY(!Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Doomed")).ok());
        w.close();
    }

    void deletedDatasetComesBackWithItsImagesAndDuplicateCopiesOne()
    {
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));
        w.libraryPanel()->duplicateCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Faces copy")).ok(), 10000);
        const Dataset copy = datasetNamed(QStringLiteral("Faces copy"));
        QCOMPARE(copy.itemCount, 40);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().id, copy.id, 10000);

        // Rename in the tree (as F2 + typing does), then undo it.
        QTreeWidgetItem *node = w.libraryPanel()->tree()->currentItem();
        QVERIFY(node);
        node->setText(0, QStringLiteral("Faces v2"));
        QTRY_VERIFY_WITH_TIMEOUT(Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Faces v2")).ok(), 10000);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Rename Dataset to “Faces v2”"));
        w.undo();
        w.writer()->waitForIdle();
        QVERIFY(Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Faces copy")).ok());
        // A taken name is refused and the old one stays.
        QTRY_VERIFY_WITH_TIMEOUT(w.libraryPanel()->tree()->currentItem() != nullptr
                && w.libraryPanel()->tree()->currentItem()->text(0) == QStringLiteral("Faces copy"), 10000);
        w.libraryPanel()->tree()->currentItem()->setText(0, QStringLiteral("faces"));
        w.writer()->waitForIdle();
        QVERIFY(Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Faces copy")).ok());

        w.libraryPanel()->confirm = [](const QString &, const QString &) { return true; };
        w.libraryPanel()->deleteCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(!Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Faces copy")).ok(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.undoStack()->undoText(), QStringLiteral("Delete Dataset “Faces copy”"), 10000);
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(datasetNamed(QStringLiteral("Faces copy")).itemCount, 40);
        w.close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
