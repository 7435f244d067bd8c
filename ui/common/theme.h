#pragma once

class QApplication;

namespace lc::ui {

enum class Theme { Dark, Light };

// Fusion style with a palette and a small style sheet. Dark is the default.
void applyTheme(QApplication &app, Theme theme);

} // namespace lc::ui
