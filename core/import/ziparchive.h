#pragma once

#include "import/nativefile.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

struct zip;

namespace lc {

// Read-only access to a ZIP archive through libzip. Entries are read straight from the archive into
// memory; nothing is extracted to disk. One ZipArchive must only be used by one thread at a time;
// workers open their own handle on the same file.
class ZipArchive final
{
public:
    struct Entry
    {
        qint64 index = -1;
        QString name;        // UTF-8 (CP437 names converted by libzip)
        qint64 size = 0;     // uncompressed
        qint64 compressedSize = 0;
        bool isDirectory = false;
        QString nameNote;    // e.g. the name was not valid UTF-8 and was read as CP437
        QString nameProblem; // the entry cannot be imported because of its name
    };

    // Opens an archive in place. An archive whose central directory flags a name as UTF-8 when it is not
    // (libzip refuses the whole archive for that) is opened through a view that clears the flag on those
    // entries, so their names are read as CP437 and the other entries still import.
    static Result<std::unique_ptr<ZipArchive>> open(const NativePath &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    qint64 entryCount() const;
    Result<Entry> entry(qint64 index) const;
    // Reads an entry whole, refusing entries over maxBytes; a short read or a CRC mismatch is Corrupt.
    Result<QByteArray> read(qint64 index, qint64 maxBytes) const;

private:
    explicit ZipArchive(::zip *handle) : m_zip(handle) {}
    ::zip *m_zip;
    QSet<qint64> m_relaxedNames; // entries whose invalid UTF-8 flag was cleared
};

// Checks an entry name for zip-slip: absolute paths, drive letters and ".." components are unsafe.
bool isSafeArchivePath(const QString &name);

} // namespace lc
