#include "library/library.h"
#include "util/appidentity.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    lc::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("LoRA Craft"));
    QApplication::setStyle(QStringLiteral("Fusion"));

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
    parser.process(app);

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : lc::Library::defaultPath();
    auto library = lc::Library::open(path);
    if (!library) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the library"),
            library.error().message);
        return 1;
    }

    int rc = 0;
    {
        lc::ui::MainWindow window(**library);
        window.show();
        if (parser.isSet(screenshotOption)) {
            const QString file = parser.value(screenshotOption);
            QTimer::singleShot(1500, &window, [&window, file] {
                if (!window.grab().save(file))
                    qWarning("cannot save the screenshot to %s", qPrintable(file));
                QApplication::quit();
            });
        }
        rc = QApplication::exec();
    }
    QThreadPool::globalInstance()->waitForDone();
    return rc;
}
