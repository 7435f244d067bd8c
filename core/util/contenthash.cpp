#include "contenthash.h"

#include "util/tr.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace lc {

struct Sha256::State
{
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    m_state->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_state->ctx);
}

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_state->ctx, bytes.data(), size_t(bytes.size()));
}

ContentHash Sha256::finish()
{
    ContentHash hash;
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_state->ctx, hash.m_bytes.data(), &len) == 1 && len == ContentHash::Size)
        hash.m_valid = true;
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
    return hash;
}

ContentHash ContentHash::of(QByteArrayView bytes)
{
    Sha256 sha;
    sha.add(bytes);
    return sha.finish();
}

ContentHash ContentHash::fromHex(QStringView hex)
{
    ContentHash hash;
    if (hex.size() != Size * 2)
        return hash;
    auto nibble = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    };
    for (int i = 0; i < Size; ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return ContentHash();
        hash.m_bytes[size_t(i)] = static_cast<unsigned char>((hi << 4) | lo);
    }
    hash.m_valid = true;
    return hash;
}

QString ContentHash::toHex() const
{
    if (!m_valid)
        return {};
    const QByteArray raw(reinterpret_cast<const char *>(m_bytes.data()), Size);
    return QString::fromLatin1(raw.toHex());
}

QString ContentHash::shortHex() const
{
    return toHex().left(12);
}

Result<ContentHash> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied
                                                                       : ErrorCode::Io,
            UtilTr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    Sha256 sha;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            return makeError(ErrorCode::Io,
                UtilTr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (n == 0)
            break;
        sha.add(QByteArrayView(buffer.constData(), n));
    }
    return sha.finish();
}

} // namespace lc
