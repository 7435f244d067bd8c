#include "async.h"

namespace lc::async {

Pools::Pools()
{
    const int cores = std::max(1, QThread::idealThreadCount());
    // Reads are short and mostly wait on SQLite or the disk: a couple of threads keep the UI fed
    // without competing with an import for the cores.
    m_reads.setObjectName(QStringLiteral("reads"));
    m_reads.setMaxThreadCount(std::clamp(cores / 2, 2, 4));
    m_thumbnails.setObjectName(QStringLiteral("thumbnails"));
    m_thumbnails.setMaxThreadCount(std::clamp(cores, 1, 4));
    // Work that keeps a core busy: one thread per core, shared by every import and check so that two at
    // once take turns instead of oversubscribing the machine.
    m_cpu.setObjectName(QStringLiteral("cpu"));
    m_cpu.setMaxThreadCount(cores);
}

Pools::~Pools()
{
    waitForDone();
}

void Pools::waitForDone()
{
    m_reads.waitForDone();
    m_thumbnails.waitForDone();
    m_cpu.waitForDone();
}

} // namespace lc::async
