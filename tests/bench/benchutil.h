#pragma once

// What the benchmarks share.

#include <QByteArray>
#include <QFile>

#include <optional>

namespace lc::bench {

// A field of /proc/self/status in MB (VmRSS, VmHWM), or nullopt where there is no such file.
inline std::optional<double> statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return std::nullopt;
}

} // namespace lc::bench
