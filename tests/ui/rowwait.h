#pragma once

// Lists read their pages on a worker (background reads): a test that looks at what a view shows
// reads every row as the view would and waits until they have all arrived.

#include <QAbstractItemModel>
#include <QDeadlineTimer>
#include <QTest>

namespace cd::test {

inline bool waitForRows(const QAbstractItemModel *model, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        bool all = true;
        for (int r = 0; r < model->rowCount(); ++r)
            all = model->index(r, 0).data().isValid() && all;
        if (all)
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
}

} // namespace cd::test
