#include "cropdialog.h"

#include "crop/autocrop.h"
#include "cropeditor.h"
#include "export/bucketsimulation.h"
#include "export/trainers/trainers.h"
#include "library/libraryservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lc::ui {

namespace {

// The trainer's bucket step in image pixels at its resolution: the step its buckets are multiples of.
int bucketStep(ExportFormat trainer, TargetModel model)
{
    switch (trainer) {
    case ExportFormat::AiToolkit:
        return AiToolkitTrainer::divisibility(model);
    case ExportFormat::OneTrainer:
        return OneTrainerTrainer::quantization(model);
    case ExportFormat::SimpleTuner:
        return SimpleTunerTrainer::Alignment;
    default:
        return 64; // kohya's bucket_reso_steps, the Replicate trainer's tolerance
    }
}

} // namespace

CropDialog::CropDialog(const LibraryService &service, const ItemRow &item, const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
    , m_target{dataset.settings.targetResolution, dataset.settings.targetModel}
    , m_editor(new CropEditor(this))
    , m_shape(new QComboBox(this))
    , m_trainer(new QComboBox(this))
    , m_snap(new QCheckBox(tr("Snap to the bucket step"), this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("cropDialog"));
    setWindowTitle(tr("Crop %1").arg(item.name));
    m_shape->setObjectName(QStringLiteral("cropShape"));
    m_shape->addItem(tr("Free"), QStringLiteral("free"));
    for (const char *a : {"1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9"})
        m_shape->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    m_shape->addItem(tr("Nearest bucket"), QStringLiteral("bucket"));
    for (ExportFormat f : bucketTrainers())
        m_trainer->addItem(trainerFor(f).displayName(), int(f));
    QSettings settings;
    m_trainer->setCurrentIndex(std::max(0, m_trainer->findData(settings.value(QStringLiteral("buckets/trainer"), 0).toInt())));
    m_snap->setChecked(settings.value(QStringLiteral("crop/snap"), true).toBool());
    // Always Free at first: a preset would refit the crop the item has, or crop an image the user only
    // opened to look at.
    m_snap->setToolTip(tr("Widths and heights in multiples of the trainer's bucket step"));
    m_info->setObjectName(QStringLiteral("cropInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QSize size(item.width, item.height);
    m_editor->setImage(QImage(), size);
    if (item.crop)
        m_editor->setCropRect(*item.crop);
    m_load.start(service.loadOriginal(item.hash, QSize(2048, 2048)), this, [this, size](const QImage &picture) {
        const QRect keep = m_editor->cropRect();
        m_editor->setImage(picture, size);
        m_editor->setCropRect(keep);
    });

    auto *reset = new QPushButton(tr("Reset"), this);
    reset->setObjectName(QStringLiteral("cropReset"));
    reset->setToolTip(tr("The whole image: no crop"));
    connect(reset, &QPushButton::clicked, m_editor, &CropEditor::reset);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Shape:"), this));
    bar->addWidget(m_shape);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Trainer:"), this));
    bar->addWidget(m_trainer);
    bar->addSpacing(8);
    bar->addWidget(m_snap);
    bar->addStretch(1);
    bar->addWidget(reset);
    auto *hint = new QLabel(tr("Drag to draw, move or resize the crop · arrow keys nudge it (Shift: 10 px), Shift+Alt+arrows resize it"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_info);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_shape, &QComboBox::currentIndexChanged, this, &CropDialog::applyShape);
    connect(m_trainer, &QComboBox::currentIndexChanged, this, &CropDialog::applyShape);
    connect(m_snap, &QCheckBox::toggled, this, &CropDialog::applyShape);
    connect(m_editor, &CropEditor::cropChanged, this, &CropDialog::describe);
    applyShape();
    describe();
    resize(1000, 760);
    m_editor->setFocus();
}

void CropDialog::setShape(const QString &key)
{
    m_shape->setCurrentIndex(std::max(0, m_shape->findData(key)));
}

void CropDialog::applyShape()
{
    const auto trainer = ExportFormat(m_trainer->currentData().toInt());
    m_editor->setStep(m_snap->isChecked() ? bucketStep(trainer, m_target.model) : 1);
    const QString key = m_shape->currentData().toString();
    double aspect = 0;
    if (key == QLatin1String("bucket")) {
        if (const auto p = trainerFor(trainer).bucketFor(m_editor->imageSize(), m_target))
            aspect = double(p->bucket.width()) / p->bucket.height();
    } else if (const auto a = crop::parseAspect(key)) {
        aspect = *a;
    }
    m_editor->setAspect(aspect);
    describe();
}

QString CropDialog::bucketText() const
{
    const auto trainer = ExportFormat(m_trainer->currentData().toInt());
    const BucketTarget &target = m_target;
    const QSize size = m_editor->cropRect().size();
    const auto p = trainerFor(trainer).bucketFor(size, target);
    if (!p)
        return tr("%1 leaves this size out at %2").arg(trainerFor(trainer).displayName()).arg(target.resolution);
    const QString text = p->upscaled(size) ? tr("%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off · upscaled")
                                           : tr("%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off");
    return text.arg(trainerFor(trainer).displayName())
        .arg(target.resolution)
        .arg(p->bucket.width())
        .arg(p->bucket.height())
        .arg(std::max(double(p->resized.width()) / size.width(), double(p->resized.height()) / size.height()), 0, 'f', 2)
        .arg(p->croppedShare() * 100, 0, 'f', 1);
}

void CropDialog::describe()
{
    const QRect r = m_editor->cropRect();
    const QString where = m_editor->isWholeImage() ? tr("Whole image %1 × %2 px").arg(r.width()).arg(r.height())
                                                   : tr("Crop %1 × %2 px at %3, %4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
    m_info->setText(where + QStringLiteral("  ·  ") + bucketText());
}

std::optional<QRect> CropDialog::crop() const
{
    if (m_editor->isWholeImage())
        return std::nullopt;
    return m_editor->cropRect();
}

void CropDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("crop/snap"), m_snap->isChecked());
    QDialog::accept();
}

} // namespace lc::ui
