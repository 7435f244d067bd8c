// loracraft-cli export: a dataset in the layout a trainer reads, as a folder or a reproducible ZIP.
#include "commands.h"

#include "clitr.h"
#include "interrupt.h"

#include "export/exporter.h"
#include "export/exportplanner.h"
#include "export/trainers/trainer.h"
#include "util/enumkeys.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>



namespace lc::cli {

namespace {

// kohya, ai-toolkit, …: the keys --format takes, from the trainers themselves.
QString formatKeys()
{
    QStringList keys;
    for (const Trainer *trainer : allTrainers())
        keys << trainer->key();
    return keys.join(QStringLiteral(", "));
}

// The value of an option that takes one of an enum's keys (the spelling of the export's JSON); `value`
// keeps its default when the option is not given.
template <typename E>
Result<void> readKey(const QCommandLineParser &p, const QString &name, E *value)
{
    const QString key = p.value(name);
    if (key.isEmpty())
        return {};
    const std::optional<E> parsed = fromKey<E>(key);
    if (!parsed)
        return makeError(ErrorCode::InvalidArgument,
            CliTr::tr("--%1 takes one of: %2.").arg(name, allKeys<E>().join(QStringLiteral(", "))));
    *value = *parsed;
    return {};
}

// The same for an option whose absence means "the dataset's" (the value stays empty).
template <typename E>
Result<void> readKey(const QCommandLineParser &p, const QString &name, std::optional<E> *value)
{
    E parsed{};
    if (p.value(name).isEmpty())
        return {};
    if (auto r = readKey(p, name, &parsed); !r)
        return r;
    *value = parsed;
    return {};
}

Result<ExportOptions> readOptions(const QCommandLineParser &p)
{
    ExportOptions o;
    auto bad = [](const QString &text) { return makeError(ErrorCode::InvalidArgument, text); };
    const QString format = p.value(QStringLiteral("format"));
    const QString keys = formatKeys();
    if (format.isEmpty())
        return bad(CliTr::tr("export needs --format (one of: %1).").arg(keys));
    if (!parseExportFormat(format, &o.format))
        return bad(CliTr::tr("Unknown format “%1”; use one of: %2.").arg(format, keys));
    o.outputPath = p.value(QStringLiteral("out"));
    if (o.outputPath.isEmpty() && !p.isSet(QStringLiteral("check-only")))
        return bad(CliTr::tr("export needs --out PATH (a folder, or a file ending in .zip)."));
    if (trainerFor(o.format).archiveOnly() && !o.outputPath.isEmpty()
        && !o.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return bad(CliTr::tr("Replicate trainers take a ZIP: give --out a name ending in .zip."));
    o.triggerWord = p.value(QStringLiteral("trigger"));
    o.classWord = p.value(QStringLiteral("class"));
    auto number = [&](const QString &name, int *out, int min, int max) -> Result<void> {
        if (!p.isSet(name))
            return {};
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < min || v > max)
            return bad(CliTr::tr("--%1 needs a whole number from %2 to %3.").arg(name).arg(min).arg(max));
        *out = v;
        return {};
    };
    if (auto r = number(QStringLiteral("repeats"), &o.repeats, 1, 10000); !r)
        return r.error();
    if (auto r = number(QStringLiteral("jpeg-quality"), &o.jpegQuality, 1, 100); !r)
        return r.error();
    // --resolution N, or several: N,N,... (every image bucketed at each).
    if (p.isSet(QStringLiteral("resolution"))) {
        for (const QString &part : p.value(QStringLiteral("resolution")).split(QLatin1Char(','))) {
            bool ok = false;
            const int v = part.trimmed().toInt(&ok);
            if (!ok || v < 256 || v > 4096)
                return bad(CliTr::tr("--resolution needs whole numbers from 256 to 4096, separated by commas."));
            o.resolutions << v;
        }
        o.resolution = *std::max_element(o.resolutions.cbegin(), o.resolutions.cend());
        if (o.resolutions.size() == 1)
            o.resolutions.clear(); // one: the trainer's own list for it (ai-toolkit's Flux sizes)
    }
    // --subset TAG:REPEATS, repeatable: the items with the tag as a subset of their own.
    for (const QString &rule : p.values(QStringLiteral("subset"))) {
        const qsizetype colon = rule.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int repeats = colon > 0 ? rule.mid(colon + 1).toInt(&ok) : 0;
        if (colon <= 0 || !ok || repeats < 1 || repeats > 10000 || rule.left(colon).trimmed().isEmpty())
            return bad(CliTr::tr("--subset needs TAG:REPEATS, e.g. closeup:4 (got “%1”).").arg(rule));
        o.subsets.append({rule.left(colon).trimmed(), repeats});
    }
    o.regularization = !p.isSet(QStringLiteral("no-regularization"));
    o.captionVariants = p.isSet(QStringLiteral("caption-variants"));
    if (auto r = readKey(p, QStringLiteral("caption-source"), &o.captionSource); !r)
        return r.error();
    o.prependTrigger = !p.isSet(QStringLiteral("no-prepend-trigger"));
    o.includeRejected = p.isSet(QStringLiteral("include-rejected"));
    o.allowDrops = p.isSet(QStringLiteral("allow-drops"));
    o.stripMetadata = !p.isSet(QStringLiteral("keep-metadata"));
    if (auto r = readKey(p, QStringLiteral("naming"), &o.naming); !r)
        return r.error();
    if (p.value(QStringLiteral("image-format")) == QLatin1String("jpg")) // the file extension, as well as the key
        o.imageFormat = ExportOptions::ImageFormat::Jpeg;
    else if (auto r = readKey(p, QStringLiteral("image-format"), &o.imageFormat); !r)
        return r.error();
    if (p.isSet(QStringLiteral("background"))) {
        o.background = QColor::fromString(p.value(QStringLiteral("background")));
        if (!o.background.isValid())
            return bad(CliTr::tr("--background needs a colour such as #ffffff or white."));
    }
    // --resize KEY, with the size after a colon for long-side: none, long-side:N, bucket.
    const QString resize = p.value(QStringLiteral("resize"));
    if (!resize.isEmpty()) {
        using Resize = ExportOptions::Resize;
        const std::optional<Resize> mode = fromKey<Resize>(resize.section(QLatin1Char(':'), 0, 0));
        const bool hasSize = resize.contains(QLatin1Char(':'));
        if (!mode || hasSize != (*mode == Resize::LongSide))
            return bad(CliTr::tr("--resize is none, long-side:N or bucket."));
        o.resize = *mode;
        if (o.resize == Resize::LongSide) {
            bool ok = false;
            o.longSide = resize.section(QLatin1Char(':'), 1).toInt(&ok);
            if (!ok || o.longSide < 64)
                return bad(CliTr::tr("--resize long-side:N needs N ≥ 64."));
        }
        if (o.resize == Resize::Bucket)
            o.bucketNoUpscale = !p.isSet(QStringLiteral("bucket-upscale"));
    }
    return o;
}

void printPreflight(Output &out, const ExportPlan &plan)
{
    out.line(CliTr::tr("Pre-flight: %1 image(s) to export as %2.").arg(plan.entries.size()).arg(exportFormatKey(plan.options.format)));
    for (const PreflightIssue &i : plan.issues) {
        QString line = QStringLiteral("  %1: %2").arg(toKey(i.severity), i.message);
        if (!i.items.isEmpty()) {
            const QString shown = i.items.mid(0, 5).join(QStringLiteral(", "));
            line += QLatin1Char(' ')
                + (i.items.size() > 5 ? CliTr::tr("(%1, and %2 more)").arg(shown, QString::number(i.items.size() - 5)) : QStringLiteral("(%1)").arg(shown));
        }
        out.line(line);
    }
}

int exportCommand(Context &c)
{
    auto options = readOptions(c.options);
    if (!options)
        return c.fail(options.error());
    auto dataset = c.service.findDataset(c.options.value(QStringLiteral("dataset"))).result();
    if (!dataset)
        return c.fail(dataset.error());
    auto plan = c.service.checkExport(dataset->id, *options).result().plan;
    if (!plan)
        return c.fail(plan.error());
    printPreflight(c.out, *plan);
    if (c.options.isSet(QStringLiteral("check-only"))) {
        c.out.printJson({{QStringLiteral("preflight"), plan->preflightJson()}});
        return plan->blocked() ? ExitIncomplete : ExitOk;
    }
    if (plan->blocked()) {
        c.out.printJson({{QStringLiteral("preflight"), plan->preflightJson()}});
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("The export is blocked by the pre-flight errors above; nothing was written.")));
    }

