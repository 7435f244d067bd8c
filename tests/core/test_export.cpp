// Every export target: export a generated dataset, read the result back (filesystem or libzip), and check
// the rules of trainer-formats.md §1 and §11 for that target.
#include "catalog/datasets.h"
#include "catalog/history.h"
#include "catalog/rules.h"
#include "catalog/items.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "export/exporter.h"
#include "export/exportsink.h"
#include "export/exportplanner.h"
#include "export/imagerender.h"
#include "export/trainers/trainers.h"
#include "fixtures.h"
#include "import/importer.h"
#include "testlibrary.h"
#include "text/tokencount.h"

#include <toml++/toml.h>
#include <set>
#include <yaml-cpp/yaml.h>

#include <QColorSpace>
#include <QtEndian>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zip.h>

using namespace lc;
using namespace lc::test;
using namespace lc::fixtures;

namespace {

using Tree = QMap<QString, QByteArray>; // relative path -> bytes ("dir/" entries for directories)

Tree readFolder(const QString &root)
{
    Tree t;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir())
            t.insert(rel + QLatin1Char('/'), QByteArray());
        else
            t.insert(rel, readFile(path));
    }
    return t;
}

Tree readZip(const QString &path)
{
    Tree t;
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    REQUIRE(za);
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(za, zip_uint64_t(i), 0, &st) == 0);
        const QString name = QString::fromUtf8(st.name);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        if (st.size > 0) {
            zip_file_t *f = zip_fopen_index(za, zip_uint64_t(i), 0);
            REQUIRE(f);
            REQUIRE(zip_fread(f, data.data(), st.size) == zip_int64_t(st.size));
            zip_fclose(f);
        }
        t.insert(name, data);
    }
    zip_close(za);
    return t;
}

struct ExportFixture
{
    TempLibrary lib;
    QTemporaryDir in;
    QTemporaryDir out;
    Dataset dataset;

    ExportFixture()
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        DatasetSettings s;
        s.triggerWord = QStringLiteral("ohwx");
        s.classWord = QStringLiteral("woman");
        s.targetModel = TargetModel::Sdxl;
        dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("Alice"), s);

        // An EXIF-rotated photo: stored 160x80 with a red top-left quadrant, displayed 80x160 (orientation 6).
        QImage raw(160, 80, QImage::Format_RGB32);
        raw.fill(Qt::blue);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 80; ++x)
                raw.setPixel(x, y, qRgb(255, 0, 0));
        write(QStringLiteral("rotated.jpg"), withExifOrientation(encode(raw, "jpeg", 95), 6), "portrait of ohwx woman, rotated");
        QImage alpha(96, 96, QImage::Format_ARGB32);
        alpha.fill(Qt::transparent);
        for (int y = 32; y < 64; ++y)
            for (int x = 32; x < 64; ++x)
                alpha.setPixel(x, y, qRgba(0, 200, 0, 255));
        write(QStringLiteral("logo.png"), encode(alpha, "png"), "a green square on nothing");
        write(QStringLiteral("café ü.jpg"), makeJpeg(120, 90, 3), "ohwx woman in a café\r\nsecond line");
        write(QStringLiteral("a/photo.jpg"), makeJpeg(100, 100, 4), "first photo");
        write(QStringLiteral("b/photo.jpg"), makeJpeg(100, 100, 5), "second photo");
        write(QStringLiteral("plain.jpg"), withExifOrientation(makeJpeg(128, 96, 6), 1), "plain with exif");
        write(QStringLiteral("blank.jpg"), makeJpeg(90, 90, 7), nullptr);

        ImportRequest request;
        request.dataset = dataset.id;
        request.paths = {in.path()};
        std::atomic<bool> cancel{false};
        const ImportReport r = Importer(*lib).run(request, cancel);
        REQUIRE(r.imported == 7);
        Items items(lib->catalog());
        REQUIRE(items.setTags(itemNamed(QStringLiteral("plain.jpg")), {QStringLiteral("tag one"), QStringLiteral("tag two")}).ok());
    }

    void write(const QString &rel, const QByteArray &bytes, const char *caption)
    {
        writeFile(in.filePath(rel), bytes);
        if (caption) {
            const QString stem = rel.left(rel.lastIndexOf(QLatin1Char('.')));
            writeFile(in.filePath(stem + QStringLiteral(".txt")), QByteArray(caption));
        }
    }

    ItemId itemNamed(const QString &name)
    {
        auto id = sql::scalar(lib->catalog().database(), QStringLiteral("SELECT id FROM items WHERE original_name = ? ORDER BY id LIMIT 1"), {name});
        REQUIRE(id.ok());
        return ItemId(id->toLongLong());
    }

    void rejectBlank() { REQUIRE(Items(lib->catalog()).setStatus({itemNamed(QStringLiteral("blank.jpg"))}, ItemStatus::Rejected).ok()); }

    ExportReport exportAs(ExportFormat format, const QString &outName, ExportOptions options = {})
    {
        options.format = format;
        options.outputPath = out.filePath(outName);
        auto plan = planExport(*lib, dataset.id, options);
        REQUIRE(plan.ok());
        INFO("pre-flight: " << QString::fromUtf8(QJsonDocument(plan->preflightJson()).toJson()));
        REQUIRE_FALSE(plan->blocked());
        std::atomic<bool> cancel{false};
        ExportReport report = Exporter(*lib).run(*plan, cancel);
        if (report.failure)
            FAIL(report.failure->message);
        return report;
    }
};

// Rules every target shares (§1): lowercase .jpg/.png, decodable, no alpha, no EXIF/text metadata,
// EXIF orientation baked in, no hidden files, unique stems, captions UTF-8 without BOM, one line, non-empty,
// the trigger first.
void checkCommonRules(const Tree &tree, const QString &imageDir, bool captionFiles)
{
    QSet<QString> stems;
    int images = 0;
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        const QString name = it.key();
        INFO(name);
        const QString base = name.section(QLatin1Char('/'), -1);
        CHECK_FALSE(base.startsWith(QLatin1Char('.')));
        CHECK_FALSE(name.contains(QLatin1String("__MACOSX")));
        if (name.endsWith(QLatin1Char('/')))
            continue;
        const QString dir = name.contains(QLatin1Char('/')) ? name.section(QLatin1Char('/'), 0, -2) : QString();
        const QString ext = QFileInfo(base).suffix();
        if (ext == QLatin1String("jpg") || ext == QLatin1String("png")) {
            CHECK(dir == imageDir);
            ++images;
            const QString stem = QFileInfo(base).completeBaseName();
            CHECK_FALSE(stems.contains(stem.toLower()));
            stems.insert(stem.toLower());
            CHECK(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(stem).hasMatch());
            QImage image;
            REQUIRE(image.loadFromData(it.value()));
            CHECK_FALSE(image.hasAlphaChannel());
            CHECK_FALSE(it.value().contains("Exif\0\0"));
            CHECK_FALSE(it.value().contains("tEXt"));
            CHECK_FALSE(it.value().contains("eXIf"));
            if (stem == QLatin1String("rotated")) {
                CHECK(image.size() == QSize(80, 160)); // upright
                CHECK(qRed(image.pixel(70, 10)) > 200); // red quadrant at the top right once upright
                CHECK(qBlue(image.pixel(10, 150)) > 200);
            }
            if (stem == QLatin1String("logo"))
                CHECK(image.pixelColor(5, 5) == QColor(Qt::white)); // flattened onto the background
            const QString txt = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + stem + QStringLiteral(".txt");
            if (captionFiles) {
                REQUIRE(tree.contains(txt));
                const QByteArray caption = tree.value(txt);
                CHECK_FALSE(caption.isEmpty());
                CHECK_FALSE(caption.startsWith("\xEF\xBB\xBF"));
                CHECK_FALSE(caption.contains('\n'));
                CHECK_FALSE(caption.contains('\r'));
                CHECK(QString::fromUtf8(caption).toUtf8() == caption);
                CHECK(caption.startsWith("ohwx"));
            } else {
                CHECK_FALSE(tree.contains(txt));
            }
        }
    }
    CHECK(images == 6); // blank.jpg is rejected and excluded
    CHECK(stems.contains(QStringLiteral("cafe_u")));
    CHECK(stems.contains(QStringLiteral("photo")));
    CHECK(stems.contains(QStringLiteral("photo_2")));
}

// RFC 4180 fields of one line.
QStringList parseCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

TEST_CASE("Pre-flight: an empty caption blocks kohya, names what it concerns, and nothing is written")
{
    ExportFixture f;
    ExportOptions o;
    o.format = ExportFormat::Kohya;
    o.outputPath = f.out.filePath(QStringLiteral("k.zip"));
    auto plan = planExport(*f.lib, f.dataset.id, o);
    REQUIRE(plan.ok());
    CHECK(plan->blocked());
    bool found = false;
    for (const PreflightIssue &i : plan->issues) {
        if (i.code == QLatin1String("empty-caption")) {
            found = true;
            CHECK(i.severity == PreflightIssue::Severity::Error);
            CHECK(i.items == QStringList{QStringLiteral("blank.jpg")});
        }
        if (i.code == QLatin1String("duplicate-stem"))
            CHECK(i.items == QStringList{QStringLiteral("photo.jpg")});
    }
    CHECK(found);
    std::atomic<bool> cancel{false};
    const ExportReport r = Exporter(*f.lib).run(*plan, cancel);
    CHECK(r.failure);
    CHECK_FALSE(QFileInfo::exists(o.outputPath));
    CHECK_FALSE(QFileInfo::exists(o.outputPath + QStringLiteral(".part")));

    // For ai-toolkit the same gap is only a warning.
    o.format = ExportFormat::AiToolkit;
    CHECK_FALSE(planExport(*f.lib, f.dataset.id, o)->blocked());
}

