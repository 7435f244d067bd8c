#include "objectstore.h"

#include "util/tr.h"

#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace lc {

ObjectStore::ObjectStore(QString libraryRoot)
    : m_objectsDir(libraryRoot + QStringLiteral("/objects"))
    , m_tempDir(libraryRoot + QStringLiteral("/tmp"))
{
}

Result<void> ObjectStore::initialize() const
{
    if (auto r = FileUtil::ensureDirectory(m_objectsDir); !r)
        return r;
    return FileUtil::ensureDirectory(m_tempDir);
}

QString ObjectStore::pathFor(const ContentHash &hash) const
{
    const QString hex = hash.toHex();
    return m_objectsDir + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex;
}

bool ObjectStore::contains(const ContentHash &hash) const
{
    return hash.isValid() && QFileInfo::exists(pathFor(hash));
}

Result<void> ObjectStore::syncAll() const
{
    if (FileUtil::canSyncFileSystem() && !FileUtil::syncFileSystem(m_objectsDir))
        return FileUtil::fileError(StoreTr::tr("Cannot flush stored images to disk in %1: %2"), m_objectsDir, StoreTr::tr("syncfs failed"));
    return {};
}

Result<void> ObjectStore::put(const ContentHash &hash, QByteArrayView bytes, FileUtil::Sync sync) const
{
    Q_ASSERT(hash == ContentHash::of(bytes));
    if (!hash.isValid())
        return makeError(ErrorCode::InvalidArgument, StoreTr::tr("Cannot store an object without a valid hash."));
    const QString finalPath = pathFor(hash);
    if (QFileInfo(finalPath).size() == bytes.size() && QFileInfo::exists(finalPath))
        return {};
    const QString shard = QFileInfo(finalPath).absolutePath();
    const bool newShard = !QFileInfo(shard).isDir();
    if (auto r = FileUtil::ensureDirectory(shard); !r)
        return r;
    if (newShard && sync == FileUtil::Sync::Now) {
        if (auto r = FileUtil::syncDirectory(m_objectsDir); !r)
            return r;
    }
    return FileUtil::writeAtomically(m_tempDir, finalPath, bytes, sync);
}

Result<ContentHash> ObjectStore::put(QByteArrayView bytes) const
{
    const ContentHash hash = ContentHash::of(bytes);
    if (auto r = put(hash, bytes); !r)
        return r.error();
    return hash;
}

Result<bool> ObjectStore::repair(const ContentHash &hash, QByteArrayView bytes, FileUtil::Sync sync) const
{
    const QString path = pathFor(hash);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() == bytes.size()) {
        // Compare in chunks: no second copy of the image in memory.
        bool same = true;
        QByteArray chunk;
        qint64 at = 0;
        while (same && at < bytes.size()) {
            chunk = file.read(1 << 20);
            if (chunk.isEmpty() || QByteArrayView(chunk) != bytes.sliced(at, std::min<qint64>(chunk.size(), bytes.size() - at)))
                same = false;
            at += chunk.size();
        }
        if (same)
            return false;
    }
    file.close();
    if (auto r = FileUtil::ensureDirectory(QFileInfo(path).absolutePath()); !r)
        return r.error();
    if (auto r = FileUtil::writeAtomically(m_tempDir, path, bytes, sync); !r)
        return r.error();
    return true;
}

Result<QByteArray> ObjectStore::read(const ContentHash &hash) const
{
    QFile file(pathFor(hash));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return FileUtil::fileError(StoreTr::tr("Stored image is missing: %1: %2"), file.fileName(),
                StoreTr::tr("run fsck to check the library"), ErrorCode::NotFound);
        return FileUtil::fileError(StoreTr::tr("Cannot read %1: %2"), file.fileName(), file.errorString());
    }
    QByteArray bytes = file.readAll();
    const ContentHash actual = ContentHash::of(bytes);
    if (!(actual == hash)) {
        return makeError(ErrorCode::Corrupt,
            StoreTr::tr("The stored image %1 is damaged: its content hashes to %2. Import the original again to repair it "
               "(fsck lists every damaged image).")
                .arg(QDir::toNativeSeparators(file.fileName()), actual.shortHex()));
    }
    return bytes;
}

Result<void> ObjectStore::remove(const ContentHash &hash) const
{
    QFile file(pathFor(hash));
    if (!file.exists())
        return {};
    if (!file.remove())
        return FileUtil::fileError(StoreTr::tr("Cannot remove %1: %2"), file.fileName(), file.errorString());
    return {};
}

Result<ContentHash> ObjectStore::rehash(const ContentHash &hash) const
{
    return hashFile(pathFor(hash));
}

QStringList ObjectStore::temporaryFiles() const
{
    QStringList files;
    QDirIterator it(m_tempDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

int ObjectStore::cleanTemporaryFiles() const
{
    int removed = 0;
    for (const QString &path : temporaryFiles()) {
        const QFileInfo info(path);
        // A folder (an export's staging area) is removed with its contents; removeRecursively() deletes
        // symbolic links inside it, never what they point to.
        const bool ok = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (ok)
            ++removed;
    }
    return removed;
}

void ObjectStore::forEachObject(const std::function<void(const ContentHash &, const QString &)> &visit) const
{
    QDirIterator shards(m_objectsDir, QDir::Dirs | QDir::NoDotAndDotDot);
    while (shards.hasNext()) {
        const QString shard = shards.next();
        QDirIterator files(shard, QDir::Files | QDir::Hidden | QDir::System);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString name = files.fileName();
            ContentHash hash = ContentHash::fromHex(name);
            if (hash.isValid() && name.left(2).compare(shards.fileName(), Qt::CaseInsensitive) != 0)
                hash = ContentHash(); // right name, wrong shard: treat as foreign
            visit(hash, path);
        }
    }
    // Files directly in objects/ are never ours.
    QDirIterator loose(m_objectsDir, QDir::Files | QDir::Hidden | QDir::System);
    while (loose.hasNext())
        visit(ContentHash(), loose.next());
}

} // namespace lc
