// End-to-end tests: spawn loracraft-cli and check its output and exit codes.
#include "catalog/itemtypes.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "fakehttpserver.h"
#include "fixtures.h"
#include "replicatefixtures.h"
#include "testlibrary.h"

#include <toml++/toml.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <atomic>
#include <cstring>
#include <functional>
#include <optional>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace lc;
using namespace lc::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QString cliPath()
{
    const QString exe = qEnvironmentVariable("LORACRAFT_CLI", QStringLiteral(LORACRAFT_CLI_PATH));
    REQUIRE(QFileInfo(exe).isExecutable());
    return exe;
}

// The CLI's settings folder (XDG_CONFIG_HOME): never the user's own settings; tests write into it.
QString cliConfigHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

// The file the CLI reads its settings from (shared with the app: Settings → Quality...).
QString cliSettingsFile()
{
    return cliConfigHome() + QStringLiteral("/LoRA Craft/loracraft.conf");
}

// loracraft-cli --library LIBRARY ARGS..., with `input` on standard input (closed after it) when given.
Run runCli(const QString &library, const QStringList &args, const QProcessEnvironment &environment, const QByteArray *input)
{
    QProcess p;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), cliConfigHome());
    // The checks read English messages, whatever the machine's language, unless a test asks for one.
    if (!environment.contains(QStringLiteral("LORACRAFT_TEST_LANGUAGE"))) {
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--library"), library};
    all += args;
    p.start(cliPath(), all);
    if (input) {
        REQUIRE(p.waitForStarted(10000));
        p.write(*input);
        p.closeWriteChannel();
    }
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -100;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    INFO("loracraft-cli " << all.join(QLatin1Char(' ')) << "\nstdout: " << r.out << "\nstderr: " << r.err);
    return r;
}

Run cli(const QString &library, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runCli(library, args, env, nullptr);
}

Run cliWithInput(const QString &library, const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    return runCli(library, args, env, &input);
}

QStringList argsOf(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("CLI: workspace and dataset lifecycle")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));

    // Listing a library that does not exist yet is an error that says what to do, and creates nothing.
    Run none = cli(lib, argsOf({"workspace", "list"}));
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("There is no LoRA Craft library")));
    CHECK_FALSE(QFileInfo::exists(lib));

    Run created = cli(lib, argsOf({"workspace", "create", "Characters"}));
    CHECK(created.code == 0);
    CHECK(created.out.contains(QStringLiteral("Created workspace “Characters”.")));
    CHECK(QFileInfo::exists(lib + QStringLiteral("/catalog.sqlite")));

    Run dup = cli(lib, argsOf({"workspace", "create", "characters"}));
    CHECK(dup.code == 1);
    CHECK(dup.err.trimmed() == QStringLiteral("loracraft-cli: A workspace named “Characters” already exists."));
    CHECK(dup.out.isEmpty());

    Run ds = cli(lib, argsOf({"--json", "dataset", "create", "Characters/Alice", "--trigger", "ohwx", "--class", "woman",
        "--model", "sdxl"}));
    REQUIRE(ds.code == 0);
    const QJsonObject d = ds.json().value(QStringLiteral("dataset")).toObject();
    CHECK(d.value(QStringLiteral("name")).toString() == QStringLiteral("Alice"));
    CHECK(d.value(QStringLiteral("trigger_word")).toString() == QStringLiteral("ohwx"));
    CHECK(d.value(QStringLiteral("target_model")).toString() == QStringLiteral("sdxl"));
    CHECK(d.value(QStringLiteral("target_resolution")).toInt() == 1024);

    Run sd15 = cli(lib, argsOf({"dataset", "create", "Styles/Ink", "--model", "sd15", "--parents"}));
    CHECK(sd15.code == 0);
    Run noParent = cli(lib, argsOf({"dataset", "create", "Nowhere/X"}));
    CHECK(noParent.code == 1);
    CHECK(noParent.err.contains(QStringLiteral("No workspace named “Nowhere”.")));
    CHECK(noParent.err.contains(QStringLiteral("--parents")));

    Run list = cli(lib, argsOf({"--json", "dataset", "list"}));
    REQUIRE(list.code == 0);
    const QJsonArray all = list.json().value(QStringLiteral("datasets")).toArray();
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject().value(QStringLiteral("workspace")).toString() == QStringLiteral("Characters"));
    CHECK(all[1].toObject().value(QStringLiteral("target_resolution")).toInt() == 512);

    Run human = cli(lib, argsOf({"dataset", "list", "Characters"}));
    CHECK(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("Characters/Alice")));
    CHECK_FALSE(human.out.contains(QStringLiteral("Styles/Ink")));

    Run set = cli(lib, argsOf({"dataset", "set", "Characters/Alice", "--resolution", "768", "--notes", "v2"}));
    CHECK(set.code == 0);
    CHECK(set.out.contains(QStringLiteral("sdxl at 768 px")));
    Run badRes = cli(lib, argsOf({"dataset", "set", "Characters/Alice", "--resolution", "big"}));
    CHECK(badRes.code == 1);
    CHECK(badRes.err.contains(QStringLiteral("--resolution needs a whole number")));

    Run show = cli(lib, argsOf({"--json", "dataset", "show", "characters/alice"}));
    REQUIRE(show.code == 0);
    CHECK(show.json().value(QStringLiteral("dataset")).toObject().value(QStringLiteral("notes")).toString() == QStringLiteral("v2"));

    Run renamed = cli(lib, argsOf({"dataset", "rename", "Characters/Alice", "Alice v2"}));
    CHECK(renamed.code == 0);
    CHECK(cli(lib, argsOf({"dataset", "show", "Characters/Alice v2"})).code == 0);

    Run wsRename = cli(lib, argsOf({"workspace", "rename", "Characters", "People"}));
    CHECK(wsRename.code == 0);
    Run wsList = cli(lib, argsOf({"--json", "workspace", "list"}));
    const QJsonArray wss = wsList.json().value(QStringLiteral("workspaces")).toArray();
    REQUIRE(wss.size() == 2);
    CHECK(wss[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("People"));
    CHECK(wss[0].toObject().value(QStringLiteral("datasets")).toInt() == 1);

    // Deleting a workspace that holds datasets needs --yes.
    Run refuse = cli(lib, argsOf({"workspace", "delete", "People"}));
    CHECK(refuse.code == 1);
    CHECK(refuse.err.contains(QStringLiteral("--yes")));
    CHECK(cli(lib, argsOf({"dataset", "show", "People/Alice v2"})).code == 0);
    Run del = cli(lib, argsOf({"workspace", "delete", "People", "--yes"}));
    CHECK(del.code == 0);
    Run gone = cli(lib, argsOf({"dataset", "show", "People/Alice v2"}));
    CHECK(gone.code == 1);
    CHECK(gone.err.contains(QStringLiteral("No workspace named “People”.")));

    Run dsDel = cli(lib, argsOf({"dataset", "delete", "Styles/Ink"}));
    CHECK(dsDel.code == 0); // empty: no --yes needed
}

TEST_CASE("CLI: usage errors, help and JSON errors")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));

    Run help = cli(lib, argsOf({"--help"}));
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("workspace create")));
    CHECK(help.out.contains(QStringLiteral("fsck")));

    Run verbHelp = cli(lib, argsOf({"dataset", "create", "--help"}));
    CHECK(verbHelp.code == 0);
    CHECK(verbHelp.out.contains(QStringLiteral("--trigger")));
    CHECK(verbHelp.out.contains(QStringLiteral("WORKSPACE/DATASET")));
    CHECK_FALSE(QFileInfo::exists(lib)); // help never touches the library

    for (const char *verb : {"workspace", "dataset"}) {
        for (const char *sub : {"create", "list", "rename", "delete"}) {
            Run h = cli(lib, argsOf({verb, sub, "--help"}));
            CHECK(h.code == 0);
            CHECK(h.out.startsWith(QStringLiteral("Usage:")));
        }
    }
    CHECK(cli(lib, argsOf({"fsck", "--help"})).code == 0);
    CHECK(cli(lib, argsOf({"gc", "--help"})).code == 0);

    Run unknown = cli(lib, argsOf({"frobnicate"}));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown command “frobnicate”")));

    Run unknownSub = cli(lib, argsOf({"workspace", "explode"}));
    CHECK(unknownSub.code == 1);
    CHECK(unknownSub.err.contains(QStringLiteral("expected one of: create, list, rename, delete")));

    Run missing = cli(lib, argsOf({"workspace", "create"}));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("missing arguments")));

    Run badOption = cli(lib, argsOf({"workspace", "create", "X", "--colour"}));
    CHECK(badOption.code == 1);
    CHECK(badOption.err.contains(QStringLiteral("colour")));

    Run badModel = cli(lib, argsOf({"--json", "dataset", "create", "W/D", "--model", "midjourney", "--parents"}));
    CHECK(badModel.code == 1);
    CHECK(badModel.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("invalid-argument"));
    CHECK(badModel.err.count(QLatin1Char('\n')) == 1); // one clear line

    Run version = cli(lib, argsOf({"--version"}));
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QStringLiteral("loracraft-cli ")));
}

TEST_CASE("CLI: messages follow the terminal's language, JSON codes stay the same")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const auto inLanguage = [](const QString &locale) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LORACRAFT_TEST_LANGUAGE"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), locale);
        return env;
    };

    Run german = cli(lib, argsOf({"frobnicate"}), inLanguage(QStringLiteral("de_DE.UTF-8")));
    CHECK(german.code == 1);
    CHECK(german.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“")));
    CHECK(german.err.contains(QStringLiteral("siehe loracraft-cli --help")));

    Run japanese = cli(lib, argsOf({"frobnicate"}), inLanguage(QStringLiteral("ja_JP.UTF-8")));
    CHECK(japanese.code == 1);
    CHECK(japanese.err.contains(QStringLiteral("不明なコマンド「frobnicate」")));

    // A language that is not shipped (French): English.
    Run french = cli(lib, argsOf({"frobnicate"}), inLanguage(QStringLiteral("fr_FR.UTF-8")));
    CHECK(french.err.contains(QStringLiteral("unknown command “frobnicate”")));

    // What scripts read does not change with the language.
    Run json = cli(lib, argsOf({"--json", "dataset", "create", "W/D", "--model", "midjourney", "--parents"}),
        inLanguage(QStringLiteral("zh_CN.UTF-8")));
    CHECK(json.code == 1);
    CHECK(json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("invalid-argument"));
}

TEST_CASE("CLI: a library open elsewhere, a damaged catalog and a newer schema give one clear line")
{
    TempLibrary lib;
    // A command that writes is refused while another process holds the library...
    Run locked = cli(lib.path(), argsOf({"workspace", "create", "W"}));
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(QStringLiteral("in use by another LoRA Craft process")));
    CHECK(locked.err.count(QLatin1Char('\n')) == 1);
    // ...one that only reads works beside it (the GUI's library, read without the lock).
    REQUIRE(Workspaces(lib->catalog()).create(QStringLiteral("Held")).ok());
    Run reading = cli(lib.path(), argsOf({"workspace", "list"}));
    CHECK(reading.code == 0);
    CHECK(reading.out.contains(QStringLiteral("Held")));
    lib.close();
    CHECK(cli(lib.path(), argsOf({"workspace", "list"})).code == 0);

    QFile catalog(lib.path() + QStringLiteral("/catalog.sqlite"));
    QFile::remove(lib.path() + QStringLiteral("/catalog.sqlite-wal"));
    QFile::remove(lib.path() + QStringLiteral("/catalog.sqlite-shm"));
    REQUIRE(catalog.open(QIODevice::WriteOnly | QIODevice::Truncate));
    catalog.write(QByteArray(4096, 'Z'));
    catalog.close();
    Run damaged = cli(lib.path(), argsOf({"--json", "workspace", "list"}));
    CHECK(damaged.code == 1);
    CHECK(damaged.err.contains(QStringLiteral("is damaged")));
    CHECK(damaged.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
        == QStringLiteral("corrupt"));
}

TEST_CASE("CLI: fsck reports problems with exit code 3 and gc frees unused images")
{
    TempLibrary lib;
    auto run = [&](std::initializer_list<const char *> a) {
        lib.close();
        Run r = cli(lib.path(), argsOf(a));
        lib.reopen();
        return r;
    };
    REQUIRE(run({"dataset", "create", "W/D", "--parents"}).code == 0);
    auto d = sql::scalar(lib->catalog().database(), QStringLiteral("SELECT id FROM datasets"));
    const qint64 item = addItem(*lib, d->toLongLong(), "cli bytes", QStringLiteral("a.png"));

    Run clean = run({"--json", "fsck"});
    CHECK(clean.code == 0);
    CHECK(clean.json().value(QStringLiteral("clean")).toBool());
    CHECK(clean.json().value(QStringLiteral("blobs_checked")).toInt() == 1);

    const QString object = lib->store().pathFor(ContentHash::of(QByteArrayView("cli bytes")));
    {
        QFile f(object);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write("X");
    }
    Run bad = run({"fsck"});
    CHECK(bad.code == 3);
    CHECK(bad.out.contains(QStringLiteral("damaged:")));

    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("DELETE FROM items WHERE id = ?"), {item});
    }).ok());
    Run gc = run({"--json", "gc"});
    CHECK(gc.code == 0);
    CHECK(gc.json().value(QStringLiteral("blobs_removed")).toInt() == 1);
    CHECK_FALSE(QFileInfo::exists(object));
    CHECK(run({"fsck"}).code == 0);
}

TEST_CASE("CLI: import reports every input, exits 0 when complete and 3 when something was skipped")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/good/a.jpg"), fixtures::makeJpeg(80, 60, 1));
    fixtures::writeFile(in + QStringLiteral("/good/a.txt"), "ohwx woman");
    fixtures::writeFile(in + QStringLiteral("/good/b.png"), fixtures::encode(fixtures::makeImage(50, 50, 2), "png"));
    fixtures::writeFile(in + QStringLiteral("/notes.txt"), "just some notes");

    Run noDataset = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), in});
    CHECK(noDataset.code == 1);
    CHECK(noDataset.err.contains(QStringLiteral("--create")));

    Run first = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in});
    CHECK(first.code == 3);
    CHECK(first.out.contains(QStringLiteral("not an image (text file)")));
    CHECK(first.out.contains(QStringLiteral("notes.txt")));
    CHECK(first.out.contains(QStringLiteral("imported 2")));

    Run second = cli(lib, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"),
        in + QStringLiteral("/good")});
    CHECK(second.code == 0);
    const QJsonObject report = second.json();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(report.value(QStringLiteral("already_in_dataset")).toInt() == 2);
    CHECK(report.value(QStringLiteral("outcomes")).toArray().size() == 2);

    Run show = cli(lib, {QStringLiteral("--json"), QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("W/D")});
    CHECK(show.json().value(QStringLiteral("dataset")).toObject().value(QStringLiteral("items")).toInt() == 2);

    Run badOption = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"),
        QStringLiteral("--max-pixels"), QStringLiteral("lots"), in});
    CHECK(badOption.code == 1);
    CHECK(badOption.err.contains(QStringLiteral("--max-pixels needs a positive number")));
}

TEST_CASE("CLI: export checks first, blocks on errors, writes a ZIP and refuses to overwrite")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/a.jpg"), fixtures::makeJpeg(200, 150, 1));
    fixtures::writeFile(in + QStringLiteral("/a.txt"), "a woman at the beach");
    fixtures::writeFile(in + QStringLiteral("/b.png"), fixtures::encode(fixtures::makeImage(120, 120, 2), "png"));
    REQUIRE(cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in}).code == 0);
    REQUIRE(cli(lib, {QStringLiteral("dataset"), QStringLiteral("set"), QStringLiteral("W/D"), QStringLiteral("--trigger"), QStringLiteral("ohwx")}).code == 0);

    const QString zip = dir.filePath(QStringLiteral("out.zip"));
    Run check = cli(lib, {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"),
        QStringLiteral("--format"), QStringLiteral("kohya"), QStringLiteral("--check-only")});
    CHECK(check.code == 3);
    CHECK(check.json().value(QStringLiteral("preflight")).toObject().value(QStringLiteral("blocked")).toBool());

    Run blocked = cli(lib, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
        QStringLiteral("kohya"), QStringLiteral("--out"), zip});
    CHECK(blocked.code == 1);
    CHECK(blocked.out.contains(QStringLiteral("error: 1 image(s) have no caption")));
    CHECK(blocked.out.contains(QStringLiteral("b.png")));
    CHECK_FALSE(QFileInfo::exists(zip));

    Run ok = cli(lib, {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"),
        QStringLiteral("--format"), QStringLiteral("ai-toolkit"), QStringLiteral("--out"), zip, QStringLiteral("--naming"), QStringLiteral("sequential")});
    CHECK(ok.code == 0);
    CHECK(ok.json().value(QStringLiteral("images")).toInt() == 2);
    CHECK(ok.json().value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(QFileInfo::exists(zip));

    Run again = cli(lib, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
        QStringLiteral("ai-toolkit"), QStringLiteral("--out"), zip});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    Run badFormat = cli(lib, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
        QStringLiteral("dreambooth"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x"))});
    CHECK(badFormat.code == 1);
    CHECK(badFormat.err.contains(QStringLiteral("Unknown format “dreambooth”")));

    Run replicateFolder = cli(lib, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
        QStringLiteral("replicate-flux"), QStringLiteral("--out"), dir.filePath(QStringLiteral("folder"))});
    CHECK(replicateFolder.code == 1);
    CHECK(replicateFolder.err.contains(QStringLiteral(".zip")));
}

