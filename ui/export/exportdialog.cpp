#include "exportdialog.h"

#include "export/exportplanner.h"
#include "export/trainers/trainer.h"
#include "library/libraryservice.h"

#include <QCheckBox>
#include <QLocale>
#include <QSettings>
#include <QCryptographicHash>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

bool zipOnly(ExportFormat f)
{
    return trainerFor(f).archiveOnly();
}

} // namespace

ExportDialog::ExportDialog(const LibraryService &service, const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_dataset(dataset)
    , m_format(new QComboBox(this))
    , m_output(new QLineEdit(this))
    , m_zip(new QCheckBox(tr("Write a ZIP archive"), this))
    , m_trigger(new QLineEdit(dataset.settings.triggerWord, this))
    , m_class(new QLineEdit(dataset.settings.classWord, this))
    , m_repeats(new QSpinBox(this))
    , m_captionSource(new QComboBox(this))
    , m_prependTrigger(new QCheckBox(tr("Put the trigger word first when a caption does not start with it"), this))
    , m_includeRejected(new QCheckBox(tr("Include rejected images"), this))
    , m_allowDrops(new QCheckBox(tr("Export even though the trainer will leave some images out"), this))
    , m_subsets(new QLineEdit(this))
    , m_resolutions(new QLineEdit(this))
    , m_regularization(new QCheckBox(tr("Export the regularization set"), this))
    , m_captionVariants(new QCheckBox(tr("Caption and tags as two variants (OneTrainer, SimpleTuner)"), this))
    , m_naming(new QComboBox(this))
    , m_imageFormat(new QComboBox(this))
    , m_resize(new QComboBox(this))
    , m_longSide(new QSpinBox(this))
    , m_report(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_checkDelay(new QTimer(this))
{
    setWindowTitle(tr("Export “%1”").arg(dataset.name));
    resize(780, 760);
    for (ExportFormat f : allExportFormats())
        m_format->addItem(trainerFor(f).displayName(), int(f));
    m_repeats->setRange(0, 10000);
    m_repeats->setSpecialValueText(tr("automatic"));
    m_repeats->setToolTip(tr("Repeats per epoch; automatic uses the kohya folder repeats of the images, else 10."));
    m_captionSource->addItem(tr("Caption"), int(ExportOptions::CaptionSource::Caption));
    m_captionSource->addItem(tr("Tags"), int(ExportOptions::CaptionSource::Tags));
    m_captionSource->addItem(tr("Caption, then tags"), int(ExportOptions::CaptionSource::Both));
    m_captionSource->setCurrentIndex(m_captionSource->findData(int(dataset.settings.captionSource)));
    m_captionSource->setToolTip(tr("What the trainer reads as each image's caption. A setting of the dataset: "
                                   "a change here is kept for it."));
    m_prependTrigger->setChecked(true);
    m_naming->addItem(tr("Original names (cleaned up)"), int(ExportOptions::Naming::Original));
    m_naming->addItem(tr("Numbers (0001, 0002, …)"), int(ExportOptions::Naming::Sequential));
    m_imageFormat->addItem(tr("Keep originals when possible, else PNG"), int(ExportOptions::ImageFormat::Keep));
    m_imageFormat->addItem(tr("PNG"), int(ExportOptions::ImageFormat::Png));
    m_imageFormat->addItem(tr("JPEG (quality 95)"), int(ExportOptions::ImageFormat::Jpeg));
    m_resize->addItem(tr("Original size"), int(ExportOptions::Resize::None));
    m_resize->addItem(tr("Limit the long side"), int(ExportOptions::Resize::LongSide));
    m_resize->addItem(tr("The trainer's own bucket at the target resolution"), int(ExportOptions::Resize::Bucket));
    m_resize->setToolTip(tr("Original size leaves the sizing to the trainer. Bucket resizes and crops each image exactly as "
                            "the chosen trainer would (a square for trainers without buckets)."));
    m_allowDrops->setToolTip(tr("The pre-flight lists the images the trainer would skip (for example below SimpleTuner's "
                                "minimum size); check this to export them anyway."));
    m_subsets->setPlaceholderText(tr("e.g. closeup:4, full body:2"));
    m_subsets->setToolTip(tr("Images with a tag as a subset with its own repeats: TAG:REPEATS, separated by commas (kohya "
                             "folders, OneTrainer concepts, SimpleTuner backends, ai-toolkit datasets)."));
    m_resolutions->setPlaceholderText(tr("the trainer's own for the target"));
    m_resolutions->setToolTip(tr("Several training resolutions, e.g. 512, 768, 1024: every image is bucketed at each."));
    m_regularization->setChecked(dataset.settings.regularization.isValid());
    m_regularization->setEnabled(dataset.settings.regularization.isValid());
    m_regularization->setToolTip(dataset.settings.regularization.isValid()
            ? tr("The class images of the dataset chosen in the dataset's settings, where the trainer takes them.")
            : tr("Choose a regularization set in the dataset's settings."));
    m_captionVariants->setToolTip(tr("With captions and tags as the source: write them as two lines, of which OneTrainer and "
                                     "SimpleTuner pick one per step."));
    m_longSide->setRange(256, 8192);
    m_longSide->setValue(dataset.settings.targetResolution * 2);
    m_longSide->setSuffix(QStringLiteral(" px"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *resizeRow = new QHBoxLayout;
    resizeRow->addWidget(m_resize, 1);
    resizeRow->addWidget(m_longSide);

    auto *form = new QFormLayout;
    form->addRow(tr("Trainer:"), m_format);
    form->addRow(tr("Save to:"), outputRow);
    form->addRow(QString(), m_zip);
    form->addRow(tr("Trigger word:"), m_trigger);
    form->addRow(tr("Class word:"), m_class);
    form->addRow(tr("Repeats:"), m_repeats);
    form->addRow(tr("Captions from:"), m_captionSource);
    form->addRow(QString(), m_prependTrigger);
    form->addRow(QString(), m_includeRejected);
    form->addRow(QString(), m_allowDrops);
    form->addRow(tr("Subsets:"), m_subsets);
    form->addRow(tr("Resolutions:"), m_resolutions);
    form->addRow(QString(), m_regularization);
    form->addRow(QString(), m_captionVariants);
    form->addRow(tr("File names:"), m_naming);
    form->addRow(tr("Images:"), m_imageFormat);
    form->addRow(tr("Size:"), resizeRow);

    m_report->setHeaderLabels({tr("Pre-flight check"), tr("Images")});
    m_report->setRootIsDecorated(false);
    m_report->header()->setStretchLastSection(false);
    m_report->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_report->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_report->setWordWrap(true);
    m_report->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_report, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_report->itemAt(pos);
        while (item && item->parent())
            item = item->parent();
        if (!item || !item->data(0, Qt::UserRole).isValid() || issueItems(item->data(0, Qt::UserRole).toInt()).isEmpty())
            return;
        QMenu menu;
        const int issue = item->data(0, Qt::UserRole).toInt();
        menu.addAction(tr("Show These Images in the Grid"), this, [this, issue] { showIssueInGrid(issue); });
        menu.exec(m_report->viewport()->mapToGlobal(pos));
    });
    connect(m_report, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        if (item && item->data(0, Qt::UserRole).isValid())
            showIssueInGrid(item->data(0, Qt::UserRole).toInt());
    });
    m_summary->setWordWrap(true);

    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canExport()) {
            remember();
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);

    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(250);
    connect(m_checkDelay, &QTimer::timeout, this, &ExportDialog::runCheck);
    for (QComboBox *box : {m_format, m_captionSource, m_naming, m_imageFormat, m_resize})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleCheck);
    for (QLineEdit *edit : {m_output, m_trigger, m_class, m_subsets, m_resolutions})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::scheduleCheck);
    for (QCheckBox *box : {m_zip, m_prependTrigger, m_includeRejected, m_allowDrops, m_regularization, m_captionVariants})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::scheduleCheck);
    connect(m_repeats, &QSpinBox::valueChanged, this, &ExportDialog::scheduleCheck);
    connect(m_longSide, &QSpinBox::valueChanged, this, &ExportDialog::scheduleCheck);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_trigger, &QLineEdit::textChanged, this, &ExportDialog::updateApplicable);
    connect(m_zip, &QCheckBox::toggled, this, [this](bool zip) {
        const QString path = m_output->text();
        const bool autoName = path == m_autoName;
        QString changed = path;
        if (zip && !path.isEmpty() && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            changed = path + QStringLiteral(".zip");
        else if (!zip && path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            changed = path.chopped(4);
        if (autoName)
            m_autoName = changed;
        m_output->setText(changed);
    });

    // The trainer last used for this dataset, with the options it was exported with.
    const int lastFormat = m_format->findData(QSettings().value(settingsGroup(ExportFormat::Kohya).section(QLatin1Char('/'), 0, -2)
                                                                     + QStringLiteral("/lastFormat"), int(ExportFormat::Kohya)).toInt());
    if (lastFormat > 0)
        m_format->setCurrentIndex(lastFormat); // formatChanged() restores that format's options
    else
        restoreOptions(ExportFormat::Kohya);
    m_autoName = defaultName(ExportFormat(m_format->currentData().toInt()));
    if (m_zip->isChecked() && !m_autoName.endsWith(QLatin1String(".zip")))
        m_autoName += QStringLiteral(".zip");
    m_output->setText(m_autoName);
    updateApplicable();
    // Read the dataset once; every check after that plans from it (a 100k dataset re-checks in a blink).
    m_summary->setText(tr("Reading the dataset…"));
    m_sourceRun.start(m_service.loadExportSource(m_dataset.id), this, [this](const Result<LibraryService::ExportSourcePtr> &source) {
        if (!source) {
            m_summary->setText(tr("The dataset cannot be read: %1").arg(source.error().message));
            Q_EMIT checked();
            return;
        }
        m_source = *source;
        for (const ExportSource::Row &r : m_source->rows)
            m_sourceBytes.insert(r.entry.item, r.bytes);
        for (const ExportSource::Row &r : m_source->regRows)
            m_sourceBytes.insert(r.entry.item, r.bytes);
        runCheck();
    });
}

QString ExportDialog::defaultName(ExportFormat format) const
{
    // Documents exists on every desktop; QStandardPaths answers without touching the disk.
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    QString name = sanitizeStem(m_dataset.name).toLower() + QLatin1Char('-') + exportFormatKey(format);
    if (zipOnly(format))
        name += QStringLiteral(".zip");
    return QDir(base).filePath(name);
}

void ExportDialog::formatChanged()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    restoreOptions(format);
    updateApplicable();
    const bool onlyZip = zipOnly(format);
    const bool wasOnlyZip = zipOnly(m_lastFormat);
    m_lastFormat = format;
    // A proposed name follows the trainer; a name the user typed stays.
    const bool autoName = m_output->text() == m_autoName;
    if (onlyZip && !wasOnlyZip)
        m_userZip = m_zip->isChecked();
    m_zip->setEnabled(!onlyZip);
    m_zip->setChecked(onlyZip || (wasOnlyZip ? m_userZip : m_zip->isChecked()));
    if (autoName) {
        QString name = defaultName(format);
        if (m_zip->isChecked() && !name.endsWith(QLatin1String(".zip")))
            name += QStringLiteral(".zip");
        m_autoName = name;
        m_output->setText(name);
    }
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.outputPath = m_output->text().trimmed();
    o.triggerWord = m_trigger->text();
    o.classWord = m_class->text();
    o.repeats = m_repeats->value();
    o.captionSource = ExportOptions::CaptionSource(m_captionSource->currentData().toInt());
    o.prependTrigger = m_prependTrigger->isChecked();
    o.includeRejected = m_includeRejected->isChecked();
    o.allowDrops = m_allowDrops->isChecked();
    o.regularization = m_regularization->isChecked();
    o.captionVariants = m_captionVariants->isChecked();
    // What does not parse is left out; the pre-flight shows the subsets and resolutions that result.
    for (const QString &rule : m_subsets->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = rule.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int repeats = colon > 0 ? rule.mid(colon + 1).trimmed().toInt(&ok) : 0;
        if (ok && repeats >= 1 && !rule.left(colon).trimmed().isEmpty())
            o.subsets.append({rule.left(colon).trimmed(), repeats});
    }
    for (const QString &part : m_resolutions->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int r = part.toInt(&ok);
        if (ok && r >= 256 && r <= 4096)
            o.resolutions << r;
    }
    o.naming = ExportOptions::Naming(m_naming->currentData().toInt());
    o.imageFormat = ExportOptions::ImageFormat(m_imageFormat->currentData().toInt());
    o.resize = ExportOptions::Resize(m_resize->currentData().toInt());
    o.longSide = m_longSide->value();
    return o;
}

