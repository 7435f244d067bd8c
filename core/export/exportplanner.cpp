#include "exportplanner.h"

#include "util/tr.h"

#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/rules.h"
#include "catalog/sql.h"
#include "export/bucketing.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace lc {

namespace {


bool captionRequired(ExportFormat f)
{
    // kohya asserts on an empty caption file, SimpleTuner fails on a missing one, OneTrainer and diffusers
    // would train on nothing, and Replicate's SDXL trainer needs one CSV row per image.
    return f == ExportFormat::Kohya || f == ExportFormat::SimpleTuner || f == ExportFormat::OneTrainer
        || f == ExportFormat::Diffusers || f == ExportFormat::ReplicateSdxl;
}

void addIssue(QList<PreflightIssue> &issues, PreflightIssue::Severity severity, const QString &code, const QString &message,
    const QStringList &items)
{
    if (items.isEmpty())
        return;
    issues.append({severity, code, message.arg(items.size()), items});
}

} // namespace

QString sanitizeStem(const QString &name)
{
    // ASCII letters, digits, '-', '_', '.' only (safe in TOML/YAML/JSON, ZIP entries and Windows).
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            out += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents fall away: "café" -> "cafe"
        else
            out += QLatin1Char('_');
    }
    static const QRegularExpression runs(QStringLiteral("_{2,}"));
    out.replace(runs, QStringLiteral("_"));
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char('_')))
        out.chop(1);
    // OneTrainer treats these suffixes as masks and conditioning images.
    if (out.endsWith(QLatin1String("-masklabel"), Qt::CaseInsensitive) || out.endsWith(QLatin1String("-condlabel"), Qt::CaseInsensitive))
        out += QStringLiteral("_img");
    if (out.isEmpty())
        out = QStringLiteral("image");
    out = out.left(100);
    // Windows reserves these device names in any case and with any extension (NUL.txt, com1.jpg).
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString first = out.section(QLatin1Char('.'), 0, 0);
    if (reserved.match(first).hasMatch())
        out.insert(first.size(), QLatin1Char('_'));
    return out;
}