TEST_CASE("kohya: img/<repeats>_<trigger> <class>/ with captions, a schema-only dataset.toml, log/ and model/")
{
    ExportFixture f;
    f.rejectBlank();
    for (bool zip : {true, false}) {
        DYNAMIC_SECTION((zip ? "zip" : "folder"))
        {
            const ExportReport r = f.exportAs(ExportFormat::Kohya, zip ? QStringLiteral("kohya.zip") : QStringLiteral("kohya"));
            const Tree tree = zip ? readZip(r.outputPath) : readFolder(r.outputPath);
            checkCommonRules(tree, QStringLiteral("img/10_ohwx woman"), true);
            CHECK(tree.contains(QStringLiteral("log/")));
            CHECK(tree.contains(QStringLiteral("model/")));
            CHECK(tree.contains(QStringLiteral("loracraft.json")));
            // Parsed by a TOML library, as sd-scripts does; only the schema's keys (it rejects unknown ones).
            const QByteArray text = tree.value(QStringLiteral("dataset.toml"));
            toml::table toml;
            try {
                toml = toml::parse(std::string_view(text.constData(), size_t(text.size())));
            } catch (const toml::parse_error &e) {
                FAIL("dataset.toml does not parse: " << e.what());
            }
            static const std::set<std::string> generalKeys = {"caption_extension", "shuffle_caption", "keep_tokens",
                "enable_bucket", "bucket_no_upscale", "bucket_reso_steps", "min_bucket_reso", "max_bucket_reso"};
            static const std::set<std::string> datasetKeys = {"resolution", "batch_size", "subsets"};
            static const std::set<std::string> subsetKeys = {"image_dir", "num_repeats", "class_tokens"};
            const auto keys = [](const toml::table &t) {
                std::set<std::string> k;
                for (const auto &[key, value] : t)
                    k.insert(std::string(key.str()));
                return k;
            };
            CHECK(keys(toml) == std::set<std::string>{"general", "datasets"});
            CHECK(keys(*toml["general"].as_table()) == generalKeys);
            CHECK(toml["general"]["caption_extension"].value_or(std::string()) == ".txt");
            CHECK(toml["general"]["max_bucket_reso"].value_or(0) == 2048);
            REQUIRE(toml["datasets"].as_array()->size() == 1);
            const auto dataset = toml["datasets"][0];
            CHECK(keys(*dataset.as_table()) == datasetKeys);
            CHECK(dataset["resolution"][0].value_or(0) == 1024);
            CHECK(dataset["resolution"][1].value_or(0) == 1024);
            REQUIRE(dataset["subsets"].as_array()->size() == 1);
            const auto subset = dataset["subsets"][0];
            CHECK(keys(*subset.as_table()) == subsetKeys);
            CHECK(subset["num_repeats"].value_or(0) == 10);
            CHECK(subset["class_tokens"].value_or(std::string()) == "ohwx woman");
            const QString imageDir = QString::fromStdString(subset["image_dir"].value_or(std::string()));
            if (zip) // no trainer reads it relative to the config: TRAINING.md says how to set the one path
                CHECK(imageDir == QStringLiteral("@DATASET_DIR@/img/10_ohwx woman"));
            else
                CHECK(imageDir == QStringLiteral("%1/img/10_ohwx woman").arg(r.outputPath));
            // Captions: trigger prepended when missing, CRLF folded, tags only when asked.
            CHECK(tree.value(QStringLiteral("img/10_ohwx woman/cafe_u.txt")) == QByteArray("ohwx woman in a café second line"));
            CHECK(tree.value(QStringLiteral("img/10_ohwx woman/logo.txt")) == QByteArray("ohwx, a green square on nothing"));
            const QJsonObject meta = QJsonDocument::fromJson(tree.value(QStringLiteral("loracraft.json"))).object();
            CHECK(meta.value(QStringLiteral("images")).toArray().size() == 6);
            CHECK(meta.value(QStringLiteral("images")).toArray().at(0).toObject().value(QStringLiteral("sha256")).toString().size() == 64);
            // The export is in the history, with the archive's hash for ZIPs.
            CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM exports WHERE format = 'kohya' AND item_count = 6")) == 1);
            CHECK(count(*f.lib, QStringLiteral("SELECT count(*) FROM exports WHERE length(sha256) = 64")) == (zip ? 1 : 0));
        }
    }
}

TEST_CASE("ai-toolkit: images and captions at the root, a complete job YAML")
{
    ExportFixture f;
    f.rejectBlank();
    ExportOptions o;
    o.captionSource = ExportOptions::CaptionSource::Both;
    const ExportReport r = f.exportAs(ExportFormat::AiToolkit, QStringLiteral("ait"), o);
    const Tree tree = readFolder(r.outputPath);
    checkCommonRules(tree, QString(), true);
    // Parsed by a YAML library, as ai-toolkit does.
    YAML::Node yaml;
    try {
        yaml = YAML::Load(tree.value(QStringLiteral("ai-toolkit.yaml")).toStdString());
    } catch (const YAML::Exception &e) {
        FAIL("ai-toolkit.yaml does not parse: " << e.what());
    }
    CHECK(yaml["job"].as<std::string>() == "extension");
    const YAML::Node process = yaml["config"]["process"][0];
    CHECK(process["type"].as<std::string>() == "sd_trainer");
    CHECK(process["trigger_word"].as<std::string>() == "ohwx");
    CHECK(process["model"]["is_xl"].as<bool>());
    CHECK(process["model"]["name_or_path"].as<std::string>() == "stabilityai/stable-diffusion-xl-base-1.0");
    CHECK(process["network"]["type"].as<std::string>() == "lora");
    CHECK(process["train"]["steps"].as<int>() == 600); // 100 an image
    // Its training folder is not inside the dataset, which ai-toolkit scans recursively.
    CHECK_FALSE(QDir(QString::fromStdString(process["training_folder"].as<std::string>())).isAbsolute());
    REQUIRE(process["datasets"].IsSequence());
    REQUIRE(process["datasets"].size() == 1);
    const YAML::Node dataset = process["datasets"][0];
    CHECK(QString::fromStdString(dataset["folder_path"].as<std::string>()) == r.outputPath);
    CHECK(dataset["caption_ext"].as<std::string>() == "txt");
    CHECK(dataset["resolution"].as<std::vector<int>>() == std::vector<int>{1024});
    CHECK(tree.value(QStringLiteral("plain.txt")) == QByteArray("ohwx, plain with exif, tag one, tag two"));
}

TEST_CASE("Trainer configs quote what users type: quotes, backslashes, colons, '#' and non-ASCII survive a parse")
{
    ExportFixture f;
    f.rejectBlank();
    ExportOptions o;
    o.triggerWord = QStringLiteral("\"ohwx\": #1 \\ ü");
    o.classWord = QStringLiteral("wo'man");
    const QString expected = o.triggerWord + QLatin1Char(' ') + o.classWord;

    const ExportReport k = f.exportAs(ExportFormat::Kohya, QStringLiteral("kohya"), o);
    const QByteArray tomlText = readFolder(k.outputPath).value(QStringLiteral("dataset.toml"));
    try {
        const toml::table toml = toml::parse(std::string_view(tomlText.constData(), size_t(tomlText.size())));
        CHECK(QString::fromStdString(toml["datasets"][0]["subsets"][0]["class_tokens"].value_or(std::string())) == expected);
        // The folder name drops what Windows refuses (", \\, :), the config names the folder as written.
        const QString imageDir = QString::fromStdString(toml["datasets"][0]["subsets"][0]["image_dir"].value_or(std::string()));
        CHECK(QFileInfo(imageDir).isDir());
        CHECK(imageDir.endsWith(QStringLiteral("img/10_ohwx #1 ü wo'man")));
    } catch (const toml::parse_error &e) {
        FAIL("dataset.toml does not parse: " << e.what() << "\n" << tomlText.toStdString());
    }

    const ExportReport a = f.exportAs(ExportFormat::AiToolkit, QStringLiteral("ait"), o);
    const QByteArray yamlText = readFolder(a.outputPath).value(QStringLiteral("ai-toolkit.yaml"));
    try {
        const YAML::Node yaml = YAML::Load(yamlText.toStdString());
        CHECK(QString::fromStdString(yaml["config"]["process"][0]["trigger_word"].as<std::string>()) == o.triggerWord);
    } catch (const YAML::Exception &e) {
        FAIL("ai-toolkit.yaml does not parse: " << e.what() << "\n" << yamlText.toStdString());
    }
}

TEST_CASE("Replicate Flux: a flat ZIP of images and captions only, metadata beside it")
{
    ExportFixture f;
    f.rejectBlank();
    const ExportReport r = f.exportAs(ExportFormat::ReplicateFlux, QStringLiteral("replicate.zip"));
    const Tree tree = readZip(r.outputPath);
    checkCommonRules(tree, QString(), true);
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        CHECK_FALSE(it.key().contains(QLatin1Char('/')));
        CHECK(QRegularExpression(QStringLiteral("\\.(jpg|png|txt)$")).match(it.key()).hasMatch());
    }
    CHECK(QFileInfo::exists(f.out.filePath(QStringLiteral("replicate.loracraft.json"))));
}

