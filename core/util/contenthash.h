#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <memory>

namespace lc {

// SHA-256 of an object's bytes: the object's identity in the store and the catalog.
class ContentHash
{
public:
    static constexpr int Size = 32;

    ContentHash() = default;

    static ContentHash of(QByteArrayView bytes);
    // Accepts exactly 64 hex digits (either case); anything else gives an invalid hash.
    static ContentHash fromHex(QStringView hex);

    bool isValid() const { return m_valid; }
    QString toHex() const;      // 64 lowercase hex digits
    QString shortHex() const;   // first 12 digits, for display
    const std::array<unsigned char, Size> &bytes() const { return m_bytes; }

    friend bool operator==(const ContentHash &a, const ContentHash &b)
    {
        return a.m_valid == b.m_valid && a.m_bytes == b.m_bytes;
    }
    friend size_t qHash(const ContentHash &h, size_t seed = 0)
    {
        return qHashBits(h.m_bytes.data(), Size, seed);
    }

private:
    friend class Sha256;
    std::array<unsigned char, Size> m_bytes{};
    bool m_valid = false;
};

// Incremental SHA-256 (OpenSSL EVP), for streaming large files.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    ContentHash finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Hashes a file by streaming it in 1 MiB chunks.
Result<ContentHash> hashFile(const QString &path);

} // namespace lc
