#include "decodebudget.h"

#include "util/waitcondition.h"

namespace lc {

DecodeBudget::DecodeBudget(qint64 capacityBytes) : m_capacity(capacityBytes) {}

DecodeBudget &DecodeBudget::global()
{
    static DecodeBudget budget(qint64(1) << 30);
    return budget;
}

qint64 DecodeBudget::inUse() const
{
    QMutexLocker lock(&m_mutex);
    return m_used;
}

bool DecodeBudget::acquire(qint64 bytes, const std::atomic<bool> *cancel)
{
    if (bytes > m_capacity)
        return false;
    QMutexLocker lock(&m_mutex);
    while (m_used + bytes > m_capacity) {
        if (cancel && cancel->load())
            return false;
        waitOn(m_released, &m_mutex, 50);
    }
    m_used += std::max<qint64>(0, bytes);
    return true;
}

bool DecodeBudget::tryAcquire(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    if (bytes > m_capacity || m_used + bytes > m_capacity)
        return false;
    m_used += std::max<qint64>(0, bytes);
    return true;
}

void DecodeBudget::release(qint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_used -= std::max<qint64>(0, bytes);
        if (m_used < 0)
            m_used = 0;
    }
    m_released.wakeAll();
}

} // namespace lc