TEST_CASE("Replicate SDXL: images and caption.csv (caption,image_file), no .txt")
{
    ExportFixture f;
    f.rejectBlank();
    const ExportReport r = f.exportAs(ExportFormat::ReplicateSdxl, QStringLiteral("sdxl.zip"));
    const Tree tree = readZip(r.outputPath);
    checkCommonRules(tree, QString(), false);
    const QStringList lines = QString::fromUtf8(tree.value(QStringLiteral("caption.csv"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == QStringLiteral("caption,image_file"));
    QStringList files;
    for (int i = 1; i < lines.size(); ++i) {
        INFO(lines[i]);
        const QStringList fields = parseCsvLine(lines[i]);
        REQUIRE(fields.size() == 2);
        CHECK(fields[0].startsWith(QStringLiteral("ohwx")));
        CHECK(tree.contains(fields[1]));
        files << fields[1];
    }
    QStringList sorted = files;
    sorted.sort();
    CHECK(files == sorted);
}

TEST_CASE("OneTrainer: images/ with captions and a concepts.json array (version 2, balancing = repeats)")
{
    ExportFixture f;
    f.rejectBlank();
    ExportOptions o;
    o.repeats = 4;
    const ExportReport r = f.exportAs(ExportFormat::OneTrainer, QStringLiteral("ot"), o);
    const Tree tree = readFolder(r.outputPath);
    checkCommonRules(tree, QStringLiteral("images"), true);
    const QJsonArray concepts = QJsonDocument::fromJson(tree.value(QStringLiteral("concepts.json"))).array();
    REQUIRE(concepts.size() == 1);
    const QJsonObject c = concepts[0].toObject();
    CHECK(c.value(QStringLiteral("__version")).toInt() == 2);
    CHECK(c.value(QStringLiteral("balancing")).toDouble() == 4.0);
    CHECK(c.value(QStringLiteral("balancing_strategy")).toString() == QStringLiteral("REPEATS"));
    CHECK(c.value(QStringLiteral("path")).toString() == r.outputPath + QStringLiteral("/images"));
    CHECK(c.value(QStringLiteral("text")).toObject().value(QStringLiteral("prompt_source")).toString() == QStringLiteral("sample"));
}

TEST_CASE("diffusers: train/ with images and metadata.jsonl, no .txt, metadata outside train/")
{
    ExportFixture f;
    f.rejectBlank();
    const ExportReport r = f.exportAs(ExportFormat::Diffusers, QStringLiteral("hf.zip"));
    const Tree tree = readZip(r.outputPath);
    checkCommonRules(tree, QStringLiteral("train"), false);
    CHECK(tree.contains(QStringLiteral("loracraft.json")));
    const QList<QByteArray> lines = tree.value(QStringLiteral("train/metadata.jsonl")).split('\n');
    int rows = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        CHECK(tree.contains(QStringLiteral("train/") + o.value(QStringLiteral("file_name")).toString()));
        CHECK(o.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("ohwx")));
        ++rows;
    }
    CHECK(rows == 6);
}

TEST_CASE("SimpleTuner: images/ with captions and multidatabackend.json (textfile, repeats = kohya - 1)")
{
    ExportFixture f;
    f.rejectBlank();
    // The fixture's images are far below the minimum_image_size (512 px edge at 1024) the config sets:
    // the pre-flight names each one SimpleTuner would leave out, and blocks until that is allowed.
    ExportOptions o;
    o.format = ExportFormat::SimpleTuner;
    auto plan = planExport(*f.lib, f.dataset.id, o);
    REQUIRE(plan.ok());
    CHECK(plan->blocked());
    const auto dropped = std::find_if(plan->issues.cbegin(), plan->issues.cend(), [](const PreflightIssue &i) { return i.code == QLatin1String("dropped"); });
    REQUIRE(dropped != plan->issues.cend());
    CHECK(dropped->items.size() == 6);
    CHECK(dropped->message.contains(QStringLiteral("512 × 512")));
    o.allowDrops = true;
    const ExportReport r = f.exportAs(ExportFormat::SimpleTuner, QStringLiteral("st"), o);
    const Tree tree = readFolder(r.outputPath);
    checkCommonRules(tree, QStringLiteral("images"), true);
    const QJsonArray backends = QJsonDocument::fromJson(tree.value(QStringLiteral("multidatabackend.json"))).array();
    REQUIRE(backends.size() == 2);
    const QJsonObject images = backends[0].toObject();
    CHECK(images.value(QStringLiteral("caption_strategy")).toString() == QStringLiteral("textfile"));
    CHECK(images.value(QStringLiteral("repeats")).toInt() == 9);
    CHECK(images.value(QStringLiteral("instance_data_dir")).toString() == r.outputPath + QStringLiteral("/images"));
    CHECK(backends[1].toObject().value(QStringLiteral("dataset_type")).toString() == QStringLiteral("text_embeds"));
    CHECK(backends[1].toObject().value(QStringLiteral("default")).toBool());
    const QJsonObject config = QJsonDocument::fromJson(tree.value(QStringLiteral("config.json"))).object();
    CHECK(config.value(QStringLiteral("model_family")).toString() == QStringLiteral("sdxl"));
    CHECK(config.value(QStringLiteral("data_backend_config")).toString() == r.outputPath + QStringLiteral("/multidatabackend.json"));
}

namespace {

// The images (not captions or configs) directly inside a folder.
int imagesIn(const QString &dir)
{
    return int(QDir(dir).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files).size());
}

} // namespace

TEST_CASE("Every format, as folder and as ZIP, runs where it lands: configs parse and name the images once the one path is set")
{
    ExportFixture f;
    f.rejectBlank();
    for (ExportFormat format : allExportFormats()) {
        const Trainer &trainer = trainerFor(format);
        for (bool zip : {false, true}) {
            if (trainer.archiveOnly() && !zip)
                continue;
            DYNAMIC_SECTION(exportFormatKey(format).toStdString() << (zip ? " zip" : " folder"))
            {
                ExportOptions o;
                o.allowDrops = true;
                const ExportReport r = f.exportAs(format, exportFormatKey(format) + (zip ? QStringLiteral(".zip") : QString()), o);
                // A ZIP is unpacked and its one path set with the sed line TRAINING.md gives, in the files it names.
                QTemporaryDir unpacked;
                QString root = r.outputPath;
                if (zip) {
                    root = unpacked.path();
                    const Tree tree = readZip(r.outputPath);
                    QStringList named;
                    const QRegularExpressionMatch sed = QRegularExpression(QStringLiteral("sed -i \"s\\|@DATASET_DIR@\\|\\$PWD\\|g\" ([^\n]+)\n"))
                                                           .match(QString::fromUtf8(tree.value(QStringLiteral("TRAINING.md"))));
                    REQUIRE(sed.hasMatch() != trainer.archiveOnly());
                    if (sed.hasMatch())
                        named = sed.captured(1).split(QLatin1Char(' '));
                    CHECK(named.contains(QStringLiteral("TRAINING.md")) != trainer.archiveOnly());
                    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                        if (it.key().endsWith(QLatin1Char('/'))) {
                            QDir().mkpath(root + QLatin1Char('/') + it.key());
                            continue;
                        }
                        QByteArray bytes = it.value();
                        if (named.contains(it.key()))
                            bytes.replace("@DATASET_DIR@", root.toUtf8());
                        writeFile(root + QLatin1Char('/') + it.key(), bytes);
                    }
                }
                const Tree tree = readFolder(root);
                for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                    INFO(it.key().toStdString());
                    CHECK_FALSE(it.value().contains("@DATASET_DIR@")); // every placeholder was in a file TRAINING.md names
                }
                const QString guide = QString::fromUtf8(tree.value(QStringLiteral("TRAINING.md")));
                if (trainer.archiveOnly()) {
                    CHECK(guide.isEmpty()); // Replicate takes the archive itself
                    CHECK(imagesIn(root) == 6);
                    continue;
                }
                REQUIRE_FALSE(guide.isEmpty());
                CHECK(guide.contains(root)); // the commands name the dataset where it is
                QString imageDir;
                switch (format) {
                case ExportFormat::Kohya: {
                    const QByteArray text = tree.value(QStringLiteral("dataset.toml"));
                    const toml::table toml = toml::parse(std::string_view(text.constData(), size_t(text.size())));
                    imageDir = QString::fromStdString(toml["datasets"][0]["subsets"][0]["image_dir"].value_or(std::string()));
                    CHECK(toml["general"]["keep_tokens"].value_or(-1) == 1); // the trigger, first
                    CHECK(guide.contains(QStringLiteral("--caption_extension .txt")));
                    CHECK(guide.contains(root + QStringLiteral("/dataset.toml")));
                    CHECK(imagesIn(root + QStringLiteral("/img/10_ohwx woman")) == 6); // what --train_data_dir img finds
                    break;
                }
                case ExportFormat::AiToolkit: {
                    const YAML::Node yaml = YAML::Load(tree.value(QStringLiteral("ai-toolkit.yaml")).toStdString());
                    imageDir = QString::fromStdString(yaml["config"]["process"][0]["datasets"][0]["folder_path"].as<std::string>());
                    CHECK(guide.contains(QStringLiteral("python run.py \"%1/ai-toolkit.yaml\"").arg(root)));
                    break;
                }
                case ExportFormat::OneTrainer: {
                    const QJsonArray concepts = QJsonDocument::fromJson(tree.value(QStringLiteral("concepts.json"))).array();
                    imageDir = concepts.at(0).toObject().value(QStringLiteral("path")).toString();
                    CHECK(concepts.at(0).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("keep_tags_count")).toInt() == 1);
                    const QJsonObject config = QJsonDocument::fromJson(tree.value(QStringLiteral("onetrainer-config.json"))).object();
                    CHECK(QFileInfo(config.value(QStringLiteral("concept_file_name")).toString()).isFile());
                    CHECK(config.value(QStringLiteral("resolution")).toString() == QStringLiteral("1024"));
                    CHECK(config.value(QStringLiteral("model_type")).toString() == QStringLiteral("STABLE_DIFFUSION_XL_10_BASE"));
                    CHECK(guide.contains(QStringLiteral("--config-path \"%1/onetrainer-config.json\"").arg(root)));
                    break;
                }
                case ExportFormat::SimpleTuner: {
                    const QJsonArray backends = QJsonDocument::fromJson(tree.value(QStringLiteral("multidatabackend.json"))).array();
                    imageDir = backends.at(0).toObject().value(QStringLiteral("instance_data_dir")).toString();
                    const QJsonObject config = QJsonDocument::fromJson(tree.value(QStringLiteral("config.json"))).object();
                    CHECK(QFileInfo(config.value(QStringLiteral("data_backend_config")).toString()).isFile());
                    CHECK(guide.contains(QStringLiteral("%1/config.json").arg(root)));
                    break;
                }
                case ExportFormat::Diffusers: {
                    // metadata.jsonl names each image relative to itself; the commands name the folder.
                    imageDir = root + QStringLiteral("/train");
                    for (const QByteArray &line : tree.value(QStringLiteral("train/metadata.jsonl")).split('\n')) {
                        if (!line.isEmpty())
                            CHECK(QFileInfo(imageDir + QLatin1Char('/') + QJsonDocument::fromJson(line).object().value(QStringLiteral("file_name")).toString()).isFile());
                    }
                    CHECK(guide.contains(QStringLiteral("--train_data_dir \"%1/train\" --caption_column text").arg(root)));
                    CHECK(guide.contains(QStringLiteral("--dataset_name \"%1\"").arg(root)));
                    CHECK(guide.contains(QStringLiteral("Do not use `--instance_data_dir`")));
                    break;
                }
                case ExportFormat::ReplicateFlux:
                case ExportFormat::ReplicateSdxl: break;
                }
                INFO("image dir: " << imageDir.toStdString());
                CHECK(QDir(imageDir).isAbsolute());
                CHECK(imagesIn(imageDir) == 6);
                if (format != ExportFormat::Diffusers)
                    CHECK(QDir(imageDir).entryList({QStringLiteral("*.txt")}, QDir::Files).size() == 6);
            }
        }
    }
}

