#include "exportplanner.h"

#include "text/tokencount.h"

#include "export/trainers/trainers.h"

#include "util/tr.h"

#include "catalog/datasets.h"
#include "catalog/items.h"
#include "catalog/provenancerows.h"
#include "search/searchtypes.h"
#include "catalog/rules.h"
#include "image/imageformat.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace lc {

namespace {

// Pre-flight thresholds for what a trainer does to an image: a crop that takes more than this share of
// the picture, an enlargement beyond this factor.
constexpr double CropShareWorthSaying = 0.10;
constexpr double UpscaleWorthSaying = 1.5;

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
    // ASCII letters, digits, '-', '_', '.' only (safe in TOML/YAML/JSON, ZIP entries and Windows). The
    // pre-flight runs this for every image as the user changes options: no regex, no normalization for
    // the (usual) ASCII names.
    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() < 128;
    const QString decomposed = ascii ? name : name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        QChar keep;
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            keep = c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents fall away: "café" -> "cafe"
        else
            keep = QLatin1Char('_');
        if (keep == QLatin1Char('_') && out.endsWith(QLatin1Char('_')))
            continue; // one '_' for a run
        out += keep;
    }
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
    const qsizetype dot = out.indexOf(QLatin1Char('.'));
    const QString first = (dot < 0 ? out : out.left(dot)).toUpper();
    const bool reserved = first == QLatin1String("CON") || first == QLatin1String("PRN") || first == QLatin1String("AUX")
        || first == QLatin1String("NUL")
        || (first.size() == 4 && (first.startsWith(QLatin1String("COM")) || first.startsWith(QLatin1String("LPT"))) && first.at(3).isDigit()
            && first.at(3).unicode() < 128);
    if (reserved)
        out.insert(first.size(), QLatin1Char('_'));
    return out;
}

namespace {

// What a regex \w matches with Unicode properties: letters, digits, marks and '_'.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark();
}

} // namespace

bool containsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return true;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !isWordChar(text.at(at - 1))) && (end == text.size() || !isWordChar(text.at(end))))
            return true;
    }
    return false;
}

bool containsInsideWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at > 0 && isWordChar(text.at(at - 1))) || (end < text.size() && isWordChar(text.at(end))))
            return true;
    }
    return false;
}

int roughTokenCount(const QString &caption)
{
    // CLIP's BPE: about one token per short word or punctuation mark, more for long words (a word is a
    // run of \w and apostrophes; any other non-space character is a token of its own).
    int tokens = 0;
    qsizetype run = 0;
    auto endRun = [&] {
        if (run > 0)
            tokens += std::max<int>(1, int((run + 5) / 6));
        run = 0;
    };
    for (QChar c : caption) {
        if (isWordChar(c) || c == QLatin1Char('\'')) {
            ++run;
            continue;
        }
        endRun();
        if (!c.isSpace())
            ++tokens;
    }
    endRun();
    return tokens;
}

namespace {

// One dataset's rows, in the order they were added, with their tags.
Result<QList<ExportSource::Row>> loadRows(const Catalog &catalog, DatasetId datasetId)
{
    auto rows = Items(catalog).exportRows(datasetId);
    if (!rows)
        return rows.error();
    QList<ExportSource::Row> out;
    out.reserve(rows->size());
    for (ItemExportRow &item : *rows) {
        ExportSource::Row row;
        ExportEntry &e = row.entry;
        e.item = item.id;
        e.hash = item.hash;
        e.originalName = std::move(item.originalName);
        e.sourcePath = std::move(item.sourcePath);
        e.rawCaption = std::move(item.caption);
        e.provenance = std::move(item.provenance);
        row.rejected = item.status == ItemStatus::Rejected;
        e.repeats = item.repeats;
        e.crop = item.crop;
        e.size = item.size;
        e.sourceFormat = std::move(item.format);
        e.orientation = item.orientation;
        e.hasAlpha = item.hasAlpha;
        row.bytes = item.bytes;
        row.quality = item.quality;
        out.append(std::move(row));
    }
    // In the order they were added; sorted here rather than by SQLite, which would build a temporary
    // B-tree of the whole dataset first (the index gives them by status, then id).
    std::sort(out.begin(), out.end(), [](const ExportSource::Row &a, const ExportSource::Row &b) { return a.entry.item < b.entry.item; });
    // Every item's tags in one query.
    auto tags = Items(catalog).tagsOfDataset(datasetId);
    if (!tags)
        return tags.error();
    for (ExportSource::Row &row : out)
        row.entry.tags = normalizeTags(tags->value(row.entry.item)); // one spelling per tag, whatever the case
    return out;
}

} // namespace

