#include "ziparchive.h"

#include "util/tr.h"

#include <QCoreApplication>
#include <QStringList>

#include <zip.h>

#include <cerrno>
#include <cstdio>

namespace lc {

namespace {


QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

quint16 le16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 le32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint64 le64(const uchar *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

bool validUtf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes; // invalid sequences become U+FFFD and do not round-trip
}

// Offsets of the general-purpose flag fields (central directory and local header) of entries that claim
// a UTF-8 name (bit 11) which is not valid UTF-8, and the indexes of those entries.
struct NamePatches
{
    QList<qint64> flagOffsets;
    QSet<qint64> entries;
};

NamePatches findInvalidUtf8Names(FILE *f)
{
    NamePatches out;
    if (std::fseek(f, 0, SEEK_END) != 0)
        return out;
    const qint64 size = std::ftell(f);
    const qint64 tailSize = std::min<qint64>(size, 65557);
    QByteArray tail(tailSize, Qt::Uninitialized);
    if (std::fseek(f, long(size - tailSize), SEEK_SET) != 0 || std::fread(tail.data(), 1, size_t(tailSize), f) != size_t(tailSize))
        return out;
    const qsizetype eocd = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > tail.size())
        return out;
    const auto *e = reinterpret_cast<const uchar *>(tail.constData() + eocd);
    qint64 cdSize = le32(e + 12);
    qint64 cdOffset = le32(e + 16);
    qint64 entries = le16(e + 10);
    if ((cdOffset == 0xFFFFFFFF || cdSize == 0xFFFFFFFF || entries == 0xFFFF) && eocd >= 20) {
        const auto *loc = reinterpret_cast<const uchar *>(tail.constData() + eocd - 20);
        if (le32(loc) == 0x07064b50) {
            uchar z64[56];
            if (std::fseek(f, long(le64(loc + 8)), SEEK_SET) == 0 && std::fread(z64, 1, 56, f) == 56 && le32(z64) == 0x06064b50) {
                entries = qint64(le64(z64 + 32));
                cdSize = qint64(le64(z64 + 40));
                cdOffset = qint64(le64(z64 + 48));
            }
        }
    }
    if (cdSize <= 0 || cdSize > 256 * 1024 * 1024 || cdOffset < 0 || cdOffset + cdSize > size)
        return out;
    QByteArray cd(cdSize, Qt::Uninitialized);
    if (std::fseek(f, long(cdOffset), SEEK_SET) != 0 || std::fread(cd.data(), 1, size_t(cdSize), f) != size_t(cdSize))
        return out;
    const auto *d = reinterpret_cast<const uchar *>(cd.constData());
    qsizetype pos = 0;
    for (qint64 index = 0; index < entries && pos + 46 <= cd.size(); ++index) {
        if (le32(d + pos) != 0x02014b50)
            break;
        const quint16 flags = le16(d + pos + 8);
        const qsizetype nameLen = le16(d + pos + 28);
        const qsizetype extraLen = le16(d + pos + 30);
        const qsizetype commentLen = le16(d + pos + 32);
        if (pos + 46 + nameLen + extraLen + commentLen > cd.size())
            break;
        qint64 localOffset = le32(d + pos + 42);
        if (localOffset == 0xFFFFFFFF) {
            // ZIP64 extra field: the values present are those whose 32-bit fields are 0xFFFFFFFF, in order.
            qsizetype x = pos + 46 + nameLen;
            const qsizetype xEnd = x + extraLen;
            while (x + 4 <= xEnd) {
                const quint16 id = le16(d + x);
                const quint16 len = le16(d + x + 2);
                if (id == 0x0001) {
                    qsizetype v = x + 4;
                    if (le32(d + pos + 24) == 0xFFFFFFFF)
                        v += 8;
                    if (le32(d + pos + 20) == 0xFFFFFFFF)
                        v += 8;
                    if (v + 8 <= x + 4 + len)
                        localOffset = qint64(le64(d + v));
                    break;
                }
                x += 4 + len;
            }
        }
        const QByteArrayView name(reinterpret_cast<const char *>(d + pos + 46), nameLen);
        if ((flags & 0x0800) && !validUtf8(name)) {
            out.flagOffsets.append(cdOffset + pos + 8);
            if (localOffset >= 0 && localOffset + 30 <= size)
                out.flagOffsets.append(localOffset + 6);
            out.entries.insert(index);
        }
        pos += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}

// A read-only libzip source over a file that clears bit 11 of the flag fields listed in NamePatches.
struct PatchedFile
{
    FILE *file = nullptr;
    qint64 size = 0;
    qint64 position = 0;
    QList<qint64> flagOffsets;
    zip_error_t error;
};

zip_int64_t patchedSource(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *p = static_cast<PatchedFile *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        p->position = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        if (std::fseek(p->file, long(p->position), SEEK_SET) != 0) {
            zip_error_set(&p->error, ZIP_ER_SEEK, errno);
            return -1;
        }
        const size_t n = std::fread(data, 1, size_t(len), p->file);
        if (n < len && std::ferror(p->file)) {
            zip_error_set(&p->error, ZIP_ER_READ, errno);
            return -1;
        }
        auto *bytes = static_cast<uchar *>(data);
        for (qint64 off : std::as_const(p->flagOffsets)) {
            const qint64 at = off + 1; // the high byte of the little-endian flag field holds bit 11
            if (at >= p->position && at < p->position + qint64(n))
                bytes[at - p->position] &= uchar(~0x08);
        }
        p->position += qint64(n);
        return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = zip_uint64_t(p->size);
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&p->error, data, len);
    case ZIP_SOURCE_FREE:
        std::fclose(p->file);
        zip_error_fini(&p->error);
        delete p;
        return 0;
    case ZIP_SOURCE_SEEK: {
        const zip_int64_t to = zip_source_seek_compute_offset(zip_uint64_t(p->position), zip_uint64_t(p->size), data, len, &p->error);
        if (to < 0)
            return -1;
        p->position = to;
        return 0;
    }
    case ZIP_SOURCE_TELL:
        return p->position;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS, -1);
    default:
        zip_error_set(&p->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

} // namespace

bool isSafeArchivePath(const QString &rawName)
{
    QString name = rawName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.startsWith(QLatin1Char('/')))
        return false;
    if (name.size() >= 2 && name[1] == QLatin1Char(':') && name[0].isLetter())
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    bool names = false; // at least one real component: "", "." and "./" name no file
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return false;
        if (!part.isEmpty() && part != QLatin1String("."))
            names = true;
    }
    return names;
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const NativePath &path)
{
    int error = 0;
    ::zip *handle = zip_open(path.bytes().constData(), ZIP_RDONLY, &error);
    if (!handle && error == ZIP_ER_INCONS) {
        // Perhaps only some names are not the UTF-8 they claim to be: read those leniently.
        FILE *f = std::fopen(path.bytes().constData(), "rb");
        if (f) {
            NamePatches patches = findInvalidUtf8Names(f);
            if (patches.flagOffsets.isEmpty()) {
                std::fclose(f);
            } else {
                auto *state = new PatchedFile;
                state->file = f;
                std::fseek(f, 0, SEEK_END);
                state->size = std::ftell(f);
                state->flagOffsets = patches.flagOffsets;
                zip_error_init(&state->error);
                zip_error_t openError;
                zip_error_init(&openError);
                zip_source_t *src = zip_source_function_create(patchedSource, state, &openError);
                if (!src) {
                    std::fclose(f);
                    zip_error_fini(&state->error);
                    delete state;
                } else {
                    handle = zip_open_from_source(src, ZIP_RDONLY, &openError);
                    if (!handle)
                        zip_source_free(src); // frees state
                }
                zip_error_fini(&openError);
                if (handle) {
                    auto archive = std::unique_ptr<ZipArchive>(new ZipArchive(handle));
                    archive->m_relaxedNames = patches.entries;
                    return archive;
                }
            }
        }
    }
    if (!handle) {
        if (error == ZIP_ER_OPEN || error == ZIP_ER_READ)
            return refusedInput(SkipReason::Unreadable, ImportTr::tr("cannot open the archive (%1)").arg(zipErrorText(error)));
        return refusedInput(SkipReason::CorruptArchive, ImportTr::tr("not a valid ZIP archive (%1)").arg(zipErrorText(error)));
    }
    return std::unique_ptr<ZipArchive>(new ZipArchive(handle));
}

