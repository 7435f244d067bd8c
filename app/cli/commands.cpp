#include "commands.h"

#include "clitr.h"
#include "interrupt.h"

#include "library/maintenance.h"
#include "util/enumkeys.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace lc::cli {

namespace {


const QCommandLineOption YesOption(QStringLiteral("yes"), CliTr::tr("Delete even if it still holds data."));

QList<QCommandLineOption> settingsOptions()
{
    return {
        QCommandLineOption(QStringLiteral("trigger"), CliTr::tr("Trigger word, e.g. \"sks\"."), QStringLiteral("WORD")),
        QCommandLineOption(QStringLiteral("class"), CliTr::tr("Class word, e.g. \"person\"."), QStringLiteral("WORD")),
        QCommandLineOption(QStringLiteral("model"), CliTr::tr("Target model: %1.").arg(allKeys<TargetModel>().join(QStringLiteral(", "))),
            QStringLiteral("MODEL")),
        QCommandLineOption(QStringLiteral("resolution"),
            CliTr::tr("Target resolution in pixels (multiple of 64; default 1024, 512 for sd15)."), QStringLiteral("PX")),
        QCommandLineOption(QStringLiteral("notes"), CliTr::tr("Free-form notes."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("reg-dataset"),
            CliTr::tr("The dataset whose images are exported as this one's regularization (class) set, or \"none\"."),
            QStringLiteral("WORKSPACE/DATASET")),
        QCommandLineOption(QStringLiteral("caption-source"),
            CliTr::tr("What the trainer reads as each image's caption: caption (default), tags or both (caption, then tags)."),
            QStringLiteral("SOURCE")),
    };
}

// Applies --reg-dataset (a dataset path, or "none").
Result<DatasetSettings> readRegularization(Context &c, DatasetSettings settings)
{
    if (!c.options.isSet(QStringLiteral("reg-dataset")))
        return settings;
    const QString path = c.options.value(QStringLiteral("reg-dataset"));
    if (path.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        settings.regularization = DatasetId();
        return settings;
    }
    auto reg = c.service.findDataset(path).result();
    if (!reg)
        return reg.error();
    settings.regularization = reg->id;
    return settings;
}

// Applies --trigger/--class/--model/--resolution/--notes on top of settings.
Result<DatasetSettings> readSettings(const QCommandLineParser &p, DatasetSettings settings, bool creating)
{
    if (p.isSet(QStringLiteral("trigger")))
        settings.triggerWord = p.value(QStringLiteral("trigger"));
    if (p.isSet(QStringLiteral("class")))
        settings.classWord = p.value(QStringLiteral("class"));
    if (p.isSet(QStringLiteral("notes")))
        settings.notes = p.value(QStringLiteral("notes"));
    if (p.isSet(QStringLiteral("caption-source"))) {
        const std::optional<CaptionSource> source = fromKey<CaptionSource>(p.value(QStringLiteral("caption-source")).trimmed(), Qt::CaseInsensitive);
        if (!source) {
            return makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--caption-source takes one of: %1 (got “%2”).")
                    .arg(allKeys<CaptionSource>().join(QStringLiteral(", ")), p.value(QStringLiteral("caption-source"))));
        }
        settings.captionSource = *source;
    }
    if (p.isSet(QStringLiteral("model"))) {
        if (!parseTargetModel(p.value(QStringLiteral("model")), &settings.targetModel)) {
            return makeError(ErrorCode::InvalidArgument,
                CliTr::tr("Unknown target model “%1”; use one of: %2.")
                    .arg(p.value(QStringLiteral("model")), allKeys<TargetModel>().join(QStringLiteral(", "))));
        }
        if (creating && !p.isSet(QStringLiteral("resolution")))
            settings.targetResolution = defaultResolution(settings.targetModel);
    }
    if (p.isSet(QStringLiteral("resolution"))) {
        bool ok = false;
        settings.targetResolution = p.value(QStringLiteral("resolution")).toInt(&ok);
        if (!ok) {
            return makeError(ErrorCode::InvalidArgument,
                CliTr::tr("--resolution needs a whole number of pixels, got “%1”.").arg(p.value(QStringLiteral("resolution"))));
        }
    }
    return settings;
}

void printDataset(Output &out, const Dataset &d)
{
    out.printJson({{QStringLiteral("dataset"), toJson(d)}});
    out.line(CliTr::tr("Dataset:     %1/%2").arg(d.workspaceName, d.name));
    out.line(CliTr::tr("Items:       %1 (%2 rejected, %3 in trash)").arg(d.itemCount).arg(d.rejectedCount).arg(d.trashedCount));
    out.line(CliTr::tr("Trigger:     %1").arg(d.settings.triggerWord.isEmpty() ? CliTr::tr("(none)") : d.settings.triggerWord));
    out.line(CliTr::tr("Class:       %1").arg(d.settings.classWord.isEmpty() ? CliTr::tr("(none)") : d.settings.classWord));
    out.line(CliTr::tr("Target:      %1 at %2 px").arg(targetModelKey(d.settings.targetModel)).arg(d.settings.targetResolution));
    out.line(CliTr::tr("Trainer reads: %1").arg(toKey(d.settings.captionSource)));
    if (!d.settings.notes.isEmpty())
        out.line(CliTr::tr("Notes:       %1").arg(d.settings.notes));
    if (d.settings.regularization.isValid())
        out.line(CliTr::tr("Reg. set:    dataset #%1").arg(d.settings.regularization.value()));
    out.line(CliTr::tr("Created:     %1").arg(formatTime(d.createdAt)));
}

int workspaceCreate(Context &c)
{
    auto w = c.service.createWorkspace(c.args[0]).result();
    if (!w)
        return c.fail(w.error());
    c.out.printJson({{QStringLiteral("workspace"), toJson(*w)}});
    c.out.line(CliTr::tr("Created workspace “%1”.").arg(w->name));
    return ExitOk;
}

int workspaceList(Context &c)
{
    auto list = c.service.workspaces().result();
    if (!list)
        return c.fail(list.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Workspace &w : std::as_const(*list)) {
        array.append(toJson(w));
        rows.append({w.name, QString::number(w.datasetCount), formatTime(w.createdAt)});
    }
    c.out.printJson({{QStringLiteral("workspaces"), array}});
    if (list->isEmpty())
        c.out.line(CliTr::tr("No workspaces yet. Create one with: loracraft-cli workspace create NAME"));
    else
        c.out.table({CliTr::tr("NAME"), CliTr::tr("DATASETS"), CliTr::tr("CREATED")}, rows);
    return ExitOk;
}

int workspaceRename(Context &c)
{
    auto w = c.service.findWorkspace(c.args[0]).result();
    if (!w)
        return c.fail(w.error());
    const QString oldName = w->name;
    auto renamed = c.service.renameWorkspace(w->id, c.args[1]).result();
    if (!renamed)
        return c.fail(renamed.error());
    c.out.printJson({{QStringLiteral("workspace"), toJson(*renamed)}});
    c.out.line(CliTr::tr("Renamed workspace “%1” to “%2”.").arg(oldName, renamed->name));
    return ExitOk;
}

int workspaceDelete(Context &c)
{
    auto w = c.service.findWorkspace(c.args[0]).result();
    if (!w)
        return c.fail(w.error());
    auto items = c.service.workspaceItemCount(w->id).result();
    if (!items)
        return c.fail(items.error());
    if (w->datasetCount > 0 && !c.options.isSet(YesOption)) {
        return c.fail(makeError(ErrorCode::NotEmpty,
            CliTr::tr("Workspace “%1” holds %2 dataset(s) with %3 item(s). Add --yes to delete them with it.")
                .arg(w->name)
                .arg(w->datasetCount)
                .arg(*items)));
    }
    if (auto r = c.service.deleteWorkspace(w->id).result(); !r)
        return c.fail(r.error());
    c.out.printJson({{QStringLiteral("deleted"), toJson(*w)}, {QStringLiteral("items_deleted"), *items}});
    c.out.line(CliTr::tr("Deleted workspace “%1” (%2 dataset(s), %3 item(s)). Run gc to free the disk space of images "
                  "no other dataset uses.")
                   .arg(w->name)
                   .arg(w->datasetCount)
                   .arg(*items));
    return ExitOk;
}

int datasetCreate(Context &c)
{
    auto path = LibraryService::splitDatasetPath(c.args[0]);
    if (!path)
        return c.fail(path.error());
    auto settings = readSettings(c.options, DatasetSettings{}, true);
    if (settings)
        settings = readRegularization(c, *settings);
    if (!settings)
        return c.fail(settings.error());
    NewDataset spec;
    spec.workspaceName = path->first;
    spec.createWorkspace = c.options.isSet(QStringLiteral("parents"));
    spec.name = path->second;
    spec.settings = *settings;
    auto d = c.service.createDataset(spec).result();
    if (!d) {
        Error e = d.error();
        if (e.code == ErrorCode::NotFound && !spec.createWorkspace)
            e.message += QLatin1Char(' ') + CliTr::tr("Create it first, or add --parents.");
        return c.fail(e);
    }
    c.out.printJson({{QStringLiteral("dataset"), toJson(*d)}});
    c.out.line(CliTr::tr("Created dataset “%1/%2”.").arg(d->workspaceName, d->name));
    return ExitOk;
}

int datasetList(Context &c)
{
    WorkspaceId filter;
    if (!c.args.isEmpty()) {
        auto w = c.service.findWorkspace(c.args[0]).result();
        if (!w)
            return c.fail(w.error());
        filter = w->id;
    }
    auto list = c.service.datasets(filter).result();
    if (!list)
        return c.fail(list.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Dataset &d : std::as_const(*list)) {
        array.append(toJson(d));
        rows.append({d.workspaceName + QLatin1Char('/') + d.name, QString::number(d.itemCount),
            targetModelKey(d.settings.targetModel), QString::number(d.settings.targetResolution),
            d.settings.triggerWord});
    }
    c.out.printJson({{QStringLiteral("datasets"), array}});
    if (list->isEmpty())
        c.out.line(CliTr::tr("No datasets yet. Create one with: loracraft-cli dataset create WORKSPACE/DATASET"));
    else
        c.out.table({CliTr::tr("DATASET"), CliTr::tr("ITEMS"), CliTr::tr("MODEL"), CliTr::tr("RESOLUTION"), CliTr::tr("TRIGGER")}, rows);
    return ExitOk;
}

int datasetShow(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    printDataset(c.out, *d);
    return ExitOk;
}

int datasetRename(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    auto renamed = c.service.renameDataset(d->id, c.args[1]).result();
    if (!renamed)
        return c.fail(renamed.error());
    c.out.printJson({{QStringLiteral("dataset"), toJson(*renamed)}});
    c.out.line(CliTr::tr("Renamed dataset “%1/%2” to “%1/%3”.").arg(d->workspaceName, d->name, renamed->name));
    return ExitOk;
}

int datasetDuplicate(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    auto copy = c.service.duplicateDataset(d->id, c.args[1]).result();
    if (!copy)
        return c.fail(copy.error());
    c.out.printJson({{QStringLiteral("dataset"), toJson(*copy)}});
    c.out.line(CliTr::tr("Duplicated dataset “%1/%2” as “%1/%3” (%4 item(s)).").arg(d->workspaceName, d->name, copy->name).arg(copy->itemCount));
    return ExitOk;
}

int datasetSet(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    auto settings = readSettings(c.options, d->settings, false);
    if (settings)
        settings = readRegularization(c, *settings);
    if (settings && settings->regularization == d->id)
        settings = makeError(ErrorCode::InvalidArgument, CliTr::tr("A dataset cannot be its own regularization set."));
    if (!settings)
        return c.fail(settings.error());
    auto updated = c.service.updateSettings(d->id, *settings).result();
    if (!updated)
        return c.fail(updated.error());
    printDataset(c.out, *updated);
    return ExitOk;
}

int datasetMove(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    auto w = c.service.findWorkspace(c.args[1]).result();
    if (!w)
        return c.fail(w.error());
    auto moved = c.service.moveDataset(d->id, w->id).result();
    if (!moved)
        return c.fail(moved.error());
    c.out.printJson({{QStringLiteral("dataset"), toJson(*moved)}});
    c.out.line(CliTr::tr("Moved dataset “%1/%2” to workspace “%3”.").arg(d->workspaceName, d->name, moved->workspaceName));
    return ExitOk;
}

int datasetEmptyTrash(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    if (d->trashedCount > 0 && !c.options.isSet(YesOption)) {
        return c.fail(makeError(ErrorCode::NotEmpty,
            CliTr::tr("The trash of “%1/%2” holds %3 item(s). Add --yes to delete them for good.")
                .arg(d->workspaceName, d->name)
                .arg(d->trashedCount)));
    }
    auto deleted = c.service.emptyTrash(d->id).result();
    if (!deleted)
        return c.fail(deleted.error());
    c.out.printJson({{QStringLiteral("deleted"), *deleted}});
    c.out.line(CliTr::tr("Deleted %1 item(s) from the trash of “%2/%3”. Run gc to free the disk space of images nothing uses.")
                   .arg(*deleted)
                   .arg(d->workspaceName, d->name));
    return ExitOk;
}

int datasetDelete(Context &c)
{
    auto d = c.service.findDataset(c.args[0]).result();
    if (!d)
        return c.fail(d.error());
    const int total = d->itemCount + d->trashedCount;
    if (total > 0 && !c.options.isSet(YesOption)) {
        return c.fail(makeError(ErrorCode::NotEmpty,
            CliTr::tr("Dataset “%1/%2” holds %3 item(s). Add --yes to delete them with it.")
                .arg(d->workspaceName, d->name)
                .arg(total)));
    }
    if (auto r = c.service.deleteDataset(d->id).result(); !r)
        return c.fail(r.error());
    c.out.printJson({{QStringLiteral("deleted"), toJson(*d)}});
    c.out.line(CliTr::tr("Deleted dataset “%1/%2” (%3 item(s)).").arg(d->workspaceName, d->name).arg(total));
    return ExitOk;
}

QJsonArray problemsJson(const QList<FsckReport::BlobProblem> &problems)
{
    QJsonArray array;
    for (const auto &p : problems) {
        array.append(QJsonObject{{QStringLiteral("sha256"), p.hash.toHex()},
            {QStringLiteral("path"), QDir::toNativeSeparators(p.path)}, {QStringLiteral("problem"), p.problem}});
    }
    return array;
}

int fsck(Context &c)
{
    const bool tty = !c.out.json() && stderrIsTerminal();
    CancelOnInterrupt interrupt;
    auto report = c.service.checkLibrary([&](qint64 done, qint64 total) {
        if (tty)
            c.out.err() << '\r' << CliTr::tr("Checking stored images: %1/%2").arg(done).arg(total) << Qt::flush;
        return !interrupt.flag().load();
    }).result();
    if (tty)
        c.out.err() << '\r' << QString(48, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!report)
        return c.fail(report.error());
    const bool repair = c.options.isSet(QStringLiteral("repair"));
    RepairReport repaired;
    if (repair && !(report->missingBlobs.isEmpty() && report->damagedBlobs.isEmpty())) {
        auto done = c.service.repairOriginals(*report).result();
        if (!done)
            return c.fail(done.error());
        repaired = *done;
        // What is left: the check again, now that the originals that could be were written back.
        report = c.service.checkLibrary().result();
        if (!report)
            return c.fail(report.error());
    }
    const FsckReport &r = *report;
    c.out.printJson({
        {QStringLiteral("clean"), r.isClean()},
        {QStringLiteral("blobs_checked"), r.blobsChecked},
        {QStringLiteral("bytes_checked"), r.bytesChecked},
        {QStringLiteral("catalog_problems"), QJsonArray::fromStringList(r.catalogProblems)},
        {QStringLiteral("missing"), problemsJson(r.missingBlobs)},
        {QStringLiteral("damaged"), problemsJson(r.damagedBlobs)},
        {QStringLiteral("orphan_files"), QJsonArray::fromStringList(r.orphanFiles)},
        {QStringLiteral("foreign_files"), QJsonArray::fromStringList(r.foreignFiles)},
        {QStringLiteral("temporary_files"), QJsonArray::fromStringList(r.temporaryFiles)},
        {QStringLiteral("read_only"), c.library.isReadOnly()},
        {QStringLiteral("unreferenced_blobs"), r.unreferencedBlobs},
        {QStringLiteral("kept_for_snapshots"), r.keptForSnapshots},
        {QStringLiteral("repaired"), [&repaired] {
             QJsonArray a;
             for (const RepairReport::Repaired &x : std::as_const(repaired.repaired))
                 a.append(QJsonObject{{QStringLiteral("sha256"), x.hash.toHex()}, {QStringLiteral("from"), QDir::toNativeSeparators(x.from)}});
             return a;
         }()},
        {QStringLiteral("unrepaired"), problemsJson(repaired.unrepaired)},
    });
    for (const RepairReport::Repaired &x : std::as_const(repaired.repaired))
        c.out.line(CliTr::tr("repaired: %1 — read back from %2").arg(x.hash.toHex(), QDir::toNativeSeparators(x.from)));
    for (const auto &p : std::as_const(repaired.unrepaired))
        c.out.line(CliTr::tr("not repaired: %1").arg(p.problem));
    c.out.line(CliTr::tr("Checked the catalog and %1 stored image(s) (%2).")
                   .arg(r.blobsChecked)
                   .arg(FileUtil::formatBytes(r.bytesChecked)));
    for (const QString &p : r.catalogProblems)
        c.out.line(CliTr::tr("catalog: %1").arg(p));
    for (const auto &p : r.missingBlobs)
        c.out.line(CliTr::tr("missing: %1 — %2").arg(p.hash.toHex(), p.problem));
    for (const auto &p : r.damagedBlobs)
        c.out.line(CliTr::tr("damaged: %1 — %2").arg(p.hash.toHex(), p.problem));
    for (const QString &p : r.orphanFiles)
        c.out.line(CliTr::tr("orphan:  %1 (no catalog entry; gc removes it)").arg(QDir::toNativeSeparators(p)));
    for (const QString &p : r.foreignFiles)
        c.out.line(CliTr::tr("foreign: %1 (not a LoRA Craft object; left alone)").arg(QDir::toNativeSeparators(p)));
    for (const QString &p : r.temporaryFiles)
        c.out.line(CliTr::tr("temporary: %1 (left by an interrupted import or export; removed on the next open or by gc)")
                       .arg(QDir::toNativeSeparators(p)));
    if (r.unreferencedBlobs > 0)
        c.out.line(CliTr::tr("%1 stored image(s) are no longer used by any item; gc removes them.").arg(r.unreferencedBlobs));
    if (r.keptForSnapshots > 0)
        c.out.line(CliTr::tr("%1 stored image(s) are kept because a catalog snapshot names them.").arg(r.keptForSnapshots));
    if (!r.isClean() && !repair && !(r.missingBlobs.isEmpty() && r.damagedBlobs.isEmpty()))
        c.out.line(CliTr::tr("Run fsck --repair to bring back missing or damaged originals from where they were imported."));
    c.out.line(r.isClean() ? CliTr::tr("No problems found.")
                           : CliTr::tr("Problems found: %1 catalog, %2 missing, %3 damaged.")
                                 .arg(r.catalogProblems.size())
                                 .arg(r.missingBlobs.size())
                                 .arg(r.damagedBlobs.size()));
    return r.isClean() ? ExitOk : ExitIncomplete;
}

int gc(Context &c)
{
    const bool dryRun = c.options.isSet(QStringLiteral("dry-run"));
    auto report = c.service.collectGarbage(dryRun).result();
    if (!report)
        return c.fail(report.error());
    const GcReport &r = *report;
    c.out.printJson({
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("blobs_removed"), r.blobsRemoved},
        {QStringLiteral("orphan_files_removed"), r.orphanFilesRemoved},
        {QStringLiteral("thumbnails_removed"), r.thumbnailsRemoved},
        {QStringLiteral("temporary_files_removed"), r.temporaryFilesRemoved},
        {QStringLiteral("bytes_freed"), r.bytesFreed},
        {QStringLiteral("kept_for_snapshots"), r.keptForSnapshots},
    });
    c.out.line((dryRun ? CliTr::tr("Would remove %1 unused image(s) and %2 orphan file(s), freeing %3.")
                       : CliTr::tr("Removed %1 unused image(s) and %2 orphan file(s), freeing %3."))
                   .arg(r.blobsRemoved)
                   .arg(r.orphanFilesRemoved)
                   .arg(FileUtil::formatBytes(r.bytesFreed)));
    return ExitOk;
}

} // namespace

