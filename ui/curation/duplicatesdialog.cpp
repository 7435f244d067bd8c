#include "duplicatesdialog.h"

#include "curation/quality.h"

#include "edit/catalogwriter.h"
#include "edit/itemcommands.h"
#include "library/libraryservice.h"
#include "util/fileutil.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

constexpr int ImageSide = 260;

} // namespace

DuplicatesDialog::DuplicatesDialog(const LibraryService &service, QUndoStack *undo, const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_undo(undo)
    , m_dataset(dataset)
    , m_scope(new QComboBox(this))
    , m_sensitivity(new QComboBox(this))
    , m_searchButton(new QPushButton(tr("Search Again"), this))
    , m_summary(new QLabel(this))
    , m_groups(new QListWidget(this))
    , m_cards(new QWidget)
    , m_cardsLayout(new QHBoxLayout(m_cards))
    , m_choice(new QButtonGroup(this))
    , m_reason(new QLabel(this))
    , m_mergeTags(new QCheckBox(tr("Give it the others' missing tags"), this))
    , m_caption(new QComboBox(this))
    , m_keep(new QPushButton(tr("Keep Chosen, Trash Others"), this))
    , m_keepAll(new QPushButton(tr("Not Duplicates: Keep All"), this))
    , m_skip(new QPushButton(tr("Skip"), this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicates in “%1”").arg(dataset.name));
    resize(1180, 720);
    m_scope->addItem(tr("This dataset"), int(curation::DuplicateScope::Dataset));
    m_scope->addItem(tr("Every dataset of “%1”").arg(dataset.workspaceName), int(curation::DuplicateScope::Workspace));
    m_sensitivity->addItem(tr("Strict: re-encodes and resizes"), int(curation::Sensitivity::Strict));
    m_sensitivity->addItem(tr("Normal: also edits, small crops, watermarks"), int(curation::Sensitivity::Normal));
    m_sensitivity->addItem(tr("Loose: heavier edits (check each group)"), int(curation::Sensitivity::Loose));
    m_sensitivity->setCurrentIndex(1);
    m_caption->addItem(tr("Keep its caption"), 0);
    m_caption->addItem(tr("Take the longest caption of the group"), 1);
    m_summary->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_groups->setMaximumWidth(300);
    m_groups->setObjectName(QStringLiteral("duplicateGroups"));
    m_keep->setDefault(true);
    m_keep->setObjectName(QStringLiteral("keepChosen"));
    m_keep->setToolTip(tr("Enter: keep the chosen image and move the others to the trash (Edit → Undo brings them back)."));
    m_keepAll->setToolTip(tr("A: these images are different pictures; never propose them as duplicates again."));
    m_skip->setToolTip(tr("→: the next group, deciding later. ← goes back."));
    m_cardsLayout->setSpacing(12);
    // The chosen image's card stands out.
    m_cards->setStyleSheet(QStringLiteral("QFrame#duplicateCard[chosen=\"true\"] { border: 2px solid palette(highlight); border-radius: 4px; }"));
    connect(m_choice, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        const QList<QFrame *> cards = m_cards->findChildren<QFrame *>(QStringLiteral("duplicateCard"));
        if (id >= 0 && id < cards.size()) {
            cards[id]->setProperty("chosen", checked);
            cards[id]->style()->unpolish(cards[id]);
            cards[id]->style()->polish(cards[id]);
        }
    });
    m_cardsLayout->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Look in:"), this));
    top->addWidget(m_scope);
    top->addWidget(new QLabel(tr("Sensitivity:"), this));
    top->addWidget(m_sensitivity);
    top->addWidget(m_searchButton);
    top->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_cards);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_reason);
    rightLayout->addWidget(scroll, 1);
    auto *merge = new QHBoxLayout;
    merge->addWidget(new QLabel(tr("Into the kept image:"), this));
    merge->addWidget(m_mergeTags);
    merge->addWidget(m_caption);
    merge->addStretch(1);
    rightLayout->addLayout(merge);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_keepAll);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_searchButton, &QPushButton::clicked, this, &DuplicatesDialog::search);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::search);
    connect(m_sensitivity, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::search);
    connect(m_groups, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current)
            showGroup(row);
    });
    connect(m_keep, &QPushButton::clicked, this, &DuplicatesDialog::keepChosen);
    connect(m_keepAll, &QPushButton::clicked, this, &DuplicatesDialog::keepAll);
    connect(m_skip, &QPushButton::clicked, this, &DuplicatesDialog::nextGroup);
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Right), &DuplicatesDialog::nextGroup);
    shortcut(QKeySequence(Qt::Key_Left), &DuplicatesDialog::previousGroup);
    shortcut(QKeySequence(Qt::Key_A), &DuplicatesDialog::keepAll);
    for (int n = 1; n <= 9; ++n)
        shortcut(QKeySequence(Qt::Key_0 + n), [this, n] { setKeeper(n - 1); });
    search();
}

