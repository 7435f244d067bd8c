#include "sourcescanner.h"

#include "util/tr.h"

#include "import/ziparchive.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QSet>

#include <cerrno>

namespace lc {

namespace {


bool isJunkName(const QString &name)
{
    static const QSet<QString> junk = {QStringLiteral("Thumbs.db"), QStringLiteral("thumbs.db"),
        QStringLiteral("desktop.ini"), QStringLiteral("Desktop.ini"), QStringLiteral("__MACOSX"), QStringLiteral("@eaDir"),
        QStringLiteral("$RECYCLE.BIN"), QStringLiteral("System Volume Information")};
    return name.startsWith(QLatin1Char('.')) || junk.contains(name);
}

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1).toLower();
}

QString stemOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? name : name.left(dot);
}

bool isArchiveName(const QString &name)
{
    static const QSet<QString> archives = {QStringLiteral("zip"), QStringLiteral("7z"), QStringLiteral("rar"),
        QStringLiteral("tar"), QStringLiteral("gz"), QStringLiteral("tgz"), QStringLiteral("xz"), QStringLiteral("bz2")};
    return archives.contains(suffixOf(name));
}

// Among names in one folder, which caption files belong to an image (same stem, .txt preferred)?
// Returns image name -> caption name; captions used this way are not inputs of their own.
QHash<QString, QString> pairSidecars(const QStringList &names)
{
    QHash<QString, QStringList> byStem;
    for (const QString &n : names)
        byStem[stemOf(n)].append(n);
    QHash<QString, QString> pairs;
    for (auto it = byStem.cbegin(); it != byStem.cend(); ++it) {
        QString txt, caption;
        QStringList others;
        for (const QString &n : it.value()) {
            const QString s = suffixOf(n);
            if (s == QLatin1String("txt") && txt.isEmpty())
                txt = n;
            else if (s == QLatin1String("caption") && caption.isEmpty())
                caption = n;
            else
                others.append(n);
        }
        const QString sidecar = !txt.isEmpty() ? txt : caption;
        if (sidecar.isEmpty())
            continue;
        for (const QString &image : others)
            pairs.insert(image, sidecar);
    }
    return pairs;
}

class Scanner
{
public:
    Scanner(const ImportOptions &options, const std::atomic<bool> &cancel) : m_options(options), m_cancel(cancel) {}

    ScanResult result;

    void scanPath(const QString &input)
    {
        const NativePath path = NativePath::fromString(input);
        const NativeFileInfo info = statNative(path);
        if (!info.exists) {
            refuse(path.display(), info.isSymlink && info.error == ENOENT
                    ? refusedInput(SkipReason::NotFound, ImportTr::tr("broken symbolic link"))
                    : problemFromErrno(info.error));
            return;
        }
        if (info.isDir) {
            scanFolder(path, info);
            return;
        }
        if (!info.isFile) {
            refuse(path.display(), SkipReason::NotARegularFile, ImportTr::tr("not a regular file (%1)").arg(info.typeName));
            return;
        }
        scanFile(path, info.size);
    }

    void scanTopLevelFiles(const QStringList &inputs, QStringList &folders)
    {
        // Files given directly: pair captions with images given in the same call or lying beside them.
        QHash<QString, QStringList> byParent; // parent display path -> file names
        QHash<QString, NativePath> parents;
        for (const QString &input : inputs) {
            const NativePath path = NativePath::fromString(input);
            const NativeFileInfo info = statNative(path);
            if (info.exists && info.isDir) {
                folders.append(input);
                continue;
            }
            if (!info.exists || !info.isFile) {
                scanPath(input); // refuses it with the reason
                continue;
            }
            const QString parent = path.parent().display();
            byParent[parent].append(path.fileName());
            parents.insert(parent, path.parent());
        }
        for (auto it = byParent.cbegin(); it != byParent.cend(); ++it) {
            const NativePath parent = parents.value(it.key());
            const QStringList &given = it.value();
            // Captions lying beside the given images count too.
            QStringList names = given;
            for (const QString &g : given) {
                for (const char *ext : {".txt", ".caption", ".TXT", ".CAPTION"}) {
                    const QString candidate = stemOf(g) + QLatin1String(ext);
                    if (!names.contains(candidate) && statNative(parent.child(candidate.toUtf8())).isFile)
                        names.append(candidate);
                }
            }
            const QHash<QString, QString> pairs = pairSidecars(names);
            QSet<QString> consumed;
            for (const QString &caption : pairs)
                consumed.insert(caption);
            for (const QString &g : given) {
                if (consumed.contains(g))
                    continue;
                const NativePath path = parent.child(g.toUtf8());
                const NativeFileInfo info = statNative(path);
                addFile(path, info.size, pairs.value(g), parent, QString());
            }
        }
    }

private:
    void refuse(const QString &display, const Error &problem) { refuse(display, problem.refusal, problem.message); }