TEST_CASE("CLI: export options and pre-flight labels are spelled as in the export's JSON")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/a.jpg"), fixtures::makeJpeg(300, 200, 1));
    fixtures::writeFile(in + QStringLiteral("/a.txt"), "a woman at the beach");
    fixtures::writeFile(in + QStringLiteral("/b.jpg"), fixtures::makeJpeg(300, 200, 2));
    fixtures::writeFile(in + QStringLiteral("/b.txt"), "a woman in a park");
    REQUIRE(cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in}).code == 0);
    {
        auto library = Library::open(lib, Library::OpenMode::MustExist);
        REQUIRE(library.ok());
        REQUIRE((*library)->catalog().write([](QSqlDatabase &db) {
            return sql::exec(db, QStringLiteral("UPDATE items SET status = ? WHERE original_name = 'b.jpg'"),
                {toKey(ItemStatus::Rejected)});
        }).ok());
    }
    const QStringList dataset{QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
        QStringLiteral("kohya")};

    // The pre-flight's labels are its JSON severities.
    Run check = cli(lib, dataset + QStringList{QStringLiteral("--check-only")});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("info: 1 rejected image(s) are left out.")));

    // What the options take is what loracraft.json says.
    const QString out = dir.filePath(QStringLiteral("out"));
    Run ok = cli(lib, dataset + QStringList{QStringLiteral("--out"), out, QStringLiteral("--caption-source"), QStringLiteral("both"),
        QStringLiteral("--naming"), QStringLiteral("sequential"), QStringLiteral("--image-format"), QStringLiteral("jpg"),
        QStringLiteral("--resize"), QStringLiteral("long-side:128")});
    REQUIRE(ok.code == 0);
    const QJsonObject options = QJsonDocument::fromJson(fixtures::readFile(out + QStringLiteral("/loracraft.json")))
                                    .object()
                                    .value(QStringLiteral("options"))
                                    .toObject();
    CHECK(options.value(QStringLiteral("caption_source")).toString() == QStringLiteral("both"));
    CHECK(options.value(QStringLiteral("naming")).toString() == QStringLiteral("sequential"));
    CHECK(options.value(QStringLiteral("image_format")).toString() == QStringLiteral("jpeg"));
    CHECK(options.value(QStringLiteral("resize")).toString() == QStringLiteral("long-side"));
    CHECK(options.value(QStringLiteral("long_side")).toInt() == 128);
    // Each image says where its caption came from (a.jpg's from its caption file).
    const QJsonArray images = QJsonDocument::fromJson(fixtures::readFile(out + QStringLiteral("/loracraft.json")))
                                  .object()
                                  .value(QStringLiteral("images"))
                                  .toArray();
    REQUIRE(images.size() == 1);
    CHECK(images[0].toObject().value(QStringLiteral("caption_provenance")).toObject()
          == QJsonObject{{QStringLiteral("origin"), QStringLiteral("imported")}});

    // Anything else is refused with the keys it takes.
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    Run naming = cli(lib, dataset + QStringList{QStringLiteral("--out"), elsewhere, QStringLiteral("--naming"), QStringLiteral("random")});
    CHECK(naming.code == 1);
    CHECK(naming.err.contains(QStringLiteral("--naming takes one of: original, sequential.")));
    Run source = cli(lib, dataset + QStringList{QStringLiteral("--out"), elsewhere, QStringLiteral("--caption-source"), QStringLiteral("Tags")});
    CHECK(source.code == 1);
    CHECK(source.err.contains(QStringLiteral("--caption-source takes one of: caption, tags, both.")));
    for (const char *resize : {"long-side", "bucket:512", "long-side:32", "square"}) {
        Run bad = cli(lib, dataset + QStringList{QStringLiteral("--out"), elsewhere, QStringLiteral("--resize"), QString::fromLatin1(resize)});
        CHECK(bad.code == 1);
        CHECK(bad.err.contains(QStringLiteral("--resize")));
    }
    CHECK_FALSE(QFileInfo::exists(elsewhere));
}

// ---- Issue 8 ----

TEST_CASE("CLI D18: file names with control characters are printed escaped, never raw")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    const QString evil = in + QStringLiteral("/evil\x1b[31mred\x07\rname.jpg");
    fixtures::writeFile(evil, "not an image at all, just text");
    fixtures::writeFile(in + QStringLiteral("/ok.png"), fixtures::encode(fixtures::makeImage(40, 40, 7), "png"));
    Run r = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in});
    CHECK(r.code == 3);
    for (const QString &stream : {r.out, r.err}) {
        CHECK_FALSE(stream.contains(QChar(0x1b)));
        CHECK_FALSE(stream.contains(QChar(0x07)));
        CHECK_FALSE(stream.contains(QChar(0x0d)));
    }
    CHECK(r.out.contains(QStringLiteral("evil\\x1b[31mred\\x07\\x0dname.jpg")));
    // JSON carries the real name (JSON escapes it).
    Run j = cli(lib, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), in});
    CHECK(j.out.contains(QStringLiteral("\\u001b[31mred\\u0007\\rname.jpg")));
}

TEST_CASE("CLI D23: fsck checks a library that another process has open, without its lock")
{
    TempLibrary lib; // holds the lock, like the GUI
    Run r = cli(lib.path(), argsOf({"--json", "fsck"}));
    CHECK(r.code == 0);
    CHECK(r.json().value(QStringLiteral("clean")).toBool());
    CHECK(r.json().value(QStringLiteral("read_only")).toBool());
    Run gc = cli(lib.path(), argsOf({"gc"}));
    CHECK(gc.code == 1); // gc writes: it still needs the lock
    CHECK(gc.err.contains(QStringLiteral("in use by another LoRA Craft process")));
}

TEST_CASE("CLI D1/D6: an emptied or damaged catalog stops gc and imports, fsck says why")
{
    TempLibrary lib;
    auto w = sql::scalar(lib->catalog().database(), QStringLiteral("SELECT 1"));
    REQUIRE(w.ok());
    REQUIRE(lib->catalog().write([&](QSqlDatabase &db) -> Result<void> {
        if (auto r = sql::exec(db, QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES ('w', 0, 0)")); !r)
            return r;
        return sql::exec(db, QStringLiteral("INSERT INTO datasets (workspace_id, name, created_at, updated_at) VALUES (1, 'd', 0, 0)"));
    }).ok());
    addItem(*lib, 1, "keep me", QStringLiteral("k.png"));
    const QString object = lib->store().pathFor(ContentHash::of(QByteArrayView("keep me")));
    lib.close();
    const QString catalog = lib.path() + QStringLiteral("/catalog.sqlite");
    const QByteArray saved = fixtures::readFile(catalog);
    {
        QFile f(catalog);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    for (const char *verb : {"gc", "fsck"}) {
        Run r = cli(lib.path(), argsOf({verb}));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("is empty (0 bytes)")));
    }
    CHECK(QFileInfo::exists(object));
    fixtures::writeFile(catalog, saved);
    CHECK(cli(lib.path(), argsOf({"fsck"})).code == 0);
}

TEST_CASE("CLI D9: a ZIP of ./ entries imports, one with nothing importable does not exit 0 silently")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString good = dir.filePath(QStringLiteral("dot.zip"));
    fixtures::makeZip(good, {{QStringLiteral("./a.jpg"), fixtures::makeJpeg(40, 40, 8), true}});
    Run ok = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), good});
    CHECK(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("imported 1")));
    const QString junk = dir.filePath(QStringLiteral("junk.zip"));
    fixtures::makeZip(junk, {{QStringLiteral(".hidden.jpg"), fixtures::makeJpeg(40, 40, 9), true}});
    Run nothing = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), junk});
    CHECK(nothing.code == 3);
    CHECK(nothing.out.contains(QStringLiteral("nothing to import in the archive")));
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    fixtures::writeFile(empty + QStringLiteral("/.DS_Store"), "junk");
    Run none = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), empty});
    CHECK(none.code == 3);
    CHECK(none.err.contains(QStringLiteral("Nothing was imported")));
}

TEST_CASE("CLI: caption fills empty captions through an OpenAI-compatible server, lists failures, and items shows provenance")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/a.jpg"), fixtures::makeJpeg(300, 200, 1));
    fixtures::writeFile(in + QStringLiteral("/a.txt"), "from a sidecar");
    fixtures::writeFile(in + QStringLiteral("/b.jpg"), fixtures::makeJpeg(300, 200, 2));
    fixtures::writeFile(in + QStringLiteral("/c.jpg"), fixtures::makeJpeg(300, 200, 3));
    REQUIRE(cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in}).code == 0);

    const QByteArray key = "test-key-4242-abcdef";
    qputenv("LC_TEST_CAPTION_KEY", key);
    std::atomic<bool> refuseC{true};
    std::atomic<int> withoutKey{0};
    FakeHttpServer server([&](const FakeRequest &req) {
        if (req.header("Authorization") != "Bearer " + key)
            ++withoutKey;
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QString prompt = body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content"))
                                   .toArray().first().toObject().value(QStringLiteral("text")).toString();
        if (refuseC && prompt.contains(QStringLiteral("c.jpg")))
            return FakeReply::json("{\"error\":{\"message\":\"image rejected by the safety filter\"}}", 422);
        return FakeReply::json(R"({"choices":[{"message":{"role":"assistant","content":"The image shows a gray square."}}]})");
    });
    const QStringList args{QStringLiteral("caption"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--backend"),
        QStringLiteral("openai"), QStringLiteral("--url"), server.url(QStringLiteral("/v1/")).toString(), QStringLiteral("--model"),
        QStringLiteral("llava"), QStringLiteral("--api-key-env"), QStringLiteral("LC_TEST_CAPTION_KEY"), QStringLiteral("--prompt"),
        QStringLiteral("Describe {filename}.")};

    const Run first = cli(lib, args + QStringList{QStringLiteral("--json")});
    CHECK(first.code == 3);
    CHECK(first.json().value(QStringLiteral("captioned")).toInt() == 1);
    CHECK(first.json().value(QStringLiteral("failed")).toInt() == 1);
    const QJsonObject failure = first.json().value(QStringLiteral("failures")).toArray().first().toObject();
    CHECK(failure.value(QStringLiteral("name")).toString() == QStringLiteral("c.jpg"));
    CHECK(failure.value(QStringLiteral("message")).toString().contains(QStringLiteral("image rejected by the safety filter")));
    CHECK(withoutKey.load() == 0);
    CHECK_FALSE(first.out.contains(QString::fromUtf8(key)));
    CHECK_FALSE(first.err.contains(QString::fromUtf8(key)));

    const Run items = cli(lib, {QStringLiteral("--json"), QStringLiteral("items"), QStringLiteral("--dataset"), QStringLiteral("W/D")});
    REQUIRE(items.code == 0);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : items.json().value(QStringLiteral("items")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    REQUIRE(byName.size() == 3);
    CHECK(byName[QStringLiteral("a.jpg")].value(QStringLiteral("caption")).toString() == QStringLiteral("from a sidecar"));
    CHECK(byName[QStringLiteral("a.jpg")].value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("imported"));
    const QJsonObject b = byName[QStringLiteral("b.jpg")];
    CHECK(b.value(QStringLiteral("caption")).toString() == QStringLiteral("a gray square."));
    CHECK(b.value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("auto"));
    CHECK(b.value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("model")).toString() == QStringLiteral("llava"));
    CHECK(b.value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("prompt")).toString() == QStringLiteral("Describe b.jpg."));
    CHECK(b.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(byName[QStringLiteral("c.jpg")].value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("none"));

    // The server now takes c.jpg: a second run captions only what is still empty, and exits 0.
    refuseC = false;
    const int before = server.requestCount();
    const Run second = cli(lib, args);
    CHECK(second.code == 0);
    CHECK(server.requestCount() == before + 1);
    CHECK(second.out.contains(QStringLiteral("1 of 1 captioned")));

    // Usage errors and an unset key variable are one clear line, exit 1, and send nothing.
    CHECK(cli(lib, {QStringLiteral("caption"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--backend"), QStringLiteral("openai"),
                       QStringLiteral("--url"), server.url().toString()}).code == 1);
    QStringList unset = args;
    unset[unset.indexOf(QStringLiteral("LC_TEST_CAPTION_KEY"))] = QStringLiteral("LC_TEST_NOT_SET_ANYWHERE");
    const Run noKey = cli(lib, unset);
    CHECK(noKey.code == 1);
    CHECK(noKey.err.contains(QStringLiteral("LC_TEST_NOT_SET_ANYWHERE")));
    CHECK(cli(lib, args + QStringList{QStringLiteral("--mode"), QStringLiteral("overwrite")}).code == 1);
    CHECK(server.requestCount() == before + 1);
}

// ---- Tags and captions across a dataset ----

namespace {

// A library with W/D (tagged, captioned items; one in the trash) and W/O, closed so the CLI can open it.
struct TaggedLibrary
{
    TempLibrary lib;
    QHash<QString, qint64> ids;

    TaggedLibrary()
    {
        REQUIRE(lib->catalog().write([&](QSqlDatabase &db) -> Result<void> {
            if (auto r = sql::exec(db, QStringLiteral("INSERT INTO workspaces (name, created_at, updated_at) VALUES ('W', 0, 0)")); !r)
                return r;
            return sql::exec(db, QStringLiteral("INSERT INTO datasets (workspace_id, name, created_at, updated_at) VALUES "
                                                "(1, 'D', 0, 0), (1, 'O', 0, 0)"));
        }).ok());
        add(1, QStringLiteral("a.png"), QStringLiteral("a red cat on a mat"), {QStringLiteral("cat"), QStringLiteral("red"), QStringLiteral("feline")});
        add(1, QStringLiteral("b.png"), QStringLiteral("two Red cats"), {QStringLiteral("feline"), QStringLiteral("CAT")});
        add(1, QStringLiteral("c.png"), QStringLiteral("a dog"), {QStringLiteral("dog")});
        add(1, QStringLiteral("t.png"), QStringLiteral("red in the trash"), {QStringLiteral("cat")});
        add(2, QStringLiteral("o.png"), QStringLiteral("red elsewhere"), {QStringLiteral("cat")});
        REQUIRE(sql::exec(lib->catalog().database(), QStringLiteral("UPDATE items SET status = 'trashed' WHERE original_name = 't.png'")).ok());
        lib.close();
    }

    void add(qint64 dataset, const QString &name, const QString &caption, const QStringList &tags)
    {
        const qint64 id = addItem(*lib, dataset, fixtures::encode(fixtures::makeImage(16, 16, int(ids.size()) + 1), "png"), name, caption);
        for (int i = 0; i < tags.size(); ++i)
            addTag(*lib, id, tags[i], i);
        ids.insert(name, id);
    }

    QString path() const { return lib.path(); }

    // name -> item object, from `items --json`
    QHash<QString, QJsonObject> items(const QString &dataset = QStringLiteral("W/D")) const
    {
        const Run r = cli(path(), {QStringLiteral("--json"), QStringLiteral("items"), QStringLiteral("--dataset"), dataset});
        REQUIRE(r.code == 0);
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
            out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        return out;
    }

    QStringList tagsOf(const QString &name, const QString &dataset = QStringLiteral("W/D")) const
    {
        QStringList out;
        for (const QJsonValue &v : items(dataset).value(name).value(QStringLiteral("tags")).toArray())
            out << v.toString();
        return out;
    }
};

QStringList strings(std::initializer_list<const char *> list)
{
    return argsOf(list);
}

} // namespace

TEST_CASE("CLI: tags lists a dataset's tags and renames, merges and deletes them across it")
{
    TaggedLibrary t;
    const QString lib = t.path();

    const Run list = cli(lib, argsOf({"--json", "tags", "--dataset", "W/D"}));
    REQUIRE(list.code == 0);
    CHECK(list.json().value(QStringLiteral("dataset")).toString() == QStringLiteral("W/D"));
    const QJsonArray tags = list.json().value(QStringLiteral("tags")).toArray();
    REQUIRE(tags.size() == 4);
    CHECK(tags[0].toObject() == QJsonObject{{QStringLiteral("tag"), QStringLiteral("cat")}, {QStringLiteral("count"), 2}}); // not the trash
    CHECK(tags[1].toObject() == QJsonObject{{QStringLiteral("tag"), QStringLiteral("feline")}, {QStringLiteral("count"), 2}});
    CHECK(tags[3].toObject().value(QStringLiteral("tag")).toString() == QStringLiteral("red"));
    const Run human = cli(lib, argsOf({"tags", "--dataset", "W/D"}));
    CHECK(human.code == 0);
    CHECK(human.out.startsWith(QStringLiteral("TAG")));
    CHECK(human.out.contains(QStringLiteral("feline  2")));

    // Rename onto a tag the items already have: one copy, where the first was; the trash too; W/O untouched.
    const Run renamed = cli(lib, argsOf({"--json", "tags", "rename", "--dataset", "W/D", "CAT", "feline"}));
    REQUIRE(renamed.code == 0);
    CHECK(renamed.json() == QJsonObject{{QStringLiteral("dataset"), QStringLiteral("W/D")}, {QStringLiteral("operation"), QStringLiteral("rename")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("CAT")}}, {QStringLiteral("into"), QStringLiteral("feline")}, {QStringLiteral("items"), 3}});
    CHECK(t.tagsOf(QStringLiteral("a.png")) == strings({"feline", "red"}));
    CHECK(t.tagsOf(QStringLiteral("b.png")) == strings({"feline"}));
    CHECK(t.tagsOf(QStringLiteral("t.png")) == strings({"feline"}));
    CHECK(t.tagsOf(QStringLiteral("o.png"), QStringLiteral("W/O")) == strings({"cat"}));

    // Case-only rename, human output.
    const Run respelled = cli(lib, argsOf({"tags", "rename", "--dataset", "W/D", "feline", "Feline"}));
    CHECK(respelled.code == 0);
    CHECK(respelled.out.contains(QStringLiteral("Renamed “feline” to “Feline” on 3 item(s) of W/D.")));
    CHECK(t.tagsOf(QStringLiteral("a.png")) == strings({"Feline", "red"}));

    // Nothing has the tag: exit 1, one line, nothing written.
    const Run missing = cli(lib, argsOf({"--json", "tags", "rename", "--dataset", "W/D", "zebra", "tiger"}));
    CHECK(missing.code == 1);
    CHECK(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("not-found"));
    CHECK(missing.err.contains(QStringLiteral("No item of W/D has “zebra”")));
    CHECK(missing.err.count(QLatin1Char('\n')) == 1);

    const Run merged = cli(lib, argsOf({"--json", "tags", "merge", "--dataset", "W/D", "--into", "pet", "dog", "Feline"}));
    REQUIRE(merged.code == 0);
    CHECK(merged.json().value(QStringLiteral("operation")).toString() == QStringLiteral("merge"));
    CHECK(merged.json().value(QStringLiteral("into")).toString() == QStringLiteral("pet"));
    CHECK(merged.json().value(QStringLiteral("tags")).toArray() == QJsonArray({QStringLiteral("dog"), QStringLiteral("Feline")}));
    CHECK(merged.json().value(QStringLiteral("items")).toInt() == 4);
    CHECK(t.tagsOf(QStringLiteral("a.png")) == strings({"pet", "red"}));
    CHECK(t.tagsOf(QStringLiteral("c.png")) == strings({"pet"}));
    CHECK(cli(lib, argsOf({"tags", "merge", "--dataset", "W/D", "dog"})).code == 1); // --into is needed

    const Run deleted = cli(lib, argsOf({"--json", "tags", "delete", "--dataset", "W/D", "PET", "nothing"}));
    REQUIRE(deleted.code == 0);
    CHECK(deleted.json().value(QStringLiteral("operation")).toString() == QStringLiteral("delete"));
    CHECK(deleted.json().value(QStringLiteral("items")).toInt() == 4);
    CHECK_FALSE(deleted.json().contains(QStringLiteral("into")));
    CHECK(t.tagsOf(QStringLiteral("a.png")) == strings({"red"}));
    CHECK(t.tagsOf(QStringLiteral("b.png")).isEmpty());
    const Run humanDelete = cli(lib, argsOf({"tags", "delete", "--dataset", "W/D", "red"}));
    CHECK(humanDelete.code == 0);
    CHECK(humanDelete.out.contains(QStringLiteral("Deleted “red” from 1 item(s) of W/D.")));
    const Run empty = cli(lib, argsOf({"tags", "--dataset", "W/D"}));
    CHECK(empty.code == 0);
    CHECK(empty.out.contains(QStringLiteral("No item of W/D has tags.")));
    CHECK(cli(lib, argsOf({"--json", "tags", "--dataset", "W/O"})).json().value(QStringLiteral("tags")).toArray().size() == 1);

    // Usage: sub-commands, help, missing pieces.
    const Run unknown = cli(lib, argsOf({"tags", "explode", "--dataset", "W/D"}));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("expected one of: rename, merge, delete")));
    const Run help = cli(lib, argsOf({"tags", "--help"}));
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("tags rename")));
    CHECK(help.out.contains(QStringLiteral("--dataset")));
    CHECK(cli(lib, argsOf({"tags", "rename", "--help"})).out.contains(QStringLiteral("OLD NEW")));
    CHECK(cli(lib, argsOf({"tags", "rename", "--dataset", "W/D", "only-one"})).code == 1);
    CHECK(cli(lib, argsOf({"tags"})).code == 1); // --dataset is needed
    CHECK(cli(lib, argsOf({"tags", "--dataset", "W/Nope"})).code == 1);
}

