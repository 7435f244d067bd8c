#pragma once

// Shared by the fuzz targets: a QCoreApplication for Qt's plugins (image readers), the input as bytes,
// and a check that aborts (so libFuzzer and the corpus replay both report it) with what failed.

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define LC_FUZZ_CHECK(condition)                                                                       \
    do {                                                                                               \
        if (!(condition)) {                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);   \
            std::abort();                                                                              \
        }                                                                                              \
    } while (false)

namespace lc::fuzz {

inline void init()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace lc::fuzz
