#include "edit/captioncommands.h"

#include "catalog/items.h"
#include "util/tr.h"

namespace lc {

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
