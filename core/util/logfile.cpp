#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace lc {

namespace {

constexpr int KeptRotations = 3;

struct LogState
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                         QLatin1String(levelName(type)),
                                         QLatin1String(context.category ? context.category : "default"), LogFile::redact(message));
            s.file.write(line.toUtf8());
            s.file.flush(); // through to the system at once: a crash keeps it
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

// loracraft.log → .1 → .2 → .3 (the oldest goes).
void rotate(const QString &path)
{
    QFile::remove(path + QStringLiteral(".%1").arg(KeptRotations));
    for (int i = KeptRotations - 1; i >= 1; --i)
        QFile::rename(path + QStringLiteral(".%1").arg(i), path + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
}

} // namespace

QString LogFile::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString LogFile::install(const QString &folder, qint64 maxBytes)
{
    LogState &s = state();
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(dir))
        return {};
    QString file = dir + QStringLiteral("/loracraft.log");
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen())
        s.file.close();
    if (QFileInfo(file).size() > maxBytes)
        rotate(file);
    s.file.setFileName(file);
    if (!s.file.open(QIODevice::Append | QIODevice::Text))
        return {};
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return file;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
    }
    s.file.close();
}

QString LogFile::path()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

QString LogFile::redact(const QString &line)
{
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("(Authorization|X-Subscription-Token|X-Api-Key|Api-Key)(\\s*[:=]\\s*)(Bearer\\s+|Token\\s+)?\\S+"),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1\\2\\3[redacted]")},
        {QRegularExpression(QStringLiteral("\\b(Bearer|Token)\\s+[A-Za-z0-9._~+/=-]{8,}")), QStringLiteral("\\1 [redacted]")},
        {QRegularExpression(QStringLiteral("([?&;\\s](?:api[_-]?key|key|token|access_token|client_secret)=)[^&\\s]+"),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1[redacted]")},
        {QRegularExpression(QStringLiteral("\\br8_[A-Za-z0-9]{8,}")), QStringLiteral("[redacted]")},
        {QRegularExpression(QStringLiteral("\\bsk-[A-Za-z0-9_-]{8,}")), QStringLiteral("[redacted]")},
    };
    QString out = line;
    for (const auto &[pattern, replacement] : rules)
        out.replace(pattern, replacement);
    return out;
}

} // namespace lc