TEST_CASE("CLI: captions replace prints every change, writes nothing on --dry-run, and refuses a bad regex with exit code 1")
{
    TaggedLibrary t;
    const QString lib = t.path();
    const auto before = t.items();

    const Run dry = cli(lib, argsOf({"--json", "captions", "replace", "--dataset", "W/D", "--find", "red", "--replace", "blue", "--dry-run"}));
    REQUIRE(dry.code == 0);
    CHECK(dry.json().value(QStringLiteral("dry_run")).toBool());
    CHECK(dry.json().value(QStringLiteral("checked")).toInt() == 3); // the trash is left out
    CHECK(dry.json().value(QStringLiteral("written")).toInt() == 0);
    const QJsonArray changes = dry.json().value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 2);
    const QJsonObject first = changes[0].toObject();
    CHECK(first.value(QStringLiteral("id")).toInteger() == t.ids.value(QStringLiteral("a.png")));
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("a.png"));
    CHECK(first.value(QStringLiteral("before")).toString() == QStringLiteral("a red cat on a mat"));
    CHECK(first.value(QStringLiteral("after")).toString() == QStringLiteral("a blue cat on a mat"));
    CHECK(changes[1].toObject().value(QStringLiteral("after")).toString() == QStringLiteral("two blue cats")); // case-insensitive
    CHECK(t.items() == before); // nothing written

    const Run dryHuman = cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "red", "--replace", "blue", "--dry-run"}));
    CHECK(dryHuman.code == 0);
    CHECK(dryHuman.out.contains(QStringLiteral("a.png (#")));
    CHECK(dryHuman.out.contains(QStringLiteral("  before: a red cat on a mat\n  after:  a blue cat on a mat")));
    CHECK(dryHuman.out.contains(QStringLiteral("Would change 2 of 3 caption(s) (dry run: nothing was written).")));
    CHECK(t.items() == before);

    // A regular expression with a group reference, case-sensitive: only "red", not "Red".
    const Run applied = cli(lib, argsOf({"--json", "captions", "replace", "--dataset", "W/D", "--find", "(red|blue) (\\w+)",
        "--replace", "\\2 in \\1", "--regex", "--case-sensitive"}));
    REQUIRE(applied.code == 0);
    CHECK_FALSE(applied.json().value(QStringLiteral("dry_run")).toBool());
    CHECK(applied.json().value(QStringLiteral("written")).toInt() == 1);
    CHECK(applied.json().value(QStringLiteral("skipped")).toArray().isEmpty());
    const auto after = t.items();
    CHECK(after.value(QStringLiteral("a.png")).value(QStringLiteral("caption")).toString() == QStringLiteral("a cat in red on a mat"));
    CHECK(after.value(QStringLiteral("a.png")).value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("origin")).toString()
        == QStringLiteral("manual"));
    CHECK(after.value(QStringLiteral("b.png")).value(QStringLiteral("caption")).toString() == QStringLiteral("two Red cats"));
    CHECK(after.value(QStringLiteral("t.png")).value(QStringLiteral("caption")).toString() == QStringLiteral("red in the trash"));
    CHECK(t.items(QStringLiteral("W/O")).value(QStringLiteral("o.png")).value(QStringLiteral("caption")).toString() == QStringLiteral("red elsewhere"));

    const Run human = cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "cats", "--replace", ""}));
    CHECK(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("Changed 1 of 3 caption(s).")));
    CHECK(t.items().value(QStringLiteral("b.png")).value(QStringLiteral("caption")).toString() == QStringLiteral("two Red "));

    const Run none = cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "zebra", "--replace", "x"}));
    CHECK(none.code == 0);
    CHECK(none.out.contains(QStringLiteral("No caption of the 3 checked in W/D changes.")));

    // A bad expression: exit 1, one clear line with the expression's own message and offset; nothing written.
    const auto beforeBad = t.items();
    const Run bad = cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "(red", "--replace", "x", "--regex"}));
    CHECK(bad.code == 1);
    CHECK(bad.err.count(QLatin1Char('\n')) == 1);
    CHECK(bad.err.contains(QStringLiteral("Invalid regular expression “(red” at offset 4: missing closing parenthesis")));
    const Run badJson = cli(lib, argsOf({"--json", "captions", "replace", "--dataset", "W/D", "--find", "(red", "--replace", "x", "--regex"}));
    CHECK(badJson.code == 1);
    CHECK(badJson.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("invalid-argument"));
    CHECK(cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "(red)", "--replace", "\\2", "--regex"})).code == 1);
    CHECK(t.items() == beforeBad);

    CHECK(cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "red"})).code == 1); // --replace is needed
    CHECK(cli(lib, argsOf({"captions", "replace", "--dataset", "W/D", "--find", "", "--replace", "x"})).code == 1);
    CHECK(cli(lib, argsOf({"captions", "replace", "--help"})).out.contains(QStringLiteral("--case-sensitive")));
}

TEST_CASE("CLI: items reads a dataset in one pass and keeps its output: kept and rejected by id, then the trash")
{
    TaggedLibrary t;
    t.lib.reopen();
    REQUIRE(sql::exec(t.lib->catalog().database(), QStringLiteral("UPDATE items SET status = 'trashed' WHERE original_name = 'a.png'")).ok());
    REQUIRE(sql::exec(t.lib->catalog().database(), QStringLiteral("UPDATE items SET status = 'rejected' WHERE original_name = 'c.png'")).ok());
    t.lib.close();
    const Run r = cli(t.path(), argsOf({"--json", "items", "--dataset", "W/D"}));
    REQUIRE(r.code == 0);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 4);
    QStringList names;
    for (const QJsonValue &v : items)
        names << v.toObject().value(QStringLiteral("name")).toString();
    CHECK(names == strings({"b.png", "c.png", "a.png", "t.png"}));
    const QJsonObject a = items[2].toObject();
    QStringList keys = a.keys();
    keys.sort();
    CHECK(keys == strings({"caption", "captionProvenance", "height", "id", "name", "rating", "repeats", "sha256", "status", "tags", "width"}));
    CHECK(a.value(QStringLiteral("tags")).toArray() == QJsonArray({QStringLiteral("cat"), QStringLiteral("red"), QStringLiteral("feline")}));
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("trashed"));
    CHECK(items[1].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    const Run human = cli(t.path(), argsOf({"items", "--dataset", "W/D"}));
    CHECK(human.code == 0);
    CHECK(human.out.startsWith(QStringLiteral("ID")));
    CHECK(human.out.contains(QStringLiteral("a red cat on a mat")));
}

TEST_CASE("CLI: items --filter takes the grid's filter language, and names a mistake")
{
    TaggedLibrary t;
    auto names = [&](const char *filter) {
        const Run r = cli(t.path(), argsOf({"--json", "items", "--dataset", "W/D", "--filter", filter}));
        REQUIRE(r.code == 0);
        QStringList out;
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    CHECK(names("tag:cat") == strings({"a.png", "b.png"}));          // any case, the trash left out
    CHECK(names("ca") == strings({"a.png", "b.png"}));               // a substring of captions and tags
    CHECK(names("tag:cat OR tag:dog") == strings({"a.png", "b.png", "c.png"}));
    CHECK(names("-tag:cat") == strings({"c.png"}));
    CHECK(names("status:trashed") == strings({"t.png"}));
    CHECK(names("(red OR dog) -tag:feline") == strings({"c.png"}));
    const Run bad = cli(t.path(), argsOf({"items", "--dataset", "W/D", "--filter", "stars:lots"}));
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("“stars:” takes a number")));
    CHECK(bad.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("CLI: the dataset's caption source is what exports write, and dataset move and empty-trash keep their promises")
{
    TaggedLibrary t;
    t.lib.reopen(); // trainer-sized images for the export (the files are 16 px; the export keeps their bytes)
    REQUIRE(sql::exec(t.lib->catalog().database(), QStringLiteral("UPDATE blobs SET width = 512, height = 512")).ok());
    t.lib.close();
    // What the trainer reads is a dataset setting: the export follows it unless told otherwise.
    Run set = cli(t.path(), argsOf({"--json", "dataset", "set", "W/D", "--caption-source", "tags"}));
    REQUIRE(set.code == 0);
    CHECK(set.json().value(QStringLiteral("dataset")).toObject().value(QStringLiteral("caption_source")).toString() == QStringLiteral("tags"));
    CHECK(cli(t.path(), argsOf({"dataset", "show", "W/D"})).out.contains(QStringLiteral("Trainer reads: tags")));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run exported = cli(t.path(), argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--out"}) + QStringList{out});
    INFO(exported.err.toStdString() + exported.out.toStdString());
    REQUIRE(exported.code == 0);
    QDirIterator it(out, {QStringLiteral("a.txt")}, QDir::Files, QDirIterator::Subdirectories);
    REQUIRE(it.hasNext());
    QFile caption(it.next());
    REQUIRE(caption.open(QIODevice::ReadOnly));
    CHECK(caption.readAll().trimmed() == QByteArray("cat, red, feline"));
    const QString out2 = dir.filePath(QStringLiteral("out2"));
    REQUIRE(cli(t.path(), argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--caption-source", "caption", "--out"}) + QStringList{out2}).code == 0);
    QDirIterator it2(out2, {QStringLiteral("a.txt")}, QDir::Files, QDirIterator::Subdirectories);
    REQUIRE(it2.hasNext());
    QFile caption2(it2.next());
    REQUIRE(caption2.open(QIODevice::ReadOnly));
    CHECK(caption2.readAll().trimmed() == QByteArray("a red cat on a mat"));
    Run badSource = cli(t.path(), argsOf({"dataset", "set", "W/D", "--caption-source", "captions"}));
    CHECK(badSource.code == 1);
    CHECK(badSource.err.contains(QStringLiteral("caption, tags, both")));

    // Move: to another workspace, the name must be free there.
    REQUIRE(cli(t.path(), argsOf({"workspace", "create", "Archive"})).code == 0);
    Run moved = cli(t.path(), argsOf({"dataset", "move", "W/O", "Archive"}));
    CHECK(moved.code == 0);
    CHECK(cli(t.path(), argsOf({"dataset", "show", "Archive/O"})).code == 0);
    CHECK(cli(t.path(), argsOf({"dataset", "show", "W/O"})).code != 0);
    REQUIRE(cli(t.path(), argsOf({"dataset", "create", "Archive/D"})).code == 0);
    Run taken = cli(t.path(), argsOf({"dataset", "move", "W/D", "Archive"}));
    CHECK(taken.code == 1);
    CHECK(taken.err.contains(QStringLiteral("already has a dataset named")));
    CHECK(cli(t.path(), argsOf({"dataset", "move", "W/D", "Nowhere"})).code != 0);

    // Empty the trash: refused without --yes, then only the trash goes.
    Run refused = cli(t.path(), argsOf({"dataset", "empty-trash", "W/D"}));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("holds 1 item(s)")));
    CHECK(t.items().size() == 4);
    Run emptied = cli(t.path(), argsOf({"--json", "dataset", "empty-trash", "W/D", "--yes"}));
    CHECK(emptied.code == 0);
    CHECK(emptied.json().value(QStringLiteral("deleted")).toInt() == 1);
    const auto left = t.items();
    CHECK(left.size() == 3);
    CHECK_FALSE(left.contains(QStringLiteral("t.png")));
    CHECK(cli(t.path(), argsOf({"dataset", "empty-trash", "W/D"})).code == 0); // nothing left: nothing to confirm
}

// ---- Captioning with Replicate ----

namespace {

const QString BlipVersion = QStringLiteral("2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746");

// Which image a prediction was for: the start of the SHA-1 of the image sent (a data: URL).
QString labelOf(const QJsonObject &predictionBody)
{
    const QByteArray image = predictionBody.value(QStringLiteral("input")).toObject().value(QStringLiteral("image")).toString().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex().left(12));
}

// Replicate as the CLI meets it, built from the recorded payloads of tests/fixtures/replicate: salesforce/blip
// (a community model, so run by its latest version); each prediction starts, then succeeds on its first poll
// with "Caption: photo LABEL", LABEL naming the image it was for. Every request is checked for the token.
struct FakeReplicate
{
    using Fault = std::function<std::optional<FakeReply>(const FakeRequest &, int prediction)>;

    explicit FakeReplicate(QByteArray expectedToken) : token(std::move(expectedToken)) {}

    const QByteArray token;
    mutable QMutex mutex;
    QList<QByteArray> authorizations; // of every request
    QStringList posted;               // the label of each prediction created, in order
    QHash<QString, int> numberOf;     // prediction id -> which POST created it (1-based)
    QSet<QString> succeeded;          // prediction ids answered "succeeded"
    int answerLimit = -1;             // after this many predictions succeeded, the others stay "processing"
    Fault fault;                      // a reply of its own for some requests (the prediction's number, 0 for others)
    FakeHttpServer server{[this](const FakeRequest &r) { return answer(r); }};

    FakeReply answer(const FakeRequest &req)
    {
        QMutexLocker lock(&mutex);
        authorizations.append(req.header("Authorization"));
        const QJsonObject starting = replicateFixture(QStringLiteral("predictions-create-blip.response-201-starting.json"));
        if (req.method == "POST" && req.path == "/v1/predictions") {
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            posted.append(labelOf(body));
            const int number = int(posted.size());
            if (fault) {
                if (auto r = fault(req, number))
                    return *r;
            }
            if (req.header("Authorization") != "Bearer " + token)
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-401-invalid-token.json"))), 401);
            if (body.value(QStringLiteral("version")).toString() != BlipVersion)
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-422-invalid-version.json"))), 422);
            QJsonObject p = starting;
            const QString id = QStringLiteral("prediction%1").arg(number);
            p.insert(QStringLiteral("id"), id);
            p.insert(QStringLiteral("input"), body.value(QStringLiteral("input")));
            numberOf.insert(id, number);
            return FakeReply::json(compact(p), 201);
        }
        int number = 0;
        QString id;
        if (req.method == "GET" && req.path.startsWith("/v1/predictions/")) {
            id = QString::fromUtf8(req.path.mid(16));
            number = numberOf.value(id);
        }
        if (fault) {
            if (auto r = fault(req, number))
                return *r;
        }
        if (req.header("Authorization") != "Bearer " + token)
            return FakeReply::json(compact(replicateFixture(QStringLiteral("error-401-invalid-token.json"))), 401);
        if (req.method == "GET" && req.path == "/v1/account")
            return FakeReply::json(compact(replicateFixture(QStringLiteral("account-get.response-200.json"))));
        if (req.method == "GET" && req.path == "/v1/models/salesforce/blip") {
            return FakeReply::json(compact(QJsonObject{{QStringLiteral("owner"), QStringLiteral("salesforce")},
                {QStringLiteral("name"), QStringLiteral("blip")}, {QStringLiteral("is_official"), false},
                {QStringLiteral("visibility"), QStringLiteral("public")},
                {QStringLiteral("latest_version"), QJsonObject{{QStringLiteral("id"), BlipVersion}}}}));
        }
        if (number > 0) {
            QJsonObject p = replicateFixture(QStringLiteral("predictions-get-blip-succeeded.response-200.json"));
            p.insert(QStringLiteral("id"), id);
            if (!succeeded.contains(id) && answerLimit >= 0 && succeeded.size() >= answerLimit) {
                p.insert(QStringLiteral("status"), QStringLiteral("processing"));
                p.insert(QStringLiteral("output"), QJsonValue::Null);
                return FakeReply::json(compact(p));
            }
            succeeded.insert(id);
            p.insert(QStringLiteral("output"), QString(QStringLiteral("Caption: photo ") + posted.value(number - 1)));
            return FakeReply::json(compact(p));
        }
        return FakeReply::json(compact(replicateFixture(QStringLiteral("error-404-not-found.json"))), 404);
    }

    QStringList postedSince(qsizetype from) const
    {
        QMutexLocker lock(&mutex);
        return posted.mid(from);
    }
    QList<QByteArray> allAuthorizations() const
    {
        QMutexLocker lock(&mutex);
        return authorizations;
    }
    int succeededCount() const
    {
        QMutexLocker lock(&mutex);
        return int(succeeded.size());
    }
    void setFault(Fault f)
    {
        QMutexLocker lock(&mutex);
        fault = std::move(f);
    }
};

// The CLI's environment for Replicate: the token (or none), the fake's address, and no keychain (a session
// bus that is not there), so that nothing on the machine running the tests can supply a token.
QProcessEnvironment replicateEnv(const FakeReplicate &fake, const QByteArray &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REPLICATE_API_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("REPLICATE_API_TOKEN"), QString::fromUtf8(token));
    env.insert(QStringLiteral("LORACRAFT_REPLICATE_BASE_URL"), fake.server.url(QStringLiteral("/v1")).toString());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    return env;
}

QStringList replicateCaption(std::initializer_list<const char *> more = {})
{
    return argsOf({"caption", "--dataset", "W/D", "--backend", "replicate", "--model", "salesforce/blip"}) + argsOf(more);
}

// A library with W/D holding `count` distinct JPEGs (0.jpg, 1.jpg, ...) without captions.
QString libraryWithImages(const QTemporaryDir &dir, int count)
{
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    for (int i = 0; i < count; ++i)
        fixtures::writeFile(in + QStringLiteral("/%1.jpg").arg(i), fixtures::makeJpeg(120 + i, 90, 40 + i));
    const Run imported = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in});
    REQUIRE(imported.code == 0);
    return lib;
}

