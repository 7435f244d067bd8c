// loracraft-cli snapshot list | create | restore: the catalog's snapshots (core/catalog/snapshots.h).

#include "commands.h"

#include "clitr.h"

#include "catalog/snapshots.h"
#include "util/fileutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace lc::cli {

namespace {

QJsonObject toJson(const Snapshots::SnapshotInfo &s)
{
    QJsonObject o{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("path"), QDir::toNativeSeparators(s.path)},
        {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), Snapshots::reasonKey(s.reason)},
        {QStringLiteral("bytes"), s.bytes},
    };
    if (s.schemaVersion >= 0)
        o.insert(QStringLiteral("schema_version"), s.schemaVersion);
    if (s.items >= 0) {
        o.insert(QStringLiteral("items"), s.items);
        o.insert(QStringLiteral("datasets"), s.datasets);
        o.insert(QStringLiteral("workspaces"), s.workspaces);
    }
    if (!s.problem.isEmpty())
        o.insert(QStringLiteral("problem"), s.problem);
    return o;
}

QString countsText(const Snapshots::SnapshotInfo &s)
{
    if (!s.problem.isEmpty())
        return s.problem;
    return CliTr::tr("%1 item(s) in %2 dataset(s)").arg(s.items).arg(s.datasets);
}

int snapshotList(Context &c)
{
    auto all = c.service.listSnapshots().result();
    if (!all)
        return c.fail(all.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Snapshots::SnapshotInfo &s : std::as_const(*all)) {
        array.append(toJson(s));
        rows.append({s.name, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat), Snapshots::reasonText(s.reason),
            countsText(s), FileUtil::formatBytes(s.bytes)});
    }
    c.out.printJson({{QStringLiteral("folder"), QDir::toNativeSeparators(Snapshots::folderFor(c.library.catalogPath()))},
        {QStringLiteral("snapshots"), array}});
    if (all->isEmpty()) {
        c.out.line(CliTr::tr("No snapshots yet. `loracraft-cli snapshot create` takes one; the app takes one a day while it is open."));
        return ExitOk;
    }
    c.out.table({CliTr::tr("NAME"), CliTr::tr("TAKEN"), CliTr::tr("WHY"), CliTr::tr("CONTENT"), CliTr::tr("SIZE")}, rows);
    return ExitOk;
}

int snapshotCreate(Context &c)
{
    int keep = 0;
    if (c.options.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = c.options.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            return c.fail(makeError(ErrorCode::InvalidArgument, CliTr::tr("--keep needs a number of snapshots of at least 1.")));
    }
    auto made = c.service.createSnapshot(Snapshots::Reason::Manual, keep).result();
    if (!made)
        return c.fail(made.error());
    Snapshots::SnapshotInfo info = *made;
    Snapshots::readDetails(info);
    c.out.printJson(toJson(info));
    c.out.line(CliTr::tr("Snapshot %1 written: %2, %3.").arg(info.name, countsText(info), FileUtil::formatBytes(info.bytes)));
    return ExitOk;
}

int snapshotRestore(Output &out, const QCommandLineParser &options, const QStringList &args, const QString &libraryPath)
{
    const QString catalogPath = QDir(libraryPath).absoluteFilePath(QLatin1String(Library::CatalogFileName));
    auto snapshot = Snapshots::find(catalogPath, args.first());
    if (!snapshot) {
        out.error(snapshot.error());
        return snapshot.error().isUserError() ? ExitUserError : ExitInternalError;
    }
    if (!options.isSet(QStringLiteral("yes"))) {
        out.error(makeError(ErrorCode::InvalidArgument,
            CliTr::tr("Restoring %1 (%2, %3) replaces the catalog; the current one is kept as a new snapshot. Run again with --yes to restore.")
                .arg(snapshot->name, QLocale().toString(snapshot->createdAt.toLocalTime(), QLocale::ShortFormat), countsText(*snapshot))));
        return ExitUserError;
    }
    auto aside = Library::restoreSnapshot(libraryPath, snapshot->name);
    if (!aside) {
        out.error(aside.error());
        return aside.error().isUserError() ? ExitUserError : ExitInternalError;
    }
    // Open it once, as every later command will: a snapshot from an older schema is migrated now.
    auto library = Library::open(libraryPath, Library::OpenMode::MustExist);
    if (!library) {
        out.error(library.error());
        return ExitInternalError;
    }
    QJsonObject result{{QStringLiteral("restored"), toJson(*snapshot)}};
    if (!aside->path.isEmpty())
        result.insert(QStringLiteral("previous"), toJson(*aside));
    out.printJson(result);
    out.line(aside->path.isEmpty()
            ? CliTr::tr("Restored %1 (%2). There was no catalog to keep aside.").arg(snapshot->name, countsText(*snapshot))
            : CliTr::tr("Restored %1 (%2). The catalog as it was is kept as snapshot %3.").arg(snapshot->name, countsText(*snapshot), aside->name));
    return ExitOk;
}

} // namespace

QList<Verb> snapshotVerbs()
{
    using M = Library::OpenMode;
    const QString group = QStringLiteral("snapshot");
    Verb list{group, QStringLiteral("list"), {}, CliTr::tr("List the catalog's snapshots."),
        CliTr::tr("List the snapshots in the library's snapshots/ folder, newest first, with what each holds. Works while "
                  "the app has the library open."),
        {}, 0, 0, M::ReadOnly, snapshotList};
    Verb create{group, QStringLiteral("create"), {}, CliTr::tr("Take a snapshot of the catalog now."),
        CliTr::tr("Write a consistent copy of the catalog into snapshots/ (it reads only, so it works while the app has "
                  "the library open), then remove the oldest snapshots beyond the number to keep (Settings → General, "
                  "default %1). Stored images a snapshot names stay until no snapshot names them.")
            .arg(Snapshots::DefaultKeep),
        {QCommandLineOption(QStringLiteral("keep"), CliTr::tr("Keep the newest N snapshots (default: the app's setting)."), QStringLiteral("N"))},
        0, 0, M::MustExist, snapshotCreate};
    create.readsOnly = true;
    Verb restore{group, QStringLiteral("restore"), QStringLiteral("SNAPSHOT"), CliTr::tr("Put a snapshot back as the catalog."),
        CliTr::tr("Replace the catalog by a snapshot (its file name from `snapshot list`, or a unique start of it). The "
                  "current catalog is kept as a new snapshot first, so a restore can itself be undone. Needs --yes, and "
                  "the library must not be open in the app."),
        {QCommandLineOption(QStringLiteral("yes"), CliTr::tr("Restore without asking."))}, 1, 1, M::MustExist, {}};
    restore.runOnFolder = snapshotRestore;
    return {list, create, restore};
}

} // namespace lc::cli
