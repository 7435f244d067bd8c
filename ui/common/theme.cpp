#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace lc::ui {

void applyTheme(QApplication &app, Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor accent(0x6e, 0x9c, 0xf7);
    if (theme == Theme::Dark) {
        const QColor window(0x12, 0x12, 0x12), base(0x0f, 0x0f, 0x0f), panel(0x1d, 0x1d, 0x1d), text(0xe6, 0xe6, 0xe6);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, panel);
        p.setColor(QPalette::ToolTipBase, panel);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, panel);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::Link, accent);
        p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Dark, QColor(0x0a, 0x0a, 0x0a));
        p.setColor(QPalette::Light, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    } else {
        p = app.style()->standardPalette();
        p.setColor(QPalette::Highlight, accent.darker(115));
        p.setColor(QPalette::HighlightedText, Qt::white);
    }
    app.setPalette(p);
    const bool dark = theme == Theme::Dark;
    app.setStyleSheet(QStringLiteral(
        "QSplitter::handle { background: %1; }"
        "QToolBar { border: none; spacing: 4px; padding: 2px 6px; }"
        "QStatusBar { border-top: 1px solid %1; }"
        "QLineEdit, QPlainTextEdit, QComboBox, QSpinBox { border: 1px solid %2; border-radius: 4px; padding: 3px 5px; }"
        "QLineEdit:focus, QPlainTextEdit:focus { border-color: %3; }"
        "QPushButton { border: 1px solid %2; border-radius: 4px; padding: 4px 10px; }"
        "QPushButton:checked { background: %3; color: black; }"
        "QTreeView, QListView { border: none; }"
        "QTreeView QLineEdit { padding: 0px 3px; border-radius: 2px; }"
        // A styled spin box loses Fusion's arrows: draw our own.
        "QSpinBox { padding-right: 18px; }"
        "QSpinBox::up-button { subcontrol-origin: border; subcontrol-position: top right; width: 16px; border: none; }"
        "QSpinBox::down-button { subcontrol-origin: border; subcontrol-position: bottom right; width: 16px; border: none; }"
        "QSpinBox::up-arrow { image: url(:/icons/arrow-up.svg); width: 8px; height: 8px; }"
        "QSpinBox::down-arrow { image: url(:/icons/arrow-down.svg); width: 8px; height: 8px; }"
        "QLabel#sectionTitle { color: %4; font-weight: 600; text-transform: uppercase; font-size: 10px; letter-spacing: 1px; }"
        "QLabel#toast { background: %5; color: %6; border: 1px solid %2; border-radius: 8px; padding: 10px 16px; }"
        "QCheckBox::indicator { width: 13px; height: 13px; border: 1px solid %7; border-radius: 3px; background: %8; }"
        "QCheckBox::indicator:checked { background: %3; border-color: %3; }"
        "QCheckBox::indicator:disabled { border-color: %2; }"
        // Tags as chips, so a multi-word tag reads as one tag.
        "QListWidget#tagList::item { border: 1px solid %2; border-radius: 9px; padding: 1px 8px; margin: 1px; }"
        "QListWidget#tagList::item:selected { background: %3; color: black; border-color: %3; }")
        .arg(dark ? QStringLiteral("#1d1d1d") : QStringLiteral("#d0d0d0"),
            dark ? QStringLiteral("#333333") : QStringLiteral("#b8b8b8"),
            accent.name(),
            dark ? QStringLiteral("#8a8a8a") : QStringLiteral("#666666"),
            dark ? QStringLiteral("#262626") : QStringLiteral("#ffffff"),
            dark ? QStringLiteral("#f0f0f0") : QStringLiteral("#202020"))
            .arg(dark ? QStringLiteral("#6a6a6a") : QStringLiteral("#8a8a8a"), dark ? QStringLiteral("#1d1d1d") : QStringLiteral("#ffffff")));
}

QColor starColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xf5, 0xc5, 0x42) : QColor(0xb3, 0x6b, 0x00);
}

} // namespace lc::ui
