#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// The weights a Replicate training produced: output.weights is a `trained_model.tar` written by Python's
// tarfile (PAX format). A small reader of our own covers what such archives use (ustar, pax and GNU long
// names, base-256 sizes) without another dependency.
namespace lc::train {

struct TarEntry
{
    QString name;        // the path inside the archive (pax `path` and GNU long names applied; no trailing '/')
    qint64 size = 0;     // bytes of data (pax `size` applied); 0 for directories and links
    qint64 dataOffset = 0; // where the data starts in the archive file
    char type = '0';     // ustar type flag: '0' regular file ('\0' and '7' read as '0'), '5' directory, ...
};

// The entries of a tar archive in order (files, directories, links; the pax and GNU headers that only
// describe the next entry are folded into it). Fails with ErrorCode::Corrupt, saying where, on a bad
// header checksum, a size that does not parse, or an archive that ends inside a header or an entry's data;
// with NotFound/Io when the file cannot be opened.
Result<QList<TarEntry>> listTar(const QString &tarPath);

struct ExtractedWeights
{
    QString loraPath;          // outDir/lora.safetensors (or outDir/unet.safetensors for a full fine-tune)
    QByteArray loraSha256Hex;  // 64 lowercase hex digits
    QStringList files;         // every file written, full paths, the weights first
    qint64 bytes = 0;          // their total size
};

// Extracts the trained weights from a trained_model.tar into outDir (created if missing): the
// `lora.safetensors` found anywhere in the archive (Flux: output/flux_train_replicate/, SDXL: the root)
// with the `embeddings.pti` and `special_params.json` beside it (SDXL's textual inversion), or, when there
// is no LoRA, the `unet.safetensors` of a full fine-tune (with the same companions). Files keep only their
// base names: nothing is ever written outside outDir, whatever the archive's paths say.
//
// All or nothing: each file streams into a temporary file in outDir, and they are renamed into place
// (replacing files of the same names) only once every one is complete, so a failure or a cancel leaves
// outDir as it was. progress(done, total) reports bytes written of the selected files, from (0, total) to
// (total, total); cancel is checked between chunks (ErrorCode::Canceled). No weights in the archive:
// ErrorCode::NotFound, naming what it does hold. Damaged archive: ErrorCode::Corrupt.
Result<ExtractedWeights> extractLora(const QString &tarPath, const QString &outDir,
    const std::function<void(qint64 done, qint64 total)> &progress = {},
    const std::atomic<bool> *cancel = nullptr);

} // namespace lc::train
