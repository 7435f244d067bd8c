// The secret store against a real Secret Service (GNOME Keyring in a private D-Bus session, started by
// tests/support/with-secret-service.sh) and without any keychain (no session bus): the environment
// fallback and a clear reason why nothing can be stored.
#include "lc_catch.h"

#include "secrets/secretstore.h"

#include <QUuid>

using namespace lc;

namespace {

QString uniqueService()
{
    return QStringLiteral("LoRA Craft test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("a key stored in the keychain is read back, replaced and removed", "[keychain]")
{
    const SecretStore store(uniqueService());
    QString why;
    REQUIRE(store.keychainAvailable(&why));

    const QString key = SecretStore::replicateTokenKey();
    auto absent = store.read(key);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == ErrorCode::NotFound);

    REQUIRE(store.store(key, QStringLiteral("r8_first")).ok());
    auto first = store.read(key);
    REQUIRE(first.ok());
    CHECK(*first == QStringLiteral("r8_first"));

    REQUIRE(store.store(key, QStringLiteral("r8_sëcond token")).ok());
    CHECK(store.read(key).valueOr(QString()) == QStringLiteral("r8_sëcond token"));

    // Another service (another application) does not see it.
    CHECK_FALSE(SecretStore(uniqueService()).read(key).ok());

    REQUIRE(store.remove(key).ok());
    CHECK_FALSE(store.read(key).ok());
    CHECK(store.remove(key).ok()); // removing what is gone is not an error
}

TEST_CASE("lookup prefers the keychain, then the environment", "[keychain]")
{
    const SecretStore store(uniqueService());
    const QString key = SecretStore::apiKeyKeyForUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    qputenv("LC_TEST_SECRET_VAR", "from-env");

    const Secret fromEnv = store.lookup(key, QStringLiteral("LC_TEST_SECRET_VAR"));
    CHECK(fromEnv.value == QStringLiteral("from-env"));
    CHECK(fromEnv.source == SecretSource::Environment);
    CHECK(fromEnv.keychainProblem.isEmpty());

    REQUIRE(store.store(key, QStringLiteral("from-keychain")).ok());
    const Secret fromKeychain = store.lookup(key, QStringLiteral("LC_TEST_SECRET_VAR"));
    CHECK(fromKeychain.value == QStringLiteral("from-keychain"));
    CHECK(fromKeychain.source == SecretSource::Keychain);

    const Secret none = store.lookup(SecretStore::apiKeyKeyForUrl(QStringLiteral("http://localhost:8080/v1")));
    CHECK(none.isEmpty());
    CHECK(none.source == SecretSource::None);
    CHECK(none.keychainProblem.isEmpty());

    REQUIRE(store.remove(key).ok());
    qunsetenv("LC_TEST_SECRET_VAR");
}

TEST_CASE("keys of caption servers are per host and port", "[keychain][nokeychain]")
{
    CHECK(SecretStore::apiKeyKeyForUrl(QStringLiteral("https://OpenRouter.ai/api/v1"))
          == QStringLiteral("api-key:openrouter.ai"));
    CHECK(SecretStore::apiKeyKeyForUrl(QStringLiteral("http://localhost:8080/v1"))
          == QStringLiteral("api-key:localhost:8080"));
    CHECK(SecretStore::apiKeyKeyForUrl(QStringLiteral("http://localhost:8080/v1"))
          != SecretStore::apiKeyKeyForUrl(QStringLiteral("http://localhost:11434/v1")));
}

TEST_CASE("without a keychain, secrets come from the environment and storing says why it cannot", "[nokeychain]")
{
    const SecretStore store(uniqueService());
    QString why;
    REQUIRE_FALSE(store.keychainAvailable(&why));
    CHECK(why.contains(QStringLiteral("environment")));

    auto stored = store.store(SecretStore::replicateTokenKey(), QStringLiteral("r8_x"));
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().message.contains(QStringLiteral("No keychain")));

    qputenv("REPLICATE_API_TOKEN", "r8_from_environment");
    const Secret token = store.lookup(SecretStore::replicateTokenKey(), SecretStore::replicateTokenVariable());
    CHECK(token.value == QStringLiteral("r8_from_environment"));
    CHECK(token.source == SecretSource::Environment);
    CHECK(token.environmentVariable == QStringLiteral("REPLICATE_API_TOKEN"));

    qunsetenv("REPLICATE_API_TOKEN");
    const Secret none = store.lookup(SecretStore::replicateTokenKey(), SecretStore::replicateTokenVariable());
    CHECK(none.isEmpty());
    CHECK(none.keychainProblem.contains(QStringLiteral("No keychain is available")));
}
