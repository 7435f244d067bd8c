#include "exportsink.h"

#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>
#include <set>

#include <zip.h>

namespace lc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lc::ExportSink", text);
}

// A fixed timestamp so the same export gives the same bytes: 2000-01-01 00:00 UTC.
constexpr time_t FixedMtime = 946684800;

class FolderSink final : public ExportSink
{
public:
    FolderSink(QString finalPath) : m_final(std::move(finalPath)), m_part(m_final + QStringLiteral(".part")) {}
    ~FolderSink() override { discard(); }

    Result<void> begin()
    {
        if (QFileInfo::exists(m_part) && !QDir(m_part).removeRecursively())
            return FileUtil::fileError(tr("Cannot remove the leftover"), m_part, tr("permission denied"));
        return FileUtil::ensureDirectory(m_part);
    }

    Result<void> addFile(const QString &relativePath, const QByteArray &bytes) override
    {
        const QString path = m_part + QLatin1Char('/') + relativePath;
        if (auto r = FileUtil::ensureDirectory(QFileInfo(path).absolutePath()); !r)
            return r;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return FileUtil::fileError(tr("Cannot write"), path, f.errorString());
        if (f.write(bytes) != bytes.size()) {
            const QString why = f.errorString();
            f.close();
            return FileUtil::fileError(tr("Cannot write"), path, why);
        }
        if (!f.flush())
            return FileUtil::fileError(tr("Cannot write"), path, f.errorString());
        return {};
    }

    Result<void> addFileFromDisk(const QString &relativePath, const QString &diskPath) override
    {
        const QString path = m_part + QLatin1Char('/') + relativePath;
        if (auto r = FileUtil::ensureDirectory(QFileInfo(path).absolutePath()); !r)
            return r;
        if (!QFile::copy(diskPath, path))
            return FileUtil::fileError(tr("Cannot write"), path, tr("copy failed"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return {};
    }

    Result<void> addDirectory(const QString &relativePath) override
    {
        return FileUtil::ensureDirectory(m_part + QLatin1Char('/') + relativePath);
    }

    Result<void> commit(const std::function<bool(double)> &) override
    {
        if (!FileUtil::syncFileSystem(m_part))
            (void)FileUtil::syncDirectory(m_part);
        if (!QDir().rename(m_part, m_final))
            return FileUtil::fileError(tr("Cannot move the export into place at"), m_final, tr("rename failed"));
        m_committed = true;
        return {};
    }

    void discard() override
    {
        if (!m_committed && QFileInfo::exists(m_part))
            QDir(m_part).removeRecursively();
    }

    QString finalPath() const override { return m_final; }
    bool isArchive() const override { return false; }

private:
    QString m_final;
    QString m_part;
    bool m_committed = false;
};

class ZipSink final : public ExportSink
{
public:
    ZipSink(QString finalPath, QString tempDir) : m_final(std::move(finalPath)), m_part(m_final + QStringLiteral(".part")), m_temp(tempDir + QStringLiteral("/export-XXXXXX")) {}
    ~ZipSink() override { discard(); }

    Result<void> begin()
    {
        if (!m_temp.isValid())
            return FileUtil::fileError(tr("Cannot create a temporary folder in"), m_temp.path(), m_temp.errorString());
        QFile::remove(m_part);
        return {};
    }

    Result<void> addFile(const QString &relativePath, const QByteArray &bytes) override
    {
        Entry e;
        const QString lower = relativePath.toLower();
        e.compress = !(lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".png")));
        if (e.compress || bytes.size() < 64 * 1024) {
            e.bytes = bytes;
        } else {
            // Images wait on disk until the archive is written, so memory holds one image at a time.
            e.diskPath = m_temp.filePath(QString::number(m_entries.size()));
            QFile f(e.diskPath);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return FileUtil::fileError(tr("Cannot write"), e.diskPath, f.errorString());
        }
        if (m_entries.count(relativePath))
            return makeError(ErrorCode::Internal, tr("Two export files are named %1.").arg(relativePath));
        m_entries.emplace(relativePath, std::move(e));
        return {};
    }

