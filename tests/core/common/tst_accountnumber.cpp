#include "common/accountnumber.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace cd;

class TestAccountNumber : public QObject
{
    Q_OBJECT
private slots:
    void luhnCheckDigit_data();
    void luhnCheckDigit();
    void generatedNumbersPassTheirOwnCheck();
    void generationIsRepeatableWithASeed();
    void hasValidCheckDigit_data();
    void hasValidCheckDigit();
    void everySingleDigitChangeIsCaught();
    void validateAccepts_data();
    void validateAccepts();
    void validateRejects_data();
    void validateRejects();
};

void TestAccountNumber::luhnCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("check");
    // 79927398713 is the textbook Luhn example.
    QTest::newRow("textbook") << QStringLiteral("7992739871") << 3;
    QTest::newRow("nine digits") << QStringLiteral("123456789") << 7;
    QTest::newRow("doubling over 9") << QStringLiteral("987654321") << 7;
    QTest::newRow("sum already round") << QStringLiteral("100000000") << 8;
    QTest::newRow("zero") << QStringLiteral("0") << 0;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("letter") << QStringLiteral("12345678a") << -1;
    QTest::newRow("non-ASCII digit") << QStringLiteral("12345678\u0663") << -1; // Arabic-Indic three
}

void TestAccountNumber::luhnCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, check);
    QCOMPARE(AccountNumber::luhnCheckDigit(digits), check);
}

void TestAccountNumber::generatedNumbersPassTheirOwnCheck()
{
    QRandomGenerator random(20240611);
    QSet<QChar> firstDigits;
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString number = AccountNumber::generate(random);
        QCOMPARE(number.size(), 10);
        QVERIFY2(number[0] != QLatin1Char('0'), qPrintable(number));
        QVERIFY2(AccountNumber::hasValidCheckDigit(number), qPrintable(number));
        QVERIFY2(AccountNumber::validate(number).ok(), qPrintable(number));
        firstDigits.insert(number[0]);
        seen.insert(number);
    }
    QCOMPARE(firstDigits.size(), 9); // every leading digit 1-9 turns up
    QVERIFY(seen.size() > 990); // 10^9 possibilities: collisions in 1000 draws are rare, not impossible
}

void TestAccountNumber::generationIsRepeatableWithASeed()
{
    QRandomGenerator a(7);
    QRandomGenerator b(7);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(AccountNumber::generate(a), AccountNumber::generate(b));
}

void TestAccountNumber::hasValidCheckDigit_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << QStringLiteral("1234567897") << true;
    QTest::newRow("valid 2") << QStringLiteral("9876543217") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("1234567898") << false;
    QTest::newRow("swapped digits") << QStringLiteral("2134567897") << false;
    QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
    QTest::newRow("11 digits, valid Luhn") << QStringLiteral("79927398713") << false;
    QTest::newRow("letters") << QStringLiteral("12345678A7") << false;
    QTest::newRow("phone number") << QStringLiteral("4930123456") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccountNumber::hasValidCheckDigit()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(AccountNumber::hasValidCheckDigit(number), valid);
}

void TestAccountNumber::everySingleDigitChangeIsCaught()
{
    const QString number = QStringLiteral("1234567897");
    for (qsizetype i = 0; i < number.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (number[i] == QLatin1Char(d))
                continue;
            QString changed = number;
            changed[i] = QLatin1Char(d);
            QVERIFY2(!AccountNumber::hasValidCheckDigit(changed), qPrintable(changed));
        }
    }
}

void TestAccountNumber::validateAccepts_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("generated") << QStringLiteral("1234567897");
    QTest::newRow("phone number") << QStringLiteral("4930123456");
    QTest::newRow("one character") << QStringLiteral("A");
    QTest::newRow("custom") << QStringLiteral("RES-2024_berlin.01/a");
    QTest::newRow("32 characters") << QString(32, QLatin1Char('x'));
}

void TestAccountNumber::validateAccepts()
{
    QFETCH(QString, code);
    const Status status = AccountNumber::validate(code);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
}

void TestAccountNumber::validateRejects_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("The account number is empty.");
    QTest::newRow("leading space") << QStringLiteral(" 1234")
                                   << QStringLiteral("The account number starts with a space.");
    QTest::newRow("only spaces") << QStringLiteral("   ")
                                 << QStringLiteral("The account number starts with a space.");
    QTest::newRow("trailing tab") << QStringLiteral("1234\t")
                                  << QStringLiteral("The account number ends with a space.");
    QTest::newRow("33 characters") << QString(33,
        QLatin1Char('x')) << QStringLiteral("An account number has at most 32 characters; this one has 33.");
    QTest::newRow("inner space") << QStringLiteral("RES 01")
                                 << QStringLiteral(
                                        "The character U+0020 at position 4 is not allowed in an account "
                                        "number; use letters A to Z, digits and - _ . / only.");
    QTest::newRow("plus") << QStringLiteral("+4930123456")
                          << QStringLiteral("The character “+” at position 1 is not allowed in an account "
                                            "number; use letters A to Z, digits and - _ . / only.");
    QTest::newRow("umlaut") << QStringLiteral("Müller-01")
                            << QStringLiteral("The character “ü” at position 2 is not allowed in an account "
                                              "number; use letters A to Z, digits and - _ . / only.");
    QTest::newRow("backslash") << QStringLiteral("A\\B")
                               << QStringLiteral(
                                      "The character “\\” at position 2 is not allowed in an account number; "
                                      "use letters A to Z, digits and - _ . / only.");
}

void TestAccountNumber::validateRejects()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    const Status status = AccountNumber::validate(code);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Validation);
    QCOMPARE(status.error().field, QStringLiteral("code"));
    QCOMPARE(status.error().message, message);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestAccountNumber)
#include "tst_accountnumber.moc"
