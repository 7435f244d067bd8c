#include "collectpanel.h"

#include "common/selectioncontext.h"
#include "search/searchprovider.h"
#include "search/searchservice.h"
#include "secrets/secretstore.h"

#include <QAbstractListModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

#include <QSet>

#include <algorithm>
#include <functional>

namespace lc::ui {

namespace {

const QSize ThumbnailSize(152, 114);
const QSize CellSize(164, 164);

// How a licence is shown: free to use (public domain), attribution, or restricted (NC / ND), else unknown.
enum class LicenseKind { Unknown, PublicDomain, Open, Restricted };

LicenseKind licenseKind(const search::Provenance &p)
{
    const QString slug = search::normalizedLicense(p.license);
    const search::LicenseTerms terms = search::licenseTerms(slug);
    if (!terms.known)
        return LicenseKind::Unknown;
    if (slug == QLatin1String("cc0") || slug == QLatin1String("pdm"))
        return LicenseKind::PublicDomain;
    return terms.commercial && terms.derivatives ? LicenseKind::Open : LicenseKind::Restricted;
}

} // namespace

// The results of the current query, each with its thumbnail once loaded. A thumbnail is asked for the
// first time a view wants to paint the result (lazily: only the ones scrolled into view).
class CollectResultsModel final : public QAbstractListModel
{
public:
    enum class ThumbState { NotAsked, Loading, Loaded, Failed };
    struct Row
    {
        search::SearchResult result;
        QImage thumbnail;
        ThumbState state = ThumbState::NotAsked;
    };

    explicit CollectResultsModel(QObject *parent) : QAbstractListModel(parent) {}

    std::function<void(const QUrl &)> requestThumbnail;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        const search::Provenance &p = row.result.provenance;
        switch (role) {
        case Qt::DisplayRole:
            return p.title.isEmpty() ? p.imageUrl : p.title;
        case Qt::ToolTipRole: {
            QStringList lines;
            if (!p.title.isEmpty())
                lines << QStringLiteral("<b>%1</b>").arg(p.title.toHtmlEscaped());
            lines << p.attributionLine().toHtmlEscaped();
            if (!p.pageUrl.isEmpty())
                lines << p.pageUrl.toHtmlEscaped();
            return lines.join(QStringLiteral("<br>"));
        }
        default:
            return {};
        }
    }

    // The row's thumbnail: asked for now when it has not been yet.
    const Row &rowForPainting(int index) const
    {
        Row &row = const_cast<Row &>(m_rows.at(index));
        if (row.state == ThumbState::NotAsked) {
            if (row.result.thumbnailUrl.isValid() && requestThumbnail) {
                row.state = ThumbState::Loading;
                requestThumbnail(row.result.thumbnailUrl);
            } else {
                row.state = ThumbState::Failed;
            }
        }
        return row;
    }
    const Row &row(int index) const { return m_rows.at(index); }

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        m_seen.clear();
        endResetModel();
    }

    // A page's results not shown already (providers repeat a result on two pages now and then).
    void append(const QList<search::SearchResult> &results)
    {
        QList<Row> fresh;
        for (const search::SearchResult &r : results) {
            const QString key = r.id.isEmpty() ? r.provenance.imageUrl : r.id;
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
            fresh.append(Row{r, {}, ThumbState::NotAsked});
        }
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }

    void setThumbnail(const QUrl &url, const QImage &image)
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            Row &row = m_rows[i];
            if (row.result.thumbnailUrl != url)
                continue;
            row.thumbnail = image;
            row.state = image.isNull() ? ThumbState::Failed : ThumbState::Loaded;
            const QModelIndex at = index(i);
            Q_EMIT dataChanged(at, at, {Qt::DecorationRole});
        }
    }

    // Thumbnails asked for but not arrived (a canceled query's): ask again when painted.
    void forgetPending()
    {
        for (Row &row : m_rows)
            if (row.state == ThumbState::Loading)
                row.state = ThumbState::NotAsked;
    }

private:
    QList<Row> m_rows;
    QSet<QString> m_seen;
};