void ExportDialog::scheduleCheck()
{
    m_checkRun.cancel(); // a check already running answers for options that are no longer shown
    m_longSide->setVisible(ExportOptions::Resize(m_resize->currentData().toInt()) == ExportOptions::Resize::LongSide);
    m_planValid = false;
    updateButtons();
    m_checkDelay->start();
}

void ExportDialog::runCheck()
{
    if (!m_source)
        return; // the check runs once the dataset has been read
    m_summary->setText(tr("Checking…"));
    m_checkRun.start(m_service.checkExport(m_source, options()), this, [this](const ExportCheck &result) {
        const Result<ExportPlan> &plan = result.plan;
        m_outputState = result.output;
        m_report->clear();
        if (!plan) {
            m_summary->setText(plan.error().message);
            m_planValid = false;
            updateButtons();
            Q_EMIT checked();
            return;
        }
        m_plan = *plan;
        m_planValid = true;
        int errors = 0, warnings = 0;
        for (const PreflightIssue &issue : m_plan.issues) {
            auto *item = new QTreeWidgetItem(m_report, {issue.message, issue.items.isEmpty() ? QString() : QString::number(issue.items.size())});
            item->setData(0, Qt::UserRole, int(&issue - m_plan.issues.constData()));
            item->setToolTip(0, issue.items.isEmpty() ? issue.message
                                                      : issue.message + QLatin1Char('\n') + tr("Double-click or right-click to show these images in the grid"));
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            if (issue.severity == PreflightIssue::Severity::Error) {
                icon = QStyle::SP_MessageBoxCritical;
                ++errors;
            } else if (issue.severity == PreflightIssue::Severity::Warning) {
                icon = QStyle::SP_MessageBoxWarning;
                ++warnings;
            }
            item->setIcon(0, style()->standardIcon(icon));
            for (const QString &name : issue.items)
                new QTreeWidgetItem(item, {name});
        }
        // The output path is part of the check: say what is wrong with it where the user looks.
        m_outputProblem.clear();
        const bool toZip = options().outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
        if (m_outputState == ExportCheck::Output::Exists || (m_outputState == ExportCheck::Output::EmptyFolder && toZip)) {
            m_outputProblem = tr("%1 already exists and is not empty. Choose another name: an export never overwrites anything.")
                                  .arg(QDir::toNativeSeparators(options().outputPath));
        } else if (options().outputPath.isEmpty()) {
            m_outputProblem = tr("Choose where to save the export.");
        }
        if (!m_outputProblem.isEmpty()) {
            auto *item = new QTreeWidgetItem({m_outputProblem, QString()});
            item->setToolTip(0, m_outputProblem);
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            m_report->insertTopLevelItem(0, item);
            ++errors;
        }
        if (m_outputProblem.isEmpty() && m_outputState == ExportCheck::Output::EmptyFolder) {
            auto *item = new QTreeWidgetItem({tr("The export goes into the empty folder %1.").arg(QDir::toNativeSeparators(options().outputPath)), QString()});
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            m_report->insertTopLevelItem(0, item);
        }
        m_report->setRootIsDecorated(true);
        const QString size = locale().formattedDataSize(estimatedBytes(), 0);
        const int ready = int(m_plan.entries.size());
        m_summary->setText(errors > 0 ? tr("%1 image(s) ready; %2 error(s) must be fixed before exporting.").arg(ready).arg(errors)
                : warnings       ? tr("%n image(s) ready to export, with %1 warning(s), about %2.", nullptr, ready).arg(warnings).arg(size)
                                 : tr("%n image(s) ready to export, about %1.", nullptr, ready).arg(size));
        updateButtons();
        Q_EMIT checked();
    });
}

