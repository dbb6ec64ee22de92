#include "common/decimal.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace cd;
using cd::test::kMax;
using cd::test::kMin;

Q_DECLARE_METATYPE(cd::RoundingMode)

class TestDecimal : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toString_data();
    void toString();
    void applyTo_data();
    void applyTo();
    void applyToRefuses_data();
    void applyToRefuses();
    void applyToAgreesWithWideArithmetic();
    void ordering();
};

namespace {

#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 Int128; // GCC and Clang only; __extension__ keeps -Wpedantic quiet
#endif

} // namespace

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("fraction") << QStringLiteral("0.125") << qint64(125000);
    QTest::newRow("percent") << QStringLiteral("12.5%") << qint64(125000);
    QTest::newRow("percent with space") << QStringLiteral(" 12.5 % ") << qint64(125000);
    QTest::newRow("whole percent") << QStringLiteral("19%") << qint64(190000);
    QTest::newRow("hundred percent") << QStringLiteral("100%") << qint64(1000000);
    QTest::newRow("one") << QStringLiteral("1") << qint64(1000000);
    QTest::newRow("negative") << QStringLiteral("-0.5") << qint64(-500000);
    QTest::newRow("negative percent") << QStringLiteral("-2.5%") << qint64(-25000);
    QTest::newRow("plus") << QStringLiteral("+3.5%") << qint64(35000);
    QTest::newRow("smallest fraction") << QStringLiteral("0.000001") << qint64(1);
    QTest::newRow("smallest percent") << QStringLiteral("0.0001%") << qint64(1);
    QTest::newRow("extra zeros") << QStringLiteral("0.12500000") << qint64(125000);
    QTest::newRow("extra zeros in percent") << QStringLiteral("12.500000%") << qint64(125000);
    QTest::newRow("more than 100%") << QStringLiteral("250%") << qint64(2500000);
    QTest::newRow("largest") << QStringLiteral("9223372036854.775807") << kMax;
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    const Result<Rate> rate = Decimal::parse(text);
    QVERIFY2(rate.ok(), qPrintable(rate.error().toString()));
    QCOMPARE(rate->micros(), micros);
}

void TestDecimal::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("seventh decimal") << QStringLiteral(
        "0.0000001") << QStringLiteral("A rate has at most 6 decimal places; “0.0000001” has 7.");
    QTest::newRow("fifth percent decimal") << QStringLiteral(
        "12.34567%") << QStringLiteral("A percentage has at most 4 decimal places; “12.34567%” has 5.");
    QTest::newRow("comma")
        << QStringLiteral("12,5%")
        << QStringLiteral("Write rates with a dot before the decimals; “12,5%” has a comma at position 3.");
    QTest::newRow("double percent")
        << QStringLiteral("12%%")
        << QStringLiteral(
               "The character “%” at position 3 is not allowed in a rate; write it as 12.5% or 0.125.");
    QTest::newRow("percent first")
        << QStringLiteral("%12")
        << QStringLiteral(
               "The character “%” at position 1 is not allowed in a rate; write it as 12.5% or 0.125.");
    QTest::newRow("word")
        << QStringLiteral("half")
        << QStringLiteral(
               "The character “h” at position 1 is not allowed in a rate; write it as 12.5% or 0.125.");
    QTest::newRow("percent alone") << QStringLiteral("%")
                                   << QStringLiteral("The percentage has no number before the “%”.");
    QTest::newRow("empty") << QString() << QStringLiteral("The rate is empty.");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("The rate “.” has no digits.");
    QTest::newRow("too large")
        << QStringLiteral("9223372036854.775808")
        << QStringLiteral(
               "The rate “9223372036854.775808” is too large; the largest is 9223372036854.775807.");
}

void TestDecimal::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<Rate> rate = Decimal::parse(text, QStringLiteral("commission"));
    QVERIFY(!rate.ok());
    QCOMPARE(rate.error().code, Error::Code::Validation);
    QCOMPARE(rate.error().field, QStringLiteral("commission"));
    QCOMPARE(rate.error().message, message);
}