namespace {

// A result: its thumbnail, then "1024 × 768 · flickr" and "CC BY 2.0 · creator", the licence marked
// green (public domain), neutral (attribution), orange (non-commercial or no derivatives) or grey.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    ResultDelegate(CollectResultsModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) {}

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override { return CellSize; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        using ThumbState = CollectResultsModel::ThumbState;
        const CollectResultsModel::Row &row = m_model->rowForPainting(index.row());
        const search::SearchResult &r = row.result;
        const QPalette &palette = option.palette;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect cell = option.rect.adjusted(3, 3, -3, -3);
        const bool selected = option.state & QStyle::State_Selected;
        if (selected) {
            QPainterPath path;
            path.addRoundedRect(cell, 6, 6);
            painter->fillPath(path, palette.color(QPalette::Highlight).lighter(option.state & QStyle::State_HasFocus ? 100 : 115));
        } else if (option.state & QStyle::State_MouseOver) {
            QPainterPath path;
            path.addRoundedRect(cell, 6, 6);
            painter->fillPath(path, palette.color(QPalette::AlternateBase));
        }
        const QRect thumbArea(cell.left() + (cell.width() - ThumbnailSize.width()) / 2, cell.top() + 4, ThumbnailSize.width(),
            ThumbnailSize.height());
        if (row.state == ThumbState::Loaded) {
            const QSize shown = row.thumbnail.size().scaled(thumbArea.size(), Qt::KeepAspectRatio);
            const QRect target(thumbArea.left() + (thumbArea.width() - shown.width()) / 2,
                thumbArea.top() + (thumbArea.height() - shown.height()) / 2, shown.width(), shown.height());
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(target, row.thumbnail);
        } else {
            painter->fillRect(thumbArea, palette.color(QPalette::Base).darker(105));
            painter->setPen(palette.color(QPalette::PlaceholderText));
            painter->drawText(thumbArea, Qt::AlignCenter,
                row.state == ThumbState::Failed ? CollectPanel::tr("No preview") : CollectPanel::tr("Loading…"));
        }

        const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
        const QFontMetrics fm(option.font);
        const int lineHeight = fm.height();
        QRect line(cell.left() + 6, thumbArea.bottom() + 5, cell.width() - 12, lineHeight);

        QStringList first;
        first << (r.width > 0 && r.height > 0 ? CollectPanel::tr("%1 × %2").arg(r.width).arg(r.height) : CollectPanel::tr("size unknown"));
        if (!r.sourceSite.isEmpty())
            first << r.sourceSite;
        painter->setPen(text);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(first.join(QStringLiteral(" · ")), Qt::ElideRight, line.width()));

        line.translate(0, lineHeight + 1);
        const search::Provenance &p = r.provenance;
        const QString licence = p.license.isEmpty() ? CollectPanel::tr("licence unknown") : p.licenseName();
        QColor badge;
        switch (licenseKind(p)) {
        case LicenseKind::PublicDomain: badge = QColor(0x2e, 0x9d, 0x4f); break;
        case LicenseKind::Open: badge = QColor(0x3f, 0x7c, 0xc8); break;
        case LicenseKind::Restricted: badge = QColor(0xd9, 0x7a, 0x1e); break;
        case LicenseKind::Unknown: badge = palette.color(QPalette::PlaceholderText); break;
        }
        const int dot = fm.height() / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge);
        painter->drawEllipse(QRect(line.left(), line.center().y() - dot / 2, dot, dot));
        QRect licenceLine = line.adjusted(dot + 5, 0, 0, 0);
        QString second = licence;
        if (!p.creator.isEmpty())
            second += QStringLiteral(" · ") + p.creator;
        painter->setPen(selected ? text : palette.color(QPalette::PlaceholderText));
        painter->drawText(licenceLine, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(second, Qt::ElideRight, licenceLine.width()));
        painter->restore();
    }

private:
    CollectResultsModel *m_model;
};

struct LicenseChoice
{
    const char *text;
    QStringList licenses;
};

QList<LicenseChoice> licenseChoices()
{
    return {
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "Any licence"), {}},
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "Commercial use allowed"), {QStringLiteral("commercial")}},
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "Commercial use and changes allowed"), {QStringLiteral("commercial"), QStringLiteral("modification")}},
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "Changes allowed"), {QStringLiteral("modification")}},
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "Public domain (CC0, PDM)"), {QStringLiteral("cc0"), QStringLiteral("pdm")}},
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "CC0, PDM or CC BY"), {QStringLiteral("cc0"), QStringLiteral("pdm"), QStringLiteral("by")}},
        {QT_TRANSLATE_NOOP("lc::ui::CollectPanel", "CC0, PDM, CC BY or CC BY-SA"),
            {QStringLiteral("cc0"), QStringLiteral("pdm"), QStringLiteral("by"), QStringLiteral("by-sa")}},
    };
}

} // namespace

