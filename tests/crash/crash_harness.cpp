// The crash-consistency harness (issue 16): runs loracraft-cli through every write path and SIGKILLs it
// at a random moment, then checks what a user would find after a crash or a power cut of the process:
//
//   1. the catalog passes PRAGMA integrity_check and foreign_key_check (read before anything opens it);
//   2. `fsck` finds no catalog problem, no missing and no damaged image;
//   3. the next open leaves no temporary file behind (tmp/, *.part, export staging);
//   4. everything the CLI acknowledged (printed as committed) is there, and what it did not is all or
//      nothing (a batch edit, a duplicate, a delete, a migration are never half done);
//   5. the interrupted operation completes when run again, and the result is exactly what an
//      uninterrupted run gives.
//
//   crash_harness --cli PATH [--gui PATH/crash_gui_editor] [--trials N] [--seed S] [--ops import-folder,edit,...] [--work DIR]
//                 [--keep-failures] [--report FILE.json]
//
// Exit code 0 when every trial passed, 1 when one failed (each failure is printed with its seed, its
// operation and the moment of the kill, and its library is kept with --keep-failures).

#include "catalog/schema.h"
#include "catalog/sql.h"
#include "fakehttpserver.h"
#include "fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <zip.h>

#include <cstdio>
#include <functional>
#include <map>

using namespace lc;

