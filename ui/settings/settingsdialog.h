#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace lc::ui {

class CaptionSettingsPage;
class GeneralSettingsPage;
class QualitySettingsPage;
class ReplicateSettingsPage;
class SearchSettingsPage;

// Settings (Edit → Settings…, Ctrl+,): one page per area, listed on the left: General, then captioning;
// training and image search add theirs. OK stores the settings (QSettings) and any key typed (the
// keychain); a key that cannot be stored keeps the dialog open with the reason.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    GeneralSettingsPage *generalPage() const { return m_general; }
    CaptionSettingsPage *captionPage() const { return m_caption; }
    ReplicateSettingsPage *replicatePage() const { return m_replicate; }
    QualitySettingsPage *qualityPage() const { return m_quality; }
    SearchSettingsPage *searchPage() const { return m_search; }
    void showGeneral();
    void showCaptioning();
    void showReplicate();
    void showQuality();
    void showSearch();
    void accept() override;

Q_SIGNALS:
    void saved();

private:
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    GeneralSettingsPage *m_general;
    CaptionSettingsPage *m_caption;
    ReplicateSettingsPage *m_replicate;
    QualitySettingsPage *m_quality;
    SearchSettingsPage *m_search;
};

} // namespace lc::ui
