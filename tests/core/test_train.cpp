#include "testlibrary.h"
#include "train/trainingprogress.h"
#include "train/weightsarchive.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <vector>

using namespace lc;
using namespace lc::train;

namespace {

const QString Fixtures = QStringLiteral(LC_TRAIN_FIXTURES);

// The fake file contents of the fixtures: the same sequence as fake_bytes() in fixtures/train/make_fixtures.py.
QByteArray fakeBytes(int seed, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + seed * 17 + (i >> 8)) & 0xFF);
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Every file and folder under root (hidden ones too), relative to it, sorted.
QStringList tree(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(root).relativeFilePath(it.next()));
    found.sort();
    return found;
}

// A small tar writer: ustar headers, pax 'x' headers and GNU 'L' long names, as real writers lay them out.
class TarBuilder
{
public:
    enum class SizeField { Octal, Base256, ZeroWithPaxSize };

    void file(const QByteArray &name, const QByteArray &data, SizeField size = SizeField::Octal)
    {
        m_bytes += header(name, data.size(), '0', size);
        m_bytes += padded(data);
    }
    void dir(const QByteArray &name) { m_bytes += header(name, 0, '5'); }
    // A name over 100 bytes through a pax extended header (what Python's tarfile writes); with
    // ZeroWithPaxSize the size is only in the pax header (what tarfile does for 8 GiB and more).
    void paxFile(const QByteArray &name, const QByteArray &data, SizeField size = SizeField::Octal)
    {
        QByteArray records = paxRecord("path", name);
        if (size == SizeField::ZeroWithPaxSize)
            records += paxRecord("size", QByteArray::number(data.size()));
        m_bytes += header("././@PaxHeader", records.size(), 'x');
        m_bytes += padded(records);
        m_bytes += header(name.left(100), size == SizeField::ZeroWithPaxSize ? 0 : data.size(), '0', size);
        m_bytes += padded(data);
    }
    // A name over 100 bytes through a GNU 'L' entry (GNU tar, tarfile's GNU_FORMAT).
    void gnuLongFile(const QByteArray &name, const QByteArray &data)
    {
        const QByteArray longName = name + '\0';
        m_bytes += header("././@LongLink", longName.size(), 'L');
        m_bytes += padded(longName);
        m_bytes += header(name.left(100), data.size(), '0');
        m_bytes += padded(data);
    }
    QByteArray finish(bool endBlocks = true) const
    {
        return endBlocks ? m_bytes + QByteArray(1024, '\0') : m_bytes;
    }

    static QByteArray header(const QByteArray &name, qint64 size, char type, SizeField sizeField = SizeField::Octal)
    {
        QByteArray h(512, '\0');
        auto put = [&h](int offset, const QByteArray &text) { h.replace(offset, text.size(), text); };
        put(0, name.left(100));
        put(100, "0000644");
        put(108, "0001750");
        put(116, "0001750");
        if (sizeField == SizeField::Base256) {
            h[124] = char(0x80);
            for (int i = 0; i < 8; ++i)
                h[135 - i] = char((size >> (8 * i)) & 0xFF);
        } else {
            put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
        }
        put(136, "14630651200");
        h[156] = type;
        put(257, QByteArray("ustar\0" "00", 8));
        put(265, "cog");
        put(297, "cog");
        put(148, "        ");
        int sum = 0;
        for (char c : h)
            sum += static_cast<unsigned char>(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        return h;
    }
    static QByteArray padded(const QByteArray &data)
    {
        return data + QByteArray((512 - data.size() % 512) % 512, '\0');
    }

private:
    // "<length> key=value\n", the length counting its own digits.
    static QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
    {
        const QByteArray body = ' ' + key + '=' + value + '\n';
        qsizetype length = body.size() + 1;
        while (QByteArray::number(length).size() + body.size() != length)
            ++length;
        return QByteArray::number(length) + body;
    }

    QByteArray m_bytes;
};

Result<ExtractedWeights> extract(const QString &tar, const QString &outDir)
{
    return extractLora(tar, outDir);
}

} // namespace

