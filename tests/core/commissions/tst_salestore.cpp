#include "commissions/salestore.h"
#include "commissionscript.h"
#include "io/importer.h"
#include "testmain.h"

#include <QFile>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestSaleStore : public QObject
{
    Q_OBJECT
private slots:
    void savingANumberAgainUpdatesIt();
    void badDocuments_data();
    void badDocuments();
    void thePartnerOfTheDocumentDate();
    void importSalesFile_data();
    void importSalesFile();
    void reimportUpdatesPaymentDates();

private:
    static QString write(const QTemporaryDir &dir, const QByteArray &csv)
    {
        const QString path = dir.filePath(QStringLiteral("sales.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(csv);
        return path;
    }
    static const char *setup()
    {
        return "partner A rate=10\npartner B rate=5\ncustomer C1 partner=A\ncustomer C2 partner=B\n"
               "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\nsale CN-0 credit 2026-11-04 C1 100.00 EUR "
               "invoice=INV-1";
    }
};

void TestSaleStore::savingANumberAgainUpdatesIt()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(setup())));
    SaleStore store(t.db);
    auto stored = store.findByNumber(QStringLiteral("INV-1"));
    QVERIFY(stored);
    QCOMPARE(stored->partnerId, s.partner(QStringLiteral("A")));
    QVERIFY(!stored->partnerGiven);
    Sale same = stored.value();
    auto unchanged = store.save(same);
    QVERIFY(unchanged);
    QCOMPARE(unchanged->outcome, SaleStore::Outcome::Unchanged);
    same.paidOn = QDate(2026, 11, 20);
    auto updated = store.save(same);
    QVERIFY(updated);
    QCOMPARE(updated->outcome, SaleStore::Outcome::Updated);
    QCOMPARE(updated->sale.version, stored->version + 1);
    QCOMPARE(updated->sale.paidOn, QDate(2026, 11, 20));
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM sales"))->toInt(), 2);
}

void TestSaleStore::badDocuments_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("credit bigger than its invoice")
        << QStringLiteral("sale CN-1 credit 2026-11-05 C1 900.01 EUR invoice=INV-1")
        << QStringLiteral("amount") << QStringLiteral("the invoice INV-1 has only 900.00 EUR left to credit");
    QTest::newRow("credit bigger than the customer's invoices")
        << QStringLiteral("sale CN-1 credit 2026-11-05 C1 900.01 EUR") << QStringLiteral("amount")
        << QStringLiteral("leave to credit (900.00 EUR)");
    QTest::newRow("credit for a customer without invoices in the currency")
        << QStringLiteral("sale CN-1 credit 2026-11-05 C1 1.00 USD") << QStringLiteral("amount")
        << QStringLiteral("leave to credit (0.00 USD)");
    QTest::newRow("credit of another customer's invoice")
        << QStringLiteral("sale CN-1 credit 2026-11-05 C2 1.00 EUR invoice=INV-1")
        << QStringLiteral("invoice") << QStringLiteral("is for another customer");
    QTest::newRow("credit in another currency")
        << QStringLiteral("sale CN-1 credit 2026-11-05 C1 1.00 USD invoice=INV-1")
        << QStringLiteral("currency") << QStringLiteral("its credit note must be too");
    QTest::newRow("credit of a credit")
        << QStringLiteral("sale CN-1 credit 2026-11-05 C1 1.00 EUR invoice=CN-0") << QStringLiteral("invoice")
        << QStringLiteral("is a credit note");
    QTest::newRow("zero amount") << QStringLiteral("sale INV-2 invoice 2026-11-05 C1 0.00 EUR")
                                 << QStringLiteral("amount") << QStringLiteral("must be above 0");
    QTest::newRow("paid before issued")
        << QStringLiteral("sale INV-2 invoice 2026-11-05 C1 5.00 EUR paid=2026-11-01")
        << QStringLiteral("paid_on") << QStringLiteral("is before the document date");
    QTest::newRow("an invoice number becomes a credit")
        << QStringLiteral("sale INV-1 credit 2026-11-05 C1 5.00 EUR") << QStringLiteral("kind")
        << QStringLiteral("cannot change its kind");
}

void TestSaleStore::badDocuments()
{
    QFETCH(QString, step);
    QFETCH(QString, field);
    QFETCH(QString, message);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(setup())));
    const auto snapshot = [&] {
        return sql::scalar(t.db.sql(),
            QStringLiteral(
                "SELECT group_concat(number || kind || amount_minor || coalesce(paid_on, ''), ',') FROM "
                "sales"))
            ->toString();
    };
    const QString before = snapshot();
    Status st = s.step(step);
    QVERIFY(!st);
    QCOMPARE(st.error().field, field);
    QVERIFY2(st.error().message.contains(message), qPrintable(st.error().message));
    QCOMPARE(snapshot(), before);
}

void TestSaleStore::thePartnerOfTheDocumentDate()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A\npartner B\ncustomer C1 partner=A")));
    CustomerStore customers(t.db);
    auto c = customers.get(s.customer(QStringLiteral("C1")));
    QVERIFY(c);
    Clock::setFixed(QDateTime(QDate(2026, 11, 15), QTime(9, 0), Qt::UTC));
    QVERIFY(customers.reassign(c->id, c->version, s.partner(QStringLiteral("B"))));
    Clock::reset();
    SaleStore store(t.db);
    QCOMPARE(store.partnerOn(c->id, QDate(2026, 11, 14)).value(), s.partner(QStringLiteral("A")));
    QCOMPARE(store.partnerOn(c->id, QDate(2026, 11, 15)).value(), s.partner(QStringLiteral("B")));
    QCOMPARE(store.partnerOn(c->id, QDate(2027, 1, 1)).value(), s.partner(QStringLiteral("B")));
    // A document stored today for an earlier date goes to the partner of its date.
    QVERIFY(s.run(QStringLiteral(
        "sale INV-1 invoice 2026-11-10 C1 10.00 EUR\nsale INV-2 invoice 2026-11-20 C1 10.00 EUR")));
    QCOMPARE(store.findByNumber(QStringLiteral("INV-1"))->partnerId, s.partner(QStringLiteral("A")));
    QCOMPARE(store.findByNumber(QStringLiteral("INV-2"))->partnerId, s.partner(QStringLiteral("B")));
}

