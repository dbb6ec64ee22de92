#include "common/money.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

#include <limits>

using namespace cd;
using cd::test::kMax;
using cd::test::kMin;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void minorDigits_data();
    void minorDigits();
    void isValid_data();
    void isValid();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toString_data();
    void toString();
    void toStringRoundTrips();
    void arithmetic_data();
    void arithmetic();
    void arithmeticRefuses_data();
    void arithmeticRefuses();
    void equality();
};

void TestMoney::minorDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("USD") << QStringLiteral("USD") << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("KRW") << QStringLiteral("KRW") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("BHD") << QStringLiteral("BHD") << 3;
    QTest::newRow("TND") << QStringLiteral("TND") << 3;
    QTest::newRow("CLF") << QStringLiteral("CLF") << 4;
    QTest::newRow("unknown code") << QStringLiteral("XYZ") << 2;
    QTest::newRow("lower case is not JPY") << QStringLiteral("jpy") << 2;
}

void TestMoney::minorDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(Money::minorDigits(currency), digits);
    QCOMPARE(Money(0, currency).decimals(), digits);
}

void TestMoney::isValid_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << QStringLiteral("EUR") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("lower case") << QStringLiteral("eur") << false;
    QTest::newRow("two letters") << QStringLiteral("EU") << false;
    QTest::newRow("four letters") << QStringLiteral("EURO") << false;
    QTest::newRow("symbol") << QStringLiteral("€") << false;
    QTest::newRow("digits") << QStringLiteral("978") << false;
}

