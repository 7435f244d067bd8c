#include "captiontext.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lc {

QString CaptionSettings::defaultPrompt()
{
    return QStringLiteral("Describe this image in one detailed sentence for training an image model: the subject, "
                          "clothing, pose, setting, lighting and style. Do not start with \"The image shows\".");
}

QJsonObject CaptionSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("backend"), toKey(backend)}, {QStringLiteral("baseUrl"), baseUrl},
        {QStringLiteral("model"), model}, {QStringLiteral("apiKeyEnv"), apiKeyEnv}, {QStringLiteral("prompt"), prompt},
        {QStringLiteral("maxTokens"), maxTokens}, {QStringLiteral("temperature"), temperature},
        {QStringLiteral("concurrency"), concurrency}, {QStringLiteral("timeoutSeconds"), timeoutSeconds},
        {QStringLiteral("maxSide"), maxSide}, {QStringLiteral("stripBoilerplate"), stripBoilerplate},
        {QStringLiteral("oneLine"), oneLine}, {QStringLiteral("maxLength"), maxLength},
        {QStringLiteral("triggerFirst"), triggerFirst}, {QStringLiteral("imageInput"), imageInput},
        {QStringLiteral("promptInput"), promptInput}, {QStringLiteral("extraInput"), extraInput}};
}

CaptionSettings CaptionSettings::fromJson(const QJsonObject &o)
{
    CaptionSettings s;
    s.backend = fromKey<CaptionBackendKind>(o.value(QStringLiteral("backend")).toString()).value_or(s.backend);
    s.baseUrl = o.value(QStringLiteral("baseUrl")).toString(s.baseUrl);
    s.model = o.value(QStringLiteral("model")).toString();
    s.apiKeyEnv = o.value(QStringLiteral("apiKeyEnv")).toString();
    s.prompt = o.value(QStringLiteral("prompt")).toString(s.prompt);
    s.maxTokens = o.value(QStringLiteral("maxTokens")).toInt(s.maxTokens);
    s.temperature = o.value(QStringLiteral("temperature")).toDouble(s.temperature);
    s.concurrency = o.value(QStringLiteral("concurrency")).toInt(s.concurrency);
    s.timeoutSeconds = o.value(QStringLiteral("timeoutSeconds")).toInt(s.timeoutSeconds);
    s.maxSide = o.value(QStringLiteral("maxSide")).toInt(s.maxSide);
    s.stripBoilerplate = o.value(QStringLiteral("stripBoilerplate")).toBool(s.stripBoilerplate);
    s.oneLine = o.value(QStringLiteral("oneLine")).toBool(s.oneLine);
    s.maxLength = o.value(QStringLiteral("maxLength")).toInt(s.maxLength);
    s.triggerFirst = o.value(QStringLiteral("triggerFirst")).toBool(s.triggerFirst);
    s.imageInput = o.value(QStringLiteral("imageInput")).toString(s.imageInput);
    s.promptInput = o.value(QStringLiteral("promptInput")).toString();
    s.extraInput = o.value(QStringLiteral("extraInput")).toString();
    return s;
}

QJsonObject CaptionRequest::toJson() const
{
    QJsonArray ids;
    for (ItemId id : items)
        ids.append(id.value());
    return QJsonObject{{QStringLiteral("dataset"), dataset.value()}, {QStringLiteral("items"), ids},
        {QStringLiteral("mode"), toKey(mode)}, {QStringLiteral("settings"), settings.toJson()}};
}

CaptionRequest CaptionRequest::fromJson(const QJsonObject &o)
{
    CaptionRequest r;
    r.dataset = DatasetId(qint64(o.value(QStringLiteral("dataset")).toDouble()));
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
        r.items.append(ItemId(qint64(v.toDouble())));
    r.mode = fromKey<CaptionMode>(o.value(QStringLiteral("mode")).toString()).value_or(CaptionMode::FillEmpty);
    r.settings = CaptionSettings::fromJson(o.value(QStringLiteral("settings")).toObject());
    return r;
}

QString CaptionReport::summary() const
{
    const int done = captioned + alreadyDone;
    QString text;
    if (failed > 0 && kept > 0)
        text = CaptionTr::tr("%1 of %2 captioned, %3 failed, %4 kept (edited meanwhile)").arg(done).arg(eligible).arg(failed).arg(kept);
    else if (failed > 0)
        text = CaptionTr::tr("%1 of %2 captioned, %3 failed").arg(done).arg(eligible).arg(failed);
    else if (kept > 0)
        text = CaptionTr::tr("%1 of %2 captioned, %3 kept (edited meanwhile)").arg(done).arg(eligible).arg(kept);
    else
        text = CaptionTr::tr("%1 of %2 captioned").arg(done).arg(eligible);
    if (canceled)
        text = CaptionTr::tr("%1 (canceled)").arg(text);
    return text;
}

QJsonObject CaptionReport::toJson() const
{
    QJsonArray list;
    for (const CaptionFailure &f : failures)
        list.append(QJsonObject{{QStringLiteral("item"), f.item.value()}, {QStringLiteral("name"), f.name},
            {QStringLiteral("message"), f.message}});
    QJsonObject o{{QStringLiteral("task"), task.value()}, {QStringLiteral("eligible"), eligible},
        {QStringLiteral("captioned"), captioned}, {QStringLiteral("alreadyDone"), alreadyDone},
        {QStringLiteral("kept"), kept}, {QStringLiteral("failed"), failed}, {QStringLiteral("canceled"), canceled},
        {QStringLiteral("failures"), list}, {QStringLiteral("seconds"), seconds}, {QStringLiteral("summary"), summary()}};
    if (failure)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(failure->code)},
                                              {QStringLiteral("message"), failure->message}});
    return o;
}

QString fillPromptTemplate(const QString &prompt, const QHash<QString, QString> &values)
{
    static const QRegularExpression field(QStringLiteral("\\{(trigger|class|tags|filename|caption)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = field.globalMatch(prompt);
    while (it.hasNext()) {
        const auto m = it.next();
        out += prompt.mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += prompt.mid(last);
    return out;
}

QString cleanCaption(const QString &answer, const CaptionSettings &s, const QString &trigger)
{
    QString text = answer.trimmed();
    if (s.oneLine)
        text = text.simplified();
    if (s.stripBoilerplate) {
        static const QRegularExpression opening(QStringLiteral(
            "^(?:caption\\s*:\\s*|(?:the|this) (?:image|picture|photo(?:graph)?) (?:shows|depicts|features|is of|contains)\\s+"
            "|in this (?:image|picture|photo(?:graph)?),?\\s+)"),
            QRegularExpression::CaseInsensitiveOption);
        for (int i = 0; i < 2; ++i) {
            const auto m = opening.match(text);
            if (!m.hasMatch())
                break;
            text = text.mid(m.capturedEnd()).trimmed();
        }
        if (text.size() >= 2 && ((text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
                                    || (text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))))
            text = text.mid(1, text.size() - 2).trimmed();
    }
    const QString t = trigger.simplified();
    if (s.triggerFirst && !t.isEmpty() && !text.isEmpty()
        && !text.startsWith(t, Qt::CaseInsensitive)) {
        text = t + QStringLiteral(", ") + text;
    }
    if (s.maxLength > 0 && text.size() > s.maxLength) {
        QString cut = text.left(s.maxLength);
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        if (space > s.maxLength / 2)
            cut.truncate(space);
        text = cut.trimmed();
        while (text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char(';')))
            text.chop(1);
    }
    return text;
}

} // namespace lc
