#pragma once

#include "caption/captiontypes.h"
#include "catalog/itemtypes.h"
#include "edit/editcommand.h"

#include <functional>
#include <memory>

namespace lc {

struct FindReplace;

// Writes the changes a preview proposed (find & replace, a caption template: core/caption/captionedit.h)
// as one undo step, in a few set-based statements however many items. A caption is written only while it
// is still what the preview saw: one edited meanwhile is left alone and reported as skipped. A written
// caption's provenance becomes Manual (None when it is empty). Undo gives each written item its caption
// and provenance back, again only while its caption is still the one written; redo writes again.
class ApplyCaptionsCommand final : public EditCommand
{
public:
    // Called on the owner's thread after each redo's write: what was written and what was skipped. Set it
    // before pushing (QUndoStack::push runs the first redo).
    using Done = std::function<void(const Result<CaptionApplyReport> &)>;

    // `text` names the step in the Edit menu (see the helpers below); empty: "Edit N Captions".
    ApplyCaptionsCommand(CatalogWriter &writer, QList<CaptionEdit> changes, const QString &text = {});
    void setDone(Done done) { m_done = std::move(done); }
    void redo() override;
    void undo() override;

    // "Replace “cat” in 12 Captions", "Apply Caption Template to 12 Images".
    static QString replaceText(const FindReplace &spec, qsizetype changes);
    static QString templateText(qsizetype changes);

private:
    struct State
    {
        CaptionApplyReport report;                     // of the last redo (ids as the command was made with)
        QHash<ItemId, CaptionProvenance> previous;     // provenance of each written caption before
    };
    QList<CaptionEdit> m_changes;
    Done m_done;
    std::shared_ptr<State> m_state;
};

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
