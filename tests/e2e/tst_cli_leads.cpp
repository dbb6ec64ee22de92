// End-to-end tests of the leads and reports commands: the real channeldesk binary with QProcess.

#include "clifixture.h"
#include "db/database.h"
#include "db/sql.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::test;

class TestCliLeads : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importRouteDeclineConvert();
    void usageErrors_data();
    void usageErrors();
    void demoLeadsAndReports();

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
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliLeads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

void TestCliLeads::cleanup()
{
    m_dir.reset();
}

void TestCliLeads::importRouteDeclineConvert()
{
    const QString partners = writeFile("partners.csv",
        "Code,Name,Kind,Country,Area,Level,Activation\n"
        "4000000001,Nord Reseller,reseller,DE,North,Gold,Fully Operational\n"
        "4000000002,Sued Reseller,reseller,DE,North,Silver,Fully Operational\n"
        "4000000003,Distri,distributor,DE,,Bronze,Fully Operational\n");
    Run r = channeldesk(db() << QStringLiteral("import") << QStringLiteral("partners") << partners);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString leads = writeFile("leads.csv",
        "Company,Contact,Country,Area,Estimated value,Currency\n"
        "Acme,Eva,DE,North,1500.00,EUR\n"
        "Beta,Bo,DE,North,20.00,EUR\n"
        "Nowhere,Ned,FR,,,\n");
    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("import") << leads);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // A broken file: line and column in the error, nothing written.
    const QString bad
        = writeFile("bad.csv", "Company,Country,Estimated value,Currency\nGood,DE,1,EUR\nBad,XX,1.234,EUR\n");
    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("import") << bad);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Country")), qPrintable(r.err));

    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("assign") << QStringLiteral("--auto")
                         << QStringLiteral("--seed") << QStringLiteral("7") << QStringLiteral("--format")
                         << QStringLiteral("json"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject summary = jsonArray(r).first().toObject();
    QCOMPARE(summary.value(QStringLiteral("considered")).toInteger(), 3);
    QCOMPARE(summary.value(QStringLiteral("assigned")).toInteger(), 2);
    QCOMPARE(summary.value(QStringLiteral("flagged")).toInteger(), 1);

    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("list") << QStringLiteral("--format")
                         << QStringLiteral("json"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray list = jsonArray(r);
    QCOMPARE(list.size(), 3);
    QJsonObject acme;
    for (const auto &v : list) {
        if (v.toObject().value(QStringLiteral("company")).toString() == QLatin1String("Acme"))
            acme = v.toObject();
        if (v.toObject().value(QStringLiteral("company")).toString() == QLatin1String("Nowhere"))
            QCOMPARE(v.toObject().value(QStringLiteral("flag")).toString(), QStringLiteral("no-candidate"));
    }
    const QString acmeId = QString::number(acme.value(QStringLiteral("id")).toInteger());
    const QString first = acme.value(QStringLiteral("partner")).toString();
    QVERIFY(first == QLatin1String("4000000001") || first == QLatin1String("4000000002"));
    const QString other
        = first == QLatin1String("4000000001") ? QStringLiteral("4000000002") : QStringLiteral("4000000001");

    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("decline") << acmeId
                         << QStringLiteral("--partner") << first << QStringLiteral("--reason")
                         << QStringLiteral("too busy"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("assign") << QStringLiteral("--auto"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("list") << QStringLiteral("--partner")
                         << other << QStringLiteral("--format") << QStringLiteral("csv"));
    QVERIFY2(r.out.contains(QStringLiteral("Acme")), qPrintable(describe(r)));
    // The declined partner cannot get it back by hand either.
    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("assign") << acmeId
                         << QStringLiteral("--partner") << first);
    QCOMPARE(r.exitCode, 1);

    r = channeldesk(db() << QStringLiteral("leads") << QStringLiteral("convert") << acmeId
                         << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject deal = jsonArray(r).first().toObject();
    QCOMPARE(deal.value(QStringLiteral("partner")).toString(), other);
    QCOMPARE(deal.value(QStringLiteral("value")).toString(), QStringLiteral("1500.00"));

    r = channeldesk(db() << QStringLiteral("reports") << QStringLiteral("conversion")
                         << QStringLiteral("--by") << QStringLiteral("reseller") << QStringLiteral("--format")
                         << QStringLiteral("json"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    bool found = false;
    for (const auto &v : jsonArray(r)) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("code")).toString() == other) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("converted")).toInteger(), 1);
        }
    }
    QVERIFY(found);
}