TEST_CASE("The pre-flight predicts the trainer: the images it square-crops, cuts into, enlarges or leaves out, and triggers inside words")
{
    ExportFixture f;
    f.rejectBlank();
    auto listed = [](const ExportPlan &plan, const char *code) {
        for (const PreflightIssue &i : plan.issues) {
            if (i.code == QLatin1String(code)) {
                QStringList items = i.items;
                items.sort();
                return items;
            }
        }
        return QStringList();
    };
    ExportOptions o;
    o.format = ExportFormat::Diffusers; // a centre square at 1024: the three oblong images lose a quarter or more
    auto plan = planExport(*f.lib, f.dataset.id, o);
    REQUIRE(plan.ok());
    CHECK(listed(*plan, "square-crop") == QStringList{QStringLiteral("café ü.jpg"), QStringLiteral("plain.jpg"), QStringLiteral("rotated.jpg")});
    CHECK(listed(*plan, "bucket-upscale").size() == 6); // all far below 1024, and diffusers enlarges
    CHECK(listed(*plan, "bucket-crop").isEmpty());
    CHECK(listed(*plan, "dropped").isEmpty());
    CHECK_FALSE(plan->blocked());

    o.format = ExportFormat::Kohya; // bucket_no_upscale: never enlarged, cut down to 64 px steps
    plan = planExport(*f.lib, f.dataset.id, o);
    CHECK(listed(*plan, "bucket-upscale").isEmpty());
    CHECK(listed(*plan, "square-crop").isEmpty());
    CHECK(listed(*plan, "bucket-crop").contains(QStringLiteral("rotated.jpg"))); // 80×160 → 64×128: 36 % cut

    // A crop to a square the size of a bucket step: nothing left to cut.
    REQUIRE(Items(f.lib->catalog()).setCrops({{f.itemNamed(QStringLiteral("rotated.jpg")), QRect(0, 0, 64, 128)}}).ok());
    plan = planExport(*f.lib, f.dataset.id, o);
    CHECK_FALSE(listed(*plan, "bucket-crop").contains(QStringLiteral("rotated.jpg")));

    // The trigger inside a longer word: an error naming the caption's image, whoever the trainer.
    REQUIRE(Items(f.lib->catalog()).setCaption(f.itemNamed(QStringLiteral("plain.jpg")), QStringLiteral("ohwx, the ohwxy style")).ok());
    for (ExportFormat format : {ExportFormat::Kohya, ExportFormat::ReplicateSdxl}) {
        o.format = format;
        plan = planExport(*f.lib, f.dataset.id, o);
        CHECK(listed(*plan, "trigger-inside-word") == QStringList{QStringLiteral("plain.jpg")});
        CHECK(plan->blocked());
    }
    CHECK(containsInsideWord(QStringLiteral("a party"), QStringLiteral("art")));
    CHECK(containsInsideWord(QStringLiteral("art, a party-art"), QStringLiteral("art")));
    CHECK_FALSE(containsInsideWord(QStringLiteral("ohwx, ohwx-style"), QStringLiteral("ohwx")));
}

TEST_CASE("Tag subsets become OneTrainer concepts and ai-toolkit datasets, caption variants become lines")
{
    ExportFixture f;
    f.rejectBlank();
    ExportOptions o;
    o.subsets = {{QStringLiteral("Tag One"), 4}, {QStringLiteral("nobody has this"), 2}}; // tags match ignoring case
    o.captionSource = ExportOptions::CaptionSource::Both;
    o.captionVariants = true;
    const ExportReport r = f.exportAs(ExportFormat::OneTrainer, QStringLiteral("ot"), o);
    const Tree tree = readFolder(r.outputPath);
    // Two concepts, each in a leaf folder of images/; the rule nobody matches makes none.
    const QJsonArray concepts = QJsonDocument::fromJson(tree.value(QStringLiteral("concepts.json"))).array();
    REQUIRE(concepts.size() == 2);
    CHECK(concepts[0].toObject().value(QStringLiteral("path")).toString() == r.outputPath + QStringLiteral("/images/main"));
    CHECK(concepts[0].toObject().value(QStringLiteral("balancing")).toDouble() == 10.0);
    CHECK(concepts[1].toObject().value(QStringLiteral("path")).toString() == r.outputPath + QStringLiteral("/images/tag_one"));
    CHECK(concepts[1].toObject().value(QStringLiteral("balancing")).toDouble() == 4.0);
    CHECK(concepts[1].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("ohwx woman Tag One"));
    CHECK(tree.contains(QStringLiteral("images/tag_one/plain.jpg")));
    CHECK(tree.contains(QStringLiteral("images/main/logo.png")));
    // The caption and the tags as two variants, each led by the trigger; OneTrainer picks one per step.
    CHECK(tree.value(QStringLiteral("images/tag_one/plain.txt")) == QByteArray("ohwx, plain with exif\nohwx, tag one, tag two"));
    CHECK(tree.value(QStringLiteral("images/main/logo.txt")) == QByteArray("ohwx, a green square on nothing"));

    // ai-toolkit: a dataset per subset, repeats relative to the main set's.
    o.captionVariants = false;
    const ExportReport a = f.exportAs(ExportFormat::AiToolkit, QStringLiteral("ait"), o);
    const YAML::Node yaml = YAML::Load(readFolder(a.outputPath).value(QStringLiteral("ai-toolkit.yaml")).toStdString());
    const YAML::Node datasets = yaml["config"]["process"][0]["datasets"];
    REQUIRE(datasets.size() == 2);
    CHECK(QString::fromStdString(datasets[0]["folder_path"].as<std::string>()) == a.outputPath + QStringLiteral("/main"));
    CHECK(datasets[0]["num_repeats"].as<int>() == 1);
    CHECK(QString::fromStdString(datasets[1]["folder_path"].as<std::string>()) == a.outputPath + QStringLiteral("/tag_one"));
    CHECK_FALSE(QFileInfo::exists(a.outputPath + QStringLiteral("/plain.jpg"))); // nothing at the scanned root

    // Variants only where a trainer reads lines as variants: kohya gets one line and a note.
    o.captionVariants = true;
    o.format = ExportFormat::Kohya;
    auto plan = planExport(*f.lib, f.dataset.id, o);
    REQUIRE(plan.ok());
    bool noted = false;
    for (const PreflightIssue &i : plan->issues)
        noted = noted || i.code == QLatin1String("caption-variants-ignored");
    CHECK(noted);
    for (const ExportEntry &e : plan->entries)
        CHECK_FALSE(e.caption.contains(QLatin1Char('\n')));
}

TEST_CASE("The same dataset and options give a byte-identical ZIP, an existing output is never overwritten")
{
    ExportFixture f;
    f.rejectBlank();
    const ExportReport a = f.exportAs(ExportFormat::Kohya, QStringLiteral("one.zip"));
    const ExportReport b = f.exportAs(ExportFormat::Kohya, QStringLiteral("two.zip"));
    CHECK(readFile(a.outputPath) == readFile(b.outputPath));
    CHECK(a.sha256 == b.sha256);

    ExportOptions o;
    o.format = ExportFormat::Kohya;
    o.outputPath = a.outputPath;
    auto plan = planExport(*f.lib, f.dataset.id, o);
    std::atomic<bool> cancel{false};
    const ExportReport again = Exporter(*f.lib).run(*plan, cancel);
    REQUIRE(again.failure);
    CHECK(again.failure->code == ErrorCode::AlreadyExists);
}

