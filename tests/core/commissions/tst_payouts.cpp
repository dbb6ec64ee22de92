#include "commissions/payouts.h"
#include "commissions/settlement.h"
#include "commissionscript.h"
#include "testmain.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestPayouts : public QObject
{
    Q_OBJECT
private slots:
    void paysApprovedStatementsWithAValidFile();
    void leavesOutWhoCannotBePaid();
    void refusesWhatCannotBePaid_data();
    void refusesWhatCannotBePaid();
    void sepaText_data();
    void sepaText();

private:
    static void settleAndApprove(const Database &db, const char *period)
    {
        const CommissionPeriod p = CommissionPeriod::parse(QLatin1String(period)).value();
        QVERIFY(Settlement(db).settle(p));
        QVERIFY(Settlement(db).approve(p));
    }
    static QString status(const Database &db, qint64 partner)
    {
        return sql::scalar(db.sql(),
            QStringLiteral("SELECT group_concat(status) FROM commission_statements WHERE "
                           "partner_id = ?"),
            {partner})
            ->toString();
    }
};

// The partners of every test: A and B pay out, N has no IBAN, X a broken one, M is a margin reseller.
static const char *kPartners
    = "partner A rate=10 iban=DE89370400440532013000 bic=COBADEFFXXX\n"
      "partner B rate=10 iban=FR1420041010050500013M02606\n"
      "partner N rate=10\n"
      "partner X rate=10 rawiban=DE89370400440532013001\n"
      "customer CA partner=A\ncustomer CB partner=B\ncustomer CN partner=N\ncustomer CX partner=X\n";

void TestPayouts::paysApprovedStatementsWithAValidFile()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(kPartners)
        + QStringLiteral(
            "sale INV-1 invoice 2026-10-03 CA 1000.00 EUR\nsale INV-2 invoice 2026-11-03 CA 2000.00 EUR\n"
            "sale INV-3 invoice 2026-11-04 CB 123.45 EUR\nsale INV-4 invoice 2026-11-05 CB 50.00 USD")));
    settleAndApprove(t.db, "2026-10");
    settleAndApprove(t.db, "2026-11");
    QVERIFY(PayoutAccount::save(t.db,
        {QStringLiteral("Müller & Söhne Vertrieb GmbH"), QStringLiteral("DE02 1203 0000 0000 2020 51"),
            QStringLiteral("BYLADEM1001")}));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("payout.xml"));
    auto made = Payouts(t.db).create(QStringLiteral("eur"), {}, file, QDate(2026, 12, 4));
    QVERIFY2(made, qPrintable(made.error().toString()));
    const PayoutPlan &plan = made->second;
    QCOMPARE(plan.transfers.size(), 2);
    QCOMPARE(plan.transfers[0].partnerCode, QStringLiteral("A"));
    QCOMPARE(plan.transfers[0].amountMinor, 30000); // October and November together
    QCOMPARE(plan.transfers[0].periods, QStringList({QStringLiteral("2026-10"), QStringLiteral("2026-11")}));
    QCOMPARE(plan.transfers[1].amountMinor, 1235); // 12.345 rounds half up
    QCOMPARE(plan.totalMinor, 31235);
    QCOMPARE(made->first.statementCount, 3);

    // The file validates against the ISO 20022 schema.
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QFAIL("xmllint is needed (Debian: libxml2-utils)");
    QProcess check;
    check.start(xmllint,
        {QStringLiteral("--noout"), QStringLiteral("--schema"),
            QStringLiteral(CHANNELDESK_TEST_DATA "/pain.001.001.03.xsd"), file});
    QVERIFY(check.waitForFinished());
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QVERIFY(xml.contains("<CtrlSum>312.35</CtrlSum>"));
    QVERIFY(xml.contains("<Nm>Mueller + Soehne Vertrieb GmbH</Nm>"));
    QVERIFY(xml.contains("<InstdAmt Ccy=\"EUR\">300.00</InstdAmt>"));
    QVERIFY(xml.contains("<IBAN>FR1420041010050500013M02606</IBAN>"));
    QVERIFY(xml.contains("<ReqdExctnDt>2026-12-04</ReqdExctnDt>"));

    QCOMPARE(status(t.db, s.partner(QStringLiteral("A"))), QStringLiteral("paid,paid"));
    // B's USD statement is not part of a EUR payout.
    QCOMPARE(sql::scalar(t.db.sql(),
                 QStringLiteral("SELECT status FROM commission_statements WHERE currency = 'USD'"))
                 ->toString(),
        QStringLiteral("approved"));
    auto history = Payouts(t.db).list(s.partner(QStringLiteral("B")));
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().partnerAmountMinor, 1235);
    QCOMPARE(history->first().totalMinor, 31235);
    // Paid is final: a second payout finds nothing.
    auto again = Payouts(t.db).create(QStringLiteral("EUR"), {}, dir.filePath(QStringLiteral("again.xml")));
    QVERIFY(!again);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("again.xml"))));
    QVERIFY(!sql::run(t.db.sql(), QStringLiteral("UPDATE commission_statements SET payable_minor = 1")));
}