void TestCliLeads::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("assign without --auto or lead")
        << QStringList {QStringLiteral("leads"), QStringLiteral("assign")} << 2;
    QTest::newRow("assign one lead without partner")
        << QStringList {QStringLiteral("leads"), QStringLiteral("assign"), QStringLiteral("1")} << 2;
    QTest::newRow("decline without partner")
        << QStringList {QStringLiteral("leads"), QStringLiteral("decline"), QStringLiteral("1")} << 2;
    QTest::newRow("bad lead id") << QStringList {QStringLiteral("leads"), QStringLiteral("accept"),
        QStringLiteral("abc")} << 2;
    QTest::newRow("bad status") << QStringList {QStringLiteral("leads"), QStringLiteral("list"),
        QStringLiteral("--status"), QStringLiteral("won")}
                                << 2;
    QTest::newRow("bad date") << QStringList {QStringLiteral("reports"), QStringLiteral("lead-flow"),
        QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                              << 2;
    QTest::newRow("from after to") << QStringList {QStringLiteral("reports"), QStringLiteral("lead-flow"),
        QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
        QStringLiteral("2026-04-01")}
                                   << 2;
    QTest::newRow("unknown lead") << QStringList {QStringLiteral("leads"), QStringLiteral("accept"),
        QStringLiteral("999")} << 1;
}

void TestCliLeads::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    // A database to find nothing in, for the commands that get as far as opening it.
    Run made
        = channeldesk(db() << QStringLiteral("demo") << QStringLiteral("--partners") << QStringLiteral("0")
                           << QStringLiteral("--customers") << QStringLiteral("0"));
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    const Run r = channeldesk(db() + arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY(!r.err.isEmpty());
}

void TestCliLeads::demoLeadsAndReports()
{
    Run r = channeldesk(db() << QStringLiteral("demo") << QStringLiteral("--partners")
                             << QStringLiteral("600") << QStringLiteral("--customers") << QStringLiteral("0")
                             << QStringLiteral("--seed") << QStringLiteral("3"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = channeldesk(db() << QStringLiteral("reports") << QStringLiteral("lead-flow")
                         << QStringLiteral("--from") << QStringLiteral("2000-01-01") << QStringLiteral("--to")
                         << QStringLiteral("2100-12-31") << QStringLiteral("--format")
                         << QStringLiteral("csv"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.trimmed().remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, qPrintable(r.out));
    QVERIFY(lines.first().startsWith(QStringLiteral("distributor_code,distributor,submitted")));
    qint64 submitted = 0;
    bool distributorRow = false;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        submitted += cells.at(2).toLongLong();
        distributorRow = distributorRow || !cells.at(0).isEmpty();
    }
    QVERIFY(distributorRow); // some leads came from distributors
    cd::DatabaseOptions o;
    o.path = m_path;
    o.create = false;
    auto opened = cd::Database::open(o);
    QVERIFY(opened);
    const auto count = [&](const char *statement) {
        return cd::sql::scalar(opened->sql(), QString::fromLatin1(statement)).value().toLongLong();
    };
    QCOMPARE(submitted, count("SELECT count(*) FROM leads"));
    QVERIFY(count("SELECT count(*) FROM deals WHERE outcome = 'won'") > 0);
    QVERIFY(count("SELECT count(*) FROM deals WHERE outcome = 'lost'") > 0);
    QVERIFY(count("SELECT count(*) FROM lead_declines") > 0);
    // Dual attribution survives into the deals.
    QCOMPARE(count("SELECT count(*) FROM deals d JOIN leads l ON l.id = d.lead_id "
                   "WHERE coalesce(d.distributor_id, 0) <> coalesce(l.submitted_by_distributor_id, 0)"),
        0);
    for (const char *report : {"conversion", "performance", "won-value"}) {
        r = channeldesk(db() << QStringLiteral("reports") << QString::fromLatin1(report)
                             << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(!jsonArray(r).isEmpty(), report);
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCliLeads)
#include "tst_cli_leads.moc"
