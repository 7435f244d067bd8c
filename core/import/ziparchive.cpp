#include "ziparchive.h"

#include <QCoreApplication>
#include <QStringList>

#include <zip.h>

namespace lc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::ZipArchive", text);
}

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
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
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

std::variant<std::unique_ptr<ZipArchive>, FileProblem> ZipArchive::open(const NativePath &path)
{
    int error = 0;
    ::zip *handle = zip_open(path.bytes().constData(), ZIP_RDONLY, &error);
    if (!handle) {
        if (error == ZIP_ER_OPEN || error == ZIP_ER_READ)
            return FileProblem{SkipReason::Unreadable, tr("cannot open the archive (%1)").arg(zipErrorText(error))};
        return FileProblem{SkipReason::CorruptArchive, tr("not a valid ZIP archive (%1)").arg(zipErrorText(error))};
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

std::variant<ZipArchive::Entry, FileProblem> ZipArchive::entry(qint64 index) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
        return FileProblem{SkipReason::CorruptArchive, tr("damaged archive entry %1").arg(index)};
    Entry e;
    e.index = index;
    e.name = QString::fromUtf8((st.valid & ZIP_STAT_NAME) ? st.name : "");
    e.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
    e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    e.isDirectory = e.name.endsWith(QLatin1Char('/'));
    return e;
}

std::variant<QByteArray, FileProblem> ZipArchive::read(qint64 index, qint64 maxBytes) const
{
    auto info = entry(index);
    if (auto *problem = std::get_if<FileProblem>(&info))
        return *problem;
    const Entry &e = std::get<Entry>(info);
    if (e.size > maxBytes)
        return FileProblem{SkipReason::TooLarge, describeTooLarge(e.size, maxBytes)};
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        return FileProblem{SkipReason::CorruptArchive,
            tr("cannot read the archive entry (%1)").arg(QString::fromUtf8(zip_strerror(m_zip)))};
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
            why = tr("%1 of %2 bytes").arg(done).arg(e.size);
        return FileProblem{SkipReason::Corrupt, tr("damaged archive entry (%1)").arg(why)};
    }
    return data;
}

} // namespace lc
