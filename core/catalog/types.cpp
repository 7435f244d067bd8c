#include "types.h"

namespace lc {

QString targetModelKey(TargetModel model)
{
    return toKey(model);
}

bool parseTargetModel(QStringView key, TargetModel *out)
{
    const std::optional<TargetModel> model = fromKey<TargetModel>(key, Qt::CaseInsensitive);
    if (model)
        *out = *model;
    return model.has_value();
}

QString singleLineCaption(const QString &caption)
{
    if (!caption.contains(QLatin1Char('\n')))
        return caption.trimmed(); // the usual case, without splitting
    QStringList parts;
    for (const QString &line : caption.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

QString trainingText(CaptionSource source, const QString &caption, const QStringList &tags)
{
    const QString captionText = singleLineCaption(caption);
    const QString tagText = tags.join(QStringLiteral(", "));
    switch (source) {
    case CaptionSource::Caption: return captionText;
    case CaptionSource::Tags: return tagText;
    case CaptionSource::Both: break;
    }
    if (captionText.isEmpty() || tagText.isEmpty())
        return captionText + tagText;
    return captionText + QStringLiteral(", ") + tagText;
}

bool startsWithWord(const QString &text, const QString &word)
{
    return text.startsWith(word) && (text.size() == word.size() || !text.at(word.size()).isLetterOrNumber());
}

QString trainerReads(const DatasetSettings &settings, const QString &caption, const QStringList &tags)
{
    const QString text = trainingText(settings.captionSource, caption, tags);
    const QString &trigger = settings.triggerWord;
    if (trigger.isEmpty() || text.isEmpty() || startsWithWord(text, trigger))
        return text;
    return trigger + QStringLiteral(", ") + text;
}

int defaultResolution(TargetModel model)
{
    return model == TargetModel::Sd15 ? 512 : 1024;
}

} // namespace lc
