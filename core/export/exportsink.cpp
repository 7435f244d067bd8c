#include "exportsink.h"

#include "util/tr.h"

#include "util/contenthash.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <map>
#include <set>

#include <zip.h>

#ifndef Q_OS_WIN
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace lc {

namespace {


// A fixed timestamp so the same export gives the same bytes: 2000-01-01 00:00 UTC.
constexpr time_t FixedMtime = 946684800;

QString hostMarker()
{
    static const QString marker = ContentHash::of(QSysInfo::machineHostName().toUtf8()).toHex().left(8);
    return marker;
}

QString randomMarker()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < 6; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return s;
}

bool processIsGone(qint64 pid)
{
#ifndef Q_OS_WIN
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false; // cannot prove it: leave the leftover alone
#endif
}

// A real (not linked) directory with nothing in it, hidden files included.
bool isEmptyFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink()
        && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// lstat-based existence: a dangling symbolic link exists too.
bool pathExists(const QString &path)
{
#ifndef Q_OS_WIN
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
#else
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
#endif
}

// Temporary outputs of earlier exports to the same final name that were killed: our marker, this host,
// and a process that no longer exists. Anything else is left alone.
QStringList removeLeftovers(const QString &finalPath, QStringList *unproven)
{
    QStringList removed;
    const QFileInfo fi(finalPath);
    // Earlier versions wrote NAME.part (and libzip NAME.part.XXXXXX) with no owner in the name: those
    // cannot be proven ours, so they are only reported.
    const QRegularExpression old(QStringLiteral("^%1\\.part\\.[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(fi.fileName())));
    const QRegularExpression re(QStringLiteral("^%1\\.lctmp-([0-9a-f]{8})-(\\d+)-[a-z0-9]{6}\\.part(\\.[A-Za-z0-9]{6})?$")
                                    .arg(QRegularExpression::escape(fi.fileName())));
    QDirIterator it(fi.absolutePath(), QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        if (unproven && old.match(it.fileName()).hasMatch()) {
            unproven->append(path);
            continue;
        }
        const QRegularExpressionMatch m = re.match(it.fileName());
        if (!m.hasMatch() || m.captured(1) != hostMarker() || !processIsGone(m.captured(2).toLongLong()))
            continue;
        const QFileInfo info(path);
        const bool ok = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (ok)
            removed << path;
    }
    return removed;
}

Result<void> checkEntryName(const QString &relativePath)
{
    if (!isSafeExportEntryName(relativePath))
        return makeError(ErrorCode::Internal, ExportTr::tr("Refusing to write an unsafe file name into the export: %1").arg(relativePath));
    return {};
}

Result<void> writeNewFile(const QString &path, const QByteArray &bytes)
{
#ifndef Q_OS_WIN
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return FileUtil::errnoError(ExportTr::tr("Cannot write %1: %2"), path, errno);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n == 0 ? ENOSPC : errno;
            ::close(fd);
            ::unlink(name.constData());
            return FileUtil::errnoError(ExportTr::tr("Cannot write %1: %2"), path, err);
        }
        done += n;
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(name.constData());
        return FileUtil::errnoError(ExportTr::tr("Cannot write %1: %2"), path, err);
    }
    return {};
#else
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size())
        return FileUtil::fileError(ExportTr::tr("Cannot write %1: %2"), path, f.errorString());
    return {};
#endif
}

class FolderSink final : public ExportSink
{
public:
    FolderSink(QString finalPath, bool intoEmptyFolder) : m_final(std::move(finalPath)), m_intoEmptyFolder(intoEmptyFolder) {}
    ~FolderSink() override { discard(); }