void TestDecimal::toString_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("percent");
    QTest::newRow("12.5%") << qint64(125000) << QStringLiteral("0.125") << QStringLiteral("12.5%");
    QTest::newRow("one") << qint64(1000000) << QStringLiteral("1") << QStringLiteral("100%");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0") << QStringLiteral("0%");
    QTest::newRow("negative") << qint64(-500000) << QStringLiteral("-0.5") << QStringLiteral("-50%");
    QTest::newRow("smallest") << qint64(1) << QStringLiteral("0.000001") << QStringLiteral("0.0001%");
    QTest::newRow("19%") << qint64(190000) << QStringLiteral("0.19") << QStringLiteral("19%");
    QTest::newRow("ten") << qint64(10000000) << QStringLiteral("10") << QStringLiteral("1000%");
}

void TestDecimal::toString()
{
    QFETCH(qint64, micros);
    QFETCH(QString, plain);
    QFETCH(QString, percent);
    const Decimal d = Decimal::fromMicros(micros);
    QCOMPARE(d.toString(), plain);
    QCOMPARE(d.toPercentString(), percent);
    QCOMPARE(Decimal::parse(plain).value(), d);
    QCOMPARE(Decimal::parse(percent).value(), d);
}

void TestDecimal::applyTo_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");
    const QString eur = QStringLiteral("EUR");
    const auto both = [&](const char *name, qint64 amount, const QString &currency, qint64 rate, qint64 even,
                          qint64 up) {
        QTest::addRow("%s, half-even", name) << amount << currency << rate << RoundingMode::HalfEven << even;
        QTest::addRow("%s, half-up", name) << amount << currency << rate << RoundingMode::HalfUp << up;
    };
    both("exact: 10.00 × 12.5%", 1000, eur, 125000, 125, 125);
    both("tie down to even: 1.00 × 12.5% = 12.5 ct", 100, eur, 125000, 12, 13);
    both("tie up to even: 3.00 × 12.5% = 37.5 ct", 300, eur, 125000, 38, 38);
    both("negative tie: -1.00 × 12.5%", -100, eur, 125000, -12, -13);
    both("negative rate tie: 1.00 × -12.5%", 100, eur, -125000, -12, -13);
    both("negative tie to even: -3.00 × 12.5%", -300, eur, 125000, -38, -38);
    both("both negative: -1.00 × -12.5%", -100, eur, -125000, 12, 13);
    both("above half: 1.01 × 12.5% = 12.625 ct", 101, eur, 125000, 13, 13);
    both("below half: 0.99 × 12.5% = 12.375 ct", 99, eur, 125000, 12, 12);
    both("VAT: 19.99 × 19% = 379.81 ct", 1999, eur, 190000, 380, 380);
    both("JPY: 1999 × 19%", 1999, QStringLiteral("JPY"), 190000, 380, 380);
    both("KWD tie: 1.005 × 50%", 1005, QStringLiteral("KWD"), 500000, 502, 503);
    both("one cent × 0.5", 1, eur, 500000, 0, 1);
    both("three cents × 0.5", 3, eur, 500000, 2, 2);
    both("smallest rate", 1, eur, 1, 0, 0);
    both("zero rate", 123456, eur, 0, 0, 0);
    both("zero amount", 0, eur, 125000, 0, 0);
    both("largest × 1", kMax, eur, 1000000, kMax, kMax);
    both("smallest × 1", kMin, eur, 1000000, kMin, kMin);
    both("largest × 0.5: tie at ...903.5", kMax, eur, 500000, 4611686018427387904, 4611686018427387904);
    both("odd tie below: (kMax - 2) × 0.5 = ...902.5", kMax - 2, eur, 500000, 4611686018427387902,
        4611686018427387903);
    both("smallest × -0.5", kMin, eur, -500000, 4611686018427387904, 4611686018427387904);
    // -(kMax + 0.5) rounds away from zero onto kMin, which still fits.
    both("negative tie lands on smallest", -6148914691236517205, eur, 1500000, kMin, kMin);
    both("large amount × large rate", 1'000'000'000'000, eur, 9'000'000'000'000, 9'000'000'000'000'000'000,
        9'000'000'000'000'000'000);
}

