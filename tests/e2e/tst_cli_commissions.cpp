// End-to-end tests of the sales and commissions commands: the real channeldesk binary with QProcess.

#include "clifixture.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::test;

class TestCliCommissions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void salesToApprovedStatements();
    void badInput_data();
    void badInput();
    void german_data();
    void german();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_path}; }
    QString writeFile(const char *name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(QString::fromLatin1(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    void setUpRegistry();
    Run run(const QString &line) const
    {
        return channeldesk(db() + line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliCommissions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

void TestCliCommissions::cleanup()
{
    m_dir.reset();
}

void TestCliCommissions::setUpRegistry()
{
    const QString partners = writeFile("partners.csv",
        "Code,Name,Kind,Country,commission_rate\n"
        "P1,North Reseller,reseller,DE,10\n"
        "P2,South Reseller,reseller,DE,5%\n"
        "P3,Big Distributor,distributor,DE,\n");
    RUN_OK(channeldesk(db() << QStringLiteral("import") << QStringLiteral("partners") << partners));
    const QString customers
        = writeFile("customers.csv", "Code,Name,Partner code\nC1,Acme,P1\nC2,Beta,P2\nC3,Gamma,P1\n");
    RUN_OK(channeldesk(db() << QStringLiteral("import") << QStringLiteral("customers") << customers));
}

void TestCliCommissions::salesToApprovedStatements()
{
    setUpRegistry();
    Run r = run(QStringLiteral("partners show P2 --format json"));
    RUN_OK(r);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("commissionRate")).toString(),
        QStringLiteral("5"));
    r = run(QStringLiteral("partners list --format json"));
    RUN_OK(r);
    QStringList rates;
    for (const QJsonValue &v : jsonArray(r))
        rates << v.toObject().value(QStringLiteral("code")).toString() + QLatin1Char('=')
                + v.toObject().value(QStringLiteral("commissionRate")).toString();
    rates.sort();
    QCOMPARE(rates.join(QLatin1Char(',')), QStringLiteral("P1=10,P2=5,P3="));

    RUN_OK(channeldesk(db() << QStringLiteral("commissions") << QStringLiteral("plans")
                            << QStringLiteral("add") << QStringLiteral("Growth") << QStringLiteral("--tiers")
                            << QStringLiteral("0:5,1000:10") << QStringLiteral("--mode")
                            << QStringLiteral("marginal")));
    RUN_OK(run(QStringLiteral("commissions plans assign Growth --partner P2 --from 2026-01-01")));
    RUN_OK(run(QStringLiteral("commissions override C3 --partner P1 --rate 12.5 --from 2026-01-01")));
    RUN_OK(run(QStringLiteral("commissions split C1 --share P1:75 --share P2:25 --from 2026-01-01")));
    r = run(QStringLiteral("commissions plans list --format json"));
    RUN_OK(r);
    QCOMPARE(jsonArray(r).at(0).toObject().value(QStringLiteral("tiers")).toString(),
        QStringLiteral("0:5,1000:10"));

    const QString sales = writeFile("sales.csv",
        "number,kind,date,customer,partner,category,amount,currency,paid_on,cost\n"
        "INV-1,invoice,2026-11-03,C1,,Hardware,2000.00,EUR,,\n"
        "INV-2,invoice,2026-11-04,C2,,Services,1200.00,EUR,2026-11-10,\n"
        "INV-3,invoice,2026-11-05,C3,,,100.00,EUR,,\n"
        "CN-1,credit,2026-11-20,C2,,Services,200.00,EUR,,\n");
    r = channeldesk(db() << QStringLiteral("sales") << QStringLiteral("import") << sales);
    RUN_OK(r);
    r = run(QStringLiteral("sales list --format json"));
    RUN_OK(r);
    QCOMPARE(jsonArray(r).size(), 4);

    // P1: 1500 × 10 % (split) + 100 × 12.5 % (override) = 150.00 + 12.50.
    // P2: split 500 then 1200 then −200, marginal 0:5,1000:10 →
    //     500 × 5 % = 25.00; 500 × 5 % + 700 × 10 % = 95.00; −200 × 10 % = −20.00.
    r = run(QStringLiteral("commissions preview --period 2026-11 --format json"));
    RUN_OK(r);
    const QJsonObject preview = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray statements = preview.value(QStringLiteral("statements")).toArray();
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).toObject().value(QStringLiteral("partner")).toString(), QStringLiteral("P1"));
    QCOMPARE(statements.at(0).toObject().value(QStringLiteral("total")).toString(), QStringLiteral("162.50"));
    QCOMPARE(statements.at(1).toObject().value(QStringLiteral("total")).toString(), QStringLiteral("100.00"));
    const QJsonArray p2Lines = statements.at(1).toObject().value(QStringLiteral("lines")).toArray();
    QCOMPARE(p2Lines.size(), 3);
    QStringList amounts;
    for (const QJsonValue &v : p2Lines)
        amounts << v.toObject().value(QStringLiteral("amount")).toString();
    QCOMPARE(amounts.join(QLatin1Char(',')), QStringLiteral("25.00,95.00,-20.00"));
    const QString why = p2Lines.at(1).toObject().value(QStringLiteral("explanation")).toString();
    QVERIFY2(
        why.contains(QStringLiteral("marginal tiers: 500.00 EUR at 5%, 700.00 EUR at 10%")), qPrintable(why));

    r = run(QStringLiteral("commissions settle --period 2026-11 --format json"));
    RUN_OK(r);
    // The settlement writes what the preview showed.
    const QJsonArray settled
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("statements")).toArray();
    QCOMPARE(settled.size(), statements.size());
    for (qsizetype i = 0; i < settled.size(); ++i) {
        QJsonObject a = settled.at(i).toObject();
        QJsonObject b = statements.at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        a.remove(QStringLiteral("status"));
        b.remove(QStringLiteral("status"));
        a.remove(QStringLiteral("lines")); // settle prints the totals
        b.remove(QStringLiteral("lines"));
        QCOMPARE(a, b);
    }
    r = run(QStringLiteral("commissions settle --period 2026-11"));
    RUN_OK(r);
    QVERIFY2(r.err.contains(QStringLiteral("already settled")), qPrintable(r.err));
    RUN_OK(run(QStringLiteral("commissions approve --period 2026-11 --partner P1")));
    r = run(QStringLiteral("commissions statement P1 --period 2026-11 --format json"));
    RUN_OK(r);
    const QJsonObject p1 = QJsonDocument::fromJson(r.out.toUtf8())
                               .object()
                               .value(QStringLiteral("statements"))
                               .toArray()
                               .at(0)
                               .toObject();
    QCOMPARE(p1.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(p1.value(QStringLiteral("lines")).toArray().size(), 2);
    r = run(QStringLiteral("commissions statement P1 --period 2026-11"));
    RUN_OK(r);
    QVERIFY2(r.out.contains(QStringLiteral("customer override")), qPrintable(r.out));
    // The statement as a PDF, every line with its reason (text, so pdftotext reads it back).
    const QString pdf = m_dir->filePath(QStringLiteral("statement.pdf"));
    RUN_OK(channeldesk(db() << QStringLiteral("commissions") << QStringLiteral("statement")
                            << QStringLiteral("P1") << QStringLiteral("--period") << QStringLiteral("2026-11")
                            << QStringLiteral("--format") << QStringLiteral("pdf") << QStringLiteral("--out")
                            << pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(pdfText.contains(QStringLiteral("Commission statement 2026-11")), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(QStringLiteral("customer override")), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(QStringLiteral("162.50 EUR")), qPrintable(pdfText));
    r = run(QStringLiteral("commissions approve --period 2026-11 --partner P1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already approved")), qPrintable(r.err));
    RUN_OK(run(QStringLiteral("commissions approve --period 2026-11")));
    r = run(QStringLiteral("partners show P2"));
    RUN_OK(r);
    QVERIFY2(r.out.contains(QStringLiteral("Commission statement 2026-11 approved: 100.00 EUR")),
        qPrintable(r.out));
}

void TestCliCommissions::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("descending tiers") << QStringLiteral("commissions plans add X --tiers 0:5,1000:7,500:9")
                                      << 1 << QStringLiteral("must ascend");
    QTest::newRow("tiers not from 0")
        << QStringLiteral("commissions plans add X --tiers 100:5") << 1 << QStringLiteral("must start at 0");
    QTest::newRow("negative rate") << QStringLiteral("commissions plans add X --fixed -2") << 2
                                   << QStringLiteral("cannot be negative");
    QTest::newRow("rate over 100") << QStringLiteral("commissions plans add X --fixed 120") << 2
                                   << QStringLiteral("over 100");
    QTest::newRow("fixed and tiers") << QStringLiteral("commissions plans add X --fixed 2 --tiers 0:5") << 2
                                     << QStringLiteral("either --fixed");
    QTest::newRow("shares not 100") << QStringLiteral("commissions split C1 --share P1:60 --share P2:30") << 1
                                    << QStringLiteral("sum to 90%");
    QTest::newRow("unknown customer") << QStringLiteral("commissions override C9 --partner P1 --rate 5") << 1
                                      << QStringLiteral("no customer with the code C9");
    QTest::newRow("unknown plan") << QStringLiteral("commissions plans assign Nope --partner P1") << 1
                                  << QStringLiteral("no commission plan named Nope");
    QTest::newRow("bad period") << QStringLiteral("commissions preview --period 2026-13") << 2
                                << QStringLiteral("not a period");
    QTest::newRow("pdf for a list") << QStringLiteral("partners list --format pdf") << 2
                                    << QStringLiteral("not one of table, csv, json.");
    QTest::newRow("pdf without a file")
        << QStringLiteral("commissions statement P1 --period 2026-11 --format pdf") << 2
        << QStringLiteral("--out FILE");
    QTest::newRow("approve before settling") << QStringLiteral("commissions approve --period 2026-11") << 1
                                             << QStringLiteral("settle the period first");
}

void TestCliCommissions::badInput()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    setUpRegistry();
    const Run r = run(command);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing half-written.
    const Run plans = run(QStringLiteral("commissions plans list --format json"));
    QCOMPARE(jsonArray(plans).size(), 0);
}