    void refuse(const QString &display, SkipReason reason, const QString &message)
    {
        ImportOutcome o;
        o.input = display;
        o.kind = OutcomeKind::Skipped;
        o.reason = reason;
        o.message = message;
        result.refused.append(o);
    }

    int kohyaRepeats(const QString &folderName)
    {
        const auto k = parseKohyaFolderName(folderName);
        if (!k)
            return 1;
        for (KohyaFolder &existing : result.kohyaFolders) {
            if (existing.folder == folderName) {
                ++existing.files;
                return existing.repeats;
            }
        }
        KohyaFolder folder = *k;
        folder.files = 1;
        result.kohyaFolders.append(folder);
        return folder.repeats;
    }

    void scanFile(const NativePath &path, qint64 size)
    {
        const QString name = path.fileName();
        if (suffixOf(name) == QLatin1String("zip")) {
            scanArchive(path);
            return;
        }
        addFile(path, size, QString(), path.parent(), QString());
    }

    void addFile(const NativePath &path, qint64 size, const QString &sidecarName, const NativePath &parent,
        const QString &kohyaFolder)
    {
        if (suffixOf(path.fileName()) == QLatin1String("zip")) {
            scanArchive(path);
            return;
        }
        ImportSource s;
        s.type = ImportSource::Type::File;
        s.path = path;
        s.display = path.display();
        s.originalName = path.fileName();
        s.size = size;
        if (!sidecarName.isEmpty()) {
            s.hasSidecar = true;
            s.sidecarPath = parent.child(sidecarName.toUtf8());
        }
        s.repeats = kohyaFolder.isEmpty() ? 1 : kohyaRepeats(kohyaFolder);
        result.totalBytes += size;
        result.sources.append(s);
    }

