#include "cli.h"
#include "util/appidentity.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    lc::setApplicationIdentity();
    // Progress and results go to stdout, errors to stderr; informational log lines would only clutter
    // both. QT_LOGGING_RULES="loracraft.*=true" brings them back.
    QLoggingCategory::setFilterRules(QStringLiteral("loracraft.*.info=false\nloracraft.*.debug=false"));
    try {
        return lc::cli::run(QCoreApplication::arguments().mid(1));
    } catch (const std::exception &e) {
        fprintf(stderr, "loracraft-cli: internal error: %s\n", e.what());
        return lc::cli::ExitInternalError;
    }
}