TEST_CASE("A Flux trained_model.tar written by Python yields its LoRA and nothing else")
{
    const QString tar = Fixtures + QStringLiteral("/flux.tar");
    const auto listed = listTar(tar);
    REQUIRE(listed.ok());
    QStringList names;
    for (const TarEntry &e : *listed)
        names.append(e.name + QLatin1Char(':') + QLatin1Char(e.type));
    CHECK(names == QStringList{QStringLiteral("output:5"), QStringLiteral("output/flux_train_replicate:5"),
                       QStringLiteral("output/flux_train_replicate/lora.safetensors:0"),
                       QStringLiteral("output/flux_train_replicate/config.yaml:0"),
                       QStringLiteral("output/flux_train_replicate/captions:5"),
                       QStringLiteral("output/flux_train_replicate/captions/a.txt:0")});
    CHECK(listed->at(2).size == 1300);

    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("out"));
    const auto weights = extract(tar, out);
    REQUIRE(weights.ok());
    CHECK(weights->loraPath == out + QStringLiteral("/lora.safetensors"));
    CHECK(readAll(weights->loraPath) == fakeBytes(1, 1300));
    CHECK(weights->loraSha256Hex == sha256Hex(fakeBytes(1, 1300)));
    CHECK(weights->files == QStringList{weights->loraPath});
    CHECK(weights->bytes == 1300);
    CHECK(tree(out) == QStringList{QStringLiteral("lora.safetensors")});
}

TEST_CASE("An SDXL trained_model.tar written by Python yields the LoRA with its embeddings and token map")
{
    const QString tar = Fixtures + QStringLiteral("/sdxl.tar");
    const auto listed = listTar(tar);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 5);
    // tarfile wrote these two through pax 'x' headers (a name over 100 bytes, a non-ASCII name).
    CHECK(listed->at(3).name == QStringLiteral("training_out/checkpoint-samples-") + QString(90, QLatin1Char('x'))
                                    + QStringLiteral("/sample_0.txt"));
    CHECK(listed->at(3).size == 7);
    CHECK(listed->at(4).name == QStringLiteral("caf\u00e9.txt"));

    QTemporaryDir tmp;
    const auto weights = extract(tar, tmp.path());
    REQUIRE(weights.ok());
    CHECK(readAll(weights->loraPath) == fakeBytes(2, 700));
    CHECK(weights->loraSha256Hex == sha256Hex(fakeBytes(2, 700)));
    CHECK(weights->files == QStringList{tmp.filePath(QStringLiteral("lora.safetensors")),
                                tmp.filePath(QStringLiteral("embeddings.pti")),
                                tmp.filePath(QStringLiteral("special_params.json"))});
    CHECK(readAll(tmp.filePath(QStringLiteral("embeddings.pti"))) == fakeBytes(3, 96));
    CHECK(readAll(tmp.filePath(QStringLiteral("special_params.json"))) == QByteArray(R"({"TOK": "<s0><s1>"})"));
    CHECK(weights->bytes == 700 + 96 + 19);
    CHECK(tree(tmp.path()) == QStringList{QStringLiteral("embeddings.pti"), QStringLiteral("lora.safetensors"),
                                  QStringLiteral("special_params.json")});
}

TEST_CASE("A LoRA behind a pax path written by Python is found")
{
    QTemporaryDir tmp;
    const auto weights = extract(Fixtures + QStringLiteral("/longpath.tar"), tmp.path());
    REQUIRE(weights.ok());
    CHECK(readAll(weights->loraPath) == fakeBytes(4, 513));
    CHECK(tree(tmp.path()) == QStringList{QStringLiteral("lora.safetensors")});
}

TEST_CASE("Long names through pax and GNU headers, pax and base-256 sizes, and a missing end block are read")
{
    const QByteArray longDir = "output/" + QByteArray(150, 'p');
    TarBuilder b;
    b.dir("output/");
    b.paxFile(longDir + "/config.yaml", "a: 1\n");
    b.paxFile(longDir + "/embeddings.pti", fakeBytes(5, 40), TarBuilder::SizeField::ZeroWithPaxSize);
    b.gnuLongFile(longDir + "/lora.safetensors", fakeBytes(6, 1025));
    b.file("output/special_params.json", "{}", TarBuilder::SizeField::Base256); // not beside the LoRA
    QTemporaryDir tmp;
    const QString tar = tmp.filePath(QStringLiteral("t.tar"));
    writeAll(tar, b.finish(false));

    const auto listed = listTar(tar);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 5);
    CHECK(listed->at(0).type == '5');
    CHECK(listed->at(1).name == QString::fromLatin1(longDir + "/config.yaml"));
    CHECK(listed->at(2).name == QString::fromLatin1(longDir + "/embeddings.pti"));
    CHECK(listed->at(2).size == 40);
    CHECK(listed->at(3).name == QString::fromLatin1(longDir + "/lora.safetensors"));
    CHECK(listed->at(3).size == 1025);
    CHECK(listed->at(4).size == 2);

    const QString out = tmp.filePath(QStringLiteral("out"));
    const auto weights = extract(tar, out);
    REQUIRE(weights.ok());
    CHECK(readAll(weights->loraPath) == fakeBytes(6, 1025));
    CHECK(readAll(out + QStringLiteral("/embeddings.pti")) == fakeBytes(5, 40));
    CHECK(tree(out) == QStringList{QStringLiteral("embeddings.pti"), QStringLiteral("lora.safetensors")});
}

