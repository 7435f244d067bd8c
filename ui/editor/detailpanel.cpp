#include "detailpanel.h"

#include "common/theme.h"
#include "edit/catalogwriter.h"
#include "edit/itemcommands.h"
#include "actions/itemactions.h"
#include "common/selectioncontext.h"
#include "library/libraryservice.h"
#include "async/async.h"
#include "previewwidget.h"
#include "text/tokencount.h"
#include "util/fileutil.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QDateTime>
#include <QLocale>
#include <QThreadPool>
#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

// A tag list entry that only some of the selected images carry.
constexpr int PartialRole = Qt::UserRole + 1;

// Calls back when the watched widget loses focus, so the caption is saved on focus change.
class FocusOutFilter final : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut) : QObject(parent), m_onFocusOut(std::move(onFocusOut)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

DetailPanel::DetailPanel(const LibraryService &service, SelectionContext &context, ItemActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_context(context)
    , m_actions(actions)
    , m_writer(service.writer())
    , m_pages(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_preview(new PreviewWidget(service, this))
    , m_facts(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_zoom(new QPushButton(tr("100 %"), this))
    , m_stars(new QButtonGroup(this))
    , m_caption(new QPlainTextEdit(this))
    , m_captionTimer(new QTimer(this))
    , m_captionState(new QLabel(this))
    , m_captionInfo(new QLabel(this))
    , m_trainerReads(new QLabel(this))
    , m_tags(new QListWidget(this))
    , m_tagInput(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    // Empty page.
    m_emptyText = new QLabel(this);
    QLabel *empty = m_emptyText;
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    showEmptyHint();

    // Editor page.
    auto *editor = new QWidget(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_facts->setOpenExternalLinks(true); // a downloaded image's page, licence and creator

    m_zoom->setCheckable(true);
    m_zoom->setToolTip(tr("Show the image at 100 % (double-click the preview)"));
    connect(m_zoom, &QPushButton::toggled, m_preview, &PreviewWidget::setActualSize);
    connect(m_preview, &PreviewWidget::actualSizeChanged, m_zoom, &QPushButton::setChecked);

    m_keep->setCheckable(true);
    m_reject->setCheckable(true);
    m_keep->setToolTip(tr("Keep this image in the dataset (Space toggles)"));
    m_reject->setToolTip(tr("Reject: excluded from exports, kept in the library (Space toggles)"));
    connect(m_keep, &QPushButton::clicked, &m_actions, [this] { m_actions.setStatus(ItemStatus::Active); });
    connect(m_reject, &QPushButton::clicked, &m_actions, [this] { m_actions.setStatus(ItemStatus::Rejected); });

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(4);
    statusRow->addWidget(m_keep);
    statusRow->addWidget(m_reject);
    statusRow->addStretch(1);
    for (int star = 1; star <= 5; ++star) {
        auto *b = new QToolButton(this);
        b->setText(QString(QChar(0x2606)));
        b->setAutoRaise(true);
        b->setToolTip(tr("Rate %1 (key %1; click again to clear)").arg(star));
        m_stars->addButton(b, star);
        statusRow->addWidget(b);
    }
    m_stars->setExclusive(false);
    updateStars(0);
    connect(m_stars, &QButtonGroup::idClicked, this, [this](int star) {
        const bool clear = m_details.size() == 1 && m_details.first().row.rating == star;
        m_actions.setRating(clear ? 0 : star);
    });

    m_caption->setPlaceholderText(tr("Describe the image. Saved automatically."));
    m_caption->setTabChangesFocus(true);
    m_caption->setMinimumHeight(90);
    // One undo history: Ctrl+Z in the caption saves what was typed and undoes it as a step of the
    // window's history (a second, text-only undo would interleave with it).
    m_caption->setUndoRedoEnabled(false);
    m_caption->installEventFilter(this);
    m_caption->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_caption, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(m_caption->createStandardContextMenu(pos));
        // Its Undo/Redo are the text box's own, which is off: offer the window's history instead.
        QAction *first = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("edit-undo") || a->objectName() == QLatin1String("edit-redo"))
                menu->removeAction(a);
            else if (!first)
                first = a;
        }
        if (m_undoAction && m_redoAction) {
            commitCaption();
            menu->insertActions(first, {m_undoAction, m_redoAction});
        }
        menu->exec(m_caption->viewport()->mapToGlobal(pos));
    });
    m_captionTimer->setSingleShot(true);
    m_captionTimer->setInterval(700);
    connect(m_caption, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        m_captionState->setText(tr("Editing…"));
        m_captionTimer->start();
        if (!m_editingSignaled && m_shownItem.isValid()) {
            m_editingSignaled = true;
            Q_EMIT captionEditingStarted(m_shownItem);
        }
    });
    connect(m_captionTimer, &QTimer::timeout, this, &DetailPanel::commitCaption);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &DetailPanel::updateCaptionInfo);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &DetailPanel::updateTrainerReads);
    m_trainerReads->setObjectName(QStringLiteral("trainerReads"));
    m_trainerReads->setWordWrap(true);
    m_trainerReads->setTextFormat(Qt::RichText);
    m_trainerReads->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trainerReads->setToolTip(tr("The caption file the export writes for this image: the dataset's caption source "
                                  "(Dataset Settings → Trainer reads) with the trigger word first, and its tokens for "
                                  "the dataset's model"));
    m_captionInfo->setObjectName(QStringLiteral("captionInfo"));
    m_captionInfo->setForegroundRole(QPalette::PlaceholderText);
    m_captionInfo->setWordWrap(true);
    // The tokenizers load once, off the GUI thread; counts appear when they are ready.
    async::onResult(async::run(QThreadPool::globalInstance(), [] { return TokenCounter::shared().ok(); }), this,
        [this](bool) { updateTrainerReads(); });
    m_caption->installEventFilter(new FocusOutFilter(this, [this] { commitCaption(); }));
    m_captionState->setForegroundRole(QPalette::PlaceholderText);

    m_tags->setObjectName(QStringLiteral("tagList"));
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setResizeMode(QListView::Adjust);
    m_tags->setSpacing(3);
    m_tags->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tags->setMaximumHeight(120);
    m_tags->setToolTip(tr("Select tags and press Delete to remove them; drag a tag to move it. With several images "
                          "selected, each tag shows how many carry it: double-click one to give it to all."));
    m_tags->installEventFilter(this);
    m_tags->setDragDropMode(QAbstractItemView::InternalMove);
    m_tags->setDefaultDropAction(Qt::MoveAction);
    // A dropped tag: the image's tags in their new order, as one undo step.
    connect(m_tags->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_updating || m_details.size() != 1)
            return;
        QStringList order;
        for (int i = 0; i < m_tags->count(); ++i)
            order << m_tags->item(i)->data(Qt::UserRole).toString();
        m_actions.setTagOrder(order);
    });
    connect(m_tags, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (item->data(PartialRole).toBool())
            m_actions.addTags({item->data(Qt::UserRole).toString()});
    });
    m_tags->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tags, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QStringList selected;
        for (QListWidgetItem *item : m_tags->selectedItems())
            selected << item->data(Qt::UserRole).toString();
        if (selected.isEmpty())
            return;
        const bool several = m_details.size() > 1;
        QMenu menu;
        QAction *add = menu.addAction(tr("Add to All Selected Images"));
        add->setEnabled(several);
        QAction *remove = menu.addAction(several ? tr("Remove from All Selected Images") : tr("Remove"));
        menu.addSeparator();
        QAction *copy = menu.addAction(tr("Copy"));
        QAction *chosen = menu.exec(m_tags->viewport()->mapToGlobal(pos));
        if (chosen == add)
            m_actions.addTags(selected);
        else if (chosen == remove)
            m_actions.removeTags(selected);
        else if (chosen == copy)
            QGuiApplication::clipboard()->setText(selected.join(QStringLiteral(", ")));
    });
    m_tagInput->setPlaceholderText(tr("Add tags, comma separated (Enter)"));
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_tagInput->setCompleter(m_completer);
    m_tagInput->installEventFilter(this);
    m_tagInput->setToolTip(tr("Enter adds the tags as typed; Ctrl+Enter adds the first suggestion; Escape returns to the grid"));
    connect(m_tagInput, &QLineEdit::returnPressed, this, [this] {
        const QStringList tags = m_tagInput->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_tagInput->clear();
        m_actions.addTags(tags);
    });
    auto *removeTag = new QPushButton(tr("Remove"), this);
    removeTag->setToolTip(tr("Remove the selected tags (Delete)"));
    connect(removeTag, &QPushButton::clicked, this, [this] {
        QStringList selected;
        for (QListWidgetItem *item : m_tags->selectedItems())
            selected << item->data(Qt::UserRole).toString();
        m_actions.removeTags(selected);
    });
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagInput, 1);
    tagRow->addWidget(removeTag);

    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    // The crop tool on this image (Image → Edit Crop…).
    auto *cropButton = new QPushButton(tr("Crop…"), editor);
    cropButton->setObjectName(QStringLiteral("detailCrop"));
    cropButton->setToolTip(tr("Draw or change this image's crop, snapped to the trainer's buckets (C in the grid)"));
    connect(cropButton, &QPushButton::clicked, &m_actions, &ItemActions::editCrop);
    titleRow->addWidget(cropButton, 0, Qt::AlignTop);
    titleRow->addWidget(m_zoom, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    layout->addWidget(m_preview, 3);
    layout->addLayout(statusRow);
    layout->addWidget(m_facts);
    auto *captionHeader = new QHBoxLayout;
    captionHeader->addWidget(sectionTitle(tr("Caption"), this));
    captionHeader->addStretch(1);
    captionHeader->addWidget(m_captionState);
    layout->addLayout(captionHeader);
    layout->addWidget(m_caption, 2);
    layout->addWidget(m_captionInfo);
    layout->addWidget(sectionTitle(tr("Tags"), this));
    layout->addWidget(m_tags);
    layout->addLayout(tagRow);
    layout->addWidget(m_trainerReads);

    m_pages->addWidget(empty);
    m_pages->addWidget(editor);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    setMinimumWidth(300);

    // The editor follows the window's selection context.
    connect(&m_context, &SelectionContext::datasetChanged, this, [this](const Dataset &d) { setDataset(d.id); });
    connect(&m_context, &SelectionContext::datasetUpdated, this, &DetailPanel::updateTrainerReads);
    connect(&m_context, &SelectionContext::selectionChanged, this, &DetailPanel::setSelection);
    connect(&m_context, &SelectionContext::detailsEdited, this, &DetailPanel::showEdited);
    connect(&m_actions, &ItemActions::aboutToEdit, this, &DetailPanel::commitCaption);
    connect(&m_actions, &ItemActions::editCaptionRequested, this, &DetailPanel::focusCaption);
}