CollectPanel::CollectPanel(SelectionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(new search::SearchService(this))
    , m_model(new CollectResultsModel(this))
    , m_query(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_license(new QComboBox(this))
    , m_minSize(new QSpinBox(this))
    , m_orientation(new QComboBox(this))
    , m_safeSearch(new QCheckBox(tr("Safe search"), this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_keyButton(new QPushButton(tr("Set API Key…"), this))
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("collectPanel"));
    m_query->setObjectName(QStringLiteral("collectQuery"));
    m_query->setPlaceholderText(tr("Search openly licensed images…"));
    m_query->setClearButtonEnabled(true);
    m_provider->setObjectName(QStringLiteral("collectProvider"));
    for (const QString &key : search::providerKeys())
        m_provider->addItem(search::makeProvider(key)->info().name, key);
    m_searchButton->setObjectName(QStringLiteral("collectSearch"));
    m_searchButton->setDefault(true);

    m_license->setObjectName(QStringLiteral("collectLicense"));
    for (const LicenseChoice &choice : licenseChoices())
        m_license->addItem(tr(choice.text), choice.licenses);
    m_license->setToolTip(tr("Only images under these licences. NC licences forbid commercial use, ND licences forbid "
                             "adaptations: a LoRA trained on an image is arguably one."));
    m_minSize->setObjectName(QStringLiteral("collectMinSize"));
    m_minSize->setRange(0, 8192);
    m_minSize->setSingleStep(128);
    m_minSize->setSuffix(tr(" px"));
    m_minSize->setSpecialValueText(tr("Any size"));
    m_minSize->setToolTip(tr("The shorter side at least this long: results known to be smaller are left out."));
    m_orientation->setObjectName(QStringLiteral("collectOrientation"));
    m_orientation->addItem(tr("Any shape"), int(search::Orientation::Any));
    m_orientation->addItem(tr("Tall"), int(search::Orientation::Tall));
    m_orientation->addItem(tr("Wide"), int(search::Orientation::Wide));
    m_orientation->addItem(tr("Square"), int(search::Orientation::Square));
    m_safeSearch->setObjectName(QStringLiteral("collectSafeSearch"));
    m_safeSearch->setChecked(true);

    m_results->setObjectName(QStringLiteral("collectResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ResultDelegate(m_model, m_results));
    m_results->setViewMode(QListView::IconMode);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setMovement(QListView::Static);
    m_results->setUniformItemSizes(true);
    m_results->setGridSize(CellSize);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setMouseTracking(true);
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    m_results->setMinimumHeight(CellSize.height() + 8);
    m_status->setObjectName(QStringLiteral("collectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyButton->setObjectName(QStringLiteral("collectSetKey"));
    m_keyButton->hide();
    m_add->setObjectName(QStringLiteral("collectAdd"));

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_provider);
    queryRow->addWidget(m_searchButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_license, 1);
    filterRow->addWidget(m_minSize);
    filterRow->addWidget(m_orientation);
    filterRow->addWidget(m_safeSearch);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_status, 1);
    bottomRow->addWidget(m_keyButton);
    bottomRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(queryRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottomRow);

    QSettings settings;
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(settings.value(QStringLiteral("collect/provider")).toString())));
    m_license->setCurrentIndex(std::clamp(settings.value(QStringLiteral("collect/license"), 0).toInt(), 0, m_license->count() - 1));
    m_minSize->setValue(settings.value(QStringLiteral("collect/minSize"), 0).toInt());
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(settings.value(QStringLiteral("collect/orientation"), 0).toInt())));
    m_safeSearch->setChecked(settings.value(QStringLiteral("collect/safeSearch"), true).toBool());
    providerChanged();
    setStatus(tr("Search Openverse for openly licensed images, select the ones you want, and add them to the dataset "
                 "on screen with their licences."));

    m_model->requestThumbnail = [this](const QUrl &url) { m_service->requestThumbnail(url, ThumbnailSize); };
    connect(m_service, &search::SearchService::thumbnailReady, m_model, &CollectResultsModel::setThumbnail);
    connect(m_query, &QLineEdit::returnPressed, this, &CollectPanel::search);
    connect(m_searchButton, &QPushButton::clicked, this, &CollectPanel::search);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CollectPanel::providerChanged);
    connect(m_keyButton, &QPushButton::clicked, this, &CollectPanel::settingsRequested);
    connect(m_results->verticalScrollBar(), &QScrollBar::valueChanged, this, &CollectPanel::maybeFetchMore);
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CollectPanel::updateAddButton);
    connect(&m_context, &SelectionContext::datasetChanged, this, &CollectPanel::updateAddButton);
    connect(&m_context, &SelectionContext::datasetUpdated, this, &CollectPanel::updateAddButton);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const Dataset &dataset = m_context.dataset();
        const QList<search::WebImage> images = selectedImages();
        if (!dataset.id.isValid() || images.isEmpty())
            return;
        Q_EMIT addRequested(dataset.id, dataset.workspaceName + QLatin1Char('/') + dataset.name, images);
        m_results->clearSelection();
    });
    connect(m_results, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString page = m_model->row(index.row()).result.provenance.pageUrl;
        if (!page.isEmpty())
            QDesktopServices::openUrl(QUrl(page));
    });
    connect(m_results, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_results->indexAt(at);
        if (!index.isValid())
            return;
        const search::Provenance p = m_model->row(index.row()).result.provenance;
        QMenu menu(this);
        QAction *add = menu.addAction(m_add->text());
        add->setEnabled(m_add->isEnabled());
        connect(add, &QAction::triggered, m_add, &QPushButton::click);
        menu.addSeparator();
        menu.addAction(tr("Open Source Page"), this, [p] { QDesktopServices::openUrl(QUrl(p.pageUrl)); })->setEnabled(!p.pageUrl.isEmpty());
        menu.addAction(tr("Open Licence"), this, [p] { QDesktopServices::openUrl(QUrl(p.licenseUrl)); })->setEnabled(!p.licenseUrl.isEmpty());
        menu.exec(m_results->viewport()->mapToGlobal(at));
    });
    connect(m_service, &search::SearchService::busyChanged, this, [this](bool busy) {
        m_searchButton->setText(busy ? tr("Stop") : tr("Search"));
    });
    connect(m_service, &search::SearchService::notice, this, [this](const QString &text) { setStatus(text); });
    connect(m_service, &search::SearchService::failed, this, [this](const Error &error) {
        setStatus(m_model->rowCount() > 0 ? tr("%1 (the results so far stay)").arg(error.message) : error.message, true);
        const search::ProviderInfo info = search::makeProvider(m_provider->currentData().toString())->info();
        m_keyButton->setVisible(info.needsKey && (error.code == ErrorCode::Authentication || error.code == ErrorCode::InvalidArgument));
    });
    connect(m_service, &search::SearchService::pageArrived, this, [this](const search::SearchPage &page, bool hasMore) {
        if (page.totalCount >= 0)
            m_totalCount = page.totalCount;
        m_droppedTooSmall += page.droppedTooSmall;
        m_model->append(page.results);
        const int shown = m_model->rowCount();
        QString text = shown == 0 ? tr("Nothing found. Try other words or fewer filters.")
            : m_totalCount > shown ? tr("Results: %n of about %1", nullptr, shown).arg(QLocale().toString(m_totalCount))
                                   : tr("Results: %n", nullptr, shown);
        if (m_droppedTooSmall > 0)
            text += QStringLiteral(" · ") + tr("%n smaller than the minimum size left out", nullptr, m_droppedTooSmall);
        if (shown > 0 && !hasMore)
            text += QStringLiteral(" · ") + tr("no more pages");
        setStatus(text);
        // Fill the view: another page while there is no scroll bar yet (the session keeps the pace).
        QTimer::singleShot(0, this, &CollectPanel::maybeFetchMore);
    });
    updateAddButton();
}

