#include "weightsarchive.h"

#include "util/fileutil.h"
#include "util/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace lc::train {

namespace {

constexpr qint64 BlockSize = 512;
// pax records and GNU long names are read whole; real ones are a few hundred bytes.
constexpr qint64 MaxMetadataSize = 1 << 20;
// Weights are streamed in chunks of this size (a LoRA is up to ~600 MB, a full UNet several GB).
constexpr qint64 ChunkSize = 1 << 20;

const QString LoraName = QStringLiteral("lora.safetensors");
const QString UnetName = QStringLiteral("unet.safetensors");

Error corrupt(const QString &tarPath, const QString &why)
{
    return FileUtil::fileError(TrainTr::tr("Cannot read the weights archive %1: %2"), tarPath, why, ErrorCode::Corrupt);
}

Error readError(const QString &tarPath, const QFile &file)
{
    return FileUtil::fileError(TrainTr::tr("Cannot read %1: %2"), tarPath, file.errorString());
}

// A numeric header field: octal text (space- or NUL-terminated, maybe space-padded in front; an empty
// field is 0), or GNU base-256 when the first byte has its high bit set (what GNU tar and Python write for
// sizes of 8 GiB and more). nullopt for anything else, a negative number or one beyond qint64.
std::optional<qint64> parseNumber(const char *field, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(field);
    constexpr quint64 max = quint64(std::numeric_limits<qint64>::max());
    quint64 value = 0;
    if (bytes[0] & 0x80) {
        if (bytes[0] & 0x40)
            return std::nullopt; // negative (two's complement)
        value = bytes[0] & 0x3F;
        for (int i = 1; i < length; ++i) {
            if (value > (max >> 8))
                return std::nullopt;
            value = (value << 8) | bytes[i];
        }
        return qint64(value);
    }
    int i = 0;
    while (i < length && field[i] == ' ')
        ++i;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value > (max >> 3))
            return std::nullopt;
        value = value * 8 + quint64(field[i] - '0');
    }
    for (; i < length; ++i) {
        if (field[i] != ' ' && field[i] != '\0')
            return std::nullopt;
    }
    return qint64(value);
}

// The header's sum with its checksum field counted as spaces. Some old tars summed signed chars, so
// either sum is accepted (as GNU tar and Python do).
bool checksumMatches(const char *header)
{
    const std::optional<qint64> stored = parseNumber(header + 148, 8);
    if (!stored)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < BlockSize; ++i) {
        const bool field = i >= 148 && i < 156;
        unsignedSum += field ? ' ' : static_cast<unsigned char>(header[i]);
        signedSum += field ? ' ' : static_cast<signed char>(header[i]);
    }
    return *stored == unsignedSum || *stored == signedSum;
}

// A NUL-terminated (or full-width) string field.
QByteArray textField(const char *field, int length)
{
    return QByteArray(field, qstrnlen(field, length));
}

// pax extended header records: "<length> <key>=<value>\n", the length counting the whole record.
bool parsePax(const QByteArray &data, QHash<QByteArray, QByteArray> &records)
{
    qsizetype pos = 0;
    while (pos < data.size() && data[pos] != '\0') {
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            return false;
        bool ok = false;
        const qint64 length = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos + 1 || length > data.size() - pos || data[pos + length - 1] != '\n')
            return false;
        const QByteArray record = data.mid(space + 1, pos + length - 1 - (space + 1));
        const qsizetype equals = record.indexOf('=');
        if (equals <= 0)
            return false;
        records.insert(record.left(equals), record.mid(equals + 1));
        pos += length;
    }
    return true;
}

bool isAllZero(const char *block)
{
    for (int i = 0; i < BlockSize; ++i) {
        if (block[i] != 0)
            return false;
    }
    return true;
}

qint64 padded(qint64 size)
{
    return (size + BlockSize - 1) / BlockSize * BlockSize;
}