    Result<void> begin()
    {
        // A name of our own, created exclusively: mkdir fails if anything (a folder, a file, a link) is there.
        for (int attempt = 0; attempt < 16; ++attempt) {
            const QString candidate = temporaryName(m_final, QCoreApplication::applicationPid(), randomMarker());
#ifndef Q_OS_WIN
            if (::mkdir(QFile::encodeName(candidate).constData(), 0755) == 0) {
                m_part = candidate;
                return {};
            }
            if (errno != EEXIST)
                return FileUtil::errnoError(ExportTr::tr("Cannot create the export folder %1: %2"), candidate, errno);
#else
            if (!pathExists(candidate) && QDir().mkdir(candidate)) {
                m_part = candidate;
                return {};
            }
#endif
        }
        return FileUtil::fileError(ExportTr::tr("Cannot create the export folder %1: %2"), m_final, ExportTr::tr("no free temporary name"));
    }

    Result<void> addFile(const QString &relativePath, const QByteArray &bytes) override
    {
        if (auto r = checkEntryName(relativePath); !r)
            return r;
        const QString path = m_part + QLatin1Char('/') + relativePath;
        if (auto r = FileUtil::ensureDirectory(QFileInfo(path).absolutePath()); !r)
            return r;
        return writeNewFile(path, bytes);
    }

    Result<void> addFileFromDisk(const QString &relativePath, const QString &diskPath, const ContentHash &expected) override
    {
        if (auto r = checkEntryName(relativePath); !r)
            return r;
        const QString path = m_part + QLatin1Char('/') + relativePath;
        if (auto r = FileUtil::ensureDirectory(QFileInfo(path).absolutePath()); !r)
            return r;
        return FileUtil::copyFile(diskPath, path, expected);
    }

    Result<void> addDirectory(const QString &relativePath) override
    {
        if (auto r = checkEntryName(relativePath); !r)
            return r;
        return FileUtil::ensureDirectory(m_part + QLatin1Char('/') + relativePath);
    }

    Result<void> commit(const CommitProgressFn &) override
    {
        if (!FileUtil::syncFileSystem(m_part))
            (void)FileUtil::syncDirectory(m_part);
        // The empty folder the export was pointed at makes way; rmdir() refuses if anything was put in
        // it meanwhile, and then nothing is replaced.
        if (m_intoEmptyFolder && isEmptyFolder(m_final) && !QDir().rmdir(m_final))
            return FileUtil::fileError(ExportTr::tr("Cannot use the folder %1: %2"), m_final, ExportTr::tr("it is no longer empty"));
        if (auto r = FileUtil::renameNoReplace(m_part, m_final); !r)
            return r;
        m_committed = true;
        (void)FileUtil::syncDirectory(QFileInfo(m_final).absolutePath());
        return {};
    }

    void discard() override
    {
        // Only our own, exclusively created folder: removeRecursively() deletes links inside it, never
        // what they point to.
        if (!m_committed && !m_part.isEmpty() && QFileInfo(m_part).isDir() && !QFileInfo(m_part).isSymLink())
            QDir(m_part).removeRecursively();
        m_part.clear();
    }

    QString finalPath() const override { return m_final; }
    bool isArchive() const override { return false; }

private:
    QString m_final;
    bool m_intoEmptyFolder = false;
    QString m_part;
    bool m_committed = false;
};

// A libzip source that reads a file and checks its SHA-256 as libzip reads it: a damaged stored image
// fails zip_close() instead of going into the archive.
struct VerifiedFile
{
    QByteArray path;
    QString displayPath;
    QString entryName; // the file in the archive (named after the image)
    ContentHash expected;
    FILE *file = nullptr;
    qint64 size = 0;
    std::unique_ptr<Sha256> sha;
    zip_error_t error;
    QStringList *failures = nullptr;
};