    void scanFolder(const NativePath &root, const NativeFileInfo &rootInfo)
    {
        QList<std::pair<NativePath, NativeFileInfo>> stack{{root, rootInfo}};
        while (!stack.isEmpty() && !m_cancel.load(std::memory_order_relaxed)) {
            const auto [dir, dirInfo] = stack.takeLast();
            const QPair<quint64, quint64> key{dirInfo.device, dirInfo.inode};
            if (m_visited.contains(key)) {
                // Reached again through a symbolic link (a loop, or a link to a folder we have): say so.
                // A folder given twice, or inside another given folder, is simply not listed twice.
                if (dirInfo.isSymlink) {
                    refuse(dir.display(), SkipReason::SymlinkLoop,
                        ImportTr::tr("folder already scanned (reached again through a symbolic link)"));
                }
                continue;
            }
            m_visited.insert(key);
            auto listing = listDirectory(dir);
            if (!listing) {
                refuse(dir.display(), listing.error());
                continue;
            }
            QStringList files;
            QHash<QString, std::pair<NativePath, NativeFileInfo>> fileInfo;
            QList<std::pair<NativePath, NativeFileInfo>> subfolders;
            // Natural order (2.jpg before 10.jpg), as file managers show it.
            QList<QByteArray> names = std::move(*listing);
            std::stable_sort(names.begin(), names.end(), [](const QByteArray &a, const QByteArray &b) {
                return naturalLess(QString::fromUtf8(a), QString::fromUtf8(b));
            });
            for (const QByteArray &rawName : std::as_const(names)) {
                const NativePath child = dir.child(rawName);
                const QString name = child.fileName();
                if (isJunkName(name)) {
                    ++result.ignored;
                    continue;
                }
                const NativeFileInfo info = statNative(child);
                if (!info.exists) {
                    refuse(child.display(), info.error == ENOENT
                            ? refusedInput(SkipReason::Unreadable, ImportTr::tr("broken symbolic link"))
                            : problemFromErrno(info.error));
                    continue;
                }
                if (info.isDir) {
                    subfolders.append({child, info});
                } else if (info.isFile) {
                    files.append(name);
                    fileInfo.insert(name, {child, info});
                } else {
                    ++result.ignored; // sockets, devices, fifos
                }
            }
            const QHash<QString, QString> pairs = pairSidecars(files);
            QSet<QString> consumed;
            for (const QString &caption : pairs)
                consumed.insert(caption);
            const QString folderName = dir.fileName();
            for (const QString &name : std::as_const(files)) {
                if (consumed.contains(name))
                    continue;
                const auto &[path, info] = fileInfo[name];
                addFile(path, info.size, pairs.value(name), dir, folderName);
            }
            // Depth-first in name order: push in reverse so the first name is scanned first.
            for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
                stack.append(*it);
        }
    }