Result<QList<TarEntry>> readEntries(QFile &file, const QString &tarPath)
{
    const qint64 fileSize = file.size();
    QList<TarEntry> entries;
    QHash<QByteArray, QByteArray> pax; // the pax records for the next entry
    std::optional<QByteArray> longName; // a GNU 'L' name for the next entry
    char header[BlockSize];
    qint64 pos = 0;
    // Ends at the end-of-archive zero block, or at the end of the file on a block boundary (some writers
    // omit the zero blocks; nothing is missing then).
    while (pos < fileSize) {
        if (!file.seek(pos))
            return readError(tarPath, file);
        const qint64 got = file.read(header, BlockSize);
        if (got < 0)
            return readError(tarPath, file);
        if (got < BlockSize)
            return corrupt(tarPath, TrainTr::tr("it is truncated (it ends inside the header at byte %1)").arg(pos));
        if (isAllZero(header))
            break;
        if (!checksumMatches(header))
            return corrupt(tarPath, TrainTr::tr("the header at byte %1 is damaged (bad checksum)").arg(pos));
        std::optional<qint64> size = parseNumber(header + 124, 12);
        if (!size)
            return corrupt(tarPath, TrainTr::tr("the header at byte %1 has an unreadable size").arg(pos));
        const char type = header[156];
        const qint64 dataOffset = pos + BlockSize;

        // Headers that only describe the next entry: pax ('x'; 'g' applies to all and holds nothing we
        // use) and GNU long names ('L'; 'K', a long link target, is not needed).
        if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
            if (*size > fileSize - dataOffset) {
                return corrupt(tarPath,
                    TrainTr::tr("it is truncated (it ends inside the extended header at byte %1)").arg(pos));
            }
            if (*size > MaxMetadataSize) {
                return corrupt(tarPath,
                    TrainTr::tr("the extended header at byte %1 is implausibly large (%2 bytes)")
                        .arg(pos)
                        .arg(*size));
            }
            if (type == 'x' || type == 'L') {
                QByteArray data(*size, Qt::Uninitialized);
                if (file.read(data.data(), *size) != *size)
                    return readError(tarPath, file);
                if (type == 'L')
                    longName = textField(data.constData(), int(data.size()));
                else if (!parsePax(data, pax))
                    return corrupt(tarPath, TrainTr::tr("the extended header at byte %1 is damaged").arg(pos));
            }
            pos = dataOffset + padded(*size);
            continue;
        }

        TarEntry entry;
        // ustar splits long paths into prefix and name; GNU's magic ("ustar  ") uses those bytes otherwise.
        QByteArray name = textField(header, 100);
        if (memcmp(header + 257, "ustar\0", 6) == 0) {
            const QByteArray prefix = textField(header + 345, 155);
            if (!prefix.isEmpty())
                name = prefix + '/' + name;
        }
        if (longName)
            name = *longName;
        if (const QByteArray path = pax.value("path"); !path.isEmpty())
            name = path;
        entry.name = QString::fromUtf8(name); // Python writes UTF-8 names (pax requires it)
        if (pax.contains("size")) {
            bool ok = false;
            size = pax.value("size").toLongLong(&ok);
            if (!ok || *size < 0) {
                return corrupt(tarPath,
                    TrainTr::tr("the extended header of %1 has an unreadable size").arg(entry.name));
            }
        }
        entry.type = (type == '\0' || type == '7') ? '0' : type; // '7': contiguous file, a regular file elsewhere
        if (entry.type == '5') {
            while (entry.name.size() > 1 && entry.name.endsWith(u'/'))
                entry.name.chop(1); // writers end directory names with '/'; Python's tarfile drops it too
        }
        // Links, devices, directories and FIFOs have no data whatever their size field says; unknown
        // types are skipped by their size (as Python's tarfile does).
        if (entry.type >= '1' && entry.type <= '6')
            size = 0;
        entry.size = *size;
        entry.dataOffset = dataOffset;
        if (entry.size > fileSize - dataOffset) {
            return corrupt(tarPath, TrainTr::tr("it is truncated (%1 has %2 bytes, the archive holds %3 of them)")
                                        .arg(entry.name)
                                        .arg(entry.size)
                                        .arg(fileSize - dataOffset));
        }
        entries.append(entry);
        pax.clear();
        longName.reset();
        pos = dataOffset + padded(entry.size);
    }
    if (!pax.isEmpty() || longName)
        return corrupt(tarPath, TrainTr::tr("it is truncated (it ends after an extended header)"));
    return entries;
}

// The folders and the name of an archive path. Empty and "." parts are dropped, so "./a/b" and "a//b"
// are the same path; ".." stays a part like any other (the path only ever selects entries, never says
// where a file is written).
QStringList pathParts(const QString &name)
{
    QString path = name;
    path.replace(u'\\', u'/'); // a Windows-made archive's separators
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    return parts;
}

// Entries named fileName in the folder dir: the last one, as tar lets a later copy of a path replace an
// earlier one.
const TarEntry *findIn(const QList<TarEntry> &entries, const QStringList &dir, const QString &fileName)
{
    const TarEntry *found = nullptr;
    for (const TarEntry &e : entries) {
        if (e.type != '0')
            continue;
        QStringList parts = pathParts(e.name);
        if (parts.size() == dir.size() + 1 && parts.last() == fileName) {
            parts.removeLast();
            if (parts == dir)
                found = &e;
        }
    }
    return found;
}

} // namespace

Result<QList<TarEntry>> listTar(const QString &tarPath)
{
    QFile file(tarPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return FileUtil::fileError(TrainTr::tr("Cannot open %1: %2"), tarPath, file.errorString(),
            file.exists() ? ErrorCode::Io : ErrorCode::NotFound);
    }
    return readEntries(file, tarPath);
}