// name -> item, from `items --json`
QHash<QString, QJsonObject> itemsByName(const QString &lib)
{
    const Run r = cli(lib, argsOf({"--json", "items", "--dataset", "W/D"}));
    REQUIRE(r.code == 0);
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
        out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    return out;
}

} // namespace

TEST_CASE("CLI: caption --backend replicate resolves the model's version, polls, writes captions without 'Caption:' and records the provenance")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/a.jpg"), fixtures::makeJpeg(300, 200, 1));
    fixtures::writeFile(in + QStringLiteral("/a.txt"), "from a sidecar");
    fixtures::writeFile(in + QStringLiteral("/b.jpg"), fixtures::makeJpeg(300, 200, 2));
    fixtures::writeFile(in + QStringLiteral("/c.jpg"), fixtures::makeJpeg(200, 300, 3));
    REQUIRE(cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--create"), in}).code == 0);

    const QByteArray token = "r8_cli_e2e_token_1234";
    FakeReplicate fake(token);
    const Run run = cli(lib, argsOf({"--json"}) + replicateCaption(), replicateEnv(fake, token));
    REQUIRE(run.code == 0);
    const QJsonObject report = run.json();
    CHECK(report.value(QStringLiteral("captioned")).toInt() == 2); // a.jpg's caption came from its file: kept
    CHECK(report.value(QStringLiteral("failed")).toInt() == 0);
    const qint64 task = report.value(QStringLiteral("task")).toInteger();
    CHECK(task > 0);
    CHECK(run.err.contains(QStringLiteral("--resume %1").arg(task))); // said at the start, for a run that is killed

    // The version was looked up once, then each image was one prediction, started and polled.
    const QList<FakeRequest> requests = fake.server.requests();
    REQUIRE(requests.size() == 5);
    CHECK(requests[0].method == "GET");
    CHECK(requests[0].path == "/v1/models/salesforce/blip");
    int posts = 0;
    for (const FakeRequest &req : requests) {
        CHECK(req.header("Authorization") == "Bearer " + token);
        if (req.method != "POST")
            continue;
        ++posts;
        CHECK(req.path == "/v1/predictions");
        CHECK(req.header("Prefer") == "wait=60");
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        CHECK(body.value(QStringLiteral("version")).toString() == BlipVersion);
        const QJsonObject input = body.value(QStringLiteral("input")).toObject();
        CHECK(input.value(QStringLiteral("image")).toString().startsWith(QStringLiteral("data:image/jpeg;base64,/9j/")));
        CHECK(input.value(QStringLiteral("task")).toString() == QStringLiteral("image_captioning"));
    }
    CHECK(posts == 2);

    const auto items = itemsByName(lib);
    REQUIRE(items.size() == 3);
    CHECK(items[QStringLiteral("a.jpg")].value(QStringLiteral("caption")).toString() == QStringLiteral("from a sidecar"));
    QStringList captions;
    for (const char *name : {"b.jpg", "c.jpg"}) {
        INFO(name);
        const QJsonObject item = items.value(QString::fromLatin1(name));
        const QString caption = item.value(QStringLiteral("caption")).toString();
        CHECK(caption.startsWith(QStringLiteral("photo "))); // "Caption: " removed
        captions << caption;
        const QJsonObject provenance = item.value(QStringLiteral("captionProvenance")).toObject();
        CHECK(provenance.value(QStringLiteral("origin")).toString() == QStringLiteral("auto"));
        CHECK(provenance.value(QStringLiteral("backend")).toString() == QStringLiteral("replicate"));
        CHECK(provenance.value(QStringLiteral("model")).toString() == QStringLiteral("salesforce/blip:") + BlipVersion);
        CHECK(provenance.value(QStringLiteral("task")).toInteger() == task);
    }
    captions.sort();
    QStringList expected;
    for (const QString &label : fake.postedSince(0))
        expected << QStringLiteral("photo ") + label;
    expected.sort();
    CHECK(captions == expected); // each image got the caption made for it

    // The export's loracraft.json carries the same provenance, with the time in ISO-8601 UTC.
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "ai-toolkit", "--out"}) + QStringList{out}).code == 0);
    QHash<QString, QJsonObject> exported;
    for (const QJsonValue &v : QJsonDocument::fromJson(fixtures::readFile(out + QStringLiteral("/loracraft.json")))
                                   .object()
                                   .value(QStringLiteral("images"))
                                   .toArray())
        exported.insert(v.toObject().value(QStringLiteral("original_name")).toString(), v.toObject().value(QStringLiteral("caption_provenance")).toObject());
    REQUIRE(exported.size() == 3);
    CHECK(exported.value(QStringLiteral("a.jpg")) == QJsonObject{{QStringLiteral("origin"), QStringLiteral("imported")}});
    const QJsonObject b = exported.value(QStringLiteral("b.jpg"));
    const QJsonObject bItem = items.value(QStringLiteral("b.jpg")).value(QStringLiteral("captionProvenance")).toObject();
    CHECK(b.value(QStringLiteral("origin")).toString() == QStringLiteral("auto"));
    CHECK(b.value(QStringLiteral("backend")).toString() == QStringLiteral("replicate"));
    CHECK(b.value(QStringLiteral("model")).toString() == QStringLiteral("salesforce/blip:") + BlipVersion);
    CHECK(b.value(QStringLiteral("prompt")).toString() == bItem.value(QStringLiteral("prompt")).toString());
    CHECK(b.value(QStringLiteral("task")).toInteger() == task);
    const QString at = b.value(QStringLiteral("at")).toString();
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")).match(at).hasMatch());
    CHECK(QDateTime::fromString(at, Qt::ISODateWithMs).toMSecsSinceEpoch() == bItem.value(QStringLiteral("at")).toInteger());
}

TEST_CASE("CLI: the Replicate token never leaks, even when the server echoes it in its errors")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 4);
    const QByteArray token = "r8_CanaryToken_7f3a9c2e5b1d40689e";
    FakeReplicate fake(token);
    const QProcessEnvironment env = replicateEnv(fake, token);

    // A connection of our own keeps the catalog's WAL on disk between runs (SQLite removes it when the last
    // connection closes), so that what the runs wrote there is searched too.
    const QString connection = QStringLiteral("token-leak-watcher");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
        REQUIRE(db.open());
        REQUIRE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM items")).ok());
    }

    auto echo = [&](int status, const char *title) {
        // What a careless server does: it quotes the credentials it was sent.
        return FakeReply::json(compact(QJsonObject{{QStringLiteral("title"), QString::fromLatin1(title)},
                                   {QStringLiteral("detail"), QStringLiteral("request with Authorization: Bearer %1 refused").arg(QString::fromUtf8(token))},
                                   {QStringLiteral("status"), status}}),
            status);
    };
    auto failedPrediction = [&](const FakeRequest &req) {
        QJsonObject p = replicateFixture(QStringLiteral("predictions-get-failed.response-200.json"));
        p.insert(QStringLiteral("id"), QString::fromUtf8(req.path.mid(16)));
        p.insert(QStringLiteral("error"), QStringLiteral("model crashed; its environment held REPLICATE_API_TOKEN=%1").arg(QString::fromUtf8(token)));
        return FakeReply::json(compact(p));
    };
    auto check = [&](const Run &r) {
        CHECK_FALSE(r.out.toUtf8().contains(token));
        CHECK_FALSE(r.err.toUtf8().contains(token));
        CHECK_FALSE(r.out.contains(QString::fromUtf8(token).mid(3))); // nor the token without its prefix
    };

    SECTION("item errors echo it: 422 on some predictions, a failed prediction that quotes it")
    {
        fake.setFault([&](const FakeRequest &req, int prediction) -> std::optional<FakeReply> {
            if (req.method == "POST" && prediction % 2 == 0)
                return echo(422, "Input validation failed");
            if (req.method == "GET" && prediction == 3)
                return failedPrediction(req);
            return std::nullopt;
        });
        const Run json = cli(lib, argsOf({"--json"}) + replicateCaption({"--concurrency", "1"}), env);
        check(json);
        CHECK(json.code == 3);
        const QJsonObject report = json.json();
        CHECK(report.value(QStringLiteral("captioned")).toInt() == 1);
        CHECK(report.value(QStringLiteral("failed")).toInt() == 3);
        CHECK_FALSE(QJsonDocument(report).toJson().contains(token));
        // The server's words are there, the token is not.
        const QString failures = QString::fromUtf8(QJsonDocument(report.value(QStringLiteral("failures")).toArray()).toJson());
        CHECK(failures.contains(QStringLiteral("refused")));
        CHECK(failures.contains(QStringLiteral("model crashed")));

        const Run human = cli(lib, replicateCaption({"--concurrency", "1"}), env);
        check(human);
        CHECK(human.code == 3);
        CHECK(human.out.contains(QStringLiteral("failed ")));
    }
    SECTION("a 401 that echoes it, on the model lookup and on a prediction")
    {
        fake.setFault([&](const FakeRequest &req, int) -> std::optional<FakeReply> {
            if (req.method == "GET" && req.path.startsWith("/v1/models/"))
                return echo(401, "Unauthenticated");
            return std::nullopt;
        });
        const Run json = cli(lib, argsOf({"--json"}) + replicateCaption(), env);
        check(json);
        CHECK(json.code == 1);
        CHECK_FALSE(json.json().isEmpty());
        const Run human = cli(lib, replicateCaption(), env);
        check(human);
        CHECK(human.code == 1);
        CHECK(human.err.contains(QStringLiteral("refused")));

        fake.setFault([&](const FakeRequest &req, int) -> std::optional<FakeReply> {
            if (req.method == "POST")
                return echo(401, "Unauthenticated");
            return std::nullopt;
        });
        const Run jsonPost = cli(lib, argsOf({"--json"}) + replicateCaption(), env);
        check(jsonPost);
        CHECK(jsonPost.code == 1);
        CHECK(jsonPost.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("authentication"));
        const Run humanPost = cli(lib, replicateCaption(), env);
        check(humanPost);
        CHECK(humanPost.code == 1);
    }

    // The token did reach the server (so the checks above could fail), in the header only.
    const QList<QByteArray> authorizations = fake.allAuthorizations();
    REQUIRE(authorizations.size() >= 4);
    for (const QByteArray &a : authorizations)
        CHECK(a == "Bearer " + token);
    for (const FakeRequest &req : fake.server.requests()) {
        CHECK_FALSE(req.path.contains(token));
        CHECK_FALSE(req.body.contains(token));
    }

    // Nothing in the library folder holds it: not the catalog, not its WAL, no other file. Searched with the
    // WAL still there, then again once the last connection has checkpointed it into the catalog.
    auto search = [&] {
        QStringList searched;
        QDirIterator it(lib, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            searched << QDir(lib).relativeFilePath(path);
            INFO(path.toStdString());
            CHECK_FALSE(fixtures::readFile(path).contains(token));
        }
        return searched;
    };
    const QStringList searched = search();
    INFO(searched.join(QLatin1Char(' ')).toStdString());
    CHECK(searched.contains(QStringLiteral("catalog.sqlite")));
    CHECK(searched.contains(QStringLiteral("catalog.sqlite-wal")));
    CHECK(QFileInfo(lib + QStringLiteral("/catalog.sqlite-wal")).size() > 0);
    QSqlDatabase::database(connection).close();
    QSqlDatabase::removeDatabase(connection);
    search();
}

TEST_CASE("CLI: caption --backend replicate without a token says to set REPLICATE_API_TOKEN, exits 1 and writes nothing")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 2);
    FakeReplicate fake("r8_never_sent");
    const QProcessEnvironment env = replicateEnv(fake, QByteArray());
    REQUIRE_FALSE(env.contains(QStringLiteral("REPLICATE_API_TOKEN")));

    const Run human = cli(lib, replicateCaption(), env);
    CHECK(human.code == 1);
    CHECK(human.err.startsWith(QStringLiteral("loracraft-cli: No Replicate API token: set REPLICATE_API_TOKEN")));
    CHECK(human.err.count(QLatin1Char('\n')) == 1);
    CHECK(human.out.isEmpty());
    const Run json = cli(lib, argsOf({"--json"}) + replicateCaption(), env);
    CHECK(json.code == 1);
    const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("authentication"));
    CHECK(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("REPLICATE_API_TOKEN")));

    // Nothing was sent, and nothing was written: no caption, no task in the history.
    CHECK(fake.server.requestCount() == 0);
    auto library = Library::open(lib, Library::OpenMode::MustExist);
    REQUIRE(library.ok());
    CHECK(sql::scalar((*library)->catalog().database(), QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'caption'"))->toInt() == 0);
    CHECK(sql::scalar((*library)->catalog().database(), QStringLiteral("SELECT count(*) FROM items WHERE caption != '' OR caption_origin != 'none'"))->toInt() == 0);
}

TEST_CASE("CLI: a Replicate caption run killed midway is continued by --resume, which sends only the images left")
{
    QTemporaryDir dir;
    const int count = 8;
    const QString lib = libraryWithImages(dir, count);
    const QByteArray token = "r8_resume_token_5678";
    FakeReplicate fake(token);
    fake.answerLimit = 3; // three predictions succeed; the others stay "processing" until the process is killed

    QProcess run;
    run.setProcessEnvironment(replicateEnv(fake, token));
    run.start(cliPath(), QStringList{QStringLiteral("--library"), lib} + replicateCaption({"--concurrency", "2"}));
    REQUIRE(run.waitForStarted(10000));

    // Wait until the three captions are in the catalog (read beside the running CLI, only reading), then kill it.
    const QString connection = QStringLiteral("resume-watcher");
    int written = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
        REQUIRE(db.open());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && run.state() == QProcess::Running) {
            if (auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE caption_origin = 'auto'")); n.ok())
                written = n->toInt();
            if (written >= 3)
                break;
            run.waitForFinished(100);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    REQUIRE(run.state() == QProcess::Running); // still waiting for the held predictions
    REQUIRE(written == 3);
    run.kill(); // SIGKILL: no clean stop, no summary
    REQUIRE(run.waitForFinished(10000));
    CHECK(run.exitStatus() == QProcess::CrashExit);
    const QString err = QString::fromUtf8(run.readAllStandardError());
    INFO("stderr of the killed run: " << err.toStdString());

    // The task id, as the run printed it when it started.
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("--resume (\\d+)")).match(err);
    REQUIRE(m.hasMatch());
    const QString task = m.captured(1);

    auto before = itemsByName(lib);
    REQUIRE(before.size() == count);
    QStringList done, left;
    for (const QJsonObject &item : std::as_const(before)) {
        const QString caption = item.value(QStringLiteral("caption")).toString();
        if (caption.isEmpty())
            left << item.value(QStringLiteral("name")).toString();
        else
            done << caption.mid(6); // "photo LABEL"
    }
    REQUIRE(done.size() == 3);
    REQUIRE(left.size() == count - 3);

    // Resumed with every prediction answered: only the five images left are sent, each once.
    {
        QMutexLocker lock(&fake.mutex);
        fake.answerLimit = -1;
    }
    const qsizetype from = fake.postedSince(0).size();
    const Run resumed = cli(lib, QStringList{QStringLiteral("--json"), QStringLiteral("caption"), QStringLiteral("--resume"), task},
        replicateEnv(fake, token));
    REQUIRE(resumed.code == 0);
    CHECK(resumed.json().value(QStringLiteral("alreadyDone")).toInt() == 3);
    CHECK(resumed.json().value(QStringLiteral("captioned")).toInt() == count - 3);
    CHECK(resumed.json().value(QStringLiteral("failed")).toInt() == 0);
    QStringList sent = fake.postedSince(from);
    sent.sort();
    CHECK(sent.removeDuplicates() == 0); // one POST per image
    CHECK(sent.size() == count - 3);
    for (const QString &label : std::as_const(done))
        CHECK_FALSE(sent.contains(label)); // what the killed run captioned is not sent again

    // Every image has its own caption now, all recorded as the one run that was resumed.
    QStringList all;
    for (const QJsonObject &item : itemsByName(lib)) {
        const QString caption = item.value(QStringLiteral("caption")).toString();
        CHECK(caption.startsWith(QStringLiteral("photo ")));
        all << caption.mid(6);
        CHECK(item.value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("task")).toInteger() == task.toLongLong());
    }
    all.sort();
    QStringList expected = done + sent;
    expected.sort();
    CHECK(all == expected);
}

TEST_CASE("CLI: replicate whoami and login without a keychain: the environment's token works, login says why it cannot keep one")
{
    QTemporaryDir dir;
    const QString noLibrary = dir.filePath(QStringLiteral("not-a-library")); // these commands need none
    const QByteArray token = "r8_LOGIN_TOKEN_secret_9876";
    FakeReplicate fake(token);

    const Run who = cli(noLibrary, argsOf({"replicate", "whoami"}), replicateEnv(fake, token));
    CHECK(who.code == 0);
    CHECK(who.out.startsWith(QStringLiteral("alice (user), token from the environment (REPLICATE_API_TOKEN)")));
    const Run whoJson = cli(noLibrary, argsOf({"--json", "replicate", "whoami"}), replicateEnv(fake, token));
    CHECK(whoJson.code == 0);
    CHECK(whoJson.json().value(QStringLiteral("username")).toString() == QStringLiteral("alice"));
    CHECK(whoJson.json().value(QStringLiteral("tokenFrom")).toString() == QStringLiteral("environment"));
    CHECK_FALSE(QFileInfo::exists(noLibrary)); // no library was created

    const Run none = cli(noLibrary, argsOf({"replicate", "whoami"}), replicateEnv(fake, QByteArray()));
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("loracraft-cli replicate login")));

    const Run wrong = cli(noLibrary, argsOf({"replicate", "whoami"}), replicateEnv(fake, "r8_wrong_token_123"));
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("refused the credentials")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("r8_wrong_token_123")));

    // login: checked with Replicate first, then the keychain that is not there is explained.
    const Run login = cliWithInput(noLibrary, argsOf({"replicate", "login"}), token + "\n", replicateEnv(fake, QByteArray()));
    CHECK(login.code == 1);
    CHECK(login.err.contains(QStringLiteral("The token works (it belongs to alice)")));
    CHECK(login.err.contains(QStringLiteral("REPLICATE_API_TOKEN")));
    CHECK_FALSE(QString(login.out + login.err).contains(QString::fromUtf8(token)));
    const Run badLogin = cliWithInput(noLibrary, argsOf({"replicate", "login"}), "r8_not_valid\n", replicateEnv(fake, QByteArray()));
    CHECK(badLogin.code == 1);
    CHECK(badLogin.err.contains(QStringLiteral("refused the credentials")));
    CHECK_FALSE(badLogin.err.contains(QStringLiteral("r8_not_valid")));
    const Run empty = cliWithInput(noLibrary, argsOf({"replicate", "login"}), "", replicateEnv(fake, QByteArray()));
    CHECK(empty.code == 1);
    CHECK(empty.err.contains(QStringLiteral("No token on standard input")));
    for (const QByteArray &authorization : fake.allAuthorizations())
        CHECK_FALSE(authorization.isEmpty());
}

