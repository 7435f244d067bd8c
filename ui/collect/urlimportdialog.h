#pragma once

#include "search/webimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace lc::ui {

// File → Import from URLs…: a pasted list of image addresses (one per line), checked as it is typed
// (how many will be fetched, which lines are not http(s) addresses and are left out), then downloaded
// into the dataset on screen through the import pipeline, each image keeping its address.
class UrlImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlImportDialog)

public:
    // `datasetName`: "Workspace/Dataset", where the images go.
    explicit UrlImportDialog(const QString &datasetName, QWidget *parent = nullptr);

    void setText(const QString &text);
    // The addresses to fetch (valid after the text is set or typed).
    QList<search::WebImage> images() const;
    QString summary() const;

private:
    void check();

    QPlainTextEdit *m_text;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    search::ParsedUrls m_parsed;
};

} // namespace lc::ui