QWidget *DetailPanel::zoomButton() const
{
    return m_zoom;
}

bool DetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_caption && event->type() == QEvent::ShortcutOverride) {
        // Leave Undo and Redo to the window's actions (see the constructor), and the moves to the next
        // and previous image (Ctrl+Down, Ctrl+Up, Alt+Down), which save the caption first.
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combo = key->keyCombination();
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || combo == QKeyCombination(Qt::CTRL, Qt::Key_Y)
            || combo == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) || combo == QKeyCombination(Qt::CTRL, Qt::Key_Down)
            || combo == QKeyCombination(Qt::CTRL, Qt::Key_Up) || combo == QKeyCombination(Qt::ALT, Qt::Key_Down)) {
            event->ignore();
            return true;
        }
    }
    if ((watched == m_caption || watched == m_tagInput) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !(watched == m_tagInput && m_completer->popup()->isVisible())) {
            commitCaption();
            Q_EMIT leaveRequested();
            return true;
        }
        // Ctrl+Enter in the tag box adds the first completion of what was typed.
        if (watched == m_tagInput && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            const QString typed = m_tagInput->text().section(QLatin1Char(','), -1).trimmed();
            if (!typed.isEmpty()) {
                m_completer->setCompletionPrefix(typed);
                const QString first = m_completer->completionCount() > 0 ? m_completer->currentCompletion() : typed;
                QStringList tags = m_tagInput->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
                if (!tags.isEmpty())
                    tags.removeLast();
                tags << first;
                m_completer->popup()->hide();
                m_tagInput->clear();
                m_actions.addTags(tags);
            }
            return true;
        }
    }
    if (watched == m_tags && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            QStringList selected;
            for (QListWidgetItem *item : m_tags->selectedItems())
                selected << item->text();
            m_actions.removeTags(selected);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPanel::setHistoryActions(QAction *undo, QAction *redo)
{
    m_undoAction = undo;
    m_redoAction = redo;
}

void DetailPanel::setDataset(DatasetId dataset)
{
    commitCaption();
    m_dataset = dataset;
    refreshTagCompletion();
}

void DetailPanel::setSelection(const QList<ItemId> &items)
{
    commitCaption();
    const bool sameItems = items == m_selection;
    m_selection = items;
    // Until the new item's caption arrives, the box still holds the old one: keys typed meanwhile must
    // not go into it (they would be lost or land on the wrong image).
    if (!sameItems)
        m_caption->setReadOnly(true);
    load();
}

void DetailPanel::itemsChanged(const QList<ItemId> &items)
{
    bool shown = false;
    for (ItemId id : items)
        shown = shown || m_selection.contains(id);
    if (shown)
        load();
    refreshTagCompletion();
}

void DetailPanel::load()
{
    if (m_selection.isEmpty()) {
        m_loadRun.cancel();
        showEmptyHint();
        m_details.clear();
        m_shownItem = ItemId();
        m_preview->clear();
        m_pages->setCurrentIndex(0);
        Q_EMIT detailsShown();
        return;
    }
    // At most 2,000 details for a batch view: enough for common tags, bounded in time.
    const QList<ItemId> ids = m_selection.mid(0, 2000);
    const quint64 seen = m_writer.completed(); // every write up to here is visible to the read below
    m_loadRun.start(m_service.itemDetails(ids), this, [this, seen](const Result<QList<ItemDetail>> &details) {
        if (!details) {
            m_pages->setCurrentIndex(0);
            m_emptyText->setText(tr("The image's details cannot be read: %1").arg(details.error().message));
            Q_EMIT detailsShown();
            return;
        }
        showDetails(*details, seen);
    });
}

void DetailPanel::showEmptyHint()
{
    m_emptyText->setText(tr("Select an image to see and edit its caption and tags."));
}

void DetailPanel::showDetails(const QList<ItemDetail> &details, quint64 seen)
{
    m_details = details;
    m_context.setDetails(details); // what the item actions act on
    if (details.isEmpty()) {
        m_shownItem = ItemId();
        m_pages->setCurrentIndex(0);
        Q_EMIT detailsShown();
        return;
    }
    m_pages->setCurrentIndex(1);
    m_updating = true;
    const bool single = details.size() == 1;
    if (single) {
        const ItemDetail &d = details.first();
        m_title->setText(d.row.name);
        m_zoom->setVisible(true);
        m_preview->setVisible(true);
        m_preview->setImage(d.row.hash);
        const double mp = double(d.row.width) * d.row.height / 1e6;
        QString source = d.sourcePath;
        if (source.size() > 70)
            source = QStringLiteral("…") + source.right(69);
        QString sourceCell = QDir::toNativeSeparators(source).toHtmlEscaped();
        QString originRows;
        if (d.origin) {
            // A downloaded image: its page and terms instead of the temporary file it was imported from.
            const search::Provenance &o = *d.origin;
            const auto link = [](const QString &url, const QString &text) {
                return url.isEmpty() ? text.toHtmlEscaped()
                                     : QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
            };
            const QString page = o.pageUrl.isEmpty() ? o.imageUrl : o.pageUrl;
            QString shown = QUrl(page).host();
            if (shown.isEmpty())
                shown = page.left(60);
            sourceCell = link(page, shown);
            originRows = tr("<tr><td><b>Licence</b>&nbsp;</td><td>%1</td></tr>").arg(link(o.licenseUrl, o.licenseName()));
            if (!o.creator.isEmpty())
                originRows += tr("<tr><td><b>Creator</b>&nbsp;</td><td>%1</td></tr>").arg(link(o.creatorUrl, o.creator));
            originRows += tr("<tr><td><b>Credit</b>&nbsp;</td><td>%1</td></tr>").arg(o.attributionLine().toHtmlEscaped());
        }
        m_facts->setText(tr("<table cellspacing=2>"
                            "<tr><td><b>Size</b>&nbsp;</td><td>%1 × %2 px (%3 MP) · %4 · %5</td></tr>"
                            "<tr><td><b>SHA-256</b>&nbsp;</td><td>%6…</td></tr>"
                            "<tr><td><b>Source</b>&nbsp;</td><td>%7</td></tr>"
                            "%9"
                            "<tr><td><b>Repeats</b>&nbsp;</td><td>%8</td></tr></table>")
                             // One pass: an address's %2F must not be read as a place marker.
                             .arg(QString::number(d.row.width), QString::number(d.row.height), QString::number(mp, 'f', 1),
                                 d.format.toUpper(), FileUtil::formatBytes(d.row.byteSize), d.row.hash.shortHex(), sourceCell,
                                 QString::number(d.repeats), originRows));
        m_facts->setToolTip(d.origin ? d.origin->imageUrl : QDir::toNativeSeparators(d.sourcePath));
        showCaption(d, seen);
        m_keep->setChecked(d.row.status == ItemStatus::Active);
        m_reject->setChecked(d.row.status == ItemStatus::Rejected);
        updateStars(d.row.rating);
    } else {
        m_shownItem = ItemId();
        m_title->setText(tr("%1 images selected").arg(m_selection.size()));
        m_zoom->setChecked(false);
        m_zoom->setVisible(false); // "100 %" means nothing for several images
        m_preview->setVisible(false);
        m_preview->clear();
        int rejected = 0;
        for (const ItemDetail &d : details)
            rejected += d.row.status == ItemStatus::Rejected ? 1 : 0;
        m_facts->setText(tr("%1 kept, %2 rejected. Tags below are the ones all of them share; adding or removing "
                            "applies to every selected image as one undo step.")
                             .arg(details.size() - rejected)
                             .arg(rejected));
        m_caption->setPlainText(QString());
        m_caption->setEnabled(false);
        m_caption->setPlaceholderText(tr("Select a single image to edit its caption."));
        m_captionState->clear();
        m_shownProvenance = {};
        m_captionInfo->clear();
        m_keep->setChecked(rejected == 0);
        m_reject->setChecked(rejected == details.size());
        updateStars(0);
    }
    updateTagList();
    m_updating = false;
    Q_EMIT detailsShown();
}

void DetailPanel::showEdited()
{
    // An action was asked for and is on its way: show its status, rating and tags now; the caption is
    // not touched (the reload after the write confirms the rest).
    m_details = m_context.details();
    if (m_details.isEmpty())
        return;
    int rejected = 0;
    for (const ItemDetail &d : std::as_const(m_details))
        rejected += d.row.status == ItemStatus::Rejected ? 1 : 0;
    m_keep->setChecked(rejected == 0);
    m_reject->setChecked(rejected == m_details.size());
    updateStars(m_details.size() == 1 ? m_details.first().row.rating : 0);
    updateTagList();
}

void DetailPanel::showCaption(const ItemDetail &d, quint64 seen)
{
    for (auto it = m_pendingCaptions.begin(); it != m_pendingCaptions.end();) {
        if (it->write <= seen)
            it = m_pendingCaptions.erase(it); // that read saw the save
        else
            ++it;
    }
    // Read before our last save of this item landed: the catalog will hold what we saved, not this.
    const auto pending = m_pendingCaptions.constFind(d.row.id);
    const bool stale = pending != m_pendingCaptions.cend();
    const QString box = m_caption->toPlainText();
    m_caption->setPlaceholderText(tr("Describe the image. Saved automatically."));
    m_caption->setEnabled(true);
    m_caption->setReadOnly(false);
    if (d.row.id != m_shownItem) {
        const QString text = stale ? pending->text : d.caption;
        m_caption->setPlainText(text);
        m_savedCaption = text;
        m_editingSignaled = false;
        m_shownItem = d.row.id;
    } else if (stale) {
        // The editor is newer than this text. Never take it.
    } else if (box != m_savedCaption) {
        // The user typed since the last save: their text stays (and is saved next), whatever the
        // catalog says now. A focused editor is never overwritten.
        m_savedCaption = d.caption;
    } else if (d.caption != box) {
        // Changed outside the editor (undo, a batch edit): take it without moving the cursor.
        QTextCursor cursor = m_caption->textCursor();
        const int position = cursor.position() == box.size() ? int(d.caption.size()) : std::min(cursor.position(), int(d.caption.size()));
        m_caption->setPlainText(d.caption);
        cursor = m_caption->textCursor();
        cursor.setPosition(position);
        m_caption->setTextCursor(cursor);
        m_savedCaption = d.caption;
    }
    const bool dirty = m_caption->toPlainText() != m_savedCaption;
    m_captionState->setText(dirty ? tr("Editing…") : m_savedCaption.isEmpty() ? tr("No caption yet") : tr("Saved"));
    m_shownProvenance = d.provenance;
    updateCaptionInfo();
}

QString DetailPanel::captionInfoText() const
{
    return m_captionInfo->text();
}

QString DetailPanel::trainerReadsText() const
{
    QTextDocument doc;
    doc.setHtml(m_trainerReads->text());
    return doc.toPlainText();
}

void DetailPanel::updateTrainerReads()
{
    if (!m_shownItem.isValid() || m_details.size() != 1) {
        m_trainerReads->clear();
        m_trainerReads->hide();
        return;
    }
    const Dataset &dataset = m_context.dataset();
    const QString text = trainerReads(dataset.settings, m_caption->toPlainText(), m_details.first().tags);
    QString counts;
    if (const TokenCounter *counter = TokenCounter::sharedIfLoaded()) {
        auto show = [](const QString &name, const TokenCount &c) {
            QString s = DetailPanel::tr("%1 %2%3/%4").arg(name, c.exact ? QString() : QStringLiteral("≈")).arg(c.tokens).arg(c.limit);
            return c.fits() ? s : QStringLiteral("<b style=\"color:#c0392b\">%1</b>").arg(s);
        };
        // Flux reads the caption with T5 (and the first 75 CLIP tokens for its pooled vector); SD with CLIP.
        const TokenCount clip = counter->count(TokenFamily::Clip, text);
        counts = dataset.settings.targetModel == TargetModel::Flux
            ? tr("%1 · %2").arg(show(QStringLiteral("T5"), counter->count(TokenFamily::T5, text)), show(QStringLiteral("CLIP"), clip))
            : show(QStringLiteral("CLIP"), clip);
    }
    QString shown;
    if (text.isEmpty()) {
        switch (dataset.settings.captionSource) {
        case CaptionSource::Caption: shown = tr("nothing yet: the image has no caption"); break;
        case CaptionSource::Tags: shown = tr("nothing yet: the image has no tags"); break;
        case CaptionSource::Both: shown = tr("nothing yet: the image has no caption and no tags"); break;
        }
        shown = QStringLiteral("<i>%1</i>").arg(shown.toHtmlEscaped());
    } else {
        constexpr int MaxShown = 400;
        shown = (text.size() > MaxShown ? text.left(MaxShown - 1) + QStringLiteral("…") : text).toHtmlEscaped();
    }
    m_trainerReads->setText(counts.isEmpty() ? tr("<b>What the trainer will read:</b> %1").arg(shown)
                                             : tr("<b>What the trainer will read</b> (%1): %2").arg(counts, shown));
    m_trainerReads->show();
}

void DetailPanel::updateCaptionInfo()
{
    if (!m_shownItem.isValid() || !m_caption->isEnabled()) {
        m_captionInfo->clear();
        return;
    }
    QStringList parts;
    const bool edited = m_caption->toPlainText() != m_savedCaption;
    const CaptionProvenance &p = m_shownProvenance;
    if (edited || p.origin == CaptionOrigin::Manual) {
        parts << tr("Typed by hand");
        m_captionInfo->setToolTip(QString());
    } else if (p.origin == CaptionOrigin::Imported) {
        parts << tr("From a caption file");
        m_captionInfo->setToolTip(QString());
    } else if (p.origin == CaptionOrigin::Auto) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.at), QLocale::ShortFormat);
        parts << tr("Generated by %1 (%2), %3").arg(p.model, p.backend, when);
        m_captionInfo->setToolTip(tr("Prompt: %1").arg(p.prompt));
    }
    m_captionInfo->setText(parts.join(QStringLiteral(" · ")));
}

