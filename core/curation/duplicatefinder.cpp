#include "curation/duplicatefinder.h"

#include "catalog/catalog.h"
#include "catalog/items.h"
#include "edit/catalogwriter.h"
#include "image/imageanalysis.h"
#include "library/library.h"
#include "store/thumbnailstore.h"
#include "util/tr.h"
#include "util/handoff.h"

#include <QFile>
#include <QHash>
#include <QtConcurrent>

#include <algorithm>

namespace lc::curation {

namespace {

qint64 pixels(const DuplicateCandidate &c)
{
    return qint64(c.width) * c.height;
}

} // namespace

DuplicateGroup orderGroup(QList<DuplicateCandidate> members)
{
    DuplicateGroup group;
    if (members.isEmpty())
        return group;
    // The keeper: most pixels, then sharpest (blur scores within 10 % are a tie), then the largest file,
    // then the oldest item.
    auto better = [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        if (pixels(a) != pixels(b))
            return pixels(a) > pixels(b);
        const double top = std::max(a.sharpness, b.sharpness);
        if (top > 0 && std::abs(a.sharpness - b.sharpness) > 0.1 * top)
            return a.sharpness > b.sharpness;
        if (a.bytes != b.bytes)
            return a.bytes > b.bytes;
        return a.item.value() < b.item.value();
    };
    std::sort(members.begin(), members.end(), better);
    const DuplicateCandidate &keeper = members.first();
    const DuplicateCandidate &runnerUp = members.at(1 < members.size() ? 1 : 0);
    if (members.size() == 1 || pixels(keeper) != pixels(runnerUp)) {
        group.keeperReason = CurationTr::tr("highest resolution (%1 × %2)").arg(keeper.width).arg(keeper.height);
    } else if (std::abs(keeper.sharpness - runnerUp.sharpness) > 0.1 * std::max(keeper.sharpness, runnerUp.sharpness)) {
        group.keeperReason = CurationTr::tr("same resolution, sharpest");
    } else if (keeper.bytes != runnerUp.bytes) {
        group.keeperReason = CurationTr::tr("same resolution and sharpness, largest file (least compressed)");
    } else {
        group.keeperReason = CurationTr::tr("alike in resolution, sharpness and size: the first imported");
    }
    for (const DuplicateCandidate &c : std::as_const(members)) {
        DuplicateMember m;
        m.item = c;
        if (c.phash && keeper.phash)
            m.phashDistance = hammingDistance(*c.phash, *keeper.phash);
        if (c.dhash && keeper.dhash)
            m.dhashDistance = hammingDistance(*c.dhash, *keeper.dhash);
        m.similarity = 100 - (m.phashDistance * 100 + 32) / 64;
        group.members.append(m);
    }
    std::stable_sort(group.members.begin() + 1, group.members.end(),
        [](const DuplicateMember &a, const DuplicateMember &b) { return a.phashDistance < b.phashDistance; });
    return group;
}

Result<DuplicateReport> findDuplicates(const Library &library, DatasetId dataset, DuplicateScope scope, Sensitivity sensitivity,
    const std::atomic<bool> *cancel, const std::function<void(int, int)> &progress)
{
    DuplicateRows rows(library.catalog());
    auto candidates = rows.candidates(dataset, scope == DuplicateScope::Workspace);
    if (!candidates)
        return candidates.error();
    DuplicateReport report;
    report.sensitivity = sensitivity;
    report.scope = scope;

    // Images stored before the second hash existed: hash their thumbnails (once per image, on every core)
    // and keep the hashes, so the next search does not do it again.
    QList<ContentHash> missing;
    {
        QSet<ContentHash> seen;
        for (const DuplicateCandidate &c : std::as_const(*candidates)) {
            if ((!c.phash || !c.dhash) && !seen.contains(c.blob)) {
                seen.insert(c.blob);
                missing.append(c.blob);
            }
        }
    }
    if (!missing.isEmpty()) {
        const ThumbnailStore &thumbnails = library.thumbnails();
        std::atomic<int> done{0};
        const int total = int(missing.size());
        using Hashes = QList<std::optional<std::pair<quint64, quint64>>>;
        const Hashes hashed = blockingMapped<Hashes>(nullptr, missing,
            [&](const ContentHash &blob) -> std::optional<std::pair<quint64, quint64>> {
                if (cancel && cancel->load())
                    return std::nullopt;
                QFile file(thumbnails.pathFor(blob));
                std::optional<std::pair<quint64, quint64>> h;
                if (file.open(QIODevice::ReadOnly))
                    h = hashesOfEncoded(file.readAll());
                const int n = ++done;
                if (progress && (n % 64 == 0 || n == total))
                    progress(n, total);
                return h;
            });
        if (cancel && cancel->load())
            return Error(ErrorCode::Canceled, CurationTr::tr("Canceled."));
        QHash<ContentHash, std::pair<quint64, quint64>> found;
        QList<std::pair<ContentHash, std::pair<quint64, quint64>>> toStore;
        for (qsizetype i = 0; i < missing.size(); ++i) {
            if (hashed[i]) {
                found.insert(missing[i], *hashed[i]);
                toStore.append({missing[i], *hashed[i]});
            } else {
                ++report.unreadable;
            }
        }
        report.hashedNow = int(toStore.size());
        if (!toStore.isEmpty()) {
            const Catalog &catalog = library.catalog();
            auto stored = library.writer().write<void>(CurationTr::tr("Store image hashes"), [&]() -> Result<void> {
                return DuplicateRows::setHashes(catalog, toStore);
            }).result();
            if (!stored)
                return stored.error();
        }
        for (DuplicateCandidate &c : *candidates) {
            if (auto it = found.constFind(c.blob); it != found.cend()) {
                if (!c.phash)
                    c.phash = it->first;
                c.dhash = it->second;
            }
        }
    }

    // The images with both hashes; the same image twice (two datasets of a workspace) is one image to
    // compare, grouped with its copies.
    QList<DuplicateCandidate> usable;
    QList<Signature> signatures;
    for (const DuplicateCandidate &c : std::as_const(*candidates)) {
        if (c.phash && c.dhash) {
            usable.append(c);
            signatures.append({*c.phash, *c.dhash});
        }
    }
    report.images = int(usable.size());
    auto distinctBlobs = rows.distinctPairs();
    if (!distinctBlobs)
        return distinctBlobs.error();
    QSet<std::pair<int, int>> distinct;
    if (!distinctBlobs->isEmpty()) {
        QHash<ContentHash, QList<int>> byBlob;
        for (int i = 0; i < usable.size(); ++i)
            byBlob[usable[i].blob].append(i);
        for (const auto &[a, b] : std::as_const(*distinctBlobs)) {
            for (int i : byBlob.value(a)) {
                for (int j : byBlob.value(b))
                    distinct.insert({std::min(i, j), std::max(i, j)});
            }
        }
    }
    const QList<QList<int>> groups = groupNearDuplicates(signatures, thresholdsFor(sensitivity), distinct, 0, cancel);
    if (cancel && cancel->load())
        return Error(ErrorCode::Canceled, CurationTr::tr("Canceled."));
    for (const QList<int> &g : groups) {
        QList<DuplicateCandidate> members;
        for (int i : g)
            members.append(usable[i]);
        report.groups.append(orderGroup(members));
    }
    return report;
}

Result<QList<ItemId>> trashAllButKeepers(const Library &library, const DuplicateReport &report)
{
    QList<ItemId> others;
    QSet<ItemId> keepers;
    for (const DuplicateGroup &g : report.groups)
        keepers.insert(g.members.first().item.item);
    for (const DuplicateGroup &g : report.groups) {
        for (qsizetype i = 1; i < g.members.size(); ++i) {
            const ItemId id = g.members[i].item.item;
            if (!keepers.contains(id) && !others.contains(id))
                others.append(id);
        }
    }
    if (others.isEmpty())
        return others;
    const Catalog &catalog = library.catalog();
    auto done = library.writer().write<void>(CurationTr::tr("Move duplicates to the trash"), [&]() -> Result<void> {
        return Items(catalog).setStatus(others, ItemStatus::Trashed);
    }).result();
    if (!done)
        return done.error();
    return others;
}

Result<void> markNotDuplicates(const Library &library, const QList<ContentHash> &images)
{
    QList<std::pair<ContentHash, ContentHash>> pairs;
    for (qsizetype i = 0; i < images.size(); ++i) {
        for (qsizetype j = i + 1; j < images.size(); ++j)
            pairs.append({images[i], images[j]});
    }
    if (pairs.isEmpty())
        return {};
    const Catalog &catalog = library.catalog();
    return library.writer().write<void>(CurationTr::tr("Keep as not duplicates"), [&]() -> Result<void> {
        return DuplicateRows::addDistinctPairs(catalog, pairs);
    }).result();
}

} // namespace lc::curation
