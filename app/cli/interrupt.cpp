#include "interrupt.h"

#include <csignal>
#include <cstdio>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lc::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

CancelOnInterrupt::CancelOnInterrupt()
{
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    std::signal(SIGINT, SIG_DFL);
}

const std::atomic<bool> &CancelOnInterrupt::flag() const
{
    return g_interrupted;
}

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace lc::cli