// Hidden from the plain run: needs a Secret Service, which tests/CMakeLists.txt starts for it
// (tests/support/with-secret-service.sh).
TEST_CASE("CLI: replicate login keeps the token in the keychain, whoami finds it there, logout removes it", "[.keychain]")
{
    QTemporaryDir dir;
    const QString noLibrary = dir.filePath(QStringLiteral("not-a-library"));
    const QByteArray token = "r8_KEYCHAIN_TOKEN_secret_5555";
    FakeReplicate fake(token);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the private session bus of the script
    env.remove(QStringLiteral("REPLICATE_API_TOKEN"));
    env.insert(QStringLiteral("LORACRAFT_REPLICATE_BASE_URL"), fake.server.url(QStringLiteral("/v1")).toString());

    const Run login = cliWithInput(noLibrary, argsOf({"replicate", "login"}), token + "\n", env);
    REQUIRE(login.code == 0);
    CHECK(login.out.contains(QStringLiteral("Logged in to Replicate as alice")));
    CHECK_FALSE(QString(login.out + login.err).contains(QString::fromUtf8(token)));

    const Run who = cli(noLibrary, argsOf({"--json", "replicate", "whoami"}), env);
    CHECK(who.code == 0);
    CHECK(who.json().value(QStringLiteral("tokenFrom")).toString() == QStringLiteral("keychain"));
    CHECK(who.json().value(QStringLiteral("username")).toString() == QStringLiteral("alice"));

    const Run logout = cli(noLibrary, argsOf({"replicate", "logout"}), env);
    CHECK(logout.code == 0);
    const Run after = cli(noLibrary, argsOf({"replicate", "whoami"}), env);
    CHECK(after.code == 1);
    CHECK_FALSE(QFileInfo::exists(noLibrary));
}

namespace {

// Replicate's training side, from the recorded payloads: the account, the Flux trainer, the destination
// model, the Files API, trainings that report their steps for `pollsBeforeDone` polls and then succeed.
struct FakeTrainingReplicate
{
    explicit FakeTrainingReplicate(QByteArray expectedToken) : token(std::move(expectedToken)) {}

    const QByteArray token;
    mutable QMutex mutex;
    bool destinationExists = false;
    bool loseCreateAnswer = false; // the create goes through, the connection drops before the answer
    int pollsBeforeDone = 2;
    int polls = 0;
    int creates = 0;
    int modelCreates = 0;
    int cancels = 0;
    bool canceled = false;
    bool started = false; // a training exists
    QByteArray uploaded;  // the multipart body of the dataset upload
    QJsonObject createBody;
    QByteArray createPath;
    QStringList deletedFiles;
    QList<QByteArray> authorizations;
    QList<QByteArray> deliveryAuthorizations;
    int weightDownloads = 0;
    std::function<std::optional<FakeReply>(const FakeRequest &)> fault; // answers first when it returns one
    FakeHttpServer server{[this](const FakeRequest &r) { return answer(r); }};

    QJsonObject training(const QString &status) const
    {
        QJsonObject t = replicateFixture(QStringLiteral("trainings-get-processing.response-200.json"));
        t.insert(QStringLiteral("input"), createBody.value(QStringLiteral("input")));
        t.insert(QStringLiteral("status"), status);
        const QJsonObject sent = createBody.value(QStringLiteral("input")).toObject();
        const int steps = sent.value(QStringLiteral("steps")).toInt(sent.value(QStringLiteral("max_train_steps")).toInt());
        const int done = std::min(steps, steps * (polls + 1) / (pollsBeforeDone + 1));
        t.insert(QStringLiteral("logs"), QStringLiteral("Extracted files\nflux_train_replicate:  %1%|#####     | %2/%3 [01:00<01:00,  1.45it/s]\n")
                                              .arg(steps ? done * 100 / steps : 0).arg(done).arg(steps));
        if (status == QLatin1String("succeeded")) {
            const QJsonObject done200 = replicateFixture(QStringLiteral("trainings-get-succeeded.response-200.json"));
            QJsonObject output = done200.value(QStringLiteral("output")).toObject();
            output.insert(QStringLiteral("weights"), server.url(QStringLiteral("/delivery/xezq/trained_model.tar")).toString());
            t.insert(QStringLiteral("output"), output);
            t.insert(QStringLiteral("metrics"), done200.value(QStringLiteral("metrics")));
        }
        if (status == QLatin1String("canceled"))
            t.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("predict_time"), 12.5}});
        t.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return t;
    }

    FakeReply answer(const FakeRequest &req)
    {
        QMutexLocker lock(&mutex);
        const QByteArray path = req.path;
        if (path.startsWith("/delivery/"))
            deliveryAuthorizations.append(req.header("Authorization"));
        else
            authorizations.append(req.header("Authorization"));
        if (!path.startsWith("/delivery/") && req.header("Authorization") != "Bearer " + token)
            return FakeReply::json(compact(replicateFixture(QStringLiteral("error-401-invalid-token.json"))), 401);
        const QString id = replicateFixture(QStringLiteral("trainings-create-flux.response-201.json")).value(QStringLiteral("id")).toString();
        if (fault) {
            if (auto r = fault(req))
                return *r;
        }
        if (req.method == "GET" && path == "/v1/models/stability-ai/sdxl") {
            const QJsonObject version = replicateFixture(QStringLiteral("models-versions-get-sdxl.response-200.json"));
            return FakeReply::json(compact(QJsonObject{{QStringLiteral("owner"), QStringLiteral("stability-ai")},
                {QStringLiteral("name"), QStringLiteral("sdxl")}, {QStringLiteral("visibility"), QStringLiteral("public")},
                {QStringLiteral("latest_version"), version}}));
        }
        if (req.method == "GET" && path == "/delivery/xezq/trained_model.tar") {
            // A signed URL: served without the token (a request carrying it would be a leak to a CDN).
            ++weightDownloads;
            FakeReply r;
            r.body = fixtures::readFile(QStringLiteral(LC_TRAIN_FIXTURES "/flux.tar"));
            return r;
        }
        if (req.method == "GET" && path == "/v1/account")
            return FakeReply::json(compact(replicateFixture(QStringLiteral("account-get.response-200.json"))));
        if (req.method == "GET" && path == "/v1/models/ostris/flux-dev-lora-trainer")
            return FakeReply::json(compact(replicateFixture(QStringLiteral("models-get-flux-trainer.response-200.json"))));
        if (req.method == "GET" && path == "/v1/models/alice/alice-flux-lora") {
            if (!destinationExists)
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-404-not-found.json"))), 404);
            return FakeReply::json(compact(replicateFixture(QStringLiteral("models-create.response-201.json"))));
        }
        if (req.method == "POST" && path == "/v1/models") {
            ++modelCreates;
            destinationExists = true;
            return FakeReply::json(compact(replicateFixture(QStringLiteral("models-create.response-201.json"))), 201);
        }
        if (req.method == "POST" && path == "/v1/files") {
            uploaded = req.body;
            return FakeReply::json(compact(replicateFixture(QStringLiteral("files-create.response-201.json"))), 201);
        }
        if (req.method == "DELETE" && path.startsWith("/v1/files/")) {
            deletedFiles << QString::fromUtf8(path.mid(10));
            return FakeReply{204, {}, {}};
        }
        if (req.method == "POST" && (path.startsWith("/v1/models/ostris/flux-dev-lora-trainer/versions/") || path.startsWith("/v1/models/stability-ai/sdxl/versions/"))
            && path.endsWith("/trainings")) {
            createPath = path;
            ++creates;
            createBody = QJsonDocument::fromJson(req.body).object();
            if (!destinationExists)
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-404-training-destination.json"))), 404);
            started = true;
            polls = 0;
            if (loseCreateAnswer) {
                FakeReply r;
                r.drop = true;
                return r;
            }
            QJsonObject created = replicateFixture(QStringLiteral("trainings-create-flux.response-201.json"));
            created.insert(QStringLiteral("input"), createBody.value(QStringLiteral("input")));
            return FakeReply::json(compact(created), 201);
        }
        if (req.method == "GET" && path == "/v1/trainings/" + id.toUtf8() && started) {
            if (canceled)
                return FakeReply::json(compact(training(QStringLiteral("canceled"))));
            const QString status = polls >= pollsBeforeDone ? QStringLiteral("succeeded") : QStringLiteral("processing");
            const QJsonObject t = training(status);
            ++polls;
            return FakeReply::json(compact(t));
        }
        if (req.method == "POST" && path == "/v1/trainings/" + id.toUtf8() + "/cancel") {
            ++cancels;
            canceled = true;
            return FakeReply::json(compact(training(QStringLiteral("canceled"))));
        }
        if (req.method == "GET" && path == "/v1/trainings") {
            QJsonArray results;
            if (started)
                results.append(training(QStringLiteral("processing")));
            return FakeReply::json(compact(QJsonObject{{QStringLiteral("next"), QJsonValue::Null}, {QStringLiteral("results"), results}}));
        }
        return FakeReply::json(compact(replicateFixture(QStringLiteral("error-404-not-found.json"))), 404);
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("REPLICATE_API_TOKEN"), QString::fromUtf8(token));
        e.insert(QStringLiteral("LORACRAFT_REPLICATE_BASE_URL"), server.url(QStringLiteral("/v1")).toString());
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        e.insert(QStringLiteral("LORACRAFT_TRAINING_POLL_MS"), QStringLiteral("20"));
        return e;
    }
};

QStringList trainStart(std::initializer_list<const char *> more = {})
{
    return argsOf({"train", "start", "--dataset", "W/D", "--trainer", "flux", "--destination", "alice/alice-flux-lora"}) + argsOf(more);
}

} // namespace

TEST_CASE("CLI: train start --wait exports, uploads, creates the destination, trains and reports the new version")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    for (int i = 0; i < 3; ++i) {
        fixtures::writeFile(in + QStringLiteral("/%1.jpg").arg(i), fixtures::makeJpeg(120 + i, 90, 40 + i));
        fixtures::writeFile(in + QStringLiteral("/%1.txt").arg(i), "ALCX, a photo number " + QByteArray::number(i));
    }
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);
    REQUIRE(cli(lib, argsOf({"dataset", "set", "W/D", "--trigger", "ALCX"})).code == 0);
    const QByteArray token = "r8_TRAIN_TOKEN_secret_31337";
    FakeTrainingReplicate fake(token);

    const Run run = cli(lib, trainStart({"--create-destination", "--wait", "--input", "learning_rate=0.0002", "--input", "optimizer=prodigy"}), fake.env());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("new version: alice/alice-flux-lora:8b1c3fd2")));
    CHECK(run.err.contains(QStringLiteral("training q1b2c3d4e5f6g7h8i9j0kalmnr started")));
    CHECK(run.err.contains(QStringLiteral("Training, ")));
    CHECK(run.err.contains(QStringLiteral("Uploading the dataset, 100 %")));
    CHECK(fake.modelCreates == 1);
    CHECK(fake.creates == 1);

    // What the trainer was given: the uploaded ZIP in the Flux layout, our inputs and the user's.
    CHECK(fake.uploaded.contains("filename=\"training-"));
    CHECK(fake.uploaded.contains("PK\x03\x04"));
    for (const char *name : {"0.jpg", "0.txt", "1.jpg", "2.txt"})
        CHECK(fake.uploaded.contains(name));
    const QJsonObject input = fake.createBody.value(QStringLiteral("input")).toObject();
    CHECK(fake.createBody.value(QStringLiteral("destination")).toString() == QStringLiteral("alice/alice-flux-lora"));
    CHECK(input.value(QStringLiteral("input_images")).toString().startsWith(QStringLiteral("https://api.replicate.com/v1/files/")));
    CHECK(input.value(QStringLiteral("trigger_word")).toString() == QStringLiteral("ALCX"));
    CHECK(input.value(QStringLiteral("steps")).toInt() == 500); // 3 images: the lower end of the range
    CHECK(input.value(QStringLiteral("resolution")).toString() == QStringLiteral("512,768,1024"));
    CHECK(input.value(QStringLiteral("autocaption")).toBool(true) == false); // every image has its caption
    CHECK(input.value(QStringLiteral("learning_rate")).toDouble() == Approx(0.0002));
    CHECK(input.value(QStringLiteral("optimizer")).toString() == QStringLiteral("prodigy"));
    // The upload is deleted once the trainer is done with it, the local ZIP too.
    CHECK(fake.deletedFiles == QStringList{QStringLiteral("MTIzZjVhYjgtNjRlNy00YjJkLWE0ZjktOTZkZTFjMGI3YTkz")});
    INFO(QDir(lib + QStringLiteral("/uploads")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' ')).toStdString());
    CHECK(QDir(lib + QStringLiteral("/uploads")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    const Run list = cli(lib, argsOf({"--json", "train", "list", "--dataset", "W/D"}), fake.env());
    REQUIRE(list.code == 0);
    const QJsonArray trainings = list.json().value(QStringLiteral("trainings")).toArray();
    REQUIRE(trainings.size() == 1);
    const QJsonObject t = trainings.first().toObject();
    CHECK(t.value(QStringLiteral("status")).toString() == QStringLiteral("succeeded"));
    CHECK(t.value(QStringLiteral("taskStatus")).toString() == QStringLiteral("completed"));
    CHECK(t.value(QStringLiteral("newVersion")).toString().startsWith(QStringLiteral("alice/alice-flux-lora:")));
    CHECK(t.value(QStringLiteral("exportSha256")).toString().size() == 64);
    CHECK(t.value(QStringLiteral("predictSeconds")).toDouble() == Approx(758.214903));

    // The weights: downloaded without the token, the LoRA extracted, its SHA-256 printed and recorded.
    const QString out = dir.filePath(QStringLiteral("weights"));
    const Run download = cli(lib, argsOf({"train", "download", "q1b2c3d4e5f6g7h8i9j0kalmnr", "--out"}) + QStringList{out}, fake.env());
    REQUIRE(download.code == 0);
    CHECK(fake.weightDownloads == 1);
    CHECK(fake.deliveryAuthorizations == QList<QByteArray>{QByteArray()});
    const QByteArray lora = fixtures::readFile(out + QStringLiteral("/lora.safetensors"));
    REQUIRE_FALSE(lora.isEmpty());
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(lora, QCryptographicHash::Sha256).toHex());
    CHECK(download.out.contains(QStringLiteral("SHA-256 ") + sha));
    CHECK(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) == QStringList{QStringLiteral("lora.safetensors")});
    const Run after = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
    CHECK(after.json().value(QStringLiteral("trainings")).toArray().first().toObject().value(QStringLiteral("weightsSha256")).toString() == sha);

    // The token went only into the Authorization header.
    for (const QByteArray &a : fake.authorizations)
        CHECK(a == "Bearer " + token);
    CHECK_FALSE(QString(run.out + run.err + list.out).contains(QString::fromUtf8(token)));
    for (const QString &file : QDir(lib).entryList(QDir::Files)) {
        const QByteArray bytes = fixtures::readFile(lib + QLatin1Char('/') + file);
        CHECK_FALSE(bytes.contains(token));
    }
}

TEST_CASE("CLI: train start prints the id at once, status follows it, cancel stops it (exit 3)")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 2);
    FakeTrainingReplicate fake("r8_tok_1");
    fake.destinationExists = true;
    fake.pollsBeforeDone = 100;

    const Run start = cli(lib, trainStart(), fake.env());
    REQUIRE(start.code == 0);
    CHECK(start.out.trimmed() == QStringLiteral("q1b2c3d4e5f6g7h8i9j0kalmnr"));
    const Run status = cli(lib, argsOf({"--json", "train", "status", "q1b2c3d4e5f6g7h8i9j0kalmnr"}), fake.env());
    REQUIRE(status.code == 0);
    CHECK(status.json().value(QStringLiteral("status")).toString() == QStringLiteral("processing"));
    CHECK(status.json().value(QStringLiteral("stage")).toString() == QStringLiteral("train"));
    CHECK(status.json().value(QStringLiteral("percent")).toInt() >= 0);

    const Run cancel = cli(lib, argsOf({"train", "cancel", "q1b2c3d4e5f6g7h8i9j0kalmnr"}), fake.env());
    CHECK(cancel.code == 3);
    CHECK(cancel.out.contains(QStringLiteral("canceled")));
    CHECK(fake.cancels == 1);
    const Run list = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
    CHECK(list.json().value(QStringLiteral("trainings")).toArray().first().toObject().value(QStringLiteral("taskStatus")).toString()
        == QStringLiteral("canceled"));
    const Run unknown = cli(lib, argsOf({"train", "status", "nosuchtraining"}), fake.env());
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("No training nosuchtraining")));
}

TEST_CASE("CLI: train start checks before uploading: a missing destination, an unknown trainer, no token")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 2);
    FakeTrainingReplicate fake("r8_tok_2");

    const Run missing = cli(lib, trainStart(), fake.env());
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("--create-destination")));
    CHECK(fake.uploaded.isEmpty());
    CHECK(fake.creates == 0);

    const Run trainer = cli(lib, argsOf({"train", "start", "--dataset", "W/D", "--trainer", "sd15", "--destination", "alice/x"}), fake.env());
    CHECK(trainer.code == 1);
    CHECK(trainer.err.contains(QStringLiteral("flux, sdxl")));

    QProcessEnvironment noToken = fake.env();
    noToken.remove(QStringLiteral("REPLICATE_API_TOKEN"));
    const Run token = cli(lib, trainStart(), noToken);
    CHECK(token.code == 1);
    CHECK(token.err.contains(QStringLiteral("replicate login")));
    CHECK(fake.uploaded.isEmpty());
    const Run list = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
    CHECK(list.json().value(QStringLiteral("trainings")).toArray().isEmpty()); // nothing was started, nothing recorded
}

TEST_CASE("CLI: a training whose create answer was lost is found in GET /trainings, not created twice")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 2);
    FakeTrainingReplicate fake("r8_tok_3");
    fake.destinationExists = true;
    fake.loseCreateAnswer = true;

    const Run start = cli(lib, trainStart({"--wait"}), fake.env());
    CHECK(start.code == 0);
    CHECK(fake.creates == 1);
    CHECK(start.out.contains(QStringLiteral("new version: alice/alice-flux-lora:")));
}

