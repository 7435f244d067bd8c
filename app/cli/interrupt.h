#pragma once

#include <atomic>

namespace lc::cli {

// While alive, Ctrl+C sets flag() instead of killing the process (long commands stop cleanly and keep
// what they finished); a second Ctrl+C ends the process at once.
class CancelOnInterrupt final
{
public:
    CancelOnInterrupt();
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt &) = delete;
    CancelOnInterrupt &operator=(const CancelOnInterrupt &) = delete;

    const std::atomic<bool> &flag() const;
};

// True when stderr is a terminal (progress bars), false for pipes, files and --json.
bool stderrIsTerminal();

} // namespace lc::cli
