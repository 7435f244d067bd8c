#pragma once

#include "catalog/duplicates.h"
#include "curation/nearduplicates.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace lc {
class Library;
}

namespace lc::curation {

enum class DuplicateScope { Dataset, Workspace };

struct DuplicateMember
{
    DuplicateCandidate item;
    int phashDistance = 0; // to the group's suggested keeper
    int dhashDistance = 0;
    int similarity = 100;  // per cent: 100 − pHash distance × 100 / 64
};

struct DuplicateGroup
{
    QList<DuplicateMember> members; // the suggested keeper first, then by similarity to it
    QString keeperReason;           // why the first one: "highest resolution (1024 × 768)"...
};

struct DuplicateReport
{
    QList<DuplicateGroup> groups;
    int images = 0;     // compared
    int hashedNow = 0;  // images stored before their hashes existed, hashed from their thumbnails now
    int unreadable = 0; // of those, thumbnails that could not be read (left out)
    Sensitivity sensitivity = Sensitivity::Normal;
    DuplicateScope scope = DuplicateScope::Dataset;
};

// Finds the near-duplicate groups of a dataset (or of every dataset of its workspace): images stored
// before the second hash existed are hashed from their thumbnails first (and the hashes kept); pairs
// a person kept as not duplicates are left out. The suggested keeper of each group is the one with the
// highest resolution, then the sharpest, then the largest file. progress(done, total) while hashing.
Result<DuplicateReport> findDuplicates(const Library &library, DatasetId dataset, DuplicateScope scope,
    Sensitivity sensitivity, const std::atomic<bool> *cancel = nullptr,
    const std::function<void(int done, int total)> &progress = {});

// Orders a group's members: the suggested keeper first (with the reason), the others by similarity.
DuplicateGroup orderGroup(QList<DuplicateCandidate> members);

// `--apply keep-best`: every member of every group but its suggested keeper goes to the trash
// (restorable), in one write; returns them.
Result<QList<ItemId>> trashAllButKeepers(const Library &library, const DuplicateReport &report);

// Remembers every pair of these images as not duplicates (the review's "keep all").
Result<void> markNotDuplicates(const Library &library, const QList<ContentHash> &images);

} // namespace lc::curation

template <>
struct lc::EnumKeys<lc::curation::DuplicateScope>
{
    using E = lc::curation::DuplicateScope;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::Dataset, u"dataset"},
        {E::Workspace, u"workspace"},
    });
};
