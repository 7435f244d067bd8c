#include "tagpanel.h"

#include "library/libraryservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

// Sorts the count column as numbers.
class TagItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 1)
            return data(1, Qt::UserRole).toInt() < other.data(1, Qt::UserRole).toInt();
        return text(0).localeAwareCompare(other.text(0)) < 0;
    }
};

} // namespace

TagPanel::TagPanel(const LibraryService &service, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_undo(undo)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("tagPanel"));
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Tag"), tr("Images")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(1, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Click a tag to show only its images; select several to merge or delete them"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_rename->setToolTip(tr("Rename the selected tag on every image of the dataset"));
    m_merge->setToolTip(tr("Merge the selected tags into one"));
    m_delete->setToolTip(tr("Remove the selected tags from every image of the dataset"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { show(m_tags); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (m_list->selectedItems().size() == 1)
            Q_EMIT tagClicked(item->text(0));
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TagPanel::updateButtons);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QStringList selected = selectedTags();
        if (selected.size() != 1)
            return;
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Rename Tag"), tr("New name for “%1”:").arg(selected.first()),
            QLineEdit::Normal, selected.first(), &ok);
        if (ok && !to.simplified().isEmpty() && to != selected.first())
            renameTag(selected.first(), to);
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        const QStringList selected = selectedTags();
        if (selected.size() < 2)
            return;
        bool ok = false;
        const QString into = QInputDialog::getItem(this, tr("Merge Tags"),
            tr("Merge %1 tags into:").arg(selected.size()), selected, 0, true, &ok);
        if (ok && !into.simplified().isEmpty())
            mergeTags(selected, into);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QStringList selected = selectedTags();
        if (selected.isEmpty())
            return;
        if (confirm && !confirm(tr("Delete Tags"),
                tr("Remove %1 from every image of the dataset? Edit → Undo brings them back.")
                    .arg(selected.size() == 1 ? QStringLiteral("“%1”").arg(selected.first()) : tr("%1 tags").arg(selected.size())),
                tr("Delete")))
            return;
        deleteTags(selected);
    });
    updateButtons();
}

void TagPanel::setDataset(DatasetId dataset)
{
    if (dataset == m_dataset)
        return;
    m_dataset = dataset;
    m_tags.clear();
    show(m_tags);
    reload();
}

void TagPanel::reload()
{
    if (!m_dataset.isValid()) {
        m_run.cancel();
        m_loading = false;
        return;
    }
    m_loading = true;
    m_run.start(m_service.tagFrequencies(m_dataset), this, [this](const Result<QList<TagCount>> &tags) {
        m_loading = false;
        if (!tags) {
            m_summary->setText(tags.error().message);
            return;
        }
        m_tags = *tags;
        show(m_tags);
    });
}

void TagPanel::show(const QList<TagCount> &tags)
{
    const QStringList selected = selectedTags();
    const QString filter = m_filter->text().trimmed();
    m_list->setSortingEnabled(false);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(tags.size());
    for (const TagCount &t : tags) {
        if (!filter.isEmpty() && !t.tag.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new TagItem;
        item->setText(0, t.tag);
        item->setText(1, QLocale().toString(t.count));
        item->setData(1, Qt::UserRole, t.count);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->setSortingEnabled(true);
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setSelected(selected.contains(item->text(0)));
    m_summary->setText(tags.isEmpty() ? tr("No tags yet") : tr("%1 tags").arg(QLocale().toString(tags.size())));
    updateButtons();
}

QStringList TagPanel::selectedTags() const
{
    QStringList out;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        out << item->text(0);
    return out;
}

void TagPanel::updateButtons()
{
    const qsizetype n = m_list->selectedItems().size();
    m_rename->setEnabled(n == 1);
    m_merge->setEnabled(n >= 2);
    m_delete->setEnabled(n >= 1);
}

void TagPanel::renameTag(const QString &from, const QString &to)
{
    m_undo.push(m_service.renameTagCommand(m_dataset, from, to, [this](const Result<TagEditReport> &r) { edited(r); }));
}

void TagPanel::mergeTags(const QStringList &from, const QString &into)
{
    m_undo.push(m_service.mergeTagsCommand(m_dataset, from, into, [this](const Result<TagEditReport> &r) { edited(r); }));
}

void TagPanel::deleteTags(const QStringList &tags)
{
    m_undo.push(m_service.deleteTagsCommand(m_dataset, tags, [this](const Result<TagEditReport> &r) { edited(r); }));
}

void TagPanel::edited(const Result<TagEditReport> &result)
{
    if (!result)
        Q_EMIT message(result.error().message);
    reload();
}

} // namespace lc::ui