    void scanArchive(const NativePath &zipPath)
    {
        const QString zipDisplay = zipPath.display();
        auto opened = ZipArchive::open(zipPath);
        if (!opened) {
            refuse(zipDisplay, opened.error());
            return;
        }
        const ZipArchive &zip = **opened;
        const qint64 count = zip.entryCount();
        if (count > m_options.maxArchiveEntries) {
            refuse(zipDisplay, SkipReason::TooManyEntries,
                ImportTr::tr("archive has %1 entries; the limit is %2").arg(count).arg(m_options.maxArchiveEntries));
            return;
        }
        QList<ZipArchive::Entry> entries;
        qint64 total = 0;
        for (qint64 i = 0; i < count; ++i) {
            auto e = zip.entry(i);
            if (!e) {
                // One damaged entry does not condemn the others.
                refuse(zipDisplay + QStringLiteral("!#%1").arg(i), e.error());
                continue;
            }
            entries.append(*e);
            total += entries.last().size;
        }
        if (total > m_options.maxArchiveBytes) {
            refuse(zipDisplay, SkipReason::ZipBomb,
                ImportTr::tr("archive would expand to %1, over the %2 limit (zip bomb?)")
                    .arg(FileUtil::formatBytes(total), FileUtil::formatBytes(m_options.maxArchiveBytes)));
            return;
        }

        const qsizetype sourcesBefore = result.sources.size();
        const qsizetype refusedBefore = result.refused.size();
        const int ignoredBefore = result.ignored;

        // Group by folder inside the archive to pair sidecars. Names are normalised first: "./a.jpg" and
        // "dir//b.png" are "a.jpg" and "dir/b.png" (zip -r . writes the former).
        QHash<QString, QList<ZipArchive::Entry>> byFolder;
        QStringList folderOrder;
        for (ZipArchive::Entry e : std::as_const(entries)) {
            const QString display = zipDisplay + QLatin1Char('!') + e.name;
            if (e.isDirectory)
                continue;
            if (!e.nameProblem.isEmpty()) {
                refuse(display, SkipReason::InvalidName, e.nameProblem);
                continue;
            }
            if (!isSafeArchivePath(e.name)) {
                refuse(display, SkipReason::UnsafeZipPath, ImportTr::tr("unsafe path in ZIP (%1)").arg(e.name));
                continue;
            }
            QStringList parts = e.name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            parts.removeAll(QStringLiteral("."));
            if (parts.isEmpty())
                continue;
            e.name = parts.join(QLatin1Char('/'));
            bool junk = false;
            for (const QString &p : std::as_const(parts))
                junk = junk || isJunkName(p);
            if (junk) {
                ++result.ignored;
                continue;
            }
            if (isArchiveName(e.name)) {
                refuse(display, SkipReason::NestedArchive, ImportTr::tr("archive inside an archive (not expanded)"));
                continue;
            }
            if (e.size > 1'000'000 && double(e.size) > m_options.maxCompressionRatio * double(std::max<qint64>(e.compressedSize, 1))) {
                refuse(display, SkipReason::ZipBomb,
                    ImportTr::tr("compression ratio %1:1 is over the %2:1 limit (zip bomb?)")
                        .arg(e.size / std::max<qint64>(e.compressedSize, 1))
                        .arg(qint64(m_options.maxCompressionRatio)));
                continue;
            }
            const QString folder = parts.size() > 1 ? parts.mid(0, parts.size() - 1).join(QLatin1Char('/')) : QString();
            if (!byFolder.contains(folder))
                folderOrder.append(folder);
            byFolder[folder].append(e);
        }
        for (const QString &folder : std::as_const(folderOrder)) {
            const QList<ZipArchive::Entry> &list = byFolder[folder];
            // A ZIP may hold several entries with the same name; each one is an input of its own.
            QStringList names;
            QHash<QString, QList<ZipArchive::Entry>> byName;
            for (const ZipArchive::Entry &e : list) {
                const QString name = e.name.section(QLatin1Char('/'), -1);
                if (!byName.contains(name))
                    names.append(name);
                byName[name].append(e);
            }
            const QHash<QString, QString> pairs = pairSidecars(names);
            QSet<QString> consumed;
            for (const QString &caption : pairs)
                consumed.insert(caption);
            const QString folderName = folder.section(QLatin1Char('/'), -1);
            for (const QString &name : std::as_const(names)) {
                const QList<ZipArchive::Entry> &same = byName[name];
                if (consumed.contains(name)) {
                    if (same.size() > 1) {
                        for (qsizetype k = 1; k < same.size(); ++k) {
                            refuse(ImportTr::tr("%1 (entry #%2)").arg(zipDisplay + QLatin1Char('!') + same[k].name, QString::number(same[k].index + 1)),
                                SkipReason::NotAnImage,
                                ImportTr::tr("another caption file with the same name; the first one (entry #%1) is used")
                                    .arg(same[0].index + 1));
                        }
                    }
                    continue;
                }
                for (qsizetype k = 0; k < same.size(); ++k) {
                    const ZipArchive::Entry &e = same[k];
                    ImportSource s;
                    s.type = ImportSource::Type::ArchiveEntry;
                    s.path = zipPath;
                    s.entryIndex = e.index;
                    s.display = zipDisplay + QLatin1Char('!') + e.name;
                    if (same.size() > 1) {
                        s.display = ImportTr::tr("%1 (entry #%2)").arg(s.display, QString::number(e.index + 1));
                        s.note = ImportTr::tr("the archive has %1 entries named %2; this is entry #%3").arg(same.size()).arg(e.name).arg(e.index + 1);
                    }
                    if (!e.nameNote.isEmpty())
                        s.note = s.note.isEmpty() ? e.nameNote : s.note + QStringLiteral("; ") + e.nameNote;
                    s.originalName = name;
                    s.size = e.size;
                    if (pairs.contains(name)) {
                        s.hasSidecar = true;
                        s.sidecarEntry = byName[pairs.value(name)].first().index;
                    }
                    s.repeats = folderName.isEmpty() ? 1 : kohyaRepeats(folderName);
                    result.totalBytes += e.size;
                    result.sources.append(s);
                }
            }
        }
        if (result.sources.size() == sourcesBefore && result.refused.size() == refusedBefore) {
            const int ignored = result.ignored - ignoredBefore;
            refuse(zipDisplay, SkipReason::EmptyArchive,
                ignored > 0 ? ImportTr::tr("nothing to import in the archive (%1 hidden or system file(s) ignored)").arg(ignored)
                            : ImportTr::tr("nothing to import in the archive (no files)"));
        }
    }

