#pragma once

#include "catalog/types.h"
#include "util/contenthash.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace lc {

class Catalog;

// An item as near-duplicate detection sees it: its image's hashes and the facts the review shows.
struct DuplicateCandidate
{
    ItemId item;
    DatasetId dataset;
    QString datasetName;
    ContentHash blob;
    QString originalName;
    QString sourcePath;
    QString format;
    int width = 0;  // as displayed (after EXIF orientation)
    int height = 0;
    qint64 bytes = 0;
    double sharpness = 0; // the blob's blur score (variance of the Laplacian at thumbnail scale)
    int captionLength = 0;
    int tagCount = 0;
    bool rejected = false;
    std::optional<quint64> phash; // null for images stored before they were computed
    std::optional<quint64> dhash;
};

// The rows near-duplicate detection reads and writes: the items of a dataset or of a workspace with
// their hashes, the hashes computed later for images stored before, and the pairs a person kept.
class DuplicateRows final
{
public:
    explicit DuplicateRows(const Catalog &catalog) : m_catalog(catalog) {}

    // The kept and rejected items (not the trash) of the dataset, or of every dataset of its workspace,
    // by id, in one query.
    Result<QList<DuplicateCandidate>> candidates(DatasetId dataset, bool wholeWorkspace) const;
    // Pairs of images reviewed as not duplicates, each smaller hash first.
    Result<QSet<std::pair<ContentHash, ContentHash>>> distinctPairs() const;

    // On the writer's thread (in its transaction).
    static Result<void> setHashes(const Catalog &catalog, const QList<std::pair<ContentHash, std::pair<quint64, quint64>>> &hashes);
    static Result<void> addDistinctPairs(const Catalog &catalog, const QList<std::pair<ContentHash, ContentHash>> &pairs);

private:
    const Catalog &m_catalog;
};

} // namespace lc
