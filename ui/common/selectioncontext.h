#pragma once

#include "catalog/itemtypes.h"
#include "catalog/types.h"

#include <QList>
#include <QObject>

#include <functional>

namespace lc::ui {

// What the window is working on (after Gwenview's ContextManager): the dataset on screen, the selected
// images and what the editor loaded about them. Panels and actions listen to it instead of to each other.
class SelectionContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionContext)

public:
    explicit SelectionContext(QObject *parent = nullptr) : QObject(parent) {}

    const Dataset &dataset() const { return m_dataset; }
    // Another dataset (or none): the selection is cleared.
    void setDataset(const Dataset &dataset);
    // The same dataset with new settings or counts.
    void updateDataset(const Dataset &dataset);

    const QList<ItemId> &selection() const { return m_selection; }
    void setSelection(const QList<ItemId> &items);

    // The selected items as the editor last loaded them (at most its batch limit).
    const QList<ItemDetail> &details() const { return m_details; }
    void setDetails(const QList<ItemDetail> &details) { m_details = details; }
    // An edit was asked for and is on its way to the catalog: show it now (a second Space press toggles
    // back); the reload after the write confirms it.
    void editDetails(const std::function<void(QList<ItemDetail> &)> &edit);

Q_SIGNALS:
    void datasetChanged(const lc::Dataset &dataset);
    void datasetUpdated(const lc::Dataset &dataset);
    void selectionChanged(const QList<lc::ItemId> &items);
    void detailsEdited();

private:
    Dataset m_dataset;
    QList<ItemId> m_selection;
    QList<ItemDetail> m_details;
};

} // namespace lc::ui