TEST_CASE("A canceled export leaves nothing behind")
{
    ExportFixture f;
    f.rejectBlank();
    for (const char *name : {"c.zip", "c-folder"}) {
        ExportOptions o;
        o.format = ExportFormat::Kohya;
        o.outputPath = f.out.filePath(QString::fromLatin1(name));
        auto plan = planExport(*f.lib, f.dataset.id, o);
        std::atomic<bool> cancel{false};
        const ExportReport r = Exporter(*f.lib).run(*plan, cancel, [&](int done, int, const QString &) {
            if (done >= 2)
                cancel = true;
        });
        REQUIRE(r.failure);
        CHECK(r.canceled);
        CHECK_FALSE(QFileInfo::exists(o.outputPath));
        CHECK_FALSE(QFileInfo::exists(o.outputPath + QStringLiteral(".part")));
    }
}

TEST_CASE("Bucket resize writes every image at its kohya bucket, metadata stripping is lossless")
{
    ExportFixture f;
    f.rejectBlank();
    ExportOptions o;
    o.resize = ExportOptions::Resize::Bucket;
    o.bucketNoUpscale = false;
    o.resolution = 512;
    o.imageFormat = ExportOptions::ImageFormat::Jpeg;
    const ExportReport r = f.exportAs(ExportFormat::Kohya, QStringLiteral("buckets"), o);
    const Tree tree = readFolder(r.outputPath);
    int images = 0;
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".jpg")))
            continue;
        QImage image;
        REQUIRE(image.loadFromData(it.value()));
        CHECK(image.width() % 64 == 0);
        CHECK(image.height() % 64 == 0);
        CHECK(qint64(image.width()) * image.height() <= 512 * 512 + 64 * 512);
        ++images;
    }
    CHECK(images == 6);

    const QByteArray withExif = withExifOrientation(makeJpeg(64, 64, 9), 1);
    const QByteArray stripped = stripJpegMetadata(withExif);
    CHECK_FALSE(stripped.contains("Exif"));
    QImage x, y;
    REQUIRE(x.loadFromData(withExif));
    REQUIRE(y.loadFromData(stripped));
    CHECK(x == y);
}

TEST_CASE("File-name and caption helpers")
{
    CHECK(sanitizeStem(QStringLiteral("café ü")) == QStringLiteral("cafe_u"));
    CHECK(sanitizeStem(QStringLiteral(".hidden")) == QStringLiteral("hidden"));
    CHECK(sanitizeStem(QStringLiteral("写真")) == QStringLiteral("image"));
    CHECK(sanitizeStem(QStringLiteral("x-masklabel")) == QStringLiteral("x-masklabel_img"));
    // Safe on Windows, macOS and Linux: reserved device names, forbidden characters, trailing dots and
    // spaces, and length.
    CHECK(sanitizeStem(QStringLiteral("CON")) == QStringLiteral("CON_"));
    CHECK(sanitizeStem(QStringLiteral("lpt1.backup")) == QStringLiteral("lpt1_.backup"));
    CHECK(sanitizeStem(QStringLiteral("a:b*c?d\"e<f>g|h")) == QStringLiteral("a_b_c_d_e_f_g_h"));
    CHECK(sanitizeStem(QStringLiteral("ends with dots.. ")) == QStringLiteral("ends_with_dots"));
    CHECK(sanitizeStem(QString(300, QLatin1Char('x'))).size() == 100);
    CHECK(singleLineCaption(QStringLiteral(" a\r\nb \n\n c ")) == QStringLiteral("a\rb c").replace(QLatin1Char('\r'), QLatin1Char(' ')));
    CHECK(containsWord(QStringLiteral("a photo of ohwx, smiling"), QStringLiteral("ohwx")));
    CHECK(startsWithWord(QStringLiteral("ohwx woman"), QStringLiteral("ohwx")));
    CHECK_FALSE(startsWithWord(QStringLiteral("ohwxx woman"), QStringLiteral("ohwx")));
    CHECK_FALSE(containsWord(QStringLiteral("ohwxx"), QStringLiteral("ohwx")));
    CHECK(roughTokenCount(QStringLiteral("a b c")) == 3);
}

// ---- Issue 8: exports never remove what the user owns, never ship what they should not ----

namespace {

// A small dataset of captioned images for the issue 8 export checks.
struct SmallExport
{
    TempLibrary lib;
    QTemporaryDir in;
    QTemporaryDir out;
    Dataset dataset;

    explicit SmallExport(const QList<std::pair<QString, QByteArray>> &files, const DatasetSettings &settings = {})
    {
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), settings);
        for (const auto &[name, bytes] : files) {
            writeFile(in.filePath(name), bytes);
            writeFile(in.filePath(name.left(name.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".txt")), "a caption");
        }
        ImportRequest request;
        request.dataset = dataset.id;
        request.paths = {in.path()};
        std::atomic<bool> cancel{false};
        const ImportReport r = Importer(*lib).run(request, cancel);
        REQUIRE(r.imported == files.size());
    }

    ExportReport run(ExportFormat format, const QString &outName, ExportOptions o = {}, const Exporter::ProgressFn &progress = {},
        std::atomic<bool> *cancel = nullptr, Exporter::DetailedProgressFn detailed = {})
    {
        o.format = format;
        o.outputPath = out.filePath(outName);
        auto plan = planExport(*lib, dataset.id, o);
        REQUIRE(plan.ok());
        REQUIRE_FALSE(plan->blocked());
        std::atomic<bool> never{false};
        Exporter exporter(*lib);
        exporter.setProgressCallback(std::move(detailed));
        return exporter.run(*plan, cancel ? *cancel : never, progress);
    }
};

QList<std::pair<QString, QByteArray>> threeImages()
{
    return {{QStringLiteral("one.jpg"), makeJpeg(96, 80, 301)}, {QStringLiteral("two.jpg"), makeJpeg(96, 80, 302)},
        {QStringLiteral("three.png"), encode(makeImage(96, 72, 303), "png")}};
}

} // namespace

#ifndef Q_OS_WIN
TEST_CASE("D3/D10/D16: temporary outputs are our own, NAME.part, links and companion files of the user are never touched")
{
    SmallExport f(threeImages());
    // What the user already has beside the outputs.
    writeFile(f.out.filePath(QStringLiteral("set.part/keep.txt")), "user data");
    writeFile(f.out.filePath(QStringLiteral("elsewhere/keep.txt")), "link target");
    REQUIRE(QFile::link(f.out.filePath(QStringLiteral("elsewhere")), f.out.filePath(QStringLiteral("linked.part"))));
    writeFile(f.out.filePath(QStringLiteral("set.zip.part")), "user zip part");
    // Leftovers of an export that was killed (ours: dead PID) and one that is still running (live PID).
    const QString dead = ExportSink::temporaryName(f.out.filePath(QStringLiteral("set.zip")), 99999999, QStringLiteral("abc123")) + QStringLiteral(".Xy12Zq");
    const QString live = ExportSink::temporaryName(f.out.filePath(QStringLiteral("set.zip")), QCoreApplication::applicationPid(), QStringLiteral("def456"));
    writeFile(dead, "half an archive");
    writeFile(live, "in progress");
    writeFile(f.out.filePath(QStringLiteral("set.zip.part.Ab12Cd")), "an earlier version's leftover: not provably ours");

    const ExportReport folder = f.run(ExportFormat::AiToolkit, QStringLiteral("set"));
    REQUIRE_FALSE(folder.failure);
    CHECK(readFile(f.out.filePath(QStringLiteral("set.part/keep.txt"))) == "user data");
    const ExportReport linked = f.run(ExportFormat::AiToolkit, QStringLiteral("linked"));
    REQUIRE_FALSE(linked.failure);
    CHECK(readFile(f.out.filePath(QStringLiteral("elsewhere/keep.txt"))) == "link target");
    CHECK(QFileInfo(f.out.filePath(QStringLiteral("linked.part"))).isSymLink());

    const ExportReport zip = f.run(ExportFormat::AiToolkit, QStringLiteral("set.zip"));
    REQUIRE_FALSE(zip.failure);
    CHECK(readFile(f.out.filePath(QStringLiteral("set.zip.part"))) == "user zip part");
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK(QFileInfo::exists(live));
    CHECK(zip.notes.join(QLatin1Char(' ')).contains(QStringLiteral("interrupted")));
    CHECK(QFileInfo::exists(f.out.filePath(QStringLiteral("set.zip.part.Ab12Cd"))));
    CHECK(zip.notes.join(QLatin1Char(' ')).contains(QStringLiteral("set.zip.part.Ab12Cd")));
    // Nothing of ours is left beside the outputs.
    const QStringList left = QDir(f.out.path()).entryList({QStringLiteral("*.lctmp-*")}, QDir::AllEntries | QDir::Hidden);
    CHECK(left == QStringList{QFileInfo(live).fileName()});

    // A companion metadata file that exists stops a Replicate export before anything is written.
    writeFile(f.out.filePath(QStringLiteral("rep.loracraft.json")), "mine");
    const ExportReport rep = f.run(ExportFormat::ReplicateFlux, QStringLiteral("rep.zip"));
    REQUIRE(rep.failure);
    CHECK(rep.failure->code == ErrorCode::AlreadyExists);
    CHECK(readFile(f.out.filePath(QStringLiteral("rep.loracraft.json"))) == "mine");
    CHECK_FALSE(QFileInfo::exists(f.out.filePath(QStringLiteral("rep.zip"))));

    // A dangling link at the output name counts as existing.
    REQUIRE(QFile::link(f.out.filePath(QStringLiteral("nowhere")), f.out.filePath(QStringLiteral("dangling.zip"))));
    const ExportReport dangling = f.run(ExportFormat::AiToolkit, QStringLiteral("dangling.zip"));
    REQUIRE(dangling.failure);
    CHECK(dangling.failure->code == ErrorCode::AlreadyExists);
}
#endif

