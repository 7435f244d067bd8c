#pragma once

#include "export/exporttypes.h"

#include <atomic>
#include <functional>

namespace lc {

class Library;

// Writes a planned export in the layout its trainer reads: images, captions and the trainer's config
// file, plus LoRA Craft's metadata JSON. Blocks the calling thread; renders images on a pool, a bounded
// number at a time. Records the export in the catalog's exports table.
class Exporter final
{
public:
    using ProgressFn = std::function<void(int done, int total, const QString &current)>;

    explicit Exporter(const Library &library) : m_library(library) {}
    ExportReport run(const ExportPlan &plan, const std::atomic<bool> &cancel, const ProgressFn &progress = {});

    // Where images go inside the export for a format ("" = the root).
    static QString imageFolder(const ExportPlan &plan);

private:
    const Library &m_library;
};

} // namespace lc
