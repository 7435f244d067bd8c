#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace lc::Schema {

// PRAGMA application_id of a LoRA Craft catalog ("LoRA").
constexpr int ApplicationId = 0x4C6F5241;

// The newest schema version this build understands.
int latestVersion();

// Reads PRAGMA user_version.
Result<int> currentVersion(QSqlDatabase db);

// Applies the forward-only migrations (currentVersion, target]. Each migration runs in its own
// IMMEDIATE transaction together with the user_version bump, so a failure leaves the catalog at the
// last completed version. target defaults to latestVersion(); tests pass older targets to build
// catalogs as earlier releases wrote them.
Result<void> migrate(QSqlDatabase db, int target = -1);

} // namespace lc::Schema
