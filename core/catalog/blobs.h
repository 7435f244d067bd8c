#pragma once

#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace lc {

class Catalog;

// One row of the blobs table: a stored image, named by the hash of its content.
struct BlobRecord
{
    ContentHash hash;
    qint64 size = 0; // bytes
};

// The blobs table, as fsck and gc see it: which stored images the catalog knows, and which no item uses.
// Every method may be called from any thread (it uses that thread's catalog connection).
class Blobs final
{
public:
    explicit Blobs(const Catalog &catalog) : m_catalog(catalog) {}

    // Every blob, ordered by hash.
    Result<QList<BlobRecord>> all() const;
    Result<qint64> count() const;
    // Whether the catalog has a row for this image.
    Result<bool> exists(const ContentHash &hash) const;
    // Blobs no item refers to any more (items in the trash still refer to theirs).
    Result<int> countUnreferenced() const;
    // Deletes the rows of the blobs no item refers to, except those in `keep`, in one write, and returns
    // them (the caller removes their files afterwards). With dryRun, returns them and deletes nothing.
    Result<QList<BlobRecord>> removeUnreferenced(const QSet<ContentHash> &keep, bool dryRun) const;
    // Where the image was imported from (the items' recorded source paths, distinct, non-empty), and the
    // names its items have: what fsck --repair looks at to bring back a lost original.
    Result<QStringList> sourcePaths(const ContentHash &hash) const;
    Result<QStringList> itemNames(const ContentHash &hash) const;

private:
    const Catalog &m_catalog;
};

} // namespace lc
