// loracraft-cli dedup and analyze: a dataset's (or its workspace's) near-duplicate groups, each with its
// suggested keeper (--apply keep-best moves the others to the trash); the quality flags of its images.
#include "commands.h"

#include "clitr.h"
#include "curation/duplicatefinder.h"
#include "curation/qualityreport.h"
#include "interrupt.h"
#include "util/fileutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lc::cli {

namespace {

const QCommandLineOption DatasetOption(QStringLiteral("dataset"), CliTr::tr("The dataset."), QStringLiteral("WORKSPACE/DATASET"));
const QCommandLineOption ScopeOption(QStringLiteral("scope"),
    CliTr::tr("dataset (default): within the dataset; workspace: across every dataset of its workspace."), QStringLiteral("SCOPE"),
    QStringLiteral("dataset"));
const QCommandLineOption SensitivityOption(QStringLiteral("sensitivity"), CliTr::tr("strict, normal (default) or loose."),
    QStringLiteral("LEVEL"), QStringLiteral("normal"));
const QCommandLineOption ApplyOption(QStringLiteral("apply"),
    CliTr::tr("keep-best: move every image but each group's suggested keeper to the trash (restorable)."), QStringLiteral("ACTION"));

int dedup(Context &c)
{
    const QString path = c.options.value(DatasetOption);
    if (path.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("dedup needs --dataset WORKSPACE/DATASET.")));
    const auto scope = fromKey<curation::DuplicateScope>(c.options.value(ScopeOption));
    if (!scope) {
        return c.fail(makeError(ErrorCode::InvalidArgument,
            CliTr::tr("--scope is dataset or workspace, not “%1”.").arg(c.options.value(ScopeOption))));
    }
    const auto sensitivity = fromKey<curation::Sensitivity>(c.options.value(SensitivityOption));
    if (!sensitivity) {
        return c.fail(makeError(ErrorCode::InvalidArgument,
            CliTr::tr("--sensitivity is strict, normal or loose, not “%1”.").arg(c.options.value(SensitivityOption))));
    }
    const bool apply = c.options.isSet(ApplyOption);
    if (apply && c.options.value(ApplyOption) != QLatin1String("keep-best")) {
        return c.fail(makeError(ErrorCode::InvalidArgument,
            CliTr::tr("--apply takes keep-best, not “%1”.").arg(c.options.value(ApplyOption))));
    }
    auto dataset = c.service.findDataset(path).result();
    if (!dataset)
        return c.fail(dataset.error());

    const CancelOnInterrupt interrupt;
    auto report = curation::findDuplicates(c.library, dataset->id, *scope, *sensitivity, &interrupt.flag());
    if (!report)
        return c.fail(report.error());

    QJsonArray groups;
    for (const curation::DuplicateGroup &g : std::as_const(report->groups)) {
        QJsonArray members;
        for (int i = 0; i < g.members.size(); ++i) {
            const curation::DuplicateMember &m = g.members[i];
            members.append(QJsonObject{{QStringLiteral("item"), m.item.item.value()},
                {QStringLiteral("dataset"), QString(dataset->workspaceName + QLatin1Char('/') + m.item.datasetName)},
                {QStringLiteral("file"), m.item.originalName}, {QStringLiteral("source"), m.item.sourcePath},
                {QStringLiteral("sha256"), m.item.blob.toHex()}, {QStringLiteral("width"), m.item.width},
                {QStringLiteral("height"), m.item.height}, {QStringLiteral("bytes"), m.item.bytes},
                {QStringLiteral("format"), m.item.format}, {QStringLiteral("similarity"), m.similarity},
                {QStringLiteral("phashDistance"), m.phashDistance}, {QStringLiteral("dhashDistance"), m.dhashDistance},
                {QStringLiteral("keeper"), i == 0}});
        }
        groups.append(QJsonObject{{QStringLiteral("keeper"), g.members.first().item.item.value()},
            {QStringLiteral("reason"), g.keeperReason}, {QStringLiteral("members"), members}});
    }

    QList<ItemId> trashed;
    if (apply && !report->groups.isEmpty()) {
        auto moved = curation::trashAllButKeepers(c.library, *report);
        if (!moved)
            return c.fail(moved.error());
        trashed = *moved;
    }

