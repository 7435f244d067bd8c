#include "captioneditdialog.h"

#include "library/libraryservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lc::ui {

CaptionEditDialog::CaptionEditDialog(Mode mode, const LibraryService &service, const Dataset &dataset,
    QList<ItemId> selection, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_service(service)
    , m_dataset(dataset)
    , m_selection(std::move(selection))
    , m_delay(new QTimer(this))
    , m_selected(new QRadioButton(tr("Selected images (%1)").arg(m_selection.size()), this))
    , m_whole(new QRadioButton(tr("Every image of %1").arg(dataset.name), this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(mode == Mode::Replace ? QStringLiteral("findReplaceDialog") : QStringLiteral("templateDialog"));
    setWindowTitle(mode == Mode::Replace ? tr("Find and Replace in Captions") : tr("Apply Caption Template"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &CaptionEditDialog::preview);

    auto *form = new QFormLayout;
    if (mode == Mode::Replace) {
        m_find = new QLineEdit(this);
        m_replace = new QLineEdit(this);
        m_regex = new QCheckBox(tr("Regular expression (\\1 in the replacement is the first group)"), this);
        m_caseSensitive = new QCheckBox(tr("Match case"), this);
        m_find->setObjectName(QStringLiteral("find"));
        m_replace->setObjectName(QStringLiteral("replace"));
        form->addRow(tr("Find:"), m_find);
        form->addRow(tr("Replace with:"), m_replace);
        auto *options = new QHBoxLayout;
        options->addWidget(m_regex);
        options->addWidget(m_caseSensitive);
        options->addStretch();
        form->addRow(QString(), options);
        for (QLineEdit *e : {m_find, m_replace})
            connect(e, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
        for (QCheckBox *c : {m_regex, m_caseSensitive})
            connect(c, &QCheckBox::toggled, m_delay, qOverload<>(&QTimer::start));
    } else {
        m_template = new QLineEdit(this);
        m_template->setObjectName(QStringLiteral("template"));
        m_template->setPlaceholderText(QStringLiteral("{trigger}, a photo of a {class}, {caption}"));
        m_template->setToolTip(tr("{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image."));
        form->addRow(tr("Template:"), m_template);
        connect(m_template, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    }
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_selected);
    scopeRow->addWidget(m_whole);
    scopeRow->addStretch();
    form->addRow(tr("In:"), scopeRow);
    m_selected->setEnabled(!m_selection.isEmpty());
    (m_selection.size() > 1 ? m_selected : m_whole)->setChecked(true);
    connect(m_whole, &QRadioButton::toggled, m_delay, qOverload<>(&QTimer::start));

    m_list->setObjectName(QStringLiteral("preview"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Image"), tr("Before"), tr("After")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(mode == Mode::Replace ? tr("Replace All") : tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);
    m_status->setText(mode == Mode::Replace ? tr("Type what to find.") : tr("Type a template."));
}

FindReplace CaptionEditDialog::spec() const
{
    FindReplace s;
    if (m_mode == Mode::Replace) {
        s.find = m_find->text();
        s.replace = m_replace->text();
        s.regex = m_regex->isChecked();
        s.caseSensitive = m_caseSensitive->isChecked();
    }
    return s;
}

QString CaptionEditDialog::captionTemplate() const
{
    return m_template ? m_template->text() : QString();
}

CaptionScope CaptionEditDialog::scope() const
{
    CaptionScope s;
    s.dataset = m_dataset.id;
    if (m_selected->isChecked())
        s.items = m_selection;
    return s;
}

void CaptionEditDialog::setFind(const QString &find, const QString &replace, bool regex, bool caseSensitive)
{
    if (m_mode != Mode::Replace)
        return;
    m_regex->setChecked(regex);
    m_caseSensitive->setChecked(caseSensitive);
    m_replace->setText(replace);
    m_find->setText(find);
}

void CaptionEditDialog::setTemplate(const QString &captionTemplate)
{
    if (m_template)
        m_template->setText(captionTemplate);
}

void CaptionEditDialog::setWholeDataset(bool whole)
{
    (whole || !m_selected->isEnabled() ? m_whole : m_selected)->setChecked(true);
}

void CaptionEditDialog::preview()
{
    m_apply->setEnabled(false);
    m_preview = {};
    const bool empty = m_mode == Mode::Replace ? spec().find.isEmpty() : captionTemplate().trimmed().isEmpty();
    if (empty) {
        m_run.cancel();
        m_list->clear();
        m_status->setText(m_mode == Mode::Replace ? tr("Type what to find.") : tr("Type a template."));
        Q_EMIT previewed();
        return;
    }
    m_status->setText(tr("Looking…"));
    auto future = m_mode == Mode::Replace ? m_service.previewReplace(scope(), spec())
                                          : m_service.previewTemplate(scope(), captionTemplate());
    m_run.start(future, this, [this](const Result<CaptionPreview> &preview) {
        m_list->clear();
        if (!preview) {
            m_status->setText(preview.error().message); // an invalid expression says where
            Q_EMIT previewed();
            return;
        }
        m_preview = *preview;
        QList<QTreeWidgetItem *> rows;
        constexpr int Shown = 2000; // enough to review; Apply writes all of them
        for (const CaptionEdit &c : m_preview.changes.mid(0, Shown))
            rows << new QTreeWidgetItem(QStringList{c.name, c.before, c.after});
        m_list->addTopLevelItems(rows);
        QString status = tr("%1 of %2 captions change.").arg(m_preview.changes.size()).arg(m_preview.checked);
        if (m_preview.changes.size() > Shown)
            status += QLatin1Char(' ') + tr("The first %1 are shown.").arg(Shown);
        m_status->setText(status);
        m_apply->setEnabled(!m_preview.changes.isEmpty());
        Q_EMIT previewed();
    });
}

} // namespace lc::ui