bool notesSayCommercial(const QString &notes)
{
    QString text = notes.toLower();
    text.remove(QStringLiteral("non-commercial")).remove(QStringLiteral("noncommercial")).remove(QStringLiteral("non commercial"));
    return text.contains(QLatin1String("commercial"));
}

Result<ExportSource> loadExportSource(const Library &library, DatasetId datasetId)
{
    const Catalog &catalog = library.catalog();
    auto dataset = Datasets(catalog).get(datasetId);
    if (!dataset)
        return dataset.error();
    ExportSource source;
    source.dataset = *dataset;
    auto rows = loadRows(catalog, datasetId);
    if (!rows)
        return rows.error();
    source.rows = std::move(*rows);
    auto provenance = ProvenanceRows::forDataset(catalog, datasetId);
    if (!provenance)
        return provenance.error();
    for (auto it = provenance->cbegin(); it != provenance->cend(); ++it)
        source.licenses.insert(it.key(), it->license);
    if (const DatasetId reg = dataset->settings.regularization; reg.isValid() && reg != datasetId) {
        auto regDataset = Datasets(catalog).get(reg);
        if (regDataset) { // deleted meanwhile: no set (the catalog clears the reference)
            auto regRows = loadRows(catalog, reg);
            if (!regRows)
                return regRows.error();
            source.regDataset = *regDataset;
            for (ExportSource::Row &r : *regRows) {
                if (!r.rejected)
                    source.regRows.append(std::move(r));
            }
        }
    }
    return source;
}

Result<ExportPlan> planExport(const Library &library, DatasetId datasetId, const ExportOptions &options)
{
    auto source = loadExportSource(library, datasetId);
    if (!source)
        return source.error();
    return planExport(*source, options);
}