void TestSaleStore::importSalesFile_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("allOrNothing");
    QTest::addColumn<int>("created");
    // "line column: message part" per problem.
    QTest::addColumn<QStringList>("problems");
    const QByteArray header = "number,kind,date,customer,partner,category,amount,currency,paid_on,cost\n";
    QTest::newRow("good file") << header
            + "INV-2,invoice,2026-11-05,C1,,HW,250.00,EUR,,\n"
              "CN-2,credit,2026-11-06,C1,,HW,50.00,EUR,,\n"
              "INV-3,,2026-11-07,C2,A,,99.95,EUR,2026-11-08,80.00\n"
                               << true << 3 << QStringList();
    QTest::newRow("every kind of bad row, all or nothing")
        << header
            + "INV-2,invoice,2026-11-05,C9,,HW,250.00,EUR,,\n"
              "INV-3,invoice,2026-11-05,C1,,HW,12.345,EUR,,\n"
              "INV-4,bill,05.11.2026x,C1,ZZ,,10.00,EURO,,\n"
              "INV-2,invoice,2026-11-05,C1,,HW,1.00,EUR,,\n"
              "INV-5,invoice,2026-11-06,C2,,,-5.00,EUR,,\n"
        << true << 0
        << QStringList {QStringLiteral("2 customer: no customer with the code C9"),
               QStringLiteral("3 amount: "), QStringLiteral("4 kind: not a document kind"),
               QStringLiteral("4 date: not a date"), QStringLiteral("4 currency: “EURO” is not"),
               QStringLiteral("4 partner: no partner with the code ZZ"),
               QStringLiteral("5 number: already used on line 2"),
               QStringLiteral("6 amount: written positive")};
    QTest::newRow("good rows only") << header
            + "INV-2,invoice,2026-11-05,C9,,HW,250.00,EUR,,\n"
              "INV-3,invoice,2026-11-05,C1,,HW,12.34,EUR,,\n"
              "CN-2,credit,2026-11-06,C2,,,5.00,EUR,,\n"
                                    << false << 1
                                    << QStringList {
                                           QStringLiteral("2 customer: no customer with the code C9"),
                                           QStringLiteral("4 amount: leave to credit (0.00 EUR)")};
}

void TestSaleStore::importSalesFile()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, allOrNothing);
    QFETCH(int, created);
    QFETCH(QStringList, problems);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(setup())));
    QTemporaryDir dir;
    ImportOptions o;
    o.kind = ImportKind::Sales;
    o.allOrNothing = allOrNothing;
    auto report = Importer(t.db).run(write(dir, csv), o);
    QVERIFY2(report, qPrintable(report.error().toString()));
    QCOMPARE(report->rowsCreated, qint64(created));
    QStringList all;
    for (const ImportProblem &p : report->problems)
        all << QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.message);
    QVERIFY2(report->problems.size() == problems.size(), qPrintable(all.join(QLatin1Char('\n'))));
    for (int i = 0; i < problems.size(); ++i) {
        const ImportProblem &p = report->problems[i];
        const QString got = QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.message);
        const QString want = problems[i];
        const qsizetype colon = want.indexOf(QStringLiteral(": "));
        QVERIFY2(got.startsWith(want.left(colon + 2)) && got.contains(want.mid(colon + 2)), qPrintable(got));
    }
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM sales"))->toInt(), 2 + created);
    if (created == 3) {
        auto third = SaleStore(t.db).findByNumber(QStringLiteral("INV-3"));
        QVERIFY(third);
        QVERIFY(third->partnerGiven);
        QCOMPARE(third->partnerId, s.partner(QStringLiteral("A")));
        QCOMPARE(third->costMinor, std::optional<qint64>(8000));
        QCOMPARE(third->paidOn, QDate(2026, 11, 8));
    }
}

void TestSaleStore::reimportUpdatesPaymentDates()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(setup())));
    QTemporaryDir dir;
    ImportOptions o;
    o.kind = ImportKind::Sales;
    const QByteArray header = "number,kind,date,customer,partner,category,amount,currency,paid_on,cost\n";
    auto first = Importer(t.db).run(
        write(dir,
            header
                + "INV-2,invoice,2026-11-05,C1,,,250.00,EUR,,\nINV-3,invoice,2026-11-05,C1,,,10.00,EUR,,\n"),
        o);
    QVERIFY(first);
    QCOMPARE(first->rowsCreated, 2);
    auto second = Importer(t.db).run(write(dir,
                                         header
                                             + "INV-2,invoice,2026-11-05,C1,,,250.00,EUR,2026-11-30,\n"
                                               "INV-3,invoice,2026-11-05,C1,,,10.00,EUR,,\n"),
        o);
    QVERIFY(second);
    QCOMPARE(second->rowsCreated, 0);
    QCOMPARE(second->rowsUpdated, 1);
    QCOMPARE(second->rowsUnchanged, 1);
    QCOMPARE(SaleStore(t.db).findByNumber(QStringLiteral("INV-2"))->paidOn, QDate(2026, 11, 30));
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM sales"))->toInt(), 4);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestSaleStore)
#include "tst_salestore.moc"