TEST_CASE("A full fine-tune's unet.safetensors is taken when there is no LoRA")
{
    TarBuilder b;
    b.file("unet.safetensors", fakeBytes(7, 2000));
    b.file("embeddings.pti", fakeBytes(8, 10));
    b.file("special_params.json", R"({"TOK": "<s0><s1>"})");
    QTemporaryDir tmp;
    const QString tar = tmp.filePath(QStringLiteral("t.tar"));
    writeAll(tar, b.finish());
    const QString out = tmp.filePath(QStringLiteral("out"));
    const auto weights = extract(tar, out);
    REQUIRE(weights.ok());
    CHECK(weights->loraPath == out + QStringLiteral("/unet.safetensors"));
    CHECK(weights->loraSha256Hex == sha256Hex(fakeBytes(7, 2000)));
    CHECK(weights->files.size() == 3);
    CHECK(tree(out) == QStringList{QStringLiteral("embeddings.pti"), QStringLiteral("special_params.json"),
                           QStringLiteral("unet.safetensors")});
}

TEST_CASE("An archive without weights fails naming what it holds, and writes nothing")
{
    TarBuilder b;
    b.dir("output/");
    for (int i = 1; i <= 7; ++i)
        b.file("output/captions/" + QByteArray::number(i) + ".txt", "a cat");
    b.file("output/lora.safetensors.json", "{}");
    QTemporaryDir tmp;
    const QString tar = tmp.filePath(QStringLiteral("t.tar"));
    writeAll(tar, b.finish());
    const QString out = tmp.filePath(QStringLiteral("out"));
    const auto weights = extract(tar, out);
    REQUIRE_FALSE(weights.ok());
    CHECK(weights.error().code == ErrorCode::NotFound);
    const QString message = weights.error().message;
    CHECK(message.contains(QStringLiteral("lora.safetensors")));
    CHECK(message.contains(QStringLiteral("output/captions/1.txt, output/captions/2.txt")));
    CHECK(message.contains(QStringLiteral("3 more")));
    CHECK_FALSE(QFileInfo::exists(out));

    TarBuilder empty;
    writeAll(tar, empty.finish());
    const auto none = extract(tar, out);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::NotFound);
}

TEST_CASE("Archive paths never place a file outside the output folder")
{
    TarBuilder b;
    b.file("../../evil/lora.safetensors", fakeBytes(9, 600));
    b.file("../../evil/embeddings.pti", fakeBytes(10, 30));
    b.file("/etc/special_params.json", "{}"); // not beside the LoRA: ignored
    QTemporaryDir tmp;
    const QString tar = tmp.filePath(QStringLiteral("in/t.tar"));
    REQUIRE(QDir().mkpath(tmp.filePath(QStringLiteral("in"))));
    writeAll(tar, b.finish());
    const QString out = tmp.filePath(QStringLiteral("a/b/out"));
    const auto weights = extract(tar, out);
    REQUIRE(weights.ok());
    CHECK(weights->loraPath == out + QStringLiteral("/lora.safetensors"));
    CHECK(readAll(weights->loraPath) == fakeBytes(9, 600));
    CHECK(tree(tmp.path()) == QStringList{QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/out"),
                                  QStringLiteral("a/b/out/embeddings.pti"), QStringLiteral("a/b/out/lora.safetensors"),
                                  QStringLiteral("in"), QStringLiteral("in/t.tar")});
}