void DuplicatesDialog::search()
{
    m_summary->setText(tr("Looking for near-duplicates…"));
    m_groups->clear();
    m_resolved.clear();
    m_current = -1;
    showGroup(-1);
    const auto scope = curation::DuplicateScope(m_scope->currentData().toInt());
    const auto sensitivity = curation::Sensitivity(m_sensitivity->currentData().toInt());
    m_searchRun.start(m_service.findDuplicates(m_dataset.id, scope, sensitivity), this,
        [this](const Result<curation::DuplicateReport> &report) {
            if (!report) {
                m_summary->setText(tr("The search failed: %1").arg(report.error().message));
                Q_EMIT searched();
                return;
            }
            m_report = *report;
            int extra = 0;
            for (const curation::DuplicateGroup &g : std::as_const(m_report.groups)) {
                extra += int(g.members.size()) - 1;
                const curation::DuplicateMember &keeper = g.members.first();
                auto *row = new QListWidgetItem(tr("%n images · keep %1", nullptr, int(g.members.size())).arg(keeper.item.originalName), m_groups);
                row->setToolTip(g.keeperReason);
            }
            QString text = m_report.groups.isEmpty()
                ? tr("No near-duplicates among the %n image(s).", nullptr, m_report.images)
                : tr("%1 group(s) among %2 image(s): %3 image(s) beyond one per group.")
                      .arg(m_report.groups.size()).arg(m_report.images).arg(extra);
            if (m_report.hashedNow > 0)
                text += QLatin1Char(' ') + tr("(%n image(s) stored by an earlier version were hashed first.)", nullptr, m_report.hashedNow);
            m_summary->setText(text);
            if (!m_report.groups.isEmpty())
                showGroup(0);
            Q_EMIT searched();
        });
}

void DuplicatesDialog::showGroup(int index)
{
    // Empty the cards.
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (QAbstractButton *b : m_choice->buttons())
        m_choice->removeButton(b);
    m_current = index >= 0 && index < m_report.groups.size() ? index : -1;
    const bool any = m_current >= 0;
    m_keep->setEnabled(any && !isResolved(m_current));
    m_keepAll->setEnabled(any && !isResolved(m_current));
    m_skip->setEnabled(any);
    if (!any) {
        m_reason->clear();
        return;
    }
    {
        const QSignalBlocker block(m_groups);
        m_groups->setCurrentRow(m_current);
    }
    const curation::DuplicateGroup &g = m_report.groups[m_current];
    m_reason->setText(isResolved(m_current)
            ? tr("Group %1 of %2 — done: %3").arg(m_current + 1).arg(m_report.groups.size()).arg(m_resolved.value(m_current))
            : tr("Group %1 of %2 — suggested: %3, %4. Choose with 1-%5 or a click; Enter keeps it.")
                  .arg(m_current + 1).arg(m_report.groups.size()).arg(g.members.first().item.originalName, g.keeperReason)
                  .arg(std::min<qsizetype>(9, g.members.size())));
    for (int i = 0; i < g.members.size(); ++i) {
        const curation::DuplicateMember &m = g.members[i];
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(QStringLiteral("duplicateCard"));
        auto *v = new QVBoxLayout(card);
        auto *image = new QLabel;
        image->setFixedSize(ImageSide, ImageSide);
        image->setAlignment(Qt::AlignCenter);
        image->setText(tr("Loading…"));
        v->addWidget(image);
        // Scaled in the loading job; only the pixmap is made here.
        async::onResult(m_service.loadThumbnail(m.item.blob, ImageSide), image, [image](const QImage &thumbnail) {
            if (thumbnail.isNull())
                image->setText(tr("No preview"));
            else
                image->setPixmap(QPixmap::fromImage(thumbnail));
        });
        auto *choose = new QRadioButton(QStringLiteral("%1  %2").arg(i + 1).arg(m.item.originalName));
        choose->setToolTip(m.item.sourcePath);
        m_choice->addButton(choose, i);
        v->addWidget(choose);
        auto *facts = new QLabel;
        facts->setObjectName(QStringLiteral("facts"));
        facts->setTextFormat(Qt::RichText);
        facts->setWordWrap(true);
        facts->setFixedWidth(ImageSide);
        v->addWidget(facts);
        v->addStretch(1);
        card->setFixedWidth(ImageSide + 24);
        m_cardsLayout->insertWidget(i, card, 0, Qt::AlignTop);
        if (i == 0)
            choose->setChecked(true);
    }
    m_details.clear();
    QList<ItemId> ids;
    for (const curation::DuplicateMember &m : g.members)
        ids << m.item.item;
    m_detailsRun.start(m_service.itemDetails(ids), this, [this](const Result<QList<ItemDetail>> &details) {
        if (details)
            showDetails(*details);
    });
    showDetails({});
    Q_EMIT groupShown(m_current);
}