ExportPlan planExport(const ExportSource &source, const ExportOptions &requested)
{
    const Dataset *dataset = &source.dataset;
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
    if (!o.captionSource)
        o.captionSource = dataset->settings.captionSource;
    o.triggerWord = o.triggerWord.simplified();
    o.classWord = o.classWord.simplified();
    const QList<ExportSource::Row> &rows = source.rows;

    // Repeats: explicit, else what kohya folders gave the items, else 10.
    const bool automaticRepeats = o.repeats <= 0;
    if (o.repeats <= 0) {
        QHash<int, int> counts;
        for (const ExportSource::Row &r : rows)
            ++counts[r.entry.repeats];
        int best = 1, bestCount = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key() > best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        o.repeats = best > 1 ? best : 10;
    }

    const Trainer &trainer = trainerFor(o.format);
    const TargetModel model = dataset->settings.targetModel;
    // The resolutions the exported config trains at (asked for, else the trainer's for the target); a
    // bucket resize sizes files for the largest, and the trainer derives the smaller ones from them.
    QList<int> resolutions;
    for (int r : std::as_const(o.resolutions)) {
        if (r > 0 && !resolutions.contains(r))
            resolutions << r;
    }
    std::sort(resolutions.begin(), resolutions.end());
    if (!resolutions.isEmpty())
        o.resolution = resolutions.constLast();
    else
        resolutions = trainer.trainingResolutions(o.resolution, model);
    plan.resolutions = resolutions;
    const int largest = *std::max_element(resolutions.cbegin(), resolutions.cend());

    // Subsets: the main set, then one per tag rule and (with automatic repeats) per other kohya repeats
    // the items came with, in the order their first image appears.
    plan.subsets.append({Trainer::conceptName(plan), QStringLiteral("main"), o.repeats, false, 0});
    QSet<QString> subsetKeys{QStringLiteral("main"), QStringLiteral("reg")};
    auto uniqueKey = [&](const QString &wanted) {
        QString key = sanitizeStem(wanted).toLower();
        for (int n = 2; subsetKeys.contains(key); ++n)
            key = QStringLiteral("%1_%2").arg(sanitizeStem(wanted).toLower()).arg(n);
        subsetKeys.insert(key);
        return key;
    };
    QList<int> subsetOfRule(o.subsets.size(), -1);
    QHash<int, int> subsetOfRepeats;
    int mergedImages = 0; // images of subsets a trainer without subsets takes as one set
    auto subsetFor = [&](const ExportEntry &e) -> int {
        for (qsizetype r = 0; r < o.subsets.size(); ++r) {
            const ExportOptions::SubsetRule &rule = o.subsets[r];
            if (rule.tag.trimmed().isEmpty() || !e.tags.contains(rule.tag.trimmed(), Qt::CaseInsensitive))
                continue;
            if (!trainer.supportsSubsets()) {
                ++mergedImages;
                return 0;
            }
            if (subsetOfRule[r] < 0) {
                subsetOfRule[r] = int(plan.subsets.size());
                plan.subsets.append({QString(Trainer::conceptName(plan) + QLatin1Char(' ') + rule.tag.trimmed()).simplified(),
                    uniqueKey(rule.tag.trimmed()), std::max(1, rule.repeats), false, 0});
            }
            return subsetOfRule[r];
        }
        if (automaticRepeats && e.repeats > 1 && e.repeats != o.repeats) {
            if (!trainer.supportsSubsets()) {
                ++mergedImages;
                return 0;
            }
            auto it = subsetOfRepeats.constFind(e.repeats);
            if (it != subsetOfRepeats.cend())
                return *it;
            const int index = int(plan.subsets.size());
            plan.subsets.append({Trainer::conceptName(plan), uniqueKey(QStringLiteral("repeats-%1").arg(e.repeats)), e.repeats, false, 0});
            subsetOfRepeats.insert(e.repeats, index);
            return index;
        }
        return 0;
    };
    const bool bucketResize = o.resize == ExportOptions::Resize::Bucket;
    if (bucketResize && !trainer.bucketFor(QSize(largest, largest), BucketTarget{largest, model, o.bucketNoUpscale})) {
        plan.issues.append({PreflightIssue::Severity::Error, QStringLiteral("bad-resolution"),
            ExportTr::tr("The resolution %1 does not fit %2's bucket limits.").arg(largest).arg(trainer.displayName()), {}});
    }
    // What the trainer does to each image: placements per distinct size (most datasets have few).
    struct Prediction
    {
        std::optional<BucketPlacement> largest; // at the largest resolution
        bool dropped = false;                   // left out at one of the resolutions at least
    };
    QHash<quint64, Prediction> predictions;
    auto predict = [&](const QSize &size) -> const Prediction & {
        const quint64 key = (quint64(quint32(size.width())) << 32) | quint32(size.height());
        auto it = predictions.constFind(key);
        if (it != predictions.cend())
            return *it;
        Prediction p;
        for (int r : resolutions) {
            const auto placed = trainer.bucketFor(size, BucketTarget{r, model, o.bucketNoUpscale});
            p.dropped = p.dropped || !placed;
            if (r == largest)
                p.largest = placed;
        }
        return *predictions.insert(key, p);
    };
    const bool predicts = trainer.bucketFor(QSize(largest, largest), BucketTarget{largest, model, o.bucketNoUpscale}).has_value();

    QStringList emptyCaptions, missingTrigger, triggerInWord, lowRes, tooSmall, extreme, tooLong, renamed;
    QStringList dropped, squareCropped, bucketCropped, upscaled; // what the trainer will do
    QHash<curation::QualityFlag, QStringList> flagged; // the quality flags measured from the pixels
    QSet<QString> usedStems;
    int sequence = 0;
    const int digits = std::max(4, int(QString::number(rows.size()).size()));
    const bool flux = dataset->settings.targetModel == TargetModel::Flux;
    const QString jpeg = toKey(FileKind::Jpeg), png = toKey(FileKind::Png); // as blobs.format spells them
    // Real tokenizers (CLIP's BPE; T5 through SentencePiece when its model is present, else an estimate).
    const Result<TokenCounter> &counter = TokenCounter::shared();
    const TokenFamily family = tokenFamilyFor(dataset->settings.targetModel);
    bool exactCounts = counter.ok();
    auto tokensOver = [&](const QString &caption) {
        if (!counter)
            return roughTokenCount(caption) > (flux ? 512 : 75);
        const TokenCount c = counter->count(family, caption);
        exactCounts = exactCounts && c.exact;
        return !c.fits();
    };

    // OneTrainer and SimpleTuner read each line of a caption file as a variant and pick one per step.
    const bool variants = o.captionVariants && *o.captionSource == CaptionSource::Both
        && (o.format == ExportFormat::OneTrainer || o.format == ExportFormat::SimpleTuner);
    const QString regCaption = QString(o.classWord.isEmpty() && source.regDataset ? source.regDataset->name : o.classWord).simplified();

    plan.entries.reserve(rows.size() + source.regRows.size());
    auto addRow = [&](const ExportSource::Row &row, int regSubset) {
        if (row.rejected && !o.includeRejected) {
            ++plan.excludedRejected;
            return;
        }
        ExportEntry e = row.entry;
        const bool reg = regSubset >= 0;
        e.subset = reg ? regSubset : subsetFor(e);
        ++plan.subsets[e.subset].images;

        // Caption: the trigger goes first (kohya's keep_tokens and OneTrainer's keep_tags_count, which the
        // configs set, protect only the leading token); never into the regularization set's, which
        // describe the class (one without a caption gets the class words).
        QStringList lines;
        if (variants && !reg)
            lines << singleLineCaption(e.rawCaption) << e.tags.join(QStringLiteral(", "));
        else
            lines << trainingText(*o.captionSource, e.rawCaption, e.tags);
        lines.removeAll(QString());
        if (reg && lines.isEmpty() && !regCaption.isEmpty())
            lines << regCaption;
        if (lines.isEmpty())
            emptyCaptions << e.originalName;
        bool missing = false, inWord = false, over = false; // in any of the lines
        for (QString &text : lines) {
            text = singleLineCaption(text);
            if (!reg && !o.triggerWord.isEmpty() && !startsWithWord(text, o.triggerWord)) {
                if (o.prependTrigger)
                    text = o.triggerWord + QStringLiteral(", ") + text;
                else
                    missing = missing || !containsWord(text, o.triggerWord);
            }
            inWord = inWord || (!reg && !o.triggerWord.isEmpty() && containsInsideWord(text, o.triggerWord));
            over = over || tokensOver(text);
        }
        if (missing)
            missingTrigger << e.originalName;
        if (inWord)
            triggerInWord << e.originalName;
        if (over)
            tooLong << e.originalName;
        e.caption = lines.join(QLatin1Char('\n'));

        // Pixels.
        QSize pixels = e.crop ? e.crop->size() : e.size;
        e.outputSize = pixels;
        if (o.resize == ExportOptions::Resize::LongSide && std::max(pixels.width(), pixels.height()) > o.longSide)
            e.outputSize = pixels.scaled(o.longSide, o.longSide, Qt::KeepAspectRatio);
        if (predicts && !pixels.isEmpty()) {
            const Prediction &p = predict(pixels);
            if (p.dropped)
                dropped << e.originalName;
            if (p.largest) {
                if (bucketResize) {
                    e.outputSize = p.largest->bucket;
                    e.bucketResized = p.largest->resized;
                    e.bucketOffset = p.largest->cropOffset;
                }
                if (trainer.cropsToSquare()) {
                    if (p.largest->croppedShare() > CropShareWorthSaying)
                        squareCropped << e.originalName;
                } else if (p.largest->croppedShare() > CropShareWorthSaying) {
                    bucketCropped << e.originalName;
                }
                if (p.largest->resized.width() > pixels.width() * UpscaleWorthSaying)
                    upscaled << e.originalName;
            }
        }
        if (std::min(pixels.width(), pixels.height()) < 64 || e.outputSize.isEmpty())
            tooSmall << e.originalName;
        else if (isLowResolution(pixels.width(), pixels.height(), o.resolution))
            lowRes << e.originalName;
        if (curation::isExtremeAspect(pixels, o.quality.extremeAspect))
            extreme << e.originalName;
        if (row.quality) {
            // The grid's and `analyze`'s rules (curation/quality); size and aspect are checked above.
            const curation::QualityFacts facts{pixels, row.bytes, e.sourceFormat, o.resolution, e.crop.has_value()};
            for (curation::QualityFlag f : curation::qualityFlags(*row.quality, facts, o.quality)) {
                if (f != curation::QualityFlag::LowResolution && f != curation::QualityFlag::ExtremeAspect)
                    flagged[f] << e.originalName;
            }
        }

        // File format.
        const bool sourceJpeg = e.sourceFormat == jpeg;
        const bool sourcePng = e.sourceFormat == png;
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
        plan.entries.append(std::move(e));
    };
    for (const ExportSource::Row &row : rows)
        addRow(row, -1);
    bool regIgnored = false;
    if (o.regularization && source.regDataset && !source.regRows.isEmpty()) {
        if (trainer.supportsRegularization()) {
            const int regSubset = int(plan.subsets.size());
            plan.subsets.append({regCaption.isEmpty() ? QStringLiteral("class") : regCaption, QStringLiteral("reg"), 1, true, 0});
            for (const ExportSource::Row &row : source.regRows)
                addRow(row, regSubset);
        } else {
            regIgnored = true;
        }
    }

    using S = PreflightIssue::Severity;
    if (plan.entries.isEmpty()) {
        plan.issues.append({S::Error, QStringLiteral("no-images"), ExportTr::tr("There is nothing to export: the dataset has no kept images."), {}});
    }
    addIssue(plan.issues, trainer.captionRequired() ? S::Error : S::Warning, QStringLiteral("empty-caption"),
        trainer.emptyCaptionMessage(), emptyCaptions);
    addIssue(plan.issues, S::Error, QStringLiteral("too-small"), ExportTr::tr("%1 image(s) are smaller than 64 px on a side."), tooSmall);
    addIssue(plan.issues, S::Error, QStringLiteral("trigger-inside-word"),
        ExportTr::tr("%1 caption(s) contain the trigger “%2” inside a longer word: trainers that look for the trigger as text "
                     "(ai-toolkit, Replicate) take it as present, and Replicate SDXL replaces it inside that word. "
                     "Reword them, or choose a trigger no word contains.")
            .replace(QStringLiteral("%2"), o.triggerWord),
        triggerInWord);
    addIssue(plan.issues, o.allowDrops ? S::Warning : S::Error, QStringLiteral("dropped"),
        trainer.format() == ExportFormat::SimpleTuner
            ? ExportTr::tr("SimpleTuner will leave out %1 image(s): their area is below the minimum_image_size of %2 × %2 px. "
                           "Export anyway with “allow drops”, or leave them out.")
                  .replace(QStringLiteral("%2"), QString::number(SimpleTunerTrainer::minimumImageSize(o.resolution)))
            : ExportTr::tr("%1 image(s) fit none of the trainer's buckets and will be left out."),
        dropped);
    addIssue(plan.issues, S::Warning, QStringLiteral("square-crop"),
        ExportTr::tr("%1 crops every image to a %2 × %2 square: %3 image(s) lose more than a tenth of the picture. "
                     "Crop them yourself (Image → Edit Crop) to choose what stays.")
            .replace(QStringLiteral("%1"), trainer.displayName()).replace(QStringLiteral("%2"), QString::number(largest))
            .replace(QStringLiteral("%3"), QStringLiteral("%1")),
        squareCropped);
    addIssue(plan.issues, S::Info, QStringLiteral("bucket-crop"),
        ExportTr::tr("%2's buckets cut more than a tenth off %1 image(s) (see the Buckets panel for each one).")
            .replace(QStringLiteral("%2"), trainer.displayName()),
        bucketCropped);
    addIssue(plan.issues, S::Warning, QStringLiteral("bucket-upscale"),
        ExportTr::tr("%2 enlarges %1 image(s) by more than 1.5× to fill its bucket at %3 px; they will train soft.")
            .replace(QStringLiteral("%2"), trainer.displayName()).replace(QStringLiteral("%3"), QString::number(largest)),
        upscaled);
    if (mergedImages > 0) {
        plan.issues.append({S::Info, QStringLiteral("subsets-merged"),
            ExportTr::tr("%1 has no subsets with their own repeats: %2 image(s) of other subsets are exported with the rest.")
                .arg(trainer.displayName())
                .arg(mergedImages),
            {}});
    }
    if (regIgnored) {
        plan.issues.append({S::Info, QStringLiteral("regularization-ignored"),
            ExportTr::tr("%1 takes no regularization set: the %2 image(s) of “%3” are left out.")
                .arg(trainer.displayName())
                .arg(source.regRows.size())
                .arg(source.regDataset->name),
            {}});
    }
    if (o.captionVariants && !variants) {
        plan.issues.append({S::Info, QStringLiteral("caption-variants-ignored"),
            ExportTr::tr("Caption variants need captions and tags as the source and OneTrainer or SimpleTuner, which read each "
                         "line as a variant; the captions are written on one line."),
            {}});
    }
    if (resolutions.size() > 1 && trainer.cropsToSquare()) {
        plan.issues.append({S::Info, QStringLiteral("one-resolution"),
            ExportTr::tr("%1 trains at one resolution: its commands use %2 px.").arg(trainer.displayName()).arg(largest), {}});
    }
    if (bucketResize && resolutions.size() > 1) {
        QStringList list;
        for (int r : resolutions)
            list << QString::number(r);
        plan.issues.append({S::Info, QStringLiteral("multi-resolution"),
            ExportTr::tr("%1 trains at %2 px and buckets each image itself at every one: the files are sized for %3 px, "
                         "the largest. Leaving the size to the trainer (Original size) loses nothing.")
                .arg(trainer.displayName(), list.join(QStringLiteral(", ")), QString::number(largest)),
            {}});
    }
    if (bucketResize && trainer.cropsToSquare()) {
        plan.issues.append({S::Info, QStringLiteral("square-resize"),
            ExportTr::tr("%1 has no aspect buckets: the files are cropped to its %2 × %2 centre square, as it would do itself.")
                .arg(trainer.displayName()).replace(QStringLiteral("%2"), QString::number(largest)),
            {}});
    }
    addIssue(plan.issues, S::Warning, QStringLiteral("missing-trigger"),
        ExportTr::tr("%1 caption(s) do not contain the trigger word “%2”.").replace(QStringLiteral("%2"), o.triggerWord), missingTrigger);
    addIssue(plan.issues, S::Warning, QStringLiteral("low-resolution"),
        ExportTr::tr("%1 image(s) have fewer than half the pixels of the %2 × %2 px target (LOW RES).").replace(QStringLiteral("%2"), QString::number(o.resolution)), lowRes);
    addIssue(plan.issues, S::Warning, QStringLiteral("extreme-aspect"),
        ExportTr::tr("%1 image(s) are more than %2 times as long as they are wide.").replace(QStringLiteral("%2"), QString::number(o.quality.extremeAspect)),
        extreme);
    for (curation::QualityFlag f : curation::allQualityFlags()) {
        QString message;
        switch (f) {
        case curation::QualityFlag::Upscaled: message = ExportTr::tr("%1 image(s) look upscaled (detail only once reduced)."); break;
        case curation::QualityFlag::Blurry: message = ExportTr::tr("%1 image(s) are blurry."); break;
        case curation::QualityFlag::Underexposed: message = ExportTr::tr("%1 image(s) are underexposed (too dark)."); break;
        case curation::QualityFlag::Overexposed: message = ExportTr::tr("%1 image(s) are overexposed (too bright)."); break;
        case curation::QualityFlag::Letterboxed: message = ExportTr::tr("%1 image(s) have bars around the picture; crop them to their content."); break;
        case curation::QualityFlag::Compressed: message = ExportTr::tr("%1 image(s) are heavily compressed JPEGs."); break;
        case curation::QualityFlag::LowResolution:
        case curation::QualityFlag::ExtremeAspect: continue; // above
        }
        addIssue(plan.issues, S::Warning, toKey(f), message, flagged.value(f));
    }
    addIssue(plan.issues, S::Warning, QStringLiteral("caption-too-long"),
        family == TokenFamily::T5
            ? (exactCounts ? ExportTr::tr("%1 caption(s) exceed T5's 512-token window (counted with T5's tokenizer).")
                           : ExportTr::tr("%1 caption(s) exceed T5's 512-token window (estimated: T5's tokenizer model is not installed)."))
            : ExportTr::tr("%1 caption(s) exceed CLIP's 77-token window (75 after its start and end tokens); the rest is cut off."),
        tooLong);
    addIssue(plan.issues, S::Warning, QStringLiteral("duplicate-stem"),
        ExportTr::tr("%1 file name(s) collide after sanitizing and get a numeric suffix."), renamed);
    // Licences that do not allow what the dataset's notes say the LoRA is for.
    if (notesSayCommercial(source.dataset.settings.notes) && !source.licenses.isEmpty()) {
        QStringList nonCommercial;
        QStringList noDerivatives;
        for (const ExportEntry &e : std::as_const(plan.entries)) {
            const auto license = source.licenses.constFind(e.hash);
            if (license == source.licenses.cend())
                continue;
            const search::LicenseTerms terms = search::licenseTerms(*license);
            if (terms.known && !terms.commercial)
                nonCommercial << e.originalName;
            if (terms.known && !terms.derivatives)
                noDerivatives << e.originalName;
        }
        addIssue(plan.issues, S::Warning, QStringLiteral("license-non-commercial"),
            ExportTr::tr("%1 image(s) have a non-commercial licence (NC), and the dataset's notes say the LoRA is for commercial use."),
            nonCommercial);
        addIssue(plan.issues, S::Warning, QStringLiteral("license-no-derivatives"),
            ExportTr::tr("%1 image(s) have a no-derivatives licence (ND): a LoRA trained on them may count as an adaptation."),
            noDerivatives);
    }
    if (o.triggerWord.isEmpty() && !trainer.noTriggerMessage().isEmpty())
        plan.issues.append({S::Warning, QStringLiteral("no-trigger"), trainer.noTriggerMessage(), {}});
    if (plan.excludedRejected > 0) {
        plan.issues.append({S::Info, QStringLiteral("rejected-excluded"),
            ExportTr::tr("%1 rejected image(s) are left out.").arg(plan.excludedRejected), {}});
    }
    return plan;
}

} // namespace lc
