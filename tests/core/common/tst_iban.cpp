#include "common/iban.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QTest>

using namespace cd;

class TestIban : public QObject
{
    Q_OBJECT
private slots:
    void registryExamplesAreValid_data();
    void registryExamplesAreValid();
    void tableMatchesRegistry();
    void normalized_data();
    void normalized();
    void formatted_data();
    void formatted();
    void printFormIsAccepted_data();
    void printFormIsAccepted();
    void rejects_data();
    void rejects();
    void errorNamesTheField();
    void bbanStructure_data();
    void bbanStructure();
    void everySingleDigitChangeIsCaught();
    void everyAdjacentDigitSwapIsCaught();
    void mod97_data();
    void mod97();
    void checkDigits_data();
    void checkDigits();
    void lengthFor_data();
    void lengthFor();
};

namespace {

const QString german = QStringLiteral("DE89370400440532013000");

// One example per registry country from the SWIFT IBAN Registry (BR with its older numeric bank code).
const char *const registryExamples[] = {"AD1200012030200359100100", "AE070331234567890123456",
    "AL47212110090000000235698741", "AT611904300234573201", "AZ21NABZ00000000137010001944",
    "BA391290079401028494", "BE68539007547034", "BG80BNBG96611020345678", "BH67BMAG00001299123456",
    "BI4210000100010000332045181", "BR1800360305000010009795493C1", "BY13NBRB3600900000002Z00AB00",
    "CH9300762011623852957", "CR05015202001026284066", "CY17002001280000001200527600",
    "CZ6508000000192000145399", "DE89370400440532013000", "DJ2100010000000154000100186", "DK5000400440116243",
    "DO28BAGR00000001212453611324", "EE382200221020145685", "EG380019000500000000263180002",
    "ES9121000418450200051332", "FI2112345600000785", "FK88SC123456789012", "FO6264600001631634",
    "FR1420041010050500013M02606", "GB29NWBK60161331926819", "GE29NB0000000101904917",
    "GI75NWBK000000007099453", "GL8964710001000206", "GR1601101250000000012300695",
    "GT82TRAJ01020000001210029690", "HN88CABF00000000000250005469", "HR1210010051863000160",
    "HU42117730161111101800000000", "IE29AIBK93115212345678", "IL620108000000099999999",
    "IQ98NBIQ850123456789012", "IS140159260076545510730339", "IT60X0542811101000000123456",
    "JO94CBJO0010000000000131000302", "KW81CBKU0000000000001234560101", "KZ86125KZT5004100100",
    "LB62099900000001001901229114", "LC55HEMM000100010012001200023015", "LI21088100002324013AA",
    "LT121000011101001000", "LU280019400644750000", "LV80BANK0000435195001", "LY83002048000020100120361",
    "MC5811222000010123456789030", "MD24AG000225100013104168", "ME25505000012345678951",
    "MK07250120000058984", "MN121234123456789123", "MR1300020001010000123456753",
    "MT84MALT011000012345MTLCAST001S", "MU17BOMM0101101030300200000MUR", "NI45BAPR00000013000003558124",
    "NL91ABNA0417164300", "NO9386011117947", "OM810180000001299123456", "PK36SCBL0000001123456702",
    "PL61109010140000071219812874", "PS92PALS000000000400123456702", "PT50000201231234567890154",
    "QA58DOHB00001234567890ABCDEFG", "RO49AAAA1B31007593840000", "RS35260005601001611379",
    "RU0304452522540817810538091310419", "SA0380000000608010167519", "SC18SSCB11010000000000001497USD",
    "SD2129010501234001", "SE4550000000058398257466", "SI56263300012039086", "SK3112000000198742637541",
    "SM86U0322509800000000270100", "SO211000001001000100141", "ST23000100010051845310146",
    "SV62CENR00000000000000700025", "TL380080012345678910157", "TN5910006035183598478831",
    "TR330006100519786457841326", "UA213223130000026007233566001", "VA59001123000012345678",
    "VG96VPVG0000012345678901", "XK051212012345678906", "YE15CBYE0001018861234567891234"};

} // namespace

