#pragma once

#include <QString>

namespace lc {

// The application's log: every Qt message (qDebug … qCritical, with its category) appended to a file in the
// platform's log location, one line each, written through at once (a crash leaves the last lines), with
// secrets redacted; the file is rotated at start when it has grown past maxBytes (loracraft.log →
// loracraft.log.1 … .3). Messages still reach the handler installed before (standard error).
class LogFile final
{
public:
    // Installs the handler: logs under `folder` (default: defaultFolder()). Returns the log file's path, or
    // an empty string when the folder cannot be written (the application runs on without a log).
    static QString install(const QString &folder = {}, qint64 maxBytes = 2 * 1024 * 1024);
    // Restores the previous handler and closes the file (tests).
    static void uninstall();
    static QString path(); // the file being written, empty before install()
    // <AppLocalDataLocation>/logs: ~/.local/share/LoRA Craft/loracraft/logs, %LOCALAPPDATA%\LoRA Craft\loracraft\logs,
    // ~/Library/Application Support/LoRA Craft/loracraft/logs.
    static QString defaultFolder();

    // A line with API keys and tokens replaced by "[redacted]": Authorization / X-Subscription-Token
    // headers, Bearer tokens, key=… and token=… query items, and the shapes of Replicate (r8_…) and
    // OpenAI-style (sk-…) keys.
    static QString redact(const QString &line);
};

} // namespace lc