TEST_CASE("A truncated archive is Corrupt and leaves no partial files")
{
    const QByteArray whole = readAll(Fixtures + QStringLiteral("/sdxl.tar"));
    QTemporaryDir tmp;
    const QString tar = tmp.filePath(QStringLiteral("t.tar"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    // Inside the LoRA's data, inside a later entry's data, inside a header.
    for (const int cut : {512 + 300, 2048 + 50, 1536 + 100}) {
        CAPTURE(cut);
        writeAll(tar, whole.left(cut));
        const auto weights = extract(tar, out);
        REQUIRE_FALSE(weights.ok());
        CHECK(weights.error().code == ErrorCode::Corrupt);
        CHECK(weights.error().message.contains(QStringLiteral("truncated")));
        CHECK(tree(out).isEmpty());
        CHECK(listTar(tar).error().code == ErrorCode::Corrupt);
    }
    // Cut after an extended header: the entry it describes is missing.
    TarBuilder b;
    b.paxFile("output/" + QByteArray(120, 'q') + "/lora.safetensors", "x");
    writeAll(tar, b.finish().left(1024));
    CHECK(listTar(tar).error().code == ErrorCode::Corrupt);
}

TEST_CASE("A header with a bad checksum is Corrupt")
{
    QByteArray bytes = readAll(Fixtures + QStringLiteral("/flux.tar"));
    const auto listed = listTar(Fixtures + QStringLiteral("/flux.tar"));
    REQUIRE(listed.ok());
    const qint64 configHeader = listed->at(3).dataOffset - 512;
    bytes[configHeader + 20] = 'Z'; // in the name
    QTemporaryDir tmp;
    const QString tar = tmp.filePath(QStringLiteral("t.tar"));
    writeAll(tar, bytes);
    const auto weights = extract(tar, tmp.filePath(QStringLiteral("out")));
    REQUIRE_FALSE(weights.ok());
    CHECK(weights.error().code == ErrorCode::Corrupt);
    CHECK(weights.error().message.contains(QStringLiteral("checksum")));
    CHECK(weights.error().message.contains(QString::number(configHeader)));
    CHECK_FALSE(QFileInfo::exists(tmp.filePath(QStringLiteral("out"))));

    // A size field that is not a number (the checksum summed again, so that only the size is wrong).
    QByteArray withBadSize = TarBuilder::header("lora.safetensors", 0, '0');
    withBadSize.replace(124, 3, "9x9");
    withBadSize.replace(148, 8, "        ");
    int sum = 0;
    for (char c : withBadSize)
        sum += static_cast<unsigned char>(c);
    withBadSize.replace(148, 8, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
    writeAll(tar, withBadSize + QByteArray(1024, '\0'));
    const auto unreadable = listTar(tar);
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().code == ErrorCode::Corrupt);
    CHECK(unreadable.error().message.contains(QStringLiteral("size")));
}

namespace {

// Weights of several chunks with companions, for progress and cancel.
QString bigTar(const QTemporaryDir &tmp)
{
    TarBuilder b;
    b.file("lora.safetensors", fakeBytes(11, 3 * 1024 * 1024 + 17));
    b.file("embeddings.pti", fakeBytes(12, 100));
    b.file("special_params.json", "{}");
    const QString tar = tmp.filePath(QStringLiteral("big.tar"));
    writeAll(tar, b.finish());
    return tar;
}

} // namespace

TEST_CASE("Progress rises monotonically from zero to the total")
{
    QTemporaryDir tmp;
    const QString tar = bigTar(tmp);
    std::vector<std::pair<qint64, qint64>> calls;
    const auto weights = extractLora(tar, tmp.filePath(QStringLiteral("out")),
        [&calls](qint64 done, qint64 total) { calls.emplace_back(done, total); });
    REQUIRE(weights.ok());
    const qint64 total = 3 * 1024 * 1024 + 17 + 100 + 2;
    CHECK(weights->bytes == total);
    REQUIRE(calls.size() >= 4);
    CHECK(calls.front() == std::pair<qint64, qint64>(0, total));
    CHECK(calls.back() == std::pair<qint64, qint64>(total, total));
    for (size_t i = 1; i < calls.size(); ++i) {
        CHECK(calls[i].first >= calls[i - 1].first);
        CHECK(calls[i].second == total);
    }
    CHECK(weights->loraSha256Hex == sha256Hex(fakeBytes(11, 3 * 1024 * 1024 + 17)));
}

TEST_CASE("Cancel stops between chunks, leaves nothing and keeps the old weights")
{
    QTemporaryDir tmp;
    const QString tar = bigTar(tmp);
    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    writeAll(out + QStringLiteral("/lora.safetensors"), "old weights");
    std::atomic<bool> cancel{false};
    qint64 lastDone = 0;
    const auto weights = extractLora(tar, out,
        [&](qint64 done, qint64) {
            lastDone = done;
            if (done > 0)
                cancel = true;
        },
        &cancel);
    REQUIRE_FALSE(weights.ok());
    CHECK(weights.error().code == ErrorCode::Canceled);
    CHECK(lastDone == 1024 * 1024); // one chunk, then the check
    CHECK(tree(out) == QStringList{QStringLiteral("lora.safetensors")});
    CHECK(readAll(out + QStringLiteral("/lora.safetensors")) == "old weights");

    // Canceled before the first chunk.
    cancel = true;
    const auto before = extractLora(tar, out, {}, &cancel);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::Canceled);
    CHECK(tree(out) == QStringList{QStringLiteral("lora.safetensors")});
}

TEST_CASE("An existing lora.safetensors is replaced by the new one")
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    writeAll(out + QStringLiteral("/lora.safetensors"), QByteArray(5000, 'o'));
    const auto weights = extract(Fixtures + QStringLiteral("/flux.tar"), out);
    REQUIRE(weights.ok());
    CHECK(readAll(out + QStringLiteral("/lora.safetensors")) == fakeBytes(1, 1300));
    CHECK(tree(out) == QStringList{QStringLiteral("lora.safetensors")});
}