void TestIban::registryExamplesAreValid_data()
{
    QTest::addColumn<QString>("iban");
    for (const char *example : registryExamples)
        QTest::newRow(example) << QString::fromLatin1(example);
    // Widely published examples beyond the registry's own.
    QTest::newRow("GB WEST") << QStringLiteral("GB82WEST12345698765432");
    QTest::newRow("BR alphanumeric bank") << QStringLiteral("BR6699999A03000010009795493C1");
}

void TestIban::registryExamplesAreValid()
{
    QFETCH(QString, iban);
    const Status status = Iban::validate(iban);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(Iban::mod97(iban), 1);
}

void TestIban::tableMatchesRegistry()
{
    // The table and the examples list the same countries, in order, with the same lengths.
    QStringList exampleCountries;
    for (const char *example : registryExamples) {
        const QString iban = QString::fromLatin1(example);
        exampleCountries.append(iban.left(2));
        QCOMPARE(Iban::lengthFor(iban.left(2)), int(iban.size()));
    }
    QCOMPARE(Iban::countries(), exampleCountries);
    QCOMPARE(Iban::countries().size(), 89);
    // Each BBAN structure adds up to the IBAN's length less country and check digits.
    static const QRegularExpression run(QStringLiteral("(\\d+)([nac])"));
    for (const QString &country : Iban::countries()) {
        const QString structure = Iban::bbanStructure(country);
        int length = 0;
        qsizetype matched = 0;
        for (const auto &m : run.globalMatch(structure)) {
            length += m.captured(1).toInt();
            matched += m.capturedLength();
        }
        QVERIFY2(matched == structure.size(), qPrintable(country + QLatin1Char(' ') + structure));
        QCOMPARE(length + 4, Iban::lengthFor(country));
    }
}

void TestIban::normalized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already") << german << german;
    QTest::newRow("print form") << QStringLiteral("DE89 3704 0044 0532 0130 00") << german;
    QTest::newRow("lower case, odd spaces") << QStringLiteral("  de89 37040044  0532013000 ") << german;
    QTest::newRow("tab and no-break space") << QStringLiteral("DE89\t3704\u00a00044 0532 0130 00") << german;
    QTest::newRow("letters inside") << QStringLiteral("fr14 2004 1010 0505 0001 3m02 606")
                                    << QStringLiteral("FR1420041010050500013M02606");
    // Not "SS": only ASCII letters change case, so "ß" stays and is reported as not allowed.
    QTest::newRow("sharp s stays") << QStringLiteral("de89ß") << QStringLiteral("DE89ß");
    QTest::newRow("empty") << QString() << QString();
}

void TestIban::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Iban::normalized(input), expected);
}

void TestIban::formatted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DE") << german << QStringLiteral("DE89 3704 0044 0532 0130 00");
    QTest::newRow("NO, 15") << QStringLiteral("NO9386011117947") << QStringLiteral("NO93 8601 1117 947");
    QTest::newRow("BE, 16, exact groups")
        << QStringLiteral("be68539007547034") << QStringLiteral("BE68 5390 0754 7034");
    QTest::newRow("already formatted")
        << QStringLiteral("GB82 WEST 1234 5698 7654 32") << QStringLiteral("GB82 WEST 1234 5698 7654 32");
    QTest::newRow("short") << QStringLiteral("DE8") << QStringLiteral("DE8");
    QTest::newRow("empty") << QString() << QString();
}

void TestIban::formatted()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Iban::formatted(input), expected);
}

void TestIban::printFormIsAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("DE print") << QStringLiteral("DE89 3704 0044 0532 0130 00");
    QTest::newRow("DE lower") << QStringLiteral("de89370400440532013000");
    QTest::newRow("GB lower print") << QStringLiteral("gb82 west 1234 5698 7654 32");
    QTest::newRow("FR mixed") << QStringLiteral(" Fr14 2004 1010 0505 0001 3m02 606 ");
    QTest::newRow("NL") << QStringLiteral("NL91 ABNA 0417 1643 00");
    QTest::newRow("CH") << QStringLiteral("CH93 0076 2011 6238 5295 7");
}

