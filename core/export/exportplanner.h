#pragma once

#include "export/exporttypes.h"
#include "util/result.h"

namespace lc {

class Library;

// Turns a dataset and export options into the exact list of files to write, and the pre-flight report
// (errors block the export, warnings do not). Reads the catalog only.
Result<ExportPlan> planExport(const Library &library, DatasetId dataset, const ExportOptions &options);

// File-name helpers (exposed for tests).
QString sanitizeStem(const QString &name);
QString singleLineCaption(const QString &caption);
bool containsWord(const QString &text, const QString &word);
bool startsWithWord(const QString &text, const QString &word);
int roughTokenCount(const QString &caption);

} // namespace lc
