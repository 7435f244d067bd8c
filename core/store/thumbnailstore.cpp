#include "thumbnailstore.h"

#include "util/fileutil.h"

#include <QFileInfo>

namespace lc {

QString ThumbnailStore::shardFor(const ContentHash &hash) const
{
    return m_root + QLatin1Char('/') + hash.toHex().left(2);
}

QString ThumbnailStore::pathFor(const ContentHash &hash, int size) const
{
    return shardFor(hash) + QLatin1Char('/') + hash.toHex() + QLatin1Char('_') + QString::number(size) + QStringLiteral(".jpg");
}

Result<void> ThumbnailStore::write(const QString &tempDir, const ContentHash &hash, const QByteArray &jpeg, int size) const
{
    const QString path = pathFor(hash, size);
    if (auto r = FileUtil::ensureDirectory(QFileInfo(path).absolutePath()); !r)
        return r;
    return FileUtil::writeAtomically(tempDir, path, jpeg, FileUtil::Sync::Never);
}

ContentHash ThumbnailStore::hashOfFile(const QString &fileName)
{
    return ContentHash::fromHex(fileName.section(QLatin1Char('_'), 0, 0));
}

} // namespace lc