    const curation::Thresholds t = curation::thresholdsFor(*sensitivity);
    QJsonArray trashedJson;
    for (ItemId id : std::as_const(trashed))
        trashedJson.append(id.value());
    c.out.printJson({{QStringLiteral("dataset"), QString(dataset->workspaceName + QLatin1Char('/') + dataset->name)},
        {QStringLiteral("scope"), toKey(*scope)}, {QStringLiteral("sensitivity"), toKey(*sensitivity)},
        {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("phash"), t.phash}, {QStringLiteral("dhash"), t.dhash}}},
        {QStringLiteral("images"), report->images}, {QStringLiteral("hashedNow"), report->hashedNow},
        {QStringLiteral("unreadable"), report->unreadable}, {QStringLiteral("groups"), groups},
        {QStringLiteral("trashed"), trashedJson}});

    const bool wholeWorkspace = *scope == curation::DuplicateScope::Workspace;
    const QString where = wholeWorkspace ? dataset->workspaceName : QString(dataset->workspaceName + QLatin1Char('/') + dataset->name);
    if (report->hashedNow > 0)
        c.out.line(CliTr::tr("Hashed %1 image(s) stored before this check existed (from their thumbnails).").arg(report->hashedNow));
    if (report->unreadable > 0)
        c.out.line(CliTr::tr("%1 image(s) left out: their thumbnails cannot be read (run fsck).").arg(report->unreadable));
    if (report->groups.isEmpty()) {
        c.out.line((wholeWorkspace ? CliTr::tr("No near-duplicates among the %n image(s) of the workspace %1 (%2).", nullptr, report->images)
                                   : CliTr::tr("No near-duplicates among the %n image(s) of %1 (%2).", nullptr, report->images))
                       .arg(where, toKey(*sensitivity)));
        return ExitOk;
    }
    int extra = 0;
    for (const curation::DuplicateGroup &g : std::as_const(report->groups))
        extra += int(g.members.size()) - 1;
    c.out.line((wholeWorkspace ? CliTr::tr("%1 group(s) of near-duplicates among the %n image(s) of the workspace %2 (%3): %4 image(s) "
                                           "beyond one per group.",
                                     nullptr, report->images)
                               : CliTr::tr("%1 group(s) of near-duplicates among the %n image(s) of %2 (%3): %4 image(s) beyond one per "
                                           "group.",
                                     nullptr, report->images))
                   .arg(QString::number(report->groups.size()), where, toKey(*sensitivity), QString::number(extra)));
    int n = 0;
    for (const curation::DuplicateGroup &g : std::as_const(report->groups)) {
        c.out.line(QString());
        c.out.line(CliTr::tr("Group %1 — keep #%2: %3").arg(++n).arg(g.members.first().item.item.value()).arg(g.keeperReason));
        QList<QStringList> rows;
        for (int i = 0; i < g.members.size(); ++i) {
            const curation::DuplicateMember &m = g.members[i];
            rows << QStringList{i == 0 ? CliTr::tr("keep") : (apply ? CliTr::tr("trashed") : QString()), QString::number(m.item.item.value()),
                m.item.originalName, QStringLiteral("%1×%2").arg(m.item.width).arg(m.item.height), FileUtil::formatBytes(m.item.bytes),
                QStringLiteral("%1 %").arg(m.similarity),
                *scope == curation::DuplicateScope::Workspace ? m.item.datasetName : m.item.sourcePath};
        }
        c.out.table({QString(), CliTr::tr("ITEM"), CliTr::tr("FILE"), CliTr::tr("SIZE"), CliTr::tr("BYTES"), CliTr::tr("SIMILAR"),
                        *scope == curation::DuplicateScope::Workspace ? CliTr::tr("DATASET") : CliTr::tr("SOURCE")},
            rows);
    }
    if (apply)
        c.out.line(CliTr::tr("Moved %n image(s) to the trash; restore them from the trash in the app.", nullptr, int(trashed.size())));
    return ExitOk;
}

