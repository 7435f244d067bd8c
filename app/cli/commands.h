#pragma once

#include "cli.h"

namespace lc::cli {

QList<Verb> workspaceVerbs();
QList<Verb> datasetVerbs();
QList<Verb> maintenanceVerbs();
QList<Verb> importVerbs();
QList<Verb> exportVerbs();
QList<Verb> captionVerbs();
QList<Verb> tagVerbs();
QList<Verb> captionsVerbs();
QList<Verb> replicateVerbs();

} // namespace lc::cli
