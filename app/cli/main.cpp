#include "cli.h"
#include "util/appidentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    lc::setApplicationIdentity();
    // Progress and results go to stdout, errors to stderr; informational log lines would only clutter
    // both. QT_LOGGING_RULES="loracraft.*=true" brings them back.
    QLoggingCategory::setFilterRules(QStringLiteral("loracraft.*.info=false\nloracraft.*.debug=false"));
    // Messages in the terminal's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as every command-line tool),
    // else English with its plural forms. JSON keys, error codes and file names stay as they are.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("loracraft"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/loracraft_en")))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator; // QCommandLineParser's own words
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    try {
        return lc::cli::run(QCoreApplication::arguments().mid(1));
    } catch (const std::exception &e) {
        fprintf(stderr, "loracraft-cli: internal error: %s\n", e.what());
        return lc::cli::ExitInternalError;
    }
}