zip_int64_t verifiedSource(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *v = static_cast<VerifiedFile *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        v->file = std::fopen(v->path.constData(), "rb");
        if (!v->file) {
            v->failures->append(FileUtil::errnoError(ExportTr::tr("Cannot read %1: %2"), v->displayPath, errno).message);
            zip_error_set(&v->error, ZIP_ER_OPEN, errno);
            return -1;
        }
        v->sha = std::make_unique<Sha256>();
        return 0;
    case ZIP_SOURCE_READ: {
        const size_t n = std::fread(data, 1, size_t(len), v->file);
        if (n < len && std::ferror(v->file)) {
            v->failures->append(FileUtil::errnoError(ExportTr::tr("Cannot read %1: %2"), v->displayPath, errno).message);
            zip_error_set(&v->error, ZIP_ER_READ, errno);
            return -1;
        }
        v->sha->add(QByteArrayView(static_cast<const char *>(data), qsizetype(n)));
        if (n == 0 && v->expected.isValid()) {
            const ContentHash actual = v->sha->finish();
            if (!(actual == v->expected)) {
                v->failures->append(ExportTr::tr("The stored copy of %4 (%1) is damaged: its content hashes to %2 instead of %3. "
                                       "Nothing was written. `loracraft-cli fsck --repair` brings it back from where it was "
                                       "imported, if that file is still there.")
                                        .arg(v->displayPath, actual.shortHex(), v->expected.shortHex(), v->entryName));
                zip_error_set(&v->error, ZIP_ER_INCONS, 0);
                return -1;
            }
        }
        return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
        if (v->file)
            std::fclose(v->file);
        v->file = nullptr;
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = zip_uint64_t(v->size);
        st->mtime = FixedMtime;
        st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&v->error, data, len);
    case ZIP_SOURCE_FREE:
        if (v->file)
            std::fclose(v->file);
        zip_error_fini(&v->error);
        delete v;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS, -1);
    default:
        zip_error_set(&v->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

class ZipSink final : public ExportSink
{
public:
    ZipSink(QString finalPath, QString tempDir)
        : m_final(std::move(finalPath))
        , m_temp(tempDir + QStringLiteral("/export-XXXXXX"))
    {
    }
    ~ZipSink() override { discard(); }

    Result<void> begin()
    {
        if (!m_temp.isValid())
            return FileUtil::fileError(ExportTr::tr("Cannot create a temporary folder in %1: %2"), m_temp.path(), m_temp.errorString());
        // Reserve a name of our own (O_EXCL); libzip later writes NAME.XXXXXX beside it and renames over it.
        for (int attempt = 0; attempt < 16; ++attempt) {
            const QString candidate = temporaryName(m_final, QCoreApplication::applicationPid(), randomMarker());
            auto r = writeNewFile(candidate, QByteArray());
            if (r) {
                m_part = candidate;
                return {};
            }
            if (r.error().code != ErrorCode::AlreadyExists)
                return r;
        }
        return FileUtil::fileError(ExportTr::tr("Cannot create %1: %2"), m_final, ExportTr::tr("no free temporary name"));
    }

    Result<void> addFile(const QString &relativePath, const QByteArray &bytes) override
    {
        if (auto r = checkEntryName(relativePath); !r)
            return r;
        if (m_entries.count(relativePath))
            return makeError(ErrorCode::Internal, ExportTr::tr("Two export files are named %1.").arg(relativePath));
        Entry e;
        const QString lower = relativePath.toLower();
        e.compress = !(lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".png")));
        if (e.compress || bytes.size() < 64 * 1024) {
            e.bytes = bytes;
        } else {
            // Images wait on disk until the archive is written, so memory holds one image at a time.
            e.diskPath = m_temp.filePath(QString::number(m_entries.size()));
            if (auto r = writeNewFile(e.diskPath, bytes); !r)
                return r;
            e.size = bytes.size();
        }
        m_entries.emplace(relativePath, std::move(e));
        return {};
    }

    Result<void> addFileFromDisk(const QString &relativePath, const QString &diskPath, const ContentHash &expected) override
    {
        if (auto r = checkEntryName(relativePath); !r)
            return r;
        if (m_entries.count(relativePath))
            return makeError(ErrorCode::Internal, ExportTr::tr("Two export files are named %1.").arg(relativePath));
        Entry e;
        e.diskPath = diskPath;
        e.expected = expected;
        e.size = QFileInfo(diskPath).size();
        const QString lower = relativePath.toLower();
        e.compress = !(lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".png")));
        m_entries.emplace(relativePath, std::move(e));
        return {};
    }

    Result<void> addDirectory(const QString &relativePath) override
    {
        if (auto r = checkEntryName(relativePath); !r)
            return r;
        m_directories.insert(relativePath.endsWith(QLatin1Char('/')) ? relativePath : relativePath + QLatin1Char('/'));
        return {};
    }

    Result<void> commit(const CommitProgressFn &progress) override
    {
        int error = 0;
        zip_t *za = zip_open(QFile::encodeName(m_part).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!za)
            return FileUtil::fileError(ExportTr::tr("Cannot create %1: %2"), m_part, ExportTr::tr("libzip error %1").arg(error));
        QStringList failures; // filled by the verifying sources while zip_close() reads them
        auto fail = [&](const QString &why) -> Result<void> {
            zip_discard(za);
            return FileUtil::fileError(ExportTr::tr("Cannot write the archive %1: %2"), m_final, why);
        };
        // Entries in sorted order (std::map), fixed times and attributes: the same export gives the same bytes.
        QStringList names;
        for (const QString &d : m_directories) {
            const zip_int64_t index = zip_dir_add(za, d.toUtf8().constData(), ZIP_FL_ENC_UTF_8);
            if (index < 0)
                return fail(QString::fromUtf8(zip_strerror(za)));
            zip_file_set_mtime(za, zip_uint64_t(index), FixedMtime, 0);
            zip_file_set_external_attributes(za, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (040755u) << 16);
            names << d;
        }
        for (const auto &[name, e] : m_entries) {
            zip_source_t *src = nullptr;
            if (e.diskPath.isEmpty()) {
                src = zip_source_buffer(za, e.bytes.constData(), zip_uint64_t(e.bytes.size()), 0);
            } else {
                auto *v = new VerifiedFile;
                v->path = QFile::encodeName(e.diskPath);
                v->displayPath = QDir::toNativeSeparators(e.diskPath);
                v->entryName = name;
                v->expected = e.expected;
                v->size = e.size;
                v->failures = &failures;
                zip_error_init(&v->error);
                zip_error_t createError;
                zip_error_init(&createError);
                src = zip_source_function(za, verifiedSource, v);
                zip_error_fini(&createError);
                if (!src) {
                    zip_error_fini(&v->error);
                    delete v;
                }
            }
            if (!src)
                return fail(QString::fromUtf8(zip_strerror(za)));
            const zip_int64_t index = zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
            if (index < 0) {
                zip_source_free(src);
                return fail(QString::fromUtf8(zip_strerror(za)));
            }
            zip_set_file_compression(za, zip_uint64_t(index), e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, e.compress ? 9 : 0);
            zip_file_set_mtime(za, zip_uint64_t(index), FixedMtime, 0);
            zip_file_set_external_attributes(za, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (0100644u) << 16);
            names << name;
        }
        // libzip reports progress as a fraction with equal weight per entry: turn it back into the entry
        // being written, so the caller can report per image.
        struct State
        {
            const CommitProgressFn *progress;
            const QStringList *names;
            int reported = -1;
            bool canceled = false;
        } state{&progress, &names};
        const double precision = std::min(0.01, 0.5 / std::max<qsizetype>(1, names.size()));
        zip_register_progress_callback_with_state(za, precision,
            [](zip_t *, double value, void *ud) {
                auto *s = static_cast<State *>(ud);
                const int total = int(s->names->size());
                const int index = std::min(total, int(value * total + 1e-9));
                while (s->reported < index) {
                    ++s->reported;
                    const QString current = s->reported < total ? s->names->at(s->reported) : QString();
                    if (*s->progress && !(*s->progress)(s->reported, total, current))
                        s->canceled = true;
                }
            },
            nullptr, &state);
        zip_register_cancel_callback_with_state(za, [](zip_t *, void *ud) { return static_cast<State *>(ud)->canceled ? 1 : 0; },
            nullptr, &state);
        if (zip_close(za) != 0) {
            const int systemError = zip_error_code_system(zip_get_error(za));
            const int zipError = zip_error_code_zip(zip_get_error(za));
            QString why = QString::fromUtf8(zip_strerror(za));
            zip_discard(za);
            if (state.canceled)
                return makeError(ErrorCode::Canceled, ExportTr::tr("The export was canceled."));
            if (!failures.isEmpty())
                return makeError(failures.first().contains(QLatin1String("damaged")) ? ErrorCode::Corrupt : ErrorCode::Io,
                    failures.first());
            if ((zipError == ZIP_ER_WRITE || zipError == ZIP_ER_CLOSE || zipError == ZIP_ER_RENAME || zipError == ZIP_ER_TMPOPEN)
                && systemError != 0)
                return FileUtil::errnoError(ExportTr::tr("Cannot write the archive %1: %2"), m_final, systemError);
            return FileUtil::fileError(ExportTr::tr("Cannot write the archive %1: %2"), m_final, why);
        }
        // The archive's SHA-256 (for the history) is read from the page cache on another thread while the
        // file system sync waits for the disk.
        const QString written = m_part;
        QFuture<Result<ContentHash>> hashing = QtConcurrent::run([written] { return hashFile(written); });
        (void)FileUtil::syncFileSystem(QFileInfo(m_part).absolutePath());
        if (const Result<ContentHash> h = hashing.result())
            m_sha256 = h->toHex();
        if (auto r = FileUtil::renameNoReplace(m_part, m_final); !r)
            return r;
        m_committed = true;
        (void)FileUtil::syncDirectory(QFileInfo(m_final).absolutePath());
        return {};
    }

    void discard() override
    {
        if (!m_committed && !m_part.isEmpty())
            QFile::remove(m_part); // our own, exclusively created name
        m_part.clear();
    }

    QString finalPath() const override { return m_final; }
    bool isArchive() const override { return true; }
    QString archiveSha256() const override { return m_sha256; }

