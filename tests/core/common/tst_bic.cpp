#include "common/bic.h"
#include "testmain.h"

#include <QTest>

using namespace cd;

class TestBic : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void normalized_data();
    void normalized();
    void rejects_data();
    void rejects();
    void digitsAreRefusedOnlyInBankAndCountry();
    void errorNamesTheField();
};

void TestBic::accepts_data()
{
    QTest::addColumn<QString>("bic");
    QTest::newRow("8, Deutsche Bank") << QStringLiteral("DEUTDEFF");
    QTest::newRow("11, branch") << QStringLiteral("DEUTDEFF500");
    QTest::newRow("11, primary office XXX") << QStringLiteral("DEUTDEFFXXX");
    QTest::newRow("digits in location") << QStringLiteral("CHASUS33");
    QTest::newRow("test BIC, location ending 0") << QStringLiteral("NWBKGB20");
    QTest::newRow("digit branch") << QStringLiteral("BNPAFRPP123");
    QTest::newRow("Kosovo XK") << QStringLiteral("RBKOXKPR");
    QTest::newRow("lower case") << QStringLiteral("deutdeff");
    QTest::newRow("print form with spaces") << QStringLiteral("DEUT DE FF 500");
    QTest::newRow("surrounding spaces") << QStringLiteral("  ABNANL2A ");
}

void TestBic::accepts()
{
    QFETCH(QString, bic);
    const Status status = Bic::validate(bic);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
}

void TestBic::normalized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << QStringLiteral("deutdeff500") << QStringLiteral("DEUTDEFF500");
    QTest::newRow("spaces") << QStringLiteral(" DEUT DE FF ") << QStringLiteral("DEUTDEFF");
    QTest::newRow("non-ASCII unchanged") << QStringLiteral("deütdeff") << QStringLiteral("DEüTDEFF");
}

void TestBic::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Bic::normalized(input), expected);
}

void TestBic::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("The BIC is empty.");
    QTest::newRow("blank") << QStringLiteral(" ") << QStringLiteral("The BIC is empty.");
    QTest::newRow("7") << QStringLiteral("DEUTDEF")
                       << QStringLiteral("A BIC has 8 or 11 characters; this one has 7.");
    QTest::newRow("9") << QStringLiteral("DEUTDEFF5")
                       << QStringLiteral("A BIC has 8 or 11 characters; this one has 9.");
    QTest::newRow("10") << QStringLiteral("DEUTDEFF50")
                        << QStringLiteral("A BIC has 8 or 11 characters; this one has 10.");
    QTest::newRow("12") << QStringLiteral("DEUTDEFF5000")
                        << QStringLiteral("A BIC has 8 or 11 characters; this one has 12.");
    QTest::newRow("IBAN pasted") << QStringLiteral("DE89370400440532013000")
                                 << QStringLiteral("A BIC has 8 or 11 characters; this one has 22.");
    QTest::newRow("hyphen") << QStringLiteral("DEUT-DEFF")
                            << QStringLiteral("The character “-” at position 5 is not allowed; a BIC has "
                                              "only the letters A to Z and the digits 0 to 9.");
    QTest::newRow("umlaut") << QStringLiteral("DEÜTDEFF")
                            << QStringLiteral("The character “Ü” at position 3 is not allowed; a BIC has "
                                              "only the letters A to Z and the digits 0 to 9.");
    QTest::newRow("digit in bank code") << QStringLiteral("DE1TDEFF")
                                        << QStringLiteral("The first four characters of a BIC are the bank "
                                                          "code and are letters; “1” in “DE1T” is a digit.");
    QTest::newRow("digits in country")
        << QStringLiteral("DEUT12FF500")
        << QStringLiteral(
               "Characters 5 and 6 of a BIC are the bank's country; “12” is not an ISO 3166 country code.");
    QTest::newRow("unassigned country")
        << QStringLiteral("DEUTXXFF")
        << QStringLiteral(
               "Characters 5 and 6 of a BIC are the bank's country; “XX” is not an ISO 3166 country code.");
    QTest::newRow("UK is not a code")
        << QStringLiteral("NWBKUK2L")
        << QStringLiteral(
               "Characters 5 and 6 of a BIC are the bank's country; “UK” is not an ISO 3166 country code.");
}

void TestBic::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const Status status = Bic::validate(input);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Validation);
    QCOMPARE(status.error().field, QStringLiteral("bic"));
    QCOMPARE(status.error().message, message);
}

void TestBic::digitsAreRefusedOnlyInBankAndCountry()
{
    for (const QString &bic : {QStringLiteral("ESSESESS"), QStringLiteral("DEUTDEFF500")}) {
        for (qsizetype i = 0; i < bic.size(); ++i) {
            QString changed = bic;
            changed[i] = QLatin1Char('5');
            QCOMPARE(Bic::validate(changed).ok(), i >= 6);
        }
    }
}

void TestBic::errorNamesTheField()
{
    const Status status = Bic::validate(QStringLiteral("X"), QStringLiteral("bankBic"));
    QCOMPARE(status.error().field, QStringLiteral("bankBic"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestBic)
#include "tst_bic.moc"
