#include "secrets/secretstore.h"

#include "util/tr.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QUrl>

namespace lc {

namespace {

bool onMainThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
}

// Runs a QtKeychain job to the end on the calling thread, which must be the main thread.
void runJob(QKeychain::Job &job)
{
    if (!onMainThread())
        return; // the callers say why (see keychainError)
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of the keychain
    QEventLoop loop;
    bool finished = false; // the job may finish inside start()
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job &job, const QString &key)
{
    if (!onMainThread())
        return makeError(ErrorCode::Internal, QStringLiteral("SecretStore: blocking keychain calls run on the main thread only"));
    const QString why = job.errorString().trimmed();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, SecretsTr::tr("The keychain holds no entry \"%1\".").arg(key));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(ErrorCode::PermissionDenied,
            SecretsTr::tr("The keychain refused access to \"%1\": %2").arg(key, why));
    default:
        // No backend, or one that cannot be reached (on Linux: no Secret Service on the session bus, which
        // QtKeychain reports as OtherError with D-Bus's message).
        return makeError(ErrorCode::Io,
            SecretsTr::tr("No keychain is available (%1). Keys cannot be stored; set them in the environment "
                          "instead.").arg(why.isEmpty() ? SecretsTr::tr("no Secret Service on the session bus") : why));
    }
}

} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) {}

QString SecretStore::defaultService()
{
    return QStringLiteral("LoRA Craft");
}

QString SecretStore::apiKeyKeyForUrl(const QString &baseUrl)
{
    const QUrl url(baseUrl.trimmed());
    QString host = url.host().toLower();
    if (host.isEmpty())
        host = baseUrl.trimmed().toLower();
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return QStringLiteral("api-key:") + host;
}

Result<QString> SecretStore::read(const QString &key) const
{
    if (!onMainThread())
        return makeError(ErrorCode::Internal, QStringLiteral("SecretStore: blocking keychain calls run on the main thread only"));
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return job.textData();
}

Result<void> SecretStore::store(const QString &key, const QString &value) const
{
    if (!onMainThread())
        return makeError(ErrorCode::Internal, QStringLiteral("SecretStore: blocking keychain calls run on the main thread only"));
    if (value.isEmpty())
        return remove(key);
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Result<void> SecretStore::remove(const QString &key) const
{
    if (!onMainThread())
        return makeError(ErrorCode::Internal, QStringLiteral("SecretStore: blocking keychain calls run on the main thread only"));
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

Secret SecretStore::lookup(const QString &key, const QString &environmentVariable) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (onMainThread() && job.error() == QKeychain::NoError && !job.textData().isEmpty())
        return Secret{job.textData(), SecretSource::Keychain, {}, {}};

    Secret secret;
    if (!onMainThread() || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        secret.keychainProblem = keychainError(job, key).message;
    if (!environmentVariable.isEmpty()) {
        const QString value = qEnvironmentVariable(environmentVariable.toLocal8Bit().constData()).trimmed();
        if (!value.isEmpty()) {
            secret.value = value;
            secret.source = SecretSource::Environment;
            secret.environmentVariable = environmentVariable;
        }
    }
    return secret;
}

void SecretStore::lookupAsync(const QString &key, const QString &environmentVariable, QObject *context,
    std::function<void(const Secret &)> done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, environmentVariable, done = std::move(done)] {
        Secret secret;
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
            done(Secret{job->textData(), SecretSource::Keychain, {}, {}});
            return;
        }
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            secret.keychainProblem = keychainError(*job, key).message;
        if (!environmentVariable.isEmpty()) {
            const QString value = qEnvironmentVariable(environmentVariable.toLocal8Bit().constData()).trimmed();
            if (!value.isEmpty()) {
                secret.value = value;
                secret.source = SecretSource::Environment;
                secret.environmentVariable = environmentVariable;
            }
        }
        done(secret);
    });
    job->start();
}

void SecretStore::storeAsync(const QString &key, const QString &value, QObject *context,
    std::function<void(const Result<void> &)> done) const
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service);
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(value);
        job = write;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            done({});
        else
            done(keychainError(*job, key));
    });
    job->start();
}

bool SecretStore::keychainAvailable(QString *why) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("loracraft-probe-entry-that-does-not-exist"));
    runJob(job);
    const bool available = onMainThread() && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound);
    if (!available && why)
        *why = keychainError(job, job.key()).message;
    return available;
}

} // namespace lc
