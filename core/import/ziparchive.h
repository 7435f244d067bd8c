#pragma once

#include "import/nativefile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

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
    };

    static std::variant<std::unique_ptr<ZipArchive>, FileProblem> open(const NativePath &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    qint64 entryCount() const;
    std::variant<Entry, FileProblem> entry(qint64 index) const;
    // Reads an entry whole, refusing entries over maxBytes; a short read or a CRC mismatch is Corrupt.
    std::variant<QByteArray, FileProblem> read(qint64 index, qint64 maxBytes) const;

private:
    explicit ZipArchive(::zip *handle) : m_zip(handle) {}
    ::zip *m_zip;
};

// Checks an entry name for zip-slip: absolute paths, drive letters and ".." components are unsafe.
bool isSafeArchivePath(const QString &name);

} // namespace lc
