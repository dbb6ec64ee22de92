#pragma once

// Checks a directory (partners, customers, ...) against the same question asked as one plain
// query: the count, pages at the start, in the middle and at the end (the first as a list asks
// for it, without the count; the others with it, so a deep one is read from the far end), and the
// stream. QCOMPARE failures return from the helper; callers stop with QTest::currentTestFailed().

#include "db/sql.h"

#include <QTest>

#include <algorithm>

namespace cd::test {

// The ids a plain statement returns, in its order.
inline QList<qint64> idsOf(const Database &db, const QString &statement, const QVariantList &binds = {})
{
    QList<qint64> ids;
    auto q = sql::exec(db.sql(), statement, binds);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

template<typename Directory, typename Filter, typename Sort>
void comparePagesWith(const Directory &dir, const Filter &filter, const Sort &sort,
    const QList<qint64> &expected, qint64 middle, int pageSize = 100)
{
    const auto total = dir.count(filter);
    QVERIFY2(total.ok(), qPrintable(total.error().toString()));
    QCOMPARE(total.value(), qint64(expected.size()));
    const qint64 n = total.value();
    for (const auto &[offset, known] : {std::pair {qint64(0), qint64(-1)}, std::pair {middle, n},
             std::pair {std::max<qint64>(0, n - 70), n}}) {
        auto page = dir.page(filter, sort, offset, pageSize, known);
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QList<qint64> ids;
        for (const auto &r : page.value())
            ids << r.id;
        QCOMPARE(ids, expected.mid(offset, pageSize));
    }
    QList<qint64> streamed;
    const auto streamedOk = dir.forEach(filter, sort, [&](const auto &r) {
        streamed << r.id;
        return true;
    });
    QVERIFY2(streamedOk.ok(), qPrintable(streamedOk.error().toString()));
    QCOMPARE(streamed, expected);
}

} // namespace cd::test
