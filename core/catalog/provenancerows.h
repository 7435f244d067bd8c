#pragma once

#include "search/searchtypes.h"
#include "util/contenthash.h"
#include "util/ids.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace lc {

class Catalog;

// The provenance table: where a stored image came from (an image search, a pasted address) and its
// licence. Keyed by image, so every dataset the image is in shows the same record.
namespace ProvenanceRows {

// On the writer's thread, inside its transaction: inserts or replaces the image's record, except that a
// record with a licence is never replaced by one without (a pasted address of an image that came from
// Openverse). NotFound when the library does not store that image.
Result<void> put(QSqlDatabase db, const ContentHash &blob, const search::Provenance &provenance);
// put() for each (image, record), all or nothing.
Result<void> putAll(QSqlDatabase db, const QList<std::pair<ContentHash, search::Provenance>> &rows);
Result<std::optional<search::Provenance>> forBlob(const Catalog &catalog, const ContentHash &blob);
Result<std::optional<search::Provenance>> forItem(const Catalog &catalog, ItemId item);
// Every record of a dataset's images, by image (export, pre-flight).
Result<QHash<ContentHash, search::Provenance>> forDataset(const Catalog &catalog, DatasetId dataset);

} // namespace ProvenanceRows

} // namespace lc
