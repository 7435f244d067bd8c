#pragma once

#include "export/exporttypes.h"

#include <atomic>
#include <functional>

namespace lc {

class Library;

// Writes a planned export in the layout its trainer reads: images, captions and the trainer's config
// file, plus LoRA Craft's metadata JSON. Blocks the calling thread; renders images on a pool, a bounded
// number ahead of the writer, and reports progress and checks cancel once per image. Stored originals
// are verified (SHA-256) while they are copied: a damaged one fails the export. Records the export in the
// tasks table (status completed, failed or canceled, with a report) and in the exports table.
class Exporter final
{
public:
    // (step, steps, current) of ExportProgress: monotone, once per image (see ExportProgress).
    using ProgressFn = std::function<void(int done, int total, const QString &current)>;
    using DetailedProgressFn = std::function<void(const ExportProgress &)>;

    explicit Exporter(const Library &library) : m_library(library) {}
    void setProgressCallback(DetailedProgressFn fn) { m_detailed = std::move(fn); }
    ExportReport run(const ExportPlan &plan, const std::atomic<bool> &cancel, const ProgressFn &progress = {});

    // Where images go inside the export for a format ("" = the root).

private:
    const Library &m_library;
    DetailedProgressFn m_detailed;
};

} // namespace lc