void TestDecimal::applyTo()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, rate);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);
    const Result<Money> result = Decimal::fromMicros(rate).applyTo(Money(amount, currency), mode);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value(), Money(expected, currency));
}

void TestDecimal::applyToRefuses_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<QString>("message");
    const QString tooLarge = QStringLiteral("The result is too large for an amount in EUR.");
    QTest::newRow("largest × 2") << kMax << QStringLiteral("EUR") << qint64(2000000) << tooLarge;
    QTest::newRow("smallest × -1") << kMin << QStringLiteral("EUR") << qint64(-1000000) << tooLarge;
    QTest::newRow("largest × largest") << kMax << QStringLiteral("EUR") << kMax << tooLarge;
    QTest::newRow("smallest × smallest") << kMin << QStringLiteral("EUR") << kMin << tooLarge;
    // 6148914691236517205 × 1.5 = kMax + 0.5: the truncated value fits, the rounded one does not.
    QTest::newRow("rounding crosses the edge")
        << qint64(6148914691236517205) << QStringLiteral("EUR") << qint64(1500000) << tooLarge;
    QTest::newRow("no currency")
        << qint64(100) << QString() << qint64(1000000)
        << QStringLiteral("An amount without a valid currency cannot be used in a calculation.");
}

void TestDecimal::applyToRefuses()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, rate);
    QFETCH(QString, message);
    for (RoundingMode mode : {RoundingMode::HalfEven, RoundingMode::HalfUp}) {
        const Result<Money> result = Decimal::fromMicros(rate).applyTo(Money(amount, currency), mode);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
    }
}

void TestDecimal::applyToAgreesWithWideArithmetic()
{
#ifdef __SIZEOF_INT128__
    // The implementation builds its 128-bit product from 32-bit halves; the compiler's own 128-bit
    // type is the reference here.
    QRandomGenerator random(1234);
    const auto draw = [&random]() -> qint64 {
        // Mix small, medium and full-width values so every limb of the product is exercised.
        switch (random.bounded(3)) {
        case 0:
            return qint64(random.bounded(2000001)) - 1000000;
        case 1:
            return qint64(random.generate64() >> 24) * (random.bounded(2) ? 1 : -1);
        default:
            return qint64(random.generate64());
        }
    };
    for (int i = 0; i < 20000; ++i) {
        const qint64 amount = draw();
        const qint64 micros = draw();
        for (RoundingMode mode : {RoundingMode::HalfEven, RoundingMode::HalfUp}) {
            const Int128 product = Int128(amount) * micros;
            Int128 q = product / Decimal::unit; // truncates toward zero
            const Int128 r = product % Decimal::unit;
            const Int128 twice = (r < 0 ? -r : r) * 2;
            const bool away = twice > Decimal::unit
                || (twice == Decimal::unit && (mode == RoundingMode::HalfUp || (q % 2) != 0));
            if (away)
                q += product < 0 ? -1 : 1;
            const bool fits = q >= kMin && q <= kMax;
            const Result<Money> result
                = Decimal::fromMicros(micros).applyTo(Money(amount, QStringLiteral("EUR")), mode);
            QCOMPARE(result.ok(), fits);
            if (fits)
                QCOMPARE(result->minorUnits(), qint64(q));
        }
    }
#else
    QSKIP("No 128-bit integer type to compare with");
#endif
}

void TestDecimal::ordering()
{
    QVERIFY(
        Decimal::parse(QStringLiteral("12.5%")).value() == Decimal::parse(QStringLiteral("0.125")).value());
    QVERIFY(Decimal::fromMicros(1) > Decimal());
    QVERIFY(Decimal::fromMicros(-1) < Decimal());
}

CHANNELDESK_TEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
