#include "../testdb.h"
#include "customers/customerdirectory.h"
#include "customers/customerstore.h"
#include "db/fulltext.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "directorypages.h"
#include "partners/partnerstore.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

class TestCustomerDirectory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void pagingFromBothEnds();
    void germanSpellings_data();
    void germanSpellings();
    void quickCount_data();
    void quickCount();
    void broadSearchPagesMatchPlainQuery_data();
    void broadSearchPagesMatchPlainQuery();
    void allPagesMatchPlainQuery_data();
    void allPagesMatchPlainQuery();
    void filteredPagesMatchPlainQuery_data();
    void filteredPagesMatchPlainQuery();

private:
    // 46,000 customers over 40 partners (every fifth direct), in DE (half), LU (1 in 23), IT and
    // FR, in segments SMB (two thirds) and Healthcare, every 50th archived: enough for a filter to
    // take each way to its rows (see CustomerDirectory::Path).
    static const TempDatabase &filtered();
    // 10,500 customers, 99 in 100 "Großhandel …" (every 50th archived), the others "Kleinhaus …".
    static const TempDatabase &many();
    static void comparePages(const CustomerFilter &filter, const QString &where, qint64 middle);
    std::unique_ptr<TempDatabase> m_t;
    qint64 m_alpha = 0;
};

void TestCustomerDirectory::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    Transaction tx(m_t->db.sql());
    QVERIFY(tx.begin().ok());
    Partner p;
    p.name = QStringLiteral("Alpha");
    m_alpha = PartnerStore(m_t->db).create(p).value().id;
    CustomerStore store(m_t->db);
    const QStringList cities = {QStringLiteral("Wien"), QStringLiteral("Graz"), QStringLiteral("Linz")};
    const QStringList segments = {QStringLiteral("SMB"), QStringLiteral("Enterprise")};
    for (int i = 0; i < 300; ++i) {
        Customer c;
        c.name = QStringLiteral("Kunde K%1").arg(i);
        c.city = cities[i % 3];
        c.country = i % 2 ? QStringLiteral("AT") : QStringLiteral("DE");
        c.segment = segments[i % 2];
        c.partnerId = i % 4 == 0 ? 0 : m_alpha;
        QVERIFY(store.create(c).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestCustomerDirectory::filters_data()
{
    QTest::addColumn<CustomerFilter>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << CustomerFilter {} << 300;
    CustomerFilter f;
    f.binding = CustomerFilter::Binding::Direct;
    QTest::newRow("direct") << f << 75;
    f.binding = CustomerFilter::Binding::Partner;
    f.partnerId = 1;
    QTest::newRow("partner") << f << 225;
    f = {};
    f.search = QStringLiteral("graz");
    QTest::newRow("search city") << f << 100;
    f.country = QStringLiteral("AT");
    QTest::newRow("search + country") << f << 50;
    f = {};
    f.segment = QStringLiteral("SMB");
    QTest::newRow("segment") << f << 150;
    f = {};
    f.search = QStringLiteral("kunde k12");
    QTest::newRow("name prefix") << f << 11; // 12, 120-129
}

void TestCustomerDirectory::filters()
{
    QFETCH(CustomerFilter, filter);
    QFETCH(int, expected);
    CustomerDirectory dir(m_t->db);
    QCOMPARE(dir.count(filter).value(), qint64(expected));
    qint64 n = 0;
    QVERIFY(dir.forEachCustomer(filter, {}, [&](const Customer &) { return ++n; }).ok());
    QCOMPARE(n, qint64(expected));
}

void TestCustomerDirectory::pagingFromBothEnds()
{
    CustomerDirectory dir(m_t->db);
    const CustomerSort sort {CustomerColumn::City, Qt::DescendingOrder};
    QList<qint64> forward;
    QVERIFY(dir.forEach({}, sort,
                   [&](const CustomerRow &r) {
                       forward << r.id;
                       return true;
                   })
                .ok());
    QList<qint64> paged;
    for (int offset = 0; offset < 300; offset += 64) {
        const QList<CustomerRow> rows = dir.page({}, sort, offset, 64, 300).value();
        for (const auto &r : rows)
            paged << r.id;
    }
    QCOMPARE(paged, forward);
    QCOMPARE(dir.segments().value(), QStringList({QStringLiteral("Enterprise"), QStringLiteral("SMB")}));
    CustomerFilter bound;
    bound.binding = CustomerFilter::Binding::Partner;
    bound.partnerId = m_alpha;
    const auto row = dir.page(bound, {CustomerColumn::Code, Qt::AscendingOrder}, 1, 1).value().first();
    QCOMPARE(row.partnerName, QStringLiteral("Alpha"));
}

void TestCustomerDirectory::germanSpellings_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // names, sorted
    QTest::newRow("oe finds ö") << "Koeln" << QStringList {QStringLiteral("Stadtwerke")};
    QTest::newRow("ö finds ö") << "Köln" << QStringList {QStringLiteral("Stadtwerke")};
    QTest::newRow("ue finds ü and ue")
        << "Mueller" << QStringList {QStringLiteral("Mueller KG"), QStringLiteral("Müller AG")};
    QTest::newRow("ss finds ß") << "Strasse" << QStringList {QStringLiteral("Straßenmeisterei")};
    QTest::newRow("u finds ü only") << "muller" << QStringList {QStringLiteral("Müller AG")};
}

void TestCustomerDirectory::germanSpellings()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    TempDatabase t;
    CustomerStore store(t.db);
    for (const auto &[name, city] : {std::pair {"Stadtwerke", "Köln"}, std::pair {"Müller AG", "Bonn"},
             std::pair {"Mueller KG", "Bonn"}, std::pair {"Straßenmeisterei", "Ulm"}}) {
        Customer c;
        c.name = QString::fromUtf8(name);
        c.city = QString::fromUtf8(city);
        QVERIFY(store.create(c).ok());
    }
    // A rename moves the written-out spelling along.
    Customer renamed;
    renamed.name = QStringLiteral("Jörg Ltd");
    auto created = store.create(renamed);
    QVERIFY(created.ok());
    Customer edited = created.value();
    edited.name = QStringLiteral("Plain Ltd");
    QVERIFY2(store.update(edited).ok(), "update");

    CustomerFilter f;
    f.search = search;
    QStringList got;
    const auto rows = CustomerDirectory(t.db).page(f, {}, 0, 100);
    QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
    for (const CustomerRow &r : rows.value())
        got << r.name;
    got.sort();
    QCOMPARE(got, expected);
    f.search = QStringLiteral("Joerg");
    QCOMPARE(CustomerDirectory(t.db).count(f).value(), 0);
    auto check = t.db.check();
    QVERIFY(check.ok());
    QVERIFY2(check.value().isEmpty(), qPrintable(check.value().join(QLatin1Char('\n'))));
}

