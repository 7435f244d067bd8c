#pragma once

#include <QObject>

class QFrame;
class QLabel;
class QTimer;
class QWidget;

namespace lc {
class Library;
class LibraryService;
}

namespace lc::ui {

// Looks after the open library's safety net: SQLite's quick check in the background right after the
// library opens, a warning when the library sits on a network file system, and the daily catalog
// snapshot (Settings → General). Problems show in a banner across the top of the window that says what
// to do next, with a button for File → Restore Snapshot….
class LibraryHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryHealth)

public:
    LibraryHealth(const Library &library, const LibraryService &service, QWidget *window);

    QWidget *banner() const;
    QString bannerText() const;
    // Starts the checks: the quick check now, the daily snapshot after a minute and then every hour.
    void start();
    // Takes the daily snapshot when it is due (and the setting is on); the timer calls it.
    void snapshotIfDue();

Q_SIGNALS:
    void restoreRequested();
    void message(const QString &text);
    // The quick check finished (tests wait for it); ok: the catalog passed.
    void checked(bool ok);
    void snapshotTaken(const QString &name);

private:
    void addWarning(const QString &html);

    const Library &m_library;
    const LibraryService &m_service;
    QFrame *m_banner;
    QLabel *m_text;
    QTimer *m_daily;
    QStringList m_warnings;
};

} // namespace lc::ui
