#pragma once

#include <QCoreApplication>

namespace lc::cli {

// The translation context of loracraft-cli's messages (see core/util/tr.h).
struct CliTr { Q_DECLARE_TR_FUNCTIONS(Cli) };

} // namespace lc::cli