bool ExportDialog::isCheckPending() const
{
    return m_sourceRun.isRunning() || m_checkRun.isRunning() || m_checkDelay->isActive();
}

bool ExportDialog::canExport() const
{
    return m_planValid && !m_plan.blocked() && m_outputProblem.isEmpty();
}

void ExportDialog::updateButtons()
{
    const QList<QAbstractButton *> buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(canExport());
            b->setToolTip(!m_planValid                 ? tr("Checking…")
                    : !m_outputProblem.isEmpty() ? m_outputProblem
                    : m_plan.blocked()           ? tr("Fix the errors in the pre-flight check first.")
                                                 : QString());
        }
    }
}

QString ExportDialog::settingsGroup(ExportFormat format) const
{
    // Keyed by the library as well: two libraries' datasets share ids.
    const QByteArray library = QCryptographicHash::hash(m_service.libraryRoot().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("export/%1/dataset-%2/%3").arg(QString::fromLatin1(library)).arg(m_dataset.id.value()).arg(exportFormatKey(format));
}

void ExportDialog::restoreOptions(ExportFormat format)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(format));
    if (!settings.contains(QStringLiteral("repeats")))
        return; // never exported in this format: the defaults
    auto pick = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value.toInt());
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    m_repeats->setValue(settings.value(QStringLiteral("repeats"), 0).toInt());
    m_prependTrigger->setChecked(settings.value(QStringLiteral("prependTrigger"), true).toBool());
    m_includeRejected->setChecked(settings.value(QStringLiteral("includeRejected"), false).toBool());
    m_allowDrops->setChecked(settings.value(QStringLiteral("allowDrops"), false).toBool());
    m_subsets->setText(settings.value(QStringLiteral("subsets")).toString());
    m_resolutions->setText(settings.value(QStringLiteral("resolutions")).toString());
    if (m_regularization->isEnabled())
        m_regularization->setChecked(settings.value(QStringLiteral("regularization"), true).toBool());
    m_captionVariants->setChecked(settings.value(QStringLiteral("captionVariants"), false).toBool());
    pick(m_naming, settings.value(QStringLiteral("naming")));
    pick(m_imageFormat, settings.value(QStringLiteral("imageFormat")));
    pick(m_resize, settings.value(QStringLiteral("resize")));
    m_longSide->setValue(settings.value(QStringLiteral("longSide"), m_longSide->value()).toInt());
    if (m_zip->isEnabled())
        m_zip->setChecked(settings.value(QStringLiteral("zip"), false).toBool());
}