TEST_CASE("CLI: train start --wait killed while the training runs is followed again by train status --wait")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 2);
    FakeTrainingReplicate fake("r8_tok_4");
    fake.destinationExists = true;
    fake.pollsBeforeDone = 1'000'000;

    QProcess p;
    p.setProcessEnvironment(fake.env());
    p.start(cliPath(), QStringList{QStringLiteral("--library"), lib} + trainStart({"--wait"}));
    REQUIRE(p.waitForStarted(10000));
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("Training") && clock.elapsed() < 30000) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    INFO(err.toStdString());
    REQUIRE(err.contains("started (task"));
    p.kill();
    REQUIRE(p.waitForFinished(10000));

    {
        QMutexLocker lock(&fake.mutex);
        fake.pollsBeforeDone = fake.polls + 1;
    }
    const Run status = cli(lib, argsOf({"train", "status", "q1b2c3d4e5f6g7h8i9j0kalmnr", "--wait"}), fake.env());
    CHECK(status.code == 0);
    CHECK(status.out.contains(QStringLiteral("new version: alice/alice-flux-lora:")));
    CHECK(fake.creates == 1);
    const Run list = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
    const QJsonArray trainings = list.json().value(QStringLiteral("trainings")).toArray();
    REQUIRE(trainings.size() == 1);
    CHECK(trainings.first().toObject().value(QStringLiteral("taskStatus")).toString() == QStringLiteral("completed"));
}

TEST_CASE("CLI: train start with SDXL sends caption.csv and the SDXL inputs to stability-ai/sdxl's current version")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    for (int i = 0; i < 2; ++i) {
        fixtures::writeFile(in + QStringLiteral("/%1.jpg").arg(i), fixtures::makeJpeg(140, 100, 60 + i));
        fixtures::writeFile(in + QStringLiteral("/%1.txt").arg(i), "a photo of sks dog " + QByteArray::number(i));
    }
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);
    REQUIRE(cli(lib, argsOf({"dataset", "set", "W/D", "--trigger", "sks"})).code == 0);
    FakeTrainingReplicate fake("r8_tok_sdxl");
    fake.destinationExists = true;
    const Run run = cli(lib, argsOf({"train", "start", "--dataset", "W/D", "--trainer", "sdxl", "--destination", "alice/alice-flux-lora", "--wait"}),
        fake.env());
    REQUIRE(run.code == 0);
    CHECK(fake.createPath == "/v1/models/stability-ai/sdxl/versions/7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc/trainings");
    const QJsonObject input = fake.createBody.value(QStringLiteral("input")).toObject();
    CHECK(input.value(QStringLiteral("max_train_steps")).toInt() == 500);
    CHECK(input.value(QStringLiteral("token_string")).toString() == QStringLiteral("sks"));
    CHECK(input.value(QStringLiteral("caption_prefix")).toString() == QStringLiteral("a photo of sks, "));
    CHECK(input.value(QStringLiteral("resolution")).toInt() == 1024);
    CHECK_FALSE(input.contains(QStringLiteral("steps")));
    CHECK(fake.uploaded.contains("caption.csv"));
    CHECK(fake.uploaded.contains("0.jpg"));
}

TEST_CASE("CLI: train faults: no credit, invalid inputs, an upload too large, 500s while polling")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 2);
    FakeTrainingReplicate fake("r8_tok_5");
    fake.destinationExists = true;

    SECTION("402 on create: the task fails with Replicate's words, the upload is deleted, exit 1")
    {
        fake.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "POST" && req.path.endsWith("/trainings"))
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-402-insufficient-credit.json"))), 402);
            return std::nullopt;
        };
        const Run run = cli(lib, trainStart({"--wait"}), fake.env());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("insufficient credit")));
        CHECK(fake.deletedFiles.size() == 1);
        const Run list = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
        const QJsonObject t = list.json().value(QStringLiteral("trainings")).toArray().first().toObject();
        CHECK(t.value(QStringLiteral("taskStatus")).toString() == QStringLiteral("failed"));
        CHECK(t.value(QStringLiteral("error")).toString().contains(QStringLiteral("insufficient credit")));
        CHECK(QDir(lib + QStringLiteral("/uploads")).entryList(QDir::Files).isEmpty());
    }
    SECTION("422 on create names the fields")
    {
        fake.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "POST" && req.path.endsWith("/trainings"))
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-422-input-validation.json"))), 422);
            return std::nullopt;
        };
        // Replicate's own check (of what ours let through) names the fields.
        const Run run = cli(lib, trainStart({"--input", "lora_rank=64"}), fake.env());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("input.lora_rank: Must be less than or equal to 128")));
        const Run list = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
        const QJsonObject t = list.json().value(QStringLiteral("trainings")).toArray().first().toObject();
        CHECK(t.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("lora_rank")).toInt() == 64); // sent as a number
        CHECK(t.value(QStringLiteral("taskStatus")).toString() == QStringLiteral("failed"));
    }
    SECTION("inputs the trainer's schema refuses: nothing is uploaded, nothing recorded")
    {
        const Run run = cli(lib, trainStart({"--input", "lora_rank=512", "--input", "stpes=100"}), fake.env());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("lora_rank: at most 128")));
        CHECK(run.err.contains(QStringLiteral("stpes: the trainer has no such input")));
        CHECK(fake.uploaded.isEmpty());
        const Run list = cli(lib, argsOf({"--json", "train", "list"}), fake.env());
        CHECK(list.json().value(QStringLiteral("trainings")).toArray().isEmpty());
    }
    SECTION("413 on upload: no training is created")
    {
        fake.fault = [](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "POST" && req.path == "/v1/files")
                return FakeReply::json(compact(replicateFixture(QStringLiteral("error-413-file-too-large.json"))), 413);
            return std::nullopt;
        };
        const Run run = cli(lib, trainStart(), fake.env());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("Files must be less than 100MB")));
        CHECK(fake.creates == 0);
    }
    SECTION("500 on some polls: the training is still followed to its end")
    {
        auto polls = std::make_shared<int>(0);
        fake.fault = [polls](const FakeRequest &req) -> std::optional<FakeReply> {
            if (req.method == "GET" && req.path.startsWith("/v1/trainings/") && ++*polls % 2 == 1)
                return FakeReply::json("{\"detail\":\"Internal server error\"}", 500);
            return std::nullopt;
        };
        const Run run = cli(lib, trainStart({"--wait"}), fake.env());
        CHECK(run.code == 0);
        CHECK(run.out.contains(QStringLiteral("new version:")));
        CHECK(fake.creates == 1);
    }
}

TEST_CASE("CLI: dedup lists near-duplicate groups with their keeper, across the workspace too, and --apply keep-best trashes the rest")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QImage scene = fixtures::makeScene(640, 480, 77);
    fixtures::writeFile(dir.filePath(QStringLiteral("train/big.jpg")), fixtures::encode(scene, "jpg", 92));
    fixtures::writeFile(dir.filePath(QStringLiteral("train/small.jpg")), fixtures::makeVariant(scene, fixtures::Variant::Half));
    fixtures::writeFile(dir.filePath(QStringLiteral("train/gray.jpg")), fixtures::makeVariant(scene, fixtures::Variant::Grayscale));
    fixtures::writeFile(dir.filePath(QStringLiteral("train/other.jpg")), fixtures::encode(fixtures::makeScene(640, 480, 78), "jpg", 90));
    fixtures::writeFile(dir.filePath(QStringLiteral("reg/copy.png")), fixtures::makeVariant(scene, fixtures::Variant::Png));
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/Train", "--create"}) + QStringList{dir.filePath(QStringLiteral("train"))}).code == 0);
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/Reg", "--create"}) + QStringList{dir.filePath(QStringLiteral("reg"))}).code == 0);

    const Run found = cli(lib, argsOf({"--json", "dedup", "--dataset", "W/Train"}));
    REQUIRE(found.code == 0);
    const QJsonObject json = found.json();
    CHECK(json.value(QStringLiteral("sensitivity")).toString() == QStringLiteral("normal"));
    CHECK(json.value(QStringLiteral("images")).toInt() == 4);
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 1);
    const QJsonArray members = groups[0].toObject().value(QStringLiteral("members")).toArray();
    REQUIRE(members.size() == 3);
    const QJsonObject keeper = members[0].toObject();
    CHECK(keeper.value(QStringLiteral("keeper")).toBool());
    CHECK(keeper.value(QStringLiteral("width")).toInt() == 640);
    // big.jpg and gray.jpg are both 640 × 480: the sharper or, alike, the larger file is kept.
    CHECK(keeper.value(QStringLiteral("file")).toString() != QStringLiteral("small.jpg"));
    CHECK(groups[0].toObject().value(QStringLiteral("keeper")).toInteger() == keeper.value(QStringLiteral("item")).toInteger());
    for (const QJsonValue &m : members)
        CHECK(m.toObject().value(QStringLiteral("similarity")).toInt() >= 80);
    CHECK(json.value(QStringLiteral("trashed")).toArray().isEmpty());

    // Human output: the group, the keeper and why.
    const Run human = cli(lib, argsOf({"dedup", "--dataset", "W/Train", "--sensitivity", "strict"}));
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("Group 1")));
    CHECK(human.out.contains(QStringLiteral("big.jpg")));

    // The workspace: Reg's PNG copy joins the group.
    const Run workspace = cli(lib, argsOf({"--json", "dedup", "--dataset", "W/Train", "--scope", "workspace"}));
    REQUIRE(workspace.code == 0);
    const QJsonArray wsGroups = workspace.json().value(QStringLiteral("groups")).toArray();
    REQUIRE(wsGroups.size() == 1);
    CHECK(wsGroups[0].toObject().value(QStringLiteral("members")).toArray().size() == 4);

    // Bad options: a clear error, nothing done.
    const Run badScope = cli(lib, argsOf({"dedup", "--dataset", "W/Train", "--scope", "library"}));
    CHECK(badScope.code == 1);
    CHECK(badScope.err.contains(QStringLiteral("--scope is dataset or workspace")));
    const Run badApply = cli(lib, argsOf({"dedup", "--dataset", "W/Train", "--apply", "keep-all"}));
    CHECK(badApply.code == 1);
    CHECK(badApply.err.contains(QStringLiteral("--apply takes keep-best")));

    // Keep the best: the two others go to the trash, restorable; a second run finds nothing.
    const Run applied = cli(lib, argsOf({"--json", "dedup", "--dataset", "W/Train", "--apply", "keep-best"}));
    REQUIRE(applied.code == 0);
    CHECK(applied.json().value(QStringLiteral("trashed")).toArray().size() == 2);
    const Run info = cli(lib, argsOf({"--json", "dataset", "show", "W/Train"}));
    REQUIRE(info.code == 0);
    CHECK(info.json().value(QStringLiteral("dataset")).toObject().value(QStringLiteral("trashed")).toInt() == 2);
    const Run again = cli(lib, argsOf({"--json", "dedup", "--dataset", "W/Train"}));
    REQUIRE(again.code == 0);
    CHECK(again.json().value(QStringLiteral("groups")).toArray().isEmpty());
}

TEST_CASE("CLI: analyze flags blurry, dark, letterboxed and small images with a summary, measuring images stored before from their thumbnails")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    const QImage scene = fixtures::makeScene(1280, 960, 41);
    fixtures::writeFile(in + QStringLiteral("/sharp.jpg"), fixtures::encode(scene, "jpg", 92));
    {
        QImage image = scene.convertToFormat(QImage::Format_RGB32);
        // Upscaled eight times from 160 × 120.
        QImage blurred = image.scaled(image.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        fixtures::writeFile(in + QStringLiteral("/soft.jpg"), fixtures::encode(blurred, "jpg", 92));
        QImage dark = image.copy();
        for (int y = 0; y < dark.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(dark.scanLine(y));
            for (int x = 0; x < dark.width(); ++x)
                line[x] = qRgb(qRed(line[x]) / 10, qGreen(line[x]) / 10, qBlue(line[x]) / 10);
        }
        fixtures::writeFile(in + QStringLiteral("/dark.jpg"), fixtures::encode(dark, "jpg", 92));
        QImage letterbox(1280, 960, QImage::Format_RGB32);
        letterbox.fill(Qt::black);
        const QImage wide = fixtures::makeScene(1280, 720, 42);
        for (int y = 0; y < 720; ++y)
            std::memcpy(letterbox.scanLine(120 + y), wide.convertToFormat(QImage::Format_RGB32).constScanLine(y), size_t(1280 * 4));
        fixtures::writeFile(in + QStringLiteral("/bars.png"), fixtures::encode(letterbox, "png"));
    }
    fixtures::writeFile(in + QStringLiteral("/small.jpg"), fixtures::encode(fixtures::makeScene(400, 300, 43), "jpg", 92));
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);

    auto flagsByFile = [](const QJsonObject &json) {
        QHash<QString, QStringList> out;
        for (const QJsonValue &v : json.value(QStringLiteral("items")).toArray()) {
            QStringList flags;
            for (const QJsonValue &f : v.toObject().value(QStringLiteral("flags")).toArray())
                flags << f.toString();
            out.insert(v.toObject().value(QStringLiteral("file")).toString(), flags);
        }
        return out;
    };
    const Run run = cli(lib, argsOf({"--json", "analyze", "--dataset", "W/D"}));
    REQUIRE(run.code == 0);
    const QJsonObject json = run.json();
    CHECK(json.value(QStringLiteral("measuredNow")).toInt() == 0); // measured at import
    const auto flags = flagsByFile(json);
    CHECK(flags.value(QStringLiteral("sharp.jpg")).isEmpty());
    CHECK(flags.value(QStringLiteral("soft.jpg")) == QStringList{QStringLiteral("upscaled")});
    CHECK(flags.value(QStringLiteral("dark.jpg")) == QStringList{QStringLiteral("underexposed")});
    CHECK(flags.value(QStringLiteral("bars.png")) == QStringList{QStringLiteral("letterboxed")});
    CHECK(flags.value(QStringLiteral("small.jpg")) == QStringList{QStringLiteral("low-resolution")});
    for (const QJsonValue &v : json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("file")).toString() == QStringLiteral("bars.png")) {
            const QJsonObject box = v.toObject().value(QStringLiteral("contentBox")).toObject();
            CHECK(std::abs(box.value(QStringLiteral("y")).toInt() - 120) <= 4);
            CHECK(std::abs(box.value(QStringLiteral("height")).toInt() - 720) <= 8);
        }
    }
    CHECK(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("letterboxed")).toInt() == 1);

    // Human output: one line per flagged image and the summary.
    const Run human = cli(lib, argsOf({"analyze", "--dataset", "W/D"}));
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("bars around the picture")));
    CHECK(human.out.contains(QStringLiteral("4 of 5 image(s) flagged")));

    // The thresholds set in the app's Settings apply: a lenient darkness threshold clears dark.jpg.
    {
        QSettings settings(cliSettingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("quality/thresholds"),
            QByteArray(R"({"dark": 5, "clipped": 0.9})"));
    }
    const Run lenient = cli(lib, argsOf({"--json", "analyze", "--dataset", "W/D"}));
    QFile::remove(cliSettingsFile());
    REQUIRE(lenient.code == 0);
    CHECK(flagsByFile(lenient.json()).value(QStringLiteral("dark.jpg")).isEmpty());
    CHECK(lenient.json().value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("dark")).toDouble() == 5);
    CHECK(lenient.json().value(QStringLiteral("flagged")).toInt() == 3);

    // A library from before the measurements: measured from the thumbnails, with the same verdicts.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("analyze-old"));
        db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE blobs SET quality = NULL")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("analyze-old"));
    const Run old = cli(lib, argsOf({"--json", "analyze", "--dataset", "W/D"}));
    REQUIRE(old.code == 0);
    CHECK(old.json().value(QStringLiteral("measuredNow")).toInt() == 5);
    CHECK(flagsByFile(old.json()) == flags);
}

TEST_CASE("CLI: crop sets, shows and clears an item's crop, refuses one outside the image, and the export honours it")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/wide.png"), fixtures::encode(fixtures::makeScene(640, 480, 71), "png"));
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);
    const Run items = cli(lib, argsOf({"--json", "items", "--dataset", "W/D"}));
    REQUIRE(items.code == 0);
    const QJsonArray list = items.json().value(QStringLiteral("items")).toArray();
    REQUIRE(list.size() == 1);
    const QString id = QString::number(list.first().toObject().value(QStringLiteral("id")).toInteger());

    const Run set = cli(lib, argsOf({"--json", "crop", "--item"}) + QStringList{id, QStringLiteral("--rect"), QStringLiteral("40,30,300,200")});
    REQUIRE(set.code == 0);
    const QJsonObject crop = set.json().value(QStringLiteral("crop")).toObject();
    CHECK(crop.value(QStringLiteral("x")).toInt() == 40);
    CHECK(crop.value(QStringLiteral("y")).toInt() == 30);
    CHECK(crop.value(QStringLiteral("width")).toInt() == 300);
    CHECK(crop.value(QStringLiteral("height")).toInt() == 200);
    const Run show = cli(lib, argsOf({"crop", "--item"}) + QStringList{id});
    REQUIRE(show.code == 0);
    CHECK(show.out.contains(QStringLiteral("cropped to 300 × 200 at 40,30")));

    // Outside the image, or not a rectangle: refused, and the crop stays.
    const Run outside = cli(lib, argsOf({"crop", "--item"}) + QStringList{id, QStringLiteral("--rect"), QStringLiteral("400,0,300,200")});
    CHECK(outside.code == 1);
    CHECK(outside.err.contains(QStringLiteral("does not fit")));
    const Run garbled = cli(lib, argsOf({"crop", "--item"}) + QStringList{id, QStringLiteral("--rect"), QStringLiteral("40x30")});
    CHECK(garbled.code == 1);
    CHECK(garbled.err.contains(QStringLiteral("X,Y,W,H")));
    CHECK(cli(lib, argsOf({"crop", "--item", "999999", "--clear"})).code != 0);
    CHECK(cli(lib, argsOf({"--json", "crop", "--item"}) + QStringList{id}).json().value(QStringLiteral("crop")).toObject().value(QStringLiteral("width")).toInt() == 300);

    // The export writes the cropped picture.
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "ai-toolkit", "--out"}) + QStringList{out}).code == 0);
    const QStringList images = QDir(out).entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files);
    REQUIRE(images.size() == 1);
    CHECK(QImage(out + QLatin1Char('/') + images.first()).size() == QSize(300, 200));

    const Run cleared = cli(lib, argsOf({"--json", "crop", "--item"}) + QStringList{id, QStringLiteral("--clear")});
    REQUIRE(cleared.code == 0);
    CHECK(cleared.json().value(QStringLiteral("crop")).isNull());
}

