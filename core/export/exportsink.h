#pragma once

#include "util/contenthash.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace lc {

// Where an export's files go: a folder or a ZIP. Both are written under a temporary name of their own,
// NAME.lctmp-<host>-<pid>-<random>.part, created exclusively (mkdir / O_EXCL), and moved to NAME at
// commit() without ever replacing anything (RENAME_NOREPLACE). A failed or canceled export removes only
// that temporary (discard()); an existing NAME, NAME.part or NAME.zip.part, and whatever a symbolic link
// points to, are never touched.
class ExportSink
{
public:
    // Progress of commit(): entries written into the archive so far, of total, and the one being written.
    // Returning false cancels.
    using CommitProgressFn = std::function<bool(int done, int total, const QString &current)>;

    virtual ~ExportSink() = default;
    // relativePath uses '/'. Text files are deflated in ZIPs, images stored.
    virtual Result<void> addFile(const QString &relativePath, const QByteArray &bytes) = 0;
    // A file copied from disk as it is (the stored original of an unchanged image). With a valid
    // expected hash, the bytes are verified while they are copied: a damaged stored copy fails the
    // export (ErrorCode::Corrupt) instead of being shipped.
    virtual Result<void> addFileFromDisk(const QString &relativePath, const QString &diskPath,
        const ContentHash &expected = {}) = 0;
    virtual Result<void> addDirectory(const QString &relativePath) = 0;
    virtual Result<void> commit(const CommitProgressFn &progress) = 0;
    virtual void discard() = 0;
    // Where the finished export is (the folder, or the .zip file).
    virtual QString finalPath() const = 0;
    // Where the LoRA Craft metadata goes when the target forbids extra files inside the archive.
    virtual bool isArchive() const = 0;
    // The committed archive's SHA-256, hashed while it was made durable; empty for a folder.
    virtual QString archiveSha256() const { return {}; }

    // Creates the sink for outputPath (".zip" → ZIP). Fails if the output already exists (a dangling
    // symbolic link counts). tempDir holds the rendered images of a ZIP until it is written (streamed
    // from disk, never all in memory). Leftovers of earlier exports to the same name that were killed
    // (temporary names whose host is this one and whose process is gone) are removed first and listed
    // in *removedLeftovers. Leftovers that cannot be proven ours (NAME.part.XXXXXX of earlier versions)
    // are left alone and listed in *unprovenLeftovers.
    static Result<std::unique_ptr<ExportSink>> create(const QString &outputPath, const QString &tempDir,
        QStringList *removedLeftovers = nullptr, QStringList *unprovenLeftovers = nullptr);

    // The temporary name pattern, for tests: NAME.lctmp-<host>-<pid>-<random>.part
    static QString temporaryName(const QString &finalPath, qint64 pid, const QString &random);
};

// Checks an entry name the export is about to write: relative, '/'-separated, no "..", no backslash or
// control characters. The export fails (a bug) rather than write an unsafe archive.
bool isSafeExportEntryName(const QString &relativePath);

} // namespace lc