void DuplicatesDialog::showDetails(const QList<ItemDetail> &details)
{
    for (const ItemDetail &d : details)
        m_details.insert(d.row.id, d);
    if (m_current < 0)
        return;
    const curation::DuplicateGroup &g = m_report.groups[m_current];
    const QList<QLabel *> labels = m_cards->findChildren<QLabel *>(QStringLiteral("facts"));
    for (int i = 0; i < g.members.size() && i < labels.size(); ++i) {
        const curation::DuplicateMember &m = g.members[i];
        const ItemDetail d = m_details.value(m.item.item);
        QStringList lines;
        lines << tr("<b>%1 × %2</b> px · %3 · %4").arg(m.item.width).arg(m.item.height).arg(FileUtil::formatBytes(m.item.bytes), m.item.format.toUpper());
        lines << tr("sharpness %1 · similarity %2 %").arg(qRound(m.item.sharpness)).arg(m.similarity);
        if (m_report.scope == curation::DuplicateScope::Workspace)
            lines << tr("in %1").arg(m.item.datasetName.toHtmlEscaped());
        if (m.item.rejected)
            lines << tr("<i>rejected</i>");
        // Its quality flags (the grid's badges), which may decide the keeper.
        if (m_details.contains(m.item.item)) {
            if (const std::optional<QualityMetrics> &metrics = d.row.quality) {
                const QSize size = d.row.crop ? d.row.crop->size() : QSize(d.row.width, d.row.height);
                QStringList problems;
                for (curation::QualityFlag f : curation::qualityFlags(*metrics,
                         {size, d.row.byteSize, d.row.format, m_dataset.settings.targetResolution, d.row.crop.has_value()},
                         m_service.qualityThresholds()))
                    problems << curation::flagLabel(f).toHtmlEscaped();
                if (!problems.isEmpty())
                    lines << QStringLiteral("<span style=\"color:#e0913a\">⚠ %1</span>").arg(problems.join(QStringLiteral(", ")));
            }
        }
        const QString caption = m_details.contains(m.item.item) ? d.caption : QString();
        lines << (m.item.captionLength == 0 ? tr("<i>no caption</i>")
                                            : tr("caption (%1 chars): %2").arg(m.item.captionLength).arg(caption.left(120).toHtmlEscaped()));
        if (!d.tags.isEmpty())
            lines << tr("tags: %1").arg(d.tags.mid(0, 12).join(QStringLiteral(", ")).toHtmlEscaped());
        if (i == 0)
            lines << tr("<b>suggested</b>: %1").arg(g.keeperReason.toHtmlEscaped());
        labels[i]->setText(lines.join(QStringLiteral("<br>")));
    }
}

