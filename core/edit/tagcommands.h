#pragma once

#include "catalog/itemtypes.h"
#include "edit/editcommand.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lc {

// A tag edit across a whole dataset (the trash included): rename, merge or delete. One undo step however
// many items carry the tags; the catalog does it in a few set-based statements (Items::mergeTags,
// Items::deleteTags). Each redo runs the edit on the writer and keeps, in the same transaction, what it
// changed; undo gives exactly those items the tags they had (order and spelling) and the tags their
// spelling back (a case-only rename respells a tag library-wide).
class DatasetTagsCommand : public EditCommand
{
public:
    // Called on the owner's thread after each redo's write: how many items changed, or what failed. Set it
    // before pushing (QUndoStack::push runs the first redo). CatalogWriter::itemsChanged lists the changed
    // items of this dataset; a respelled tag also shows differently in other datasets, which it does not list.
    using Done = std::function<void(const Result<TagEditReport> &)>;
    void setDone(Done done) { m_done = std::move(done); }

    void redo() override;
    void undo() override;

protected:
    enum class Kind { Merge, Delete };
    DatasetTagsCommand(CatalogWriter &writer, DatasetId dataset, Kind kind, QStringList tags, QString into);

private:
    struct State
    {
        std::optional<TagSnapshot> before; // what the last redo changed
        IdMap::Epoch epoch = 0;            // the epoch its item ids were read in
        int items = 0;
    };
    Kind m_kind;
    QStringList m_tags;
    QString m_into;
    Done m_done;
    std::shared_ptr<State> m_state;
};

// Renames a tag on every item of the dataset. An item that already has the new name keeps one copy, at
// the place of whichever came first; "cat" -> "Cat" respells the tag.
class RenameTagCommand final : public DatasetTagsCommand
{
public:
    RenameTagCommand(CatalogWriter &writer, DatasetId dataset, const QString &from, const QString &to);
};

// Merges several tags into one (which may be one of them, or new), with the rules of a rename.
class MergeTagsCommand final : public DatasetTagsCommand
{
public:
    MergeTagsCommand(CatalogWriter &writer, DatasetId dataset, const QStringList &from, const QString &into);
};

// Removes tags from every item of the dataset.
class DeleteTagsCommand final : public DatasetTagsCommand
{
public:
    DeleteTagsCommand(CatalogWriter &writer, DatasetId dataset, const QStringList &tags);
};

} // namespace lc