namespace {

// The size of every PNG and JPEG under `folder`, by file name without its extension.
QMap<QString, QSize> imageSizesIn(const QString &folder)
{
    QDirIterator it(folder, {QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories);
    QMap<QString, QSize> sizes;
    while (it.hasNext()) {
        const QString path = it.next();
        sizes.insert(QFileInfo(path).completeBaseName(), QImage(path).size());
    }
    return sizes;
}

} // namespace

TEST_CASE("CLI: buckets simulates each trainer's bucketing with crops, lists the histogram, and agrees with the export")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    fixtures::writeFile(in + QStringLiteral("/a.png"), fixtures::encode(fixtures::makeScene(640, 480, 81), "png"));
    fixtures::writeFile(in + QStringLiteral("/b.png"), fixtures::encode(fixtures::makeScene(640, 480, 82), "png"));
    fixtures::writeFile(in + QStringLiteral("/c.png"), fixtures::encode(fixtures::makeScene(480, 640, 83), "png"));
    for (const char *stem : {"a", "b", "c"}) // kohya needs a caption for every image
        fixtures::writeFile(in + QLatin1Char('/') + QLatin1String(stem) + QStringLiteral(".txt"), QByteArray("a scene"));
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);
    const QJsonArray list = cli(lib, argsOf({"--json", "items", "--dataset", "W/D"})).json().value(QStringLiteral("items")).toArray();
    REQUIRE(list.size() == 3);
    QString tallId;
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("c.png"))
            tallId = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    }
    REQUIRE_FALSE(tallId.isEmpty());

    // kohya (bucket_no_upscale, as exported): 640×480 → 640×448, 480×640 → 448×640; batch 2 flags the lone one.
    Run run = cli(lib, argsOf({"--json", "buckets", "--dataset", "W/D", "--trainer", "kohya", "--batch-size", "2"}));
    REQUIRE(run.code == 0);
    QJsonObject sim = run.json();
    CHECK(sim.value(QStringLiteral("images")).toInt() == 3);
    CHECK(sim.value(QStringLiteral("steps_per_epoch")).toInt() == 2);
    QHash<QString, QJsonObject> bins;
    for (const QJsonValue &b : sim.value(QStringLiteral("histogram")).toArray())
        bins.insert(b.toObject().value(QStringLiteral("bucket")).toString(), b.toObject());
    REQUIRE(bins.size() == 2);
    CHECK(bins.value(QStringLiteral("640x448")).value(QStringLiteral("images")).toInt() == 2);
    CHECK_FALSE(bins.value(QStringLiteral("640x448")).value(QStringLiteral("underfilled")).toBool());
    CHECK(bins.value(QStringLiteral("448x640")).value(QStringLiteral("underfilled")).toBool());
    for (const QJsonValue &v : sim.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("cropped_percent")).toDouble() == Approx(6.7));
        CHECK_FALSE(o.value(QStringLiteral("upscaled")).toBool());
    }
    run = cli(lib, argsOf({"buckets", "--dataset", "W/D", "--trainer", "kohya", "--batch-size", "2"}));
    CHECK(run.out.contains(QStringLiteral("448x640")));
    CHECK(run.out.contains(QStringLiteral("fewer than the batch size")));
    CHECK(run.out.contains(QStringLiteral("2 step(s) per epoch at batch size 2")));

    // A crop changes the bucket: the tall image cropped to 480×360 (4:3) lands in kohya's 448×320, and in
    // OneTrainer's 4:3 bucket with the wide ones (all three upscaled to it).
    REQUIRE(cli(lib, argsOf({"crop", "--item"}) + QStringList{tallId, QStringLiteral("--rect"), QStringLiteral("0,100,480,360")}).code == 0);
    sim = cli(lib, argsOf({"--json", "buckets", "--dataset", "W/D", "--trainer", "kohya"})).json();
    QStringList buckets;
    for (const QJsonValue &b : sim.value(QStringLiteral("histogram")).toArray())
        buckets << b.toObject().value(QStringLiteral("bucket")).toString();
    CHECK(buckets == QStringList{QStringLiteral("448x320"), QStringLiteral("640x448")}); // by aspect ratio
    sim = cli(lib, argsOf({"--json", "buckets", "--dataset", "W/D", "--trainer", "onetrainer"})).json();
    REQUIRE(sim.value(QStringLiteral("histogram")).toArray().size() == 1);
    CHECK(sim.value(QStringLiteral("histogram")).toArray().first().toObject().value(QStringLiteral("bucket")).toString() == QStringLiteral("1152x896"));
    CHECK(sim.value(QStringLiteral("upscaled")).toInt() == 3);

    // Several resolutions: every image at each.
    sim = cli(lib, argsOf({"--json", "buckets", "--dataset", "W/D", "--trainer", "ai-toolkit", "--resolution", "512,1024"})).json();
    CHECK(sim.value(QStringLiteral("items")).toArray().size() == 6);

    // Bad input: clear errors, exit 1.
    run = cli(lib, argsOf({"buckets", "--dataset", "W/D", "--trainer", "nope"}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("replicate-flux")));
    run = cli(lib, argsOf({"buckets", "--dataset", "W/D", "--trainer", "kohya", "--resolution", "1024,big"}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("--resolution")));
    CHECK(cli(lib, argsOf({"buckets", "--dataset", "W/Nope", "--trainer", "kohya"})).code != 0);

    // The export's bucket resize writes, for each trainer, exactly the bucket its simulation shows (the crop
    // applied): every engine, its own rule.
    for (const char *trainer : {"kohya", "ai-toolkit", "onetrainer", "simpletuner", "diffusers"}) {
        INFO(trainer);
        const QJsonObject simulated = cli(lib, argsOf({"--json", "buckets", "--dataset", "W/D", "--trainer", trainer, "--resolution", "768"})).json();
        QMap<QString, QSize> expected;
        for (const QJsonValue &v : simulated.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            const QStringList wh = o.value(QStringLiteral("bucket")).toString().split(QLatin1Char('x'));
            REQUIRE(wh.size() == 2);
            expected.insert(QFileInfo(o.value(QStringLiteral("file")).toString()).completeBaseName(), QSize(wh[0].toInt(), wh[1].toInt()));
        }
        REQUIRE(expected.size() == 3);
        const QString out = dir.filePath(QStringLiteral("out-") + QLatin1String(trainer));
        // At 768: ai-toolkit's Flux config trains at 512 and 768, and sizes the files for the larger.
        REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", trainer, "--resize", "bucket", "--resolution", "768", "--allow-drops", "--out"})
                    + QStringList{out})
                    .code == 0);
        CHECK(imageSizesIn(out) == expected);
    }
    // kohya's buckets for these (bucket_no_upscale at 1024), and the tall one's crop at its own bucket.
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--resize", "bucket", "--resolution", "1024", "--out"})
                + QStringList{out})
                .code == 0);
    const QMap<QString, QSize> written = imageSizesIn(out);
    CHECK(written.value(QStringLiteral("a")) == QSize(640, 448));
    CHECK(written.value(QStringLiteral("b")) == QSize(640, 448));
    CHECK(written.value(QStringLiteral("c")) == QSize(448, 320)); // the crop, at its simulated bucket
}

TEST_CASE("CLI: crop --auto keeps the face in frame, dry runs write nothing, and the export and buckets use the crops")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    const QRect face(1250, 260, 320, 380); // at the right edge of a wide photo: a centred square would cut it
    fixtures::writeFile(in + QStringLiteral("/portrait.png"), fixtures::encode(fixtures::makePortrait(QSize(1800, 1000), {face}, 5), "png"));
    fixtures::writeFile(in + QStringLiteral("/square.png"), fixtures::encode(fixtures::makeScene(800, 800, 91), "png"));
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);

    Run run = cli(lib, argsOf({"--json", "crop", "--dataset", "W/D", "--auto", "--aspect", "1:1", "--dry-run"}));
    REQUIRE(run.code == 0);
    QJsonObject report = run.json();
    CHECK(report.value(QStringLiteral("changed")).toInt() == 1);
    QJsonObject portrait, square;
    for (const QJsonValue &v : report.value(QStringLiteral("proposals")).toArray()) {
        const QJsonObject o = v.toObject();
        (o.value(QStringLiteral("file")).toString() == QStringLiteral("portrait.png") ? portrait : square) = o;
    }
    CHECK(square.value(QStringLiteral("crop")).isNull()); // already square: no crop
    const QJsonObject c = portrait.value(QStringLiteral("crop")).toObject();
    const QRect proposed(c.value(QStringLiteral("x")).toInt(), c.value(QStringLiteral("y")).toInt(), c.value(QStringLiteral("width")).toInt(),
        c.value(QStringLiteral("height")).toInt());
    CHECK(proposed.size() == QSize(1000, 1000));
    if (report.value(QStringLiteral("face_method")).toString().isEmpty()) {
        WARN("No face model here (opencv-data): the face is not checked.");
    } else {
        CHECK(portrait.value(QStringLiteral("basis")).toString() == QStringLiteral("faces"));
        CHECK(proposed.contains(face)); // the whole face, not the centre
    }
    // The dry run wrote nothing.
    const QString id = QString::number(portrait.value(QStringLiteral("id")).toInteger());
    CHECK(cli(lib, argsOf({"--json", "crop", "--item"}) + QStringList{id}).json().value(QStringLiteral("crop")).isNull());

    // Applied: the item's crop is the proposal, the bucket simulation and the export use it.
    run = cli(lib, argsOf({"--json", "crop", "--dataset", "W/D", "--auto", "--aspect", "1:1", "--subject", "faces"}));
    REQUIRE(run.code == 0);
    CHECK(run.json().value(QStringLiteral("changed")).toInt() == 1);
    const QJsonObject stored = cli(lib, argsOf({"--json", "crop", "--item"}) + QStringList{id}).json().value(QStringLiteral("crop")).toObject();
    CHECK(QRect(stored.value(QStringLiteral("x")).toInt(), stored.value(QStringLiteral("y")).toInt(), stored.value(QStringLiteral("width")).toInt(),
              stored.value(QStringLiteral("height")).toInt())
        == proposed);
    const QJsonObject sim = cli(lib, argsOf({"--json", "buckets", "--dataset", "W/D", "--trainer", "onetrainer"})).json();
    REQUIRE(sim.value(QStringLiteral("histogram")).toArray().size() == 1); // both square now
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "ai-toolkit", "--out"}) + QStringList{out}).code == 0);
    CHECK(QImage(out + QStringLiteral("/portrait.png")).size() == QSize(1000, 1000));

    // The nearest bucket of a trainer, a subject, and bad input.
    run = cli(lib, argsOf({"--json", "crop", "--dataset", "W/D", "--auto", "--trainer", "onetrainer", "--subject", "center", "--dry-run"}));
    REQUIRE(run.code == 0);
    CHECK(run.json().value(QStringLiteral("aspect")).toString() == QStringLiteral("nearest-bucket"));
    CHECK(cli(lib, argsOf({"crop", "--dataset", "W/D", "--auto", "--aspect", "wide"})).err.contains(QStringLiteral("W:H")));
    CHECK(cli(lib, argsOf({"crop", "--dataset", "W/D", "--auto", "--subject", "cats"})).code == 1);
    CHECK(cli(lib, argsOf({"crop", "--auto"})).code == 1);
}

TEST_CASE("CLI: kohya folders become subsets, a regularization dataset goes where each trainer reads it, several resolutions")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString in = dir.filePath(QStringLiteral("in"));
    // Two kohya concept folders (10 and 3 repeats) and a class set of its own.
    fixtures::writeFile(in + QStringLiteral("/img/10_ohwx woman/a.png"), fixtures::encode(fixtures::makeScene(900, 700, 101), "png"));
    fixtures::writeFile(in + QStringLiteral("/img/10_ohwx woman/b.png"), fixtures::encode(fixtures::makeScene(700, 900, 102), "png"));
    fixtures::writeFile(in + QStringLiteral("/img/3_ohwx woman closeup/c.png"), fixtures::encode(fixtures::makeScene(800, 800, 103), "png"));
    for (const char *stem : {"10_ohwx woman/a", "10_ohwx woman/b", "3_ohwx woman closeup/c"})
        fixtures::writeFile(in + QStringLiteral("/img/") + QLatin1String(stem) + QStringLiteral(".txt"), QByteArray("ohwx woman, a scene"));
    const QString regIn = dir.filePath(QStringLiteral("reg"));
    fixtures::writeFile(regIn + QStringLiteral("/r1.png"), fixtures::encode(fixtures::makeScene(800, 800, 104), "png"));
    fixtures::writeFile(regIn + QStringLiteral("/r2.png"), fixtures::encode(fixtures::makeScene(800, 800, 105), "png"));
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/D", "--create"}) + QStringList{in}).code == 0);
    REQUIRE(cli(lib, argsOf({"import", "--dataset", "W/Reg", "--create"}) + QStringList{regIn}).code == 0);
    REQUIRE(cli(lib, argsOf({"dataset", "set", "W/D", "--trigger", "ohwx", "--class", "woman", "--reg-dataset", "W/Reg"})).code == 0);
    const QJsonObject shown = cli(lib, argsOf({"--json", "dataset", "show", "W/D"})).json().value(QStringLiteral("dataset")).toObject();
    CHECK(shown.value(QStringLiteral("regularization_dataset")).toInteger() > 0);
    CHECK(cli(lib, argsOf({"dataset", "set", "W/D", "--reg-dataset", "W/D"})).code != 0); // not its own
    CHECK(cli(lib, argsOf({"dataset", "set", "W/D", "--reg-dataset", "W/Nope"})).code != 0);

    // kohya: a folder per repeats, reg/1_woman, and one [[datasets]] per resolution with every subset.
    const QString kohya = dir.filePath(QStringLiteral("kohya"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--resolution", "512,1024", "--out"}) + QStringList{kohya}).code == 0);
    auto images = [](const QString &folder) { return QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files).size(); };
    CHECK(images(kohya + QStringLiteral("/img/10_ohwx woman")) == 2);
    CHECK(images(kohya + QStringLiteral("/img/3_ohwx woman")) == 1);
    CHECK(images(kohya + QStringLiteral("/reg/1_woman")) == 2);
    const QByteArray tomlText = fixtures::readFile(kohya + QStringLiteral("/dataset.toml"));
    const toml::table toml = toml::parse(std::string_view(tomlText.constData(), size_t(tomlText.size())));
    REQUIRE(toml["datasets"].as_array()->size() == 2);
    CHECK(toml["datasets"][0]["resolution"][0].value_or(0) == 512);
    CHECK(toml["datasets"][1]["resolution"][0].value_or(0) == 1024);
    const toml::array &subsets = *toml["datasets"][1]["subsets"].as_array();
    REQUIRE(subsets.size() == 3);
    QMap<QString, int> repeatsOf;
    int regSubsets = 0;
    for (const toml::node &n : subsets) {
        const toml::table &t = *n.as_table();
        const QString imageDir = QString::fromStdString(t["image_dir"].value_or(std::string()));
        CHECK(images(imageDir) > 0);
        repeatsOf.insert(QDir(imageDir).dirName(), t["num_repeats"].value_or(0));
        regSubsets += t["is_reg"].value_or(false) ? 1 : 0;
    }
    CHECK(repeatsOf == QMap<QString, int>{{QStringLiteral("10_ohwx woman"), 10}, {QStringLiteral("3_ohwx woman"), 3}, {QStringLiteral("1_woman"), 1}});
    CHECK(regSubsets == 1);
    CHECK(QString::fromUtf8(fixtures::readFile(kohya + QStringLiteral("/TRAINING.md"))).contains(QStringLiteral("--reg_data_dir \"%1/reg\"").arg(kohya)));

    // SimpleTuner: a backend per subset and resolution, the class set flagged.
    const QString st = dir.filePath(QStringLiteral("st"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "simpletuner", "--resolution", "512,1024", "--allow-drops", "--out"}) + QStringList{st}).code == 0);
    const QJsonArray backends = QJsonDocument::fromJson(fixtures::readFile(st + QStringLiteral("/multidatabackend.json"))).array();
    CHECK(backends.size() == 3 * 2 + 1);
    QSet<QString> ids;
    int regBackends = 0;
    for (const QJsonValue &v : backends) {
        ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        regBackends += v.toObject().value(QStringLiteral("is_regularisation_data")).toBool() ? 1 : 0;
        if (v.toObject().value(QStringLiteral("dataset_type")).toString() == QLatin1String("image"))
            CHECK(images(v.toObject().value(QStringLiteral("instance_data_dir")).toString()) > 0);
    }
    CHECK(ids.size() == 7); // unique ids (and caches)
    CHECK(regBackends == 2);

    // diffusers: the class set in class/ (images only), prior preservation in the commands, not in metadata.jsonl.
    const QString hf = dir.filePath(QStringLiteral("hf"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "diffusers", "--out"}) + QStringList{hf}).code == 0);
    CHECK(images(hf + QStringLiteral("/class")) == 2);
    CHECK(QDir(hf + QStringLiteral("/class")).entryList(QDir::Files).size() == 2);
    CHECK(fixtures::readFile(hf + QStringLiteral("/train/metadata.jsonl")).count('\n') == 3);
    CHECK(QString::fromUtf8(fixtures::readFile(hf + QStringLiteral("/TRAINING.md"))).contains(QStringLiteral("--with_prior_preservation --class_data_dir \"%1/class\" --class_prompt \"woman\"").arg(hf)));

    // Replicate takes neither: one flat set, the class images left out, both said.
    Run run = cli(lib, argsOf({"--json", "export", "--dataset", "W/D", "--format", "replicate-flux", "--check-only"}));
    QStringList codes;
    for (const QJsonValue &v : run.json().value(QStringLiteral("preflight")).toObject().value(QStringLiteral("issues")).toArray())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    CHECK(codes.contains(QStringLiteral("regularization-ignored")));
    CHECK(codes.contains(QStringLiteral("subsets-merged")));
    CHECK(run.json().value(QStringLiteral("preflight")).toObject().value(QStringLiteral("images")).toInt() == 3);

    // --no-regularization, and bad --subset / --resolution values.
    const QString plain = dir.filePath(QStringLiteral("plain"));
    REQUIRE(cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--no-regularization", "--out"}) + QStringList{plain}).code == 0);
    CHECK_FALSE(QFileInfo::exists(plain + QStringLiteral("/reg")));
    run = cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--subset", "closeup", "--out", "x"}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("TAG:REPEATS")));
    run = cli(lib, argsOf({"export", "--dataset", "W/D", "--format", "kohya", "--resolution", "512,big", "--out", "x"}));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("--resolution")));
}

