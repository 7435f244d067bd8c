#pragma once

#include "caption/captiontypes.h"

#include <atomic>
#include <functional>

namespace lc {

class Library;

namespace net {
class HttpClient;
}

// Runs one auto-captioning pass over a dataset (or some of its items): picks the items the mode allows
// (a caption a person typed or imported is replaced only by ReplaceAll), prepares each image on the CPU
// pool, asks the backend with CaptionSettings::concurrency requests in flight, cleans the answer and
// writes it with its provenance through the library's writer, in batches — only while the item still has
// the caption it had when the run read it, so an edit made meanwhile is never overwritten. Per-item
// failures are listed with the server's message; the run goes on. Recorded in the tasks table (kind
// "caption") with its request, minus any secret: resume() continues it without sending again what it
// captioned. Blocks the calling thread; callbacks are called on it.
class Captioner final
{
public:
    using ProgressFn = std::function<void(const CaptionProgress &)>;

    Captioner(const Library &library, net::HttpClient &http);

    void setProgressCallback(ProgressFn fn) { m_progress = std::move(fn); }
    // Keep every written caption with the one it replaced in CaptionReport::changes (the GUI's undo).
    void setRecordChanges(bool record) { m_recordChanges = record; }

    CaptionReport run(const CaptionRequest &request, const QString &apiKey, const std::atomic<bool> &cancel);
    // The request of an earlier run, from its task row (to resume it).
    Result<CaptionRequest> requestOf(TaskId task) const { return resumeRequest(m_library, task); }
    static Result<CaptionRequest> resumeRequest(const Library &library, TaskId task);

private:
    const Library &m_library;
    net::HttpClient &m_http;
    ProgressFn m_progress;
    bool m_recordChanges = false;
};

} // namespace lc
