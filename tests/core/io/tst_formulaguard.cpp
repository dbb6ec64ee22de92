#include "io/formulaguard.h"
#include "testmain.h"

#include <QTest>

using namespace cd;

class TestFormulaGuard : public QObject
{
    Q_OBJECT
private slots:
    void guarded_data();
    void guarded();
    void roundTripIsExact_data();
    void roundTripIsExact();
    void unguardLeavesForeignApostrophes_data();
    void unguardLeavesForeignApostrophes();
};

void TestFormulaGuard::guarded_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain text") << QStringLiteral("Acme GmbH") << QStringLiteral("Acme GmbH");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\",\"click\")")
                            << QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")");
    QTest::newRow("plus formula") << QStringLiteral("+SUM(A1)") << QStringLiteral("'+SUM(A1)");
    QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                   << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("phone number") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
    QTest::newRow("negative number") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
    QTest::newRow("signed integer") << QStringLiteral("+3") << QStringLiteral("+3");
    QTest::newRow("decimal comma") << QStringLiteral("-0,5") << QStringLiteral("-0,5");
    QTest::newRow("sign alone") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("trailing separator") << QStringLiteral("-1.") << QStringLiteral("'-1.");
    QTest::newRow("two separators") << QStringLiteral("-1.000,5") << QStringLiteral("'-1.000,5");
    QTest::newRow("formula later in text") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("already guarded") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("apostrophe before a number") << QStringLiteral("'-5") << QStringLiteral("''-5");
    QTest::newRow("apostrophe text") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
}

void TestFormulaGuard::guarded()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(formulaguard::guarded(cell), expected);
}

void TestFormulaGuard::roundTripIsExact_data()
{
    QTest::addColumn<QString>("cell");
    for (const char *cell : {"", "x", "=1", "'=1", "''=1", "'", "''", "-5", "'-5", "''-5", "+49 1", "'+49 1",
             "@", "'@", "\t", "'\t", "\r", "-", "'-", "'x", "''x"})
        QTest::newRow(cell) << QString::fromLatin1(cell);
}

void TestFormulaGuard::roundTripIsExact()
{
    QFETCH(QString, cell);
    QCOMPARE(formulaguard::unguarded(formulaguard::guarded(cell)), cell);
}

void TestFormulaGuard::unguardLeavesForeignApostrophes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("apostrophe text") << QStringLiteral("'quoted'");
    QTest::newRow("apostrophe before a number") << QStringLiteral("'-5");
    QTest::newRow("o'clock") << QStringLiteral("o'clock");
}

void TestFormulaGuard::unguardLeavesForeignApostrophes()
{
    QFETCH(QString, cell);
    QCOMPARE(formulaguard::unguarded(cell), cell);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
