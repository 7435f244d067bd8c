#include "itemgridmodel.h"

#include "curation/quality.h"
#include "util/fileutil.h"


namespace lc::ui {

ItemGridModel::ItemGridModel(const LibraryService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    qRegisterMetaType<lc::ItemRow>();
}

void ItemGridModel::setQuery(const ItemQuery &query)
{
    // The same query as the rows shown were made by (not merely the last one asked for: a reload that
    // overtakes a filter change still in flight must not keep rows of the view being left).
    const ItemQuery &shown = m_shownQuery;
    const bool sameQuery = query.dataset == shown.dataset && query.text == shown.text && query.filter == shown.filter
        && query.sort == shown.sort && query.descending == shown.descending && query.quality == shown.quality;
    m_query = query;
    if (!query.dataset.isValid()) {
        // Nothing selected (or the dataset was deleted): empty now, not when a query returns.
        m_queryRun.cancel();
        m_shownQuery = query;
        m_loading = false;
        m_error.clear();
        if (!m_ids.isEmpty())
            resetTo({});
        Q_EMIT queryFinished();
        return;
    }
    m_loading = true;
    m_queryRun.start(m_service.queryItems(query), this, [this, sameQuery, query](const Result<QList<ItemId>> &result) {
        m_loading = false;
        m_shownQuery = query;
        m_error = result.ok() ? QString() : result.error().message;
        QList<ItemId> ids = result.ok() ? result.value() : QList<ItemId>();
        if (sameQuery)
            ids = withKept(ids);
        if (sameQuery && ids == m_ids) {
            Q_EMIT queryFinished();
            return;
        }
        if (!sameQuery || !applyDifference(ids))
            resetTo(ids);
        Q_EMIT queryFinished();
    });
}

QList<ItemId> ItemGridModel::withKept(const QList<ItemId> &ids) const
{
    if (m_kept.isEmpty())
        return ids;
    const QSet<ItemId> present(ids.cbegin(), ids.cend());
    // Each kept item that the new result lacks goes back right after the nearest item before it that
    // is still there, so the rest stays in order and the change remains a set of removals/insertions.
    QHash<ItemId, QList<ItemId>> after;
    QList<ItemId> front;
    bool any = false;
    for (ItemId id : m_kept) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0 || present.contains(id))
            continue;
        any = true;
        int anchor = row - 1;
        while (anchor >= 0 && !present.contains(m_ids[anchor]))
            --anchor;
        if (anchor < 0)
            front.append(id);
        else
            after[m_ids[anchor]].append(id);
    }
    if (!any)
        return ids;
    QList<ItemId> out = front;
    out.reserve(ids.size() + m_kept.size());
    for (ItemId id : ids) {
        out.append(id);
        if (auto it = after.constFind(id); it != after.cend())
            out.append(*it);
    }
    return out;
}

void ItemGridModel::resetTo(const QList<ItemId> &ids)
{
    beginResetModel();
    ++m_generation;
    m_ids = ids;
    m_rowOf.clear();
    m_rowOf.reserve(ids.size());
    for (int row = 0; row < ids.size(); ++row)
        m_rowOf.insert(ids[row], row);
    m_pages.clear();
    m_pendingPages.clear();
    endResetModel();
}

bool ItemGridModel::applyDifference(const QList<ItemId> &ids)
{
    // Items trashed, rejected out of a filter, restored or imported usually leave the rest in order:
    // then the change is a set of row removals or insertions, which keeps selection and scroll position.
    const QList<ItemId> &oldIds = m_ids;
    const bool shrinking = ids.size() < oldIds.size();
    const QList<ItemId> &longer = shrinking ? oldIds : ids;
    const QList<ItemId> &shorter = shrinking ? ids : oldIds;
    QList<int> extra; // rows of `longer` that are not in `shorter`
    int j = 0;
    for (int i = 0; i < longer.size(); ++i) {
        if (j < shorter.size() && longer[i] == shorter[j])
            ++j;
        else
            extra.append(i);
    }
    if (j != shorter.size() || extra.size() > 5000)
        return false; // reordered, or too big a change: reset instead

    // Keep every loaded row, keyed by id, to rebuild the pages at their new positions.
    QHash<ItemId, ItemRow> loaded;
    for (const QList<ItemRow> &page : std::as_const(m_pages)) {
        for (const ItemRow &row : page)
            loaded.insert(row.id, row);
    }
    ++m_generation; // pages in flight were computed for the old positions
    m_pendingPages.clear();
    m_pages.clear();

    auto forEachRun = [&](auto &&fn) {
        // Consecutive runs of rows, last run first, so earlier positions stay valid.
        for (int k = int(extra.size()) - 1; k >= 0;) {
            int last = extra[k], first = last;
            while (k > 0 && extra[k - 1] == first - 1)
                first = extra[--k];
            --k;
            fn(first, last);
        }
    };
    if (shrinking) {
        forEachRun([&](int first, int last) {
            beginRemoveRows({}, first, last);
            m_ids.remove(first, last - first + 1);
            endRemoveRows();
        });
    } else {
        QList<std::pair<int, int>> runs;
        forEachRun([&](int first, int last) { runs.prepend({first, last}); });
        for (const auto &[first, last] : runs) {
            beginInsertRows({}, first, last);
            for (int row = first; row <= last; ++row)
                m_ids.insert(row, ids[row]);
            endInsertRows();
        }
    }
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids[row], row);
    for (int page = 0; page * PageSize < m_ids.size(); ++page) {
        QList<ItemRow> rows;
        const int end = std::min(int(m_ids.size()), (page + 1) * PageSize);
        for (int row = page * PageSize; row < end; ++row) {
            auto it = loaded.constFind(m_ids[row]);
            if (it == loaded.cend())
                break;
            rows.append(*it);
        }
        if (rows.size() == end - page * PageSize)
            m_pages.insert(page, rows);
    }
    return true;
}

int ItemGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Qt::ItemFlags ItemGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const ItemRow *ItemGridModel::rowData(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % PageSize;
    if (offset >= it->size() || it->at(offset).id != m_ids[row])
        return nullptr; // row vanished (deleted) since the page was loaded
    return &it->at(offset);
}

QVariant ItemGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    switch (role) {
    case IdRole:
        return m_ids[index.row()].value();
    case LoadedRole:
        return rowData(index.row()) != nullptr;
    case RowRole:
        if (const ItemRow *r = rowData(index.row()))
            return QVariant::fromValue(*r);
        return {};
    case Qt::DisplayRole:
        if (const ItemRow *r = rowData(index.row()))
            return r->name;
        return QString();
    case Qt::ToolTipRole:
        if (const ItemRow *r = rowData(index.row())) {
            QString tip = tr("%1\n%2 × %3 px · %4").arg(r->name).arg(r->width).arg(r->height).arg(FileUtil::formatBytes(r->byteSize));
            if (r->crop)
                tip += QLatin1Char('\n') + tr("Cropped to %1 × %2 px").arg(r->crop->width()).arg(r->crop->height());
            // Each badge explained, with the figures behind it (curation/quality's sentences).
            const QSize size = r->crop ? r->crop->size() : QSize(r->width, r->height);
            const curation::QualityFacts facts{size, r->byteSize, r->format, m_targetResolution, r->crop.has_value()};
            QStringList problems;
            if (lc::isLowResolution(size.width(), size.height(), m_targetResolution))
                problems << curation::describeFlag(curation::QualityFlag::LowResolution, {}, facts);
            if (r->qualityFlags != 0) {
                if (const std::optional<QualityMetrics> &metrics = r->quality) {
                    for (curation::QualityFlag f : curation::allQualityFlags()) {
                        if (r->qualityFlags & curation::flagBit(f))
                            problems << curation::describeFlag(f, *metrics, facts);
                    }
                }
            }
            for (const QString &problem : std::as_const(problems))
                tip += QStringLiteral("\n⚠ ") + problem;
            if (r->contentCrop)
                tip += QLatin1Char('\n') + tr("Image → Crop to Content removes the bars.");
            return tip;
        }
        return {};
    default:
        return {};
    }
}

ItemId ItemGridModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : ItemId();
}

int ItemGridModel::rowOf(ItemId id) const
{
    return m_rowOf.value(id, -1);
}

QList<ItemId> ItemGridModel::ids(const QModelIndexList &indexes) const
{
    QList<ItemId> out;
    out.reserve(indexes.size());
    for (const QModelIndex &i : indexes) {
        if (i.isValid())
            out.append(idAt(i.row()));
    }
    return out;
}

void ItemGridModel::prefetch(int first, int last) const
{
    if (m_ids.isEmpty())
        return;
    first = std::clamp(first, 0, int(m_ids.size()) - 1);
    last = std::clamp(last, 0, int(m_ids.size()) - 1);
    for (int page = first / PageSize; page <= last / PageSize; ++page) {
        if (!m_pages.contains(page))
            requestPage(page);
    }
}

void ItemGridModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page))
        return;
    m_pendingPages.insert(page);
    const QList<ItemId> ids = m_ids.mid(qsizetype(page) * PageSize, PageSize);
    const int generation = m_generation;
    auto *self = const_cast<ItemGridModel *>(this); // data() is const; loading a page is its cache
    async::onResult(m_service.itemRows(ids), self, [self, page, generation](const Result<QList<ItemRow>> &rows) {
        self->pageLoaded(page, generation, rows.ok() ? rows.value() : QList<ItemRow>());
    });
}

void ItemGridModel::pageLoaded(int page, int generation, const QList<ItemRow> &rows)
{
    if (generation != m_generation)
        return;
    m_pendingPages.remove(page);
    // Rows are matched by position; an id that vanished leaves a gap, so realign by id.
    const int first = page * PageSize;
    const int last = std::min(int(m_ids.size()), first + PageSize) - 1;
    if (last < first)
        return;
    QHash<ItemId, ItemRow> byId;
    for (const ItemRow &r : rows)
        byId.insert(r.id, r);
    QList<ItemRow> aligned;
    aligned.reserve(last - first + 1);
    for (int row = first; row <= last; ++row) {
        ItemRow r = byId.value(m_ids[row]);
        r.id = m_ids[row];
        aligned.append(r);
    }
    m_pages.insert(page, aligned);
    // Name the roles: an empty list means "anything, including the size hint", which makes QListView
    // lay out all rows again.
    Q_EMIT dataChanged(index(first), index(last), {Qt::DisplayRole, Qt::ToolTipRole, RowRole, LoadedRole});
}

void ItemGridModel::refresh(const QList<ItemId> &items)
{
    QSet<int> pages;
    for (ItemId id : items) {
        const int row = rowOf(id);
        if (row >= 0)
            pages.insert(row / PageSize);
    }
    for (int page : std::as_const(pages)) {
        m_pendingPages.remove(page);
        requestPage(page); // keep showing the old data until the new page arrives
    }
}

void ItemGridModel::refreshLoaded()
{
    const QList<int> pages = m_pages.keys();
    for (int page : pages) {
        m_pendingPages.remove(page);
        requestPage(page);
    }
}

} // namespace lc::ui
