// Tests of the bounded page cache behind the directory table models.

#include "shared/pagecache.h"
#include "testmain.h"

#include <QTest>

using namespace cd;

class TestPageCache : public QObject
{
    Q_OBJECT

private slots:
    void rowsComeFromTheirPage();
    void leastRecentlyUsedIsEvicted();
    void failedReadIsReportedAndRetried();
    void clearForgetsEverything();
    void withoutFetchThereAreNoRows();
};

namespace {

// Rows are their own index, up to `total`; every read is logged as its page offset.
struct Source
{
    qint64 total = 1000;
    QList<qint64> reads;
    bool fail = false;

    PageCache<qint64>::Fetch fetch()
    {
        return [this](qint64 offset, int limit) -> Result<QList<qint64>> {
            reads.append(offset);
            if (fail)
                return Error::make(Error::Code::Database, QStringLiteral("disk on fire"));
            QList<qint64> rows;
            for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
                rows.append(i);
            return rows;
        };
    }
};

} // namespace

void TestPageCache::rowsComeFromTheirPage()
{
    Source source;
    PageCache<qint64> cache(10, 3);
    cache.setFetch(source.fetch());
    QCOMPARE(*cache.row(0), 0);
    QCOMPARE(*cache.row(9), 9);
    QCOMPARE(*cache.row(10), 10);
    QCOMPARE(*cache.row(999), 999);
    QCOMPARE(source.reads, (QList<qint64> {0, 10, 990}));
    QCOMPARE(cache.row(1000), nullptr); // past the end: the last page is short
    QCOMPARE(cache.row(-1), nullptr);
    QVERIFY(cache.isCached(5));
    QVERIFY(!cache.isCached(25));
}

void TestPageCache::leastRecentlyUsedIsEvicted()
{
    Source source;
    PageCache<qint64> cache(10, 3);
    cache.setFetch(source.fetch());
    cache.row(0); // page 0
    cache.row(10); // page 1
    cache.row(20); // page 2
    QCOMPARE(cache.cachedPages(), 3);
    cache.row(5); // page 0 is now the most recent; page 1 the least
    cache.row(30); // page 3 evicts page 1
    QCOMPARE(cache.cachedPages(), 3);
    QVERIFY(cache.isCached(0));
    QVERIFY(!cache.isCached(10));
    QVERIFY(cache.isCached(20));
    QVERIFY(cache.isCached(30));
    source.reads.clear();
    cache.row(1);
    cache.row(21);
    QVERIFY(source.reads.isEmpty());
    cache.row(11);
    QCOMPARE(source.reads, (QList<qint64> {10}));
    QVERIFY(!cache.isCached(30)); // page 3 was the least recently used
    for (qint64 i = 0; i < 1000; i += 3) {
        QCOMPARE(*cache.row(i), i);
        QVERIFY(cache.cachedPages() <= cache.maxPages());
    }
}

void TestPageCache::failedReadIsReportedAndRetried()
{
    Source source;
    source.fail = true;
    PageCache<qint64> cache(10, 3);
    cache.setFetch(source.fetch());
    QCOMPARE(cache.row(3), nullptr);
    QCOMPARE(cache.lastError().code, Error::Code::Database);
    QCOMPARE(cache.cachedPages(), 0);
    source.fail = false;
    QCOMPARE(*cache.row(3), 3);
    QVERIFY(!cache.lastError().isError());
}

void TestPageCache::clearForgetsEverything()
{
    Source source;
    PageCache<qint64> cache(10, 3);
    cache.setFetch(source.fetch());
    cache.row(0);
    cache.row(15);
    cache.clear();
    QCOMPARE(cache.cachedPages(), 0);
    source.total = 5; // the data changed underneath
    QCOMPARE(*cache.row(4), 4);
    QCOMPARE(cache.row(15), nullptr);
}

void TestPageCache::withoutFetchThereAreNoRows()
{
    PageCache<qint64> cache;
    QCOMPARE(cache.pageSize(), PageCache<qint64>::DefaultPageSize);
    QCOMPARE(cache.maxPages(), PageCache<qint64>::DefaultMaxPages);
    QCOMPARE(cache.row(0), nullptr);
    QCOMPARE(cache.cachedPages(), 0);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
