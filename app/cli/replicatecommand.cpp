// loracraft-cli replicate login|whoami|logout: the Replicate API token, kept in the OS keychain.
#include "commands.h"

#include "clitr.h"

#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "secrets/secretstore.h"

#include <QJsonObject>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace lc::cli {

namespace {

// One line from standard input; on a terminal, asked for on stderr without echoing what is typed (a
// token on the screen ends up in screenshots and scrollback).
QString readSecretLine(Output &out, const QString &prompt)
{
#if defined(Q_OS_UNIX)
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        out.err() << prompt << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
#else
    Q_UNUSED(prompt);
#endif
    QByteArray line;
    for (int ch = std::getchar(); ch != EOF && ch != '\n'; ch = std::getchar())
        line.append(char(ch));
#if defined(Q_OS_UNIX)
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        out.err() << '\n' << Qt::flush;
    }
#endif
    return QString::fromUtf8(line).trimmed();
}

QString sourceName(const Secret &secret)
{
    switch (secret.source) {
    case SecretSource::Keychain:
        return QStringLiteral("keychain");
    case SecretSource::Environment:
        return QStringLiteral("environment");
    case SecretSource::None:
        break;
    }
    return QStringLiteral("none");
}

int failWith(Output &out, const Error &error)
{
    out.error(error);
    return error.isUserError() ? ExitUserError : ExitInternalError;
}

int loginCommand(Output &out, const QCommandLineParser &, const QStringList &)
{
    const QString token = readSecretLine(out, CliTr::tr("Replicate API token (from replicate.com/account/api-tokens): "));
    if (token.isEmpty()) {
        return failWith(out, makeError(ErrorCode::InvalidArgument,
                                 CliTr::tr("No token on standard input: paste it, or pipe it in (loracraft-cli replicate login < token.txt).")));
    }
    net::HttpClient http;
    replicate::Client client(http, token);
    auto account = client.account();
    if (!account)
        return failWith(out, account.error()); // the HTTP layer keeps the token out of the message
    const SecretStore secrets;
    if (auto stored = secrets.store(SecretStore::replicateTokenKey(), token); !stored) {
        Error e = stored.error();
        e.message = CliTr::tr("The token works (it belongs to %1), but it cannot be kept in the keychain: %2 Set %3 instead.")
                        .arg(account->username, e.message, SecretStore::replicateTokenVariable());
        return failWith(out, e);
    }
    if (out.json()) {
        out.printJson({{QStringLiteral("username"), account->username}, {QStringLiteral("type"), account->type},
            {QStringLiteral("stored"), QStringLiteral("keychain")}});
    } else {
        out.line(CliTr::tr("Logged in to Replicate as %1; the token is in the keychain.").arg(terminalSafe(account->username)));
    }
    return ExitOk;
}

int whoamiCommand(Output &out, const QCommandLineParser &, const QStringList &)
{
    Secret secret;
    auto token = replicateToken(&secret);
    if (!token)
        return failWith(out, token.error());
    net::HttpClient http;
    replicate::Client client(http, secret.value);
    auto account = client.account();
    if (!account)
        return failWith(out, account.error());
    if (out.json()) {
        out.printJson({{QStringLiteral("username"), account->username}, {QStringLiteral("type"), account->type},
            {QStringLiteral("name"), account->name}, {QStringLiteral("tokenFrom"), sourceName(secret)}});
    } else {
        const QString from = secret.source == SecretSource::Keychain ? CliTr::tr("the keychain")
                                                                       : CliTr::tr("the environment (%1)").arg(secret.environmentVariable);
        out.line(CliTr::tr("%1 (%2), token from %3").arg(terminalSafe(account->username), account->type, from));
    }
    return ExitOk;
}

int logoutCommand(Output &out, const QCommandLineParser &, const QStringList &)
{
    const SecretStore secrets;
    if (auto removed = secrets.remove(SecretStore::replicateTokenKey()); !removed)
        return failWith(out, removed.error());
    if (out.json())
        out.printJson({{QStringLiteral("removed"), true}});
    else
        out.line(CliTr::tr("The Replicate token is no longer in the keychain."));
    return ExitOk;
}

} // namespace

Result<QString> replicateToken(Secret *found)
{
    const SecretStore secrets;
    const Secret secret = secrets.lookup(SecretStore::replicateTokenKey(), SecretStore::replicateTokenVariable());
    if (found)
        *found = secret;
    if (secret.isEmpty()) {
        QString why = CliTr::tr("No Replicate token: run loracraft-cli replicate login, or set %1.").arg(SecretStore::replicateTokenVariable());
        if (!secret.keychainProblem.isEmpty())
            why += QLatin1Char(' ') + secret.keychainProblem;
        return makeError(ErrorCode::Authentication, why);
    }
    return secret.value;
}

QList<Verb> replicateVerbs()
{
    const QString group = QStringLiteral("replicate");
    Verb login{group, QStringLiteral("login"), {}, CliTr::tr("Check a Replicate API token and keep it in the keychain."),
        CliTr::tr("Reads the token from standard input (typed without echo on a terminal, or piped), checks it with "
                  "Replicate (GET /account) and stores it in the OS keychain, where the GUI and the other commands find "
                  "it. The token is never taken as an argument: it would sit in the shell history and in ps."),
        {}, 0, 0, Library::OpenMode::MustExist, {}};
    login.runWithoutLibrary = loginCommand;
    Verb whoami{group, QStringLiteral("whoami"), {}, CliTr::tr("Show whose Replicate token is in use."),
        CliTr::tr("Looks the token up (the keychain, else REPLICATE_API_TOKEN) and asks Replicate who owns it."), {}, 0, 0,
        Library::OpenMode::MustExist, {}};
    whoami.runWithoutLibrary = whoamiCommand;
    Verb logout{group, QStringLiteral("logout"), {}, CliTr::tr("Remove the Replicate token from the keychain."), {}, {}, 0, 0,
        Library::OpenMode::MustExist, {}};
    logout.runWithoutLibrary = logoutCommand;
    return {login, whoami, logout};
}

} // namespace lc::cli
