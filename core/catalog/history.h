#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lc {

class Catalog;

// Finished imports and exports, newest first, from the tasks and exports tables.
struct HistoryEntry
{
    QString kind;    // "import" or "export"
    QString status;  // completed, failed, canceled (exports are always completed)
    QString dataset; // "Workspace/Dataset", or empty when the dataset is gone
    QString summary;
    QString error;
    qint64 finishedAt = 0;
    QJsonObject report; // the import report as stored (counts and the inputs that were not imported)
};

Result<QList<HistoryEntry>> recentHistory(const Catalog &catalog, int limit = 20);

} // namespace lc