CollectPanel::~CollectPanel()
{
    saveSettings();
}

void CollectPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void CollectPanel::providerChanged()
{
    const search::ProviderInfo info = search::makeProvider(m_provider->currentData().toString())->info();
    m_license->setEnabled(info.licenseFilter);
    m_orientation->setEnabled(info.orientationFilter);
    m_safeSearch->setEnabled(info.safeSearchFilter);
    const QString none = tr("%1 cannot filter by this.").arg(info.name);
    m_license->setToolTip(info.licenseFilter ? tr("Only images under these licences. NC licences forbid commercial use, ND "
                                                  "licences forbid adaptations: a LoRA trained on an image is arguably one.")
                                             : tr("%1 results carry no licence: check each image's source before you use it.").arg(info.name));
    m_orientation->setToolTip(info.orientationFilter ? QString() : none);
    m_safeSearch->setToolTip(info.safeSearchFilter ? tr("Leave out images marked as mature.") : none);
    m_query->setPlaceholderText(info.licenseFilter ? tr("Search openly licensed images…") : tr("Search images on the web…"));
    m_keyButton->hide();
}

search::SearchQuery CollectPanel::currentQuery() const
{
    search::SearchQuery query;
    query.text = m_query->text().simplified();
    if (m_license->isEnabled())
        query.licenses = m_license->currentData().toStringList();
    query.minSize = m_minSize->value();
    if (m_orientation->isEnabled())
        query.orientation = search::Orientation(m_orientation->currentData().toInt());
    query.safeSearch = !m_safeSearch->isEnabled() || m_safeSearch->isChecked();
    return query;
}

