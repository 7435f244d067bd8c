#pragma once

#include "library/libraryservice.h"

#include "library/library.h"
#include "output.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>

namespace lc::cli {

enum ExitCode {
    ExitOk = 0,
    ExitUserError = 1,     // usage error or a problem with the user's input or environment
    ExitInternalError = 2, // a bug or an unexpected failure
    ExitIncomplete = 3,    // ran, but some inputs were skipped or problems were found
};

class Context;

// One command: "workspace create", "fsck", ...
struct Verb
{
    QString group;
    QString name; // empty for single-word commands such as fsck
    QString arguments; // synopsis of positional arguments, e.g. "WORKSPACE/DATASET NEW-NAME"
    QString summary;
    QString description;
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0;
    Library::OpenMode openMode = Library::OpenMode::MustExist;
    std::function<int(Context &)> run;
    // When this option is given the library is created if missing (e.g. import --create).
    QString createsWith{};
    // When this option is given a read-only command writes (fsck --repair): the library is opened with its lock.
    QString writesWith{};
    // It only reads: it runs without the catalog's integrity check that writing commands need.
    bool readsOnly = false;
    // Set instead of run for a command that does not touch the library (replicate login): no library is
    // opened, none is needed.
    std::function<int(Output &, const QCommandLineParser &, const QStringList &)> runWithoutLibrary{};
    // With runWithoutLibrary: when this option is given the command needs the library after all (search
    // --import), and `run` is called with it.
    QString needsLibraryWith{};
    // Set instead of run for a command that must have the library closed while it works (snapshot
    // restore): it gets the library folder and opens, locks or replaces what it needs itself.
    std::function<int(Output &, const QCommandLineParser &, const QStringList &, const QString &libraryPath)> runOnFolder{};

    QString command() const { return name.isEmpty() ? group : group + QLatin1Char(' ') + name; }
};

// What a verb's run function gets: parsed arguments, the output, and the opened library.
class Context final
{
public:
    Context(Output &output, const QCommandLineParser &parser, QStringList positional, Library &library)
        : out(output), options(parser), args(std::move(positional)), library(library), service(library)
    {
        service.setQualityThresholds(curation::storedQualityThresholds()); // as set in the app's Settings
    }

    Output &out;
    const QCommandLineParser &options;
    const QStringList args;
    Library &library;
    // Everything a verb does to the library goes through the service, as in the GUI (the CLI waits).
    LibraryService service;

    // Prints the error and returns the exit code it maps to.
    int fail(const Error &error);
};

QList<Verb> allVerbs();

// Entry point: parses global options (--library, --json, --help, --version) and dispatches.
int run(const QStringList &arguments);

} // namespace lc::cli
