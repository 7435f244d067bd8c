#pragma once

#include "util/contenthash.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace lc {

// The stored thumbnails of a library: the only place that knows where they live and how big they are
// (thumbs/ab/<sha256>_<size>.jpg, sharded like the objects). Keyed by content, so they never go stale.
// Thread-safe (it holds only the folder).
class ThumbnailStore final
{
public:
    // Long side of the thumbnail every import writes; the grid and the preview read it.
    static constexpr int StandardSize = 512;

    explicit ThumbnailStore(QString root) : m_root(std::move(root)) {}

    QString root() const { return m_root; }
    QString pathFor(const ContentHash &hash, int size = StandardSize) const;
    // The shard folder of a hash (gc removes every size in it).
    QString shardFor(const ContentHash &hash) const;
    // Writes a thumbnail atomically (no fsync: it can always be made again).
    Result<void> write(const QString &tempDir, const ContentHash &hash, const QByteArray &jpeg, int size = StandardSize) const;
    // The hash a thumbnail file is for, from its name (invalid for a stray file).
    static ContentHash hashOfFile(const QString &fileName);

private:
    QString m_root;
};

} // namespace lc