namespace {

QTextStream out(stdout);

constexpr int BaseImages = 48;

struct Run
{
    int code = -1;
    bool killed = false; // SIGKILLed before it exited on its own
    qint64 ms = 0;
    QString stdoutText;
    QString stderrText;
    QJsonObject json() const { return QJsonDocument::fromJson(stdoutText.toUtf8()).object(); }
};

struct Harness;

struct Trial
{
    int index = 0;
    QString dir;     // the trial's folder
    QString lib;     // its library
    QString outPath; // export destination
    QString tag;     // unique text for the trial's edits
    int chainDone = 0; // edit-chain: how many edits ran to completion before the kill
};

// One write path: the command, what must hold after a kill, and what the finished operation leaves.
struct Operation
{
    QString name;
    QString libraryTemplate = QStringLiteral("base");
    bool gui = false; // the commands are for crash_gui_editor, not loracraft-cli
    // The commands, in order (most operations have one; the edit chain has several).
    std::function<QList<QStringList>(const Harness &, const Trial &)> commands;
    // After the kill and the common checks: a problem, or empty. `runs` are the commands that ran (the
    // last one killed, or all of them finished).
    std::function<QString(const Harness &, Trial &, const QList<Run> &runs)> afterKill;
    // Whether the operation must be run again (an export that reached its destination is not).
    std::function<bool(const Harness &, const Trial &)> needsRerun = [](const Harness &, const Trial &) { return true; };
    // After running it again: a problem, or empty.
    std::function<QString(const Harness &, const Trial &)> finished;
    QList<int> acceptedExitCodes{0};
};

struct Stats
{
    int trials = 0;
    int killedMidway = 0;
    int failures = 0;
    qint64 calibrationMs = 0;
    QStringList failureLines;
};

// --- small helpers ---------------------------------------------------------------------------------

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            QDir().mkpath(target);
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QString connectionName()
{
    static int serial = 0;
    return QStringLiteral("crash-%1").arg(++serial);
}

// Runs f with a plain SQLite connection to a catalog (opening it recovers its WAL, as the next open
// of the app would); returns f's problem, or why the catalog cannot be opened.
QString withCatalog(const QString &lib, const std::function<QString(QSqlDatabase &)> &f)
{
    const QString name = connectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(lib + QStringLiteral("/catalog.sqlite")))
            problem = QStringLiteral("catalog.sqlite is missing");
        else if (!db.open())
            problem = QStringLiteral("the catalog cannot be opened: ") + db.lastError().text();
        else
            problem = f(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

qint64 scalar(QSqlDatabase &db, const QString &sqlText)
{
    QSqlQuery q(db);
    if (!q.exec(sqlText) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString catalogIntegrity(const QString &lib)
{
    return withCatalog(lib, [](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("integrity_check failed to run: ") + q.lastError().text();
        QStringList problems;
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        }
        if (!problems.isEmpty())
            return QStringLiteral("integrity_check: ") + problems.join(QStringLiteral("; "));
        QSqlQuery fk(db);
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
            return QStringLiteral("foreign_key_check: a row of %1 refers to a missing row").arg(fk.value(0).toString());
        return {};
    });
}

// Temporary files a crash may leave and the next open (or the next export) must remove.
QStringList strayFiles(const QString &lib, const QString &exportParent)
{
    QStringList found;
    QDirIterator it(lib, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(lib.size() + 1);
        if (rel.startsWith(QLatin1String("tmp/")) || rel.endsWith(QLatin1String(".part")) || rel.contains(QLatin1String(".lctmp-"))
            || rel.contains(QLatin1String(".write-probe")))
            found << rel;
    }
    if (!exportParent.isEmpty()) {
        for (const QString &name : QDir(exportParent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (name.contains(QLatin1String(".lctmp-")) || name.endsWith(QLatin1String(".part")))
                found << name;
        }
    }
    return found;
}

int countImagesIn(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, {QStringLiteral("*.jpg"), QStringLiteral("*.png"), QStringLiteral("*.webp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

int countImagesInZip(const QString &path)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive)
        return -1;
    int n = 0;
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
        if (name.endsWith(QLatin1String(".jpg")) || name.endsWith(QLatin1String(".png")) || name.endsWith(QLatin1String(".webp")))
            ++n;
    }
    zip_close(archive);
    return n;
}

// --- the harness -----------------------------------------------------------------------------------

struct Harness
{
    QString cli;
    QString gui; // crash_gui_editor, when built
    QString work;
    QString captionUrl;
    QList<qint64> baseItemIds;
    QString baseSnapshot;
    std::map<QString, QString> templates; // name -> library folder

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), work + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        env.insert(QStringLiteral("LC_CRASH_CAPTION_KEY"), QStringLiteral("crash-key"));
        // The harness reads the CLI's English acknowledgements ("Committed"), whatever the machine's language.
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    // Runs a command to its end, or SIGKILLs it after killAfterMs (< 0: never).
    Run cliRun(const QString &lib, const QStringList &args, qint64 killAfterMs = -1) const
    {
        return programRun(cli, lib, args, killAfterMs);
    }

    Run programRun(const QString &program, const QString &lib, const QStringList &args, qint64 killAfterMs = -1) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QElapsedTimer timer;
        timer.start();
        p.start(program, QStringList{QStringLiteral("--library"), lib} + args);
        Run r;
        if (!p.waitForStarted(30000)) {
            r.code = -2;
            r.stderrText = p.errorString();
            return r;
        }
        if (killAfterMs >= 0) {
            const qint64 left = killAfterMs - timer.elapsed();
            if (left <= 0 || !p.waitForFinished(int(left))) {
                if (p.state() != QProcess::NotRunning) {
                    p.kill(); // SIGKILL: no handler runs, nothing is flushed
                    r.killed = true;
                }
            }
        }
        p.waitForFinished(300000);
        r.ms = timer.elapsed();
        r.code = r.killed ? -9 : (p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -100);
        r.stdoutText = QString::fromUtf8(p.readAllStandardOutput());
        r.stderrText = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run must(const QString &lib, const QStringList &args) const
    {
        Run r = cliRun(lib, args);
        if (r.code != 0) {
            out << "setup failed: loracraft-cli " << args.join(QLatin1Char(' ')) << " exited " << r.code << "\n"
                << r.stderrText << Qt::endl;
            std::exit(2);
        }
        return r;
    }

    void setUp()
    {
        QDir().mkpath(work + QStringLiteral("/config"));
        fixtures::generatePhotos(work + QStringLiteral("/in-base"), BaseImages, 96, 64, 1000);
        fixtures::generatePhotos(work + QStringLiteral("/in-other"), 8, 96, 64, 2000);
        fixtures::generatePhotos(work + QStringLiteral("/in-new"), BaseImages, 96, 64, 3000);
        QList<fixtures::ZipEntry> entries;
        {
            const QString zipSource = work + QStringLiteral("/in-zip");
            fixtures::generatePhotos(zipSource, BaseImages, 96, 64, 4000);
            for (const QString &name : QDir(zipSource).entryList(QDir::Files, QDir::Name))
                entries.append({QStringLiteral("set/") + name, fixtures::readFile(zipSource + QLatin1Char('/') + name)});
        }
        fixtures::makeZip(work + QStringLiteral("/in.zip"), entries);

        // base: W/D with 24 images; W/Other deleted (8 images for gc); a snapshot; then W/After.
        const QString base = work + QStringLiteral("/template-base");
        must(base, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), work + QStringLiteral("/in-base")});
        must(base, {QStringLiteral("edit"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--caption"), QStringLiteral("base caption")});
        must(base, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/Other"), QStringLiteral("--create"), work + QStringLiteral("/in-other")});
        must(base, {QStringLiteral("dataset"), QStringLiteral("delete"), QStringLiteral("W/Other"), QStringLiteral("--yes")});
        baseSnapshot = must(base, {QStringLiteral("--json"), QStringLiteral("snapshot"), QStringLiteral("create")}).json().value(QStringLiteral("name")).toString();
        must(base, {QStringLiteral("dataset"), QStringLiteral("create"), QStringLiteral("W/After")});
        withCatalog(base, [this](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT i.id FROM items i JOIN datasets d ON d.id = i.dataset_id WHERE d.name = 'D' ORDER BY i.id"));
            while (q.next())
                baseItemIds << q.value(0).toLongLong();
            return QString();
        });
        templates[QStringLiteral("base")] = base;

        // old: a catalog as schema version 1 wrote it (the migrations run on the next open).
        const QString old = work + QStringLiteral("/template-old");
        QDir().mkpath(old);
        {
            const QString name = connectionName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(old + QStringLiteral("/catalog.sqlite"));
                const bool built = db.open() && sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL")).ok() && Schema::migrate(db, 1).ok()
                    && sql::exec(db, QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES ('Old', 1, 1)")).ok()
                    && sql::exec(db, QStringLiteral("INSERT INTO datasets (workspace_id, name, created_at, updated_at) VALUES (1, 'Kept', 1, 1)")).ok();
                db.close();
                if (!built) {
                    out << "setup failed: cannot build a schema-1 catalog" << Qt::endl;
                    std::exit(2);
                }
            }
            QSqlDatabase::removeDatabase(name);
        }
        templates[QStringLiteral("old")] = old;
    }

    QString datasetCounts(const QString &lib, const QString &dataset, qint64 *items) const
    {
        *items = -1;
        return withCatalog(lib, [&](QSqlDatabase &db) -> QString {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(i.id) FROM datasets d LEFT JOIN items i ON i.dataset_id = d.id WHERE d.name = ? GROUP BY d.id"));
            q.addBindValue(dataset);
            if (!q.exec())
                return QStringLiteral("cannot count: ") + q.lastError().text();
            *items = q.next() ? q.value(0).toLongLong() : -1; // -1: no such dataset
            return QString();
        });
    }

    QList<Operation> operations() const;
};

QString expectDataset(const Harness &h, const QString &lib, const QString &dataset, qint64 expected)
{
    qint64 n = 0;
    if (QString p = h.datasetCounts(lib, dataset, &n); !p.isEmpty())
        return p;
    if (n != expected)
        return QStringLiteral("dataset %1 has %2 item(s), expected %3").arg(dataset).arg(n).arg(expected);
    return {};
}

QList<Operation> Harness::operations() const
{
    QList<Operation> ops;
    const QString cap = captionUrl;

    {
        Operation op;
        op.name = QStringLiteral("import-folder");
        op.commands = [](const Harness &h, const Trial &) {
            return QList<QStringList>{{QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/New"), QStringLiteral("--create"), h.work + QStringLiteral("/in-new")}};
        };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &runs) -> QString {
            qint64 n = 0;
            if (QString p = h.datasetCounts(t.lib, QStringLiteral("New"), &n); !p.isEmpty())
                return p;
            if (!runs.last().killed && n != BaseImages)
                return QStringLiteral("the import said it finished but the dataset has %1 item(s)").arg(n);
            return {};
        };
        op.finished = [](const Harness &h, const Trial &t) { return expectDataset(h, t.lib, QStringLiteral("New"), BaseImages); };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("import-zip");
        op.commands = [](const Harness &h, const Trial &) {
            return QList<QStringList>{{QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/Zip"), QStringLiteral("--create"), h.work + QStringLiteral("/in.zip")}};
        };
        op.afterKill = [](const Harness &, Trial &, const QList<Run> &) { return QString(); };
        op.finished = [](const Harness &h, const Trial &t) { return expectDataset(h, t.lib, QStringLiteral("Zip"), BaseImages); };
        ops << op;
    }
    {
        // A batch edit of every item: all of it or none of it, and all of it once acknowledged.
        Operation op;
        op.name = QStringLiteral("edit");
        op.commands = [](const Harness &, const Trial &t) {
            return QList<QStringList>{{QStringLiteral("edit"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--caption"), t.tag,
                QStringLiteral("--add-tag"), t.tag, QStringLiteral("--rating"), QStringLiteral("4")}};
        };
        auto count = [](const QString &lib, const QString &tag, qint64 *captions, qint64 *tags) {
            return withCatalog(lib, [&](QSqlDatabase &db) {
                *captions = scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE caption = '%1' AND rating = 4").arg(tag));
                *tags = scalar(db, QStringLiteral("SELECT count(*) FROM item_tags it JOIN tags t ON t.id = it.tag_id WHERE t.name = '%1'").arg(tag));
                return QString();
            });
        };
        op.afterKill = [count](const Harness &, Trial &t, const QList<Run> &runs) -> QString {
            qint64 captions = 0, tags = 0;
            if (QString p = count(t.lib, t.tag, &captions, &tags); !p.isEmpty())
                return p;
            const bool acknowledged = runs.last().stdoutText.contains(QLatin1String("Committed"));
            if (acknowledged && (captions != BaseImages || tags != BaseImages))
                return QStringLiteral("the edit was acknowledged but %1 caption(s) and %2 tag(s) are there").arg(captions).arg(tags);
            if (!((captions == 0 && tags == 0) || (captions == BaseImages && tags == BaseImages)))
                return QStringLiteral("half an edit: %1 caption(s) and %2 tag(s) of %3").arg(captions).arg(tags).arg(BaseImages);
            return {};
        };
        op.finished = [count](const Harness &, const Trial &t) -> QString {
            qint64 captions = 0, tags = 0;
            if (QString p = count(t.lib, t.tag, &captions, &tags); !p.isEmpty())
                return p;
            return captions == BaseImages && tags == BaseImages ? QString() : QStringLiteral("after the rerun: %1 caption(s), %2 tag(s)").arg(captions).arg(tags);
        };
        ops << op;
    }
    {
        // Many small edits in a row, as a script makes them: every one acknowledged is there.
        Operation op;
        op.name = QStringLiteral("edit-chain");
        op.commands = [](const Harness &h, const Trial &t) {
            QList<QStringList> list;
            for (int i = 0; i < 8; ++i) {
                list.append({QStringLiteral("edit"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--filter"),
                    QStringLiteral("id:%1").arg(h.baseItemIds.value(i)), QStringLiteral("--caption"), QStringLiteral("%1-%2").arg(t.tag).arg(i)});
            }
            return list;
        };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &runs) -> QString {
            return withCatalog(t.lib, [&](QSqlDatabase &db) -> QString {
                for (int i = 0; i < runs.size(); ++i) {
                    const bool acknowledged = runs[i].stdoutText.contains(QLatin1String("Committed"));
                    const qint64 has = scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE id = %1 AND caption = '%2-%3'")
                                                      .arg(h.baseItemIds.value(i)).arg(t.tag).arg(i));
                    if (acknowledged && has != 1)
                        return QStringLiteral("edit %1 of the chain was acknowledged but is not in the catalog").arg(i);
                }
                return QString();
            });
        };
        op.finished = [](const Harness &h, const Trial &t) -> QString {
            return withCatalog(t.lib, [&](QSqlDatabase &db) -> QString {
                for (int i = 0; i < 8; ++i) {
                    if (scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE id = %1 AND caption = '%2-%3'").arg(h.baseItemIds.value(i)).arg(t.tag).arg(i)) != 1)
                        return QStringLiteral("edit %1 of the chain is missing after the rerun").arg(i);
                }
                return QString();
            });
        };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("caption");
        op.commands = [cap](const Harness &, const Trial &) {
            return QList<QStringList>{{QStringLiteral("caption"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--backend"),
                QStringLiteral("openai"), QStringLiteral("--url"), cap, QStringLiteral("--model"), QStringLiteral("llava"),
                QStringLiteral("--api-key-env"), QStringLiteral("LC_CRASH_CAPTION_KEY"), QStringLiteral("--prompt"), QStringLiteral("{filename}"),
                QStringLiteral("--mode"), QStringLiteral("replace-all")}};
        };
        op.afterKill = [](const Harness &, Trial &t, const QList<Run> &) -> QString {
            return withCatalog(t.lib, [](QSqlDatabase &db) -> QString {
                // Whatever was written is whole: the server's answer for that very image.
                const qint64 wrong = scalar(db, QStringLiteral("SELECT count(*) FROM items i JOIN datasets d ON d.id = i.dataset_id WHERE d.name = 'D' "
                                                               "AND caption <> 'base caption' AND caption <> 'A photo named ' || original_name || '.'"));
                return wrong == 0 ? QString() : QStringLiteral("%1 caption(s) are not what the server sent").arg(wrong);
            });
        };
        op.finished = [](const Harness &, const Trial &t) -> QString {
            return withCatalog(t.lib, [](QSqlDatabase &db) -> QString {
                const qint64 done = scalar(db, QStringLiteral("SELECT count(*) FROM items i JOIN datasets d ON d.id = i.dataset_id WHERE d.name = 'D' "
                                                              "AND i.caption = 'A photo named ' || i.original_name || '.'"));
                return done == BaseImages ? QString() : QStringLiteral("%1 of %2 images captioned after the rerun").arg(done).arg(BaseImages);
            });
        };
        ops << op;
    }
    for (bool zip : {false, true}) {
        Operation op;
        op.name = zip ? QStringLiteral("export-zip") : QStringLiteral("export-folder");
        op.commands = [](const Harness &, const Trial &t) {
            return QList<QStringList>{{QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
                QStringLiteral("kohya"), QStringLiteral("--out"), t.outPath}};
        };
        op.afterKill = [zip](const Harness &, Trial &t, const QList<Run> &runs) -> QString {
            // The destination appears whole or not at all.
            if (!QFileInfo::exists(t.outPath))
                return runs.last().killed ? QString() : QStringLiteral("the export finished but wrote nothing");
            const int n = zip ? countImagesInZip(t.outPath) : countImagesIn(t.outPath);
            return n == BaseImages ? QString() : QStringLiteral("a half-written export: %1 of %2 images").arg(n).arg(BaseImages);
        };
        op.needsRerun = [](const Harness &, const Trial &t) { return !QFileInfo::exists(t.outPath); };
        op.finished = [zip](const Harness &, const Trial &t) -> QString {
            const int n = zip ? countImagesInZip(t.outPath) : countImagesIn(t.outPath);
            if (n != BaseImages)
                return QStringLiteral("the export holds %1 of %2 images").arg(n).arg(BaseImages);
            const QStringList stray = strayFiles(t.lib, QFileInfo(t.outPath).absolutePath());
            return stray.isEmpty() ? QString() : QStringLiteral("export leftovers after the rerun: ") + stray.join(QStringLiteral(", "));
        };
        op.acceptedExitCodes = {0, 3};
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("gc");
        op.commands = [](const Harness &, const Trial &) { return QList<QStringList>{{QStringLiteral("gc")}}; };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &) { return expectDataset(h, t.lib, QStringLiteral("D"), BaseImages); };
        op.finished = [](const Harness &h, const Trial &t) -> QString {
            const Run fsck = h.cliRun(t.lib, {QStringLiteral("--json"), QStringLiteral("fsck")});
            const QJsonObject j = fsck.json();
            if (!j.value(QStringLiteral("orphan_files")).toArray().isEmpty() || j.value(QStringLiteral("unreferenced_blobs")).toInt() != 0)
                return QStringLiteral("gc left %1 orphan file(s) and %2 unused image(s)")
                    .arg(j.value(QStringLiteral("orphan_files")).toArray().size())
                    .arg(j.value(QStringLiteral("unreferenced_blobs")).toInt());
            return expectDataset(h, t.lib, QStringLiteral("D"), BaseImages);
        };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("duplicate");
        op.commands = [](const Harness &, const Trial &) {
            return QList<QStringList>{{QStringLiteral("dataset"), QStringLiteral("duplicate"), QStringLiteral("W/D"), QStringLiteral("Copy")}};
        };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &runs) -> QString {
            qint64 n = 0;
            if (QString p = h.datasetCounts(t.lib, QStringLiteral("Copy"), &n); !p.isEmpty())
                return p;
            if (n == -1)
                return runs.last().killed ? QString() : QStringLiteral("the duplicate said it finished but is not there");
            return n == BaseImages ? QString() : QStringLiteral("half a duplicate: %1 of %2 items").arg(n).arg(BaseImages);
        };
        op.needsRerun = [](const Harness &h, const Trial &t) {
            qint64 n = 0;
            h.datasetCounts(t.lib, QStringLiteral("Copy"), &n);
            return n == -1;
        };
        op.finished = [](const Harness &h, const Trial &t) { return expectDataset(h, t.lib, QStringLiteral("Copy"), BaseImages); };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("delete");
        op.commands = [](const Harness &, const Trial &) {
            return QList<QStringList>{{QStringLiteral("dataset"), QStringLiteral("delete"), QStringLiteral("W/D"), QStringLiteral("--yes")}};
        };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &) -> QString {
            qint64 n = 0;
            if (QString p = h.datasetCounts(t.lib, QStringLiteral("D"), &n); !p.isEmpty())
                return p;
            return (n == -1 || n == BaseImages) ? QString() : QStringLiteral("half a deletion: %1 items left").arg(n);
        };
        op.needsRerun = [](const Harness &h, const Trial &t) {
            qint64 n = 0;
            h.datasetCounts(t.lib, QStringLiteral("D"), &n);
            return n != -1;
        };
        op.finished = [](const Harness &h, const Trial &t) { return expectDataset(h, t.lib, QStringLiteral("D"), -1); };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("migrate");
        op.libraryTemplate = QStringLiteral("old");
        op.commands = [](const Harness &, const Trial &) { return QList<QStringList>{{QStringLiteral("workspace"), QStringLiteral("list")}}; };
        op.afterKill = [](const Harness &, Trial &t, const QList<Run> &) -> QString {
            return withCatalog(t.lib, [](QSqlDatabase &db) -> QString {
                if (scalar(db, QStringLiteral("SELECT count(*) FROM datasets WHERE name = 'Kept'")) != 1)
                    return QStringLiteral("the dataset of the old catalog is gone");
                const qint64 version = scalar(db, QStringLiteral("PRAGMA user_version"));
                return version >= 1 && version <= Schema::latestVersion() ? QString() : QStringLiteral("schema version %1").arg(version);
            });
        };
        op.finished = [](const Harness &, const Trial &t) -> QString {
            return withCatalog(t.lib, [&t](QSqlDatabase &db) -> QString {
                if (scalar(db, QStringLiteral("PRAGMA user_version")) != Schema::latestVersion())
                    return QStringLiteral("not migrated after the rerun");
                if (QDir(t.lib + QStringLiteral("/snapshots")).entryList({QStringLiteral("*-before-upgrade.sqlite")}).isEmpty())
                    return QStringLiteral("no before-upgrade snapshot");
                return scalar(db, QStringLiteral("SELECT count(*) FROM datasets WHERE name = 'Kept'")) == 1 ? QString() : QStringLiteral("data lost in the migration");
            });
        };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("snapshot-create");
        op.commands = [](const Harness &, const Trial &) { return QList<QStringList>{{QStringLiteral("snapshot"), QStringLiteral("create")}}; };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &) -> QString {
            const Run list = h.cliRun(t.lib, {QStringLiteral("--json"), QStringLiteral("snapshot"), QStringLiteral("list")});
            for (const QJsonValue &v : list.json().value(QStringLiteral("snapshots")).toArray()) {
                if (v.toObject().contains(QStringLiteral("problem")))
                    return QStringLiteral("a listed snapshot is unreadable: ") + v.toObject().value(QStringLiteral("problem")).toString();
            }
            return QString();
        };
        op.finished = [](const Harness &h, const Trial &t) -> QString {
            const Run list = h.cliRun(t.lib, {QStringLiteral("--json"), QStringLiteral("snapshot"), QStringLiteral("list")});
            return list.json().value(QStringLiteral("snapshots")).toArray().size() >= 2 ? QString() : QStringLiteral("no new snapshot after the rerun");
        };
        ops << op;
    }
    {
        Operation op;
        op.name = QStringLiteral("snapshot-restore");
        op.commands = [](const Harness &h, const Trial &) {
            return QList<QStringList>{{QStringLiteral("snapshot"), QStringLiteral("restore"), h.baseSnapshot, QStringLiteral("--yes")}};
        };
        op.afterKill = [](const Harness &h, Trial &t, const QList<Run> &runs) -> QString {
            qint64 after = 0;
            if (QString p = h.datasetCounts(t.lib, QStringLiteral("After"), &after); !p.isEmpty())
                return p;
            if (!runs.last().killed && after != -1)
                return QStringLiteral("the restore said it finished but the catalog is the old one");
            return expectDataset(h, t.lib, QStringLiteral("D"), BaseImages);
        };
        op.finished = [](const Harness &h, const Trial &t) -> QString {
            if (QString p = expectDataset(h, t.lib, QStringLiteral("After"), -1); !p.isEmpty())
                return QStringLiteral("not restored: ") + p;
            return expectDataset(h, t.lib, QStringLiteral("D"), BaseImages);
        };
        ops << op;
    }
    if (!gui.isEmpty()) {
        // The GUI's writer: captions typed into the main window, each acknowledged once committed.
        constexpr int Edits = 10;
        Operation op;
        op.name = QStringLiteral("gui-edit");
        op.gui = true;
        op.commands = [](const Harness &, const Trial &t) {
            return QList<QStringList>{{QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--edits"), QString::number(Edits),
                QStringLiteral("--tag"), t.tag}};
        };
        op.afterKill = [](const Harness &, Trial &t, const QList<Run> &runs) -> QString {
            QList<std::pair<qint64, QString>> acks;
            for (const QString &line : runs.last().stdoutText.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("ack "))) {
                    const qsizetype space = line.indexOf(QLatin1Char(' '), 4);
                    acks.append({line.mid(4, space - 4).toLongLong(), line.mid(space + 1)});
                }
            }
            return withCatalog(t.lib, [&acks](QSqlDatabase &db) -> QString {
                for (const auto &[id, text] : acks) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("SELECT caption FROM items WHERE id = ?"));
                    q.addBindValue(id);
                    if (!q.exec() || !q.next() || q.value(0).toString() != text)
                        return QStringLiteral("the GUI acknowledged “%1” on item %2, the catalog has “%3”").arg(text).arg(id).arg(q.value(0).toString());
                }
                return QString();
            });
        };
        op.finished = [](const Harness &, const Trial &t) -> QString {
            return withCatalog(t.lib, [&t](QSqlDatabase &db) -> QString {
                const qint64 n = scalar(db, QStringLiteral("SELECT count(DISTINCT caption) FROM items WHERE caption LIKE '%1 gui %'").arg(t.tag));
                return n == Edits ? QString() : QStringLiteral("%1 of %2 GUI captions after the rerun").arg(n).arg(Edits);
            });
        };
        ops << op;
    }
    return ops;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback = {}) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    Harness h;
    h.cli = value(QStringLiteral("--cli"));
    h.gui = value(QStringLiteral("--gui"));
    const int trials = value(QStringLiteral("--trials"), QStringLiteral("26")).toInt();
    const quint32 seed = value(QStringLiteral("--seed"), QString::number(QRandomGenerator::global()->bounded(1u << 30))).toUInt();
    const bool keepFailures = args.contains(QStringLiteral("--keep-failures"));
    const QString reportPath = value(QStringLiteral("--report"));
    const QStringList only = value(QStringLiteral("--ops")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (h.cli.isEmpty() || !QFileInfo(h.cli).isExecutable()) {
        out << "usage: crash_harness --cli PATH/loracraft-cli [--gui PATH/crash_gui_editor] [--trials N] [--seed S] [--ops a,b] [--work DIR] [--keep-failures] [--report FILE]" << Qt::endl;
        return 2;
    }
    QTemporaryDir temp;
    h.work = value(QStringLiteral("--work"), temp.path());
    QDir().mkpath(h.work);

    // The captioning server: answers each image after a short delay, as a local model does.
    test::FakeHttpServer server([](const test::FakeRequest &req) {
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QString name = body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content"))
                                 .toArray().first().toObject().value(QStringLiteral("text")).toString();
        test::FakeReply reply = test::FakeReply::json(QJsonDocument(QJsonObject{{QStringLiteral("choices"),
            QJsonArray{QJsonObject{{QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("content"), QStringLiteral("A photo named %1.").arg(name)}}}}}}}).toJson(QJsonDocument::Compact));
        reply.delayMs = 15;
        return reply;
    });
    h.captionUrl = server.url(QStringLiteral("/v1/")).toString();