    Result<void> addFileFromDisk(const QString &relativePath, const QString &diskPath) override
    {
        if (m_entries.count(relativePath))
            return makeError(ErrorCode::Internal, tr("Two export files are named %1.").arg(relativePath));
        Entry e;
        e.diskPath = diskPath;
        const QString lower = relativePath.toLower();
        e.compress = !(lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".png")));
        m_entries.emplace(relativePath, std::move(e));
        return {};
    }

    Result<void> addDirectory(const QString &relativePath) override
    {
        m_directories.insert(relativePath.endsWith(QLatin1Char('/')) ? relativePath : relativePath + QLatin1Char('/'));
        return {};
    }

    Result<void> commit(const std::function<bool(double)> &progress) override
    {
        int error = 0;
        zip_t *za = zip_open(QFile::encodeName(m_part).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!za)
            return FileUtil::fileError(tr("Cannot create"), m_part, tr("libzip error %1").arg(error));
        auto fail = [&](const QString &why) -> Result<void> {
            zip_discard(za);
            QFile::remove(m_part);
            return FileUtil::fileError(tr("Cannot write the archive"), m_final, why);
        };
        // Entries in sorted order (std::map), fixed times and attributes: the same export gives the same bytes.
        std::map<QString, int> order;
        for (const QString &d : m_directories) {
            const zip_int64_t index = zip_dir_add(za, d.toUtf8().constData(), ZIP_FL_ENC_UTF_8);
            if (index < 0)
                return fail(QString::fromUtf8(zip_strerror(za)));
            zip_file_set_mtime(za, zip_uint64_t(index), FixedMtime, 0);
            zip_file_set_external_attributes(za, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (040755u) << 16);
        }
        for (const auto &[name, e] : m_entries) {
            zip_source_t *src = e.diskPath.isEmpty()
                ? zip_source_buffer(za, e.bytes.constData(), zip_uint64_t(e.bytes.size()), 0)
                : zip_source_file(za, QFile::encodeName(e.diskPath).constData(), 0, -1);
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
        }
        struct State
        {
            const std::function<bool(double)> *progress;
            bool canceled = false;
        } state{&progress};
        zip_register_progress_callback_with_state(za, 0.01,
            [](zip_t *, double value, void *ud) {
                auto *s = static_cast<State *>(ud);
                if (*s->progress && !(*s->progress)(value))
                    s->canceled = true;
            },
            nullptr, &state);
        zip_register_cancel_callback_with_state(za, [](zip_t *, void *ud) { return static_cast<State *>(ud)->canceled ? 1 : 0; },
            nullptr, &state);
        if (zip_close(za) != 0) {
            const QString why = state.canceled ? tr("canceled") : QString::fromUtf8(zip_strerror(za));
            zip_discard(za);
            QFile::remove(m_part);
            if (state.canceled)
                return makeError(ErrorCode::Canceled, tr("The export was canceled."));
            return FileUtil::fileError(tr("Cannot write the archive"), m_final, why);
        }
        (void)FileUtil::syncFileSystem(QFileInfo(m_part).absolutePath());
        if (!QFile::rename(m_part, m_final)) {
            QFile::remove(m_part);
            return FileUtil::fileError(tr("Cannot move the archive into place at"), m_final, tr("rename failed"));
        }
        m_committed = true;
        return {};
    }

    void discard() override
    {
        if (!m_committed)
            QFile::remove(m_part);
    }

    QString finalPath() const override { return m_final; }
    bool isArchive() const override { return true; }

private:
    struct Entry
    {
        QByteArray bytes;
        QString diskPath;
        bool compress = false;
    };
    QString m_final;
    QString m_part;
    QTemporaryDir m_temp;
    std::map<QString, Entry> m_entries;
    std::set<QString> m_directories;
    bool m_committed = false;
};

} // namespace

Result<std::unique_ptr<ExportSink>> ExportSink::create(const QString &outputPath, const QString &tempDir)
{
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(outputPath));
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::AlreadyExists,
            tr("%1 already exists. Choose a new name, or delete it first; an export never overwrites.").arg(QDir::toNativeSeparators(path)));
    }
    const QString parent = QFileInfo(path).absolutePath();
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parent)));
    if (!QFileInfo(parent).isWritable())
        return makeError(ErrorCode::PermissionDenied, tr("Cannot write in %1 (permission denied).").arg(QDir::toNativeSeparators(parent)));
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        auto sink = std::make_unique<ZipSink>(path, tempDir);
        if (auto r = sink->begin(); !r)
            return r.error();
        return std::unique_ptr<ExportSink>(std::move(sink));
    }
    auto sink = std::make_unique<FolderSink>(path);
    if (auto r = sink->begin(); !r)
        return r.error();
    return std::unique_ptr<ExportSink>(std::move(sink));
}

} // namespace lc
