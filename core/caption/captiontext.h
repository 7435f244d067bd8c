#pragma once

#include "caption/captiontypes.h"

#include <QHash>
#include <QString>

namespace lc {

// Fills {trigger}, {class}, {tags}, {filename} and {caption} in a prompt template; other braces stay.
QString fillPromptTemplate(const QString &prompt, const QHash<QString, QString> &values);

// Cleans a backend's answer by the settings: boilerplate openings ("The image shows", "Caption:"),
// surrounding quotes, line breaks, a length cap (at a word boundary), the trigger word first.
QString cleanCaption(const QString &answer, const CaptionSettings &settings, const QString &trigger);

} // namespace lc
