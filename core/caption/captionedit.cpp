#include "captionedit.h"

#include "util/tr.h"

#include "caption/captiontext.h"
#include "catalog/datasets.h"
#include "catalog/items.h"

namespace lc {

namespace {

// The highest group \N in a replacement refers to (-1: none), reading two digits only when the
// expression has that many groups, as apply() does.
int highestGroupReference(const QString &replacement, int groups)
{
    int highest = -1;
    for (qsizetype i = 0; i + 1 < replacement.size(); ++i) {
        if (replacement[i] != QLatin1Char('\\'))
            continue;
        const QChar next = replacement[i + 1];
        if (next == QLatin1Char('\\')) {
            ++i;
        } else if (next.isDigit()) {
            int group = next.digitValue();
            ++i;
            if (i + 1 < replacement.size() && replacement[i + 1].isDigit() && group * 10 + replacement[i + 1].digitValue() <= groups) {
                group = group * 10 + replacement[i + 1].digitValue();
                ++i;
            }
            highest = std::max(highest, group);
        }
    }
    return highest;
}

QString expand(const QString &replacement, const QRegularExpressionMatch &m, int groups)
{
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c != QLatin1Char('\\') || i + 1 >= replacement.size()) {
            out += c;
            continue;
        }
        const QChar next = replacement[i + 1];
        if (next == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            ++i;
        } else if (next.isDigit()) {
            int group = next.digitValue();
            ++i;
            if (i + 1 < replacement.size() && replacement[i + 1].isDigit() && group * 10 + replacement[i + 1].digitValue() <= groups) {
                group = group * 10 + replacement[i + 1].digitValue();
                ++i;
            }
            out += m.captured(group);
        } else {
            out += c;
        }
    }
    return out;
}

QString tidy(QString caption)
{
    static const QRegularExpression emptyFields(QStringLiteral("\\s*,(?:\\s*,)+"));
    static const QRegularExpression leading(QStringLiteral("^\\s*,\\s*"));
    static const QRegularExpression trailing(QStringLiteral("\\s*,\\s*$"));
    caption.replace(emptyFields, QStringLiteral(","));
    caption.remove(leading);
    caption.remove(trailing);
    return caption.trimmed();
}

Result<QList<CaptionTarget>> sources(const Catalog &catalog, const CaptionScope &scope, bool withTags)
{
    if (!scope.dataset.isValid())
        return makeError(ErrorCode::InvalidArgument, CaptionTr::tr("No dataset was given."));
    return Items(catalog).captionSources(scope.dataset, scope.items, withTags);
}

} // namespace

Result<CaptionReplacer> CaptionReplacer::create(const FindReplace &spec)
{
    if (spec.find.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CaptionTr::tr("There is nothing to find: the search text is empty."));
    CaptionReplacer r;
    r.m_spec = spec;
    if (spec.regex) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!spec.caseSensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        r.m_re = QRegularExpression(spec.find, options);
        if (!r.m_re.isValid()) {
            return makeError(ErrorCode::InvalidArgument,
                CaptionTr::tr("Invalid regular expression “%1” at offset %2: %3.")
                    .arg(spec.find)
                    .arg(r.m_re.patternErrorOffset())
                    .arg(r.m_re.errorString()),
                spec.find);
        }
        r.m_re.optimize();
        const int groups = r.m_re.captureCount();
        if (const int wanted = highestGroupReference(spec.replace, groups); wanted > groups) {
            return makeError(ErrorCode::InvalidArgument,
                CaptionTr::tr("The replacement uses \\%1, but the expression has %2 capture group(s).").arg(wanted).arg(groups));
        }
    }
    return r;
}

QString CaptionReplacer::apply(const QString &caption) const
{
    if (!m_spec.regex) {
        QString out = caption;
        return out.replace(m_spec.find, m_spec.replace, m_spec.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }
    const int groups = m_re.captureCount();
    QString out;
    qsizetype last = 0;
    auto it = m_re.globalMatch(caption);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(caption).mid(last, m.capturedStart() - last);
        out += expand(m_spec.replace, m, groups);
        last = m.capturedEnd();
    }
    out += QStringView(caption).mid(last);
    return out;
}

Result<CaptionPreview> previewReplace(const Catalog &catalog, const CaptionScope &scope, const FindReplace &spec)
{
    auto replacer = CaptionReplacer::create(spec);
    if (!replacer)
        return replacer.error();
    auto items = sources(catalog, scope, false);
    if (!items)
        return items.error();
    CaptionPreview preview;
    preview.checked = int(items->size());
    for (const CaptionTarget &t : std::as_const(*items)) {
        const QString after = replacer->apply(t.caption);
        if (after != t.caption)
            preview.changes.append({t.id, t.name, t.caption, after});
    }
    return preview;
}

Result<CaptionApplyReport> applyCaptionChanges(const Catalog &catalog, const QList<CaptionEdit> &changes,
    QHash<ItemId, CaptionProvenance> *previous)
{
    QList<CaptionWrite> writes;
    writes.reserve(changes.size());
    QHash<ItemId, qsizetype> changeOf;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const CaptionEdit &c = changes[i];
        changeOf.insert(c.id, i);
        writes.append({c.id, c.before, c.after, CaptionProvenance::manual(c.after)});
    }
    auto outcome = Items(catalog).writeCaptions(writes);
    if (!outcome)
        return outcome.error();
    CaptionApplyReport report;
    for (ItemId id : std::as_const(outcome->written))
        report.written.append(changes[changeOf.value(id)]);
    for (ItemId id : std::as_const(outcome->skipped))
        report.skipped.append(changes[changeOf.value(id)]);
    if (previous)
        *previous = outcome->previous;
    return report;
}

QString fillCaptionTemplate(const QString &captionTemplate, const QHash<QString, QString> &values)
{
    return tidy(fillPromptTemplate(captionTemplate, values));
}

Result<CaptionPreview> previewTemplate(const Catalog &catalog, const CaptionScope &scope, const QString &captionTemplate)
{
    if (captionTemplate.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, CaptionTr::tr("The caption template is empty."));
    auto dataset = Datasets(catalog).get(scope.dataset);
    if (!dataset)
        return dataset.error();
    auto items = sources(catalog, scope, true);
    if (!items)
        return items.error();
    CaptionPreview preview;
    preview.checked = int(items->size());
    for (const CaptionTarget &t : std::as_const(*items)) {
        const QString after = fillCaptionTemplate(captionTemplate,
            {{QStringLiteral("trigger"), dataset->settings.triggerWord}, {QStringLiteral("class"), dataset->settings.classWord},
                {QStringLiteral("tags"), t.tags.join(QStringLiteral(", "))}, {QStringLiteral("filename"), t.name},
                {QStringLiteral("caption"), t.caption}});
        if (after != t.caption)
            preview.changes.append({t.id, t.name, t.caption, after});
    }
    return preview;
}

} // namespace lc
