#include "autocropdialog.h"

#include "async/async.h"
#include "export/bucketsimulation.h"
#include "export/trainers/trainer.h"
#include "library/libraryservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

constexpr int IconSide = 168;

} // namespace

AutoCropOptionsDialog::AutoCropOptionsDialog(int selected, QWidget *parent)
    : QDialog(parent)
    , m_target(new QComboBox(this))
    , m_trainer(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_selection(new QRadioButton(tr("The %n selected image(s)", nullptr, selected), this))
    , m_dataset(new QRadioButton(tr("Every kept image of the dataset"), this))
{
    setObjectName(QStringLiteral("autoCropOptions"));
    setWindowTitle(tr("Auto-Crop"));
    m_target->setObjectName(QStringLiteral("autoCropTarget"));
    m_target->addItem(tr("Nearest bucket of the trainer"), QString());
    for (const char *a : {"1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9"})
        m_target->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    for (ExportFormat f : bucketTrainers())
        m_trainer->addItem(trainerFor(f).displayName(), int(f));
    m_subject->addItem(tr("Faces, else the most salient region"), toKey(crop::SubjectMode::Faces));
    m_subject->addItem(tr("The most salient region"), toKey(crop::SubjectMode::Saliency));
    m_subject->addItem(tr("The centre"), toKey(crop::SubjectMode::Center));

    QSettings settings;
    m_target->setCurrentIndex(std::max(0, m_target->findData(settings.value(QStringLiteral("autocrop/aspect")).toString())));
    // The Buckets panel's trainer is the likely one.
    const int trainer = settings.value(QStringLiteral("autocrop/trainer"), settings.value(QStringLiteral("buckets/trainer"), 0)).toInt();
    m_trainer->setCurrentIndex(std::max(0, m_trainer->findData(trainer)));
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(settings.value(QStringLiteral("autocrop/subject")).toString())));
    m_selection->setEnabled(selected > 0);
    (selected > 1 ? m_selection : m_dataset)->setChecked(true);
    auto syncTrainer = [this] { m_trainer->setEnabled(m_target->currentIndex() == 0); };
    connect(m_target, &QComboBox::currentIndexChanged, this, syncTrainer);
    syncTrainer();

    auto *intro = new QLabel(tr("Each image gets the largest crop of the target shape, placed to keep its subject: "
                                "every face together (never cut through one), else the most salient region, else the "
                                "centre. Nothing is written until you accept the proposals."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Shape:"), m_target);
    form->addRow(tr("Trainer:"), m_trainer);
    form->addRow(tr("Keep in frame:"), m_subject);
    form->addRow(tr("Images:"), m_selection);
    form->addRow(QString(), m_dataset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose Crops"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

crop::AutoCropOptions AutoCropOptionsDialog::options() const
{
    crop::AutoCropOptions o;
    o.aspect = crop::parseAspect(m_target->currentData().toString());
    o.trainer = ExportFormat(m_trainer->currentData().toInt());
    o.subject = fromKey<crop::SubjectMode>(m_subject->currentData().toString()).value_or(crop::SubjectMode::Faces);
    return o;
}

bool AutoCropOptionsDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

void AutoCropOptionsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("autocrop/aspect"), m_target->currentData().toString());
    settings.setValue(QStringLiteral("autocrop/trainer"), m_trainer->currentData().toInt());
    settings.setValue(QStringLiteral("autocrop/subject"), m_subject->currentData().toString());
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------

CropReviewDialog::CropReviewDialog(const LibraryService &service, const crop::AutoCropReport &report, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("cropReview"));
    setWindowTitle(tr("Review Proposed Crops"));
    for (const crop::CropProposal &p : report.proposals) {
        if (p.changes())
            m_proposals.append(p);
    }
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QString text = tr("%1 of %2 image(s) get a new crop. The bright part of each picture is what stays; uncheck "
                      "the ones to leave as they are.")
                       .arg(m_proposals.size())
                       .arg(report.proposals.size());
    if (report.faceMethod.isEmpty())
        text += QLatin1Char(' ') + tr("No face model was found (OpenCV's data files): subjects were placed by saliency.");
    intro->setText(text);
    m_list->setObjectName(QStringLiteral("cropProposals"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(IconSide, IconSide));
    m_list->setGridSize(QSize(IconSide + 24, IconSide + 44));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformItemSizes(true);
    for (int i = 0; i < m_proposals.size(); ++i) {
        const crop::CropProposal &p = m_proposals[i];
        auto *item = new QListWidgetItem(iconFor(QImage(), p), p.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        const QRect c = p.crop.value_or(QRect(QPoint(0, 0), p.size));
        item->setToolTip(tr("%1\n%2 × %3 → %4 × %5 at %6,%7 (%8)")
                             .arg(p.name)
                             .arg(p.size.width())
                             .arg(p.size.height())
                             .arg(c.width())
                             .arg(c.height())
                             .arg(c.x())
                             .arg(c.y())
                             .arg(p.basis == QLatin1String("faces") ? tr("%n face(s) kept", nullptr, int(p.faces.size()))
                                                                     : p.basis == QLatin1String("saliency") ? tr("salient region")
                                                                                                            : tr("centred")));
        // Thumbnails arrive from the reads pool; the icon is redrawn with the picture.
        async::onResult(service.loadThumbnail(p.hash), this, [this, i](const QImage &thumbnail) {
            if (QListWidgetItem *it = m_list->item(i))
                it->setIcon(iconFor(thumbnail, m_proposals[i]));
        });
    }
    connect(m_list, &QListWidget::itemChanged, this, &CropReviewDialog::updateApply);
    auto *all = new QPushButton(tr("Check All"), this);
    auto *none = new QPushButton(tr("Uncheck All"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply->setObjectName(QStringLiteral("applyCrops"));
    m_apply->setDefault(true);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(all, QDialogButtonBox::ResetRole);
    buttons->addButton(none, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applyRequested(checkedCrops());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    updateApply();
    resize(900, 640);
}

QIcon CropReviewDialog::iconFor(const QImage &thumbnail, const crop::CropProposal &p) const
{
    QPixmap canvas(IconSide, IconSide);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = QSizeF(p.size).scaled(QSizeF(IconSide, IconSide), Qt::KeepAspectRatio);
    const QRectF target((IconSide - size.width()) / 2, (IconSide - size.height()) / 2, size.width(), size.height());
    if (!thumbnail.isNull())
        painter.drawImage(target, thumbnail);
    else
        painter.fillRect(target, palette().color(QPalette::AlternateBase));
    const double s = target.width() / p.size.width();
    auto map = [&](const QRect &r) { return QRectF(target.x() + r.x() * s, target.y() + r.y() * s, r.width() * s, r.height() * s); };
    const QRectF keep = map(p.crop.value_or(QRect(QPoint(0, 0), p.size)));
    QPainterPath outside;
    outside.addRect(target);
    QPainterPath inside;
    inside.addRect(keep);
    painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 160));
    painter.setPen(QPen(QColor(0xf1, 0xc4, 0x0f), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(keep.adjusted(1, 1, -1, -1));
    painter.setPen(QPen(QColor(0x2e, 0xcc, 0x71), 1.5));
    for (const QRect &f : p.faces)
        painter.drawRect(map(f));
    return QIcon(canvas);
}

int CropReviewDialog::proposalCount() const
{
    return int(m_proposals.size());
}

void CropReviewDialog::setChecked(int row, bool checked)
{
    if (QListWidgetItem *it = m_list->item(row))
        it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QHash<ItemId, std::optional<QRect>> CropReviewDialog::checkedCrops() const
{
    QHash<ItemId, std::optional<QRect>> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.insert(m_proposals[i].item, m_proposals[i].crop);
    }
    return out;
}

void CropReviewDialog::updateApply()
{
    const int n = int(checkedCrops().size());
    m_apply->setText(tr("Apply %n Crop(s)", nullptr, n));
    m_apply->setEnabled(n > 0);
}

} // namespace lc::ui
