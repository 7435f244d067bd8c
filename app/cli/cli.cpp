#include "cli.h"

#include "clitr.h"

#include <QCoreApplication>
#include <QDir>

namespace lc::cli {

namespace {


struct GlobalOptions
{
    QString library;
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList rest; // everything that is not a global option, in order
    QString error;
};

GlobalOptions parseGlobal(const QStringList &arguments)
{
    GlobalOptions g;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) {
            g.rest += arguments.mid(i);
            break;
        }
        if (a == QLatin1String("--json")) {
            g.json = true;
        } else if (a == QLatin1String("--library")) {
            if (i + 1 >= arguments.size()) {
                g.error = CliTr::tr("--library needs a folder");
                return g;
            }
            g.library = arguments[++i];
        } else if (a.startsWith(QLatin1String("--library="))) {
            g.library = a.mid(10);
        } else if (a == QLatin1String("--version")) {
            g.version = true;
        } else if ((a == QLatin1String("--help") || a == QLatin1String("-h")) && g.rest.isEmpty()) {
            g.help = true;
        } else {
            g.rest << a;
        }
    }
    return g;
}

QString generalHelp(const QList<Verb> &verbs)
{
    QString text = CliTr::tr("Usage: loracraft-cli [--library DIR] [--json] COMMAND [ARGS...]\n\n"
                      "LoRA Craft %1 on the command line: manage workspaces and datasets of a library.\n\n"
                      "Global options:\n"
                      "  --library DIR  the library folder (default: $LORACRAFT_LIBRARY, else %2)\n"
                      "  --json         print machine-readable JSON on stdout\n"
                      "  --help, -h     show help; COMMAND --help shows a command's options\n"
                      "  --version      print the version\n\n"
                      "Commands:\n")
                       .arg(QStringLiteral(LORACRAFT_VERSION), QDir::toNativeSeparators(Library::defaultPath()));
    for (const Verb &v : verbs) {
        const QString synopsis = v.command() + (v.arguments.isEmpty() ? QString() : QLatin1Char(' ') + v.arguments);
        text += QStringLiteral("  %1 %2\n").arg(synopsis.leftJustified(44), v.summary);
    }
    text += CliTr::tr("\nExit codes: 0 success, 1 usage or user error, 2 internal error, 3 completed with problems.\n");
    return text;
}

QString verbHelp(const Verb &v, const QCommandLineParser &parser, const QList<Verb> &verbs)
{
    // %2 is the verb's arguments in command-line syntax (" PATH..."), not words to translate.
    QString text = (v.options.isEmpty() ? CliTr::tr("Usage: loracraft-cli [--library DIR] [--json] %1%2\n\n%3\n")
                                        : CliTr::tr("Usage: loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2\n\n%3\n"))
                       .arg(v.command(), v.arguments.isEmpty() ? QString() : QLatin1Char(' ') + v.arguments,
                           v.description.isEmpty() ? v.summary : v.description);
    const QString optionsHelp = parser.helpText();
    const qsizetype at = optionsHelp.indexOf(QLatin1String("Options:"));
    if (!v.options.isEmpty() && at >= 0)
        text += QLatin1Char('\n') + optionsHelp.mid(at);
    if (v.name.isEmpty()) {
        QString subcommands;
        for (const Verb &other : verbs) {
            if (other.group == v.group && !other.name.isEmpty()) {
                subcommands += QStringLiteral("  %1 %2\n")
                                   .arg(QString(other.command() + QLatin1Char(' ') + other.arguments).leftJustified(44), other.summary);
            }
        }
        if (!subcommands.isEmpty())
            text += CliTr::tr("\nSub-commands (each with --help):\n") + subcommands;
    }
    return text;
}

} // namespace

int Context::fail(const Error &error)
{
    out.error(error);
    return error.isUserError() ? ExitUserError : ExitInternalError;
}

