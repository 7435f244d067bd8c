#include "tagcommands.h"

#include "util/tr.h"

#include "catalog/items.h"
#include "catalogwriter.h"

namespace lc {

namespace {

// Literal strings in both branches, so lupdate extracts them.
QString countText(const QString &one, const QString &many, qsizetype n)
{
    return n == 1 ? one : many.arg(n);
}

QString quotedList(const QStringList &tags)
{
    return tags.join(QStringLiteral("”, “"));
}

} // namespace

DatasetTagsCommand::DatasetTagsCommand(CatalogWriter &writer, DatasetId dataset, Kind kind, QStringList tags, QString into)
    : EditCommand(writer)
    , m_kind(kind)
    , m_tags(std::move(tags))
    , m_into(std::move(into))
    , m_state(std::make_shared<State>())
{
    setDataset(dataset);
}

void DatasetTagsCommand::redo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    const IdMap::Epoch epoch = m_epoch;
    // The job runs before any deletion queued after this point: the ids it reads belong to this epoch.
    const IdMap::Epoch readIn = m_writer.ids().epoch();
    const DatasetId made = dataset();
    const Kind kind = m_kind;
    const QStringList tags = m_tags;
    const QString into = m_into;
    auto state = m_state;
    auto job = [catalog, map, epoch, readIn, made, kind, tags, into, state](QList<ItemId> &affected) -> Result<void> {
        state->before.reset();
        state->items = 0;
        const DatasetId current = map->dataset(made, epoch);
        auto edit = kind == Kind::Merge ? Items(*catalog).mergeTags(current, tags, into) : Items(*catalog).deleteTags(current, tags);
        if (!edit)
            return edit.error();
        state->items = edit->items;
        state->epoch = readIn;
        affected = edit->before.items;
        state->before = std::move(edit->before);
        return {};
    };
    Done done = m_done;
    m_writer.submitResolving(text(), job, [state, done](const Result<void> &result) {
        if (done)
            done(result ? Result<TagEditReport>(TagEditReport{state->items}) : Result<TagEditReport>(result.error()));
    });
}

void DatasetTagsCommand::undo()
{
    const Catalog *catalog = &m_catalog;
    const IdMap *map = &m_writer.ids();
    auto state = m_state;
    m_writer.submitResolving(EditTr::tr("Undo %1").arg(text()), [catalog, map, state](QList<ItemId> &affected) -> Result<void> {
        if (!state->before)
            return {};
        TagSnapshot s = *state->before;
        for (ItemId &id : s.items)
            id = map->item(id, state->epoch);
        for (TagLink &link : s.links)
            link.item = map->item(link.item, state->epoch);
        affected = s.items;
        return Items(*catalog).restoreTagSnapshot(s);
    });
}

RenameTagCommand::RenameTagCommand(CatalogWriter &writer, DatasetId dataset, const QString &from, const QString &to)
    : DatasetTagsCommand(writer, dataset, Kind::Merge, {from}, to)
{
    setText(EditTr::tr("Rename Tag “%1” to “%2”").arg(from.simplified(), to.simplified()));
}

MergeTagsCommand::MergeTagsCommand(CatalogWriter &writer, DatasetId dataset, const QStringList &from, const QString &into)
    : DatasetTagsCommand(writer, dataset, Kind::Merge, from, into)
{
    setText(from.size() == 1 ? EditTr::tr("Merge Tag “%1” into “%2”").arg(quotedList(from), into.simplified())
                             : EditTr::tr("Merge %1 Tags into “%2”").arg(from.size()).arg(into.simplified()));
}

DeleteTagsCommand::DeleteTagsCommand(CatalogWriter &writer, DatasetId dataset, const QStringList &tags)
    : DatasetTagsCommand(writer, dataset, Kind::Delete, tags, {})
{
    setText(countText(EditTr::tr("Delete Tag “%1”").arg(quotedList(tags)), EditTr::tr("Delete %1 Tags"), tags.size()));
}

} // namespace lc
