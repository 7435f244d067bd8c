// ZIP listing and reading as the import does it: every entry's name (zip-slip, odd encodings), and its
// bytes with the import's size cap (bombs). Names it accepts stay inside the folder they would go to.
#include "fuzzutil.h"

#include "import/nativefile.h"
#include "import/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.zip"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto archive = lc::ZipArchive::open(lc::NativePath::fromString(path));
    if (!archive)
        return 0;
    const qint64 n = std::min<qint64>((*archive)->entryCount(), 64);
    for (qint64 i = 0; i < n; ++i) {
        auto entry = (*archive)->entry(i);
        if (!entry)
            continue;
        // As the import's scanner does: names with a problem or an unsafe path are refused, never read.
        if (entry->isDirectory || !entry->nameProblem.isEmpty() || !lc::isSafeArchivePath(entry->name))
            continue;
        // zip-slip: a name called safe stays inside the folder it would be extracted to.
        const QString inside = QDir::cleanPath(QStringLiteral("/root/") + entry->name);
        if (!(inside.startsWith(QLatin1String("/root/")) && inside.size() > 6))
            std::fprintf(stderr, "unsafe name called safe: \"%s\"\n", entry->name.toUtf8().constData());
        LC_FUZZ_CHECK(inside.startsWith(QLatin1String("/root/")) && inside.size() > 6);
        {
            auto bytes = (*archive)->read(i, 1 << 20);
            if (bytes)
                LC_FUZZ_CHECK(bytes->size() <= (1 << 20));
        }
    }
    return 0;
}