void CollectPanel::search()
{
    if (m_service->isBusy() && sender() == m_searchButton) {
        m_service->cancel();
        m_model->forgetPending();
        setStatus(tr("Stopped. Results: %n.", nullptr, m_model->rowCount()));
        return;
    }
    if (m_query->text().simplified().isEmpty()) {
        setStatus(tr("Type something to search for."), true);
        m_query->setFocus();
        return;
    }
    saveSettings();
    m_keyButton->hide();
    const search::ProviderInfo info = search::makeProvider(m_provider->currentData().toString())->info();
    if (!info.needsKey) {
        startSearch({});
        return;
    }
    setStatus(tr("Looking for the %1 key in the keychain…").arg(info.name));
    SecretStore().lookupAsync(info.keychainKey, info.keyVariable, this, [this](const Secret &secret) { startSearch(secret.value); });
}

void CollectPanel::startSearch(const QString &apiKey)
{
    m_model->clear();
    m_totalCount = -1;
    m_droppedTooSmall = 0;
    const QString provider = m_provider->currentData().toString();
    setStatus(tr("Searching %1…").arg(m_provider->currentText()));
    m_service->start(provider, apiKey, currentQuery());
    updateAddButton();
}

void CollectPanel::maybeFetchMore()
{
    if (!m_service->canFetchMore())
        return;
    const QScrollBar *bar = m_results->verticalScrollBar();
    // Near the end of the list (the last two rows), or no scroll bar yet.
    if (bar->maximum() == 0 || bar->value() >= bar->maximum() - 2 * CellSize.height())
        m_service->fetchMore();
}

void CollectPanel::updateAddButton()
{
    const Dataset &dataset = m_context.dataset();
    const int selected = int(m_results->selectionModel()->selectedIndexes().size());
    if (!dataset.id.isValid()) {
        m_add->setText(tr("Add to Dataset"));
        m_add->setEnabled(false);
        m_add->setToolTip(tr("Select a dataset in the library first."));
        return;
    }
    m_add->setText(selected > 0 ? tr("Add %n to %1", nullptr, selected).arg(dataset.name) : tr("Add to %1").arg(dataset.name));
    m_add->setEnabled(selected > 0);
    m_add->setToolTip(selected > 0 ? tr("Download the selected images into %1/%2, with their licences, as a task.")
                                         .arg(dataset.workspaceName, dataset.name)
                                   : tr("Select the results to add (Ctrl+A selects all)."));
}

QList<search::WebImage> CollectPanel::selectedImages() const
{
    QModelIndexList rows = m_results->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<search::WebImage> images;
    for (const QModelIndex &index : rows) {
        search::Provenance p = m_model->row(index.row()).result.provenance;
        const QUrl url = search::webUrl(p.imageUrl);
        if (!url.isValid())
            continue;
        p.retrievedAt = now;
        images.append(search::WebImage{url, p});
    }
    return images;
}

int CollectPanel::resultCount() const
{
    return m_model->rowCount();
}

QString CollectPanel::statusText() const
{
    return m_status->text();
}

void CollectPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette colors = palette();
    colors.setColor(QPalette::WindowText, problem ? QColor(0xc0, 0x39, 0x2b) : colors.color(QPalette::PlaceholderText));
    m_status->setPalette(colors);
}

void CollectPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("collect/provider"), m_provider->currentData().toString());
    settings.setValue(QStringLiteral("collect/license"), m_license->currentIndex());
    settings.setValue(QStringLiteral("collect/minSize"), m_minSize->value());
    settings.setValue(QStringLiteral("collect/orientation"), m_orientation->currentData().toInt());
    settings.setValue(QStringLiteral("collect/safeSearch"), m_safeSearch->isChecked());
}

} // namespace lc::ui