const TempDatabase &TestCustomerDirectory::many()
{
    static std::unique_ptr<TempDatabase> t;
    if (!t) {
        t = std::make_unique<TempDatabase>();
        test::fillRows(t->db,
            QStringLiteral("INSERT INTO customers (code, name, city, archived_at, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')"),
            10500, [](int i) -> QVariantList {
                return {QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0')),
                    i % 100 == 0 ? QStringLiteral("Kleinhaus %1").arg(i)
                                 : QStringLiteral("Großhandel %1").arg((i * 7919) % 3000),
                    QStringLiteral("City %1").arg((i * 31) % 400),
                    i % 50 == 1 ? QVariant(QStringLiteral("2026-01-02")) : test::nullText()};
            });
    }
    return *t;
}

void TestCustomerDirectory::quickCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("exact");
    // 10,290 current customers: without a search as well, "10,000+" until counted exactly.
    QTest::newRow("no search") << QString() << false;
    QTest::newRow("narrow") << QStringLiteral("kleinhaus") << true;
    QTest::newRow("broad") << QStringLiteral("gro") << false;
}

// A search with 10,000 matches or more is counted "at least 10,000" without reading the customers;
// a list without one counts its index up to 10,000.
void TestCustomerDirectory::quickCount()
{
    QFETCH(QString, search);
    QFETCH(bool, exact);
    const TempDatabase *t = &many();
    CustomerFilter f;
    f.search = search;
    const CustomerDirectory dir(t->db);
    auto quick = dir.quickCount(f);
    QVERIFY2(quick.ok(), qPrintable(quick.error().toString()));
    QCOMPARE(quick->second, exact);
    if (exact)
        QCOMPARE(quick->first, dir.count(f).value());
    else
        QCOMPARE(quick->first, fulltext::kBroadMatches);
}

void TestCustomerDirectory::broadSearchPagesMatchPlainQuery_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("name") << int(CustomerColumn::Name) << false << "name COLLATE NOCASE, id";
    QTest::newRow("name desc") << int(CustomerColumn::Name) << true << "name COLLATE NOCASE DESC, id DESC";
    QTest::newRow("city") << int(CustomerColumn::City) << false << "city COLLATE NOCASE, id";
    QTest::newRow("code desc") << int(CustomerColumn::Code) << true << "code DESC";
}

