#pragma once

#include "util/result.h"

namespace lc {

// Workspace and dataset names: trimmed, 1-120 characters, no '/' (it separates WORKSPACE/DATASET on
// the command line) and no control characters. Returns the trimmed name or a message naming the rule.
// kind is the key "dataset" or "workspace" (not a translated word: each kind has its own whole messages).
Result<QString> validateName(const QString &name, const QString &kind);

// Splits "WORKSPACE/DATASET" into its two names.
Result<std::pair<QString, QString>> splitDatasetPath(const QString &path);

} // namespace lc