TEST_CASE("CLI: snapshot create, list and restore put the catalog back, keep the current one, and refuse what they must")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 3);
    Run none = cli(lib, argsOf({"snapshot", "list"}));
    CHECK(none.code == 0);
    CHECK(none.out.contains(QStringLiteral("No snapshots yet")));

    Run made = cli(lib, argsOf({"--json", "snapshot", "create"}));
    REQUIRE(made.code == 0);
    const QString name = made.json().value(QStringLiteral("name")).toString();
    CHECK(name.endsWith(QStringLiteral("-manual.sqlite")));
    CHECK(made.json().value(QStringLiteral("items")).toInt() == 3);

    // After the snapshot: every caption changes, and a dataset is deleted.
    Run edited = cli(lib, argsOf({"edit", "--dataset", "W/D", "--caption", "later", "--add-tag", "x,y"}));
    REQUIRE(edited.code == 0);
    CHECK(edited.out.contains(QStringLiteral("Committed")));
    REQUIRE(cli(lib, argsOf({"dataset", "create", "W/Extra"})).code == 0);
    Run list = cli(lib, argsOf({"--json", "snapshot", "list"}));
    REQUIRE(list.code == 0);
    const QJsonArray listed = list.json().value(QStringLiteral("snapshots")).toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("name")).toString() == name);
    CHECK(listed.first().toObject().value(QStringLiteral("datasets")).toInt() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("manual"));

    // Without --yes nothing happens; an unknown snapshot is named.
    Run ask = cli(lib, argsOf({"snapshot", "restore", "catalog-"}));
    CHECK(ask.code == 1);
    CHECK(ask.err.contains(QStringLiteral("--yes")));
    Run unknown = cli(lib, argsOf({"snapshot", "restore", "nothing-like-it", "--yes"}));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("nothing-like-it")));
    CHECK(cli(lib, argsOf({"dataset", "list", "W"})).out.contains(QStringLiteral("Extra")));

    // Not while another process has the library open.
    {
        auto open = Library::open(lib, Library::OpenMode::MustExist);
        REQUIRE(open.ok());
        Run locked = cli(lib, argsOf({"snapshot", "restore", name.toUtf8().constData(), "--yes"}));
        CHECK(locked.code == 1);
        CHECK(locked.err.contains(QStringLiteral("in use")));
        // Taking one works beside it (VACUUM INTO only reads).
        CHECK(cli(lib, argsOf({"snapshot", "create", "--keep", "5"})).code == 0);
    }

    Run restored = cli(lib, argsOf({"--json", "snapshot", "restore", name.toUtf8().constData(), "--yes"}));
    REQUIRE(restored.code == 0);
    const QString previous = restored.json().value(QStringLiteral("previous")).toObject().value(QStringLiteral("name")).toString();
    CHECK(previous.endsWith(QStringLiteral("-before-restore.sqlite")));
    CHECK_FALSE(cli(lib, argsOf({"dataset", "list", "W"})).out.contains(QStringLiteral("Extra")));
    Run items = cli(lib, argsOf({"--json", "items", "--dataset", "W/D", "--filter", "caption:later"}));
    CHECK(items.json().value(QStringLiteral("items")).toArray().isEmpty());
    Run fsck = cli(lib, argsOf({"fsck"}));
    CHECK(fsck.code == 0);

    // --keep prunes the oldest; the restore's own snapshot is one of them.
    Run pruned = cli(lib, argsOf({"--json", "snapshot", "create", "--keep", "2"}));
    REQUIRE(pruned.code == 0);
    CHECK(cli(lib, argsOf({"--json", "snapshot", "list"})).json().value(QStringLiteral("snapshots")).toArray().size() == 2);
    CHECK(cli(lib, argsOf({"snapshot", "create", "--keep", "0"})).code == 1);
}

TEST_CASE("CLI: a lost or damaged original is named by fsck and export, and fsck --repair brings it back from its import source")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 4);
    const QHash<QString, QJsonObject> items = itemsByName(lib);
    REQUIRE(items.size() == 4);
    auto objectOf = [&](const QString &name) -> QString {
        const QString hex = items.value(name).value(QStringLiteral("sha256")).toString();
        return lib + QStringLiteral("/objects/") + hex.left(2) + QLatin1Char('/') + hex;
    };
    REQUIRE(QFile::remove(objectOf(QStringLiteral("0.jpg"))));
    {
        QFile f(objectOf(QStringLiteral("1.jpg")));
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(200);
        f.write("flipped");
    }
    REQUIRE(cli(lib, argsOf({"edit", "--dataset", "W/D", "--caption", "a caption"})).code == 0);

    Run check = cli(lib, argsOf({"fsck"}));
    CHECK(check.code == 3);
    CHECK(check.out.contains(QStringLiteral("missing:")));
    CHECK(check.out.contains(QStringLiteral("damaged:")));
    CHECK(check.out.contains(QStringLiteral("fsck --repair")));

    // The export refuses before it writes anything, and names the image.
    Run exported = cli(lib, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
                                QStringLiteral("kohya"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
    CHECK(exported.code != 0);
    CHECK(exported.err.contains(QStringLiteral("0.jpg")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out"))));

    // The import source of 1.jpg changed since: that one cannot come back; 0.jpg can.
    const QString source1 = dir.filePath(QStringLiteral("in/1.jpg"));
    const QByteArray original1 = fixtures::readFile(source1);
    fixtures::writeFile(source1, fixtures::makeJpeg(50, 50, 99));
    Run partial = cli(lib, argsOf({"--json", "fsck", "--repair"}));
    CHECK(partial.code == 3);
    CHECK(partial.json().value(QStringLiteral("repaired")).toArray().size() == 1);
    const QJsonArray unrepaired = partial.json().value(QStringLiteral("unrepaired")).toArray();
    REQUIRE(unrepaired.size() == 1);
    CHECK(unrepaired.first().toObject().value(QStringLiteral("problem")).toString().contains(QStringLiteral("has changed since it was imported")));
    CHECK(QFileInfo::exists(objectOf(QStringLiteral("0.jpg"))));

    // With the file as it was, everything comes back, and the export goes through.
    fixtures::writeFile(source1, original1);
    Run repaired = cli(lib, argsOf({"fsck", "--repair"}));
    CHECK(repaired.code == 0);
    CHECK(repaired.out.contains(QStringLiteral("repaired:")));
    CHECK(cli(lib, argsOf({"fsck"})).code == 0);
    Run again = cli(lib, {QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
                             QStringLiteral("kohya"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
    CHECK((again.code == 0 || again.code == 3));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

TEST_CASE("CLI: a full disk during import, export and a batch edit: a clear message, a sound catalog, nothing half-written, and the work completes once space is freed")
{
#ifndef Q_OS_LINUX
    WARN("a real small file system is only mounted on Linux");
#else
    if (::geteuid() != 0) {
        WARN("not root: the full-disk checks are skipped");
        return;
    }
    QTemporaryDir mountPoint;
    if (::mount("tmpfs", QFile::encodeName(mountPoint.path()).constData(), "tmpfs", 0, "size=12m") != 0) {
        WARN("cannot mount a small tmpfs here: the full-disk checks are skipped");
        return;
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{mountPoint.path()};
    QTemporaryDir dir; // the inputs, on the normal disk
    const QString in = dir.filePath(QStringLiteral("in"));
    qint64 inputBytes = 0;
    constexpr int Images = 20;
    for (int i = 0; i < Images; ++i) {
        const QByteArray jpeg = fixtures::makeJpeg(640, 480, 500 + i, 97, true);
        fixtures::writeFile(in + QStringLiteral("/%1.jpg").arg(i), jpeg);
        inputBytes += jpeg.size();
    }
    const QString lib = mountPoint.filePath(QStringLiteral("lib"));
    const QString filler = mountPoint.filePath(QStringLiteral("filler"));
    REQUIRE(cli(lib, argsOf({"dataset", "create", "W/D", "--parents"})).code == 0);
    // Leaves `free` bytes on the small disk.
    auto fill = [&](qint64 free) {
        QFile::remove(filler);
        QStorageInfo disk(mountPoint.path());
        disk.refresh();
        QFile f(filler);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const qint64 size = std::max<qint64>(0, disk.bytesAvailable() - free);
        const QByteArray block(64 * 1024, 'f');
        for (qint64 written = 0; written < size;)
            written += f.write(block.constData(), std::min<qint64>(block.size(), size - written));
        f.close();
    };
    auto itemCount = [&]() -> qint64 {
        const Run r = cli(lib, argsOf({"--json", "items", "--dataset", "W/D"}));
        return r.code == 0 ? r.json().value(QStringLiteral("items")).toArray().size() : -1;
    };
    auto catalogSound = [&]() {
        const Run fsck = cli(lib, argsOf({"--json", "fsck"}));
        const QJsonObject j = fsck.json();
        INFO(fsck.out.toStdString() << fsck.err.toStdString());
        CHECK(j.value(QStringLiteral("catalog_problems")).toArray().isEmpty());
        CHECK(j.value(QStringLiteral("missing")).toArray().isEmpty());
        CHECK(j.value(QStringLiteral("damaged")).toArray().isEmpty());
    };
    REQUIRE(inputBytes > 2 * 1024 * 1024);

    // 1. Import onto a disk with room for about half of it.
    fill(inputBytes / 2);
    const Run full = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), in});
    CHECK(full.code != 0);
    CHECK(QString(full.out + full.err).contains(QStringLiteral("disk full")));
    catalogSound();
    const qint64 before = itemCount();
    CHECK(before < Images);
    QFile::remove(filler);
    const Run resumed = cli(lib, {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral("W/D"), in});
    CHECK(resumed.code == 0);
    CHECK(itemCount() == Images);
    CHECK(QDir(lib + QStringLiteral("/tmp")).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(cli(lib, argsOf({"fsck"})).code == 0);

    // 2. Export onto a full disk: nothing half-written, then it goes through.
    REQUIRE(cli(lib, argsOf({"edit", "--dataset", "W/D", "--caption", "a photo"})).code == 0);
    const QString out = mountPoint.filePath(QStringLiteral("out"));
    fill(100 * 1024);
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--format"),
        QStringLiteral("kohya"), QStringLiteral("--out"), out};
    const Run noRoom = cli(lib, exportArgs);
    CHECK(noRoom.code != 0);
    CHECK(noRoom.err.contains(QStringLiteral("disk full")));
    CHECK_FALSE(QFileInfo::exists(out));
    for (const QString &name : QDir(mountPoint.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        CHECK_FALSE(name.contains(QStringLiteral(".lctmp-")));
    QFile::remove(filler);
    const Run exported = cli(lib, exportArgs);
    INFO(exported.err.toStdString());
    CHECK((exported.code == 0 || exported.code == 3));
    CHECK(QFileInfo(out).isDir());
    QDir(out).removeRecursively();

    // 3. A batch edit when not a byte is left: all of it or none of it, then all of it.
    const QString longCaption = QString(6000, QLatin1Char('w'));
    fill(0);
    const Run edit = cli(lib, {QStringLiteral("edit"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--caption"), longCaption});
    const Run captions = cli(lib, {QStringLiteral("--json"), QStringLiteral("items"), QStringLiteral("--dataset"), QStringLiteral("W/D"),
                                      QStringLiteral("--filter"), QStringLiteral("caption:wwwwwwww")});
    const qint64 edited = captions.json().value(QStringLiteral("items")).toArray().size();
    if (edit.code == 0) {
        CHECK(edited == Images);
    } else {
        CHECK((edit.err.contains(QStringLiteral("disk full")) || edit.err.contains(QStringLiteral("disk is full"))));
        CHECK(edited == 0);
    }
    catalogSound();
    QFile::remove(filler);
    CHECK(cli(lib, {QStringLiteral("edit"), QStringLiteral("--dataset"), QStringLiteral("W/D"), QStringLiteral("--caption"), longCaption}).code == 0);
    CHECK(cli(lib, argsOf({"fsck"})).code == 0);
#endif
}

TEST_CASE("CLI: edit changes captions, tags, status and rating of the items a filter selects, in one transaction")
{
    QTemporaryDir dir;
    const QString lib = libraryWithImages(dir, 4);
    CHECK(cli(lib, argsOf({"edit", "--dataset", "W/D"})).code == 1);                        // nothing to change
    CHECK(cli(lib, argsOf({"edit", "--dataset", "W/D", "--status", "gone"})).err.contains(QStringLiteral("gone")));
    CHECK(cli(lib, argsOf({"edit", "--dataset", "W/D", "--rating", "9"})).code == 1);
    CHECK(cli(lib, argsOf({"edit", "--dataset", "W/D", "--filter", "(", "--rating", "2"})).code == 1); // a filter mistake
    Run dry = cli(lib, argsOf({"--json", "edit", "--dataset", "W/D", "--filter", "name:1", "--rating", "5", "--dry-run"}));
    CHECK(dry.json().value(QStringLiteral("items")).toInt() == 1);

    Run all = cli(lib, argsOf({"--json", "edit", "--dataset", "W/D", "--caption", "a photo", "--add-tag", "red, blue", "--add-tag", "green"}));
    REQUIRE(all.code == 0);
    CHECK(all.json().value(QStringLiteral("committed")).toBool());
    CHECK(all.json().value(QStringLiteral("items")).toInt() == 4);
    REQUIRE(cli(lib, argsOf({"edit", "--dataset", "W/D", "--filter", "name:0.jpg", "--append-caption", "smiling", "--remove-tag", "blue",
                    "--status", "rejected", "--rating", "3"})).code == 0);
    REQUIRE(cli(lib, argsOf({"edit", "--dataset", "W/D", "--filter", "name:0.jpg OR status:rejected", "--dry-run", "--caption", "x"})).code == 0);
    const QHash<QString, QJsonObject> items = itemsByName(lib);
    const QJsonObject zero = items.value(QStringLiteral("0.jpg"));
    CHECK(zero.value(QStringLiteral("caption")).toString() == QStringLiteral("a photo, smiling"));
    CHECK(zero.value(QStringLiteral("tags")).toArray() == QJsonArray({QStringLiteral("red"), QStringLiteral("green")}));
    CHECK(zero.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(zero.value(QStringLiteral("rating")).toInt() == 3);
    CHECK(zero.value(QStringLiteral("captionProvenance")).toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("manual"));
    const QJsonObject one = items.value(QStringLiteral("1.jpg"));
    CHECK(one.value(QStringLiteral("caption")).toString() == QStringLiteral("a photo"));
    CHECK(one.value(QStringLiteral("tags")).toArray() == QJsonArray({QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green")}));
    CHECK(one.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    // Trashed items are reached only through status:, as in the grid.
    REQUIRE(cli(lib, argsOf({"edit", "--dataset", "W/D", "--filter", "name:1.jpg", "--status", "trashed"})).code == 0);
    CHECK(cli(lib, argsOf({"--json", "edit", "--dataset", "W/D", "--rating", "1", "--dry-run"})).json().value(QStringLiteral("items")).toInt() == 3);
    Run back = cli(lib, argsOf({"--json", "edit", "--dataset", "W/D", "--filter", "status:trashed", "--status", "active"}));
    CHECK(back.json().value(QStringLiteral("items")).toInt() == 1);
    CHECK(itemsByName(lib).value(QStringLiteral("1.jpg")).value(QStringLiteral("status")).toString() == QStringLiteral("active"));
}

TEST_CASE("CLI: search lists Openverse results, refuses Brave without a key, and --import downloads with licences kept")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(lib, argsOf({"dataset", "create", "W/D", "--parents"})).code == 0);
    const QByteArray cat = fixtures::makeJpeg(640, 480, 7);
    const QByteArray dog = fixtures::makeJpeg(640, 480, 8);
    quint16 port = 0;
    FakeHttpServer server([&](const FakeRequest &r) {
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(port);
        if (r.path.startsWith("/v1/images/")) {
            auto result = [&](const char *id, const char *file, const char *license) {
                return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                    {QStringLiteral("title"), QStringLiteral("Photo %1").arg(QLatin1String(id))},
                    {QStringLiteral("foreign_landing_url"), QStringLiteral("https://example.org/%1").arg(QLatin1String(id))},
                    {QStringLiteral("url"), QString::fromLatin1(base + file)}, {QStringLiteral("creator"), QStringLiteral("Ada")},
                    {QStringLiteral("license"), QString::fromLatin1(license)}, {QStringLiteral("license_version"), QStringLiteral("4.0")},
                    {QStringLiteral("source"), QStringLiteral("flickr")}, {QStringLiteral("width"), 640}, {QStringLiteral("height"), 480}};
            };
            const QJsonObject page{{QStringLiteral("result_count"), 3}, {QStringLiteral("page_count"), 1}, {QStringLiteral("page"), 1},
                {QStringLiteral("results"), QJsonArray{result("c", "/cat.jpg", "cc0"), result("d", "/dog.jpg", "by-nc"), result("g", "/gone.jpg", "by")}}};
            return FakeReply::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
        }
        if (r.path == "/cat.jpg" || r.path == "/dog.jpg") {
            FakeReply reply;
            reply.headers = {{"Content-Type", "image/jpeg"}};
            reply.body = r.path == "/cat.jpg" ? cat : dog;
            return reply;
        }
        return FakeReply::json(R"({"detail": "Not found."})", 404);
    });
    port = server.port();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LORACRAFT_OPENVERSE_BASE_URL"), server.url().toString());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("BRAVE_API_KEY"));

    const Run listed = cli(lib, argsOf({"--json", "search", "--query", "cat", "--license", "cc0,by-nc,by", "--limit", "10"}), env);
    REQUIRE(listed.code == 0);
    CHECK(listed.json().value(QStringLiteral("count")).toInt() == 3);
    const QJsonObject first = listed.json().value(QStringLiteral("results")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("license_name")).toString() == QStringLiteral("CC0 4.0"));
    CHECK(first.value(QStringLiteral("creator")).toString() == QStringLiteral("Ada"));
    CHECK(server.requests().first().path.contains("license=cc0,by-nc,by"));

    const Run human = cli(lib, argsOf({"search", "--query", "cat"}), env);
    CHECK(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("CC BY-NC 4.0")));
    CHECK(human.out.contains(QStringLiteral("3 results")));

    const Run noKey = cli(lib, argsOf({"search", "--provider", "brave", "--query", "cat"}), env);
    CHECK(noKey.code == 1);
    CHECK(noKey.err.contains(QStringLiteral("BRAVE_API_KEY")));
    const Run badProvider = cli(lib, argsOf({"search", "--provider", "bing", "--query", "cat"}), env);
    CHECK(badProvider.code == 1);
    CHECK(badProvider.err.contains(QStringLiteral("openverse or brave")));

    const Run imported = cli(lib, argsOf({"--json", "search", "--query", "cat", "--import", "W/D"}), env);
    CHECK(imported.code == 3); // gone.jpg answered 404
    CHECK(imported.json().value(QStringLiteral("imported")).toInt() == 2);
    CHECK(imported.json().value(QStringLiteral("skipped")).toInt() == 1);
    CHECK(imported.json().value(QStringLiteral("results")).toInt() == 3);
    const Run nonCommercial = cli(lib, argsOf({"--json", "items", "--dataset", "W/D", "--filter", "license:by-nc"}), env);
    REQUIRE(nonCommercial.code == 0);
    CHECK(nonCommercial.json().value(QStringLiteral("items")).toArray().size() == 1);
    const Run again = cli(lib, argsOf({"--json", "search", "--query", "cat", "--import", "W/D"}), env);
    CHECK(again.json().value(QStringLiteral("already_in_dataset")).toInt() == 2);
}