// A search matching most customers walks the sort index and looks each row up in the set of
// matches; the pages are the plain query's, at the start, in the middle and from the far end.
// The directory's pages of `filter` in `sort` are the rows of the plain query `where`/`orderBy`, at
// the start, at `middle` and at the far end.
void TestCustomerDirectory::comparePages(const CustomerFilter &filter, const QString &where, qint64 middle)
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const TempDatabase &t = many();
    const QList<qint64> expected = test::idsOf(
        t.db, QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY ").arg(where) + orderBy);
    const CustomerSort sort {CustomerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(CustomerDirectory(t.db), filter, sort, expected, middle);
}

// A search matching most customers walks the sort index and looks each row up in the set of
// matches; the pages are the plain query's.
void TestCustomerDirectory::broadSearchPagesMatchPlainQuery()
{
    CustomerFilter filter;
    filter.search = QStringLiteral("gro");
    QVERIFY(fulltext::isBroad(many().db.sql(), QStringLiteral("customer"), QStringLiteral("customers"),
        fulltext::matchQuery(filter.search))
                .value());
    comparePages(filter, QStringLiteral("archived_at IS NULL AND name LIKE 'Groß%'"), 4000);
}

void TestCustomerDirectory::allPagesMatchPlainQuery_data()
{
    broadSearchPagesMatchPlainQuery_data();
}

// Current and archived customers at once: each half walks its own index and the two are merged.
void TestCustomerDirectory::allPagesMatchPlainQuery()
{
    CustomerFilter filter;
    filter.archived = CustomerFilter::Archived::Include;
    comparePages(filter, QStringLiteral("1"), 5000);
}

const TempDatabase &TestCustomerDirectory::filtered()
{
    static std::unique_ptr<TempDatabase> t;
    if (!t) {
        t = std::make_unique<TempDatabase>();
        test::fillRows(t->db,
            QStringLiteral("INSERT INTO partners (code, name, created_at, updated_at) "
                           "VALUES (?, ?, '2026-01-01', '2026-01-01')"),
            40, [](int i) -> QVariantList {
                return {QStringLiteral("P%1").arg(i), QStringLiteral("Partner %1").arg(i)};
            });
        test::fillRows(t->db,
            QStringLiteral(
                "INSERT INTO customers (code, name, city, country, segment, partner_id, archived_at, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, (SELECT id FROM partners WHERE "
                "code = ?), ?, '2026-01-01', ?)"),
            46000, [](int i) -> QVariantList {
                return {QStringLiteral("C%1").arg((i * 7919) % 46000, 5, 10, QLatin1Char('0')),
                    (i % 7 ? QStringLiteral("Kunde %1") : QStringLiteral("kunde %1")).arg((i * 31) % 5000),
                    QStringLiteral("City %1").arg((i * 13) % 300),
                    i % 23 == 0      ? QStringLiteral("LU")
                        : i % 2 == 0 ? QStringLiteral("DE")
                        : i % 3 == 0 ? QStringLiteral("IT")
                                     : QStringLiteral("FR"),
                    i % 3 == 0 ? QStringLiteral("Healthcare") : QStringLiteral("SMB"),
                    i % 5 == 0 ? test::nullText() : QVariant(QStringLiteral("P%1").arg(i % 40)),
                    i % 50 == 1 ? QVariant(QStringLiteral("2026-02-01")) : test::nullText(),
                    QStringLiteral("2026-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))};
            });
    }
    return *t;
}

void TestCustomerDirectory::filteredPagesMatchPlainQuery_data()
{
    QTest::addColumn<CustomerFilter>("filter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    const auto filter = [](auto set) {
        CustomerFilter f;
        set(f);
        return f;
    };
    const QString current = QStringLiteral("archived_at IS NULL");
    // Matches per filter: DE 21,000 (gathered once below the sort index, or its own order), LU 2,000
    // and Healthcare 15,000 (sorted), direct 9,000, SMB in DE 14,000, SMB with a partner 24,000 (a
    // second criterion tested in the segment's index: along the sort index); "all in DE" in two
    // halves.
    const QList<std::tuple<const char *, CustomerFilter, QString>> filters = {
        {"DE", filter([](CustomerFilter &f) { f.country = QStringLiteral("de"); }),
            current + QStringLiteral(" AND country = 'DE'")},
        {"LU", filter([](CustomerFilter &f) { f.country = QStringLiteral("LU"); }),
            current + QStringLiteral(" AND country = 'LU'")},
        {"Healthcare", filter([](CustomerFilter &f) { f.segment = QStringLiteral("Healthcare"); }),
            current + QStringLiteral(" AND segment = 'Healthcare'")},
        {"SMB", filter([](CustomerFilter &f) { f.segment = QStringLiteral("SMB"); }),
            current + QStringLiteral(" AND segment = 'SMB'")},
        {"direct", filter([](CustomerFilter &f) { f.binding = CustomerFilter::Binding::Direct; }),
            current + QStringLiteral(" AND partner_id IS NULL")},
        {"with a partner", filter([](CustomerFilter &f) { f.binding = CustomerFilter::Binding::Partner; }),
            current + QStringLiteral(" AND partner_id IS NOT NULL")},
        {"SMB in DE", filter([](CustomerFilter &f) {
             f.country = QStringLiteral("DE");
             f.segment = QStringLiteral("SMB");
         }),
            current + QStringLiteral(" AND country = 'DE' AND segment = 'SMB'")},
        {"direct in DE", filter([](CustomerFilter &f) {
             f.country = QStringLiteral("DE");
             f.binding = CustomerFilter::Binding::Direct;
         }),
            current + QStringLiteral(" AND country = 'DE' AND partner_id IS NULL")},
        {"SMB with a partner", filter([](CustomerFilter &f) {
             f.segment = QStringLiteral("SMB");
             f.binding = CustomerFilter::Binding::Partner;
         }),
            current + QStringLiteral(" AND segment = 'SMB' AND partner_id IS NOT NULL")},
        {"direct Healthcare", filter([](CustomerFilter &f) {
             f.segment = QStringLiteral("Healthcare");
             f.binding = CustomerFilter::Binding::Direct;
         }),
            current + QStringLiteral(" AND segment = 'Healthcare' AND partner_id IS NULL")},
        {"archived in FR", filter([](CustomerFilter &f) {
             f.country = QStringLiteral("FR");
             f.archived = CustomerFilter::Archived::Only;
         }),
            QStringLiteral("archived_at IS NOT NULL AND country = 'FR'")},
        {"all in DE", filter([](CustomerFilter &f) {
             f.country = QStringLiteral("DE");
             f.archived = CustomerFilter::Archived::Include;
         }),
            QStringLiteral("country = 'DE'")},
        {"all direct in DE", filter([](CustomerFilter &f) {
             f.country = QStringLiteral("DE");
             f.binding = CustomerFilter::Binding::Direct;
             f.archived = CustomerFilter::Archived::Include;
         }),
            QStringLiteral("country = 'DE' AND partner_id IS NULL")},
        {"all SMB", filter([](CustomerFilter &f) {
             f.segment = QStringLiteral("SMB");
             f.archived = CustomerFilter::Archived::Include;
         }),
            QStringLiteral("segment = 'SMB'")},
    };
    const QList<std::tuple<const char *, CustomerColumn, const char *>> sorts = {
        {"code", CustomerColumn::Code, "code%1"},
        {"name", CustomerColumn::Name, "name COLLATE NOCASE%1, id%1"},
        {"city", CustomerColumn::City, "city COLLATE NOCASE%1, id%1"},
        {"country", CustomerColumn::Country, "country%1, city COLLATE NOCASE%1, id%1"},
        {"segment", CustomerColumn::Segment, "segment%1, name COLLATE NOCASE%1, id%1"},
        {"partner", CustomerColumn::Partner, "partner_id%1, id%1"},
        {"updated", CustomerColumn::Updated, "updated_at%1, id%1"},
    };
    for (const auto &[name, f, where] : filters) {
        for (const auto &[sortName, column, orderBy] : sorts) {
            // Descending pages are the ascending ones read from the other end: three orders suffice.
            const bool both = column == CustomerColumn::Name || column == CustomerColumn::Country
                || column == CustomerColumn::Partner;
            for (const bool descending : {false, true}) {
                if (descending && !both)
                    continue;
                QTest::addRow("%s by %s%s", name, sortName, descending ? " desc" : "")
                    << f << where << int(column) << descending
                    << QString::fromLatin1(orderBy).arg(descending ? QStringLiteral(" DESC") : QString());
            }
        }
    }
}

// Every filter in every order, whichever way the directory takes to its rows (sorting a few
// matches, a set of them under the sort index, an index that gives the order, two halves): the
// first, a middle and the last page are those of the plain query.
void TestCustomerDirectory::filteredPagesMatchPlainQuery()
{
    QFETCH(CustomerFilter, filter);
    QFETCH(QString, where);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const TempDatabase &t = filtered();
    const QList<qint64> expected = test::idsOf(
        t.db, QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY %2").arg(where, orderBy));
    QVERIFY(!expected.isEmpty());
    const CustomerSort sort {CustomerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(CustomerDirectory(t.db), filter, sort, expected, expected.size() / 2);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCustomerDirectory)
#include "tst_customerdirectory.moc"