TEST_CASE("A missing archive is NotFound")
{
    QTemporaryDir tmp;
    const auto listed = listTar(tmp.filePath(QStringLiteral("nope.tar")));
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().code == ErrorCode::NotFound);
    const auto weights = extract(tmp.filePath(QStringLiteral("nope.tar")), tmp.filePath(QStringLiteral("out")));
    REQUIRE_FALSE(weights.ok());
    CHECK(weights.error().code == ErrorCode::NotFound);
}

TEST_CASE("Training progress comes from the last step bar of the Flux trainer")
{
    const QString logs = QStringLiteral(
        "Downloading shards: 100%|██████████| 3/3 [00:12<00:00,  4.01s/it]\n"
        "Captioning: 40%|████      | 4/10 [00:02<00:03,  1.9it/s]\n"
        "flux_train_replicate:  44%|████▍     | 440/1000 [04:05<05:12,  1.79it/s, lr: 4.0e-04 loss: 3.9e-01]\r"
        "flux_train_replicate:  45%|████▌     | 450/1000 [04:10<05:06,  1.80it/s, lr: 4.0e-04 loss: 3.8e-01]\r"
        "Saving at step 450\n");
    const auto p = parseTrainingProgress(logs, 1000);
    REQUIRE(p.has_value());
    CHECK(p->percent == 45);
    CHECK(p->step == 450);
    CHECK(p->total == 1000);

    // Without an expected total the last bar of any kind counts.
    const auto any = parseTrainingProgress(logs, 0);
    REQUIRE(any.has_value());
    CHECK(any->step == 450);
}

TEST_CASE("Training progress ignores captioning and download bars")
{
    const QString logs = QStringLiteral(
        "flux_train_replicate:   1%|          | 10/1000 [00:05<08:20,  1.98it/s]\n"
        "Captioning: 40%|████      | 4/10 [00:02<00:03,  1.9it/s]\r\n");
    const auto p = parseTrainingProgress(logs, 1000);
    REQUIRE(p.has_value());
    CHECK(p->step == 10);
    CHECK(p->percent == 1);

    // Any bar, the captioning one is the last.
    const auto any = parseTrainingProgress(logs, -1);
    REQUIRE(any.has_value());
    CHECK(any->total == 10);

    // Only bars of another total: none.
    CHECK_FALSE(parseTrainingProgress(logs, 2000).has_value());
    const QString captioning = QStringLiteral("Captioning: 40%|████      | 4/10 [00:02]");
    CHECK_FALSE(parseTrainingProgress(captioning, 1000).has_value());
    CHECK_FALSE(parseTrainingProgress(QString(), 1000).has_value());
    CHECK_FALSE(parseTrainingProgress(QStringLiteral("Loading pipeline components...\n"), 0).has_value());
}

TEST_CASE("Training progress reads SDXL's unprefixed bars")
{
    const QString logs = QStringLiteral(
        "Num examples = 20\n"
        "  6%|▌         | 60/1000 [00:40<10:30,  1.49it/s]\r"
        "  7%|▋         | 70/1000 [00:47<10:24,  1.49it/s]\r");
    const auto p = parseTrainingProgress(logs, 1000);
    REQUIRE(p.has_value());
    CHECK(p->percent == 7);
    CHECK(p->step == 70);
    CHECK(p->total == 1000);
}
