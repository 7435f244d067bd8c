#pragma once

#include "catalog/datasets.h"
#include "util/ids.h"

#include <QList>
#include <QMutex>

namespace lc {

// Where rows went when an undone deletion could not give them their old ids back (another row took
// them meanwhile). Undo commands keep the ids they were made with, and the epoch they were made in;
// when they run they resolve those ids through every restore whose deletion came after them. An id
// captured after a deletion names whatever row has it now, so those restores do not apply to it.
// Epochs are counted on the GUI thread (one per deletion); lookups happen on the writer. Thread-safe.
class IdMap final
{
public:
    using Epoch = quint64;

    Epoch epoch() const
    {
        QMutexLocker lock(&m_mutex);
        return m_epoch;
    }
    // Called when a deletion is queued; returns the deletion's epoch.
    Epoch beginDeletion()
    {
        QMutexLocker lock(&m_mutex);
        return ++m_epoch;
    }
    // Records what the restore of the deletion made in `deletion` changed (replacing what an earlier,
    // failed restore of it recorded).
    void record(Epoch deletion, const IdChanges &changes)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.removeIf([deletion](const Entry &e) { return e.deletion == deletion; });
        if (changes.isEmpty())
            return;
        m_entries.append({deletion, changes});
        std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.deletion < b.deletion; });
    }

    // Drops what was recorded under these deletions (tombstones of a restore that failed and was then
    // retried under a later deletion).
    void forget(const QList<Epoch> &deletions)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.removeIf([&deletions](const Entry &e) { return deletions.contains(e.deletion); });
    }

    ItemId item(ItemId id, Epoch since) const { return ItemId(resolve(&IdChanges::items, id.value(), since)); }
    DatasetId dataset(DatasetId id, Epoch since) const { return DatasetId(resolve(&IdChanges::datasets, id.value(), since)); }
    WorkspaceId workspace(WorkspaceId id, Epoch since) const { return WorkspaceId(resolve(&IdChanges::workspaces, id.value(), since)); }
    QList<ItemId> items(const QList<ItemId> &ids, Epoch since) const
    {
        QList<ItemId> out;
        out.reserve(ids.size());
        for (ItemId id : ids)
            out.append(item(id, since));
        return out;
    }

private:
    struct Entry
    {
        Epoch deletion;
        IdChanges changes;
    };

    qint64 resolve(QHash<qint64, qint64> IdChanges::*kind, qint64 id, Epoch since) const
    {
        QMutexLocker lock(&m_mutex);
        for (const Entry &e : m_entries) {
            if (e.deletion > since)
                id = (e.changes.*kind).value(id, id);
        }
        return id;
    }

    mutable QMutex m_mutex;
    Epoch m_epoch = 0;
    QList<Entry> m_entries;
};

} // namespace lc
