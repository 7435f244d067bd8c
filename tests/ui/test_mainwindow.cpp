// Widget tests: the real main window on the offscreen platform, over a temporary library.
#include "catalog/datasets.h"
#include "catalog/history.h"
#include "catalog/tasks.h"
#include "catalog/items.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "common/theme.h"
#include "edit/catalogwriter.h"
#include "export/exportdialog.h"
#include "export/exportjob.h"
#include "editor/detailpanel.h"
#include "editor/previewwidget.h"
#include "fixtures.h"
#include "grid/gridpanel.h"
#include "grid/itemgridmodel.h"
#include "grid/itemdelegate.h"
#include "grid/itemgridview.h"
#include "import/importer.h"
#include "import/importjob.h"
#include "library/library.h"
#include "library/maintenance.h"
#include "library/libraryservice.h"
#include "library/datasetsettingsdialog.h"
#include "library/librarypanel.h"
#include "actions/captionactions.h"
#include "actions/itemactions.h"
#include "caption/captiondialog.h"
#include "caption/captioneditdialog.h"
#include "tags/tagpanel.h"
#include "buckets/bucketspanel.h"
#include "catalog/provenancerows.h"
#include "collect/collectpanel.h"
#include "collect/urlimportdialog.h"
#include "search/searchservice.h"
#include "settings/searchsettingspage.h"
#include "crop/autocropdialog.h"
#include "crop/cropdialog.h"
#include "crop/cropeditor.h"
#include "fakehttpserver.h"
#include "settings/captionsettingspage.h"
#include "settings/replicatesettingspage.h"
#include "settings/settingsdialog.h"
#include "train/trainingrun.h"
#include "train/traindialog.h"
#include "train/traininghistorydialog.h"
#include "actions/trainactions.h"
#include "actions/libraryactions.h"
#include "actions/historycontroller.h"
#include "curation/duplicatesdialog.h"
#include "curation/quality.h"
#include "replicatefixtures.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/libraryhealth.h"
#include "library/snapshotsdialog.h"
#include "catalog/snapshots.h"
#include "mainwindow/shortcutsdialog.h"
#include "editor/lightbox.h"
#include "common/recentlibraries.h"
#include "common/singleinstance.h"
#include "settings/generalsettingspage.h"
#include "tasks/taskspanel.h"
#include "jobs/jobmanager.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTranslator>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QTextBrowser>
#include <QDockWidget>
#include <QDropEvent>
#include <QCheckBox>
#include <QDirIterator>
#include <QListWidget>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QBuffer>
#include <QUrlQuery>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
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
    std::unique_ptr<LibraryService> m_service;
    Dataset m_dataset;

    void makeImages(const QString &folder, int count, int seedBase, bool captions, QSize size = QSize(64, 48))
    {
        for (int i = 0; i < count; ++i) {
            const QString base = QStringLiteral("%1/img%2").arg(folder).arg(i, 3, 10, QLatin1Char('0'));
            fixtures::writeFile(base + QStringLiteral(".png"), fixtures::encode(fixtures::makeImage(size.width(), size.height(), seedBase + i), "png"));
            if (captions)
                fixtures::writeFile(base + QStringLiteral(".txt"), QStringLiteral("caption number %1").arg(i).toUtf8());
        }
    }

    Dataset datasetIn(const QString &workspace, const QString &name)
    {
        auto d = Datasets(m_library->catalog()).findByPath(workspace + QLatin1Char('/') + name);
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return *d;
    }

    Dataset datasetNamed(const QString &name)
    {
        auto d = Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/") + name);
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return *d;
    }

    // Waits until the window shows `dataset` with `rows` rows loaded in the grid.
    // A dataset (target 512) of four images with known defects: sharp.jpg (none), soft.jpg (upscaled eight
    // times), dark.jpg (underexposed) and bars.png (letterboxed).
    // A new dataset of workspace "Work" holding the images of `folder` (all of them must import).
    Dataset importFolder(const QString &name, const QString &folder, int expected, const DatasetSettings &settings = {})
    {
        auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
        const Dataset d = *Datasets(m_library->catalog()).create(ws->id, name, settings);
        ImportRequest request;
        request.dataset = d.id;
        request.paths = {folder};
        std::atomic<bool> cancel{false};
        if (Importer(*m_library).run(request, cancel).imported != expected)
            QTest::qFail("the images were not all imported", __FILE__, __LINE__);
        return d;
    }

    Dataset importQualityImages(const QString &name, int seed)
    {
        const QString folder = m_dir.filePath(name);
        const QImage scene = fixtures::makeScene(1280, 960, seed).convertToFormat(QImage::Format_RGB32);
        fixtures::writeFile(folder + QStringLiteral("/sharp.jpg"), fixtures::encode(scene, "jpg", 92));
        fixtures::writeFile(folder + QStringLiteral("/soft.jpg"),
            fixtures::encode(scene.scaled(scene.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                 .scaled(scene.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "jpg", 92));
        QImage dark = scene.copy();
        for (int y = 0; y < dark.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(dark.scanLine(y));
            for (int x = 0; x < dark.width(); ++x)
                line[x] = qRgb(qRed(line[x]) / 10, qGreen(line[x]) / 10, qBlue(line[x]) / 10);
        }
        fixtures::writeFile(folder + QStringLiteral("/dark.jpg"), fixtures::encode(dark, "jpg", 92));
        QImage bars(1280, 960, QImage::Format_RGB32);
        bars.fill(Qt::black);
        {
            QPainter p(&bars);
            p.drawImage(0, 120, fixtures::makeScene(1280, 720, seed + 1));
        }
        fixtures::writeFile(folder + QStringLiteral("/bars.png"), fixtures::encode(bars, "png"));
        DatasetSettings settings;
        settings.targetResolution = 512;
        return importFolder(name, folder, 4, settings);
    }

    bool waitForGrid(MainWindow &w, DatasetId dataset, int rows)
    {
        return QTest::qWaitFor([&] {
            return w.currentDataset().id == dataset && !w.gridPanel()->model()->isLoading()
                && w.gridPanel()->model()->rowCount() == rows;
        }, 20000);
    }

    // Types phrase by phrase with the pauses a person makes, around the 0.7 s autosave delay.
    static void typeWithPauses(QWidget *editor, const QStringList &phrases, const QList<int> &pausesMs)
    {
        for (int i = 0; i < phrases.size(); ++i) {
            QTest::keyClicks(editor, phrases[i]);
            QTest::qWait(pausesMs[i % pausesMs.size()]);
        }
    }

    Dataset makeDataset(const QString &name, int images, int seedBase, bool captions, QSize size = QSize(64, 48),
        const DatasetSettings &settings = {})
    {
        auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
        auto d = Datasets(m_library->catalog()).create(ws->id, name, settings);
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        if (images == 0)
            return *d;
        const QString folder = m_dir.filePath(name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        makeImages(folder, images, seedBase, captions, size);
        ImportRequest request;
        request.dataset = d->id;
        request.paths = {folder};
        std::atomic<bool> cancel{false};
        if (Importer(*m_library).run(request, cancel).imported != images)
            qFatal("import failed");
        return datasetNamed(name);
    }

    void selectRow(MainWindow &w, int row)
    {
        QAbstractItemView *view = w.gridPanel()->view();
        const QModelIndex index = view->model()->index(row, 0);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }

    // Renders a widget into LORACRAFT_SHOT_DIR/<name>.png when that is set (to look at the states a user sees).
    static void save(QWidget *widget, const QString &name)
    {
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty())
            widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No daily snapshot into the shared library mid-run: gc keeps what snapshots name, and the tests
        // count what gc removes. The snapshot test takes its own and removes them.
        Snapshots::setStoredDaily(false);
        applyTheme(*qApp, Theme::Dark); // as the app does: the style sheet is part of what is tested
        QVERIFY(m_dir.isValid());
        auto lib = Library::open(m_dir.filePath(QStringLiteral("lib")));
        QVERIFY2(lib.ok(), lib.ok() ? "" : qPrintable(lib.error().message));
        m_library = std::move(*lib);
        m_service = std::make_unique<LibraryService>(*m_library);
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
        m_library->waitForBackgroundWork();
        QCoreApplication::sendPostedEvents();
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_library.reset(); // waits for what is still running
    }

    void gridModelPassesTheModelTester()
    {
        ItemGridModel model(*m_service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ItemQuery q;
        q.dataset = m_dataset.id;
        model.setQuery(q);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 40, 10000);
        // Row data arrives asynchronously (data() returns placeholders meanwhile).
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(39, 0), ItemGridModel::LoadedRole).toBool(), 10000);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("img000.png"));
        // A reload that overtakes a filter change still in flight (the writer's itemsChanged right after
        // Alt+2): the image kept in view for editing belongs to the view being left, and stays out.
        {
            model.setKept({model.idAt(3)});
            ItemQuery nothing = q;
            nothing.text = QStringLiteral("wordsthatnocaptionhas");
            model.setQuery(nothing);
            model.reload();
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
            QCOMPARE(model.rowCount(), 0);
            model.setKept({});
        }
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

    void keyboardCaptioningPassNeedsNoMouse()
    {
        // Six images; 2, 4 and 5 have no caption, 1 carries the tag "outdoors".
        auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
        auto d = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("Keys"));
        QVERIFY(d.ok());
        const QString folder = m_dir.filePath(QStringLiteral("keys"));
        for (int i = 0; i < 6; ++i) {
            fixtures::writeFile(QStringLiteral("%1/k%2.jpg").arg(folder).arg(i), fixtures::makeJpeg(160, 120, 1200 + i));
            if (i != 2 && i != 4 && i != 5)
                fixtures::writeFile(QStringLiteral("%1/k%2.txt").arg(folder).arg(i), QByteArray("caption ") + QByteArray::number(i));
        }
        ImportRequest request;
        request.dataset = d->id;
        request.paths = {folder};
        std::atomic<bool> cancel{false};
        QCOMPARE(Importer(*m_library).run(request, cancel).imported, 6);

        MainWindow w(*m_library);
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(d->id);
        QVERIFY(waitForGrid(w, d->id, 6));
        ItemGridModel *model = w.gridPanel()->model();
        QVERIFY(Items(m_library->catalog()).setTags(model->idAt(1), {QStringLiteral("outdoors")}).ok());
        selectRow(w, 0);
        DetailPanel *detail = w.detailPanel();
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("k0.jpg"), 10000);
        QPlainTextEdit *caption = detail->captionEditor();
        caption->setFocus();
        QTRY_VERIFY(caption->hasFocus());
        auto row = [&] { return w.gridPanel()->view()->currentIndex().row(); };

        // Write, then Ctrl+Down: saved, on the next image, still typing in the caption box.
        caption->selectAll();
        QTest::keyClicks(caption, QStringLiteral("a red kite"));
        QTest::keyClick(caption, Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("k1.jpg"), 10000);
        QCOMPARE(row(), 1);
        QVERIFY(caption->hasFocus());
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(model->idAt(0))->caption, QStringLiteral("a red kite"));
        QTRY_COMPARE_WITH_TIMEOUT(caption->toPlainText(), QStringLiteral("caption 1"), 10000);
        QTest::keyClick(caption, Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(row(), 0, 10000);

        // Alt+Down: the next image without a caption, in the grid's order; the one being typed counts.
        QTest::keyClick(caption, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(row(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("k2.jpg"), 10000);
        QTRY_VERIFY(!caption->isReadOnly());
        QTest::keyClicks(caption, QStringLiteral("a blue boat"));
        QTest::keyClick(caption, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(row(), 4, 10000);
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(model->idAt(2))->caption, QStringLiteral("a blue boat"));

        // Ctrl+Enter in the tag box takes the first suggestion ("outd" → "outdoors").
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("k4.jpg"), 10000);
        detail->tagInput()->setFocus();
        QTRY_VERIFY(detail->tagInput()->hasFocus());
        QTest::keyClicks(detail->tagInput(), QStringLiteral("outd"));
        QTest::keyClick(detail->tagInput(), Qt::Key_Return, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(Items(m_library->catalog()).detail(model->idAt(4))->tags, QStringList{QStringLiteral("outdoors")}, 10000);

        // Escape: back to the grid, where the image keys work again.
        caption->setFocus();
        QTRY_VERIFY(caption->hasFocus());
        QTest::keyClicks(caption, QStringLiteral("a grey cat"));
        QTest::keyClick(caption, Qt::Key_Escape);
        QTRY_VERIFY(w.gridPanel()->view()->hasFocus());
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(model->idAt(4))->caption, QStringLiteral("a grey cat"));

        // Invert the selection from the grid (Ctrl+Shift+A).
        QTest::keyClick(w.gridPanel()->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(w.gridPanel()->view()->selectionModel()->selectedIndexes().size(), 5);

        // Help → Keyboard Shortcuts lists these keys, and no two window-wide actions share one.
        QAction *shortcuts = w.findChild<QAction *>(QStringLiteral("keyboardShortcuts"));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ShortcutsDialog *>()) != nullptr);
        const QList<QTreeWidgetItem *> nextRows = dialog->list()->findItems(QStringLiteral("Next Image"), Qt::MatchRecursive);
        QCOMPARE(nextRows.size(), 1);
        QCOMPARE(nextRows.first()->text(1), QKeySequence(Qt::CTRL | Qt::Key_Down).toString(QKeySequence::NativeText));
        QVERIFY(!dialog->list()->findItems(QStringLiteral("Next Image Without a Caption"), Qt::MatchRecursive).isEmpty());
        QVERIFY(!dialog->list()->findItems(QStringLiteral("Invert Selection"), Qt::MatchRecursive).isEmpty());
        dialog->close();
        QHash<QString, QString> owner;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcutContext() != Qt::WindowShortcut)
                continue;
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!owner.contains(key) || owner.value(key) == a->text(),
                    qPrintable(QStringLiteral("%1 is both %2 and %3").arg(key, owner.value(key), a->text())));
                owner.insert(key, a->text());
            }
        }
        w.close();
    }

    // The issue's bar: write, next, filter, fix, look, export, 50 images, and not one mouse click.
    void fiftyImageKeyboardPass()
    {
        const Dataset d = makeDataset(QStringLiteral("Fifty"), 50, 3000, false, QSize(256, 192));
        MainWindow w(*m_library);
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 50));
        ItemGridModel *model = w.gridPanel()->model();
        QAbstractItemView *grid = w.gridPanel()->view();
        DetailPanel *detail = w.detailPanel();
        QPlainTextEdit *caption = detail->captionEditor();
        QList<ItemId> ids;
        QStringList names;
        for (int i = 0; i < 50; ++i)
            ids << model->idAt(i);
        const auto rows = Items(m_library->catalog()).rows(ids);
        QVERIFY(rows.ok());
        for (const ItemRow &r : rows.value())
            names << r.name;
        auto nameAt = [&](int row) { return Items(m_library->catalog()).rows({model->idAt(row)})->first().name; };
        selectRow(w, 0);
        grid->setFocus();
        QTRY_VERIFY(grid->hasFocus());
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), names[0], 10000);

        // Write: Enter on the grid goes to the caption box; Ctrl+Down saves and moves on, 50 times.
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(caption->hasFocus());
        for (int i = 0; i < 50; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), names[i], 10000);
            QTRY_VERIFY(!caption->isReadOnly() && caption->isEnabled());
            QTest::keyClicks(caption, QStringLiteral("photo number %1").arg(i));
            QTRY_VERIFY(detail->trainerReadsText().contains(QStringLiteral("photo number %1").arg(i)));
            QTest::keyClick(caption, Qt::Key_Down, Qt::ControlModifier);
        }
        w.writer()->waitForIdle();
        for (int i = 0; i < 50; ++i)
            QCOMPARE(Items(m_library->catalog()).detail(ids[i])->caption, QStringLiteral("photo number %1").arg(i));

        // The status chips by Alt+digit: nothing is left without a caption.
        QTest::keyClick(caption, Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 0, 10000);
        QTest::keyClick(caption, Qt::Key_1, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 50, 10000);

        // Filter: Ctrl+F, a phrase in quotes ("number 4" and "number 40" to "number 49").
        QTest::keyClick(caption, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = w.gridPanel()->findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("\"number 4\""));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 11, 10000);
        // A mistake is named at once and the box says so; fixing it brings the images back.
        QTest::keyClicks(search, QStringLiteral(" OR"));
        QTRY_VERIFY(search->property("invalid").toBool());
        QVERIFY(w.gridPanel()->countText().startsWith(QStringLiteral("The filter cannot be read: “OR” at character 12")));
        save(&w, QStringLiteral("filter-error"));
        QVERIFY(search->toolTip().contains(QStringLiteral("needs something after it")));
        QTest::keyClicks(search, QStringLiteral(" caption:\"number 7\""));
        QTRY_VERIFY(!search->property("invalid").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 12, 10000);
        save(&w, QStringLiteral("filter-language"));

        // Fix: Ctrl+G to the grid, Enter to the caption, rewrite it, Escape back to the grid.
        QTest::keyClick(search, Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(grid->hasFocus());
        QTest::keyClick(grid, Qt::Key_End);
        QTest::keyClick(grid, Qt::Key_Home);
        QCOMPARE(grid->selectionModel()->selectedIndexes().size(), 1);
        const ItemId fixed = model->idAt(grid->currentIndex().row());
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), nameAt(grid->currentIndex().row()), 10000);
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(caption->hasFocus());
        QTest::keyClick(caption, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(caption, QStringLiteral("a fixed caption"));
        QTest::keyClick(caption, Qt::Key_Escape);
        QTRY_VERIFY(grid->hasFocus());
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(fixed)->caption, QStringLiteral("a fixed caption"));

        // Look: F shows the image full-window, the arrows move through the filtered grid, Escape closes.
        QTest::keyClick(grid, Qt::Key_F);
        Lightbox *lightbox = w.lightbox();
        QTRY_VERIFY(lightbox->isVisible());
        QTRY_VERIFY(lightbox->hasFocus());
        const int before = grid->currentIndex().row();
        QTRY_COMPARE_WITH_TIMEOUT(lightbox->shownNames(), QStringList{nameAt(before)}, 10000);
        const ItemId next = model->idAt(before + 1);
        const QString nextName = nameAt(before + 1);
        QTest::keyClick(lightbox, Qt::Key_Right);
        QTRY_COMPARE(model->idAt(grid->currentIndex().row()), next);
        QTRY_COMPARE_WITH_TIMEOUT(lightbox->shownNames(), QStringList{nextName}, 10000);
        QTest::qWait(300); // the original replaces the thumbnail
        save(&w, QStringLiteral("lightbox"));
        QTest::keyClick(lightbox, Qt::Key_Escape);
        QTRY_VERIFY(!lightbox->isVisible());
        QTRY_VERIFY(grid->hasFocus());

        // Clear the filter (Ctrl+F, select all, delete) and export with Ctrl+E, the path typed, Enter.
        QTest::keyClick(grid, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 50, 10000);
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<ExportDialog *>()) != nullptr, 5000);
        const QString out = m_dir.filePath(QStringLiteral("fifty-export"));
        dialog->outputEdit()->setFocus();
        QTRY_VERIFY(dialog->outputEdit()->hasFocus());
        QTest::keyClick(dialog->outputEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->outputEdit(), out);
        QTest::qWait(600);
        save(dialog, QStringLiteral("export-dialog"));
        // Enter exports once the pre-flight of the new path has run (until then it waits for it).
        QPointer<ExportDialog> open = dialog;
        for (int tries = 0; tries < 40 && open && open->isVisible(); ++tries) {
            QTest::keyClick(dialog->outputEdit(), Qt::Key_Return);
            QTest::qWait(250);
        }
        QVERIFY(!open || !open->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(QDir(out).exists(), 20000);
        auto captionFiles = [&] {
            QStringList found;
            QDirIterator it(out, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(captionFiles().size(), 50, 30000);
        // The export writes its manifest after the captions: closing before it ends would ask first.
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->jobs().isEmpty(), 60000);
        m_library->waitForBackgroundWork();
        w.close();
    }

    // The rest of the workbench: tag counts of a selection, copy/paste and reorder, what the trainer reads
    // as the dataset says, the trash count and Empty Trash, the General settings, one instance.
    void previewNamesAMissingOriginal()
    {
        const Dataset d = makeDataset(QStringLiteral("Lost"), 3, 7100, true, QSize(200, 150));
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 3));
        const ItemId id = w.gridPanel()->model()->idAt(1);
        const ContentHash hash = Items(m_library->catalog()).rows({id})->first().hash;
        const QString object = m_library->store().pathFor(hash);
        const QString aside = object + QStringLiteral(".aside");
        QVERIFY(QFile::rename(object, aside));
        auto putBack = qScopeGuard([&] {
            if (QFileInfo::exists(object))
                QFile::remove(aside);
            else
                QFile::rename(aside, object);
        });
        PreviewWidget *preview = w.detailPanel()->preview();
        QSignalSpy checked(preview, &PreviewWidget::originalChecked);
        selectRow(w, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->originalProblem().isEmpty(), 10000);
        QVERIFY(preview->originalProblem().contains(QStringLiteral("missing")));
        QVERIFY(preview->toolTip().contains(QStringLiteral("fsck --repair")));
        save(&w, QStringLiteral("missing-original"));
        // A sound one shows no problem.
        selectRow(w, 0);
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 2 && preview->originalProblem().isEmpty(), 10000);

        // File → Check Library… finds it and offers Repair, which reads it back from where it was imported.
        QString report;
        bool offered = false;
        w.libraryActions()->showCheckReport = [&](const QString &text, bool offerRepair) {
            report = text;
            offered = offerRepair;
            return true;
        };
        QAction *check = w.findChild<QAction *>(QStringLiteral("checkLibrary"));
        QVERIFY(check);
        check->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!report.isEmpty(), 20000);
        QVERIFY(offered);
        QVERIFY2(report.contains(QStringLiteral("1 stored original(s) are missing")), qPrintable(report));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(object), 10000);
        QCOMPARE(m_library->store().rehash(hash).value(), hash);
        selectRow(w, 2);
        selectRow(w, 1);
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 3 && preview->originalProblem().isEmpty(), 10000);
    }

    void snapshotsDialogHealthBannerAndSettings()
    {
        const QString folder = m_library->root() + QStringLiteral("/snapshots");
        auto cleanUp = qScopeGuard([folder] { QDir(folder).removeRecursively(); });
        {
            MainWindow w(*m_library);
            w.show();
            // The shared library is sound: the quick check passes and no banner shows.
            QSignalSpy checked(w.health(), &LibraryHealth::checked);
            QTRY_VERIFY_WITH_TIMEOUT(checked.count() == 1, 10000);
            QCOMPARE(checked.first().first().toBool(), true);
            QVERIFY(!w.health()->banner()->isVisible());

            // File → Restore Snapshot…: the dialog lists nothing yet; Take Snapshot Now adds one.
            QAction *open = w.findChild<QAction *>(QStringLiteral("restoreSnapshot"));
            QVERIFY(open);
            open->trigger();
            SnapshotsDialog *dialog = w.findChild<SnapshotsDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            QTRY_VERIFY(!dialog->findChildren<QLabel *>().isEmpty());
            QTRY_COMPARE(dialog->list()->topLevelItemCount(), 0);
            QVERIFY(!dialog->restoreButton()->isEnabled());
            QSignalSpy loaded(dialog, &SnapshotsDialog::loaded);
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->topLevelItemCount() == 1, 10000);
            const qint64 items = sql::scalar(m_library->catalog().database(), QStringLiteral("SELECT count(*) FROM items WHERE status <> 'trashed'"))->toLongLong();
            QTreeWidgetItem *row = dialog->list()->topLevelItem(0);
            QVERIFY2(row->text(2).contains(QString::number(items)), qPrintable(row->text(2)));
            QCOMPARE(row->text(1), QStringLiteral("taken by hand"));
            QVERIFY(dialog->restoreButton()->isEnabled());
            save(dialog, QStringLiteral("snapshots-dialog"));

            // Restore asks first; No keeps everything, Yes hands the snapshot to the application.
            QSignalSpy restore(&w, &MainWindow::restoreSnapshotRequested);
            w.confirm = [](const QString &, const QString &, const QString &) { return false; };
            QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            QCOMPARE(restore.count(), 0);
            QVERIFY(dialog->isVisible());
            QString asked;
            w.confirm = [&asked](const QString &, const QString &text, const QString &) {
                asked = text;
                return true;
            };
            QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            QCOMPARE(restore.count(), 1);
            const auto all = Snapshots::list(m_library->catalogPath());
            QVERIFY(all.ok() && all->size() == 1);
            QCOMPARE(restore.first().first().toString(), all->first().name);
            QVERIFY(asked.contains(QStringLiteral("kept as a new snapshot")));
        }

        // Settings → General keeps the snapshot settings.
        {
            const int keep = Snapshots::storedKeepCount();
            auto restoreKeep = qScopeGuard([keep] { Snapshots::setStoredKeepCount(keep); Snapshots::setStoredDaily(false); });
            SettingsDialog settings;
            GeneralSettingsPage *page = settings.generalPage();
            QSpinBox *keepBox = page->findChild<QSpinBox *>(QStringLiteral("keepSnapshots"));
            QCheckBox *daily = page->findChild<QCheckBox *>(QStringLiteral("dailySnapshot"));
            QVERIFY(keepBox && daily);
            keepBox->setValue(7);
            daily->setChecked(true);
            page->save();
            QCOMPARE(Snapshots::storedKeepCount(), 7);
            QVERIFY(Snapshots::storedDaily());
            // The language: the system's by default, each translation by its own name; kept for the next start.
            auto restoreLanguage = qScopeGuard([] { QSettings().remove(QStringLiteral("ui/language")); });
            QComboBox *language = page->languageBox();
            QCOMPARE(language->count(), 5);
            QCOMPARE(language->currentIndex(), 0);
            QVERIFY(language->findText(QStringLiteral("日本語")) > 0);
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            page->save();
            QCOMPARE(GeneralSettingsPage::storedLanguage(), QStringLiteral("de"));
            language->setCurrentIndex(0);
            page->save();
            QVERIFY(GeneralSettingsPage::storedLanguage().isEmpty());
            // Every language offered has its translation in the application, every message finished.
            for (const auto &[code, name] : GeneralSettingsPage::languages()) {
                if (code == QLatin1String("en"))
                    continue; // the source language (its plural forms are checked by the translations probe)
                QTranslator translator; // (the app embeds the same files under :/i18n)
                QVERIFY2(translator.load(QStringLiteral(LC_QM_DIR "/loracraft_%1").arg(code)), qPrintable(code));
                QVERIFY2(!translator.translate("lc::ui::MainActions", "&File").isEmpty(), qPrintable(name));
            }
        }

        // A damaged catalog: the window still opens, and a banner says what happened and what to do.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("damaged"));
        {
            auto lib = Library::open(root);
            QVERIFY(lib.ok());
            QVERIFY((*lib)->catalog().write([](QSqlDatabase &db) -> Result<void> {
                for (int i = 0; i < 400; ++i) {
                    if (auto r = sql::exec(db, QStringLiteral("INSERT INTO tasks (kind, status, message, created_at) VALUES ('import', 'completed', ?, 0)"),
                            {QString(300, QLatin1Char('a' + i % 26))});
                        !r)
                        return r;
                }
                return {};
            }).ok());
        }
        {
            QFile f(root + QStringLiteral("/catalog.sqlite"));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write(QByteArray(3 * 4096, '\x5A'));
        }
        auto damaged = Library::open(root);
        QVERIFY(damaged.ok());
        MainWindow w(**damaged);
        w.show();
        QSignalSpy checked(w.health(), &LibraryHealth::checked);
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() == 1, 10000);
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(w.health()->banner()->isVisible());
        QVERIFY(w.health()->bannerText().contains(QStringLiteral("failed its integrity check")));
        QVERIFY(w.health()->bannerText().contains(QStringLiteral("Restore Snapshot")));
        save(&w, QStringLiteral("health-banner"));
        QPushButton *restoreButton = w.health()->banner()->findChild<QPushButton *>(QStringLiteral("healthRestore"));
        QVERIFY(restoreButton);
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        QTRY_VERIFY(w.findChild<SnapshotsDialog *>() && w.findChild<SnapshotsDialog *>()->isVisible());
    }

    void workbenchTagsTrainerTextTrashAndSingleInstance()
    {
        const Dataset d = makeDataset(QStringLiteral("Bench"), 3, 3100, false);
        MainWindow w(*m_library);
        w.confirm = [](const QString &, const QString &, const QString &) { return true; };
        w.libraryPanel()->confirm = [](const QString &, const QString &) { return true; };
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 3));
        ItemGridModel *model = w.gridPanel()->model();
        const ItemId a = model->idAt(0), b = model->idAt(1), c = model->idAt(2);
        QVERIFY(Items(m_library->catalog()).setTags(a, {QStringLiteral("red"), QStringLiteral("cat")}).ok());
        QVERIFY(Items(m_library->catalog()).setTags(b, {QStringLiteral("red")}).ok());
        QVERIFY(Items(m_library->catalog()).setTags(c, {QStringLiteral("dog")}).ok());
        QAbstractItemView *grid = w.gridPanel()->view();
        DetailPanel *detail = w.detailPanel();
        QListWidget *tags = detail->findChild<QListWidget *>(QStringLiteral("tagList"));
        QVERIFY(tags);

        // Three selected: every tag with how many carry it; double-click a partial one to give it to all.
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier);
        auto shown = [&] {
            QStringList out;
            for (int i = 0; i < tags->count(); ++i)
                out << tags->item(i)->text();
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringList({QStringLiteral("red  2/3"), QStringLiteral("cat  1/3"), QStringLiteral("dog  1/3")}), 10000);
        QVERIFY(detail->trainerReadsText().isEmpty()); // one image's text only
        emit tags->itemDoubleClicked(tags->item(0));
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(c)->tags, QStringList({QStringLiteral("dog"), QStringLiteral("red")}));
        QTRY_COMPARE_WITH_TIMEOUT(shown().first(), QStringLiteral("red  3/3"), 10000);
        save(&w, QStringLiteral("tag-counts"));

        // Copy the tags of one image (Ctrl+Shift+C) and paste them onto another (Ctrl+Shift+V).
        selectRow(w, 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringList({QStringLiteral("red"), QStringLiteral("cat")}), 10000);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("red, cat"));
        selectRow(w, 1);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringList{QStringLiteral("red")}, 10000);
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(b)->tags, QStringList({QStringLiteral("red"), QStringLiteral("cat")}));

        // Two selected: the full-window preview puts them side by side.
        grid->selectionModel()->select(QItemSelection(model->index(0), model->index(1)), QItemSelectionModel::ClearAndSelect);
        QTRY_COMPARE_WITH_TIMEOUT(shown().size(), 2, 10000); // red 2/2, cat 2/2: the details arrived
        w.lightbox()->open(grid);
        QTRY_COMPARE_WITH_TIMEOUT(w.lightbox()->shownNames().size(), 2, 10000);
        save(&w, QStringLiteral("side-by-side"));
        QTest::keyClick(w.lightbox(), Qt::Key_Escape);
        QTRY_VERIFY(!w.lightbox()->isVisible());

        // Drag a tag to the front: the image's order changes, as one undo step.
        selectRow(w, 0);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringList({QStringLiteral("red"), QStringLiteral("cat")}), 10000);
        QVERIFY(tags->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(a)->tags, QStringList({QStringLiteral("cat"), QStringLiteral("red")}));
        w.undoStack()->undo();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).detail(a)->tags, QStringList({QStringLiteral("red"), QStringLiteral("cat")}));

        // What the trainer reads follows the dataset: tags as the caption, trigger first, tokens counted;
        // the badge's meaning and the Uncaptioned view follow too.
        DatasetSettings settings = d.settings;
        settings.captionSource = CaptionSource::Tags;
        settings.triggerWord = QStringLiteral("ohwx");
        w.libraryPanel()->saveSettings(d.id, settings);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().settings.captionSource, CaptionSource::Tags, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(detail->trainerReadsText().contains(QStringLiteral("ohwx, red, cat")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(detail->trainerReadsText().contains(QStringLiteral("CLIP")), 10000);
        save(&w, QStringLiteral("trainer-reads"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowData(0) && model->rowData(0)->hasCaption, 10000); // tags, no caption: has text
        w.gridPanel()->setFilter(ItemQuery::Filter::Uncaptioned);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 0, 10000);
        w.gridPanel()->setFilter(ItemQuery::Filter::All);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 3, 10000);

        // A pre-flight line shows its images in the grid (as an id: filter the user can clear).
        w.exportCurrentDataset();
        ExportDialog *exportDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((exportDialog = w.findChild<ExportDialog *>()) != nullptr, 5000);
        QSignalSpy checked(exportDialog, &ExportDialog::checked);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
        int withImages = -1;
        for (int i = 0; i < exportDialog->plan().issues.size() && withImages < 0; ++i) {
            if (exportDialog->plan().issues.at(i).items.size() == 3)
                withImages = i;
        }
        QVERIFY(withImages >= 0); // 64 × 48 px: too small for every bucket
        QCOMPARE(exportDialog->issueItems(withImages).size(), 3);
        exportDialog->showIssueInGrid(withImages);
        QLineEdit *search = w.gridPanel()->findChild<QLineEdit *>(QStringLiteral("search"));
        QTRY_VERIFY(search->text().startsWith(QStringLiteral("id:")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 3, 10000);
        search->clear();
        QTest::qWait(400); // the search box's pause before it queries
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 3, 10000);
        w.activateWindow(); // back from the dialog
        QTRY_VERIFY(w.isActiveWindow());

        // The trash shows its count; Empty Trash deletes it for good after confirmation.
        selectRow(w, 2);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Delete);
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(w.libraryPanel()->currentTrashCount(), 1, 10000);
        QPushButton *trashChip = nullptr;
        for (QPushButton *chip : w.gridPanel()->findChildren<QPushButton *>()) {
            if (chip->text().startsWith(QStringLiteral("Trash")))
                trashChip = chip;
        }
        QVERIFY(trashChip);
        QTRY_COMPARE_WITH_TIMEOUT(trashChip->text(), QStringLiteral("Trash (1)"), 10000);
        w.libraryPanel()->emptyTrash();
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(w.libraryPanel()->currentTrashCount(), 0, 10000);
        QVERIFY(!Items(m_library->catalog()).detail(c).ok());
        QTRY_COMPARE_WITH_TIMEOUT(trashChip->text(), QStringLiteral("Trash"), 10000);
        // Its image is no item's now: free it, as Clean Up would (later tests count the unused images).
        m_library->waitForBackgroundWork();
        auto freed = Maintenance::gc(*m_library);
        QVERIFY(freed.ok());
        QCOMPARE(freed->blobsRemoved, 1);

        // Settings → General: reopen the last library, stored on OK.
        SettingsDialog settingsDialog(&w);
        QVERIFY(settingsDialog.generalPage()->reopenLastBox()->isChecked());
        settingsDialog.generalPage()->reopenLastBox()->setChecked(false);
        settingsDialog.generalPage()->save();
        QVERIFY(!RecentLibraries::reopenLast());
        QCOMPARE(RecentLibraries::startupPath(QStringLiteral("/fallback")), QStringLiteral("/fallback"));
        RecentLibraries::setReopenLast(true);
        RecentLibraries::add(m_library->root());
        QCOMPARE(RecentLibraries::startupPath(QStringLiteral("/fallback")), QDir::cleanPath(m_library->root()));
        // File → Open Recent lists them (this one disabled: it is open) and asks for the one picked.
        const QString other = m_dir.filePath(QStringLiteral("other-library"));
        QVERIFY(QDir().mkpath(other));
        RecentLibraries::add(other);
        QMenu *recent = w.findChild<QMenu *>(QStringLiteral("recentLibraries"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QSignalSpy openRequests(&w, &MainWindow::openLibraryRequested);
        QAction *pick = nullptr;
        for (QAction *entry : recent->actions()) {
            if (entry->text() == QDir::toNativeSeparators(QDir::cleanPath(other)))
                pick = entry;
            if (entry->text() == QDir::toNativeSeparators(QDir::cleanPath(m_library->root())))
                QVERIFY(!entry->isEnabled());
        }
        QVERIFY(pick);
        pick->trigger();
        QCOMPARE(openRequests.size(), 1);
        QCOMPARE(openRequests.first().first().toString(), QDir::cleanPath(other));
        RecentLibraries::clear();
        w.close();

        // One instance: a second launch's message reaches the first, which answers.
        SingleInstance first(QStringLiteral("loracraft-test-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::messageReceived);
        SingleInstance second(QStringLiteral("loracraft-test-%1").arg(QCoreApplication::applicationPid()));
        QFuture<bool> sent = QtConcurrent::run([&second] { return second.sendToRunning(QStringLiteral("/some/library")); });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(received.first().first().toString(), QStringLiteral("/some/library"));
        sent.waitForFinished();
        QVERIFY(sent.result());
        SingleInstance nobody(QStringLiteral("loracraft-test-none-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(!nobody.sendToRunning(QStringLiteral("x"), 300));
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

        w.itemActions()->removeTags({QStringLiteral("outdoor")});
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
        w.itemActions()->toggleRejected();
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

        // Restoring from the trash is named as such in the history (not "Keep Image").
        selectRow(w, w.gridPanel()->model()->rowOf(id));
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->selection(), QList<ItemId>{id}, 10000);
        QTest::keyClick(grid, Qt::Key_Delete);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.status, ItemStatus::Trashed);
        w.gridPanel()->setFilter(ItemQuery::Filter::Trash);
        QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->model()->rowCount(), 1, 10000);
        selectRow(w, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->selection(), QList<ItemId>{id}, 10000);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Backspace, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(id)->row.status, ItemStatus::Active);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Restore Image from Trash"));
        w.gridPanel()->setFilter(ItemQuery::Filter::All);
        QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->model()->rowCount(), 40, 10000);
        selectRow(w, 20);

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
            ExportDialog tiny(*m_service, datasetNamed(QStringLiteral("Faces")), &w);
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

        ExportDialog dialog(*m_service, datasetNamed(QStringLiteral("Exportable")), &w);
        const QString out = m_dir.filePath(QStringLiteral("exportable-out"));
        dialog.outputEdit()->setText(out);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && dialog.canExport(), 10000);

        // An existing output path disables Export, and the pre-flight report says why.
        dialog.outputEdit()->setText(m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && !dialog.canExport(), 10000);
        QVERIFY(dialog.reportView()->topLevelItem(0)->text(0).contains(QStringLiteral("already exists")));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("error")));
        // An empty folder made for the export is fine, and the report says where it goes.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty-target"))));
        dialog.outputEdit()->setText(m_dir.filePath(QStringLiteral("empty-target")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && dialog.canExport(), 10000);
        QVERIFY(dialog.reportView()->topLevelItem(0)->text(0).contains(QStringLiteral("empty folder")));
        dialog.outputEdit()->setText(out);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckPending() && dialog.canExport(), 10000);

        {
            // The proposed name and the ZIP choice follow the trainer, and come back when it changes back.
            ExportDialog formats(*m_service, datasetNamed(QStringLiteral("Exportable")), &w);
            QVERIFY(formats.outputEdit()->text().endsWith(QStringLiteral("exportable-kohya")));
            QVERIFY(!formats.zipBox()->isChecked());
            formats.formatBox()->setCurrentIndex(formats.formatBox()->findData(int(ExportFormat::ReplicateFlux)));
            QVERIFY(formats.zipBox()->isChecked());
            QVERIFY(!formats.zipBox()->isEnabled());
            QVERIFY(formats.outputEdit()->text().endsWith(QStringLiteral("exportable-replicate-flux.zip")));
            formats.formatBox()->setCurrentIndex(formats.formatBox()->findData(int(ExportFormat::AiToolkit)));
            QVERIFY(!formats.zipBox()->isChecked());
            QVERIFY(formats.zipBox()->isEnabled());
            QVERIFY(formats.outputEdit()->text().endsWith(QStringLiteral("exportable-ai-toolkit")));
            // A name the user typed is theirs.
            formats.outputEdit()->setText(m_dir.filePath(QStringLiteral("mine")));
            formats.formatBox()->setCurrentIndex(formats.formatBox()->findData(int(ExportFormat::OneTrainer)));
            QCOMPARE(formats.outputEdit()->text(), m_dir.filePath(QStringLiteral("mine")));

            // SimpleTuner would leave out these 200x150 images (below its minimum at 1024): the pre-flight says
            // which and blocks until the user allows it; resolutions typed in are the config's.
            formats.formatBox()->setCurrentIndex(formats.formatBox()->findData(int(ExportFormat::SimpleTuner)));
            QTRY_VERIFY_WITH_TIMEOUT(!formats.isCheckPending() && !formats.canExport(), 10000);
            QVERIFY(formats.summaryLabel()->text().contains(QStringLiteral("error")));
            bool listed = false;
            for (int i = 0; i < formats.reportView()->topLevelItemCount(); ++i)
                listed = listed || formats.reportView()->topLevelItem(i)->text(0).contains(QStringLiteral("SimpleTuner will leave out 5"));
            QVERIFY(listed);
            formats.allowDropsBox()->setChecked(true);
            formats.resolutionsEdit()->setText(QStringLiteral("512, 1024"));
            QTRY_VERIFY_WITH_TIMEOUT(!formats.isCheckPending() && formats.canExport(), 10000);
            QCOMPARE(formats.plan().resolutions, (QList<int>{512, 1024}));
            const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
            if (!shots.isEmpty()) {
                formats.show();
                QTest::qWait(100);
                formats.grab().save(shots + QStringLiteral("/export-dialog-simpletuner.png"));
            }
            QVERIFY(formats.estimatedBytes() > 0);
            QVERIFY(formats.summaryLabel()->text().contains(QStringLiteral("about")));
            QVERIFY(formats.captionVariantsBox()->isEnabled()); // SimpleTuner reads caption variants
            formats.repeatsBox()->setValue(7);
            formats.remember(); // what Export does

            // The next export of this dataset opens with that trainer and its options.
            ExportDialog again(*m_service, datasetNamed(QStringLiteral("Exportable")), &w);
            QCOMPARE(ExportFormat(again.formatBox()->currentData().toInt()), ExportFormat::SimpleTuner);
            QVERIFY(again.allowDropsBox()->isChecked());
            QCOMPARE(again.resolutionsEdit()->text(), QStringLiteral("512, 1024"));
            QCOMPARE(again.repeatsBox()->value(), 7);
            // Another trainer has its own (defaults until used); kohya ignores caption variants.
            again.formatBox()->setCurrentIndex(again.formatBox()->findData(int(ExportFormat::Kohya)));
            QVERIFY(!again.captionVariantsBox()->isEnabled());
            QCOMPARE(again.repeatsBox()->value(), 7); // unchanged: nothing saved for kohya
            // A trigger typed here becomes the dataset's when the export starts.
            const DatasetSettings before = datasetNamed(QStringLiteral("Exportable")).settings;
            again.triggerEdit()->setText(QStringLiteral("zkw"));
            again.remember();
            QTRY_COMPARE_WITH_TIMEOUT(datasetNamed(QStringLiteral("Exportable")).settings.triggerWord, QStringLiteral("zkw"), 10000);
            QVERIFY(Datasets(m_library->catalog()).updateSettings(datasetNamed(QStringLiteral("Exportable")).id, before).ok());
        }

        auto *job = static_cast<ExportJob *>(w.jobs()->add(std::make_unique<ExportJob>(*m_library, dialog.plan())));
        QSignalSpy finished(job, &ExportJob::exportFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto report = finished.at(0).at(0).value<ExportReport>(); // the manager frees the job
        QVERIFY(!report.failure);
        QCOMPARE(report.images, 5);
        // The dialog's estimate is the right size (originals kept: their bytes, plus captions).
        QVERIFY2(dialog.estimatedBytes() > report.bytes / 2 && dialog.estimatedBytes() < report.bytes * 2,
            qPrintable(QStringLiteral("%1 estimated, %2 written").arg(dialog.estimatedBytes()).arg(report.bytes)));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/dataset.toml")));
        QCOMPARE(fixtures::readFile(out + QStringLiteral("/img/10_ohwx/e0.txt")), QByteArray("ohwx, a portrait"));

        // The finished export's row opens its folder; Clear Finished empties the list.
        TasksPanel *tasks = w.tasksPanel();
        QPushButton *open = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((open = tasks->findChild<QPushButton *>(QStringLiteral("openExportFolder"))) != nullptr, 10000);
        QCOMPARE(open->toolTip(), QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()));
        QVERIFY(tasks->taskCount() >= 1);
        tasks->findChild<QPushButton *>(QStringLiteral("clearTasks"))->click();
        QCOMPARE(tasks->taskCount(), 0);
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

        DatasetSettingsDialog dialog(datasetNamed(QStringLiteral("Faces")), {}, &w);
        dialog.triggerEdit()->setText(QStringLiteral("  zxq  "));
        dialog.modelBox()->setCurrentIndex(dialog.modelBox()->findData(int(TargetModel::Sd15)));
        QCOMPARE(dialog.resolutionBox()->value(), 512); // the model's native resolution is suggested
        QVERIFY(dialog.resolutionNote()->isHidden());
        dialog.resolutionBox()->setValue(600);          // rounded to a multiple of 64, and the dialog says so
        QVERIFY(!dialog.resolutionNote()->isHidden());
        QVERIFY(dialog.resolutionNote()->text().contains(QStringLiteral("576")));
        const DatasetSettings s = dialog.settings();
        QCOMPARE(s.triggerWord, QStringLiteral("zxq"));
        QCOMPARE(s.targetResolution, 576);
        {
            // A resolution the user typed survives a change of model; the default follows the model.
            DatasetSettingsDialog other(datasetNamed(QStringLiteral("Faces")), {}, &w);
            other.resolutionBox()->setValue(768);
            other.modelBox()->setCurrentIndex(other.modelBox()->findData(int(TargetModel::Sd15)));
            QCOMPARE(other.resolutionBox()->value(), 768);
        }

        w.libraryPanel()->saveSettings(m_dataset.id, s);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().settings.triggerWord, QStringLiteral("zxq"), 10000);
        QCOMPARE(w.gridPanel()->model()->targetResolution(), 576);
        const Dataset stored = datasetNamed(QStringLiteral("Faces"));
        QCOMPARE(stored.settings.targetModel, TargetModel::Sd15);

        // The regularization set: picked from the other datasets (never itself), and kept by a dialog that
        // was opened only to change the trigger.
        {
            auto ws = Workspaces(m_library->catalog()).find(QStringLiteral("Work"));
            QVERIFY(ws.ok());
            auto classSet = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("Class set"));
            QVERIFY(classSet.ok());
            const QList<Dataset> all = *Datasets(m_library->catalog()).list();
            DatasetSettingsDialog pick(datasetNamed(QStringLiteral("Faces")), all, &w);
            QCOMPARE(pick.regularizationBox()->count(), int(all.size())); // "None" and every other dataset
            QCOMPARE(pick.regularizationBox()->findData(m_dataset.id.value()), -1);
            const Dataset &other = *classSet;
            pick.regularizationBox()->setCurrentIndex(pick.regularizationBox()->findData(other.id.value()));
            w.libraryPanel()->saveSettings(m_dataset.id, pick.settings());
            QTRY_COMPARE_WITH_TIMEOUT(datasetNamed(QStringLiteral("Faces")).settings.regularization, other.id, 10000);
            DatasetSettingsDialog keep(datasetNamed(QStringLiteral("Faces")), {}, &w);
            keep.triggerEdit()->setText(QStringLiteral("zxq2"));
            QCOMPARE(keep.settings().regularization, other.id);
            // Deleting the class set clears the reference (the catalog's foreign key).
            QVERIFY(Datasets(m_library->catalog()).remove(other.id).ok());
            QVERIFY(!datasetNamed(QStringLiteral("Faces")).settings.regularization.isValid());
        }

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
        QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->jobs().isEmpty() || w.gridPanel()->model()->rowCount() == 12, 10000);
        QVERIFY(waitForGrid(w, d->id, 12));
        QCOMPARE(datasetNamed(QStringLiteral("Dropped")).itemCount, 12);
        QCOMPARE(w.tasksPanel()->latestTitle(), QStringLiteral("Import into Work/Dropped"));
        w.close();
    }

    void quittingDuringAnImportAsksFirst()
    {
        const Dataset d = makeDataset(QStringLiteral("Quit"), 0, 0, false);
        const QString folder = m_dir.filePath(QStringLiteral("quit-input"));
        makeImages(folder, 150, 1200, false);
        auto *w = new MainWindow(*m_library);
        w->show();
        QTRY_VERIFY_WITH_TIMEOUT(w->libraryPanel()->dataset(d.id).has_value(), 10000);
        QString asked;
        w->confirm = [&](const QString &, const QString &text, const QString &) {
            asked = text;
            return false;
        };
        w->importPaths(d.id, {folder});
        QVERIFY(!w->jobs()->jobs().isEmpty());
        w->close();
        QVERIFY(asked.contains(QStringLiteral("Import into Work/Quit")));
        QVERIFY(w->isVisible()); // the user said no: nothing was canceled
        QVERIFY(!w->jobs()->jobs().isEmpty() || datasetNamed(QStringLiteral("Quit")).itemCount == 150);
        w->confirm = [](const QString &, const QString &, const QString &) { return true; };
        w->close();
        QVERIFY(!w->isVisible());
        delete w;
        const int imported = datasetNamed(QStringLiteral("Quit")).itemCount;
        QVERIFY(imported >= 0 && imported < 150);

        // Next time, the Tasks panel shows the import as canceled and offers to resume it.
        MainWindow next(*m_library);
        next.show();
        QTRY_VERIFY_WITH_TIMEOUT(next.tasksPanel()->historyCount() > 0, 10000);
        const QString latest = next.tasksPanel()->historyTexts().value(0);
        QVERIFY2(latest.contains(QStringLiteral("Work/Quit")) && latest.contains(QStringLiteral("canceled")), qPrintable(latest));
        QPushButton *resume = nullptr;
        for (QPushButton *b : next.tasksPanel()->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Resume"))
                resume = b;
        }
        QVERIFY(resume);
        resume->click();
        const bool resumed = QTest::qWaitFor([&] { return datasetNamed(QStringLiteral("Quit")).itemCount == 150; }, 60000);
        if (!resumed) {
            // Say what the jobs and the history show, to find out why.
            for (Job *job : next.jobs()->jobs())
                qWarning() << "job" << job->title() << int(job->state()) << job->progress().done << "/" << job->progress().total
                           << job->progress().step << job->summary() << job->error();
            qWarning() << "history" << next.tasksPanel()->historyTexts();
        }
        QCOMPARE(datasetNamed(QStringLiteral("Quit")).itemCount, 150);
        QTRY_VERIFY_WITH_TIMEOUT(next.jobs()->jobs().isEmpty(), 30000);
        next.close();
    }

    void resumeRightAfterLaunchImports()
    {
        // Resume clicked before the library panel has loaded (the window just opened) still imports:
        // whether the dataset exists is asked of the catalog, not of the panel.
        const Dataset d = makeDataset(QStringLiteral("Early"), 0, 0, false);
        const QString folder = m_dir.filePath(QStringLiteral("early-input"));
        makeImages(folder, 5, 300, false);
        MainWindow early(*m_library);
        Q_EMIT early.tasksPanel()->resumeRequested(d.id, QStringLiteral("Work/Early"), {folder});
        QTRY_COMPARE_WITH_TIMEOUT(datasetNamed(QStringLiteral("Early")).itemCount, 5, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(early.jobs()->jobs().isEmpty(), 30000);
    }

    void replicateSettings()
    {
        // Settings → Replicate: Verify asks Replicate whose token it is, with the token typed (or the one
        // stored); a refused token shows Replicate's reason and never the token.
        lc::test::FakeHttpServer server([](const lc::test::FakeRequest &req) {
            if (req.path == "/v1/account" && req.header("Authorization") == "Bearer r8_gui_token_123")
                return lc::test::FakeReply::json(R"({"type":"user","username":"alice","name":"Alice Example"})");
            return lc::test::FakeReply::json(R"({"title":"Unauthenticated","detail":"You did not pass a valid authentication token","status":401})", 401);
        });
        qputenv("LORACRAFT_REPLICATE_BASE_URL", server.url(QStringLiteral("/v1")).toString().toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("LORACRAFT_REPLICATE_BASE_URL"); });
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        MainWindow w(*m_library);
        SettingsDialog dialog(&w);
        dialog.showReplicate();
        ReplicateSettingsPage *page = dialog.replicatePage();
        auto *token = page->findChild<QLineEdit *>(QStringLiteral("replicateToken"));
        auto *verify = page->findChild<QPushButton *>(QStringLiteral("verifyToken"));
        QVERIFY(token && verify);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        dialog.show();

        QTest::keyClicks(token, QStringLiteral("r8_wrong"));
        QSignalSpy checked(page, &ReplicateSettingsPage::verifyFinished);
        verify->click();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(page->verifyResult().contains(QStringLiteral("refused the credentials")), qPrintable(page->verifyResult()));
        QVERIFY(!page->verifyResult().contains(QStringLiteral("r8_wrong")));

        token->clear();
        QTest::keyClicks(token, QStringLiteral("r8_gui_token_123"));
        verify->click();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.last().first().toBool(), true);
        QVERIFY2(page->verifyResult().contains(QStringLiteral("alice")), qPrintable(page->verifyResult()));
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/settings-replicate.png"));
        dialog.reject(); // storing it needs a keychain: tested in test_core_secrets and the CLI's keychain test
    }

    void followsATrainingLeftRunning()
    {
        // A training the CLI started (or one running when the app quit): on the next start the Tasks
        // panel follows it to its end with the token from the environment (no keychain here).
        std::atomic<int> polls{0};
        lc::test::FakeHttpServer server([&](const lc::test::FakeRequest &req) {
            if (req.header("Authorization") != "Bearer r8_follow_token")
                return lc::test::FakeReply::json(R"({"detail":"Unauthenticated","status":401})", 401);
            if (req.path != "/v1/trainings/trainfollow1")
                return lc::test::FakeReply::json(R"({"detail":"Not found."})", 404);
            QJsonObject t{{QStringLiteral("id"), QStringLiteral("trainfollow1")}, {QStringLiteral("model"), QStringLiteral("ostris/flux-dev-lora-trainer")},
                {QStringLiteral("logs"), QStringLiteral("flux_train_replicate:  50%|#####     | 500/1000 [01:00<01:00]\n")}};
            if (++polls < 3) {
                t.insert(QStringLiteral("status"), QStringLiteral("processing"));
            } else {
                t.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
                t.insert(QStringLiteral("output"), QJsonObject{{QStringLiteral("version"), QStringLiteral("alice/lora:abc123")},
                                                       {QStringLiteral("weights"), QStringLiteral("https://replicate.delivery/x/trained_model.tar")}});
            }
            return lc::test::FakeReply::json(QJsonDocument(t).toJson(QJsonDocument::Compact));
        });
        qputenv("LORACRAFT_REPLICATE_BASE_URL", server.url(QStringLiteral("/v1")).toString().toUtf8());
        qputenv("REPLICATE_API_TOKEN", "r8_follow_token");
        qputenv("LORACRAFT_TRAINING_POLL_MS", "20");
        const auto unset = qScopeGuard([] {
            qunsetenv("LORACRAFT_REPLICATE_BASE_URL");
            qunsetenv("REPLICATE_API_TOKEN");
            qunsetenv("LORACRAFT_TRAINING_POLL_MS");
        });
        lc::train::TrainingState state;
        state.stage = lc::train::TrainingState::Stage::Train;
        state.trainer = QStringLiteral("flux");
        state.trainerModel = QStringLiteral("ostris/flux-dev-lora-trainer");
        state.destination = QStringLiteral("alice/lora");
        state.steps = 1000;
        state.trainingId = QStringLiteral("trainfollow1");
        auto task = m_library->catalog().write([&](QSqlDatabase &db) {
            return Tasks::create(db, QStringLiteral("training"), DatasetId(), QStringLiteral("Training alice/lora"), 100,
                QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
        });
        QVERIFY(task.ok());

        MainWindow w(*m_library);
        QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->running(QStringLiteral("training")).isEmpty() || polls.load() >= 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(polls.load() >= 3 && w.jobs()->jobs().isEmpty(), 20000);
        m_library->writer().waitForIdle();
        auto record = Tasks::get(m_library->catalog(), *task);
        QVERIFY(record.ok());
        QCOMPARE(record->status, QStringLiteral("completed"));
        const auto done = lc::train::TrainingState::fromJson(QJsonDocument::fromJson(record->report.toUtf8()).object());
        QCOMPARE(done.newVersion, QStringLiteral("alice/lora:abc123"));
    }

    void trainOnReplicateFromTheWindow()
    {
        // A local Replicate: the account, the Flux trainer with its TrainingInput schema, a destination
        // that does not exist yet, the upload, the create, polls (processing until `finish`), the weights.
        QMutex mutex;
        int uploads = 0, creates = 0, modelCreates = 0, predictions = 0;
        QJsonObject lastPredictionBody;
        bool destinationExists = false;
        std::atomic<bool> finish{false};
        QJsonObject createBody;
        QFile tar(QStringLiteral(LC_TRAIN_FIXTURES "/flux.tar"));
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const QByteArray tarBytes = tar.readAll();
        QUrl weightsUrl;
        QUrl outputsBase;
        const QByteArray samplePng = fixtures::encode(fixtures::makeImage(512, 512, 77), "png");
        lc::test::FakeHttpServer server([&](const lc::test::FakeRequest &req) {
            using lc::test::FakeReply;
            using lc::test::replicateFixture;
            using lc::test::replicateFixtureBytes;
            QMutexLocker lock(&mutex);
            if (req.path == "/weights/trained_model.tar")
                return FakeReply{200, {{"Content-Type", "application/x-tar"}}, tarBytes};
            if (req.path.startsWith("/outputs/"))
                return FakeReply{200, {{"Content-Type", "image/png"}}, samplePng};
            if (req.header("Authorization") != "Bearer r8_train_dialog_token")
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-401-invalid-token.json")), 401);
            if (req.method == "GET" && req.path == "/v1/account")
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("account-get.response-200.json")));
            if (req.method == "GET" && req.path == "/v1/models/ostris/flux-dev-lora-trainer")
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("models-get-flux-trainer.response-200.json")));
            if (req.method == "GET" && req.path == "/v1/models/alice/portraits-lora") {
                return destinationExists ? FakeReply::json(replicateFixtureBytes(QStringLiteral("models-create.response-201.json")))
                                         : FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
            }
            if (req.method == "POST" && req.path == "/v1/models") {
                ++modelCreates;
                destinationExists = true;
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("models-create.response-201.json")), 201);
            }
            if (req.method == "POST" && req.path == "/v1/files") {
                ++uploads;
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("files-create.response-201.json")), 201);
            }
            if (req.method == "DELETE" && req.path.startsWith("/v1/files/"))
                return FakeReply{204, {}, {}};
            if (req.method == "POST" && req.path.endsWith("/trainings")) {
                ++creates;
                createBody = QJsonDocument::fromJson(req.body).object();
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-create-flux.response-201.json")), 201);
            }
            if (req.method == "POST" && req.path == "/v1/predictions") {
                ++predictions;
                lastPredictionBody = QJsonDocument::fromJson(req.body).object();
                // As Replicate answers with Prefer: wait: done, the output a URL of the image.
                const QJsonObject p{{QStringLiteral("id"), QStringLiteral("pred%1").arg(predictions)},
                    {QStringLiteral("status"), QStringLiteral("succeeded")},
                    {QStringLiteral("output"), QJsonArray{QString(outputsBase.toString() + QStringLiteral("/out-%1.png").arg(predictions))}}};
                return FakeReply::json(QJsonDocument(p).toJson(QJsonDocument::Compact), 201);
            }
            if (req.method == "GET" && req.path.startsWith("/v1/trainings/")) {
                if (!finish.load())
                    return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-get-processing.response-200.json")));
                QJsonObject t = replicateFixture(QStringLiteral("trainings-get-succeeded.response-200.json"));
                QJsonObject output = t.value(QStringLiteral("output")).toObject();
                output.insert(QStringLiteral("weights"), weightsUrl.toString());
                t.insert(QStringLiteral("output"), output);
                return FakeReply::json(QJsonDocument(t).toJson(QJsonDocument::Compact));
            }
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
        });
        weightsUrl = server.url(QStringLiteral("/weights/trained_model.tar"));
        outputsBase = server.url(QStringLiteral("/outputs"));
        qputenv("LORACRAFT_REPLICATE_BASE_URL", server.url(QStringLiteral("/v1")).toString().toUtf8());
        qputenv("REPLICATE_API_TOKEN", "r8_train_dialog_token");
        qputenv("LORACRAFT_TRAINING_POLL_MS", "50");
        const auto unset = qScopeGuard([] {
            qunsetenv("LORACRAFT_REPLICATE_BASE_URL");
            qunsetenv("REPLICATE_API_TOKEN");
            qunsetenv("LORACRAFT_TRAINING_POLL_MS");
        });

        DatasetSettings settings;
        settings.triggerWord = QStringLiteral("PRTX");
        const Dataset d = makeDataset(QStringLiteral("Portraits"), 6, 900, true, QSize(640, 512), settings);
        MainWindow w(*m_library);
        w.resize(1400, 860);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 6));

        // Dataset → Train on Replicate…: the form comes from the trainer's schema, with our values.
        w.trainActions()->trainAction()->trigger();
        QPointer<lc::ui::TrainDialog> dialog = w.trainActions()->trainDialog();
        QVERIFY(dialog);
        QVERIFY2(QTest::qWaitFor([&] { return !dialog->isLoading() && dialog->canStart(); }, 15000),
            qPrintable(dialog->statusLabel()->text() + QLatin1Char(' ') + [&] {
                QStringList rows;
                for (int i = 0; i < dialog->preflightView()->topLevelItemCount(); ++i)
                    rows << dialog->preflightView()->topLevelItem(i)->text(0);
                return rows.join(QStringLiteral(" | "));
            }()));
        QCOMPARE(dialog->destinationBox()->currentText(), QStringLiteral("alice/portraits-lora"));
        QVERIFY(dialog->inputNames().contains(QStringLiteral("wandb_save_interval"))); // schema-only inputs are there too
        QVERIFY(!dialog->inputNames().contains(QStringLiteral("input_images")));    // the upload fills it
        auto *steps = qobject_cast<QSpinBox *>(dialog->inputWidget(QStringLiteral("steps")));
        QVERIFY(steps);
        QCOMPARE(steps->value(), 600); // 6 images × 100 steps, within 500-2000
        QCOMPARE(steps->maximum(), 6000);
        auto *autocaption = qobject_cast<QCheckBox *>(dialog->inputWidget(QStringLiteral("autocaption")));
        QVERIFY(autocaption);
        QVERIFY(!autocaption->isChecked()); // every image has a caption
        auto *hfToken = qobject_cast<QLineEdit *>(dialog->inputWidget(QStringLiteral("hf_token")));
        QVERIFY(hfToken);
        QCOMPARE(hfToken->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("all captioned")));
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("H100")));
        // Out of the schema's range: refused before anything is uploaded, with the reason.
        auto *rank = qobject_cast<QSpinBox *>(dialog->inputWidget(QStringLiteral("lora_rank")));
        QVERIFY(rank);
        QCOMPARE(rank->maximum(), 128);
        auto *rate = qobject_cast<QLineEdit *>(dialog->inputWidget(QStringLiteral("caption_dropout_rate")));
        QVERIFY(rate);
        rate->setText(QStringLiteral("1.5"));
        QVERIFY(!dialog->canStart());
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("caption_dropout_rate")));
        rate->setText(QStringLiteral("0.1"));
        rank->setValue(32);
        QVERIFY(dialog->canStart());
        // A destination that does not exist and may not be created: refused too.
        dialog->createBox()->setChecked(false);
        QVERIFY(!dialog->canStart());
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("does not exist")));
        dialog->createBox()->setChecked(true);
        QVERIFY(dialog->canStart());
        save(dialog, QStringLiteral("train-dialog"));
        QCOMPARE(uploads, 0);

        // Start: the training is a job of the window; the destination is created, the ZIP uploaded.
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !w.jobs()->running(QStringLiteral("training")).isEmpty(); }, 5000));
        QVERIFY(QTest::qWaitFor([&] {
            QMutexLocker lock(&mutex);
            return creates == 1;
        }, 20000));
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(modelCreates, 1);
            QCOMPARE(uploads, 1);
            const QJsonObject input = createBody.value(QStringLiteral("input")).toObject();
            QCOMPARE(input.value(QStringLiteral("lora_rank")).toInt(), 32);
            QCOMPARE(input.value(QStringLiteral("steps")).toInt(), 600);
            QCOMPARE(input.value(QStringLiteral("caption_dropout_rate")).toDouble(), 0.1);
            QCOMPARE(input.value(QStringLiteral("autocaption")).toBool(), false);
            QVERIFY(!input.contains(QStringLiteral("hf_token"))); // empty secrets are not sent
            QCOMPARE(createBody.value(QStringLiteral("destination")).toString(), QStringLiteral("alice/portraits-lora"));
        }

        // Dataset → Trainings… while it runs: the training, its stage, Cancel offered.
        w.trainActions()->historyAction()->trigger();
        QPointer<lc::ui::TrainingHistoryDialog> history = w.trainActions()->historyDialog();
        QVERIFY(history);
        QVERIFY(QTest::qWaitFor([&] {
            return history->records().size() == 1 && history->records().first().state.stage == lc::train::TrainingState::Stage::Train;
        }, 15000));
        QVERIFY(history->cancelButton()->isEnabled());
        QVERIFY(!history->downloadButton()->isEnabled());
        QTest::qWait(300);
        save(&w, QStringLiteral("training-running"));
        save(history, QStringLiteral("training-history-running"));

        // It succeeds: the new version, Download Weights into a folder, Copy Model Name.
        finish = true;
        QVERIFY(QTest::qWaitFor([&] { return w.jobs()->running(QStringLiteral("training")).isEmpty(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return !history->records().isEmpty() && history->records().first().state.succeeded(); }, 10000));
        const QString version = history->records().first().state.newVersion;
        QVERIFY(version.startsWith(QStringLiteral("alice/alice-flux-lora:8b1c3fd2")));
        QVERIFY(history->downloadButton()->isEnabled());
        QVERIFY(!history->cancelButton()->isEnabled());
        QTest::mouseClick(history->copyModelButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), version);
        QTemporaryDir out;
        history->chooseFolder = [&] { return out.path(); };
        QTest::mouseClick(history->downloadButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(out.filePath(QStringLiteral("lora.safetensors"))); }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return !history->records().isEmpty() && !history->records().first().state.weightsPath.isEmpty(); }, 10000));
        QVERIFY(history->details()->toPlainText().contains(QStringLiteral("SHA-256")));
        QVERIFY(history->details()->toPlainText().contains(version));

        // Try It: predictions of the new version with prompts that use the trigger word; the images are
        // kept in the library and shown beside the training.
        QVERIFY(history->tryItButton()->isEnabled());
        QStringList offered;
        history->editPrompts = [&](const QStringList &prompts) {
            offered = prompts;
            return QStringList{prompts.first(), QStringLiteral("PRTX riding a bicycle")};
        };
        QTest::mouseClick(history->tryItButton(), Qt::LeftButton);
        QVERIFY(!offered.isEmpty());
        QVERIFY(offered.first().contains(QStringLiteral("PRTX")));
        QVERIFY(QTest::qWaitFor([&] {
            return !history->records().isEmpty() && history->records().first().state.samples.size() == 2
                && w.jobs()->running(QStringLiteral("try-lora")).isEmpty();
        }, 20000));
        const auto samples = history->records().first().state.samples;
        QCOMPARE(samples.at(1).prompt, QStringLiteral("PRTX riding a bicycle"));
        QVERIFY(QFileInfo::exists(samples.at(0).path));
        QVERIFY(samples.at(0).path.startsWith(m_library->root()));
        QCOMPARE(history->records().first().sampleThumbnails.size(), 2);
        QVERIFY(!history->records().first().sampleThumbnails.at(0).isNull());
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(predictions, 2);
            QCOMPARE(lastPredictionBody.value(QStringLiteral("version")).toString(), version.section(QLatin1Char(':'), 1));
            QCOMPARE(lastPredictionBody.value(QStringLiteral("input")).toObject().value(QStringLiteral("prompt")).toString(),
                QStringLiteral("PRTX riding a bicycle"));
        }
        QVERIFY(history->details()->toPlainText().contains(QStringLiteral("PRTX riding a bicycle")));
        QTest::qWait(200);
        save(history, QStringLiteral("training-history"));
        history->close();
    }

    void findDuplicatesFromTheWindow()
    {
        // Scene A three times (original, half size, JPEG 55), scene B twice (original, brighter), two others.
        const QString folder = m_dir.filePath(QStringLiteral("dups"));
        const QImage a = fixtures::makeScene(640, 480, 3001), b = fixtures::makeScene(640, 480, 3002);
        fixtures::writeFile(folder + QStringLiteral("/a.jpg"), fixtures::encode(a, "jpg", 92));
        fixtures::writeFile(folder + QStringLiteral("/a.txt"), "a");
        fixtures::writeFile(folder + QStringLiteral("/a-small.jpg"), fixtures::makeVariant(a, fixtures::Variant::Half));
        fixtures::writeFile(folder + QStringLiteral("/a-small.txt"), "a woman in a red coat, standing by the sea at dusk");
        fixtures::writeFile(folder + QStringLiteral("/a-55.jpg"), fixtures::makeVariant(a, fixtures::Variant::Jpeg55));
        fixtures::writeFile(folder + QStringLiteral("/b.jpg"), fixtures::encode(b, "jpg", 92));
        fixtures::writeFile(folder + QStringLiteral("/b-bright.jpg"), fixtures::makeVariant(b, fixtures::Variant::Brighter));
        for (int i = 0; i < 2; ++i)
            fixtures::writeFile(folder + QStringLiteral("/other%1.jpg").arg(i), fixtures::encode(fixtures::makeScene(640, 480, 3100 + i), "jpg", 90));
        const Dataset d = importFolder(QStringLiteral("Dups"), folder, 7);
        QVERIFY(!QTest::currentTestFailed());
        auto count = [&](const QString &sql) {
            QSqlQuery q(m_library->catalog().database());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        auto idOf = [&](const QString &name) {
            auto targets = Items(m_library->catalog()).captionTargets(d.id);
            for (const CaptionTarget &t : *targets) {
                if (t.name == name)
                    return t.id;
            }
            return ItemId();
        };
        const ItemId small = idOf(QStringLiteral("a-small.jpg"));
        QVERIFY(small.isValid());
        QVERIFY(m_library->catalog().write([&](QSqlDatabase &) { return Items(m_library->catalog()).addTags({small}, {QStringLiteral("red coat")}); }).ok());

        MainWindow w(*m_library);
        w.resize(1400, 860);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 7));
        w.libraryActions()->findDuplicatesAction()->trigger();
        QPointer<lc::ui::DuplicatesDialog> dialog = w.libraryActions()->duplicatesDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isLoading() && dialog->report().groups.size() == 2; }, 20000));
        QCOMPARE(dialog->report().groups[0].members.size(), 3);
        QCOMPARE(dialog->report().groups[0].members.first().item.originalName, QStringLiteral("a.jpg")); // the largest 640 × 480
        QCOMPARE(dialog->currentGroup(), 0);
        QCOMPARE(dialog->keeper(), 0);
        QTest::qWait(300); // thumbnails
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/duplicates.png"));

        // Keep a.jpg, give it the others' tags and the longest caption: one undo step.
        dialog->mergeTagsBox()->setChecked(true);
        dialog->captionBox()->setCurrentIndex(1);
        QTest::keyClick(dialog, Qt::Key_1);
        QCOMPARE(dialog->keeper(), 0);
        dialog->keepChosen();
        m_library->writer().waitForIdle();
        const ItemId kept = idOf(QStringLiteral("a.jpg"));
        QCOMPARE(Items(m_library->catalog()).detail(kept)->caption, QStringLiteral("a woman in a red coat, standing by the sea at dusk"));
        QCOMPARE(Items(m_library->catalog()).tagsOf({kept})->value(kept), QStringList{QStringLiteral("red coat")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items WHERE status = 'trashed' AND dataset_id = %1").arg(d.id.value())), 2);
        QVERIFY(dialog->isResolved(0));
        QCOMPARE(dialog->currentGroup(), 1); // on to the next group

        // B: not duplicates. Remembered: a new search proposes nothing more.
        QTest::keyClick(dialog, Qt::Key_A);
        QVERIFY(dialog->isResolved(1));
        QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("SELECT count(*) FROM distinct_pairs")) == 1; }, 5000));

        // Edit → Undo: one step brings both images and the caption back.
        w.findChild<lc::ui::HistoryController *>()->stack()->undo();
        m_library->writer().waitForIdle();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items WHERE status = 'trashed' AND dataset_id = %1").arg(d.id.value())), 0);
        QCOMPARE(Items(m_library->catalog()).detail(kept)->caption, QStringLiteral("a"));

        dialog->search();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isLoading(); }, 20000));
        QCOMPARE(dialog->report().groups.size(), 1); // A again (undone); B never again
        dialog->close();
    }

    void autoCropProposesReviewsAndAppliesAsOneUndoStep()
    {
        // A face at the right edge of a wide picture and a square one: a 1:1 auto-crop proposes one crop,
        // which keeps the face; applying it is one undo step.
        const QString folder = m_dir.filePath(QStringLiteral("autocrop"));
        const QRect face(1250, 260, 320, 380);
        fixtures::writeFile(folder + QStringLiteral("/portrait.png"), fixtures::encode(fixtures::makePortrait(QSize(1800, 1000), {face}, 5), "png"));
        fixtures::writeFile(folder + QStringLiteral("/square.png"), fixtures::encode(fixtures::makeScene(800, 800, 6001), "png"));
        const Dataset d = importFolder(QStringLiteral("Auto-crop"), folder, 2);
        QVERIFY(!QTest::currentTestFailed());

        MainWindow w(*m_library);
        w.resize(1400, 860);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 2));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("autoCropAction")));
        lc::crop::AutoCropOptions options;
        options.aspect = 1.0;
        w.libraryActions()->startAutoCrop(options);
        QTRY_VERIFY_WITH_TIMEOUT(w.libraryActions()->cropReview() != nullptr, 20000);
        CropReviewDialog *review = w.libraryActions()->cropReview();
        QCOMPARE(review->proposalCount(), 1);
        const auto crops = review->checkedCrops();
        QCOMPARE(crops.size(), 1);
        const QRect proposed = crops.cbegin().value().value();
        QCOMPARE(proposed.size(), QSize(1000, 1000));
        if (lc::crop::SubjectFinder::forThread().canFindFaces())
            QVERIFY(proposed.contains(face));
        QTest::qWait(300); // thumbnails
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty())
            review->grab().save(shots + QStringLiteral("/autocrop-review.png"));

        // Unchecked, nothing applies; checked and applied, the crop is stored, and one undo removes it.
        review->setChecked(0, false);
        QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("applyCrops"))->isEnabled());
        review->setChecked(0, true);
        const int steps = w.undoStack()->count();
        review->findChild<QPushButton *>(QStringLiteral("applyCrops"))->click();
        QCOMPARE(w.undoStack()->count(), steps + 1);
        w.writer()->waitForIdle();
        const ItemId item = crops.cbegin().key();
        QCOMPARE(Items(m_library->catalog()).crops({item})->value(item), std::optional<QRect>(proposed));
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).crops({item})->value(item), std::optional<QRect>());
    }

    void cropToolShapesSnapsNudgesAndStoresOneUndoStep()
    {
        const QString folder = m_dir.filePath(QStringLiteral("croptool"));
        fixtures::writeFile(folder + QStringLiteral("/wide.png"), fixtures::encode(fixtures::makeScene(1200, 800, 7001), "png"));
        const Dataset d = importFolder(QStringLiteral("Crop tool"), folder, 1);
        QVERIFY(!QTest::currentTestFailed());
        QSettings().setValue(QStringLiteral("buckets/trainer"), int(ExportFormat::Kohya));
        QSettings().setValue(QStringLiteral("crop/snap"), true);

        MainWindow w(*m_library);
        w.resize(1400, 860);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 1));
        GridPanel *grid = w.gridPanel();
        grid->view()->setFocus();
        grid->view()->selectionModel()->setCurrentIndex(grid->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        auto *edit = w.findChild<QAction *>(QStringLiteral("editCrop"));
        QVERIFY(edit);
        edit->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.itemActions()->cropDialog() != nullptr, 5000);
        auto *dialog = qobject_cast<CropDialog *>(w.itemActions()->cropDialog());
        QVERIFY(dialog);
        CropEditor *editor = dialog->editor();
        QCOMPARE(editor->cropRect(), QRect(0, 0, 1200, 800)); // no crop yet: the whole image

        // 1:1, snapped to kohya's 64 px: the largest square that fits, centred.
        dialog->setShape(QStringLiteral("1:1"));
        QCOMPARE(editor->cropRect().size(), QSize(768, 768));
        QCOMPARE(editor->cropRect().left(), 216);
        QVERIFY2(dialog->bucketText().contains(QStringLiteral("bucket 768 × 768")), qPrintable(dialog->bucketText()));
        // Keyboard nudges; a drag moves it; it never leaves the image.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Right);
        QCOMPARE(editor->cropRect().left(), 217);
        QTest::keyClick(editor, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(editor->cropRect().left(), 207);
        QTest::qWait(300); // the original loads
        const QPointF centre = editor->toWidget(QRectF(editor->cropRect())).center();
        QTest::mousePress(editor, Qt::LeftButton, {}, centre.toPoint());
        QTest::mouseMove(editor, (centre + QPointF(2000, 0)).toPoint());
        QTest::mouseRelease(editor, Qt::LeftButton, {}, (centre + QPointF(2000, 0)).toPoint());
        QCOMPARE(editor->cropRect(), QRect(432, 16, 768, 768)); // at the right edge
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/crop-tool.png"));

        // OK stores it as one undo step; undo takes it away.
        const int steps = w.undoStack()->count();
        dialog->accept();
        QCOMPARE(w.undoStack()->count(), steps + 1);
        w.writer()->waitForIdle();
        ItemQuery all;
        all.dataset = d.id;
        const ItemId item = Items(m_library->catalog()).query(all)->first();
        QCOMPARE(Items(m_library->catalog()).crops({item})->value(item), std::optional<QRect>(QRect(432, 16, 768, 768)));
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(Items(m_library->catalog()).crops({item})->value(item), std::optional<QRect>());

        // The same tool from the button above the detail preview.
        QTRY_VERIFY_WITH_TIMEOUT(w.itemActions()->cropDialog() == nullptr, 5000);
        auto *button = w.findChild<QPushButton *>(QStringLiteral("detailCrop"));
        QVERIFY(button);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.itemActions()->cropDialog() != nullptr, 5000);
        qobject_cast<QDialog *>(w.itemActions()->cropDialog())->reject();
    }

    void bucketsPanelHistogramFilterAndOverlay()
    {
        // OneTrainer at 1024: three 4:3 images, two 3:4, one 16:9 → three buckets; batch 2 flags the lone one.
        const QString folder = m_dir.filePath(QStringLiteral("buckets"));
        for (int i = 0; i < 3; ++i)
            fixtures::writeFile(folder + QStringLiteral("/wide%1.png").arg(i), fixtures::encode(fixtures::makeScene(640, 480, 5001 + i), "png"));
        for (int i = 0; i < 2; ++i)
            fixtures::writeFile(folder + QStringLiteral("/tall%1.png").arg(i), fixtures::encode(fixtures::makeScene(480, 640, 5011 + i), "png"));
        fixtures::writeFile(folder + QStringLiteral("/film.png"), fixtures::encode(fixtures::makeScene(960, 540, 5021), "png"));
        const Dataset d = importFolder(QStringLiteral("Buckets"), folder, 6);
        QVERIFY(!QTest::currentTestFailed());

        MainWindow w(*m_library);
        w.resize(1400, 900);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 6));
        BucketsPanel *panel = w.bucketsPanel();
        panel->setTrainer(ExportFormat::OneTrainer);
        panel->setResolutions(QString());
        panel->setBatchSize(2);
        for (const char *other : {"tasksDock", "tagsDock"})
            w.findChild<QDockWidget *>(QLatin1String(other))->hide();
        w.bucketsDock()->show();
        w.resizeDocks({w.bucketsDock()}, {330}, Qt::Vertical);
        auto simulated = [&] {
            return panel->simulation() && !panel->isLoading() && panel->simulation()->options.trainer == ExportFormat::OneTrainer
                && panel->simulation()->options.batchSize == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(simulated(), 10000);
        const BucketSimulation sim = *panel->simulation();
        QCOMPARE(sim.images, 6);
        QCOMPARE(sim.bins.size(), 3);
        int tall = -1, film = -1;
        for (int i = 0; i < sim.bins.size(); ++i) {
            if (sim.bins[i].bucket == QSize(896, 1152))
                tall = i;
            if (sim.bins[i].bucket == QSize(1344, 768))
                film = i;
        }
        QVERIFY(tall >= 0 && film >= 0);
        QCOMPARE(sim.bins[tall].images, 2);
        QVERIFY(sim.bins[film].underfilled);
        QCOMPARE(sim.stepsPerEpoch, 4); // 2 + 1 + 1
        QVERIFY2(panel->summaryText().contains(QRegularExpression(QStringLiteral("4 step(s|\\(s\\))? per epoch at batch size 2"))),
            qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(QRegularExpression(QStringLiteral("1 bucket(\\(s\\))? with fewer images than the batch size"))));
        QCOMPARE(QSettings().value(QStringLiteral("buckets/trainer")).toInt(), int(ExportFormat::OneTrainer));

        // A click on a bar filters the grid to its images; the chip clears it.
        BucketHistogram *histogram = panel->histogram();
        QTest::mouseClick(histogram, Qt::LeftButton, {}, histogram->barRect(tall).center());
        QVERIFY(waitForGrid(w, d.id, 2));
        auto *chip = w.gridPanel()->findChild<QPushButton *>(QStringLiteral("bucketFilter"));
        QVERIFY(chip && chip->isVisible());
        QVERIFY(chip->text().contains(QStringLiteral("896×1152")));
        QCOMPARE(w.gridPanel()->countText(), QStringLiteral("2 of 6 images"));
        QCOMPARE(panel->findChild<QTableView *>(QStringLiteral("bucketItems"))->model()->rowCount(), 2);
        chip->click();
        QVERIFY(waitForGrid(w, d.id, 6));
        QCOMPARE(histogram->current(), -1);

        // The overlay: every tile knows what the trainer keeps.
        auto *delegate = w.gridPanel()->findChild<ItemDelegate *>();
        QVERIFY(delegate && !delegate->hasKeptRegions());
        panel->overlayAction()->trigger();
        QVERIFY(delegate->hasKeptRegions());
        QTest::qWait(400); // thumbnails
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/buckets.png"));
        panel->overlayAction()->trigger();
        QVERIFY(!delegate->hasKeptRegions());

        // A crop moves the film still into the square bucket; the panel follows the edit.
        ItemQuery byName;
        byName.dataset = d.id;
        byName.text = QStringLiteral("film");
        const auto filmId = Items(m_library->catalog()).query(byName);
        QVERIFY(filmId && filmId->size() == 1);
        QHash<ItemId, std::optional<QRect>> crops;
        crops.insert(filmId->first(), QRect(200, 0, 540, 540));
        QVERIFY(m_service->setCrops(crops).result().ok());
        QTRY_VERIFY_WITH_TIMEOUT(simulated() && panel->simulation()->bins.size() == 3
                && std::none_of(panel->simulation()->bins.cbegin(), panel->simulation()->bins.cend(),
                    [](const BucketBin &b) { return b.bucket == QSize(1344, 768); }),
            10000);
    }

    void qualityBadgesInTheGrid()
    {
        // Images with known defects get their badges from what the import measured; a sharp one none.
        const Dataset d = importQualityImages(QStringLiteral("Quality"), 4001);
        QVERIFY(!QTest::currentTestFailed());
        lc::curation::storeQualityThresholds({}); // the defaults

        MainWindow w(*m_library);
        w.resize(1400, 860);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 4));
        QHash<QString, quint32> flags;
        QVERIFY(QTest::qWaitFor([&] {
            flags.clear();
            const QAbstractItemModel *model = w.gridPanel()->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                const QVariant v = model->index(r, 0).data(ItemGridModel::RowRole);
                if (!v.isValid())
                    return false;
                const ItemRow row = v.value<ItemRow>();
                flags.insert(row.name, row.qualityFlags);
            }
            return flags.size() == 4;
        }, 10000));
        auto bit = [](lc::curation::QualityFlag f) { return 1u << int(f); };
        QCOMPARE(flags.value(QStringLiteral("sharp.jpg")), 0u);
        QCOMPARE(flags.value(QStringLiteral("soft.jpg")), bit(lc::curation::QualityFlag::Upscaled));
        QCOMPARE(flags.value(QStringLiteral("dark.jpg")), bit(lc::curation::QualityFlag::Underexposed));
        QCOMPARE(flags.value(QStringLiteral("bars.png")), bit(lc::curation::QualityFlag::Letterboxed));
        QTest::qWait(400); // thumbnails
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/grid-quality.png"));
    }

    void qualityFilterCropAndAnalyzeFromTheWindow()
    {
        // The same four defects as above: chips with counts filter the grid, tooltips explain the badge,
        // Crop to Content removes the bars (undoable), Settings → Quality changes the verdicts, and the
        // images of an older library are measured by the Analyze job from the quality bar.
        const Dataset d = importQualityImages(QStringLiteral("Quality 2"), 4101);
        QVERIFY(!QTest::currentTestFailed());
        // The default thresholds, now and after this test whatever happens in it.
        lc::curation::storeQualityThresholds({});
        struct ResetThresholds
        {
            ~ResetThresholds() { lc::curation::storeQualityThresholds({}); }
        } resetThresholds;

        MainWindow w(*m_library);
        w.resize(1400, 860);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 4));
        GridPanel *grid = w.gridPanel();
        auto chip = [&](const char *key) { return grid->findChild<QPushButton *>(QStringLiteral("qualityChip-") + QLatin1String(key)); };
        QTRY_VERIFY_WITH_TIMEOUT(chip("letterboxed") && chip("letterboxed")->isVisible(), 10000);
        QVERIFY(chip("letterboxed")->text().endsWith(QStringLiteral("· 1")));
        QVERIFY(chip("upscaled")->isVisible());
        QVERIFY(chip("underexposed")->isVisible());
        QVERIFY(!chip("blurry")->isVisible()); // nothing blurry here: no chip
        QCOMPARE(grid->qualitySummary().flaggedCount, 3);

        // The chip filters the grid; the tooltip explains the badge and offers the crop.
        chip("letterboxed")->click();
        QVERIFY(waitForGrid(w, d.id, 1));
        QCOMPARE(grid->countText(), QStringLiteral("1 of 4 images"));
        QTRY_VERIFY_WITH_TIMEOUT(grid->model()->index(0, 0).data(ItemGridModel::RowRole).isValid(), 5000);
        const QString tip = grid->model()->index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("bars around the picture")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Crop to Content")), qPrintable(tip));
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        QTest::qWait(300);
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/grid-quality-filter.png"));

        // Crop to Content on the selection: the bars are gone from the filter and the counts; undo brings them back.
        grid->view()->setFocus();
        grid->view()->selectionModel()->setCurrentIndex(grid->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        auto *crop = w.findChild<QAction *>(QStringLiteral("cropToContent"));
        QVERIFY(crop);
        crop->trigger();
        QVERIFY(waitForGrid(w, d.id, 0));
        QTRY_COMPARE_WITH_TIMEOUT(grid->qualitySummary().counts.value(lc::curation::QualityFlag::Letterboxed), 0, 5000);
        ItemQuery byName;
        byName.dataset = d.id;
        byName.text = QStringLiteral("bars");
        const auto cropped = Items(m_library->catalog()).query(byName);
        QVERIFY(cropped && cropped->size() == 1);
        const auto rect = Items(m_library->catalog()).crops(*cropped)->value(cropped->first());
        QVERIFY(rect.has_value());
        QVERIFY2(rect->top() >= 120 && rect->bottom() <= 840 && rect->width() > 1200, qPrintable(QStringLiteral("%1,%2 %3x%4")
            .arg(rect->x()).arg(rect->y()).arg(rect->width()).arg(rect->height())));
        w.undo();
        QVERIFY(waitForGrid(w, d.id, 1));
        QTRY_COMPARE_WITH_TIMEOUT(grid->qualitySummary().counts.value(lc::curation::QualityFlag::Letterboxed), 1, 5000);
        QVERIFY(!Items(m_library->catalog()).crops(*cropped)->value(cropped->first()).has_value());
        chip("letterboxed")->click(); // every image again
        QVERIFY(waitForGrid(w, d.id, 4));

        // Settings → Quality: darkness judged leniently, dark.jpg is no longer flagged.
        w.captionActions()->settingsAction()->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<SettingsDialog *>()) != nullptr, 5000);
        dialog->showQuality();
        auto *darkness = dialog->findChild<QSpinBox *>(QStringLiteral("darkThreshold"));
        auto *clipped = dialog->findChild<QSpinBox *>(QStringLiteral("clippedThreshold"));
        QVERIFY(darkness && clipped);
        QCOMPARE(darkness->value(), 35);
        darkness->setValue(5);
        clipped->setValue(90);
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/settings-quality.png"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(lc::curation::storedQualityThresholds().darkMean, 5.0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!chip("underexposed")->isVisible(), 5000);
        QCOMPARE(grid->qualitySummary().flaggedCount, 2);

        // An older library: nothing measured. The quality bar offers to check them; the job measures all four.
        QVERIFY(m_library->catalog().write([](QSqlDatabase &db) { return lc::sql::exec(db, QStringLiteral("UPDATE blobs SET quality = NULL")); }).ok());
        m_library->catalog().qualityChanged(); // as every writer of measurements does once committed
        grid->refreshQuality();
        auto *analyze = grid->findChild<QPushButton *>(QStringLiteral("analyzeQuality"));
        QVERIFY(analyze);
        QTRY_VERIFY_WITH_TIMEOUT(analyze->isVisible(), 5000);
        QCOMPARE(grid->qualitySummary().notMeasured, 4);
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/grid-quality-unchecked.png"));
        analyze->click();
        QTRY_COMPARE_WITH_TIMEOUT(grid->qualitySummary().notMeasured, 0, 20000);
        QCOMPARE(grid->qualitySummary().flaggedCount, 2); // with the lenient darkness set above
        QCOMPARE(grid->qualitySummary().counts.value(lc::curation::QualityFlag::Letterboxed), 1);
        QCOMPARE(grid->qualitySummary().counts.value(lc::curation::QualityFlag::Upscaled), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!analyze->isVisible(), 5000);
    }

    void captioningFromTheWindow()
    {
        // A local OpenAI-compatible server: a model list and captions.
        std::atomic<int> asked{0};
        lc::test::FakeHttpServer server([&](const lc::test::FakeRequest &req) {
            if (req.path.endsWith("/models"))
                return lc::test::FakeReply::json(R"({"object":"list","data":[{"id":"llava:13b"},{"id":"qwen2.5vl:7b"}]})");
            const int n = ++asked;
            const QJsonObject reply{{QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("message"),
                QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                    {QStringLiteral("content"), QStringLiteral("The image shows a red ball on a blue floor, number %1").arg(n)}}}}}}};
            lc::test::FakeReply answer = lc::test::FakeReply::json(QJsonDocument(reply).toJson(QJsonDocument::Compact));
            answer.delayMs = 150; // a run long enough to be seen running
            return answer;
        });
        const Dataset d = makeDataset(QStringLiteral("Captioned"), 6, 700, false);
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 6));

        // Settings → Captioning: a preset fills the address; the server's models are listed; Test
        // Connection shows the answer.
        {
            SettingsDialog dialog(&w);
            CaptionSettingsPage *page = dialog.captionPage();
            auto *preset = page->findChild<QComboBox *>(QStringLiteral("serverPreset"));
            auto *baseUrl = page->findChild<QLineEdit *>(QStringLiteral("baseUrl"));
            QVERIFY(preset && baseUrl);
            const int llamaCpp = preset->findText(QStringLiteral("llama.cpp server"));
            QVERIFY(llamaCpp >= 0);
            preset->setCurrentIndex(llamaCpp);
            Q_EMIT preset->activated(llamaCpp);
            QCOMPARE(baseUrl->text(), QStringLiteral("http://localhost:8080/v1"));
            baseUrl->setText(server.url(QStringLiteral("/v1")).toString());
            QSignalSpy models(page, &CaptionSettingsPage::modelsLoaded);
            page->refreshModels();
            QVERIFY(models.wait(10000));
            QCOMPARE(page->settings().model, QStringLiteral("llava:13b"));
            QSignalSpy tested(page, &CaptionSettingsPage::testFinished);
            page->testConnection();
            QVERIFY(tested.wait(10000));
            QCOMPARE(tested.first().first().toBool(), true);
            QVERIFY2(page->testResult().contains(QStringLiteral("red ball")), qPrintable(page->testResult()));
            dialog.show();
            save(&dialog, QStringLiteral("settings-captioning"));
            dialog.accept();
            QTRY_COMPARE_WITH_TIMEOUT(CaptionSettingsPage::load().model, QStringLiteral("llava:13b"), 5000);
            QCOMPARE(CaptionSettingsPage::load().baseUrl, server.url(QStringLiteral("/v1")).toString());
        }
        const int askedByTest = asked.load();

        // Caption Images…: the whole dataset, fill empty; the run is one undo step.
        const int stepsBefore = w.undoStack()->count();
        w.captionActions()->openCaptionDialog();
        CaptionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<CaptionDialog *>()) != nullptr);
        dialog->setScope(CaptionDialog::Scope::Dataset);
        save(dialog, QStringLiteral("caption-dialog"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(asked.load() - askedByTest >= 2, 30000);
        save(&w, QStringLiteral("caption-running"));
        // The key is looked up first (without blocking), then the job runs in the Tasks panel.
        QTRY_COMPARE_WITH_TIMEOUT(asked.load() - askedByTest, 6, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->jobs().isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(w.undoStack()->count(), stepsBefore + 1, 5000);
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Generate 6 Captions"));
        auto captions = [&] {
            QStringList out;
            const Result<QList<CaptionTarget>> targets = Items(m_library->catalog()).captionTargets(d.id);
            if (!targets)
                qFatal("%s", qPrintable(targets.error().message));
            for (const CaptionTarget &t : targets.value())
                out << t.caption;
            return out;
        };
        for (const QString &c : captions())
            QVERIFY2(c.startsWith(QStringLiteral("a red ball on a blue floor")), qPrintable(c)); // boilerplate stripped

        // The editor says where the caption came from, and counts its tokens.
        selectRow(w, 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPanel()->captionInfoText().contains(QStringLiteral("Generated by llava:13b")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPanel()->trainerReadsText().contains(QStringLiteral("CLIP")), 10000);
        save(&w, QStringLiteral("caption-done"));

        w.undo();
        w.writer()->waitForIdle();
        for (const QString &c : captions())
            QVERIFY(c.isEmpty());
        w.redo();
        w.writer()->waitForIdle();
        for (const QString &c : captions())
            QVERIFY(c.startsWith(QStringLiteral("a red ball")));
        w.close();
    }

    // View → Collect from the Web against a local server that answers as Openverse does (its documented
    // JSON) and serves real image bytes: results with their licences as thumbnails loaded as they are
    // shown, the next page on scroll after a 429 waited out ("rate limited"), Add to the dataset as a job
    // through the import pipeline (a 404 reported, licences kept and shown in the editor); then
    // File → Import from URLs with lines that are not addresses and an image already there.
    void collectFromTheWebAndImportFromUrls()
    {
        auto imageBytes = [](int n, QSize size) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(QColor::fromHsv((n * 37) % 360, 90 + (n * 13) % 160, 120 + (n * 7) % 120));
            QPainter painter(&image);
            painter.setBrush(QColor::fromHsv((n * 71) % 360, 200, 230));
            painter.drawEllipse(QRect(QPoint(size.width() / 5, size.height() / 5), size / 2));
            painter.end();
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return bytes;
        };
        const QStringList licences{QStringLiteral("by"), QStringLiteral("cc0"), QStringLiteral("by-nc"), QStringLiteral("by-sa")};
        std::atomic<int> page2Asked{0};
        std::atomic<int> thumbsAsked{0};
        QUrl base;
        lc::test::FakeHttpServer server([&](const lc::test::FakeRequest &req) {
            const QUrl url(QString::fromLatin1(req.path));
            const QString path = url.path();
            if (path.startsWith(QLatin1String("/img/")) || path.startsWith(QLatin1String("/thumb/"))) {
                const bool thumb = path.startsWith(QLatin1String("/thumb/"));
                thumbsAsked += thumb ? 1 : 0;
                const int n = path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0).toInt();
                if (!thumb && n == 4)
                    return lc::test::FakeReply{404, {{"Content-Type", "text/html"}}, "<html>Not Found</html>"};
                lc::test::FakeReply reply{200, {{"Content-Type", "image/png"}}, imageBytes(n, thumb ? QSize(160, 120) : QSize(640, 480))};
                return reply;
            }
            if (path != QLatin1String("/v1/images/"))
                return lc::test::FakeReply{404, {}, "no"};
            const QUrlQuery query(url);
            const int page = query.queryItemValue(QStringLiteral("page")).toInt();
            if (page == 2 && ++page2Asked == 1)
                return lc::test::FakeReply{429, {{"Retry-After", "1"}, {"Content-Type", "application/json"}},
                    R"({"detail":"Request was throttled. Expected available in 1 second."})"};
            QJsonArray results;
            for (int i = 1; i <= 20; ++i) {
                const int n = (page - 1) * 20 + i;
                const QString licence = licences.at((n - 1) % licences.size());
                results.append(QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("4bc43a04-ef46-4544-a0c1-63c63f56e%1").arg(n, 3, 10, QLatin1Char('0'))},
                    {QStringLiteral("title"), QStringLiteral("Red fox %1").arg(n)},
                    {QStringLiteral("foreign_landing_url"), QStringLiteral("https://www.flickr.com/photos/fox/%1").arg(n)},
                    {QStringLiteral("url"), QString(base.toString() + QStringLiteral("img/%1.png").arg(n))},
                    {QStringLiteral("creator"), QStringLiteral("Ana Fotógrafa")},
                    {QStringLiteral("creator_url"), QStringLiteral("https://www.flickr.com/photos/ana")},
                    {QStringLiteral("license"), licence},
                    {QStringLiteral("license_version"), licence == QLatin1String("cc0") ? QStringLiteral("1.0") : QStringLiteral("2.0")},
                    {QStringLiteral("license_url"), QStringLiteral("https://creativecommons.org/licenses/%1/2.0/").arg(licence)},
                    {QStringLiteral("provider"), QStringLiteral("flickr")},
                    {QStringLiteral("source"), QStringLiteral("flickr")},
                    {QStringLiteral("filesize"), 183412},
                    {QStringLiteral("filetype"), QStringLiteral("png")},
                    {QStringLiteral("mature"), false},
                    {QStringLiteral("width"), 640},
                    {QStringLiteral("height"), 480},
                    {QStringLiteral("thumbnail"), QString(base.toString() + QStringLiteral("thumb/%1.png").arg(n))},
                    {QStringLiteral("detail_url"), QStringLiteral("https://api.openverse.org/v1/images/%1/").arg(n)},
                });
            }
            const QJsonObject body{{QStringLiteral("result_count"), 40}, {QStringLiteral("page_count"), 2},
                {QStringLiteral("page_size"), 20}, {QStringLiteral("page"), page}, {QStringLiteral("results"), results}};
            return lc::test::FakeReply::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
        });
        base = server.url(QStringLiteral("/"));
        qputenv("LORACRAFT_OPENVERSE_BASE_URL", base.toString().toUtf8());
        const auto unsetBase = qScopeGuard([] { qunsetenv("LORACRAFT_OPENVERSE_BASE_URL"); });
        QSettings().remove(QStringLiteral("collect"));

        const Dataset d = makeDataset(QStringLiteral("Foxes"), 0, 0, false);
        MainWindow w(*m_library);
        w.resize(1600, 1000);
        w.show();
        w.libraryPanel()->reload(d.id);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().id, d.id, 5000);

        // Ctrl+Shift+W opens the panel with the query field focused; Openverse needs no key.
        QDockWidget *dock = w.collectDock();
        dock->hide(); // the window restores the docks a run before left open
        QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        CollectPanel *panel = w.collectPanel();
        auto *query = panel->findChild<QLineEdit *>(QStringLiteral("collectQuery"));
        auto *provider = panel->findChild<QComboBox *>(QStringLiteral("collectProvider"));
        auto *licence = panel->findChild<QComboBox *>(QStringLiteral("collectLicense"));
        auto *add = panel->findChild<QPushButton *>(QStringLiteral("collectAdd"));
        auto *service = panel->findChild<search::SearchService *>();
        QVERIFY(query && provider && licence && add && service);
        QCOMPARE(provider->currentData().toString(), QStringLiteral("openverse"));
        QVERIFY(licence->isEnabled());
        // Brave cannot filter by licence: the filter is off while it is chosen.
        provider->setCurrentIndex(provider->findData(QStringLiteral("brave")));
        QVERIFY(!licence->isEnabled());
        provider->setCurrentIndex(provider->findData(QStringLiteral("openverse")));
        QVERIFY(licence->isEnabled());
        QVERIFY(!add->isEnabled()); // nothing selected

        QSignalSpy notices(service, &search::SearchService::notice);
        query->setText(QStringLiteral("red fox"));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultCount(), 20, 10000);
        QVERIFY2(panel->statusText() == QStringLiteral("Results: 20 of about 40"), qPrintable(panel->statusText()));
        // Thumbnails are fetched for the results painted, not for every result there is.
        panel->resultsView()->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(thumbsAsked.load() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(service->thumbnailsInFlight(), 0, 10000);
        QVERIFY(thumbsAsked.load() <= 20);
        save(&w, QStringLiteral("collect-results"));
        save(dock, QStringLiteral("collect-panel"));

        // The end of the list asks for page 2: Openverse's 429 is waited out and said, not failed.
        QScrollBar *bar = panel->resultsView()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(panel->resultCount(), 40, 15000);
        QVERIFY(page2Asked.load() >= 2);
        bool rateLimited = false;
        for (const QList<QVariant> &n : notices)
            rateLimited = rateLimited || n.first().toString().contains(QStringLiteral("rate limited"), Qt::CaseInsensitive);
        QVERIFY2(rateLimited, notices.isEmpty() ? "no notice" : qPrintable(notices.last().first().toString()));
        QVERIFY2(panel->statusText() == QStringLiteral("Results: 40 · no more pages"), qPrintable(panel->statusText()));

        // Add four (the fourth image 404s): a job in the Tasks panel; three arrive with their licences.
        QItemSelectionModel *selection = panel->resultsView()->selectionModel();
        for (int row = 0; row < 4; ++row)
            selection->select(panel->resultsView()->model()->index(row, 0), QItemSelectionModel::Select);
        QVERIFY(add->isEnabled());
        QCOMPARE(add->text(), QStringLiteral("Add 4 to Foxes"));
        QList<ImportReport> reports;
        connect(w.jobs(), &JobManager::jobFinished, this, [&reports](Job *job) {
            if (auto *import = qobject_cast<ImportJob *>(job))
                reports.append(import->report());
        });
        add->click();
        QCOMPARE(w.jobs()->jobs().size(), 1);
        QCOMPARE(w.jobs()->jobs().first()->title(), QStringLiteral("Download into Work/Foxes"));
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 30000);
        QCOMPARE(reports.first().imported, 3);
        QCOMPARE(reports.first().skipped, 1);
        bool named404 = false;
        for (const ImportOutcome &o : reports.first().outcomes)
            named404 = named404 || (o.kind == OutcomeKind::Skipped && o.input.endsWith(QLatin1String("/img/4.png")) && o.message.contains(QLatin1String("404")));
        QVERIFY(named404);
        QTRY_VERIFY_WITH_TIMEOUT(waitForGrid(w, d.id, 3), 10000);
        const auto provenance = ProvenanceRows::forDataset(m_library->catalog(), d.id);
        QVERIFY(provenance.ok());
        QCOMPARE(provenance->size(), 3);
        QStringList kept;
        for (const search::Provenance &p : provenance.value()) {
            kept << p.license;
            QCOMPARE(p.provider, QStringLiteral("openverse"));
            QCOMPARE(p.creator, QStringLiteral("Ana Fotógrafa"));
            QVERIFY(p.pageUrl.startsWith(QStringLiteral("https://www.flickr.com/photos/fox/")));
            QVERIFY(p.retrievedAt.isValid());
        }
        kept.sort();
        QCOMPARE(kept, (QStringList{QStringLiteral("by"), QStringLiteral("by-nc"), QStringLiteral("cc0")}));
        // The editor shows where the image came from and its licence, as links.
        selectRow(w, 0);
        auto *facts = w.detailPanel()->findChild<QLabel *>(QStringLiteral("detailFacts"));
        QVERIFY(facts);
        QTRY_VERIFY_WITH_TIMEOUT(facts->text().contains(QStringLiteral("Licence")), 10000);
        QVERIFY2(facts->text().contains(QStringLiteral("www.flickr.com")), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(QStringLiteral("Ana Fotógrafa")), qPrintable(facts->text()));
        save(&w, QStringLiteral("collect-provenance-in-editor"));

        // File → Import from URLs: two addresses (one of an image already there), two lines refused.
        QCOMPARE(w.libraryActions()->importUrlsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        w.libraryActions()->importUrlsAction()->trigger();
        auto *urls = qobject_cast<UrlImportDialog *>(w.libraryActions()->urlImportDialog());
        QVERIFY(urls);
        urls->setText(base.toString() + QStringLiteral("img/41.png\nftp://example.org/a.png\n  \nnot-an-address\n") + base.toString()
            + QStringLiteral("img/1.png\n"));
        QVERIFY2(urls->summary().startsWith(QStringLiteral("To download: 2.")), qPrintable(urls->summary()));
        QVERIFY2(urls->summary().contains(QStringLiteral("address (2): “ftp://example.org/a.png”, “not-an-address”")),
            qPrintable(urls->summary()));
        save(urls, QStringLiteral("import-from-urls"));
        urls->accept();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 30000);
        QCOMPARE(reports.last().imported, 1);
        QCOMPARE(reports.last().alreadyInDataset, 1);
        QTRY_VERIFY_WITH_TIMEOUT(waitForGrid(w, d.id, 4), 10000);
        const auto after = ProvenanceRows::forDataset(m_library->catalog(), d.id);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 4);
        int pasted = 0;
        for (const search::Provenance &p : after.value())
            pasted += p.provider == QLatin1String("url") ? 1 : 0;
        QCOMPARE(pasted, 1);

        // A launch given files (Open With, a drop on the launcher) hands them to this window: imported into
        // the dataset on screen.
        QTemporaryDir dropped;
        QFile file(dropped.filePath(QStringLiteral("dropped.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(imageBytes(77, QSize(640, 480)));
        file.close();
        w.raiseForAnotherLaunch(MainWindow::importMessage({dropped.path()}));
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 3, 30000);
        QCOMPARE(reports.last().imported, 1);
        QTRY_VERIFY_WITH_TIMEOUT(waitForGrid(w, d.id, 5), 10000);

        // Settings → Search: the Brave key's page says where a key would come from.
        {
            SettingsDialog settings(&w);
            settings.showSearch();
            QVERIFY(settings.searchPage());
            QTRY_VERIFY_WITH_TIMEOUT(!settings.searchPage()->keyStatus().contains(QStringLiteral("Looking")), 10000);
            settings.show();
            save(&settings, QStringLiteral("settings-search"));
        }
        w.close();
    }

    // Help → About: the version and the libraries' versions at run time; Help → Show Log is there.
    void aboutShowsTheVersionsAndTheLogIsOffered()
    {
        MainWindow w(*m_library);
        w.show();
        auto *about = w.findChild<QAction *>(QStringLiteral("aboutLoRACraft"));
        QVERIFY(about);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("showLog")));
        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<AboutDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isComplete()); // read off the GUI thread
        const QString plain = dialog->plainText();
        QVERIFY2(plain.startsWith(QStringLiteral("LoRA Craft " LORACRAFT_VERSION)), qPrintable(plain));
        for (const char *library : {"Qt 6.", "OpenCV 4.", "libzip 1.", "OpenSSL", "SQLite 3."})
            QVERIFY2(plain.contains(QLatin1String(library)), qPrintable(plain));
        auto *text = dialog->findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text && text->text().contains(QStringLiteral("CLIP tokenizer")));
        // The dialog grew to the table that arrived later: nothing is cut off.
        QTRY_VERIFY2(text->height() >= text->heightForWidth(text->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(text->height()).arg(text->heightForWidth(text->width()))));
        save(dialog, QStringLiteral("about"));
        dialog->close();
        w.close();
    }

    void tagPanelAndFindReplace()
    {
        const Dataset d = makeDataset(QStringLiteral("Tagged"), 6, 800, true);
        Items items(m_library->catalog());
        auto ids = items.query([&] { ItemQuery q; q.dataset = d.id; q.sort = ItemQuery::Sort::Name; return q; }());
        QVERIFY(ids.ok() && ids->size() == 6);
        for (int i = 0; i < 6; ++i)
            QVERIFY(items.setTags(ids->at(i), i < 4 ? QStringList{QStringLiteral("red"), QStringLiteral("smile")} : QStringList{QStringLiteral("blue")}).ok());
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 6));

        // Frequencies, most used first; a click filters the grid.
        TagPanel *tags = w.tagPanel();
        QTRY_COMPARE_WITH_TIMEOUT(tags->tags().size(), 3, 10000);
        const QString shots = qEnvironmentVariable("LORACRAFT_SHOT_DIR");
        if (!shots.isEmpty()) {
            w.resize(1440, 900);
            w.findChild<QDockWidget *>(QStringLiteral("tagsDock"))->show();
            w.findChild<QDockWidget *>(QStringLiteral("tagsDock"))->raise();
            QTest::qWait(300);
            w.grab().save(shots + QStringLiteral("/tag-panel.png"));
        }
        QCOMPARE(tags->tags().first().count, 4);
        Q_EMIT tags->tagClicked(QStringLiteral("blue"));
        QVERIFY(waitForGrid(w, d.id, 2));
        QCOMPARE(w.gridPanel()->tagFilter(), QStringLiteral("blue"));
        w.gridPanel()->setTagFilter(QString());
        QVERIFY(waitForGrid(w, d.id, 6));

        // Rename across the dataset: one undo step.
        tags->renameTag(QStringLiteral("red"), QStringLiteral("crimson"));
        w.writer()->waitForIdle();
        QCOMPARE(items.tagsOf({ids->at(0)})->value(ids->at(0)), QStringList({QStringLiteral("crimson"), QStringLiteral("smile")}));
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Rename Tag “red” to “crimson”"));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tags->tags().cbegin(), tags->tags().cend(),
                                     [](const TagCount &t) { return t.tag == QLatin1String("crimson"); }), 10000);
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(items.tagsOf({ids->at(0)})->value(ids->at(0)), QStringList({QStringLiteral("red"), QStringLiteral("smile")}));

        // Find & replace with a regular expression: a preview of every change, then one undo step.
        const QString before = items.detail(ids->at(2))->caption;
        w.captionActions()->openCaptionEdit(true);
        CaptionEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<CaptionEditDialog *>()) != nullptr);
        dialog->setWholeDataset(true);
        QSignalSpy previewed(dialog, &CaptionEditDialog::previewed);
        dialog->setFind(QStringLiteral("(broken"), QStringLiteral("x"), true);
        QVERIFY(previewed.wait(10000));
        QVERIFY(dialog->changes().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewStatus"))->text().contains(QStringLiteral("offset")));
        dialog->setFind(QStringLiteral("caption number (\\d+)"), QStringLiteral("photo \\1"), true);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->changes().size(), 6, 10000);
        QVERIFY(!dialog->isPreviewing());
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/find-replace.png"));
        dialog->accept();
        w.writer()->waitForIdle();
        const QString after = items.detail(ids->at(2))->caption;
        QVERIFY2(after.startsWith(QStringLiteral("photo ")), qPrintable(after));
        QCOMPARE(items.detail(ids->at(2))->provenance.origin, CaptionOrigin::Manual);

        // The grid filters by where captions came from: all six are now typed.
        auto *origin = w.gridPanel()->findChild<QComboBox *>(QStringLiteral("originFilter"));
        origin->setCurrentIndex(origin->findData(QStringLiteral("auto")));
        QVERIFY(waitForGrid(w, d.id, 0));
        origin->setCurrentIndex(origin->findData(QStringLiteral("manual")));
        QVERIFY(waitForGrid(w, d.id, 6));
        origin->setCurrentIndex(0);

        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids->at(2))->caption, before);
        w.close();
    }

    void captioningInterruptedByACrashResumesFromTheTasksPanel()
    {
        std::atomic<int> asked{0};
        lc::test::FakeHttpServer server([&](const lc::test::FakeRequest &) {
            ++asked;
            return lc::test::FakeReply::json(
                R"({"choices":[{"message":{"role":"assistant","content":"a resumed caption"}}]})");
        });
        const Dataset d = makeDataset(QStringLiteral("Interrupted"), 4, 900, false);
        // A run a crash cut off: its task row still "running", two items already captioned by it.
        CaptionRequest request;
        request.dataset = d.id;
        request.settings.baseUrl = server.url(QStringLiteral("/v1")).toString();
        request.settings.model = QStringLiteral("llava:13b");
        const QString report = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("request"), request.toJson()}}).toJson(QJsonDocument::Compact));
        auto task = Tasks::create(m_library->catalog(), QStringLiteral("caption"), d.id, QStringLiteral("Captioning"), 4, report);
        QVERIFY(task.ok());
        Items items(m_library->catalog());
        auto ids = items.query([&] { ItemQuery q; q.dataset = d.id; return q; }());
        QVERIFY(ids.ok() && ids->size() == 4);
        CaptionProvenance done;
        done.origin = CaptionOrigin::Auto;
        done.backend = QStringLiteral("openai");
        done.model = QStringLiteral("llava:13b");
        done.task = task->value();
        for (int i = 0; i < 2; ++i)
            QVERIFY(items.setCaption(ids->at(i), QStringLiteral("captioned before the crash"), done).ok());

        // The next launch records it as interrupted and offers Resume; only the two others are sent.
        MainWindow w(*m_library);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.tasksPanel()->historyTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Captioning")), 10000);
        QPushButton *resume = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QPushButton *b : w.tasksPanel()->findChildren<QPushButton *>()) {
                if (b->text() == QLatin1String("Resume") && b->toolTip().contains(QStringLiteral("Interrupted")))
                    resume = b;
            }
            return resume != nullptr;
        }, 10000);
        if (!resume)
            qWarning() << w.tasksPanel()->historyTexts();
        QVERIFY(resume);
        resume->click();
        QTRY_COMPARE_WITH_TIMEOUT(asked.load(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->jobs().isEmpty(), 30000);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids->at(0))->caption, QStringLiteral("captioned before the crash"));
        QCOMPARE(items.detail(ids->at(3))->caption, QStringLiteral("a resumed caption"));
        QCOMPARE(asked.load(), 2);
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
        w.confirm = [](const QString &, const QString &, const QString &) { return true; };
        w.redo(); // a destructive redo asks first
        w.writer()->waitForIdle();
        QVERIFY(!Datasets(m_library->catalog()).findByPath(QStringLiteral("Work/Doomed")).ok());
        w.close();
    }

    void typingWithPausesNeverScramblesTheCaption()
    {
        const Dataset d = makeDataset(QStringLiteral("Typing"), 3, 700, true);
        MainWindow w(*m_library);
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 3));
        selectRow(w, 1);
        DetailPanel *detail = w.detailPanel();
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("img001.png"), 10000);
        const ItemId id = w.gridPanel()->model()->idAt(1);
        QPlainTextEdit *editor = detail->captionEditor();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QSignalSpy reselected(w.libraryPanel(), &LibraryPanel::datasetSelected);
        const QStringList phrases{QStringLiteral("a woman"), QStringLiteral(", red hair"), QStringLiteral(", looking at viewer"),
            QStringLiteral(", soft light"), QStringLiteral(", outdoors"), QStringLiteral(", smiling")};
        // Pauses just under, at and over the autosave delay, so saves land between keystrokes.
        typeWithPauses(editor, phrases, {750, 1100, 500, 900, 1500, 700});
        QTest::qWait(1200); // the last autosave
        w.writer()->waitForIdle();
        const QString expected = phrases.join(QString());
        QCOMPARE(editor->toPlainText(), expected);
        QCOMPARE(editor->textCursor().position(), int(expected.size()));
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, expected);
        QCOMPARE(w.gridPanel()->selectedIds(), QList<ItemId>{id});
        QCOMPARE(reselected.count(), 0); // a reload that changed only counts announces nothing

        // Ctrl+Z in the editor undoes the last save (one phrase), in the window's history.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(editor->toPlainText(), QStringList(phrases.mid(0, 5)).join(QString()), 10000);
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, QStringList(phrases.mid(0, 5)).join(QString()));
        // Redo from the keyboard: Ctrl+Shift+Z, and Ctrl+Y (one binding each, no ambiguity).
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(Items(m_library->catalog()).detail(id)->caption, expected, 10000);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(editor->toPlainText(), QStringList(phrases.mid(0, 5)).join(QString()), 10000);
        QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(editor->toPlainText(), expected, 10000);
        QCOMPARE(Items(m_library->catalog()).detail(id)->caption, expected);
        // The neighbours were not touched.
        QCOMPARE(Items(m_library->catalog()).detail(w.gridPanel()->model()->idAt(0))->caption, QStringLiteral("caption number 0"));
        QCOMPARE(Items(m_library->catalog()).detail(w.gridPanel()->model()->idAt(2))->caption, QStringLiteral("caption number 2"));
        w.close();
    }

    void typingInTheUncaptionedViewStaysOnTheItemBeingEdited()
    {
        const Dataset d = makeDataset(QStringLiteral("Uncaptioned"), 4, 800, false);
        MainWindow w(*m_library);
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 4));
        w.gridPanel()->setFilter(ItemQuery::Filter::Uncaptioned);
        QTRY_VERIFY_WITH_TIMEOUT(!w.gridPanel()->model()->isLoading(), 10000);
        QCOMPARE(w.gridPanel()->countText(), QStringLiteral("4 of 4 images"));
        QList<ItemId> ids;
        for (int row = 0; row < 4; ++row)
            ids << w.gridPanel()->model()->idAt(row);
        DetailPanel *detail = w.detailPanel();
        QPlainTextEdit *editor = detail->captionEditor();
        Items items(m_library->catalog());

        for (int n = 0; n < 2; ++n) {
            // The item being captioned is always the first row: the one captioned before has left.
            selectRow(w, 0);
            QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("img%1.png").arg(n, 3, 10, QLatin1Char('0')), 10000);
            QCOMPARE(w.gridPanel()->selectedIds(), QList<ItemId>{ids[n]});
            editor->setFocus();
            QTRY_VERIFY(editor->hasFocus());
            const QStringList phrases{QStringLiteral("photo %1").arg(n), QStringLiteral(", a dog"), QStringLiteral(", on grass"),
                QStringLiteral(", running")};
            typeWithPauses(editor, phrases, {1100, 750, 1500, 900});
            w.writer()->waitForIdle();
            QTest::qWait(600); // the grid and library reloads after the saves
            const QString expected = phrases.join(QString());
            QCOMPARE(items.detail(ids[n])->caption, expected);
            // Still shown and selected although it no longer matches "Uncaptioned".
            QCOMPARE(w.gridPanel()->selectedIds(), QList<ItemId>{ids[n]});
            QVERIFY(w.gridPanel()->model()->rowOf(ids[n]) >= 0);
            QCOMPARE(editor->toPlainText(), expected);
            for (int other = n + 1; other < 4; ++other)
                QCOMPARE(items.detail(ids[other])->caption, QString());
            // Moving on lets it leave.
            selectRow(w, 1);
            QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->model()->rowOf(ids[n]), -1, 10000);
        }
        QCOMPARE(items.detail(ids[0])->caption, QStringLiteral("photo 0, a dog, on grass, running"));
        QCOMPARE(items.detail(ids[1])->caption, QStringLiteral("photo 1, a dog, on grass, running"));
        QCOMPARE(items.detail(ids[2])->caption, QString());
        QCOMPARE(items.detail(ids[3])->caption, QString());
        QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->countText(), QStringLiteral("2 of 4 images"), 10000);

        // Trashing the image being edited is a way of moving on: it leaves at once.
        selectRow(w, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->titleLabel()->text(), QStringLiteral("img002.png"), 10000);
        QTRY_VERIFY(!editor->isReadOnly());
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("a cat"));
        QTest::qWait(1000);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids[2])->caption, QStringLiteral("a cat"));
        QVERIFY(w.gridPanel()->model()->rowOf(ids[2]) >= 0);
        w.gridPanel()->view()->setFocus();
        QTRY_VERIFY(w.gridPanel()->view()->hasFocus());
        QTest::keyClick(w.gridPanel()->view(), Qt::Key_Delete);
        w.writer()->waitForIdle();
        QCOMPARE(items.detail(ids[2])->row.status, ItemStatus::Trashed);
        QTRY_COMPARE_WITH_TIMEOUT(w.gridPanel()->model()->rowOf(ids[2]), -1, 10000);
        w.close();
    }

    void undoRedoButtonsKeepTheirSizeAndRedoOfADeletionAsks()
    {
        const Dataset d = makeDataset(QStringLiteral("Buttons"), 2, 900, true);
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(d.id);
        QVERIFY(waitForGrid(w, d.id, 2));
        auto *undoButton = w.findChild<QToolButton *>(QStringLiteral("undoButton"));
        QVERIFY(undoButton);
        const QSize before = undoButton->sizeHint();
        selectRow(w, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->titleLabel()->text(), QStringLiteral("img000.png"), 10000);
        w.itemActions()->addTags({QStringLiteral("a rather long tag name that would widen a text button")});
        w.writer()->waitForIdle();
        QVERIFY(w.undoAction()->text().contains(QStringLiteral("a rather long tag")));
        QVERIFY(w.undoAction()->toolTip().contains(QStringLiteral("a rather long tag")));
        QCOMPARE(undoButton->sizeHint(), before);

        // Redoing a deletion asks; saying no keeps the dataset.
        w.libraryPanel()->confirm = [](const QString &, const QString &) { return true; };
        w.libraryPanel()->deleteCurrent();
        w.writer()->waitForIdle();
        QVERIFY(!Datasets(m_library->catalog()).get(d.id).ok());
        w.undo();
        w.writer()->waitForIdle();
        QVERIFY(Datasets(m_library->catalog()).get(d.id).ok());
        QString asked;
        w.confirm = [&](const QString &, const QString &text, const QString &) {
            asked = text;
            return false;
        };
        w.redo();
        w.writer()->waitForIdle();
        QVERIFY(asked.contains(QStringLiteral("Delete Dataset “Buttons”")));
        QVERIFY(Datasets(m_library->catalog()).get(d.id).ok());
        QVERIFY(w.undoStack()->canRedo());
        w.close();
    }

    void deletingTheShownDatasetOrWorkspaceLeavesNoGhostsAndIsUndoable()
    {
        auto ws = Workspaces(m_library->catalog()).create(QStringLiteral("Scratch"));
        QVERIFY(ws.ok());
        auto a = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("A"));
        auto b = Datasets(m_library->catalog()).create(ws->id, QStringLiteral("B"));
        QVERIFY(a.ok() && b.ok());
        const QString folder = m_dir.filePath(QStringLiteral("scratch"));
        makeImages(folder, 3, 950, true);
        ImportRequest request;
        request.dataset = a->id;
        request.paths = {folder};
        std::atomic<bool> cancel{false};
        QCOMPARE(Importer(*m_library).run(request, cancel).imported, 3);

        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(a->id);
        QVERIFY(waitForGrid(w, a->id, 3));
        selectRow(w, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->selection().size(), 1, 10000);

        // The dataset goes: its images leave the grid and the editor at once; the tree moves on to B.
        w.libraryPanel()->confirm = [](const QString &, const QString &) { return true; };
        w.libraryPanel()->deleteCurrent();
        QCOMPARE(w.gridPanel()->model()->rowCount(), 0);
        QVERIFY(w.detailPanel()->selection().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().id, b->id, 10000);
        QVERIFY(!Datasets(m_library->catalog()).get(a->id).ok());
        w.undo();
        w.writer()->waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().id, a->id, 10000);
        QVERIFY(waitForGrid(w, a->id, 3));

        // The workspace goes with both datasets; undo brings all of it back.
        QTreeWidget *tree = w.libraryPanel()->tree();
        QTreeWidgetItem *wsNode = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == QStringLiteral("Scratch"))
                wsNode = tree->topLevelItem(i);
        }
        QVERIFY(wsNode);
        tree->setCurrentItem(wsNode);
        QString asked;
        w.libraryPanel()->confirm = [&](const QString &, const QString &text) {
            asked = text;
            return true;
        };
        w.libraryPanel()->deleteCurrent();
        QVERIFY(asked.contains(QStringLiteral("2 dataset(s) and 3 image(s)")));
        QCOMPARE(w.gridPanel()->model()->rowCount(), 0);
        QVERIFY(!w.currentDataset().id.isValid() || w.currentDataset().workspaceId != ws->id);
        w.writer()->waitForIdle();
        QVERIFY(!Workspaces(m_library->catalog()).find(QStringLiteral("Scratch")).ok());
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Delete Workspace “Scratch”"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.libraryPanel()->dataset(a->id).has_value(), 10000);
        QVERIFY(!w.currentDataset().id.isValid() || w.currentDataset().workspaceId != ws->id);
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(datasetIn(QStringLiteral("Scratch"), QStringLiteral("A")).itemCount, 3);
        QCOMPARE(datasetIn(QStringLiteral("Scratch"), QStringLiteral("A")).id, a->id);
        QVERIFY(Datasets(m_library->catalog()).get(b->id).ok());
        w.close();
    }

    void smallThingsInTheEditorTreeAndStatusBar()
    {
        MainWindow w(*m_library);
        w.show();
        w.activateWindow();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));
        DetailPanel *detail = w.detailPanel();

        // A multi-selection hides "100 %" and its caption hint does not stick to the next single image.
        QAbstractItemView *view = w.gridPanel()->view();
        view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect);
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("3 images selected"), 10000);
        QVERIFY(!detail->zoomButton()->isVisible());
        selectRow(w, 5);
        QTRY_COMPARE_WITH_TIMEOUT(detail->titleLabel()->text(), QStringLiteral("img005.png"), 10000);
        QVERIFY(detail->zoomButton()->isVisible());
        QCOMPARE(detail->captionEditor()->placeholderText(), QStringLiteral("Describe the image. Saved automatically."));

        // Clicking the current dataset again does not start a rename (F2 does).
        QTreeWidget *tree = w.libraryPanel()->tree();
        const QRect rect = tree->visualItemRect(tree->currentItem());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::qWait(QApplication::doubleClickInterval() + 300);
        for (QLineEdit *editor : tree->findChildren<QLineEdit *>())
            QVERIFY(!editor->isVisible());

        // An empty trash and a search without hits say so.
        w.gridPanel()->setFilter(ItemQuery::Filter::Trash);
        QTRY_VERIFY_WITH_TIMEOUT(!w.gridPanel()->model()->isLoading() && w.gridPanel()->model()->rowCount() == 0, 10000);
        QCOMPARE(w.gridPanel()->view()->emptyTitle(), QStringLiteral("Trash is empty"));
        QCOMPARE(w.gridPanel()->countText(), QStringLiteral("0 images in the trash"));
        w.gridPanel()->setFilter(ItemQuery::Filter::All);
        w.gridPanel()->findChild<QLineEdit *>()->setText(QStringLiteral("zebra"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.gridPanel()->model()->isLoading() && w.gridPanel()->model()->rowCount() == 0, 10000);
        QCOMPARE(w.gridPanel()->view()->emptyTitle(), QStringLiteral("No images match “zebra”"));
        QCOMPARE(w.gridPanel()->countText(), QStringLiteral("0 of 40 images"));

        // Ctrl+E exports even from a text field (which would otherwise take it as "end of line").
        QLineEdit *search = w.gridPanel()->findChild<QLineEdit *>();
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<ExportDialog *>() != nullptr, 5000);
        w.findChild<ExportDialog *>()->reject();

        // The library path stays in the status bar after a menu's status tip came and went.
        QLabel *label = nullptr;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>()) {
            if (l->text().startsWith(QStringLiteral("Library: ")))
                label = l;
        }
        QVERIFY(label);
        w.statusBar()->showMessage(QStringLiteral("a status tip"));
        w.statusBar()->clearMessage();
        QVERIFY(label->isVisible());
        w.close();
    }

    // Renders the states a user sees into PNGs when LORACRAFT_SHOT_DIR is set (to look at them), and
    // checks what can be checked from the widgets.
    void visualStates()
    {
        MainWindow w(*m_library);
        w.resize(1440, 900);
        w.show();
        w.libraryPanel()->reload(m_dataset.id);
        QVERIFY(waitForGrid(w, m_dataset.id, 40));
        selectRow(w, 7);
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPanel()->titleLabel()->text(), QStringLiteral("img007.png"), 10000);
        w.itemActions()->addTags({QStringLiteral("red hair"), QStringLiteral("looking at viewer"), QStringLiteral("smile")});
        w.itemActions()->setRating(3);
        w.writer()->waitForIdle();
        QTest::qWait(300);
        save(&w, QStringLiteral("window"));
        save(w.detailPanel(), QStringLiteral("editor-dark"));
        w.gridPanel()->setTileSize(96);
        QTest::qWait(500);
        save(w.gridPanel(), QStringLiteral("grid-96"));
        // Badges never leave the tile, whatever its size: full labels, stacked, then short ones.
        const QList<ItemDelegate::Badge> badges{{QStringLiteral("REJECTED"), QStringLiteral("REJ"), Qt::red},
            {QStringLiteral("NO CAPTION"), QStringLiteral("NO CAP"), Qt::gray}, {QStringLiteral("LOW RES"), QStringLiteral("LOW"), Qt::yellow}};
        const QFont font = ItemDelegate::badgeFont(w.font());
        for (int tile : {96, 128, 192, 384}) {
            const QRect area(0, 0, tile - 18, tile - 18);
            bool useShort = false;
            const QList<QRect> rects = ItemDelegate::layoutBadges(badges, area, font, &useShort);
            QCOMPARE(rects.size(), 3);
            for (const QRect &r : rects)
                QVERIFY2(area.contains(r), qPrintable(QStringLiteral("tile %1").arg(tile)));
            if (tile >= 384)
                QVERIFY(!useShort);
        }
        w.gridPanel()->setTileSize(192);
        QTreeWidget *tree = w.libraryPanel()->tree();
        tree->editItem(tree->currentItem(), 0);
        QTest::qWait(200);
        save(w.libraryPanel(), QStringLiteral("rename"));
        auto *editor = tree->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        // The rename editor is as tall as its text needs (it was clipped).
        QVERIFY2(editor->height() >= editor->sizeHint().height() - 2, qPrintable(QStringLiteral("editor %1 px, needs %2 px").arg(editor->height()).arg(editor->sizeHint().height())));
        QTest::keyClick(editor, Qt::Key_Escape);
        {
            DatasetSettingsDialog settings(datasetNamed(QStringLiteral("Faces")), {}, &w);
            settings.show();
            QTest::qWait(100);
            save(&settings, QStringLiteral("settings"));
        }
        applyTheme(*qApp, Theme::Light);
        QTest::qWait(200);
        save(w.detailPanel(), QStringLiteral("editor-light"));
        QVERIFY(starColor(w.detailPanel()->palette()).lightness() < 140); // stars stay visible on light panels
        applyTheme(*qApp, Theme::Dark);
        w.itemActions()->removeTags({QStringLiteral("red hair"), QStringLiteral("looking at viewer"), QStringLiteral("smile")});
        w.itemActions()->setRating(0);
        w.writer()->waitForIdle();
        w.close();
    }

    void cleanUpLibraryKeepsWhatUndoCanBringBack()
    {
        // Unused images: a dataset deleted outside the undo history. Kept images: one deleted in the window.
        const Dataset gone = makeDataset(QStringLiteral("Gone"), 2, 1500, false);
        const Dataset undoable = makeDataset(QStringLiteral("Undoable"), 3, 1600, false);
        QVERIFY(Datasets(m_library->catalog()).remove(gone.id).ok());
        auto blobs = [&] {
            QSqlQuery q(m_library->catalog().database());
            q.exec(QStringLiteral("SELECT count(*) FROM blobs"));
            q.next();
            return q.value(0).toInt();
        };
        const int before = blobs();
        MainWindow w(*m_library);
        w.show();
        w.libraryPanel()->reload(undoable.id);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentDataset().id, undoable.id, 10000);
        w.libraryPanel()->confirm = [](const QString &, const QString &) { return true; };
        w.libraryPanel()->deleteCurrent();
        w.writer()->waitForIdle();

        QString asked;
        w.confirm = [&](const QString &, const QString &text, const QString &) {
            asked = text;
            return true;
        };
        w.cleanUpLibrary();
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        w.writer()->waitForIdle();
        QVERIFY2(asked.startsWith(QStringLiteral("Remove 2 stored image(s)")), qPrintable(asked));
        QCOMPARE(blobs(), before - 2);
        // The deleted dataset still comes back whole.
        w.undo();
        w.writer()->waitForIdle();
        QCOMPARE(datasetNamed(QStringLiteral("Undoable")).itemCount, 3);
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