void DetailPanel::updateStars(int rating)
{
    const QString style = QStringLiteral("QToolButton { color: %1; font-size: 16px; padding: 0px 1px; border: none; }")
                              .arg(starColor(palette()).name());
    for (int star = 1; star <= 5; ++star) {
        QAbstractButton *b = m_stars->button(star);
        b->setText(QString(star <= rating ? QChar(0x2605) : QChar(0x2606)));
        if (b->styleSheet() != style)
            b->setStyleSheet(style);
    }
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateStars(m_details.size() == 1 ? m_details.first().row.rating : 0);
    QWidget::changeEvent(event);
}

void DetailPanel::updateTagList()
{
    const bool updating = std::exchange(m_updating, true);
    m_tags->clear();
    // Every tag of the selection in the order met, with how many of the selected images carry it; one
    // image's tags can be dragged into a new order.
    QStringList order;
    QHash<QString, int> counts; // by case-folded tag
    QHash<QString, QString> spelling;
    for (const ItemDetail &d : std::as_const(m_details)) {
        for (const QString &t : d.tags) {
            const QString key = t.toCaseFolded();
            if (!counts.contains(key)) {
                order << key;
                spelling.insert(key, t);
            }
            ++counts[key];
        }
    }
    const int n = int(m_details.size());
    m_tags->setDragDropMode(n == 1 ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    for (const QString &key : std::as_const(order)) {
        const QString tag = spelling.value(key);
        const int count = counts.value(key);
        auto *item = new QListWidgetItem(n == 1 ? tag : QStringLiteral("%1  %2/%3").arg(tag).arg(count).arg(n));
        item->setData(Qt::UserRole, tag);
        if (count < n) {
            item->setData(PartialRole, true);
            item->setForeground(palette().color(QPalette::PlaceholderText));
            item->setToolTip(tr("On %1 of the %2 selected images; double-click to add it to all of them").arg(count).arg(n));
        }
        m_tags->addItem(item);
    }
    m_updating = updating;
    updateTrainerReads();
}

void DetailPanel::refreshTagCompletion()
{
    if (!m_dataset.isValid())
        return;
    m_tagRun.start(m_service.tagFrequencies(m_dataset), this, [this](const Result<QList<TagCount>> &tags) {
            if (!tags)
                return;
            QStringList names;
            for (const TagCount &t : *tags)
                names << t.tag; // most used first
            m_completions->setStringList(names);
        });
}

void DetailPanel::commitCaption()
{
    m_captionTimer->stop();
    if (m_details.size() != 1 || !m_stack || !m_caption->isEnabled())
        return;
    const QString text = m_caption->toPlainText();
    if (text == m_savedCaption)
        return;
    const ItemId id = m_details.first().row.id;
    auto *command = new SetCaptionCommand(m_writer, id, text);
    command->setDataset(m_dataset);
    m_stack->push(command);
    m_pendingCaptions.insert(id, {m_writer.lastSubmitted(), text});
    m_savedCaption = text;
    m_details.first().caption = text;
    m_captionState->setText(tr("Saved"));
}

void DetailPanel::focusCaption()
{
    if (m_caption->isEnabled()) {
        m_caption->setFocus(Qt::ShortcutFocusReason);
        m_caption->moveCursor(QTextCursor::End);
    }
}

} // namespace lc::ui