void TestIban::printFormIsAccepted()
{
    QFETCH(QString, input);
    const Status status = Iban::validate(input);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QVERIFY(Iban::validate(Iban::normalized(input)).ok());
    QVERIFY(Iban::validate(Iban::formatted(input)).ok());
}

void TestIban::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("last digit changed")
        << QStringLiteral("DE89370400440532013001")
        << QStringLiteral("IBAN check digits do not match (mod-97 remainder is 28, expected 1); a character "
                          "is probably mistyped or swapped.");
    QTest::newRow("digits swapped") << QStringLiteral("DE89370400440532031000")
                                    << QStringLiteral(
                                           "IBAN check digits do not match (mod-97 remainder is 31, expected "
                                           "1); a character is probably mistyped or swapped.");
    QTest::newRow("letter changed") << QStringLiteral("FR1420041010050500013M02607")
                                    << QStringLiteral(
                                           "IBAN check digits do not match (mod-97 remainder is 28, expected "
                                           "1); a character is probably mistyped or swapped.");
    QTest::newRow("one short") << QStringLiteral("DE8937040044053201300")
                               << QStringLiteral(
                                      "An IBAN from Germany (DE) has 22 characters; this one has 21.");
    QTest::newRow("one long, print form")
        << QStringLiteral("GB82 WEST 1234 5698 7654 321")
        << QStringLiteral("An IBAN from United Kingdom (GB) has 22 characters; this one has 23.");
    QTest::newRow("Kosovo has no ISO name")
        << QStringLiteral("XK0512120123456789")
        << QStringLiteral("An IBAN from Kosovo (XK) has 20 characters; this one has 18.");
    QTest::newRow("country only") << QStringLiteral(
        "DE") << QStringLiteral("An IBAN from Germany (DE) has 22 characters; this one has 2.");
    QTest::newRow("hyphen") << QStringLiteral("DE89-3704-0044-0532-0130-00")
                            << QStringLiteral("The character “-” at position 5 is not allowed; an IBAN has "
                                              "only the letters A to Z and the digits 0 to 9.");
    QTest::newRow("position counts spaces")
        << QStringLiteral("DE89 3704 0044 0532 0130 0.")
        << QStringLiteral("The character “.” at position 27 is not allowed; an IBAN has only the letters A "
                          "to Z and the digits 0 to 9.");
    QTest::newRow("umlaut") << QStringLiteral("DÜ89370400440532013000")
                            << QStringLiteral("The character “Ü” at position 2 is not allowed; an IBAN has "
                                              "only the letters A to Z and the digits 0 to 9.");
    QTest::newRow("sharp s is not SS")
        << QStringLiteral("DE89ß")
        << QStringLiteral("The character “ß” at position 5 is not allowed; an IBAN has only the letters A to "
                          "Z and the digits 0 to 9.");
    QTest::newRow("emoji counts once")
        << QStringLiteral("D\U0001F600E89370400440532013000")
        << QStringLiteral("The character “\U0001F600” at position 2 is not allowed; an IBAN has only the "
                          "letters A to Z and the digits 0 to 9.");
    QTest::newRow("control character")
        << QStringLiteral("DE89\u0001370400440532013000")
        << QStringLiteral("The character U+0001 at position 5 is not allowed; an IBAN has only the letters A "
                          "to Z and the digits 0 to 9.");
    QTest::newRow("unknown country") << QStringLiteral("XX89370400440532013000")
                                     << QStringLiteral("“XX” is not a country code, so this is not an IBAN.");
    QTest::newRow("country without IBAN")
        << QStringLiteral("US89370400440532013000")
        << QStringLiteral("United States (US) does not use IBANs; it is not in the IBAN registry.");
    QTest::newRow("territory uses FR")
        << QStringLiteral("GP1420041010050500013M02606")
        << QStringLiteral("Guadeloupe (GP) does not use IBANs; it is not in the IBAN registry.");
    QTest::newRow("digits first") << QStringLiteral("8937040044053201300DE")
                                  << QStringLiteral(
                                         "An IBAN starts with a two-letter country code; “89” is not one.");
    QTest::newRow("single letter") << QStringLiteral(
        "D") << QStringLiteral("An IBAN starts with a two-letter country code; “D” is not one.");
    QTest::newRow("letters as check digits")
        << QStringLiteral("DEAB370400440532013000")
        << QStringLiteral("Characters 3 and 4 of an IBAN are check digits; “AB” is not a number.");
    // These pass the remainder test (99 ≡ 2, 00 ≡ 97, 01 ≡ 98 mod 97) but are never issued.
    QTest::newRow("99 for 02") << QStringLiteral("DE99370400440532013014")
                               << QStringLiteral(
                                      "IBAN check digits are between 02 and 98; “99” is never used.");
    QTest::newRow("00 for 97") << QStringLiteral("DE00370400440532013050")
                               << QStringLiteral(
                                      "IBAN check digits are between 02 and 98; “00” is never used.");
    QTest::newRow("01 for 98") << QStringLiteral("DE01370400440532013032")
                               << QStringLiteral(
                                      "IBAN check digits are between 02 and 98; “01” is never used.");
    QTest::newRow("empty") << QString() << QStringLiteral("The IBAN is empty.");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("The IBAN is empty.");
}