    const ImportOptions &m_options;
    const std::atomic<bool> &m_cancel;
    QSet<QPair<quint64, quint64>> m_visited;
};

} // namespace

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare the numbers by value: strip leading zeros, then length, then digits.
            qsizetype si = i, sj = j;
            while (si + 1 < ei && a[si] == QLatin1Char('0'))
                ++si;
            while (sj + 1 < ej && b[sj] == QLatin1Char('0'))
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj;
            const int c = QStringView(a).sliced(si, ei - si).compare(QStringView(b).sliced(sj, ej - sj));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // tie-break: identical up to case
}

std::optional<KohyaFolder> parseKohyaFolderName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})_(.+)$"));
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    KohyaFolder k;
    k.folder = name;
    k.repeats = std::max(1, m.captured(1).toInt());
    const QString name2 = m.captured(2).simplified();
    k.triggerWord = name2.section(QLatin1Char(' '), 0, 0);
    k.classWord = name2.section(QLatin1Char(' '), 1);
    return k;
}

DecodedCaption decodeCaption(const QByteArray &raw)
{
    DecodedCaption out;
    // UTF-16 by hand: a file cut mid-character (an odd byte at the end) or holding a lone surrogate must
    // not put replacement characters into a caption; what cannot be read is left out.
    auto utf16 = [&](bool littleEndian, const char *name) {
        const qsizetype units = (raw.size() - 2) / 2;
        out.text.reserve(units);
        auto unitAt = [&](qsizetype i) {
            const auto a = static_cast<unsigned char>(raw[2 + 2 * i]), b = static_cast<unsigned char>(raw[3 + 2 * i]);
            return char16_t(littleEndian ? (a | b << 8) : (a << 8 | b));
        };
        for (qsizetype i = 0; i < units; ++i) {
            const char16_t u = unitAt(i);
            if (QChar::isHighSurrogate(u) && i + 1 < units && QChar::isLowSurrogate(unitAt(i + 1))) {
                out.text += QChar(u);
                out.text += QChar(unitAt(++i));
            } else if (!QChar::isSurrogate(u)) {
                out.text += QChar(u);
            }
        }
        out.encoding = QString::fromLatin1(name);
    };
    if (raw.startsWith("\xFF\xFE")) {
        utf16(true, "UTF-16LE");
    } else if (raw.startsWith("\xFE\xFF")) {
        utf16(false, "UTF-16BE");
    } else {
        const QByteArray bytes = raw.startsWith("\xEF\xBB\xBF") ? raw.sliced(3) : raw;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        out.text = utf8(bytes);
        if (utf8.hasError()) {
            // Not UTF-8: Windows-1252, whose 0x80-0x9F are printable (€, ‘ ’ “ ” …), else Latin-1.
            static constexpr char16_t High[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
                0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
            out.text.clear();
            out.text.reserve(bytes.size());
            for (const char c : bytes) {
                const auto b = static_cast<unsigned char>(c);
                out.text += (b >= 0x80 && b < 0xA0) ? QChar(High[b - 0x80]) : QChar(char16_t(b));
            }
            out.encoding = QStringLiteral("Windows-1252");
        }
    }
    out.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out.text.remove(QChar(u'\0')); // NULs (a UTF-16 file read as bytes, padding) are never part of a caption
    out.text = out.text.trimmed();
    return out;
}

QString normalizeCaption(const QByteArray &raw)
{
    return decodeCaption(raw).text;
}

ScanResult scanInputs(const QStringList &paths, const ImportOptions &options, const std::atomic<bool> &cancel)
{
    Scanner scanner(options, cancel);
    QStringList folders;
    scanner.scanTopLevelFiles(paths, folders);
    for (const QString &folder : std::as_const(folders)) {
        if (cancel.load())
            break;
        scanner.scanPath(folder);
    }
    // A cancel during the listing may have left inputs out: the import is then canceled, not complete.
    scanner.result.canceled = cancel.load();
    return std::move(scanner.result);
}

} // namespace lc