    out << "crash harness: seed " << seed << ", " << trials << " trial(s), work folder " << h.work << Qt::endl;
    h.setUp();
    QList<Operation> ops = h.operations();
    if (!only.isEmpty())
        ops.removeIf([&only](const Operation &op) { return !only.contains(op.name); });
    QRandomGenerator rng(seed);
    std::map<QString, Stats> stats;

    auto prepare = [&h](const Operation &op, int index) {
        Trial t;
        t.index = index;
        t.dir = h.work + QStringLiteral("/trial-%1").arg(index);
        QDir(t.dir).removeRecursively();
        t.lib = t.dir + QStringLiteral("/lib");
        copyTree(h.templates.at(op.libraryTemplate), t.lib);
        t.outPath = t.dir + (op.name == QLatin1String("export-zip") ? QStringLiteral("/out.zip") : QStringLiteral("/out"));
        t.tag = QStringLiteral("crash%1").arg(index);
        return t;
    };
    auto runCommands = [&h](const Operation &op, const Trial &t, qint64 killAfterMs, QList<Run> *runs) {
        QElapsedTimer timer;
        timer.start();
        for (const QStringList &command : op.commands(h, t)) {
            const qint64 left = killAfterMs < 0 ? -1 : std::max<qint64>(0, killAfterMs - timer.elapsed());
            runs->append(h.programRun(op.gui ? h.gui : h.cli, t.lib, command, left));
            if (runs->last().killed)
                return;
        }
    };

