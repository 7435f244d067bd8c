#pragma once

#include <QStringList>

namespace lc::ui {

// The libraries opened lately (File → Open Recent), most recent first, and whether LoRA Craft opens the
// last of them at start (Settings → General). Kept in QSettings; folders that are gone are left out.
namespace RecentLibraries {

constexpr int MaxCount = 8;

QStringList list();
void add(const QString &path); // moves it to the front
void clear();
bool reopenLast();
void setReopenLast(bool on);
// The library to open when none was asked for: the last one when reopenLast() and it still exists.
QString startupPath(const QString &fallback);

} // namespace RecentLibraries

} // namespace lc::ui
