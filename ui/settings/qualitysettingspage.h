#pragma once

#include "curation/quality.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace lc::ui {

// Settings → Quality: the thresholds of the quality flags (grid badges, the Quality filter, the export
// pre-flight and `loracraft-cli analyze` all use them). Low resolution follows each dataset's target
// resolution (Dataset Settings).
class QualitySettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualitySettingsPage)

public:
    explicit QualitySettingsPage(QWidget *parent = nullptr);

    curation::QualityThresholds thresholds() const;
    void setThresholds(const curation::QualityThresholds &thresholds);

private:
    QDoubleSpinBox *m_sharp;
    QSpinBox *m_clipped;
    QSpinBox *m_dark;
    QSpinBox *m_bright;
    QDoubleSpinBox *m_aspect;
    QDoubleSpinBox *m_jpeg;
};

} // namespace lc::ui