Result<ExtractedWeights> extractLora(const QString &tarPath, const QString &outDir,
    const std::function<void(qint64 done, qint64 total)> &progress, const std::atomic<bool> *cancel)
{
    QFile file(tarPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return FileUtil::fileError(TrainTr::tr("Cannot open %1: %2"), tarPath, file.errorString(),
            file.exists() ? ErrorCode::Io : ErrorCode::NotFound);
    }
    // The whole archive is read before anything is written: a truncated download fails here, not after
    // half of it has been extracted.
    Result<QList<TarEntry>> listed = readEntries(file, tarPath);
    if (!listed)
        return listed.error();
    const QList<TarEntry> &entries = *listed;

    // The weights: a LoRA, else a full fine-tune's UNet. The shallowest copy wins (a trainer's own output
    // sits at the top of its folder tree); the companions are taken from its folder only.
    const TarEntry *weights = nullptr;
    QString weightsName;
    QStringList weightsDir;
    for (const QString &candidate : {LoraName, UnetName}) {
        for (const TarEntry &e : entries) {
            if (e.type != '0')
                continue;
            QStringList parts = pathParts(e.name);
            if (parts.isEmpty() || parts.last() != candidate)
                continue;
            parts.removeLast();
            if (!weights || parts.size() <= weightsDir.size()) {
                weights = &e;
                weightsDir = parts;
            }
        }
        if (weights) {
            weightsName = candidate;
            break;
        }
    }
    if (!weights) {
        QStringList names;
        for (const TarEntry &e : entries) {
            if (e.type == '0')
                names.append(e.name);
        }
        constexpr int shown = 5;
        const QString firstNames = names.mid(0, shown).join(QStringLiteral(", "));
        const QString holds = names.isEmpty() ? TrainTr::tr("the archive holds no files")
            : names.size() > shown ? TrainTr::tr("the archive holds %1 and %n more file(s)", nullptr, int(names.size() - shown)).arg(firstNames)
                                   : TrainTr::tr("the archive holds %1").arg(firstNames);
        return FileUtil::fileError(TrainTr::tr("No trained weights (lora.safetensors or unet.safetensors) in %1: %2"),
            tarPath, holds, ErrorCode::NotFound);
    }
    // Written under these names only: whatever path the archive gives (absolute, with ".."), nothing can
    // land outside outDir.
    struct Pick
    {
        const TarEntry *entry;
        QString fileName;
    };
    std::vector<Pick> picks{{weights, weightsName}};
    // SDXL's textual inversion: the token embeddings and the token map the prompts need.
    for (const QString &companion : {QStringLiteral("embeddings.pti"), QStringLiteral("special_params.json")}) {
        if (const TarEntry *e = findIn(entries, weightsDir, companion))
            picks.push_back({e, companion});
    }
    qint64 total = 0;
    for (const Pick &p : picks)
        total += p.entry->size;

    if (Result<void> made = FileUtil::ensureDirectory(outDir); !made)
        return made.error();
    if (progress)
        progress(0, total);

    // Every file stays an uncommitted QSaveFile (a temporary file in outDir) until all are complete:
    // returning early discards them all, and outDir is as it was.
    struct Output
    {
        std::unique_ptr<QSaveFile> file;
        QString path;
        QByteArray sha256Hex;
    };
    std::vector<Output> outputs;
    const QDir dir(outDir);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    const auto canceled = [cancel] { return cancel && cancel->load(); };
    for (const Pick &pick : picks) {
        const QString path = dir.filePath(pick.fileName);
        Output out{std::make_unique<QSaveFile>(path), path, {}};
        if (!out.file->open(QIODevice::WriteOnly))
            return FileUtil::fileError(TrainTr::tr("Cannot write %1: %2"), out.path, out.file->errorString());
        if (!file.seek(pick.entry->dataOffset))
            return readError(tarPath, file);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 left = pick.entry->size;
        while (left > 0) {
            if (canceled())
                return Error(ErrorCode::Canceled, TrainTr::tr("Canceled."));
            const qint64 got = file.read(buffer.data(), qMin(left, ChunkSize));
            if (got < 0)
                return readError(tarPath, file);
            if (got == 0) // the file shrank since it was listed
                return corrupt(tarPath, TrainTr::tr("it is truncated (it ends inside %1)").arg(pick.entry->name));
            hash.addData(QByteArrayView(buffer.constData(), got));
            if (out.file->write(buffer.constData(), got) != got)
                return FileUtil::fileError(TrainTr::tr("Cannot write %1: %2"), out.path, out.file->errorString());
            left -= got;
            done += got;
            if (progress)
                progress(done, total);
        }
        out.sha256Hex = hash.result().toHex();
        outputs.push_back(std::move(out));
    }
    if (canceled())
        return Error(ErrorCode::Canceled, TrainTr::tr("Canceled."));

    // Companions first, the weights last: whoever finds the new weights in place finds their companions
    // too. (A commit that fails half way leaves the ones before it; that takes a disk failure between
    // renames in one folder.)
    for (auto it = outputs.rbegin(); it != outputs.rend(); ++it) {
        if (!it->file->commit())
            return FileUtil::fileError(TrainTr::tr("Cannot write %1: %2"), it->path, it->file->errorString());
    }
    if (Result<void> synced = FileUtil::syncDirectory(outDir); !synced)
        return synced.error();

    ExtractedWeights result;
    result.loraPath = outputs.front().path;
    result.loraSha256Hex = outputs.front().sha256Hex;
    for (const Output &out : outputs)
        result.files.append(out.path);
    result.bytes = total;
    return result;
}

} // namespace lc::train
