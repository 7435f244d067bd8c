#pragma once

#include "import/importtypes.h"
#include "import/nativefile.h"

#include <atomic>

namespace lc {

// One file to import: a file on disk or an entry of a ZIP archive.
struct ImportSource
{
    enum class Type { File, ArchiveEntry };
    Type type = Type::File;
    NativePath path;            // the file, or the archive holding the entry
    qint64 entryIndex = -1;     // for archive entries
    QString display;            // for reports
    QString originalName;       // becomes items.original_name
    qint64 size = 0;
    // Sidecar caption (stem.txt / stem.caption beside the image, also inside archives).
    bool hasSidecar = false;
    NativePath sidecarPath;     // file sidecar
    qint64 sidecarEntry = -1;   // archive sidecar
    int repeats = 1;            // from a kohya "N_name" folder
    QString note;               // e.g. a second archive entry with the same name
};

struct ScanResult
{
    QList<ImportSource> sources;
    QList<ImportOutcome> refused; // inputs refused while listing (unsafe ZIP paths, unreadable folders, ...)
    QList<KohyaFolder> kohyaFolders;
    int ignored = 0;
    qint64 totalBytes = 0;
    bool canceled = false; // the listing stopped early: some inputs may be missing
};

// Expands files, folders (recursively, never into a symlink loop) and ZIP archives into sources, pairs
// images with their sidecar captions and reads kohya folder names. Hidden files and OS junk are ignored.
ScanResult scanInputs(const QStringList &paths, const ImportOptions &options, const std::atomic<bool> &cancel);

// Parses a kohya folder name "10_sks person" -> {10, "sks", "person"}; nullopt when it is not one.
std::optional<KohyaFolder> parseKohyaFolderName(const QString &name);

// Natural file-name order: "2.jpg" < "10.jpg", case-insensitive.
bool naturalLess(const QString &a, const QString &b);

// A sidecar caption decoded: UTF-8 (a BOM stripped), UTF-16 with its BOM, else — bytes that are not
// UTF-8 — the legacy 8-bit encoding of Windows and old editors (Windows-1252, Latin-1 beside it), never
// replacement characters; CRLF/CR -> LF, surrounding white space trimmed. `encoding` names what was read
// when it was not plain UTF-8 (the import notes it per file).
struct DecodedCaption
{
    QString text;
    QString encoding; // empty for UTF-8, else "UTF-16LE", "UTF-16BE", "Windows-1252"
};
DecodedCaption decodeCaption(const QByteArray &raw);
QString normalizeCaption(const QByteArray &raw); // decodeCaption(raw).text

} // namespace lc