void ExportDialog::remember()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    QSettings settings;
    settings.setValue(settingsGroup(format).section(QLatin1Char('/'), 0, -2) + QStringLiteral("/lastFormat"), int(format));
    settings.beginGroup(settingsGroup(format));
    settings.setValue(QStringLiteral("repeats"), m_repeats->value());
    settings.setValue(QStringLiteral("prependTrigger"), m_prependTrigger->isChecked());
    settings.setValue(QStringLiteral("includeRejected"), m_includeRejected->isChecked());
    settings.setValue(QStringLiteral("allowDrops"), m_allowDrops->isChecked());
    settings.setValue(QStringLiteral("subsets"), m_subsets->text());
    settings.setValue(QStringLiteral("resolutions"), m_resolutions->text());
    settings.setValue(QStringLiteral("regularization"), m_regularization->isChecked());
    settings.setValue(QStringLiteral("captionVariants"), m_captionVariants->isChecked());
    settings.setValue(QStringLiteral("naming"), m_naming->currentData());
    settings.setValue(QStringLiteral("imageFormat"), m_imageFormat->currentData());
    settings.setValue(QStringLiteral("resize"), m_resize->currentData());
    settings.setValue(QStringLiteral("longSide"), m_longSide->value());
    settings.setValue(QStringLiteral("zip"), m_zip->isChecked());
    settings.endGroup();
    // The trigger, class and caption source chosen here become the dataset's (the next export, the
    // editor's "what the trainer will read", the badges and training use them).
    DatasetSettings changed = m_dataset.settings;
    changed.triggerWord = m_trigger->text().simplified();
    changed.classWord = m_class->text().simplified();
    changed.captionSource = CaptionSource(m_captionSource->currentData().toInt());
    if (changed != m_dataset.settings) {
        m_dataset.settings = changed;
        (void)m_service.updateSettings(m_dataset.id, changed);
    }
}

