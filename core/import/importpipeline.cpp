#include "importpipeline.h"

#include "import/ziparchive.h"
#include "library/library.h"
#include "store/objectstore.h"
#include "store/thumbnailstore.h"
#include "util/fileutil.h"
#include "util/tr.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace lc {

namespace {

constexpr qint64 MaxSidecarBytes = 1'000'000;

ImportOutcome skippedOutcome(const ImportSource &s, SkipReason reason, const QString &message)
{
    ImportOutcome o;
    o.input = s.display;
    o.kind = OutcomeKind::Skipped;
    o.reason = reason;
    o.message = message;
    return o;
}

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1);
}

Result<QByteArray> readSource(ImportRun &run, const ImportSource &s, qint64 maxBytes, bool sidecar)
{
    if (s.type == ImportSource::Type::File)
        return readFileLimited(sidecar ? s.sidecarPath : s.path, maxBytes);
    return run.archives.read(s, maxBytes, sidecar);
}

void readSidecar(ImportRun &run, const ImportSource &s, SourceResult &r)
{
    if (!s.hasSidecar)
        return;
    auto caption = readSource(run, s, MaxSidecarBytes, true);
    if (!caption) {
        const QString note = ImportTr::tr("caption file not read: %1").arg(caption.error().message);
        r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
    } else {
        const DecodedCaption decoded = decodeCaption(*caption);
        r.caption = decoded.text;
        r.captionFromSidecar = true;
        if (!decoded.encoding.isEmpty()) {
            const QString note = ImportTr::tr("caption file read as %1 (not UTF-8)").arg(decoded.encoding);
            r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
        }
    }
}

SourceResult process(ImportRun &run, int index, const ImportSource &s)
{
    SourceResult r;
    r.index = index;
    r.repeats = s.repeats;
    r.originalName = s.originalName;
    r.sourcePath = s.display;
    r.outcome.input = s.display;
    auto addNote = [&r](const QString &note) {
        if (!note.isEmpty())
            r.outcome.note = r.outcome.note.isEmpty() ? note : r.outcome.note + QStringLiteral("; ") + note;
    };

    auto read = readSource(run, s, run.options.maxFileBytes, false);
    if (!read) {
        r.outcome = skippedOutcome(s, read.error().refusal, read.error().message);
        return r;
    }
    QByteArray bytes = std::move(*read);
    if (bytes.isEmpty()) {
        r.outcome = skippedOutcome(s, SkipReason::Empty, ImportTr::tr("empty file (0 bytes)"));
        return r;
    }
    const FileKind kind = sniffFileKind(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
    if (!isSupportedImage(kind)) {
        const bool image = kind == FileKind::Heic || kind == FileKind::Avif || kind == FileKind::Jxl
            || kind == FileKind::Psd || kind == FileKind::Svg;
        r.outcome = image ? skippedOutcome(s, SkipReason::UnsupportedFormat,
                                ImportTr::tr("unsupported format (%1)").arg(fileKindName(kind)))
                          : skippedOutcome(s, SkipReason::NotAnImage, ImportTr::tr("not an image (%1)").arg(fileKindName(kind)));
        return r;
    }
    const FileKind claimed = kindFromExtension(suffixOf(s.originalName));
    if (claimed != FileKind::Unknown && claimed != kind) {
        r.outcome.note = ImportTr::tr("%1 content with a .%2 name; imported as %1")
                             .arg(fileKindName(kind), suffixOf(s.originalName).toLower());
    }
    addNote(s.note);

    const ContentHash hash = ContentHash::of(bytes);
    r.outcome.hash = hash;
    r.outcome.bytes = bytes.size();
    if (const int first = run.claim(hash, index); first != index) {
        // Whether this is a duplicate of an import, or shares the fate of an input that was skipped, is
        // decided once the first input's outcome is known (at the end of the run).
        r.outcome.kind = OutcomeKind::DuplicateInBatch;
        r.duplicateOfIndex = first;
        r.outcome.duplicateOf = run.sources[first].display;
        return r;
    }

    const ObjectStore &store = run.library.store();
    const bool known = run.knownBlobs.contains(hash);
    if (known) {
        // The library has this image: make sure its stored copy is intact (re-importing the original
        // repairs a damaged object).
        auto repaired = store.repair(hash, bytes, FileUtil::Sync::Deferred);
        if (!repaired) {
            if (repaired.error().code == ErrorCode::DiskFull)
                r.fatal = repaired.error();
            r.outcome = skippedOutcome(s, SkipReason::Unreadable, repaired.error().message);
            return r;
        }
        if (*repaired) {
            addNote(ImportTr::tr("the library's stored copy of this image was damaged or missing and has been repaired"));
            r.repairedObject = true;
        }
    }
    if (run.datasetBlobs.contains(hash)) {
        r.outcome.kind = OutcomeKind::AlreadyInDataset;
        readSidecar(run, s, r);
        return r;
    }

    const int thumbSize = run.options.image.thumbnailSize;
    const QString thumbPath = run.library.thumbnails().pathFor(hash, thumbSize);
    if (!known || !QFileInfo::exists(thumbPath)) {
        auto analysis = analyzeImage(bytes, kind, run.options.image, &run.cancel);
        if (!analysis) {
            if (run.stopping() || analysis.error().code == ErrorCode::Canceled) {
                r.discard = true;
                return r;
            }
            r.outcome = skippedOutcome(s, analysis.error().refusal, analysis.error().message);
            r.outcome.note.clear();
            run.releaseClaim(hash);
            return r;
        }
        r.image = std::move(*analysis);
        if (auto t = run.library.thumbnails().write(store.tempDir(), hash, r.image.thumbnailJpeg, thumbSize); !t)
            qCWarning(lcImport) << "cannot write thumbnail:" << t.error().message;
        r.image.thumbnailJpeg.clear();
        r.newBlob = !known;
    }
    if (!known) {
        if (auto put = store.put(hash, bytes, FileUtil::Sync::Deferred); !put) {
            if (put.error().code == ErrorCode::DiskFull)
                r.fatal = put.error();
            r.outcome = skippedOutcome(s, SkipReason::Unreadable, put.error().message);
            return r;
        }
    }

    readSidecar(run, s, r);
    r.outcome.kind = OutcomeKind::Imported;
    r.needsRow = true;
    return r;
}

} // namespace