    // Calibration: each operation once without a kill, which also proves its checks pass on a clean run.
    for (const Operation &op : std::as_const(ops)) {
        Trial t = prepare(op, 0);
        QList<Run> runs;
        QElapsedTimer timer;
        timer.start();
        runCommands(op, t, -1, &runs);
        stats[op.name].calibrationMs = std::max<qint64>(timer.elapsed(), 1);
        QString problem;
        for (const Run &r : std::as_const(runs)) {
            if (!op.acceptedExitCodes.contains(r.code))
                problem = QStringLiteral("exit code %1: %2").arg(r.code).arg(r.stderrText.trimmed());
        }
        if (problem.isEmpty())
            problem = op.finished(h, t);
        if (!problem.isEmpty()) {
            out << "calibration of " << op.name << " failed: " << problem << Qt::endl;
            return 2;
        }
        QDir(t.dir).removeRecursively();
    }

    int failures = 0;
    for (int i = 1; i <= trials; ++i) {
        const Operation &op = ops[int(rng.bounded(quint32(ops.size())))];
        Stats &s = stats[op.name];
        const qint64 killAt = qint64(rng.bounded(quint32(s.calibrationMs * 12 / 10 + 1)));
        Trial t = prepare(op, i);
        QList<Run> runs;
        runCommands(op, t, killAt, &runs);
        ++s.trials;
        const bool killed = !runs.isEmpty() && runs.last().killed;
        if (killed)
            ++s.killedMidway;

        QString problem = catalogIntegrity(t.lib);
        if (problem.isEmpty()) {
            const Run fsck = h.cliRun(t.lib, {QStringLiteral("--json"), QStringLiteral("fsck")});
            if (fsck.code != 0)
                problem = QStringLiteral("fsck after the kill (exit %1): %2").arg(fsck.code).arg(fsck.stdoutText.left(400));
        }
        if (problem.isEmpty())
            problem = op.afterKill(h, t, runs);
        if (problem.isEmpty()) {
            const Run open = h.cliRun(t.lib, {QStringLiteral("workspace"), QStringLiteral("list")});
            if (open.code != 0)
                problem = QStringLiteral("the next open failed (exit %1): %2").arg(open.code).arg(open.stderrText.trimmed());
            else if (const QStringList stray = strayFiles(t.lib, {}); !stray.isEmpty())
                problem = QStringLiteral("left after the next open: ") + stray.join(QStringLiteral(", "));
        }
        if (problem.isEmpty() && op.needsRerun(h, t)) {
            QList<Run> again;
            runCommands(op, t, -1, &again);
            for (const Run &r : std::as_const(again)) {
                if (!op.acceptedExitCodes.contains(r.code) && problem.isEmpty())
                    problem = QStringLiteral("the rerun exited %1: %2").arg(r.code).arg(r.stderrText.trimmed());
            }
        }
        if (problem.isEmpty())
            problem = op.finished(h, t);
        if (problem.isEmpty()) {
            const Run fsck = h.cliRun(t.lib, {QStringLiteral("fsck")});
            if (fsck.code != 0)
                problem = QStringLiteral("fsck after the rerun (exit %1): %2").arg(fsck.code).arg(fsck.stdoutText.left(400));
        }
        if (!problem.isEmpty()) {
            ++failures;
            ++s.failures;
            const QString line = QStringLiteral("FAIL trial %1 (%2, killed at %3 ms%4): %5")
                                     .arg(i).arg(op.name).arg(killAt).arg(killed ? QString() : QStringLiteral(", after it had finished")).arg(problem);
            s.failureLines << line;
            out << line << Qt::endl;
            if (keepFailures)
                out << "  its library is kept in " << t.dir << Qt::endl;
        }
        if (problem.isEmpty() || !keepFailures)
            QDir(t.dir).removeRecursively();
        if (i % 25 == 0)
            out << "  " << i << "/" << trials << " trials, " << failures << " failure(s)" << Qt::endl;
    }

