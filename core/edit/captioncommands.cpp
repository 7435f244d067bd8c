#include "captioncommands.h"

#include "util/tr.h"

#include "caption/captionedit.h"
#include "catalog/items.h"
#include "catalogwriter.h"

namespace lc {

ApplyCaptionsCommand::ApplyCaptionsCommand(CatalogWriter &writer, QList<CaptionEdit> changes, const QString &text)
    : EditCommand(writer)
    , m_changes(std::move(changes))
    , m_state(std::make_shared<State>())
{
    const qsizetype n = m_changes.size();
    setText(!text.isEmpty() ? text : n == 1 ? EditTr::tr("Edit Caption") : EditTr::tr("Edit %1 Captions").arg(n));
}

QString ApplyCaptionsCommand::replaceText(const FindReplace &spec, qsizetype changes)
{
    return changes == 1 ? EditTr::tr("Replace “%1” in a Caption").arg(spec.find)
                        : EditTr::tr("Replace “%1” in %2 Captions").arg(spec.find).arg(changes);
}

QString ApplyCaptionsCommand::templateText(qsizetype changes)
{
    return changes == 1 ? EditTr::tr("Apply Caption Template to an Image")
                        : EditTr::tr("Apply Caption Template to %1 Images").arg(changes);
}

void ApplyCaptionsCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    const QList<CaptionEdit> changes = m_changes;
    auto state = m_state;
    auto job = [catalog, map, epoch, changes, state](QList<ItemId> &affected) -> Result<void> {
        state->report = {};
        state->previous.clear();
        QList<CaptionEdit> resolved = changes;
        QHash<ItemId, ItemId> original; // current id -> the id the command was made with
        for (CaptionEdit &c : resolved) {
            const ItemId current = map->item(c.id, epoch);
            original.insert(current, c.id);
            c.id = current;
        }
        QHash<ItemId, CaptionProvenance> previous;
        auto report = applyCaptionChanges(*catalog, resolved, &previous);
        if (!report)
            return report.error();
        for (CaptionEdit &c : report->written) {
            affected.append(c.id);
            c.id = original.value(c.id);
            state->previous.insert(c.id, previous.value(affected.last()));
        }
        for (CaptionEdit &c : report->skipped)
            c.id = original.value(c.id);
        state->report = std::move(*report);
        return {};
    };
    Done done = m_done;
    m_writer.submitResolving(text(), job, [state, done](const Result<void> &result) {
        if (done)
            done(result ? Result<CaptionApplyReport>(state->report) : Result<CaptionApplyReport>(result.error()));
    });
}

void ApplyCaptionsCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    auto state = m_state;
    m_writer.submitResolving(EditTr::tr("Undo %1").arg(text()), [catalog, map, epoch, state](QList<ItemId> &affected) -> Result<void> {
        QList<CaptionWrite> writes;
        writes.reserve(state->report.written.size());
        for (const CaptionEdit &c : std::as_const(state->report.written)) {
            const ItemId current = map->item(c.id, epoch);
            writes.append({current, c.after, c.before, state->previous.value(c.id)});
        }
        auto outcome = Items(*catalog).writeCaptions(writes);
        if (!outcome)
            return outcome.error();
        affected = outcome->written;
        return {};
    });
}

CaptionRunCommand::CaptionRunCommand(CatalogWriter &writer, QList<GeneratedCaption> changes, const QString &text)
    : EditCommand(writer)
    , m_changes(std::make_shared<const QList<GeneratedCaption>>(std::move(changes)))
{
    setText(text);
}

void CaptionRunCommand::redo()
{
    if (std::exchange(m_applied, false))
        return; // pushed after the run: its captions are in the catalog already
    write(true);
}

void CaptionRunCommand::undo()
{
    write(false);
}

void CaptionRunCommand::write(bool forward)
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    auto changes = m_changes;
    m_writer.submitResolving(forward ? EditTr::tr("Redo generated captions") : EditTr::tr("Undo generated captions"),
        [catalog, map, epoch, changes, forward](QList<ItemId> &affected) -> Result<void> {
            const Items items(*catalog);
            for (const GeneratedCaption &c : *changes) {
                const ItemId id = map->item(c.item, epoch);
                auto w = forward ? items.setCaptionIfUnchanged(id, c.before, c.after, c.afterProvenance)
                                 : items.setCaptionIfUnchanged(id, c.after, c.before, c.beforeProvenance);
                if (!w)
                    return w.error();
                if (*w)
                    affected.append(id);
            }
            return {};
        });
}

} // namespace lc
