#include "selectioncontext.h"

namespace lc::ui {

void SelectionContext::setDataset(const Dataset &dataset)
{
    m_dataset = dataset;
    m_details.clear();
    Q_EMIT datasetChanged(dataset);
}

void SelectionContext::updateDataset(const Dataset &dataset)
{
    m_dataset = dataset;
    Q_EMIT datasetUpdated(dataset);
}

void SelectionContext::setSelection(const QList<ItemId> &items)
{
    m_selection = items;
    Q_EMIT selectionChanged(items);
}

void SelectionContext::editDetails(const std::function<void(QList<ItemDetail> &)> &edit)
{
    edit(m_details);
    Q_EMIT detailsEdited();
}

} // namespace lc::ui