void TestMoney::isValid()
{
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QCOMPARE(Money(100, currency).isValid(), valid);
    QCOMPARE(Money::validateCurrency(currency).ok(), valid);
    QVERIFY(!Money().isValid());
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("one decimal") << QStringLiteral("12.5") << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("two decimals") << QStringLiteral("12.50") << QStringLiteral("EUR") << qint64(1250);
    QTest::newRow("cents") << QStringLiteral("-0.05") << QStringLiteral("EUR") << qint64(-5);
    QTest::newRow("plus, integer") << QStringLiteral("+3") << QStringLiteral("EUR") << qint64(300);
    QTest::newRow("leading dot") << QStringLiteral(".5") << QStringLiteral("EUR") << qint64(50);
    QTest::newRow("trailing dot") << QStringLiteral("5.") << QStringLiteral("EUR") << qint64(500);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 7.25\t") << QStringLiteral("EUR") << qint64(725);
    QTest::newRow("leading zeros") << QStringLiteral("0000012.30") << QStringLiteral("EUR") << qint64(1230);
    QTest::newRow("extra zeros are exact") << QStringLiteral("1.500") << QStringLiteral("EUR") << qint64(150);
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("EUR") << qint64(0);
    QTest::newRow("minus zero") << QStringLiteral("-0.00") << QStringLiteral("EUR") << qint64(0);
    QTest::newRow("JPY") << QStringLiteral("1500") << QStringLiteral("JPY") << qint64(1500);
    QTest::newRow("JPY with zero decimals")
        << QStringLiteral("1500.00") << QStringLiteral("JPY") << qint64(1500);
    QTest::newRow("KWD") << QStringLiteral("1.234") << QStringLiteral("KWD") << qint64(1234);
    QTest::newRow("KWD one decimal") << QStringLiteral("1.2") << QStringLiteral("KWD") << qint64(1200);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << QStringLiteral("EUR") << kMax;
    QTest::newRow("smallest") << QStringLiteral("-92233720368547758.08") << QStringLiteral("EUR") << kMin;
    QTest::newRow("largest JPY") << QStringLiteral("9223372036854775807") << QStringLiteral("JPY") << kMax;
    // Binary floating point cannot hold these; an exact parser must.
    QTest::newRow("0.1 + 0.2 trap") << QStringLiteral("0.30") << QStringLiteral("EUR") << qint64(30);
    QTest::newRow("beyond double precision")
        << QStringLiteral("90071992547409.93") << QStringLiteral("EUR") << qint64(9007199254740993);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Result<Money> money = Money::parse(text, currency);
    QVERIFY2(money.ok(), qPrintable(money.error().toString()));
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->currency(), currency);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString eur = QStringLiteral("EUR");
    const QString amount = QStringLiteral("amount");
    const QString badCharacterTail
        = QStringLiteral(" is not allowed in an amount; write digits with an optional sign and a dot before "
                         "the decimals, as in -1234.50.");
    QTest::newRow("third decimal") << QStringLiteral("12.505") << eur << amount
                                   << QStringLiteral(
                                          "Amounts in EUR have at most 2 decimal places; “12.505” has 3.");
    QTest::newRow("trailing digit after zeros")
        << QStringLiteral("1.5001") << eur << amount
        << QStringLiteral("Amounts in EUR have at most 2 decimal places; “1.5001” has 4.");
    QTest::newRow("JPY decimals") << QStringLiteral(" 1.5 ") << QStringLiteral("JPY") << amount
                                  << QStringLiteral("Amounts in JPY have no decimal places; “1.5” has 1.");
    QTest::newRow("KWD fourth decimal")
        << QStringLiteral("1.2345") << QStringLiteral("KWD") << amount
        << QStringLiteral("Amounts in KWD have at most 3 decimal places; “1.2345” has 4.");
    QTest::newRow("decimal comma") << QStringLiteral("1,50") << eur << amount
                                   << QStringLiteral(
                                          "Write amounts with a dot before the decimals and without "
                                          "thousands separators; “1,50” has a comma at position 2.");
    QTest::newRow("thousands comma") << QStringLiteral("1,234.50") << eur << amount
                                     << QStringLiteral(
                                            "Write amounts with a dot before the decimals and without "
                                            "thousands separators; “1,234.50” has a comma at position 2.");
    QTest::newRow("currency after") << QStringLiteral("12 EUR") << eur << amount
                                    << QString(QStringLiteral("The character U+0020 at position 3")
                                           + badCharacterTail);
    QTest::newRow("currency symbol") << QStringLiteral("€12") << eur << amount
                                     << QString(QStringLiteral("The character “€” at position 1")
                                            + badCharacterTail);
    QTest::newRow("exponent") << QStringLiteral("1e5") << eur << amount
                              << QString(
                                     QStringLiteral("The character “e” at position 2") + badCharacterTail);
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << eur << amount
                              << QString(
                                     QStringLiteral("The character “.” at position 4") + badCharacterTail);
    QTest::newRow("two signs") << QStringLiteral("--5") << eur << amount
                               << QString(
                                      QStringLiteral("The character “-” at position 2") + badCharacterTail);
    QTest::newRow("empty") << QString() << eur << amount << QStringLiteral("The amount is empty.");
    QTest::newRow("blank") << QStringLiteral("  ") << eur << amount << QStringLiteral("The amount is empty.");
    QTest::newRow("sign only") << QStringLiteral("-") << eur << amount
                               << QStringLiteral("The amount “-” has no digits.");
    QTest::newRow("dot only") << QStringLiteral(".") << eur << amount
                              << QStringLiteral("The amount “.” has no digits.");
    QTest::newRow("one past largest") << QStringLiteral("92233720368547758.08") << eur << amount
                                      << QStringLiteral("The amount “92233720368547758.08” is too large; "
                                                        "amounts in EUR go up to 92233720368547758.07.");
    QTest::newRow("one past smallest") << QStringLiteral("-92233720368547758.09") << eur << amount
                                       << QStringLiteral("The amount “-92233720368547758.09” is too large; "
                                                         "amounts in EUR go up to 92233720368547758.07.");
    QTest::newRow("huge JPY") << QStringLiteral("99999999999999999999") << QStringLiteral("JPY") << amount
                              << QStringLiteral("The amount “99999999999999999999” is too large; amounts in "
                                                "JPY go up to 9223372036854775807.");
    QTest::newRow("lower-case currency")
        << QStringLiteral("1") << QStringLiteral("eur") << QStringLiteral("currency")
        << QStringLiteral(
               "A currency is a three-letter ISO 4217 code in capitals such as EUR or USD; “eur” is not.");
    QTest::newRow("no currency") << QStringLiteral("1") << QString() << QStringLiteral("currency")
                                 << QStringLiteral("The currency is missing.");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<Money> money = Money::parse(text, currency);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, Error::Code::Validation);
    QCOMPARE(money.error().field, field);
    QCOMPARE(money.error().message, message);
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("EUR") << qint64(1250) << QStringLiteral("EUR") << QStringLiteral("12.50");
    QTest::newRow("cents") << qint64(-5) << QStringLiteral("EUR") << QStringLiteral("-0.05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00");
    QTest::newRow("JPY") << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("1500");
    QTest::newRow("negative JPY") << qint64(-1500) << QStringLiteral("JPY") << QStringLiteral("-1500");
    QTest::newRow("KWD") << qint64(1234) << QStringLiteral("KWD") << QStringLiteral("1.234");
    QTest::newRow("CLF") << qint64(5) << QStringLiteral("CLF") << QStringLiteral("0.0005");
    QTest::newRow("largest") << kMax << QStringLiteral("EUR") << QStringLiteral("92233720368547758.07");
    QTest::newRow("smallest") << kMin << QStringLiteral("EUR") << QStringLiteral("-92233720368547758.08");
}

void TestMoney::toString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toString(), text);
}

