#pragma once

#include "util/ids.h"
#include "util/result.h"

#include <QString>

namespace lc {

class Catalog;

// One row of the exports table: a finished export, for the history.
struct ExportRecord
{
    DatasetId dataset;
    QString format;     // the trainer's key ("kohya", ...)
    QString options;    // the export's options as compact JSON
    QString outputPath;
    int images = 0;
    qint64 bytes = 0;
    QString sha256;     // of the archive; empty for a folder
    TaskId task;        // the export's task, if it has one
};

namespace Exports {

// Adds the row, in a write of its own (a savepoint inside the writer's batch).
Result<void> record(const Catalog &catalog, const ExportRecord &record);

} // namespace Exports
} // namespace lc
