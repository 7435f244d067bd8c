#include "output.h"

#include "util/displaytext.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace lc::cli {

Output::Output(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
}

QString terminalSafe(const QString &text)
{
    return escapeControlCharacters(text);
}

void Output::printJson(const QJsonObject &object)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

void Output::line(const QString &text)
{
    if (!m_json)
        m_out << terminalSafe(text) << '\n' << Qt::flush;
}

void Output::table(const QStringList &header, const QList<QStringList> &rows)
{
    if (m_json)
        return;
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    QList<QStringList> safeRows;
    for (const QStringList &row : rows) {
        QStringList safe;
        for (const QString &cell : row)
            safe << terminalSafe(cell);
        safeRows << safe;
    }
    for (const QStringList &row : std::as_const(safeRows)) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells[i].leftJustified(widths[i] + 2);
            else
                text += cells[i];
        }
        m_out << text << '\n';
    };
    print(header);
    for (const QStringList &row : std::as_const(safeRows))
        print(row);
    m_out << Qt::flush;
}

void Output::error(const Error &error)
{
    m_err << "loracraft-cli: " << terminalSafe(error.message) << '\n' << Qt::flush;
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)},
            {QStringLiteral("message"), error.message}};
        if (!error.detail.isEmpty())
            e.insert(QStringLiteral("detail"), error.detail);
        printJson({{QStringLiteral("error"), e}});
    }
}

void Output::usageError(const QString &message, const QString &hint)
{
    m_err << "loracraft-cli: " << terminalSafe(message);
    if (!hint.isEmpty())
        m_err << " (" << terminalSafe(hint) << ')';
    m_err << '\n' << Qt::flush;
    if (m_json) {
        printJson({{QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")}, {QStringLiteral("message"), message}}}});
    }
}

QString formatTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject toJson(const Workspace &w)
{
    return {
        {QStringLiteral("id"), w.id.value()},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("datasets"), w.datasetCount},
        {QStringLiteral("created_at"), formatTime(w.createdAt)},
        {QStringLiteral("updated_at"), formatTime(w.updatedAt)},
    };
}

QJsonObject toJson(const Dataset &d)
{
    return {
        {QStringLiteral("id"), d.id.value()},
        {QStringLiteral("workspace"), d.workspaceName},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("trigger_word"), d.settings.triggerWord},
        {QStringLiteral("class_word"), d.settings.classWord},
        {QStringLiteral("target_model"), targetModelKey(d.settings.targetModel)},
        {QStringLiteral("target_resolution"), d.settings.targetResolution},
        {QStringLiteral("notes"), d.settings.notes},
        {QStringLiteral("caption_source"), toKey(d.settings.captionSource)},
        {QStringLiteral("regularization_dataset"), d.settings.regularization.isValid() ? QJsonValue(d.settings.regularization.value()) : QJsonValue()},
        {QStringLiteral("items"), d.itemCount},
        {QStringLiteral("rejected"), d.rejectedCount},
        {QStringLiteral("trashed"), d.trashedCount},
        {QStringLiteral("created_at"), formatTime(d.createdAt)},
        {QStringLiteral("updated_at"), formatTime(d.updatedAt)},
    };
}

} // namespace lc::cli