void TestIban::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const Status status = Iban::validate(input);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Validation);
    QCOMPARE(status.error().field, QStringLiteral("iban"));
    QCOMPARE(status.error().message, message);
}

void TestIban::errorNamesTheField()
{
    const Status status = Iban::validate(QStringLiteral("DE00"), QStringLiteral("payoutIban"));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, QStringLiteral("payoutIban"));
    QVERIFY(status.error().toString().startsWith(QLatin1String("payoutIban: ")));
}

// IBANs whose check digits are right (computed here) but whose national part has a letter where
// the country's BBAN wants a digit, or the other way round.
void TestIban::bbanStructure_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("bban");
    QTest::addColumn<QString>("message");
    QTest::newRow("BG: letter in the branch code")
        << QStringLiteral("BG") << QStringLiteral("BNBG96A11020345678")
        << QStringLiteral(
               "In an IBAN from Bulgaria (BG) the character at position 11 (counted without spaces) "
               "is a digit; “A” is not.");
    QTest::newRow("GI: digit in the bank code")
        << QStringLiteral("GI") << QStringLiteral("1WBK000000007099453")
        << QStringLiteral(
               "In an IBAN from Gibraltar (GI) the character at position 5 (counted without spaces) "
               "is a letter; “1” is not.");
    QTest::newRow("NL: letter O for zero in the account")
        << QStringLiteral("NL") << QStringLiteral("ABNA041716430O")
        << QStringLiteral("In an IBAN from Netherlands (NL) the character at position 18 (counted without "
                          "spaces) is a digit; “O” is not.");
    QTest::newRow("DE: letter in the account")
        << QStringLiteral("DE") << QStringLiteral("370400440532O13000")
        << QStringLiteral(
               "In an IBAN from Germany (DE) the character at position 17 (counted without spaces) "
               "is a digit; “O” is not.");
    QTest::newRow("IT: digit for the CIN letter")
        << QStringLiteral("IT") << QStringLiteral("10542811101000000123456")
        << QStringLiteral(
               "In an IBAN from Italy (IT) the character at position 5 (counted without spaces) is "
               "a letter; “1” is not.");
}

void TestIban::bbanStructure()
{
    QFETCH(QString, country);
    QFETCH(QString, bban);
    QFETCH(QString, message);
    const QString iban = country + Iban::checkDigits(country, bban) + bban;
    QCOMPARE(Iban::mod97(iban), 1); // the checksum alone would let it through
    const Status s = Iban::validate(iban);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, message);
    // The print form reports the same position: it is counted without the spaces.
    const Status printed = Iban::validate(Iban::formatted(iban));
    QVERIFY(!printed.ok());
    QCOMPARE(printed.error().message, message);
}