int analyze(Context &c)
{
    const QString path = c.options.value(DatasetOption);
    if (path.isEmpty())
        return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("analyze needs --dataset WORKSPACE/DATASET.")));
    auto dataset = c.service.findDataset(path).result();
    if (!dataset)
        return c.fail(dataset.error());
    const CancelOnInterrupt interrupt;
    curation::QualityOptions options;
    options.thresholds = curation::storedQualityThresholds(); // as set in the app's Settings
    options.cancel = &interrupt.flag();
    auto report = curation::analyzeQuality(c.library, dataset->id, options);
    if (!report)
        return c.fail(report.error());
    const QString name = dataset->workspaceName + QLatin1Char('/') + dataset->name;
    QJsonArray items;
    QList<QStringList> rows;
    for (const curation::ItemQuality &q : std::as_const(report->items)) {
        const curation::QualityFacts facts{q.row.crop ? q.row.crop->size() : QSize(q.row.width, q.row.height), q.row.bytes,
            q.row.format, dataset->settings.targetResolution, q.row.crop.has_value()};
        QJsonArray flags;
        QStringList described;
        for (curation::QualityFlag f : q.flags) {
            flags.append(toKey(f));
            described << curation::describeFlag(f, q.metrics, facts);
        }
        QJsonObject item{{QStringLiteral("item"), q.row.item.value()}, {QStringLiteral("file"), q.row.originalName},
            {QStringLiteral("width"), q.row.width}, {QStringLiteral("height"), q.row.height}, {QStringLiteral("flags"), flags},
            {QStringLiteral("metrics"), toJson(q.metrics)}};
        if (q.row.crop) {
            item.insert(QStringLiteral("crop"), QJsonObject{{QStringLiteral("x"), q.row.crop->x()}, {QStringLiteral("y"), q.row.crop->y()},
                                                    {QStringLiteral("width"), q.row.crop->width()},
                                                    {QStringLiteral("height"), q.row.crop->height()}});
        } else if (const auto box = curation::contentCrop(q.metrics, QSize(q.row.width, q.row.height))) {
            // The picture inside the bars, in the image's pixels: the crop the app offers.
            item.insert(QStringLiteral("contentBox"), QJsonObject{{QStringLiteral("x"), box->x()}, {QStringLiteral("y"), box->y()},
                                                          {QStringLiteral("width"), box->width()},
                                                          {QStringLiteral("height"), box->height()}});
        }
        items.append(item);
        if (!q.flags.isEmpty())
            rows << QStringList{QString::number(q.row.item.value()), q.row.originalName, described.join(QStringLiteral("; "))};
    }
    QJsonObject summary;
    for (auto it = report->counts.cbegin(); it != report->counts.cend(); ++it)
        summary.insert(toKey(it.key()), it.value());
    c.out.printJson({{QStringLiteral("dataset"), name}, {QStringLiteral("targetResolution"), dataset->settings.targetResolution},
        {QStringLiteral("images"), report->itemCount}, {QStringLiteral("flagged"), report->flaggedCount},
        {QStringLiteral("measuredNow"), report->measuredNow}, {QStringLiteral("unreadable"), report->unreadable},
        {QStringLiteral("thresholds"), curation::toJson(options.thresholds)}, {QStringLiteral("summary"), summary},
        {QStringLiteral("items"), items}});
    if (report->measuredNow > 0)
        c.out.line(CliTr::tr("Measured %1 image(s) stored before this check existed (from their thumbnails).").arg(report->measuredNow));
    if (rows.isEmpty()) {
        c.out.line(CliTr::tr("No quality problem among the %1 image(s) of %2.").arg(report->itemCount).arg(name));
        return ExitOk;
    }
    c.out.table({CliTr::tr("ITEM"), CliTr::tr("FILE"), CliTr::tr("PROBLEMS")}, rows);
    QStringList parts;
    for (curation::QualityFlag f : curation::allQualityFlags()) {
        if (const int n = report->counts.value(f))
            parts << QStringLiteral("%1 %2").arg(n).arg(toKey(f));
    }
    c.out.line(QString());
    c.out.line(CliTr::tr("%1 of %2 image(s) flagged: %3.").arg(rows.size()).arg(report->itemCount).arg(parts.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

QList<Verb> dedupVerbs()
{
    Verb verb{QStringLiteral("dedup"), {}, {}, CliTr::tr("Find near-duplicate images and the one to keep of each group."),
        CliTr::tr("Group the near-duplicates of a dataset (or, with --scope workspace, of every dataset of its workspace): "
                  "re-encodes, resizes, recompressions, brightness or contrast changes, small crops and watermarks of one "
                  "picture. Candidates come from a perceptual hash (DCT) and are confirmed by a second, gradient hash. Each "
                  "group lists its images with their item id, file name, source, size and similarity, the suggested keeper "
                  "first (highest resolution, then sharpest, then the largest file). Pairs kept as not duplicates in the app "
                  "are never proposed again. --apply keep-best moves the others to the trash (restorable)."),
        {DatasetOption, ScopeOption, SensitivityOption, ApplyOption}, 0, 0, Library::OpenMode::MustExist, dedup};
    Verb quality{QStringLiteral("analyze"), {}, {}, CliTr::tr("List the quality problems of a dataset's images."),
        CliTr::tr("Flag each kept or rejected image of the dataset that is below the dataset's target resolution, looks "
                  "upscaled (sharp only once reduced), is blurry, under- or overexposed (a quarter of it clipped, or very dark "
                  "or bright), letterboxed or pillarboxed (with the picture's box, to crop to), of an extreme aspect ratio "
                  "(beyond 2.5:1) or a heavily compressed JPEG, and print a summary. The thresholds are those set in the "
                  "app's Settings (Quality page). Images stored by an earlier version are measured from their thumbnails first."),
        {DatasetOption}, 0, 0, Library::OpenMode::MustExist, analyze};
    return {verb, quality};
}

} // namespace lc::cli
