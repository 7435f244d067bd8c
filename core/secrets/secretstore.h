#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lc {

// Where a secret was found.
enum class SecretSource { None, Keychain, Environment };

struct Secret
{
    QString value;
    SecretSource source = SecretSource::None;
    QString environmentVariable; // the variable it came from (Environment), for messages
    QString keychainProblem;     // why the keychain could not be asked, when it could not

    bool isEmpty() const { return value.isEmpty(); }
};

// API keys and tokens (the caption servers' keys, the Replicate token), kept in the operating system's
// keychain through QtKeychain: Secret Service on Linux (GNOME Keyring, KWallet), the macOS Keychain, the
// Windows Credential Manager. Never in a settings file, a log line, a task report or a URL: callers hold
// the value only as long as a run needs it.
//
// Without a keychain (a headless box, no Secret Service on the session bus) a secret can still come from
// the environment: lookup() falls back to the variable it is given (REPLICATE_API_TOKEN, or the variable
// a caption backend names), and store() says why the key cannot be kept.
//
// QtKeychain answers through the application's main thread (libsecret dispatches on GLib's default
// context), so: the GUI calls the asynchronous functions, which never block; the blocking ones are for
// the main thread of a command-line program or a test (called elsewhere they refuse with an error
// instead of hanging).
class SecretStore final
{
public:
    // service: the keychain's name for the application's entries.
    explicit SecretStore(QString service = defaultService());

    static QString defaultService();
    // Keys of the secrets the application keeps.
    static QString replicateTokenKey() { return QStringLiteral("replicate-api-token"); }
    static QString replicateTokenVariable() { return QStringLiteral("REPLICATE_API_TOKEN"); }
    // The key of a caption server's API key: one per host (and port), so OpenRouter's key is not sent to
    // a local llama.cpp server and switching presets keeps each key.
    static QString apiKeyKeyForUrl(const QString &baseUrl);

    // The secret under `key` in the keychain: NotFound when there is none, an error when no keychain is
    // reachable or it refused.
    Result<QString> read(const QString &key) const;
    Result<void> store(const QString &key, const QString &value) const;
    // Removing a key that is not there succeeds.
    Result<void> remove(const QString &key) const;

    // The keychain entry, else the environment variable (when named and set); an empty Secret when neither
    // has it, with the keychain's problem when it could not be asked (to tell the user why).
    Secret lookup(const QString &key, const QString &environmentVariable = {}) const;

    // lookup() and store() without blocking: `done` is called on `context`'s thread (the main thread)
    // once the keychain answered, unless `context` is gone by then.
    void lookupAsync(const QString &key, const QString &environmentVariable, QObject *context,
        std::function<void(const Secret &)> done) const;
    void storeAsync(const QString &key, const QString &value, QObject *context,
        std::function<void(const Result<void> &)> done) const;
    // The Replicate token (the keychain's, else REPLICATE_API_TOKEN), as lookupAsync().
    void lookupReplicateTokenAsync(QObject *context, std::function<void(const Secret &)> done) const
    {
        lookupAsync(replicateTokenKey(), replicateTokenVariable(), context, std::move(done));
    }

    // Whether a keychain answers (a read of an entry that does not exist, so nothing is prompted for).
    bool keychainAvailable(QString *why = nullptr) const;

private:
    QString m_service;
};

} // namespace lc