QList<Verb> workspaceVerbs()
{
    using M = Library::OpenMode;
    const QString ws = QStringLiteral("workspace");
    return {
        {ws, QStringLiteral("create"), QStringLiteral("NAME"), CliTr::tr("Create a workspace."), {}, {}, 1, 1,
            M::CreateIfMissing, workspaceCreate},
        {ws, QStringLiteral("list"), {}, CliTr::tr("List workspaces."), {}, {}, 0, 0, M::MustExist, workspaceList},
        {ws, QStringLiteral("rename"), QStringLiteral("NAME NEW-NAME"), CliTr::tr("Rename a workspace."), {}, {}, 2, 2,
            M::MustExist, workspaceRename},
        {ws, QStringLiteral("delete"), QStringLiteral("NAME"), CliTr::tr("Delete a workspace and its datasets."),
            CliTr::tr("Delete a workspace with all its datasets and items. A workspace that still holds datasets is "
               "only deleted with --yes. Stored images stay until gc removes the ones nothing uses."),
            {YesOption}, 1, 1, M::MustExist, workspaceDelete},
    };
}

QList<Verb> datasetVerbs()
{
    using M = Library::OpenMode;
    const QString ds = QStringLiteral("dataset");
    QList<QCommandLineOption> createOptions = settingsOptions();
    createOptions << QCommandLineOption({QStringLiteral("p"), QStringLiteral("parents")},
        CliTr::tr("Create the workspace too if it does not exist."));
    return {
        {ds, QStringLiteral("create"), QStringLiteral("WORKSPACE/DATASET"), CliTr::tr("Create a dataset."),
            CliTr::tr("Create a dataset in a workspace, with its training settings."), createOptions, 1, 1,
            M::CreateIfMissing, datasetCreate},
        {ds, QStringLiteral("list"), QStringLiteral("[WORKSPACE]"), CliTr::tr("List datasets (of one workspace)."), {}, {},
            0, 1, M::MustExist, datasetList},
        {ds, QStringLiteral("show"), QStringLiteral("WORKSPACE/DATASET"), CliTr::tr("Show a dataset's settings and counts."),
            {}, {}, 1, 1, M::MustExist, datasetShow},
        {ds, QStringLiteral("rename"), QStringLiteral("WORKSPACE/DATASET NEW-NAME"), CliTr::tr("Rename a dataset."), {}, {},
            2, 2, M::MustExist, datasetRename},
        {ds, QStringLiteral("duplicate"), QStringLiteral("WORKSPACE/DATASET NEW-NAME"), CliTr::tr("Copy a dataset in its workspace."),
            CliTr::tr("Copy a dataset with its settings and items (captions, tags, crops, ratings); the images are shared, "
                      "not copied."),
            {}, 2, 2, M::MustExist, datasetDuplicate},
        {ds, QStringLiteral("set"), QStringLiteral("WORKSPACE/DATASET"), CliTr::tr("Change a dataset's settings."), {},
            settingsOptions(), 1, 1, M::MustExist, datasetSet},
        {ds, QStringLiteral("move"), QStringLiteral("WORKSPACE/DATASET WORKSPACE"), CliTr::tr("Move a dataset to another workspace."),
            CliTr::tr("Move a dataset and its items to another workspace; its name must be free there."), {}, 2, 2,
            M::MustExist, datasetMove},
        {ds, QStringLiteral("empty-trash"), QStringLiteral("WORKSPACE/DATASET"), CliTr::tr("Delete the items in a dataset's trash for good."),
            CliTr::tr("Delete the dataset's trashed items (only with --yes when there are any). Their stored images stay until "
                      "gc removes the ones nothing uses."),
            {YesOption}, 1, 1, M::MustExist, datasetEmptyTrash},
        {ds, QStringLiteral("delete"), QStringLiteral("WORKSPACE/DATASET"), CliTr::tr("Delete a dataset."),
            CliTr::tr("Delete a dataset and its items. A dataset that holds items is only deleted with --yes."),
            {YesOption}, 1, 1, M::MustExist, datasetDelete},
    };
}

