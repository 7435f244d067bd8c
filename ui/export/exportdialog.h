#pragma once

#include "async/async.h"
#include "export/exporttypes.h"
#include "library/libraryservice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QTreeWidget;


namespace lc::ui {

// Export: target, options, output path and a live pre-flight report (computed off the GUI thread while
// the options change). Export is enabled only when the report has no errors; the plan it was checked
// against is what gets exported.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const LibraryService &service, const Dataset &dataset, QWidget *parent = nullptr);

    ExportOptions options() const;
    // The checked plan (valid after accept()).
    const ExportPlan &plan() const { return m_plan; }
    // True while a check is scheduled or running.
    bool isCheckPending() const;

    // For tests and scripting.
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *outputEdit() const { return m_output; }
    QLineEdit *triggerEdit() const { return m_trigger; }
    QTreeWidget *reportView() const { return m_report; }
    QCheckBox *zipBox() const { return m_zip; }
    QLineEdit *subsetsEdit() const { return m_subsets; }
    QCheckBox *allowDropsBox() const { return m_allowDrops; }
    QLineEdit *resolutionsEdit() const { return m_resolutions; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *captionVariantsBox() const { return m_captionVariants; }
    QSpinBox *repeatsBox() const { return m_repeats; }
    bool canExport() const;
    // The bytes the export will write, estimated from the plan (originals kept as they are, else the
    // output pixels at typical JPEG q95 / PNG sizes); 0 before the first check.
    qint64 estimatedBytes() const;
    // Keeps this dataset's and format's options for the next export, and the trigger and class words in
    // the dataset's settings when they were changed here (done when the export starts).
    void remember();



Q_SIGNALS:
    void checked(); // a pre-flight check finished
    // "Show in Grid" on a pre-flight line: the images it names (the dialog closes).
    void showInGridRequested(const QList<lc::ItemId> &items);

public:
    // The items a pre-flight line names (its images, by the plan's entries), for Show in Grid (tests).
    QList<ItemId> issueItems(int issue) const;
    void showIssueInGrid(int issue);

private:
    void scheduleCheck();
    void runCheck();
    void chooseOutput();
    void updateButtons();
    void formatChanged();
    QString defaultName(ExportFormat format) const;
    // Where this dataset's export options for `format` are kept (per library, dataset and format).
    QString settingsGroup(ExportFormat format) const;
    void restoreOptions(ExportFormat format);
    void updateApplicable();

    const LibraryService &m_service;
    async::Latest<ExportCheck> m_checkRun;
    async::Latest<Result<LibraryService::ExportSourcePtr>> m_sourceRun;
    LibraryService::ExportSourcePtr m_source; // the dataset as read when the dialog opened
    QHash<ItemId, qint64> m_sourceBytes;      // each item's stored size, for the estimate
    Dataset m_dataset;
    ExportPlan m_plan;
    bool m_planValid = false;
    ExportCheck::Output m_outputState = ExportCheck::Output::Free; // as the last check found it
    QString m_outputProblem;
    QString m_autoName;     // the name the dialog proposed; replaced when the format changes, unless edited
    bool m_userZip = false; // the ZIP choice before a ZIP-only trainer forced it on
    ExportFormat m_lastFormat = ExportFormat::Kohya;

    QComboBox *m_format;
    QLineEdit *m_output;
    QCheckBox *m_zip;
    QLineEdit *m_trigger;
    QLineEdit *m_class;
    QSpinBox *m_repeats;
    QComboBox *m_captionSource;
    QCheckBox *m_prependTrigger;
    QCheckBox *m_includeRejected;
    QCheckBox *m_allowDrops;
    QLineEdit *m_subsets;      // "closeup:4, full body:2"
    QLineEdit *m_resolutions;  // "512, 768, 1024"; empty: the trainer's own for the target
    QCheckBox *m_regularization;
    QCheckBox *m_captionVariants;
    QComboBox *m_naming;
    QComboBox *m_imageFormat;
    QComboBox *m_resize;
    QSpinBox *m_longSide;
    QTreeWidget *m_report;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QTimer *m_checkDelay;
};

} // namespace lc::ui
