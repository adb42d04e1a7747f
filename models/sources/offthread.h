#pragma once
// Runs a decode on the global thread pool and continues on the caller's thread, so a page of
// megabytes of model output is never parsed on the GUI thread. The continuation is dropped if
// its context object is gone by then (QFuture::then(context, …)).
#include <QByteArray>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <string_view>

namespace keel::sources {

template <typename Result, typename Fn>
QFuture<Result> decodeOffThread(QByteArray body, Fn fn)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = std::move(body), fn]() {
        promise->addResult(fn(body));
        promise->finish();
    });
    return future;
}

inline std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), std::size_t(b.size()));
}

} // namespace keel::sources