int DuplicatesDialog::keeper() const
{
    return m_choice->checkedId();
}

void DuplicatesDialog::setKeeper(int member)
{
    if (QAbstractButton *b = m_choice->button(member))
        b->setChecked(true);
}

void DuplicatesDialog::keepChosen()
{
    if (m_current < 0 || isResolved(m_current) || keeper() < 0)
        return;
    const curation::DuplicateGroup &g = m_report.groups[m_current];
    const int chosen = keeper();
    const ItemId kept = g.members[chosen].item.item;
    QList<ItemId> others;
    for (int i = 0; i < g.members.size(); ++i) {
        if (i != chosen)
            others << g.members[i].item.item;
    }
    CatalogWriter &writer = m_service.writer();
    m_undo->beginMacro(tr("Keep 1 of %n Duplicates", nullptr, int(g.members.size())));
    if (m_mergeTags->isChecked() && m_details.contains(kept)) {
        QStringList missing;
        const QStringList have = m_details.value(kept).tags;
        for (ItemId other : std::as_const(others)) {
            for (const QString &tag : m_details.value(other).tags) {
                if (!have.contains(tag, Qt::CaseInsensitive) && !missing.contains(tag, Qt::CaseInsensitive))
                    missing << tag;
            }
        }
        if (!missing.isEmpty())
            m_undo->push(new EditTagsCommand(writer, {kept}, missing, {}, tr("Add Tags of Duplicates")));
    }
    if (m_caption->currentData().toInt() == 1 && m_details.contains(kept)) {
        QString longest = m_details.value(kept).caption;
        for (ItemId other : std::as_const(others)) {
            const QString c = m_details.value(other).caption;
            if (c.trimmed().size() > longest.trimmed().size())
                longest = c;
        }
        if (longest != m_details.value(kept).caption)
            m_undo->push(new SetCaptionCommand(writer, kept, longest));
    }
    m_undo->push(new SetStatusCommand(writer, others, ItemStatus::Trashed));
    m_undo->endMacro();
    markResolved(m_current, tr("kept %1, %n moved to the trash", nullptr, int(others.size())).arg(g.members[chosen].item.originalName));
    Q_EMIT message(tr("Kept %1; %n duplicate(s) moved to the trash (Edit → Undo brings them back).", nullptr, int(others.size()))
                       .arg(g.members[chosen].item.originalName));
    moveToUnresolved(m_current, 1);
}

void DuplicatesDialog::keepAll()
{
    if (m_current < 0 || isResolved(m_current))
        return;
    const int group = m_current;
    QList<ContentHash> blobs;
    for (const curation::DuplicateMember &m : m_report.groups[group].members)
        blobs << m.item.blob;
    markResolved(group, tr("kept all: not duplicates"));
    async::onResult(m_service.markNotDuplicates(blobs), this, [this](const Result<void> &done) {
        if (!done)
            Q_EMIT message(tr("Could not remember them as not duplicates: %1").arg(done.error().message));
    });
    moveToUnresolved(group, 1);
}

void DuplicatesDialog::markResolved(int group, const QString &how)
{
    m_resolved.insert(group, how);
    if (QListWidgetItem *row = m_groups->item(group)) {
        QFont f = row->font();
        f.setStrikeOut(true);
        row->setFont(f);
        row->setText(QStringLiteral("✓ ") + row->text());
        row->setToolTip(how);
    }
}

void DuplicatesDialog::moveToUnresolved(int from, int step)
{
    const int n = int(m_report.groups.size());
    for (int k = 1; k <= n; ++k) {
        const int g = ((from + step * k) % n + n) % n;
        if (!isResolved(g)) {
            showGroup(g);
            return;
        }
    }
    showGroup(from);
    m_summary->setText(tr("Every group is done. %1").arg(m_summary->text()));
}

void DuplicatesDialog::nextGroup()
{
    if (!m_report.groups.isEmpty())
        showGroup((m_current + 1) % int(m_report.groups.size()));
}

void DuplicatesDialog::previousGroup()
{
    if (!m_report.groups.isEmpty())
        showGroup((m_current - 1 + int(m_report.groups.size())) % int(m_report.groups.size()));
}

} // namespace lc::ui
