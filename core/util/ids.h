#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace lc {

// Strongly typed row ids: a DatasetId cannot be passed where a WorkspaceId is expected.
template <typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr bool operator==(Id a, Id b) { return a.m_value == b.m_value; }
    friend constexpr auto operator<=>(Id a, Id b) { return a.m_value <=> b.m_value; }
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using WorkspaceId = Id<struct WorkspaceIdTag>;
using DatasetId = Id<struct DatasetIdTag>;
using ItemId = Id<struct ItemIdTag>;
using TagId = Id<struct TagIdTag>;
using TaskId = Id<struct TaskIdTag>;

} // namespace lc