QString singleLineCaption(const QString &caption)
{
    QStringList parts;
    for (const QString &line : caption.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

bool containsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return true;
    const QRegularExpression re(QStringLiteral("(^|[^\\w])%1($|[^\\w])").arg(QRegularExpression::escape(word)),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

bool startsWithWord(const QString &text, const QString &word)
{
    return text.startsWith(word) && (text.size() == word.size() || !text.at(word.size()).isLetterOrNumber());
}

int roughTokenCount(const QString &caption)
{
    // CLIP's BPE: about one token per short word or punctuation mark, more for long words.
    static const QRegularExpression pieces(QStringLiteral("[\\w']+|[^\\w\\s]"), QRegularExpression::UseUnicodePropertiesOption);
    int tokens = 0;
    auto it = pieces.globalMatch(caption);
    while (it.hasNext()) {
        const QString p = it.next().captured(0);
        tokens += std::max<int>(1, int((p.size() + 5) / 6));
    }
    return tokens;
}

Result<ExportPlan> planExport(const Library &library, DatasetId datasetId, const ExportOptions &requested)
{
    const Catalog &catalog = library.catalog();
    auto dataset = Datasets(catalog).get(datasetId);
    if (!dataset)
        return dataset.error();

    ExportPlan plan;
    plan.dataset = *dataset;
    plan.options = requested;
    ExportOptions &o = plan.options;
    if (o.triggerWord.isEmpty())
        o.triggerWord = dataset->settings.triggerWord;
    if (o.classWord.isEmpty())
        o.classWord = dataset->settings.classWord;
    if (o.resolution <= 0)
        o.resolution = dataset->settings.targetResolution;
    o.triggerWord = o.triggerWord.simplified();
    o.classWord = o.classWord.simplified();

    // Items with their blob facts, in the order they were added.
    struct Row
    {
        ExportEntry e;
        QString status;
    };
    QList<Row> rows;
    {
        QSqlQuery q(catalog.database());
        q.setForwardOnly(true);
        if (auto r = sql::exec(q,
                QStringLiteral("SELECT i.id, i.blob_sha256, i.original_name, i.source_path, i.caption, i.status, i.repeats, "
                               "i.crop_x, i.crop_y, i.crop_w, i.crop_h, b.width, b.height, b.format, b.orientation, b.has_alpha "
                               "FROM items i JOIN blobs b ON b.sha256 = i.blob_sha256 "
                               "WHERE i.dataset_id = ? AND i.status != 'trashed' ORDER BY i.id"),
                {datasetId.value()});
            !r)
            return r.error();
        while (q.next()) {
            Row row;
            ExportEntry &e = row.e;
            e.item = ItemId(q.value(0).toLongLong());
            e.hash = ContentHash::fromHex(q.value(1).toString());
            e.originalName = q.value(2).toString();
            e.sourcePath = q.value(3).toString();
            e.rawCaption = q.value(4).toString();
            row.status = q.value(5).toString();
            e.repeats = q.value(6).toInt();
            if (!q.value(7).isNull())
                e.crop = QRect(q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt(), q.value(10).toInt());
            e.size = QSize(q.value(11).toInt(), q.value(12).toInt());
            e.sourceFormat = q.value(13).toString();
            e.orientation = q.value(14).toInt();
            e.hasAlpha = q.value(15).toInt() != 0;
            rows.append(row);
        }
    }
    QList<ItemId> ids;
    for (const Row &r : std::as_const(rows))
        ids << r.e.item;
    auto tags = Items(catalog).tagsOf(ids);
    if (!tags)
        return tags.error();

    // Repeats: explicit, else what kohya folders gave the items, else 10.
    if (o.repeats <= 0) {
        QHash<int, int> counts;
        for (const Row &r : std::as_const(rows))
            ++counts[r.e.repeats];
        int best = 1, bestCount = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key() > best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        o.repeats = best > 1 ? best : 10;
    }

    std::optional<KohyaBuckets> buckets;
    if (o.resize == ExportOptions::Resize::Bucket) {
        KohyaBuckets::Options bo;
        bo.resolution = QSize(o.resolution, o.resolution);
        bo.maxBucketReso = o.resolution >= 1024 ? 2048 : 1024;
        bo.noUpscale = o.bucketNoUpscale;
        buckets.emplace(bo);
        if (!buckets->isValid()) {
            plan.issues.append({PreflightIssue::Severity::Error, QStringLiteral("bad-resolution"),
                ExportTr::tr("The resolution %1 does not fit kohya's bucket limits.").arg(o.resolution), {}});
        }
    }

    QStringList emptyCaptions, missingTrigger, lowRes, tooSmall, extreme, tooLong, renamed;
    QSet<QString> usedStems;
    int sequence = 0;
    const int digits = std::max(4, int(QString::number(rows.size()).size()));
    const bool flux = dataset->settings.targetModel == TargetModel::Flux;
    const int tokenBudget = flux ? 512 : 75;

    for (Row &row : rows) {
        if (row.status == QLatin1String("rejected") && !o.includeRejected) {
            ++plan.excludedRejected;
            continue;
        }
        ExportEntry e = row.e;
        e.tags = normalizeTags(tags->value(e.item)); // one spelling per tag, whatever the case

        // Caption.
        QString text;
        const QString tagText = e.tags.join(QStringLiteral(", "));
        switch (o.captionSource) {
        case ExportOptions::CaptionSource::Caption: text = e.rawCaption; break;
        case ExportOptions::CaptionSource::Tags: text = tagText; break;
        case ExportOptions::CaptionSource::Both:
            text = singleLineCaption(e.rawCaption);
            if (!tagText.isEmpty())
                text = text.isEmpty() ? tagText : text + QStringLiteral(", ") + tagText;
            break;
        }
        text = singleLineCaption(text);
        if (text.isEmpty())
            emptyCaptions << e.originalName;
        // The trigger goes first: kohya's keep_tokens = 1 (which the exported TOML sets) and OneTrainer's
        // keep_tags_count protect only the leading token.
        if (!o.triggerWord.isEmpty() && !text.isEmpty() && !startsWithWord(text, o.triggerWord)) {
            if (o.prependTrigger)
                text = o.triggerWord + QStringLiteral(", ") + text;
            else if (!containsWord(text, o.triggerWord))
                missingTrigger << e.originalName;
        }
        e.caption = text;
        if (roughTokenCount(text) > tokenBudget)
            tooLong << e.originalName;

        // Pixels.
        QSize source = e.crop ? e.crop->size() : e.size;
        e.outputSize = source;
        if (o.resize == ExportOptions::Resize::LongSide && std::max(source.width(), source.height()) > o.longSide)
            e.outputSize = source.scaled(o.longSide, o.longSide, Qt::KeepAspectRatio);
        else if (o.resize == ExportOptions::Resize::Bucket && buckets && buckets->isValid())
            e.outputSize = buckets->select(source).bucket;
        if (std::min(source.width(), source.height()) < 64 || e.outputSize.isEmpty())
            tooSmall << e.originalName;
        else if (isLowResolution(source.width(), source.height(), o.resolution))
            lowRes << e.originalName;
        if (std::max(source.width(), source.height()) > 4 * std::max(1, std::min(source.width(), source.height())))
            extreme << e.originalName;

        // File format.
        const bool sourceJpeg = e.sourceFormat == QLatin1String("jpeg");
        const bool sourcePng = e.sourceFormat == QLatin1String("png");
        switch (o.imageFormat) {
        case ExportOptions::ImageFormat::Keep: e.extension = sourceJpeg ? QStringLiteral("jpg") : QStringLiteral("png"); break;
        case ExportOptions::ImageFormat::Png: e.extension = QStringLiteral("png"); break;
        case ExportOptions::ImageFormat::Jpeg: e.extension = QStringLiteral("jpg"); break;
        }
        const bool sameFormat = (sourceJpeg && e.extension == QLatin1String("jpg")) || (sourcePng && e.extension == QLatin1String("png"));
        e.keepBytes = sameFormat && e.orientation == 1 && !e.crop && !e.hasAlpha && e.outputSize == e.size;

        // Name.
        QString stem;
        if (o.naming == ExportOptions::Naming::Sequential) {
            stem = QStringLiteral("%1").arg(++sequence, digits, 10, QLatin1Char('0'));
        } else {
            QString base = e.originalName;
            const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
            if (dot > 0)
                base.truncate(dot);
            stem = sanitizeStem(base);
        }
        if (usedStems.contains(stem.toLower())) {
            const QString base = stem;
            for (int n = 2; usedStems.contains(stem.toLower()); ++n)
                stem = QStringLiteral("%1_%2").arg(base).arg(n);
            renamed << e.originalName;
        }
        usedStems.insert(stem.toLower());
        e.stem = stem;
        plan.entries.append(e);
    }

    using S = PreflightIssue::Severity;
    if (plan.entries.isEmpty()) {
        plan.issues.append({S::Error, QStringLiteral("no-images"), ExportTr::tr("There is nothing to export: the dataset has no kept images."), {}});
    }
    const bool required = captionRequired(o.format);
    addIssue(plan.issues, required ? S::Error : S::Warning, QStringLiteral("empty-caption"),
        required ? ExportTr::tr("%1 image(s) have no caption; this trainer needs one for every image.")
                 : (o.format == ExportFormat::ReplicateFlux
                           ? ExportTr::tr("%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).")
                           : ExportTr::tr("%1 image(s) have no caption; the trainer will use its default caption.")),
        emptyCaptions);
    addIssue(plan.issues, S::Error, QStringLiteral("too-small"), ExportTr::tr("%1 image(s) are smaller than 64 px on a side."), tooSmall);
    addIssue(plan.issues, S::Warning, QStringLiteral("missing-trigger"),
        ExportTr::tr("%1 caption(s) do not contain the trigger word “%2”.").replace(QStringLiteral("%2"), o.triggerWord), missingTrigger);
    addIssue(plan.issues, S::Warning, QStringLiteral("low-resolution"),
        ExportTr::tr("%1 image(s) have fewer than half the pixels of the %2 × %2 px target (LOW RES).").replace(QStringLiteral("%2"), QString::number(o.resolution)), lowRes);
    addIssue(plan.issues, S::Warning, QStringLiteral("extreme-aspect"), ExportTr::tr("%1 image(s) are more than 4 times as long as they are wide."), extreme);
    addIssue(plan.issues, S::Warning, QStringLiteral("caption-too-long"),
        flux ? ExportTr::tr("%1 caption(s) exceed T5's 512-token budget.") : ExportTr::tr("%1 caption(s) exceed CLIP's 77-token window (about 75 words)."),
        tooLong);
    addIssue(plan.issues, S::Warning, QStringLiteral("duplicate-stem"),
        ExportTr::tr("%1 file name(s) collide after sanitizing and get a numeric suffix."), renamed);
    if (o.triggerWord.isEmpty() && (o.format == ExportFormat::ReplicateFlux || o.format == ExportFormat::Kohya)) {
        plan.issues.append({S::Warning, QStringLiteral("no-trigger"),
            o.format == ExportFormat::ReplicateFlux ? ExportTr::tr("No trigger word is set; Replicate will use “TOK”.")
                                                    : ExportTr::tr("No trigger word is set; the kohya folder is named after the dataset."),
            {}});
    }
    if (plan.excludedRejected > 0) {
        plan.issues.append({S::Info, QStringLiteral("rejected-excluded"),
            ExportTr::tr("%1 rejected image(s) are left out.").arg(plan.excludedRejected), {}});
    }
    return plan;
}

} // namespace lc
