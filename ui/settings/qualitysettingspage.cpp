#include "qualitysettingspage.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lc::ui {

QualitySettingsPage::QualitySettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_sharp(new QDoubleSpinBox(this))
    , m_clipped(new QSpinBox(this))
    , m_dark(new QSpinBox(this))
    , m_bright(new QSpinBox(this))
    , m_aspect(new QDoubleSpinBox(this))
    , m_jpeg(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("qualitySettingsPage"));
    const curation::QualityThresholds defaults;
    auto defaultNote = [](const QString &value) { return tr("Default: %1").arg(value); };

    m_sharp->setObjectName(QStringLiteral("sharpThreshold"));
    m_sharp->setRange(0.0, 1.0);
    m_sharp->setDecimals(2);
    m_sharp->setSingleStep(0.01);
    m_sharp->setToolTip(tr("An image whose sharpest tiles stay below this is blurry (or upscaled, when it is sharp once "
                           "reduced). In-focus photos measure about 0.2 and more. %1")
                            .arg(defaultNote(QString::number(defaults.sharp))));
    m_clipped->setObjectName(QStringLiteral("clippedThreshold"));
    m_clipped->setRange(1, 100);
    m_clipped->setSuffix(tr(" %"));
    m_clipped->setToolTip(tr("Too dark or too bright when this share of the pixels is pure black or pure white. %1")
                              .arg(defaultNote(tr("%1 %").arg(qRound(defaults.clipped * 100)))));
    m_dark->setObjectName(QStringLiteral("darkThreshold"));
    m_dark->setRange(0, 255);
    m_dark->setToolTip(tr("Too dark when the mean brightness (0–255) is below this. %1").arg(defaultNote(QString::number(defaults.darkMean))));
    m_bright->setObjectName(QStringLiteral("brightThreshold"));
    m_bright->setRange(0, 255);
    m_bright->setToolTip(tr("Too bright when the mean brightness (0–255) is above this. %1").arg(defaultNote(QString::number(defaults.brightMean))));
    m_aspect->setObjectName(QStringLiteral("aspectThreshold"));
    m_aspect->setRange(1.0, 20.0);
    m_aspect->setDecimals(1);
    m_aspect->setSingleStep(0.1);
    m_aspect->setSuffix(tr(" : 1"));
    m_aspect->setToolTip(tr("Images longer than this, either way, are flagged: trainers crop them hard. %1")
                             .arg(defaultNote(tr("%1 : 1").arg(defaults.extremeAspect))));
    m_jpeg->setObjectName(QStringLiteral("jpegThreshold"));
    m_jpeg->setRange(0.0, 4.0);
    m_jpeg->setDecimals(2);
    m_jpeg->setSingleStep(0.05);
    m_jpeg->setSuffix(tr(" bits a pixel"));
    m_jpeg->setToolTip(tr("A JPEG with fewer bits a pixel than this is heavily compressed (blocky). Quality-90 photos "
                          "take 1.5 and more. %1")
                           .arg(defaultNote(QString::number(defaults.jpegBitsPerPixel))));

    auto *intro = new QLabel(tr("Quality flags appear as badges in the grid, in the Quality filter above it, in the export "
                                "pre-flight and in <code>loracraft-cli analyze</code>. Low resolution follows each dataset's "
                                "target resolution (Dataset Settings)."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(tr("Blurry below sharpness:"), m_sharp);
    form->addRow(tr("Clipped when at least:"), m_clipped);
    form->addRow(tr("Too dark below mean:"), m_dark);
    form->addRow(tr("Too bright above mean:"), m_bright);
    form->addRow(tr("Extreme aspect beyond:"), m_aspect);
    form->addRow(tr("Compressed JPEG below:"), m_jpeg);

    auto *reset = new QPushButton(tr("Restore Defaults"), this);
    reset->setObjectName(QStringLiteral("restoreQualityDefaults"));
    connect(reset, &QPushButton::clicked, this, [this] { setThresholds({}); });
    auto *resetRow = new QHBoxLayout;
    resetRow->addStretch(1);
    resetRow->addWidget(reset);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addLayout(resetRow);
    layout->addStretch(1);

    setThresholds(curation::storedQualityThresholds());
}

curation::QualityThresholds QualitySettingsPage::thresholds() const
{
    curation::QualityThresholds t;
    t.sharp = m_sharp->value();
    t.clipped = m_clipped->value() / 100.0;
    t.darkMean = m_dark->value();
    t.brightMean = m_bright->value();
    t.extremeAspect = m_aspect->value();
    t.jpegBitsPerPixel = m_jpeg->value();
    // Unchanged spin boxes give the defaults back exactly (storeQualityThresholds keeps nothing then).
    const curation::QualityThresholds d;
    if (qRound(d.clipped * 100) == m_clipped->value())
        t.clipped = d.clipped;
    return t;
}

void QualitySettingsPage::setThresholds(const curation::QualityThresholds &t)
{
    m_sharp->setValue(t.sharp);
    m_clipped->setValue(qRound(t.clipped * 100));
    m_dark->setValue(qRound(t.darkMean));
    m_bright->setValue(qRound(t.brightMean));
    m_aspect->setValue(t.extremeAspect);
    m_jpeg->setValue(t.jpegBitsPerPixel);
}

} // namespace lc::ui
