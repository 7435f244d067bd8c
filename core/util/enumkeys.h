#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

// The stable spelling of an enum's values, in one place per enum (after qBittorrent's
// Utils::String::fromEnum/toEnum, with our own table because the stored spellings are kebab-case). The keys
// are what the catalog stores, what reports and --json print and what the CLI takes: never change one.
//
// Each enum that is written anywhere specialises EnumKeys next to its declaration:
//
//     template <>
//     struct EnumKeys<TargetModel>
//     {
//         static constexpr auto keys = std::to_array<EnumKey<TargetModel>>({
//             {TargetModel::Flux, u"flux"},
//             {TargetModel::Sdxl, u"sdxl"},
//             {TargetModel::Sd15, u"sd15"},
//         });
//     };
//
// One row per value, in declaration order (checked at compile time, with unique lowercase keys made of
// a-z, 0-9 and '-'), then toKey(value) and fromKey<E>(key) work for it.
namespace lc {

template <typename E>
struct EnumKey
{
    E value;
    std::u16string_view key;
};

template <typename E>
struct EnumKeys; // specialised per enum, see above

template <typename E>
concept KeyedEnum = std::is_enum_v<E> && requires { EnumKeys<E>::keys; };

namespace detail {

constexpr bool isKeyChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// Every value once, in declaration order (so toKey() can index the table), and every key non-empty,
// made of key characters (so a case-insensitive match is unambiguous) and unique.
template <typename E>
constexpr bool wellFormedKeys()
{
    const auto &keys = EnumKeys<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(keys[i].value)) != i)
            return false;
        if (keys[i].key.empty())
            return false;
        for (char16_t c : keys[i].key) {
            if (!isKeyChar(c))
                return false;
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (keys[j].key == keys[i].key)
                return false;
        }
    }
    return true;
}

template <typename E>
QStringView keyView(const EnumKey<E> &row)
{
    return QStringView(row.key.data(), qsizetype(row.key.size()));
}

} // namespace detail

// The key of a value; empty for a value outside the enum (a bad cast).
template <KeyedEnum E>
QString toKey(E value)
{
    static_assert(detail::wellFormedKeys<E>(),
        "EnumKeys<E>::keys must list every value once, in declaration order, with unique keys of a-z, 0-9 and '-'");
    const auto &keys = EnumKeys<E>::keys;
    const auto index = static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(value));
    if (index >= keys.size())
        return {};
    // The table is static: no copy of the characters.
    return QString::fromRawData(reinterpret_cast<const QChar *>(keys[index].key.data()), qsizetype(keys[index].key.size()));
}

// The value of a key; nullopt for anything toKey() never writes. The CLI passes Qt::CaseInsensitive for
// what users type.
template <KeyedEnum E>
std::optional<E> fromKey(QStringView key, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    static_assert(detail::wellFormedKeys<E>(),
        "EnumKeys<E>::keys must list every value once, in declaration order, with unique keys of a-z, 0-9 and '-'");
    for (const EnumKey<E> &row : EnumKeys<E>::keys) {
        if (key.compare(detail::keyView(row), cs) == 0)
            return row.value;
    }
    return std::nullopt;
}

// Every key, in declaration order: for help texts ("one of: kohya, ai-toolkit, ...") and tests.
template <KeyedEnum E>
QStringList allKeys()
{
    QStringList out;
    out.reserve(qsizetype(EnumKeys<E>::keys.size()));
    for (const EnumKey<E> &row : EnumKeys<E>::keys)
        out << toKey(row.value);
    return out;
}

// Every value, in declaration order.
template <KeyedEnum E>
constexpr auto allValues()
{
    std::array<E, EnumKeys<E>::keys.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = EnumKeys<E>::keys[i].value;
    return out;
}

} // namespace lc
