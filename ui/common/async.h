#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <type_traits>

namespace lc::ui {

// The thread pool for catalog reads and file loads the widgets ask for.
QThreadPool *readPool();

// Runs work() on the read pool and then done(result) on context's thread, unless context is gone.
// work must not capture widgets; done may.
template <typename Work, typename Done>
void runAsync(QObject *context, Work &&work, Done &&done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
        [watcher, done = std::forward<Done>(done)]() mutable {
            watcher->deleteLater();
            if constexpr (std::is_void_v<T>)
                done();
            else
                done(watcher->result());
        });
    watcher->setFuture(QtConcurrent::run(readPool(), std::forward<Work>(work)));
}

} // namespace lc::ui