ArchivePool::ArchivePool() = default;
ArchivePool::~ArchivePool() = default;

Result<QByteArray> ArchivePool::read(const ImportSource &source, qint64 maxBytes, bool sidecar)
{
    std::unique_ptr<ZipArchive> zip;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_idle.find(source.path.bytes());
        if (it != m_idle.end()) {
            zip = std::move(it->second);
            m_idle.erase(it);
        }
    }
    if (!zip) {
        auto opened = ZipArchive::open(source.path);
        if (!opened)
            return opened.error();
        zip = std::move(*opened);
    }
    Result<QByteArray> bytes = zip->read(sidecar ? source.sidecarEntry : source.entryIndex, maxBytes);
    QMutexLocker lock(&m_mutex);
    m_idle.emplace(source.path.bytes(), std::move(zip));
    return bytes;
}

ImportRun::ImportRun(const Library &library, const QList<ImportSource> &sources, const ImportOptions &options,
    const std::atomic<bool> &cancel)
    : library(library)
    , sources(sources)
    , options(options)
    , cancel(cancel)
{
}

int ImportRun::claim(const ContentHash &hash, int index)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_claimed.constFind(hash);
    if (it != m_claimed.cend())
        return it.value();
    m_claimed.insert(hash, index);
    return index;
}

void ImportRun::releaseClaim(const ContentHash &hash)
{
    QMutexLocker lock(&m_mutex);
    m_claimed.remove(hash);
}

void ImportRun::setCurrent(const QString &display)
{
    QMutexLocker lock(&m_mutex);
    m_current = display;
}

QString ImportRun::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

SourceResult processSource(ImportRun &run, int index)
{
    const ImportSource &source = run.sources[index];
    run.setCurrent(source.display);
    // Nothing may escape: the importer waits for every pipeline to report back.
    try {
        return process(run, index, source);
    } catch (const std::exception &e) {
        SourceResult r;
        r.index = index;
        r.outcome = skippedOutcome(source, SkipReason::Unreadable,
            ImportTr::tr("internal error while reading (%1)").arg(QString::fromLocal8Bit(e.what())));
        return r;
    } catch (...) {
        SourceResult r;
        r.index = index;
        r.outcome = skippedOutcome(source, SkipReason::Unreadable, ImportTr::tr("internal error while reading"));
        return r;
    }
}

} // namespace lc
