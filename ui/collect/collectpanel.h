#pragma once

#include "search/searchtypes.h"
#include "search/webimport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace lc::search {
class SearchService;
}

namespace lc::ui {

class CollectResultsModel;
class SelectionContext;

// View → Collect from the Web: searches an image provider (Openverse without an account, Brave Image
// Search with a key) with the filters it supports, shows the results as thumbnails loaded lazily as they
// scroll into view (each with its size, source site, licence and creator), asks for the next page near
// the end of the list within the provider's rate limit ("rate limited, retrying in 4 s" while it waits),
// and adds the selected results to the dataset on screen: addRequested() becomes a download job that
// imports them through the import pipeline, each with its licence and attribution.
class CollectPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectPanel)

public:
    explicit CollectPanel(SelectionContext &context, QWidget *parent = nullptr);
    ~CollectPanel() override;

    // Runs the query typed with the filters set (the provider's key is read from the keychain first).
    void search();
    void focusQuery();
    // The images of the selected results, with their provenance (retrieved now).
    QList<search::WebImage> selectedImages() const;
    int resultCount() const;
    QString statusText() const;
    QListView *resultsView() const { return m_results; }

Q_SIGNALS:
    void addRequested(lc::DatasetId dataset, const QString &datasetName, const QList<lc::search::WebImage> &images);
    void settingsRequested(); // the provider needs a key: Settings → Search

private:
    void providerChanged();
    search::SearchQuery currentQuery() const;
    void startSearch(const QString &apiKey);
    void maybeFetchMore();
    void updateAddButton();
    void setStatus(const QString &text, bool problem = false);
    void saveSettings() const;

    SelectionContext &m_context;
    search::SearchService *m_service;
    CollectResultsModel *m_model;
    QLineEdit *m_query;
    QComboBox *m_provider;
    QPushButton *m_searchButton;
    QComboBox *m_license;
    QSpinBox *m_minSize;
    QComboBox *m_orientation;
    QCheckBox *m_safeSearch;
    QListView *m_results;
    QLabel *m_status;
    QPushButton *m_keyButton;
    QPushButton *m_add;
    int m_totalCount = -1;
    int m_droppedTooSmall = 0;
};

} // namespace lc::ui
