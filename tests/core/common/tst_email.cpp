#include "common/email.h"
#include "testmain.h"

#include <QTest>

using namespace cd;

class TestEmail : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void errorNamesTheField();
};

void TestEmail::accepts_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("plain") << QStringLiteral("anna.schmidt@example.com");
    QTest::newRow("plus tag") << QStringLiteral("billing+2024@reseller.co.uk");
    QTest::newRow("specials") << QStringLiteral("o'brien!#$%&*/=?^_`{|}~-@example.org");
    QTest::newRow("hyphen and digits in domain") << QStringLiteral("x@mail-01.example-shop.de");
    QTest::newRow("upper case") << QStringLiteral("Sales@Example.COM");
    QTest::newRow("internationalized") << QStringLiteral("jürgen@müller-gmbh.de");
    QTest::newRow("single character local") << QStringLiteral("a@b.io");
    QTest::newRow("64 local") << QString(QString(64, QLatin1Char('a')) + QStringLiteral("@example.com"));
    QTest::newRow("63 label") << QString(
        QStringLiteral("a@") + QString(63, QLatin1Char('b')) + QStringLiteral(".com"));
    // 64 + "@" + 63 + "." + 63 + "." + 57 + ".com": exactly the 254 allowed.
    QTest::newRow("254 total") << QString(QString(64, QLatin1Char('a')) + QLatin1Char('@')
        + QString(63, QLatin1Char('b')) + QLatin1Char('.') + QString(63, QLatin1Char('c')) + QLatin1Char('.')
        + QString(57, QLatin1Char('d')) + QStringLiteral(".com"));
}

void TestEmail::accepts()
{
    QFETCH(QString, address);
    const Status status = Email::validate(address);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
}

void TestEmail::rejects_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("The email address is empty.");
    QTest::newRow("no @") << QStringLiteral("anna.example.com")
                          << QStringLiteral("An email address needs an “@” between the name and the domain.");
    QTest::newRow("two @") << QStringLiteral("anna@home@example.com")
                           << QStringLiteral("An email address has one “@”; this one has 2.");
    QTest::newRow("space inside")
        << QStringLiteral("anna schmidt@example.com")
        << QStringLiteral("An email address cannot contain spaces; there is one at position 5.");
    QTest::newRow("trailing space")
        << QStringLiteral("anna@example.com ")
        << QStringLiteral("An email address cannot contain spaces; there is one at position 17.");
    QTest::newRow("tab") << QStringLiteral("\tanna@example.com")
                         << QStringLiteral(
                                "An email address cannot contain spaces; there is one at position 1.");
    QTest::newRow("nothing before @")
        << QStringLiteral("@example.com") << QStringLiteral("There is nothing before the “@”.");
    QTest::newRow("local 65") << QString(QString(65, QLatin1Char('a')) + QStringLiteral("@example.com"))
                              << QStringLiteral(
                                     "The part before the “@” has at most 64 characters; this one has 65.");
    QTest::newRow("comma") << QStringLiteral("anna,schmidt@example.com")
                           << QStringLiteral(
                                  "The character “,” at position 5 is not allowed in an email address.");
    QTest::newRow("angle brackets")
        << QStringLiteral("<anna@example.com>")
        << QStringLiteral("The character “<” at position 1 is not allowed in an email address.");
    QTest::newRow("quoted local part")
        << QStringLiteral("\"anna\"@example.com")
        << QStringLiteral("The character “\"” at position 1 is not allowed in an email address.");
    QTest::newRow("leading dot")
        << QStringLiteral(".anna@example.com")
        << QStringLiteral(
               "The part before the “@” cannot start or end with a dot or have two dots in a row.");
    QTest::newRow("trailing dot")
        << QStringLiteral("anna.@example.com")
        << QStringLiteral(
               "The part before the “@” cannot start or end with a dot or have two dots in a row.");
    QTest::newRow("two dots")
        << QStringLiteral("anna..schmidt@example.com")
        << QStringLiteral(
               "The part before the “@” cannot start or end with a dot or have two dots in a row.");
    QTest::newRow("no domain") << QStringLiteral("anna@")
                               << QStringLiteral("There is no domain after the “@”.");
    QTest::newRow("underscore in domain")
        << QStringLiteral("anna@exa_mple.com")
        << QStringLiteral("The character “_” at position 9 is not allowed in an email address.");
    QTest::newRow("domain without dot")
        << QStringLiteral("anna@localhost")
        << QStringLiteral("The domain “localhost” has no dot; a full domain looks like example.com.");
    QTest::newRow("domain trailing dot")
        << QStringLiteral("anna@example.com.")
        << QStringLiteral("The domain “example.com.” has an empty part: it starts or ends with a dot or has "
                          "two dots in a row.");
    QTest::newRow("domain two dots") << QStringLiteral("anna@example..com")
                                     << QStringLiteral("The domain “example..com” has an empty part: it "
                                                       "starts or ends with a dot or has two dots in a row.");
    QTest::newRow("domain leading dot")
        << QStringLiteral("anna@.example.com")
        << QStringLiteral("The domain “.example.com” has an empty part: it starts or ends with a dot or has "
                          "two dots in a row.");
    QTest::newRow("label leading hyphen")
        << QStringLiteral("anna@-example.com")
        << QStringLiteral("The part “-example” of the domain cannot start or end with a hyphen.");
    QTest::newRow("label trailing hyphen")
        << QStringLiteral("anna@mail.example-.com")
        << QStringLiteral("The part “example-” of the domain cannot start or end with a hyphen.");
    QTest::newRow("label 64") << QString(
        QStringLiteral("a@") + QString(64, QLatin1Char('b')) + QStringLiteral(".com"))
                              << QString(QStringLiteral("The part “") + QString(64, QLatin1Char('b'))
                                     + QStringLiteral("” of the domain has more than 63 characters."));
    QTest::newRow("IP address")
        << QStringLiteral("anna@192.168.0.1")
        << QStringLiteral(
               "The domain “192.168.0.1” ends in a number; it should end in a name such as com or de.");
    QTest::newRow("one-letter TLD") << QStringLiteral("anna@gmail.c")
                                    << QStringLiteral("The domain “gmail.c” ends in “c”, which is too short "
                                                      "to be a top-level domain such as com or de.");
    QTest::newRow("255 total") << QString(QString(64, QLatin1Char('a')) + QLatin1Char('@')
        + QString(63, QLatin1Char('b')) + QLatin1Char('.') + QString(63, QLatin1Char('c')) + QLatin1Char('.')
        + QString(58, QLatin1Char('d')) + QStringLiteral(".com"))
                               << QStringLiteral(
                                      "An email address has at most 254 characters; this one has 255.");
}

void TestEmail::rejects()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    const Status status = Email::validate(address);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Validation);
    QCOMPARE(status.error().field, QStringLiteral("email"));
    QCOMPARE(status.error().message, message);
}

void TestEmail::errorNamesTheField()
{
    const Status status = Email::validate(QStringLiteral("x"), QStringLiteral("billingEmail"));
    QCOMPARE(status.error().field, QStringLiteral("billingEmail"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