TEST_CASE("B12: an empty folder made for the export is used, a folder with anything in it never is")
{
    SmallExport f(threeImages());
    REQUIRE(QDir().mkpath(f.out.filePath(QStringLiteral("made-for-it"))));
    const ExportReport into = f.run(ExportFormat::AiToolkit, QStringLiteral("made-for-it"));
    REQUIRE_FALSE(into.failure);
    CHECK(into.images == 3);
    CHECK(QFileInfo::exists(f.out.filePath(QStringLiteral("made-for-it/ai-toolkit.yaml"))));

    writeFile(f.out.filePath(QStringLiteral("busy/.hidden")), "mine");
    const ExportReport busy = f.run(ExportFormat::AiToolkit, QStringLiteral("busy"));
    REQUIRE(busy.failure);
    CHECK(busy.failure->code == ErrorCode::AlreadyExists);
    CHECK(readFile(f.out.filePath(QStringLiteral("busy/.hidden"))) == "mine");
    CHECK(QDir(f.out.filePath(QStringLiteral("busy"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() == 1);

    // An archive name is never taken over, even by an empty folder.
    REQUIRE(QDir().mkpath(f.out.filePath(QStringLiteral("folder.zip"))));
    const ExportReport zip = f.run(ExportFormat::AiToolkit, QStringLiteral("folder.zip"));
    REQUIRE(zip.failure);
    CHECK(zip.failure->code == ErrorCode::AlreadyExists);
}

namespace {

// A PNG chunk (length, type, data, CRC-32 of type and data), to put metadata into generated PNGs.
QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray body = QByteArray(type, 4) + data;
    quint32 crc = 0xFFFFFFFFu;
    for (char c : body) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    auto bigEndian = [](quint32 v) {
        QByteArray b(4, Qt::Uninitialized);
        qToBigEndian(v, b.data());
        return b;
    };
    return bigEndian(quint32(data.size())) + body + bigEndian(crc);
}

} // namespace

TEST_CASE("D5: metadata stripping handles fill bytes and fails closed: GPS EXIF never ships")
{
    const QByteArray base = makeJpeg(96, 64, 310);
    const QByteArray filled = withGpsExif(base, true);
    REQUIRE(filled.contains("GPS"));
    const QByteArray stripped = stripJpegMetadata(filled);
    REQUIRE_FALSE(stripped.isEmpty());
    CHECK_FALSE(stripped.contains("Exif"));
    CHECK_FALSE(stripped.contains("GPS"));
    QImage x, y;
    REQUIRE(x.loadFromData(filled));
    REQUIRE(y.loadFromData(stripped));
    CHECK(x == y); // lossless
    // Garbage between segments: not understood, so nothing is returned (the export re-encodes).
    QByteArray garbled = withGpsExif(base, false);
    garbled.insert(garbled.indexOf("GPS 48") + 22, QByteArray("\x00\x00", 2));
    CHECK(stripJpegMetadata(garbled).isEmpty());
    CHECK(stripPngMetadata(QByteArray("\x89PNG\r\n\x1A\n\x00\x00", 10)).isEmpty());

    // A PNG with GPS in an eXIf chunk and a text chunk after IHDR (8 signature bytes + 25 of IHDR).
    QByteArray png = encode(makeScene(96, 64, 311), "png");
    png.insert(33, pngChunk("eXIf", withGpsExif(base, false).mid(12, 60)) + pngChunk("tEXt", QByteArray("Comment\0GPS 48.8584 N", 22)));
    REQUIRE(png.contains("eXIf"));
    QImage pngPixels;
    REQUIRE(pngPixels.loadFromData(png)); // still a valid PNG

    SmallExport f({{QStringLiteral("gps.jpg"), filled}, {QStringLiteral("garbled.jpg"), garbled}, {QStringLiteral("gps.png"), png}});
    for (const char *name : {"meta", "meta.zip"}) {
        const ExportReport r = f.run(ExportFormat::AiToolkit, QString::fromLatin1(name));
        REQUIRE_FALSE(r.failure);
        const Tree tree = QString::fromLatin1(name).endsWith(QLatin1String(".zip")) ? readZip(r.outputPath) : readFolder(r.outputPath);
        int images = 0;
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".jpg")) && !it.key().endsWith(QLatin1String(".png")))
                continue;
            INFO(it.key());
            ++images;
            CHECK_FALSE(it.value().contains("Exif"));
            CHECK_FALSE(it.value().contains("eXIf"));
            CHECK_FALSE(it.value().contains("tEXt"));
            CHECK_FALSE(it.value().contains("GPS"));
            QImage image;
            CHECK(image.loadFromData(it.value()));
            if (it.key().endsWith(QLatin1String(".png")))
                CHECK(image.convertToFormat(QImage::Format_RGB32) == pngPixels.convertToFormat(QImage::Format_RGB32)); // lossless
        }
        CHECK(images == 3);
    }
}

TEST_CASE("D12: a damaged stored image fails the export instead of shipping, importing the original repairs it")
{
    const QByteArray original = makeJpeg(96, 80, 320);
    SmallExport f({{QStringLiteral("victim.jpg"), original}, {QStringLiteral("fine.jpg"), makeJpeg(96, 80, 321)}});
    const ContentHash hash = ContentHash::of(original);
    {
        QFile obj(f.lib->store().pathFor(hash));
        REQUIRE(obj.open(QIODevice::ReadWrite));
        obj.seek(original.size() - 10); // a bit flip in the entropy-coded data: still decodable
        obj.write("\x55");
    }
    for (const char *name : {"dmg", "dmg.zip"}) {
        INFO(name);
        const ExportReport r = f.run(ExportFormat::AiToolkit, QString::fromLatin1(name));
        REQUIRE(r.failure);
        CHECK(r.failure->code == ErrorCode::Corrupt);
        CHECK(r.failure->message.contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFileInfo::exists(f.out.filePath(QString::fromLatin1(name))));
        CHECK(QDir(f.out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }
    // Rendering (resize) reads through the store too, and verifies.
    ExportOptions resized;
    resized.resize = ExportOptions::Resize::LongSide;
    resized.longSide = 64;
    const ExportReport rendered = f.run(ExportFormat::AiToolkit, QStringLiteral("small"), resized);
    REQUIRE(rendered.failure);
    CHECK(rendered.failure->code == ErrorCode::Corrupt);

    ImportRequest request;
    request.dataset = f.dataset.id;
    request.paths = {f.in.path()};
    std::atomic<bool> cancel{false};
    const ImportReport again = Importer(*f.lib).run(request, cancel);
    CHECK(again.repairedObjects == 1);
    const ExportReport ok = f.run(ExportFormat::AiToolkit, QStringLiteral("ok.zip"));
    REQUIRE_FALSE(ok.failure);
    const QJsonObject meta = QJsonDocument::fromJson(readZip(ok.outputPath).value(QStringLiteral("loracraft.json"))).object();
    bool found = false;
    for (const QJsonValue &v : meta.value(QStringLiteral("images")).toArray()) {
        if (v.toObject().value(QStringLiteral("original_name")).toString() == QLatin1String("victim.jpg")) {
            found = true;
            const QByteArray shipped = readZip(ok.outputPath).value(v.toObject().value(QStringLiteral("file")).toString());
            CHECK(ContentHash::of(shipped).toHex() == v.toObject().value(QStringLiteral("sha256")).toString());
        }
    }
    CHECK(found);
}

TEST_CASE("D15/D17: Windows device names are renamed, kohya folder names carry no path separators")
{
    for (const char *name : {"CON", "con", "PRN", "aux", "NUL", "Nul.txt", "COM1", "com9", "LPT1", "lpt9", "CON.tar"}) {
        INFO(name);
        const QString s = sanitizeStem(QString::fromLatin1(name));
        static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
            QRegularExpression::CaseInsensitiveOption);
        CHECK_FALSE(reserved.match(s).hasMatch());
    }
    CHECK(sanitizeStem(QStringLiteral("NUL.txt")) == QStringLiteral("NUL_.txt"));
    CHECK(sanitizeStem(QStringLiteral("console")) == QStringLiteral("console"));
    CHECK(sanitizeStem(QStringLiteral("com10")) == QStringLiteral("com10"));

    DatasetSettings s;
    s.triggerWord = QStringLiteral("..\\..\\evil");
    s.classWord = QStringLiteral("x:y*");
    SmallExport f({{QStringLiteral("CON.jpg"), makeJpeg(96, 80, 330)}}, s);
    const ExportReport r = f.run(ExportFormat::Kohya, QStringLiteral("k.zip"));
    REQUIRE_FALSE(r.failure);
    const Tree tree = readZip(r.outputPath);
    bool image = false;
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        INFO(it.key());
        CHECK_FALSE(it.key().contains(QLatin1Char('\\')));
        CHECK_FALSE(it.key().contains(QLatin1Char(':')));
        CHECK(isSafeExportEntryName(it.key()));
        if (it.key().endsWith(QLatin1String(".jpg"))) {
            image = true;
            CHECK(it.key() == QStringLiteral("img/10_.. .. evil x y/CON_.jpg"));
        }
    }
    CHECK(image);
    CHECK_FALSE(isSafeExportEntryName(QStringLiteral("img\\a.jpg")));
    CHECK_FALSE(isSafeExportEntryName(QStringLiteral("../a.jpg")));
    CHECK_FALSE(isSafeExportEntryName(QStringLiteral("/a.jpg")));
}

