#pragma once

#include "export/exporttypes.h"
#include "util/result.h"

#include <QHash>

namespace lc {

class Library;

// What an export reads from the catalog: the dataset and its kept and rejected images with their blob
// facts and tags, in the order they were added. Read once (three queries, never one per item); the
// Export dialog plans every change of options from it.
struct ExportSource
{
    struct Row
    {
        ExportEntry entry; // item, hash, names, raw caption and its provenance, repeats, crop, size, format, orientation, alpha, tags
        bool rejected = false;
        qint64 bytes = 0;
        std::optional<QualityMetrics> quality; // as measured at import (none for images stored before)
    };
    Dataset dataset;
    QList<Row> rows;
    // The dataset's regularization set (settings.regularization), its kept images only.
    std::optional<Dataset> regDataset;
    QList<Row> regRows;
    // The licence slug of each image that came from the web (provenance), for the pre-flight.
    QHash<ContentHash, QString> licenses;
};

// Whether the dataset's notes say the LoRA is for commercial use ("commercial", not "non-commercial").
bool notesSayCommercial(const QString &notes);

Result<ExportSource> loadExportSource(const Library &library, DatasetId dataset);

// Turns the source and export options into the exact list of files to write, and the pre-flight report
// (errors block the export, warnings do not). Pure: no catalog, no disk.
ExportPlan planExport(const ExportSource &source, const ExportOptions &options);
// Both steps.
Result<ExportPlan> planExport(const Library &library, DatasetId dataset, const ExportOptions &options);

// File-name helpers (exposed for tests).
QString sanitizeStem(const QString &name);
bool containsWord(const QString &text, const QString &word);
// The word occurs inside a longer word (e.g. "art" in "party"), whether or not it also stands alone.
bool containsInsideWord(const QString &text, const QString &word);
int roughTokenCount(const QString &caption);

} // namespace lc
