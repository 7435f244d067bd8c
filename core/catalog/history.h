#pragma once

#include "util/result.h"

#include "catalog/historyentry.h"

#include <QList>

namespace lc {

class Catalog;

Result<QList<HistoryEntry>> recentHistory(const Catalog &catalog, int limit = 20);

} // namespace lc
