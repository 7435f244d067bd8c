#pragma once

#include "util/contenthash.h"
#include "util/ids.h"
#include "util/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace lc {

class Catalog;

// The rows an import writes: the blobs (one per stored image) and the items of the target dataset.
// Imports write through the library's writer: these run on its thread, in its transaction.
namespace ImportRows {

// Every stored image of the library, and the images the dataset already holds (read once per import).
Result<QSet<ContentHash>> knownBlobs(const Catalog &catalog);
Result<QSet<ContentHash>> blobsInDataset(const Catalog &catalog, DatasetId dataset);

// What the import found out about an image it stores for the first time.
struct NewBlob
{
    ContentHash hash;
    qint64 byteSize = 0;
    QString format; // fileKindKey()
    int width = 0;
    int height = 0;
    int orientation = 1;
    quint64 phash = 0;
    quint64 dhash = 0;
    QString quality; // imagequality's JSON
    double blurScore = 0;
    double meanLuma = 0;
    bool hasAlpha = false;
};

struct NewItem
{
    DatasetId dataset;
    ContentHash hash;
    QString originalName;
    QString sourcePath;
    QString caption; // also recorded as the caption the import set
    int repeats = 1;
};

// What reconcileCaption() did: nothing to change, the sidecar replaced an untouched caption, or the edited
// caption was kept although the sidecar differs.
enum class Reconciled { Unchanged, Updated, KeptEdited };

// Prepared statements for one batch of one import.
class Writer final
{
public:
    // On the writer's thread, inside its transaction.
    explicit Writer(const Catalog &catalog);
    Result<void> prepare();
    // A blob another import stored meanwhile is left as it is.
    Result<void> insertBlob(const NewBlob &blob);
    // The new item's id, or nothing when the dataset already holds this image (another import got there
    // first).
    Result<std::optional<ItemId>> insertItem(const NewItem &item);

private:
    QSqlDatabase m_db;
    QSqlQuery m_blob;
    QSqlQuery m_item;
    qint64 m_now = 0;
};

// Re-import of an image the dataset already has, with a sidecar caption: the sidecar wins when the
// item's caption was never edited in the app (it still equals what an import set, or is empty);
// otherwise the app's caption is kept and the difference is reported as a conflict. *item is set to the
// item, when the dataset has it.
Result<Reconciled> reconcileCaption(const Catalog &catalog, DatasetId dataset, const ContentHash &hash, const QString &sidecar,
    ItemId *item);

} // namespace ImportRows
} // namespace lc
