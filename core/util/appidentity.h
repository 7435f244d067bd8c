#pragma once

namespace lc {

// Sets organization/application name and version on the running Q(Core)Application. The GUI and the
// CLI both call it, so that they resolve the same default library and settings.
void setApplicationIdentity();

} // namespace lc