void TestMoney::toStringRoundTrips()
{
    for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("KWD")}) {
        for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(-100001), kMax, kMin}) {
            const Money money(minor, currency);
            const Result<Money> back = Money::parse(money.toString(), currency);
            QVERIFY2(back.ok(), qPrintable(money.toString()));
            QCOMPARE(back.value(), money);
        }
    }
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");
    QTest::newRow("EUR") << qint64(1000) << qint64(250) << QStringLiteral("EUR") << qint64(1250)
                         << qint64(750);
    QTest::newRow("below zero") << qint64(1000) << qint64(1250) << QStringLiteral("EUR") << qint64(2250)
                                << qint64(-250);
    QTest::newRow("JPY") << qint64(100) << qint64(1) << QStringLiteral("JPY") << qint64(101) << qint64(99);
    QTest::newRow("edges") << kMax << kMin << QStringLiteral("EUR") << qint64(-1) << qint64(0);
}

void TestMoney::arithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QString, currency);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);
    const Result<Money> plus = Money(a, currency) + Money(b, currency);
    QVERIFY2(plus.ok(), qPrintable(plus.error().toString()));
    QCOMPARE(plus.value(), Money(sum, currency));
    if (a == kMax && b == kMin)
        return; // kMax - kMin does not fit; arithmeticRefuses has it
    const Result<Money> minus = Money(a, currency) - Money(b, currency);
    QVERIFY2(minus.ok(), qPrintable(minus.error().toString()));
    QCOMPARE(minus.value(), Money(difference, currency));
}

void TestMoney::arithmeticRefuses_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<QString>("currencyA");
    QTest::addColumn<bool>("subtract");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("currencyB");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString eur = QStringLiteral("EUR");
    const QString tooLarge = QStringLiteral("The result is too large for an amount in EUR.");
    QTest::newRow("add EUR and USD")
        << qint64(100) << eur << false << qint64(100) << QStringLiteral("USD") << QStringLiteral("currency")
        << QStringLiteral("Cannot add amounts in different currencies (EUR and USD); convert one first.");
    QTest::newRow("subtract USD from EUR")
        << qint64(100) << eur << true << qint64(100) << QStringLiteral("USD") << QStringLiteral("currency")
        << QStringLiteral("Cannot subtract an amount in USD from one in EUR; convert it first.");
    QTest::newRow("no currency")
        << qint64(100) << QString() << false << qint64(100) << eur << QStringLiteral("currency")
        << QStringLiteral("An amount without a valid currency cannot be used in a calculation.");
    QTest::newRow("same bad currency")
        << qint64(100) << QStringLiteral("eur") << false << qint64(100) << QStringLiteral("eur")
        << QStringLiteral("currency")
        << QStringLiteral("An amount without a valid currency cannot be used in a calculation.");
    QTest::newRow("kMax + 1") << kMax << eur << false << qint64(1) << eur << QStringLiteral("amount")
                              << tooLarge;
    QTest::newRow("kMin + -1") << kMin << eur << false << qint64(-1) << eur << QStringLiteral("amount")
                               << tooLarge;
    QTest::newRow("kMin - 1") << kMin << eur << true << qint64(1) << eur << QStringLiteral("amount")
                              << tooLarge;
    QTest::newRow("kMax - -1") << kMax << eur << true << qint64(-1) << eur << QStringLiteral("amount")
                               << tooLarge;
    QTest::newRow("0 - kMin") << qint64(0) << eur << true << kMin << eur << QStringLiteral("amount")
                              << tooLarge;
    QTest::newRow("kMax - kMin") << kMax << eur << true << kMin << eur << QStringLiteral("amount")
                                 << tooLarge;
}

void TestMoney::arithmeticRefuses()
{
    QFETCH(qint64, a);
    QFETCH(QString, currencyA);
    QFETCH(bool, subtract);
    QFETCH(qint64, b);
    QFETCH(QString, currencyB);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Money x(a, currencyA);
    const Money y(b, currencyB);
    const Result<Money> result = subtract ? x - y : x + y;
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().message, message);
}

void TestMoney::equality()
{
    QCOMPARE(Money::parse(QStringLiteral("12.5"), QStringLiteral("EUR")).value(),
        Money(1250, QStringLiteral("EUR")));
    QVERIFY(Money(1250, QStringLiteral("EUR")) != Money(1250, QStringLiteral("USD")));
    QVERIFY(Money(1250, QStringLiteral("EUR")) != Money(1251, QStringLiteral("EUR")));
    QVERIFY(Money() == Money());
    // Edge sums that do fit.
    QCOMPARE((Money(-1, QStringLiteral("EUR")) - Money(kMax, QStringLiteral("EUR"))).value(),
        Money(kMin, QStringLiteral("EUR")));
    QCOMPARE((Money(kMin, QStringLiteral("EUR")) - Money(kMin, QStringLiteral("EUR"))).value(),
        Money(0, QStringLiteral("EUR")));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