QList<ItemId> ExportDialog::issueItems(int issue) const
{
    if (!m_planValid || issue < 0 || issue >= m_plan.issues.size())
        return {};
    const QStringList &names = m_plan.issues.at(issue).items;
    if (names.isEmpty())
        return {};
    // The issue names the images by their original names; the plan's entries hold their ids (an image
    // left out of the export, e.g. dropped, is still one of them).
    const QSet<QString> wanted(names.cbegin(), names.cend());
    QList<ItemId> ids;
    for (const ExportEntry &e : m_plan.entries) {
        if (wanted.contains(e.originalName) && !ids.contains(e.item))
            ids.append(e.item);
    }
    return ids;
}

void ExportDialog::showIssueInGrid(int issue)
{
    const QList<ItemId> ids = issueItems(issue);
    if (ids.isEmpty())
        return;
    Q_EMIT showInGridRequested(ids);
    reject();
}

qint64 ExportDialog::estimatedBytes() const
{
    if (!m_planValid)
        return 0;
    qint64 total = 0;
    for (const ExportEntry &e : m_plan.entries) {
        if (e.keepBytes) {
            total += m_sourceBytes.value(e.item);
        } else {
            // Typical sizes of photos written by the export: JPEG q95 about 0.45 byte a pixel, PNG 1.6.
            const double pixels = double(e.outputSize.width()) * e.outputSize.height();
            total += qint64(pixels * (e.extension == QLatin1String("jpg") ? 0.45 : 1.6));
        }
        total += e.caption.size() + 1;
    }
    return total;
}