TEST_CASE("B8: export progress is reported per image in every stage, and cancel stops at the next image")
{
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 0; i < 12; ++i)
        files.append({QStringLiteral("img%1.jpg").arg(i), makeJpeg(96, 80, 340 + i)});
    SmallExport f(files);
    for (bool zip : {false, true}) {
        DYNAMIC_SECTION((zip ? "zip" : "folder"))
        {
            QList<ExportProgress> seen;
            const ExportReport r = f.run(ExportFormat::AiToolkit, zip ? QStringLiteral("p.zip") : QStringLiteral("p"), {}, {}, nullptr,
                [&](const ExportProgress &p) { seen.append(p); });
            REQUIRE_FALSE(r.failure);
            int images = 0, archive = 0, lastStep = 0;
            for (const ExportProgress &p : seen) {
                CHECK(p.step >= lastStep); // monotone
                lastStep = p.step;
                CHECK(p.steps == (zip ? 24 : 12));
                if (p.stage == ExportProgress::Stage::Images)
                    CHECK(p.imagesDone == ++images);
                if (p.stage == ExportProgress::Stage::Archive) {
                    CHECK(p.imagesDone == ++archive);
                    CHECK(p.current.endsWith(QLatin1String(".jpg")));
                }
            }
            CHECK(images == 12);
            CHECK(archive == (zip ? 12 : 0));
            CHECK(seen.last().stage == ExportProgress::Stage::Done);
            CHECK(seen.last().step == seen.last().steps);

            // Cancel during the images: no image is reported after the one that canceled.
            std::atomic<bool> cancel{false};
            int afterCancel = 0;
            const ExportReport c = f.run(ExportFormat::AiToolkit, zip ? QStringLiteral("c.zip") : QStringLiteral("c"), {},
                [&](int done, int, const QString &) {
                    if (cancel)
                        ++afterCancel;
                    if (done == 1)
                        cancel = true;
                },
                &cancel);
            REQUIRE(c.failure);
            CHECK(c.canceled);
            CHECK(afterCancel == 0);

            // Cancel while the archive is written: it stops there too, and leaves nothing.
            if (zip) {
                std::atomic<bool> cancelLate{false};
                const ExportReport late = f.run(ExportFormat::AiToolkit, QStringLiteral("late.zip"), {}, {}, &cancelLate,
                    [&](const ExportProgress &p) {
                        if (p.stage == ExportProgress::Stage::Archive && p.imagesDone == 2)
                            cancelLate = true;
                    });
                REQUIRE(late.failure);
                CHECK(late.canceled);
                CHECK_FALSE(QFileInfo::exists(f.out.filePath(QStringLiteral("late.zip"))));
            }
            CHECK(QDir(f.out.path()).entryList({QStringLiteral("*.lctmp-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
        }
    }
}

TEST_CASE("B14: exports are tasks in the history: completed with their counts, canceled and failed ones too")
{
    SmallExport f(threeImages());
    const ExportReport ok = f.run(ExportFormat::Kohya, QStringLiteral("h.zip"));
    REQUIRE_FALSE(ok.failure);
    std::atomic<bool> cancel{true};
    const ExportReport canceled = f.run(ExportFormat::Kohya, QStringLiteral("h2"), {}, {}, &cancel);
    REQUIRE(canceled.canceled);
    f.lib.reopen();
    auto history = recentHistory(f.lib->catalog());
    REQUIRE(history.ok());
    int exports = 0;
    bool sawCanceled = false, sawCompleted = false;
    for (const HistoryEntry &e : *history) {
        if (e.kind != QLatin1String("export"))
            continue;
        ++exports;
        CHECK(e.format == QStringLiteral("kohya"));
        CHECK(e.dataset == QStringLiteral("W/D"));
        if (e.canceled()) {
            sawCanceled = true;
            CHECK(e.summary.contains(QStringLiteral("canceled")));
        } else {
            sawCompleted = true;
            CHECK(e.status == QStringLiteral("completed"));
            CHECK(e.images == 3);
            CHECK(e.outputPath == ok.outputPath);
            CHECK(e.bytes == ok.bytes);
        }
    }
    CHECK(exports == 2); // the completed one is listed once, not again from the exports table
    CHECK(sawCanceled);
    CHECK(sawCompleted);
}

TEST_CASE("B28: one low-resolution rule for the LOW RES badge and the pre-flight warning")
{
    CHECK(isLowResolution(700, 700, 1024));        // 490,000 px < half of 1,048,576
    CHECK_FALSE(isLowResolution(800, 700, 1024));  // 560,000 px: not low, though the short side is < 3/4 of 1024
    CHECK_FALSE(isLowResolution(1024, 512, 1024)); // exactly half
    CHECK(isLowResolution(1023, 512, 1024));
    CHECK_FALSE(isLowResolution(10, 10, 0));
    static_assert(isLowResolution(100, 100, 512));

    DatasetSettings s;
    s.targetResolution = 1024;
    SmallExport f({{QStringLiteral("low.jpg"), makeJpeg(700, 700, 350)}, {QStringLiteral("wide.jpg"), makeJpeg(800, 700, 351)}}, s);
    ExportOptions o;
    o.format = ExportFormat::AiToolkit;
    o.outputPath = f.out.filePath(QStringLiteral("x"));
    auto plan = planExport(*f.lib, f.dataset.id, o);
    REQUIRE(plan.ok());
    QStringList low;
    for (const PreflightIssue &i : plan->issues) {
        if (i.code == QLatin1String("low-resolution"))
            low = i.items;
    }
    CHECK(low == QStringList{QStringLiteral("low.jpg")});
}

TEST_CASE("Pre-flight counts caption tokens with the real tokenizers: CLIP for SDXL, T5 for Flux")
{
    for (const TargetModel model : {TargetModel::Sdxl, TargetModel::Flux}) {
        TempLibrary lib;
        auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
        DatasetSettings s;
        s.targetModel = model;
        const Dataset dataset = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), s);
        QStringList words75, words76, words600;
        for (int i = 0; i < 75; ++i)
            words75 << QStringLiteral("cat"); // one CLIP token each
        words76 = words75;
        words76 << QStringLiteral("cat");
        for (int i = 0; i < 600; ++i)
            words600 << QStringLiteral("cat");
        Items items(lib->catalog());
        auto add = [&](const QString &name, int seed, const QStringList &words) {
            const ItemId id(addItem(*lib, dataset.id.value(), makeJpeg(256, 256, seed), name));
            REQUIRE(items.setCaption(id, words.join(QLatin1Char(' '))).ok());
        };
        add(QStringLiteral("fits.jpg"), 1, words75);
        add(QStringLiteral("one-over.jpg"), 2, words76);
        add(QStringLiteral("very-long.jpg"), 3, words600);
        ExportOptions o;
        o.format = ExportFormat::AiToolkit;
        auto plan = planExport(*lib, dataset.id, o);
        REQUIRE(plan.ok());
        const PreflightIssue *tooLong = nullptr;
        for (const PreflightIssue &i : plan->issues) {
            if (i.code == QLatin1String("caption-too-long"))
                tooLong = &i;
        }
        REQUIRE(tooLong);
        if (model == TargetModel::Sdxl) {
            // 75 tokens fit CLIP's window exactly; the 76th is cut off.
            CHECK(tooLong->items == QStringList({QStringLiteral("one-over.jpg"), QStringLiteral("very-long.jpg")}));
            CHECK(tooLong->message.contains(QStringLiteral("CLIP")));
        } else {
            CHECK(tooLong->items == QStringList{QStringLiteral("very-long.jpg")});
            CHECK(tooLong->message.contains(QStringLiteral("T5")));
            // No T5 model ships: the message says the count is an estimate.
            CHECK(tooLong->message.contains(TokenCounter::shared()->t5().isExact() ? QStringLiteral("counted") : QStringLiteral("estimated")));
        }
    }
}

TEST_CASE("loracraft.json records each item's caption provenance: manual, imported, auto with what wrote it, none")
{
    ExportFixture f;
    Items items(f.lib->catalog());
    REQUIRE(items.setCaption(f.itemNamed(QStringLiteral("logo.png")), QStringLiteral("ohwx, typed by hand")).ok());
    CaptionProvenance generated;
    generated.origin = CaptionOrigin::Auto;
    generated.backend = QStringLiteral("replicate");
    generated.model = QStringLiteral("salesforce/blip:2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746");
    generated.prompt = QStringLiteral("Describe plain.jpg.");
    generated.at = 1714566896789; // 2024-05-01 12:34:56.789 UTC
    generated.task = 42;
    REQUIRE(items.setCaption(f.itemNamed(QStringLiteral("plain.jpg")), QStringLiteral("a gray square"), generated).ok());

    // The same entries in a folder's loracraft.json and beside a Replicate archive.
    const ExportReport folder = f.exportAs(ExportFormat::AiToolkit, QStringLiteral("folder"));
    f.exportAs(ExportFormat::ReplicateFlux, QStringLiteral("rep.zip"));
    REQUIRE(folder.outputPath == f.out.filePath(QStringLiteral("folder")));
    for (const QString &manifest : {f.out.filePath(QStringLiteral("folder/loracraft.json")), f.out.filePath(QStringLiteral("rep.loracraft.json"))}) {
        INFO(manifest.toStdString());
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(manifest));
        REQUIRE(doc.isObject());
        const QJsonArray images = doc.object().value(QStringLiteral("images")).toArray();
        REQUIRE(images.size() == 7);
        QHash<QString, QJsonObject> byName; // the two photo.jpg have the same provenance (imported)
        for (const QJsonValue &v : images)
            byName.insert(v.toObject().value(QStringLiteral("original_name")).toString(), v.toObject());

        // The keys that were there before stay as they were; the provenance and the subset are more.
        const QJsonObject plain = byName.value(QStringLiteral("plain.jpg"));
        QStringList keys = plain.keys();
        keys.sort();
        CHECK(keys == QStringList{QStringLiteral("caption"), QStringLiteral("caption_provenance"), QStringLiteral("crop"),
                          QStringLiteral("file"), QStringLiteral("height"), QStringLiteral("original_name"),
                          QStringLiteral("output_height"), QStringLiteral("output_width"), QStringLiteral("repeats"),
                          QStringLiteral("sha256"), QStringLiteral("source_path"), QStringLiteral("subset"), QStringLiteral("tags"),
                          QStringLiteral("width")});
        CHECK(plain.value(QStringLiteral("caption")).toString() == QStringLiteral("ohwx, a gray square"));
        CHECK(plain.value(QStringLiteral("caption_provenance")).toObject()
              == QJsonObject{{QStringLiteral("origin"), QStringLiteral("auto")}, {QStringLiteral("backend"), QStringLiteral("replicate")},
                  {QStringLiteral("model"), generated.model}, {QStringLiteral("prompt"), QStringLiteral("Describe plain.jpg.")},
                  {QStringLiteral("at"), QStringLiteral("2024-05-01T12:34:56.789Z")}, {QStringLiteral("task"), 42}});

        CHECK(byName.value(QStringLiteral("logo.png")).value(QStringLiteral("caption_provenance")).toObject()
              == QJsonObject{{QStringLiteral("origin"), QStringLiteral("manual")}});
        CHECK(byName.value(QStringLiteral("rotated.jpg")).value(QStringLiteral("caption_provenance")).toObject()
              == QJsonObject{{QStringLiteral("origin"), QStringLiteral("imported")}});
        CHECK(byName.value(QStringLiteral("blank.jpg")).value(QStringLiteral("caption_provenance")).toObject()
              == QJsonObject{{QStringLiteral("origin"), QStringLiteral("none")}});
    }
}