ZipArchive::~ZipArchive()
{
    zip_discard(m_zip);
}

qint64 ZipArchive::entryCount() const
{
    return zip_get_num_entries(m_zip, 0);
}

Result<ZipArchive::Entry> ZipArchive::entry(qint64 index) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
        return refusedInput(SkipReason::CorruptArchive, ImportTr::tr("damaged archive entry %1").arg(index));
    Entry e;
    e.index = index;
    e.name = QString::fromUtf8((st.valid & ZIP_STAT_NAME) ? st.name : "");
    e.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
    e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    e.isDirectory = e.name.endsWith(QLatin1Char('/'));
    if (m_relaxedNames.contains(index))
        e.nameNote = ImportTr::tr("the archive marks this name as UTF-8 but it is not; it was read as CP437");
    return e;
}

Result<QByteArray> ZipArchive::read(qint64 index, qint64 maxBytes) const
{
    auto info = entry(index);
    if (!info)
        return info.error();
    const Entry &e = *info;
    if (e.size > maxBytes)
        return refusedInput(SkipReason::TooLarge, describeTooLarge(e.size, maxBytes));
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        return refusedInput(SkipReason::CorruptArchive,
            ImportTr::tr("cannot read the archive entry (%1)").arg(QString::fromUtf8(zip_strerror(m_zip))));
    }
    QByteArray data(qsizetype(e.size), Qt::Uninitialized);
    qint64 done = 0;
    bool failed = false;
    while (done < e.size) {
        const zip_int64_t n = zip_fread(file, data.data() + done, zip_uint64_t(e.size - done));
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0)
            break;
        done += n;
    }
    // Reading to the end makes libzip verify the CRC.
    char extra = 0;
    if (!failed && zip_fread(file, &extra, 1) != 0)
        failed = true;
    QString why = failed ? QString::fromUtf8(zip_file_strerror(file)) : QString();
    zip_fclose(file);
    if (failed || done != e.size) {
        if (why.isEmpty())
            why = ImportTr::tr("%1 of %2 bytes").arg(done).arg(e.size);
        return refusedInput(SkipReason::Corrupt, ImportTr::tr("damaged archive entry (%1)").arg(why));
    }
    return data;
}

} // namespace lc