    const bool tty = !c.out.json() && stderrIsTerminal();
    ExportReport report;
    {
        CancelOnInterrupt interrupt;
        report = Exporter(c.library).run(*plan, interrupt.flag(), [&](int done, int total, const QString &) {
            if (tty)
                c.out.err() << '\r' << CliTr::tr("Exporting %1/%2").arg(done).arg(total) << Qt::flush;
        });
    }
    if (tty)
        c.out.err() << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (report.failure)
        return c.fail(*report.failure);
    c.out.printJson({{QStringLiteral("preflight"), plan->preflightJson()},
        {QStringLiteral("output"), QDir::toNativeSeparators(report.outputPath)}, {QStringLiteral("images"), report.images},
        {QStringLiteral("files"), report.files}, {QStringLiteral("bytes"), report.bytes}, {QStringLiteral("sha256"), report.sha256},
        {QStringLiteral("seconds"), report.seconds}});
    c.out.line(CliTr::tr("Exported %1 image(s) for %2 to %3 (%4 in %5 s).")
                   .arg(report.images)
                   .arg(exportFormatKey(plan->options.format), QDir::toNativeSeparators(report.outputPath),
                       FileUtil::formatBytes(report.bytes))
                   .arg(report.seconds, 0, 'f', 1));
    return ExitOk;
}

} // namespace

