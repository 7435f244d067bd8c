#pragma once

#include "cli.h"

#include "import/importtypes.h"
#include "secrets/secretstore.h"

#include <QJsonObject>

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

// Prints an import's outcome (skipped inputs, duplicates, notes, the summary line after `lead`, or the
// report as JSON with `extraJson` added) and returns the exit code: 0 complete, 3 some inputs skipped or
// nothing found, 1/2 a failure.
int reportImport(Context &c, const Dataset &dataset, const ImportReport &report, const QJsonObject &extraJson = {},
    const QString &lead = {});

// The Replicate token: the keychain's, else REPLICATE_API_TOKEN; an Authentication error saying how to
// provide one. found (when given) tells where it came from.
Result<QString> replicateToken(Secret *found = nullptr);

} // namespace lc::cli