    out << "\n" << QStringLiteral("%1 %2 %3 %4 %5").arg(QStringLiteral("operation"), -18).arg(QStringLiteral("trials"), 7)
            .arg(QStringLiteral("killed"), 7).arg(QStringLiteral("failed"), 7).arg(QStringLiteral("run ms"), 7) << "\n";
    QJsonArray perOp;
    int total = 0, killedTotal = 0;
    for (const auto &[name, s] : stats) {
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(name, -18).arg(s.trials, 7).arg(s.killedMidway, 7).arg(s.failures, 7).arg(s.calibrationMs, 7) << "\n";
        perOp.append(QJsonObject{{QStringLiteral("operation"), name}, {QStringLiteral("trials"), s.trials},
            {QStringLiteral("killed_midway"), s.killedMidway}, {QStringLiteral("failures"), s.failures},
            {QStringLiteral("uninterrupted_ms"), s.calibrationMs}});
        total += s.trials;
        killedTotal += s.killedMidway;
    }
    out << QStringLiteral("crash trials: %1 run, %2 killed mid-operation, %3 failed (seed %4)").arg(total).arg(killedTotal).arg(failures).arg(seed)
        << Qt::endl;
    if (!reportPath.isEmpty()) {
        QFile f(reportPath);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("seed"), qint64(seed)}, {QStringLiteral("trials"), total},
                                      {QStringLiteral("killed_midway"), killedTotal}, {QStringLiteral("failures"), failures},
                                      {QStringLiteral("operations"), perOp}})
                        .toJson());
        }
    }
    return failures == 0 ? 0 : 1;
}