void TestIban::everySingleDigitChangeIsCaught()
{
    // ISO 7064 mod 97-10 catches every single substituted character; check it for every digit.
    for (qsizetype i = 2; i < german.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (german[i] == QLatin1Char(d))
                continue;
            QString changed = german;
            changed[i] = QLatin1Char(d);
            QVERIFY2(!Iban::validate(changed).ok(), qPrintable(changed));
        }
    }
}

void TestIban::everyAdjacentDigitSwapIsCaught()
{
    for (qsizetype i = 2; i + 1 < german.size(); ++i) {
        if (german[i] == german[i + 1])
            continue;
        QString swapped = german;
        std::swap(swapped[i], swapped[i + 1]);
        QVERIFY2(!Iban::validate(swapped).ok(), qPrintable(swapped));
    }
}

void TestIban::mod97_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<int>("remainder");
    QTest::newRow("valid") << german << 1;
    QTest::newRow("valid with letters") << QStringLiteral("GB82WEST12345698765432") << 1;
    QTest::newRow("longest, 33") << QStringLiteral("RU0304452522540817810538091310419") << 1;
    QTest::newRow("wrong") << QStringLiteral("SE8550000000054910000003") << 51;
    QTest::newRow("lower case is not normalized") << QStringLiteral("gb82WEST12345698765432") << -1;
    QTest::newRow("space") << QStringLiteral("DE89 370400440532013000") << -1;
    QTest::newRow("too short") << QStringLiteral("DE89") << -1;
}

void TestIban::mod97()
{
    QFETCH(QString, iban);
    QFETCH(int, remainder);
    QCOMPARE(Iban::mod97(iban), remainder);
}

void TestIban::checkDigits_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("bban");
    QTest::addColumn<QString>("digits");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("370400440532013000")
                        << QStringLiteral("89");
    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("WEST12345698765432")
                        << QStringLiteral("82");
    QTest::newRow("RS") << QStringLiteral("RS") << QStringLiteral("260005601001611379")
                        << QStringLiteral("35");
    QTest::newRow("XK, single digit")
        << QStringLiteral("XK") << QStringLiteral("1212012345678906") << QStringLiteral("05");
    QTest::newRow("02") << QStringLiteral("DE") << QStringLiteral("370400440532013014")
                        << QStringLiteral("02");
    QTest::newRow("98") << QStringLiteral("DE") << QStringLiteral("370400440532013032")
                        << QStringLiteral("98");
    QTest::newRow("lower-case country")
        << QStringLiteral("de") << QStringLiteral("370400440532013000") << QString();
    QTest::newRow("bad bban") << QStringLiteral("DE") << QStringLiteral("3704-0044") << QString();
    QTest::newRow("empty bban") << QStringLiteral("DE") << QString() << QString();
}

void TestIban::checkDigits()
{
    QFETCH(QString, country);
    QFETCH(QString, bban);
    QFETCH(QString, digits);
    QCOMPARE(Iban::checkDigits(country, bban), digits);
    if (!digits.isEmpty())
        QCOMPARE(Iban::mod97(country + digits + bban), 1);
}

void TestIban::lengthFor_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("length");
    QTest::newRow("DE") << QStringLiteral("DE") << 22;
    QTest::newRow("NO, shortest") << QStringLiteral("NO") << 15;
    QTest::newRow("RU, longest") << QStringLiteral("RU") << 33;
    QTest::newRow("LC") << QStringLiteral("LC") << 32;
    QTest::newRow("YE, 2024") << QStringLiteral("YE") << 30;
    QTest::newRow("HN, 2024") << QStringLiteral("HN") << 28;
    QTest::newRow("US, none") << QStringLiteral("US") << 0;
    QTest::newRow("lower case") << QStringLiteral("de") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestIban::lengthFor()
{
    QFETCH(QString, country);
    QFETCH(int, length);
    QCOMPARE(Iban::lengthFor(country), length);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestIban)
#include "tst_iban.moc"