TEST_CASE("Exported pixels are 8-bit sRGB: a 16-bit PNG is scaled, not passed through, and an ICC profile is converted")
{
    ExportFixture f;
    QTemporaryDir more;
    QImage deep(96, 80, QImage::Format_RGBX64);
    deep.fill(QColor(60, 120, 180));
    const QByteArray deepPng = encode(deep, "png");
    REQUIRE(quint8(deepPng[24]) == 16); // IHDR bit depth: the test needs a real 16-bit file
    writeFile(more.filePath(QStringLiteral("deep.png")), deepPng);
    QImage wide(96, 80, QImage::Format_RGB32);
    wide.fill(QColor(200, 50, 50));
    wide.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
    const QByteArray widePng = encode(wide, "png");
    REQUIRE(widePng.contains("iCCP"));
    writeFile(more.filePath(QStringLiteral("wide.png")), widePng);
    // Adobe RGB: its green is beyond sRGB's too.
    QImage adobe(96, 80, QImage::Format_RGB32);
    adobe.fill(QColor(50, 200, 50));
    adobe.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
    writeFile(more.filePath(QStringLiteral("adobe.png")), encode(adobe, "png"));
    // A palette PNG (colour type 3) and a CMYK JPEG (Adobe-style, as Photoshop writes them).
    QImage palette(96, 80, QImage::Format_Indexed8);
    palette.setColorTable({qRgb(10, 200, 30), qRgb(250, 240, 5)});
    palette.fill(0);
    const QByteArray palettePng = encode(palette, "png");
    REQUIRE(quint8(palettePng[25]) == 3);
    writeFile(more.filePath(QStringLiteral("palette.png")), palettePng);
    const QByteArray cmyk = makeCmykJpeg(96, 80);
    writeFile(more.filePath(QStringLiteral("cmyk.jpg")), cmyk);
    ImportRequest request;
    request.dataset = f.dataset.id;
    request.paths = {more.path()};
    std::atomic<bool> cancel{false};
    REQUIRE(Importer(*f.lib).run(request, cancel).imported == 5);

    const ExportReport r = f.exportAs(ExportFormat::AiToolkit, QStringLiteral("pixels"));
    QFile deepOut(r.outputPath + QStringLiteral("/deep.png"));
    REQUIRE(deepOut.open(QIODevice::ReadOnly));
    const QByteArray deepBytes = deepOut.readAll();
    CHECK(quint8(deepBytes[24]) == 8);
    const QColor deepPixel = QImage::fromData(deepBytes).pixelColor(10, 10);
    CHECK(std::abs(deepPixel.red() - 60) <= 1);
    CHECK(std::abs(deepPixel.green() - 120) <= 1);
    CHECK(std::abs(deepPixel.blue() - 180) <= 1);
    QFile wideOut(r.outputPath + QStringLiteral("/wide.png"));
    REQUIRE(wideOut.open(QIODevice::ReadOnly));
    const QByteArray wideBytes = wideOut.readAll();
    CHECK_FALSE(wideBytes.contains("iCCP"));
    const QColor widePixel = QImage::fromData(wideBytes).pixelColor(10, 10);
    INFO(widePixel.red() << "," << widePixel.green() << "," << widePixel.blue());
    CHECK(widePixel.red() > 205); // Display P3's red is beyond sRGB's: converted, not reinterpreted

    const QByteArray adobeBytes = readFile(r.outputPath + QStringLiteral("/adobe.png"));
    CHECK_FALSE(adobeBytes.contains("iCCP"));
    const QColor adobePixel = QImage::fromData(adobeBytes).pixelColor(10, 10);
    INFO(adobePixel.red() << "," << adobePixel.green() << "," << adobePixel.blue());
    // Converted, not reinterpreted: Adobe RGB's (50, 200, 50) is sRGB's (0, 201, 13), a purer green.
    CHECK(adobePixel.red() < 20);
    CHECK(adobePixel.blue() < 35);
    CHECK(adobePixel.green() >= 195);

    // The palette expanded to 8-bit RGB, the colours exact.
    const QByteArray paletteBytes = readFile(r.outputPath + QStringLiteral("/palette.png"));
    CHECK(quint8(paletteBytes[24]) == 8);
    CHECK(quint8(paletteBytes[25]) == 2);
    CHECK(QImage::fromData(paletteBytes).pixel(5, 5) == qRgb(10, 200, 30));

    // CMYK: re-encoded as an RGB JPEG (3 components in its frame header) with the colours a CMYK-aware
    // decoder shows, within JPEG's error.
    const QByteArray cmykBytes = readFile(r.outputPath + QStringLiteral("/cmyk.jpg"));
    REQUIRE_FALSE(cmykBytes.isEmpty());
    const qsizetype sof = cmykBytes.indexOf(QByteArray("\xFF\xC0", 2));
    REQUIRE(sof > 0);
    CHECK(quint8(cmykBytes[sof + 9]) == 3);
    const QImage cmykOut = QImage::fromData(cmykBytes).convertToFormat(QImage::Format_RGB32);
    QImage cmykIn;
    REQUIRE(cmykIn.loadFromData(cmyk));
    cmykIn = cmykIn.convertToFormat(QImage::Format_RGB32);
    for (const QPoint pt : {QPoint(0, 0), QPoint(95, 0), QPoint(48, 40), QPoint(95, 79)}) {
        const QRgb a = cmykOut.pixel(pt), b = cmykIn.pixel(pt);
        CHECK(std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) <= 18);
    }
}

TEST_CASE("A JPEG far above its bucket is decoded DCT-scaled: the exact bucket size, the same picture")
{
    // 2400×1800 at kohya's 1024 buckets (no upscale) → resized to 1182×887 and cut to 1152×832: decoded at
    // 1/2 (1200×900), then resized. The picture matches a full decode resized the same way.
    const QByteArray jpeg = makeJpeg(2400, 1800, 404, 95, true);
    SmallExport f({{QStringLiteral("big.jpg"), jpeg}});
    ExportOptions o;
    o.resize = ExportOptions::Resize::Bucket;
    o.imageFormat = ExportOptions::ImageFormat::Png;
    const ExportReport r = f.run(ExportFormat::Kohya, QStringLiteral("dct"), o);
    REQUIRE_FALSE(r.failure);
    QImage written(r.outputPath + QStringLiteral("/img/10_D/big.png"));
    REQUIRE_FALSE(written.isNull());
    const auto placement = KohyaTrainer().bucketFor(QSize(2400, 1800), BucketTarget{1024, TargetModel::Flux, true});
    REQUIRE(placement);
    CHECK(written.size() == placement->bucket);

    QImage full;
    REQUIRE(full.loadFromData(jpeg));
    const QImage reference = full.convertToFormat(QImage::Format_RGB32)
                                 .scaled(placement->resized, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                 .copy(QRect(placement->cropOffset, placement->bucket));
    written = written.convertToFormat(QImage::Format_RGB32);
    double diff = 0;
    for (int y = 0; y < written.height(); y += 7) {
        for (int x = 0; x < written.width(); x += 7) {
            const QRgb a = written.pixel(x, y), b = reference.pixel(x, y);
            diff += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
        }
    }
    const double samples = double((written.height() + 6) / 7) * ((written.width() + 6) / 7) * 3;
    CHECK(diff / samples < 6.0); // mean error per channel: the same picture, resampled differently
}
