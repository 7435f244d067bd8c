#pragma once

#include "caption/captiontypes.h"
#include "edit/editcommand.h"

#include <memory>

namespace lc {

// A whole auto-captioning run as one undo step. The run already wrote its captions, so the first redo()
// (QUndoStack::push calls it) writes nothing; undo gives every item back the caption and provenance it
// had, and redo writes the generated ones again — each only while the item still holds what the step
// left there, so a caption typed after the run is never overwritten by an undo.
class CaptionRunCommand final : public EditCommand
{
public:
    CaptionRunCommand(CatalogWriter &writer, QList<GeneratedCaption> changes, const QString &text);
    void redo() override;
    void undo() override;
    qsizetype changeCount() const { return m_changes->size(); }

private:
    void write(bool forward);

    std::shared_ptr<const QList<GeneratedCaption>> m_changes;
    bool m_applied = true; // the run wrote them
};

} // namespace lc