int run(const QStringList &arguments)
{
    const GlobalOptions global = parseGlobal(arguments);
    Output out(global.json);
    const QList<Verb> verbs = allVerbs();

    if (!global.error.isEmpty()) {
        out.usageError(global.error);
        return ExitUserError;
    }
    if (global.version) {
        out.line(QStringLiteral("loracraft-cli " LORACRAFT_VERSION));
        out.printJson({{QStringLiteral("version"), QStringLiteral(LORACRAFT_VERSION)}});
        return ExitOk;
    }
    if (global.help || global.rest.isEmpty() || global.rest.first() == QLatin1String("help")) {
        if (global.rest.isEmpty() && !global.help) {
            out.err() << generalHelp(verbs) << Qt::flush;
            return ExitUserError;
        }
        out.out() << generalHelp(verbs) << Qt::flush;
        return ExitOk;
    }

    // Find the verb: "group name" or a single-word group.
    const QString group = global.rest.value(0);
    const QString name = global.rest.value(1);
    // A group may have both a verb of its own and sub-commands (tags, tags rename): a sub-command's name
    // wins; the group's own verb takes what is not a name (options), or anything when it has no sub-commands.
    const Verb *verb = nullptr;
    const Verb *groupVerb = nullptr;
    bool groupKnown = false;
    bool hasSubcommands = false;
    for (const Verb &v : verbs) {
        if (v.group != group)
            continue;
        groupKnown = true;
        if (v.name.isEmpty())
            groupVerb = &v;
        else
            hasSubcommands = true;
        if (!v.name.isEmpty() && v.name == name)
            verb = &v;
    }
    if (!verb && groupVerb && (!hasSubcommands || name.isEmpty() || name.startsWith(QLatin1Char('-'))))
        verb = groupVerb;
    if (!verb) {
        if (!groupKnown) {
            out.usageError(CliTr::tr("unknown command “%1”").arg(group), CliTr::tr("see loracraft-cli --help"));
            return ExitUserError;
        }
        QStringList names;
        for (const Verb &v : verbs) {
            if (v.group == group && !v.name.isEmpty())
                names << v.name;
        }
        if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h")) {
            QString text = CliTr::tr("Usage: loracraft-cli %1 {%2} ...\n").arg(group, names.join(QLatin1Char('|')));
            for (const Verb &v : verbs) {
                if (v.group == group)
                    text += QStringLiteral("  %1 %2\n").arg(QString(v.command() + QLatin1Char(' ') + v.arguments).leftJustified(44), v.summary);
            }
            (name.isEmpty() ? out.err() : out.out()) << text << Qt::flush;
            return name.isEmpty() ? ExitUserError : ExitOk;
        }
        out.usageError(CliTr::tr("unknown command “%1 %2”").arg(group, name),
            CliTr::tr("expected one of: %1").arg(names.join(QStringLiteral(", "))));
        return ExitUserError;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, CliTr::tr("Show this help."));
    parser.addOption(helpOption);
    parser.addOptions(verb->options);
    QStringList verbArgs = global.rest.mid(verb->name.isEmpty() ? 1 : 2);
    verbArgs.prepend(QStringLiteral("loracraft-cli"));
    if (!parser.parse(verbArgs)) {
        out.usageError(parser.errorText(), CliTr::tr("see loracraft-cli %1 --help").arg(verb->command()));
        return ExitUserError;
    }
    if (parser.isSet(helpOption)) {
        out.out() << verbHelp(*verb, parser, verbs) << Qt::flush;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < verb->minArgs || positional.size() > verb->maxArgs) {
        out.usageError(positional.size() < verb->minArgs ? CliTr::tr("%1: missing arguments").arg(verb->command())
                                                         : CliTr::tr("%1: too many arguments").arg(verb->command()),
            CliTr::tr("usage: loracraft-cli %1 %2").arg(verb->command(), verb->arguments));
        return ExitUserError;
    }

    if (verb->runWithoutLibrary && (verb->needsLibraryWith.isEmpty() || !parser.isSet(verb->needsLibraryWith)))
        return verb->runWithoutLibrary(out, parser, positional);

    const QString libraryPath = global.library.isEmpty() ? Library::defaultPath() : global.library;
    if (verb->runOnFolder)
        return verb->runOnFolder(out, parser, positional, libraryPath);
    const bool writesAfterAll = !verb->writesWith.isEmpty() && parser.isSet(verb->writesWith);
    const Library::OpenMode mode = !verb->createsWith.isEmpty() && parser.isSet(verb->createsWith) ? Library::OpenMode::CreateIfMissing
        : writesAfterAll                                                                            ? Library::OpenMode::MustExist
                                                                                                    : verb->openMode;
    auto optionSet = [&](const QString &optionName) {
        for (const QCommandLineOption &o : verb->options) {
            if (o.names().contains(optionName))
                return parser.isSet(optionName);
        }
        return false;
    };
    const bool readsOnly = !writesAfterAll
        && (verb->readsOnly || mode == Library::OpenMode::ReadOnly || verb->name == QLatin1String("list") || verb->name == QLatin1String("show")
            || optionSet(QStringLiteral("check-only")) || optionSet(QStringLiteral("dry-run")));
    auto library = Library::open(libraryPath, mode);
    if (!library && library.error().code == ErrorCode::Locked && readsOnly) {
        // The GUI (or another command) has the library open: a command that only reads works alongside
        // it, reading the catalog without the lock (SQLite's WAL lets a reader see every committed write).
        library = Library::open(libraryPath, Library::OpenMode::ReadOnly);
    }
    if (!library) {
        Error e = library.error();
        if (e.code == ErrorCode::NotFound && !verb->createsWith.isEmpty())
            e.message += QLatin1Char(' ') + CliTr::tr("Add --%1 to create it.").arg(verb->createsWith);
        out.error(e);
        return e.isUserError() ? ExitUserError : ExitInternalError;
    }
    if (!readsOnly && !(*library)->networkFileSystem().isEmpty()) {
        out.err() << CliTr::tr("warning: the library %1 is on a network file system (%2). SQLite's locking is not reliable "
                               "there: never open it from two computers at once, and keep a local copy.")
                         .arg(QDir::toNativeSeparators((*library)->root()), (*library)->networkFileSystem())
                  << '\n' << Qt::flush;
    }
    // Commands that change the library never write into a catalog that fails its integrity check.
    if (!readsOnly) {
        if (auto healthy = (*library)->checkCatalogForWriting(); !healthy) {
            out.error(healthy.error());
            return ExitUserError;
        }
    }
    Context context(out, parser, positional, **library);
    return verb->run(context);
}

} // namespace lc::cli
