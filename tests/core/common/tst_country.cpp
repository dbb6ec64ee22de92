#include "common/country.h"
#include "testmain.h"

#include <QSet>
#include <QTest>

using namespace cd;

class TestCountry : public QObject
{
    Q_OBJECT
private slots:
    void allCodesInOrder();
    void isValid_data();
    void isValid();
    void name_data();
    void name();
    void fromName_data();
    void fromName();
    void everyNameFindsItsCode();
};

void TestCountry::allCodesInOrder()
{
    const QList<Country::Entry> all = Country::all();
    QCOMPARE(all.size(), 249);
    QSet<QString> names;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].code.size(), 2);
        QVERIFY2(Country::isValid(all[i].code), qPrintable(all[i].code));
        QVERIFY(!all[i].name.isEmpty());
        QCOMPARE(Country::name(all[i].code), all[i].name);
        if (i > 0)
            QVERIFY2(all[i - 1].code < all[i].code, qPrintable(all[i].code));
        names.insert(all[i].name);
    }
    QCOMPARE(names.size(), all.size()); // no two countries share a name
}

void TestCountry::isValid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("DE") << QStringLiteral("DE") << true;
    QTest::newRow("first, AD") << QStringLiteral("AD") << true;
    QTest::newRow("last, ZW") << QStringLiteral("ZW") << true;
    QTest::newRow("AX") << QStringLiteral("AX") << true;
    QTest::newRow("lower case") << QStringLiteral("de") << false;
    QTest::newRow("UK, reserved") << QStringLiteral("UK") << false;
    QTest::newRow("EU, reserved") << QStringLiteral("EU") << false;
    QTest::newRow("XK, user-assigned") << QStringLiteral("XK") << false;
    QTest::newRow("alpha-3") << QStringLiteral("DEU") << false;
    QTest::newRow("one letter") << QStringLiteral("D") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCountry::isValid()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Country::isValid(code), valid);
}

void TestCountry::name_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("Germany");
    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("United Kingdom");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("United States");
    QTest::newRow("KR, common name") << QStringLiteral("KR") << QStringLiteral("South Korea");
    QTest::newRow("VN, common name") << QStringLiteral("VN") << QStringLiteral("Vietnam");
    QTest::newRow("CI, accent") << QStringLiteral("CI") << QStringLiteral("Côte d'Ivoire");
    QTest::newRow("AX, Å") << QStringLiteral("AX") << QStringLiteral("Åland Islands");
    QTest::newRow("CD") << QStringLiteral("CD") << QStringLiteral("Congo, The Democratic Republic of the");
    QTest::newRow("unknown") << QStringLiteral("XK") << QString();
    QTest::newRow("lower case") << QStringLiteral("de") << QString();
}

void TestCountry::name()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(Country::name(code), name);
    QCOMPARE(Country::englishName(code), name);
}

void TestCountry::fromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *text, const char *code) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(code);
    };
    row("Germany", "DE");
    row("germany", "DE");
    row("  GERMANY ", "DE");
    row("de", "DE");
    row("DEU", "DE");
    row("Federal Republic of Germany", "DE");
    row("Deutschland", "DE"); // German names, after every English one
    row("Österreich", "AT");
    row("OESTERREICH", "");
    row("osterreich", "AT");
    row("Großbritannien", "GB");
    row("Grossbritannien", "GB");
    row("Island", "IS");
    row("Iceland", "IS");
    row("Niederland", "");
    row("United States", "US");
    row("United States of America", "US");
    row("USA", "US");
    row("U.S.A.", "US");
    row("US", "US");
    row("America", "US");
    row("UK", "GB");
    row("U.K.", "GB");
    row("United Kingdom", "GB");
    row("Great Britain", "GB");
    row("England", "GB");
    row("GBR", "GB");
    row("The Netherlands", "NL");
    row("Netherlands", "NL");
    row("Holland", "NL");
    row("Côte d'Ivoire", "CI");
    row("Cote d'Ivoire", "CI");
    row("Côte d’Ivoire", "CI");
    row("COTE D IVOIRE", "CI");
    row("Ivory Coast", "CI");
    row("Korea, Republic of", "KR");
    row("Republic of Korea", "KR");
    row("South Korea", "KR");
    row("North Korea", "KP");
    row("Korea", ""); // two countries; better unknown than wrong
    row("Czechia", "CZ");
    row("Czech Republic", "CZ");
    row("Türkiye", "TR");
    row("Turkiye", "TR");
    row("Turkey", "TR");
    row("Russia", "RU");
    row("Russian Federation", "RU");
    row("Virgin Islands, British", "VG");
    row("British Virgin Islands", "VG");
    row("US Virgin Islands", "VI");
    row("U.S. Virgin Islands", "VI");
    row("Falkland Islands", "FK");
    row("Falkland Islands (Malvinas)", "FK");
    row("St. Lucia", "LC");
    row("St Kitts & Nevis", "KN");
    row("Guinea Bissau", "GW");
    row("Bosnia & Herzegovina", "BA");
    row("Holy See", "VA");
    row("Vatican", "VA");
    row("Congo", "CG");
    row("Republic of the Congo", "CG");
    row("DR Congo", "CD");
    row("Democratic Republic of the Congo", "CD");
    row("Reunion", "RE");
    row("Curacao", "CW");
    row("Viet Nam", "VN");
    row("Vietnam", "VN");
    row("Bolivia", "BO");
    row("Plurinational State of Bolivia", "BO");
    row("Taiwan", "TW");
    row("Macedonia", "MK");
    row("North Macedonia", "MK");
    row("Gambia", "GM");
    row("The Gambia", "GM");
    row("EL", "GR");
    row("UAE", "AE");
    row("Kosovo", "");
    row("XK", "");
    row("Atlantis", "");
    row("the", "");
    row("", "");
}

void TestCountry::fromName()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(Country::fromName(text), code);
}

void TestCountry::everyNameFindsItsCode()
{
    // No derived variant or alias may shadow another country's own name.
    for (const Country::Entry &c : Country::all()) {
        QCOMPARE(Country::fromName(c.name), c.code);
        QCOMPARE(Country::fromName(Country::englishName(c.code)), c.code);
        QCOMPARE(Country::fromName(c.code.toLower()), c.code);
        QCOMPARE(Country::fromName(c.name.toUpper()), c.code);
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCountry)
#include "tst_country.moc"
