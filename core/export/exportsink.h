#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace lc {

// Where an export's files go: a folder or a ZIP. Both write to NAME.part and rename at commit(), so a
// failed or canceled export leaves nothing behind (discard()).
class ExportSink
{
public:
    virtual ~ExportSink() = default;
    // relativePath uses '/'. Text files are deflated in ZIPs, images stored.
    virtual Result<void> addFile(const QString &relativePath, const QByteArray &bytes) = 0;
    // A file copied from disk as it is (the stored original of an unchanged image).
    virtual Result<void> addFileFromDisk(const QString &relativePath, const QString &diskPath) = 0;
    virtual Result<void> addDirectory(const QString &relativePath) = 0;
    // progress(0..1) for the final write; returning false cancels.
    virtual Result<void> commit(const std::function<bool(double)> &progress) = 0;
    virtual void discard() = 0;
    // Where the finished export is (the folder, or the .zip file).
    virtual QString finalPath() const = 0;
    // Where the LoRA Craft metadata goes when the target forbids extra files inside the archive.
    virtual bool isArchive() const = 0;

    // Creates the sink for outputPath (".zip" → ZIP). Fails if the output already exists. tempDir holds
    // the rendered images of a ZIP until it is written (streamed from disk, never all in memory).
    static Result<std::unique_ptr<ExportSink>> create(const QString &outputPath, const QString &tempDir);
};

} // namespace lc
