// The GUI side of the crash harness: opens the main window on a library (offscreen) and captions the
// images of a dataset by keyboard, as a person does (QTest key clicks into the caption box, Ctrl+Down to
// save and move on). After each edit's write has committed it prints "ack ITEM CAPTION", so the harness,
// which SIGKILLs this process at a random moment, knows which edits the GUI's writer acknowledged.
//
//   crash_gui_editor --library DIR --dataset WORKSPACE/DATASET --edits N --tag TEXT

#include "catalog/items.h"
#include "catalog/types.h"
#include "editor/detailpanel.h"
#include "grid/gridpanel.h"
#include "grid/itemgridview.h"
#include "grid/itemgridmodel.h"
#include "library/library.h"
#include "library/librarypanel.h"
#include "library/libraryservice.h"
#include "mainwindow/mainwindow.h"
#include "catalog/snapshots.h"
#include "edit/catalogwriter.h"
#include "util/appidentity.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace lc;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    const QStringList args = app.arguments();
    auto value = [&](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : QString();
    };
    QTextStream out(stdout);
    QTextStream err(stderr);
    Snapshots::setStoredDaily(false);
    auto library = Library::open(value(QStringLiteral("--library")), Library::OpenMode::MustExist);
    if (!library) {
        err << library.error().message << Qt::endl;
        return 1;
    }
    const int edits = value(QStringLiteral("--edits")).toInt();
    const QString tag = value(QStringLiteral("--tag"));
    ui::MainWindow w(**library);
    w.confirm = [](const QString &, const QString &, const QString &) { return true; };
    w.show();
    w.activateWindow();
    auto dataset = LibraryService(**library).findDataset(value(QStringLiteral("--dataset"))).result();
    if (!dataset) {
        err << dataset.error().message << Qt::endl;
        return 1;
    }
    w.libraryPanel()->reload(dataset->id);
    ui::ItemGridModel *model = w.gridPanel()->model();
    if (!QTest::qWaitFor([&] { return w.currentDataset().id == dataset->id && !model->isLoading() && model->rowCount() >= edits; }, 30000)) {
        err << "the grid did not load" << Qt::endl;
        return 1;
    }
    QAbstractItemView *grid = w.gridPanel()->view();
    ui::DetailPanel *detail = w.detailPanel();
    QPlainTextEdit *caption = detail->captionEditor();
    grid->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return caption->hasFocus(); }, 10000)) {
        err << "the caption box did not take the focus" << Qt::endl;
        return 1;
    }
    CatalogWriter *writer = w.writer();
    out << "ready" << Qt::endl;
    for (int i = 0; i < edits; ++i) {
        const ItemId id = model->idAt(i);
        const auto row = Items((*library)->catalog()).rows({id});
        const QString name = row && !row->isEmpty() ? row->first().name : QString();
        if (!QTest::qWaitFor([&] { return detail->titleLabel()->text() == name && !caption->isReadOnly() && caption->isEnabled(); }, 10000)) {
            err << "the editor did not show image " << i << Qt::endl;
            return 1;
        }
        const QString text = QStringLiteral("%1 gui %2").arg(tag).arg(i);
        QTest::keyClick(caption, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(caption, text);
        QTest::keyClick(caption, Qt::Key_Down, Qt::ControlModifier);
        // Acknowledged once the writer has committed everything submitted so far.
        const quint64 submitted = writer->lastSubmitted();
        if (!QTest::qWaitFor([&] { return writer->completed() >= submitted; }, 10000)) {
            err << "the writer did not commit" << Qt::endl;
            return 1;
        }
        out << "ack " << id.value() << ' ' << text << Qt::endl;
    }
    out << "done" << Qt::endl;
    return 0;
}
