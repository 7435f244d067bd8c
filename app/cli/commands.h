#pragma once

#include "cli.h"

#include "secrets/secretstore.h"

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
QList<Verb> trainVerbs();
QList<Verb> dedupVerbs();
QList<Verb> cropVerbs();
QList<Verb> bucketsVerbs();
QList<Verb> snapshotVerbs();
QList<Verb> editVerbs();
QList<Verb> searchVerbs();

// The Replicate token: the keychain's, else REPLICATE_API_TOKEN; an Authentication error saying how to
// provide one. found (when given) tells where it came from.
Result<QString> replicateToken(Secret *found = nullptr);

} // namespace lc::cli
