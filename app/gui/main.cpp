#include "library/library.h"
#include "util/appidentity.h"
#include "util/logfile.h"
#include "common/theme.h"
#include "grid/gridpanel.h"
#include "grid/itemgridview.h"
#include "mainwindow/mainwindow.h"
#include "common/recentlibraries.h"
#include "common/singleinstance.h"
#include "settings/generalsettingspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLocale>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QLibraryInfo>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    lc::setApplicationIdentity();
    // Help → Show Log: every message of this run, secrets redacted (LORACRAFT_LOG_DIR puts it elsewhere).
    const QString logFile = lc::LogFile::install(qEnvironmentVariable("LORACRAFT_LOG_DIR"));
    qInfo("LoRA Craft %s started (log: %s)", LORACRAFT_VERSION, qPrintable(logFile));
    QApplication::setApplicationDisplayName(QStringLiteral("LoRA Craft"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build training-ready LoRA datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QApplication::translate("main", "Open the library in DIR."), QStringLiteral("DIR"));
    parser.addOption(libraryOption);
    // For documentation and visual checks: save a PNG of the main window after it settled, then quit.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the main window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    const QCommandLineOption selectOption(QStringLiteral("select"),
        QApplication::translate("main", "With --screenshot: select the first N images before the shot."),
        QStringLiteral("N"));
    parser.addOption(selectOption);
    const QCommandLineOption exportShotOption(QStringLiteral("screenshot-export"),
        QApplication::translate("main", "Save a screenshot of the Export dialog to FILE and quit."), QStringLiteral("FILE"));
    parser.addOption(exportShotOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "A library folder to open, or folders, images and ZIP files to import."),
        QStringLiteral("[PATH…]"));
    parser.process(app);
    // Paths given (a file manager's Open With, a drop on the launcher): a library folder is opened, anything
    // else imported into a new dataset (or, when LoRA Craft is running, into the dataset on screen).
    QStringList toImport;
    QString positionalLibrary;
    for (const QString &given : parser.positionalArguments()) {
        const QFileInfo info(given);
        if (info.isDir() && QFileInfo::exists(info.absoluteFilePath() + QLatin1Char('/') + QLatin1String(lc::Library::CatalogFileName)))
            positionalLibrary = info.absoluteFilePath();
        else
            toImport << info.absoluteFilePath();
    }
    // The language chosen in Settings → General, else the system's; else English's plural forms ("1 image",
    // "2 images"), as for the C locale. Qt's own strings (standard buttons) follow when Qt has them.
    const QString language = lc::ui::GeneralSettingsPage::storedLanguage();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("loracraft"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/loracraft_en")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    lc::ui::applyTheme(app, QSettings().value(QStringLiteral("ui/theme")).toString() == QLatin1String("light")
            ? lc::ui::Theme::Light
            : lc::ui::Theme::Dark);

    // A second launch hands its request to the running window and quits (not for the screenshot modes,
    // which tests and docs run beside a user's window).
    const bool shooting = parser.isSet(screenshotOption) || parser.isSet(exportShotOption);
    lc::ui::SingleInstance instance;
    const QString asked = parser.isSet(libraryOption) ? QFileInfo(parser.value(libraryOption)).absoluteFilePath() : positionalLibrary;
    if (!shooting) {
        if (instance.sendToRunning(toImport.isEmpty() ? asked : lc::ui::MainWindow::importMessage(toImport)))
            return 0;
        instance.listen();
    }

    // --library, else LORACRAFT_LIBRARY, else the library used last (Settings → General), else the default.
    QString path = parser.isSet(libraryOption)           ? parser.value(libraryOption)
        : !positionalLibrary.isEmpty()                   ? positionalLibrary
        : qEnvironmentVariableIsSet("LORACRAFT_LIBRARY") ? lc::Library::defaultPath()
                                                          : lc::ui::RecentLibraries::startupPath(lc::Library::defaultPath());
    QString previous;
    QString restore; // File → Restore Snapshot…: the snapshot to put back before the library reopens
    int rc = 0;
    // File → Open Library… (and Restore Snapshot…) closes the window and comes round again with the path.
    while (!path.isEmpty()) {
        if (!restore.isEmpty()) {
            auto aside = lc::Library::restoreSnapshot(path, std::exchange(restore, QString()));
            if (!aside) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot restore the snapshot"),
                    QApplication::translate("main", "%1\n\nThe library is reopened as it was.").arg(aside.error().message));
            } else {
                QMessageBox::information(nullptr, QApplication::translate("main", "Snapshot restored"),
                    QApplication::translate("main", "The snapshot is restored. The catalog as it was before the restore is kept as the "
                                                    "snapshot taken at %1 (File → Restore Snapshot… lists it).")
                        .arg(QLocale().toString(aside->createdAt.toLocalTime(), QLocale::ShortFormat)));
            }
        }
        auto library = lc::Library::open(path);
        if (!library) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the library"),
                QStringLiteral("%1\n\n%2").arg(QDir::toNativeSeparators(path), library.error().message));
            if (previous.isEmpty())
                return 1;
            path = std::exchange(previous, QString()); // back to the one that was open
            continue;
        }
        lc::ui::RecentLibraries::add((*library)->root());
        QString next;
        lc::ui::MainWindow window(**library);
        QObject::connect(&instance, &lc::ui::SingleInstance::messageReceived, &window, &lc::ui::MainWindow::raiseForAnotherLaunch);
        QObject::connect(&window, &lc::ui::MainWindow::openLibraryRequested, &window, [&window, &next](const QString &chosen) {
            next = chosen;
            if (!window.close()) // it asked first (a running import) and the user stayed
                next.clear();
        });
        QObject::connect(&window, &lc::ui::MainWindow::restoreSnapshotRequested, &window,
            [&window, &next, &restore, root = (*library)->root()](const QString &snapshot) {
                next = root;
                restore = snapshot;
                if (!window.close()) {
                    next.clear();
                    restore.clear();
                }
            });
        window.show();
        if (!toImport.isEmpty()) // into a dataset of their own, named after the first
            QTimer::singleShot(0, &window, [&window, paths = std::exchange(toImport, {})] { window.importPaths(lc::DatasetId(), paths); });
        if (parser.isSet(exportShotOption)) {
            const QString file = parser.value(exportShotOption);
            QTimer::singleShot(1500, &window, [&window] { window.exportCurrentDataset(); });
            QTimer::singleShot(3000, &window, [file] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->isVisible() && qobject_cast<QDialog *>(w) && !w->grab().save(file))
                        qWarning("cannot save the screenshot to %s", qPrintable(file));
                }
                QApplication::quit();
            });
        }
        if (parser.isSet(screenshotOption)) {
            const QString file = parser.value(screenshotOption);
            const int select = parser.value(selectOption).toInt();
            if (select > 0) {
                QTimer::singleShot(1200, &window, [&window, select] {
                    QAbstractItemView *grid = window.gridPanel()->view();
                    const QModelIndex first = grid->model()->index(0, 0);
                    const QModelIndex last = grid->model()->index(std::min(select, grid->model()->rowCount()) - 1, 0);
                    grid->setCurrentIndex(first);
                    grid->selectionModel()->select(QItemSelection(first, last), QItemSelectionModel::ClearAndSelect);
                });
            }
            QTimer::singleShot(select > 0 ? 2500 : 1800, &window, [&window, file] {
                if (!window.grab().save(file))
                    qWarning("cannot save the screenshot to %s", qPrintable(file));
                QApplication::quit();
            });
        }
        rc = QApplication::exec();
        if (next.isEmpty() || window.isVisible())
            break; // quit (or the window refused to close)
        previous = (*library)->root();
        path = next;
    }
    return rc;
}