QList<Verb> maintenanceVerbs()
{
    using M = Library::OpenMode;
    QList<Verb> verbs{
        {QStringLiteral("fsck"), {}, {}, CliTr::tr("Check the catalog and re-hash every stored image."),
            CliTr::tr("Check the catalog's integrity, that every stored image exists and re-hashes to its name, and list "
               "orphan and temporary files. Changes nothing and takes no lock: it works on a read-only library and "
               "on one that LoRA Craft has open. Exit code 3 when problems are found. With --repair, stored originals "
               "that are missing or damaged are read back from where they were imported when the file there still "
               "has the same content (this writes, so it needs the library to itself)."),
            {QCommandLineOption(QStringLiteral("repair"), CliTr::tr("Bring back missing or damaged originals from their import source."))},
            0, 0, M::ReadOnly, fsck},
        {QStringLiteral("gc"), {}, {}, CliTr::tr("Remove stored images that no item uses."),
            CliTr::tr("Remove stored images and thumbnails that no item references (items in the trash keep theirs), "
               "orphan files and leftover temporary files. Refuses to run on a catalog that fails its integrity "
               "check, or one that knows no stored images while objects/ holds some."),
            {QCommandLineOption(QStringLiteral("dry-run"), CliTr::tr("Only report what would be removed."))}, 0, 0,
            M::MustExist, gc},
    };
    verbs[0].writesWith = QStringLiteral("repair");
    return verbs;
}

QList<Verb> allVerbs()
{
    return workspaceVerbs() + datasetVerbs() + importVerbs() + exportVerbs() + captionVerbs() + tagVerbs() + captionsVerbs() + editVerbs()
        + dedupVerbs() + cropVerbs() + bucketsVerbs() + replicateVerbs() + trainVerbs() + maintenanceVerbs() + snapshotVerbs()
        + searchVerbs();
}

} // namespace lc::cli