// Every part of the commission code speaks German with --lang de: explanations, plan rules, rule
// lookups, settlement. (Texts filed under another context than the one looked up at run time
// would come out in English.)
void TestCliCommissions::german_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::newRow("line explanation")
        << QStringLiteral("commissions preview --period 2026-11 --lines --format csv") << true
        << QStringLiteral("Rechnung INV-2 vom 2026-11-04 über 1200.00 EUR");
    QTest::newRow("plan rule") << QStringLiteral("commissions plans add X --tiers 0:5,1000:7,500:9") << false
                               << QStringLiteral("Staffelschwellen müssen aufsteigen");
    QTest::newRow("rule lookup") << QStringLiteral("commissions plans assign Nope --partner P1") << false
                                 << QStringLiteral("Es gibt keinen Provisionsplan namens Nope.");
    QTest::newRow("settlement") << QStringLiteral("commissions approve --period 2026-11") << false
                                << QStringLiteral("rechnen Sie den Zeitraum zuerst ab");
}

void TestCliCommissions::german()
{
    QFETCH(QString, command);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    setUpRegistry();
    const QString sales = writeFile("sales.csv",
        "number,kind,date,customer,amount,currency,paid_on\n"
        "INV-2,invoice,2026-11-04,C2,1200.00,EUR,2026-11-10\n");
    RUN_OK(channeldesk(db() << QStringLiteral("sales") << QStringLiteral("import") << sales));
    const Run r = channeldesk(QStringList {QStringLiteral("--lang"), QStringLiteral("de")} + db()
        + command.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    QVERIFY2((r.exitCode == 0) == ok, qPrintable(describe(r)));
    QVERIFY2((ok ? r.out : r.err).contains(text), qPrintable(describe(r)));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCliCommissions)
#include "tst_cli_commissions.moc"
