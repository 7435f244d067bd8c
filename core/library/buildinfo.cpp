#include "buildinfo.h"

#include "catalog/catalog.h"

#include <opencv2/core/utility.hpp>
#include <openssl/crypto.h>
#include <zip.h>

#include <QtGlobal>

#ifndef LORACRAFT_COMMIT
#define LORACRAFT_COMMIT "unknown"
#endif
#ifndef LORACRAFT_BUILD_DATE
#define LORACRAFT_BUILD_DATE "unknown"
#endif

namespace lc {

BuildInfo BuildInfo::identity()
{
    BuildInfo info;
    info.version = QStringLiteral(LORACRAFT_VERSION);
    info.commit = QStringLiteral(LORACRAFT_COMMIT);
    info.date = QStringLiteral(LORACRAFT_BUILD_DATE);
    return info;
}

BuildInfo BuildInfo::current()
{
    BuildInfo info = identity();
    info.libraries = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenCV"), QString::fromStdString(cv::getVersionString())},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("SQLite"), Catalog::sqliteVersion()},
    };
    return info;
}

} // namespace lc
