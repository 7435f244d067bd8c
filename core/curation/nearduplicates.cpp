#include "curation/nearduplicates.h"

#include <QThread>

#include <algorithm>
#include <numeric>
#include <thread>
#include <vector>

namespace lc::curation {

Thresholds thresholdsFor(Sensitivity sensitivity)
{
    switch (sensitivity) {
    case Sensitivity::Strict:
        return {6, 10};
    case Sensitivity::Normal:
        return {10, 16};
    case Sensitivity::Loose:
        return {14, 22};
    }
    return {};
}

namespace {

constexpr int Chunks = 4;

inline quint16 chunkOf(quint64 hash, int k)
{
    return quint16(hash >> (16 * k));
}

// One table per 16-bit substring: the indices of the hashes sorted by that substring, and where each of
// the 65,536 values starts (a counting sort: no hashing, no allocation per entry).
struct SubstringTable
{
    std::vector<quint32> start; // 65,537 entries
    std::vector<quint32> order;

    void build(const QList<quint64> &hashes, int k)
    {
        start.assign(65537, 0);
        for (quint64 h : hashes)
            ++start[size_t(chunkOf(h, k)) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        order.resize(size_t(hashes.size()));
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (qsizetype i = 0; i < hashes.size(); ++i)
            order[next[chunkOf(hashes[i], k)]++] = quint32(i);
    }
};

// The 16-bit masks of at most `bits` set bits.
std::vector<quint16> masksUpTo(int bits)
{
    std::vector<quint16> masks;
    for (int m = 0; m < 65536; ++m) {
        if (__builtin_popcount(unsigned(m)) <= bits)
            masks.push_back(quint16(m));
    }
    return masks;
}

// The search of rows t, t + step, t + 2·step, ... (interleaved: the early rows, which see more j > i,
// are spread over the threads). Built twice on x86-64 Linux: with the POPCNT instruction, chosen at run
// time where the processor has it (every x86-64 since about 2008), and without, elsewhere: the software
// popcount would make the search several times slower.
// Not under ThreadSanitizer: the clone's resolver runs while the program is being loaded, before the TSan
// runtime is ready, and its instrumented entry crashes there.
#if defined(__SANITIZE_THREAD__)
#define LC_NO_CLONES 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define LC_NO_CLONES 1
#endif
#endif
#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) && !defined(LC_NO_CLONES)
__attribute__((target_clones("popcnt", "default")))
#endif
void scanRows(const QList<quint64> &hashes, const std::array<SubstringTable, Chunks> &tables, const std::vector<quint16> &masks,
    int radius, int sub, int t, int step, const std::atomic<bool> *cancel, std::vector<std::pair<int, int>> &out)
{
    const int n = int(hashes.size());
    for (int i = t; i < n; i += step) {
        if ((i & 1023) == 0 && cancel && cancel->load())
            return;
        const quint64 hi = hashes[i];
        for (int k = 0; k < Chunks; ++k) {
            const SubstringTable &table = tables[size_t(k)];
            const quint16 ck = chunkOf(hi, k);
            for (quint16 mask : masks) {
                const quint16 value = quint16(ck ^ mask);
                for (quint32 p = table.start[value]; p < table.start[size_t(value) + 1]; ++p) {
                    const int j = int(table.order[p]);
                    if (j <= i)
                        continue;
                    const quint64 hj = hashes[j];
                    if (__builtin_popcountll(hi ^ hj) > radius)
                        continue;
                    // Found once: by the first substring that is close enough.
                    bool earlier = false;
                    for (int e = 0; e < k && !earlier; ++e)
                        earlier = __builtin_popcount(unsigned(chunkOf(hi, e) ^ chunkOf(hj, e))) <= sub;
                    if (!earlier)
                        out.emplace_back(i, j);
                }
            }
        }
    }
}

} // namespace

QList<std::pair<int, int>> pairsWithin(const QList<quint64> &hashes, int radius, int threads, const std::atomic<bool> *cancel)
{
    const int n = int(hashes.size());
    if (n < 2 || radius < 0)
        return {};
    const int sub = std::min(radius / Chunks, 16);
    std::array<SubstringTable, Chunks> tables;
    for (int k = 0; k < Chunks; ++k)
        tables[size_t(k)].build(hashes, k);
    const std::vector<quint16> masks = masksUpTo(sub);

    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::min(threads, std::max(1, n / 256));
    std::vector<std::vector<std::pair<int, int>>> found(static_cast<size_t>(threads));
    auto work = [&](int t) { scanRows(hashes, tables, masks, radius, sub, t, threads, cancel, found[size_t(t)]); };
    if (threads == 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        pool.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work, t);
        for (std::thread &th : pool)
            th.join();
    }
    QList<std::pair<int, int>> pairs;
    size_t total = 0;
    for (const auto &f : found)
        total += f.size();
    pairs.reserve(qsizetype(total));
    for (const auto &f : found)
        pairs.append(QList<std::pair<int, int>>(f.begin(), f.end()));
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

QList<QList<int>> groupNearDuplicates(const QList<Signature> &signatures, Thresholds thresholds,
    const QSet<std::pair<int, int>> &distinct, int threads, const std::atomic<bool> *cancel)
{
    QList<quint64> phashes;
    phashes.reserve(signatures.size());
    for (const Signature &s : signatures)
        phashes.append(s.phash);
    const QList<std::pair<int, int>> candidates = pairsWithin(phashes, thresholds.phash, threads, cancel);

    auto degenerate = [](quint64 h) { return h == 0 || h == ~quint64(0); };
    std::vector<int> parent(size_t(signatures.size()));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    };
    for (const auto &[i, j] : candidates) {
        const Signature &a = signatures[i];
        const Signature &b = signatures[j];
        if (degenerate(a.phash) || degenerate(b.phash) || degenerate(a.dhash) || degenerate(b.dhash))
            continue;
        if (hammingDistance(a.dhash, b.dhash) > thresholds.dhash || distinct.contains({i, j}))
            continue;
        const int ri = find(i), rj = find(j);
        if (ri != rj)
            parent[size_t(std::max(ri, rj))] = std::min(ri, rj);
    }
    // Components of two or more, without a hash table: count each root's members, then fill.
    std::vector<int> size(parent.size(), 0);
    for (int i = 0; i < int(parent.size()); ++i)
        ++size[size_t(find(i))];
    std::vector<int> slot(parent.size(), -1);
    QList<QList<int>> groups;
    for (int i = 0; i < int(parent.size()); ++i) {
        const int root = find(i);
        if (size[size_t(root)] < 2)
            continue;
        if (slot[size_t(root)] < 0) {
            slot[size_t(root)] = int(groups.size());
            groups.append(QList<int>());
            groups.last().reserve(size[size_t(root)]);
        }
        groups[slot[size_t(root)]].append(i);
    }
    std::sort(groups.begin(), groups.end(), [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
    return groups;
}

} // namespace lc::curation
