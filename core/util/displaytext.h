#pragma once

#include <QString>

namespace lc {

// Text that came from outside (file names, archive entry names, captions) can hold control characters:
// shown raw, ESC sequences drive a terminal, CR overwrites a line, and bidirectional overrides make a
// name read differently from what it is. This escapes C0 and C1 controls and DEL as \xHH and
// bidirectional overrides as \u{HHHH}; everything else, a backslash included, stays as it is. Used by
// the CLI's human output and by every place the GUI shows such a name.
QString escapeControlCharacters(const QString &text);

} // namespace lc