void ExportDialog::updateApplicable()
{
    // Options the chosen trainer ignores are shown but disabled, with the reason in their tooltip.
    const Trainer &trainer = trainerFor(ExportFormat(m_format->currentData().toInt()));
    const ExportFormat format = trainer.format();
    m_subsets->setEnabled(trainer.supportsSubsets());
    m_captionVariants->setEnabled(format == ExportFormat::OneTrainer || format == ExportFormat::SimpleTuner);
    m_regularization->setEnabled(m_dataset.settings.regularization.isValid() && trainer.supportsRegularization());
    m_prependTrigger->setEnabled(!m_trigger->text().trimmed().isEmpty());
}

void ExportDialog::chooseOutput()
{
    const bool zip = m_zip->isChecked();
    const QString path = zip ? QFileDialog::getSaveFileName(this, tr("Export to ZIP"), m_output->text(), tr("ZIP archives (*.zip)"))
                             : QString();
    if (zip) {
        if (!path.isEmpty())
            m_output->setText(path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".zip"));
        return;
    }
    // A folder: pick where it goes with the folder dialog; the export's folder is created inside it under
    // the proposed name (an empty folder picked itself is used as it is).
    const QString current = m_output->text();
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Export into folder"), QFileInfo(current).absolutePath());
    if (parent.isEmpty())
        return;
    const QDir chosen(parent);
    if (chosen.isEmpty())
        m_output->setText(QDir::cleanPath(parent));
    else
        m_output->setText(chosen.filePath(QFileInfo(current).fileName().isEmpty() ? QFileInfo(defaultName(m_lastFormat)).fileName()
                                                                                  : QFileInfo(current).fileName()));
}

} // namespace lc::ui