private:
    struct Entry
    {
        QByteArray bytes;
        QString diskPath;
        ContentHash expected;
        qint64 size = 0;
        bool compress = false;
    };
    QString m_final;
    QString m_part;
    QString m_sha256;
    QTemporaryDir m_temp;
    std::map<QString, Entry> m_entries;
    std::set<QString> m_directories;
    bool m_committed = false;
};

} // namespace

bool isSafeExportEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return false;
    if (name.size() >= 2 && name[1] == QLatin1Char(':'))
        return false;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return !parts.isEmpty();
}

QString ExportSink::temporaryName(const QString &finalPath, qint64 pid, const QString &random)
{
    return finalPath + QStringLiteral(".lctmp-%1-%2-%3.part").arg(hostMarker()).arg(pid).arg(random);
}

Result<std::unique_ptr<ExportSink>> ExportSink::create(const QString &outputPath, const QString &tempDir,
    QStringList *removedLeftovers, QStringList *unprovenLeftovers)
{
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(outputPath));
    const bool zip = path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    // An empty folder the user made for the export is taken (it holds nothing to lose); anything else
    // that exists is refused.
    const bool emptyFolder = !zip && isEmptyFolder(path);
    if (pathExists(path) && !emptyFolder) {
        return makeError(ErrorCode::AlreadyExists,
            ExportTr::tr("%1 already exists. Choose a new name, or delete it first; an export never overwrites.").arg(QDir::toNativeSeparators(path)));
    }
    const QString parent = QFileInfo(path).absolutePath();
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorCode::NotFound, ExportTr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parent)));
    if (!QFileInfo(parent).isWritable())
        return makeError(ErrorCode::PermissionDenied, ExportTr::tr("Cannot write in %1 (permission denied).").arg(QDir::toNativeSeparators(parent)));
    QStringList unproven;
    const QStringList removed = removeLeftovers(path, &unproven);
    if (removedLeftovers)
        *removedLeftovers = removed;
    if (unprovenLeftovers)
        *unprovenLeftovers = unproven;
    if (zip) {
        auto sink = std::make_unique<ZipSink>(path, tempDir);
        if (auto r = sink->begin(); !r)
            return r.error();
        return std::unique_ptr<ExportSink>(std::move(sink));
    }
    auto sink = std::make_unique<FolderSink>(path, emptyFolder);
    if (auto r = sink->begin(); !r)
        return r.error();
    return std::unique_ptr<ExportSink>(std::move(sink));
}

} // namespace lc
