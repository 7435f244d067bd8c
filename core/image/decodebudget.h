#pragma once

#include <QMutex>
#include <QWaitCondition>
#include <QtGlobal>

#include <atomic>

namespace lc {

// Bounds the memory that image decodes take at the same time, across every worker of every import and
// export in the process. A decode reserves its estimated peak (computed from the image header) before it
// allocates anything and releases it when done; reservations that do not fit wait until others finish.
// A single request larger than the capacity never fits and is refused at once (the caller skips the image).
class DecodeBudget final
{
public:
    explicit DecodeBudget(qint64 capacityBytes);

    // The process-wide budget used by the import and the export (1 GiB).
    static DecodeBudget &global();

    qint64 capacity() const { return m_capacity; }
    qint64 inUse() const;

    // Waits until `bytes` fit, or until *cancel becomes true (checked every 50 ms). Returns false when
    // canceled or when bytes exceed the capacity.
    bool acquire(qint64 bytes, const std::atomic<bool> *cancel = nullptr);
    bool tryAcquire(qint64 bytes);
    void release(qint64 bytes);

private:
    const qint64 m_capacity;
    mutable QMutex m_mutex;
    QWaitCondition m_released;
    qint64 m_used = 0;
};

// RAII reservation on a DecodeBudget.
class DecodeReservation final
{
public:
    DecodeReservation() = default;
    DecodeReservation(DecodeBudget &budget, qint64 bytes) : m_budget(&budget), m_bytes(bytes) {}
    ~DecodeReservation() { reset(); }
    DecodeReservation(const DecodeReservation &) = delete;
    DecodeReservation &operator=(const DecodeReservation &) = delete;
    void reset()
    {
        if (m_budget)
            m_budget->release(m_bytes);
        m_budget = nullptr;
    }

private:
    DecodeBudget *m_budget = nullptr;
    qint64 m_bytes = 0;
};

} // namespace lc
