#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace lc::ui {

// One LoRA Craft window per user: a second launch hands its request (the library it was asked to open)
// to the running one through a local socket and quits; the running one raises its window.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QString key = defaultKey(), QObject *parent = nullptr);

    // The socket name for this user (their home folder and login, hashed).
    static QString defaultKey();
    // True when a running instance took the message: this process should quit.
    bool sendToRunning(const QString &message, int timeoutMs = 2000) const;
    // Listens for later launches (after sendToRunning found none); false when the socket cannot be made.
    bool listen();

Q_SIGNALS:
    void messageReceived(const QString &message);

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace lc::ui