QList<Verb> exportVerbs()
{
    const QList<QCommandLineOption> options{
        QCommandLineOption(QStringLiteral("dataset"), CliTr::tr("Dataset to export."), QStringLiteral("WORKSPACE/DATASET")),
        QCommandLineOption(QStringLiteral("format"), CliTr::tr("The trainer's layout: %1.").arg(formatKeys()), QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("out"), CliTr::tr("Output folder, or a file ending in .zip (must not exist)."), QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("trigger"), CliTr::tr("Trigger word (default: the dataset's)."), QStringLiteral("WORD")),
        QCommandLineOption(QStringLiteral("class"), CliTr::tr("Class word (default: the dataset's)."), QStringLiteral("WORD")),
        QCommandLineOption(QStringLiteral("repeats"), CliTr::tr("Repeats per epoch (default: from kohya folders, else 10)."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("caption-source"), CliTr::tr("caption, tags or both (default: the dataset's, see dataset set --caption-source)."), QStringLiteral("SOURCE")),
        QCommandLineOption(QStringLiteral("no-prepend-trigger"), CliTr::tr("Do not put the trigger word in front of captions that lack it.")),
        QCommandLineOption(QStringLiteral("include-rejected"), CliTr::tr("Export rejected images too.")),
        QCommandLineOption(QStringLiteral("allow-drops"), CliTr::tr("Export even when the pre-flight finds images the trainer will leave out.")),
        QCommandLineOption(QStringLiteral("naming"), CliTr::tr("original (sanitized stems, default) or sequential (0001, 0002, …)."), QStringLiteral("NAMING")),
        QCommandLineOption(QStringLiteral("image-format"), CliTr::tr("keep (default: original bytes when nothing changes, else PNG), png or jpeg."), QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("jpeg-quality"), CliTr::tr("JPEG quality (default 95)."), QStringLiteral("Q")),
        QCommandLineOption(QStringLiteral("background"), CliTr::tr("Colour transparent pixels are flattened onto (default white)."), QStringLiteral("COLOUR")),
        QCommandLineOption(QStringLiteral("keep-metadata"), CliTr::tr("Keep EXIF/XMP/text metadata in images written as they are.")),
        QCommandLineOption(QStringLiteral("resize"), CliTr::tr("none (default: the trainer sizes the images), long-side:N, or bucket (the trainer's own bucket at its largest resolution; a centre square for diffusers and replicate-sdxl)."), QStringLiteral("MODE")),
        QCommandLineOption(QStringLiteral("bucket-upscale"), CliTr::tr("With --resize bucket: allow upscaling (kohya without bucket_no_upscale).")),
        QCommandLineOption(QStringLiteral("resolution"), CliTr::tr("Target resolution (default: the dataset's), or several separated by commas, e.g. 512,768,1024."), QStringLiteral("PX")),
        QCommandLineOption(QStringLiteral("subset"), CliTr::tr("Export the images with TAG as a subset with its own repeats (kohya folder, OneTrainer concept, SimpleTuner backend, ai-toolkit dataset); repeatable."), QStringLiteral("TAG:REPEATS")),
        QCommandLineOption(QStringLiteral("no-regularization"), CliTr::tr("Leave out the dataset's regularization set (dataset set --reg-dataset).")),
        QCommandLineOption(QStringLiteral("caption-variants"), CliTr::tr("With --caption-source both, for OneTrainer and SimpleTuner: the caption and the tags as two lines, one picked per step.")),
        QCommandLineOption(QStringLiteral("check-only"), CliTr::tr("Only run the pre-flight check (exit 3 when it finds errors).")),
    };
    Verb v{QStringLiteral("export"), {}, {}, CliTr::tr("Export a dataset for a trainer (folder or ZIP)."),
        CliTr::tr("Export a dataset in the exact layout a trainer reads, after a pre-flight check: errors (e.g. an empty caption "
           "for kohya) block the export, warnings do not. Output goes to PATH.part and is renamed when complete, so a "
           "failed or canceled export leaves nothing. The same dataset and options give a byte-identical ZIP."),
        options, 0, 0, Library::OpenMode::MustExist, exportCommand};
    return {v};
}

} // namespace lc::cli
