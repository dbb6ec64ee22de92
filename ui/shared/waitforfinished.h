#pragma once

// waitForFinished: a page's synchronous run() over its asynchronous start(): starts, and when
// `waits` says the work went to the worker, runs a local event loop until `sender` emits its
// `finished(Status)` signal. For tests and callers that need the answer before going on.

#include "common/result.h"

#include <QEventLoop>
#include <QObject>

namespace cd {

template<typename Sender, typename Start, typename Waits>
Status waitForFinished(Sender *sender, void (Sender::*finished)(const Status &), Start start, Waits waits)
{
    Status status;
    QEventLoop loop;
    const auto connection = QObject::connect(sender, finished, &loop, [&](const Status &s) {
        status = s;
        loop.quit();
    });
    start();
    if (waits())
        loop.exec();
    QObject::disconnect(connection);
    return status;
}

} // namespace cd
