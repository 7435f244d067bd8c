#pragma once

// A finished import or export as the Tasks panel shows it (no SQL here; see history.h).

#include "util/ids.h"

#include <QJsonObject>
#include <QString>

namespace lc {

// Finished imports and exports, newest first, from the tasks table (and, for exports written by versions
// before schema 3, the exports table). Everything the Tasks panel shows survives a restart: the status
// (completed, failed, canceled), the counts, and the summary line.
struct HistoryEntry
{
    QString kind;    // "import", "export" or "caption"
    TaskId task;     // its row in the tasks table (invalid for exports older than schema 3)
    QString status;  // "completed", "failed" or "canceled"
    QString dataset; // "Workspace/Dataset", or empty when the dataset is gone
    DatasetId datasetId; // the task's dataset now (invalid once it was deleted; ids in old reports may be reused)
    QString summary; // one line, e.g. "Imported 412 · 3 already there · 2 duplicates · 1 skipped (canceled)"
    QString error;   // when failed: the error message
    qint64 finishedAt = 0;
    QJsonObject report; // imports only: the report as ImportReport::toJson(false) wrote it (ImportReport::fromJson
                        // reads it); empty for exports

    bool canceled() const { return status == QLatin1String("canceled"); }
    bool failed() const { return status == QLatin1String("failed"); }

    // Imports (from the stored report).
    int imported = 0;
    int alreadyInDataset = 0;
    int duplicates = 0;
    int skipped = 0;
    int captionsUpdated = 0;
    int captionConflicts = 0;

    // Exports.
    QString format;     // "kohya", ...
    QString outputPath; // the folder or .zip written (empty when it failed or was canceled)
    int images = 0;     // images written (or planned, when it did not finish)
    qint64 bytes = 0;
};

} // namespace lc
