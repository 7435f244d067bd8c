#pragma once

class QApplication;
class QColor;
class QPalette;

namespace lc::ui {

enum class Theme { Dark, Light };

// Fusion style with a palette and a small style sheet. Dark is the default.
void applyTheme(QApplication &app, Theme theme);

// The colour of rating stars: gold on dark backgrounds, a deeper amber that stays visible on light ones.
QColor starColor(const QPalette &palette);

} // namespace lc::ui