void TestPayouts::leavesOutWhoCannotBePaid()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(kPartners)
        + QStringLiteral(
            "sale INV-1 invoice 2026-11-03 CA 1000.00 EUR\nsale INV-2 invoice 2026-11-03 CN 1000.00 EUR\n"
            "sale INV-3 invoice 2026-11-03 CX 1000.00 EUR\nsale INV-4 invoice 2026-11-03 CB 1000.00 EUR")));
    settleAndApprove(t.db, "2026-11");
    // B turns into a margin reseller after its statement was approved.
    QVERIFY(sql::run(t.db.sql(), QStringLiteral("UPDATE partners SET margin_based = 1 WHERE code = 'B'")));
    QVERIFY(
        PayoutAccount::save(t.db, {QStringLiteral("Payer"), QStringLiteral("DE02120300000000202051"), {}}));
    QTemporaryDir dir;
    auto made = Payouts(t.db).create(
        QStringLiteral("EUR"), QStringLiteral("2026-11"), dir.filePath(QStringLiteral("p.xml")));
    QVERIFY2(made, qPrintable(made.error().toString()));
    QCOMPARE(made->second.transfers.size(), 1);
    QStringList excluded;
    for (const PayoutExclusion &e : made->second.excluded)
        excluded << e.partnerCode + QLatin1Char(' ') + e.reason;
    QCOMPARE(excluded.size(), 3);
    QVERIFY2(excluded[0].startsWith(QStringLiteral("B a margin reseller")), qPrintable(excluded[0]));
    QVERIFY2(excluded[1].startsWith(QStringLiteral("N no IBAN")), qPrintable(excluded[1]));
    QVERIFY2(excluded[2].startsWith(QStringLiteral("X the IBAN fails its check")), qPrintable(excluded[2]));
    QCOMPARE(status(t.db, s.partner(QStringLiteral("A"))), QStringLiteral("paid"));
    for (const char *code : {"B", "N", "X"})
        QCOMPARE(status(t.db, s.partner(QLatin1String(code))), QStringLiteral("approved"));
    QFile f(dir.filePath(QStringLiteral("p.xml")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QVERIFY(xml.contains("<Othr>") && xml.contains("NOTPROVIDED"));
    QCOMPARE(xml.count("<CdtTrfTxInf>"), 1);
}

void TestPayouts::refusesWhatCannotBePaid_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("account");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("message");
    QTest::newRow("not EUR") << QStringLiteral("USD") << true << true << QStringLiteral("which are in EUR");
    QTest::newRow("no paying account")
        << QStringLiteral("EUR") << false << true << QStringLiteral("Set the account");
    QTest::newRow("nothing approved")
        << QStringLiteral("EUR") << true << false << QStringLiteral("no approved EUR statements");
}

void TestPayouts::refusesWhatCannotBePaid()
{
    QFETCH(QString, currency);
    QFETCH(bool, account);
    QFETCH(bool, approve);
    QFETCH(QString, message);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(kPartners) + QStringLiteral("sale INV-1 invoice 2026-11-03 CA 1000.00 EUR")));
    const CommissionPeriod p = CommissionPeriod::parse(QStringLiteral("2026-11")).value();
    QVERIFY(Settlement(t.db).settle(p));
    if (approve)
        QVERIFY(Settlement(t.db).approve(p));
    if (account)
        QVERIFY(PayoutAccount::save(
            t.db, {QStringLiteral("Payer"), QStringLiteral("DE02120300000000202051"), {}}));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.xml"));
    auto made = Payouts(t.db).create(currency, {}, file);
    QVERIFY(!made);
    QVERIFY2(made.error().message.contains(message), qPrintable(made.error().message));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM payouts"))->toInt(), 0);
    QCOMPARE(status(t.db, s.partner(QStringLiteral("A"))),
        approve ? QStringLiteral("approved") : QStringLiteral("draft"));
}

void TestPayouts::sepaText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("umlauts") << QStringLiteral("Müller Söhne Ähre ß")
                             << QStringLiteral("Mueller Soehne Aehre ss");
    QTest::newRow("accents") << QStringLiteral("Café Élan Ñandú") << QStringLiteral("Cafe Elan Nandu");
    QTest::newRow("not allowed") << QStringLiteral("A_B*C\"D€E") << QStringLiteral("A B C D E");
    QTest::newRow("ampersand") << QStringLiteral("Smith & Co.") << QStringLiteral("Smith + Co.");
    QTest::newRow("cut to 70") << QString(80, QLatin1Char('x')) << QString(70, QLatin1Char('x'));
}

void TestPayouts::sepaText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Payouts::sepaText(text), expected);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
