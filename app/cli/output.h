#pragma once

#include "catalog/types.h"
#include "util/error.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace lc::cli {

// Everything the CLI prints goes through Output, so human and --json output stay in step.
class Output final
{
public:
    explicit Output(bool json);

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // One JSON document on stdout (only in --json mode).
    void printJson(const QJsonObject &object);
    // A plain line on stdout (only in human mode).
    void line(const QString &text);
    // A table with a header row, columns padded to their widest cell (human mode).
    void table(const QStringList &header, const QList<QStringList> &rows);
    // The single error line on stderr, plus {"error": ...} on stdout in --json mode.
    void error(const Error &error);
    void usageError(const QString &message, const QString &hint = {});

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

// Text that came from outside (file names, archive entry names, captions) can hold control characters:
// printed raw, ESC sequences would drive the terminal, BEL ring it and CR overwrite the line. Human
// output escapes them: C0 and C1 controls and DEL as \xHH, bidirectional overrides as \u{HHHH}, and a
// backslash stays a backslash. (JSON output is escaped by JSON itself.)
QString terminalSafe(const QString &text);

QJsonObject toJson(const Workspace &workspace);
QJsonObject toJson(const Dataset &dataset);
QString formatTime(qint64 msecsSinceEpoch);

} // namespace lc::cli
