#pragma once

#include "image/imageanalysis.h"
#include "util/enumkeys.h"

#include <QList>
#include <QSet>

#include <array>
#include <atomic>
#include <utility>

namespace lc::curation {

// How alike two images must be to be proposed as near-duplicates: the largest Hamming distance (of 64
// bits) of their pHashes that makes them candidates, and of their difference hashes that confirms them.
// Presets (measured with bench_dedup, figures in the README):
//   strict  pHash ≤ 6,  dHash ≤ 10 — re-encodes, resizes, recompression
//   normal  pHash ≤ 10, dHash ≤ 16 — also brightness/contrast, small watermarks, crops of a few per cent
//   loose   pHash ≤ 14, dHash ≤ 22 — heavier crops and edits; expect some similar-but-different shots
// (The pHash radii are kept at 4k+2: the index below searches each quarter of the hash within k bits.)
enum class Sensitivity { Strict, Normal, Loose };

struct Thresholds
{
    int phash = 10;
    int dhash = 16;
};
Thresholds thresholdsFor(Sensitivity sensitivity);

// One image to compare: its two hashes.
struct Signature
{
    quint64 phash = 0;
    quint64 dhash = 0;
};

// Every pair (i < j) of `hashes` within `radius` bits, without looking at all pairs: multi-index hashing
// (Norouzi et al., 2012) with four 16-bit substrings, each searched within radius / 4 (by the pigeonhole
// principle, any pair within the radius agrees that closely on at least one substring). Uses `threads`
// threads (0: all cores); stops early, returning what it found, once *cancel is set.
QList<std::pair<int, int>> pairsWithin(const QList<quint64> &hashes, int radius, int threads = 0,
    const std::atomic<bool> *cancel = nullptr);

// Near-duplicate groups: candidate pairs by pHash, confirmed by the difference hash, pairs a person
// marked as not duplicates left out (`distinct` holds index pairs, smaller first), then connected
// components of at least two. Each group's indices ascend; groups in order of their first index. Images
// whose hashes are degenerate (a flat image: all bits equal) are never grouped.
QList<QList<int>> groupNearDuplicates(const QList<Signature> &signatures, Thresholds thresholds,
    const QSet<std::pair<int, int>> &distinct = {}, int threads = 0, const std::atomic<bool> *cancel = nullptr);

} // namespace lc::curation

template <>
struct lc::EnumKeys<lc::curation::Sensitivity>
{
    using E = lc::curation::Sensitivity;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::Strict, u"strict"},
        {E::Normal, u"normal"},
        {E::Loose, u"loose"},
    });
};
