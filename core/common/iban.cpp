#include "iban.h"

#include "characters_p.h"
#include "country.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace cd {

namespace {

struct RegistryEntry
{
    char code[3];
    int length;
    // The national part (BBAN) as the registry writes it, without its "!" (fixed length): runs of
    // n (digits), a (upper-case letters) or c (letters or digits), e.g. "4a10n" for NL.
    const char *bban;
};

// SWIFT IBAN Registry (ISO 13616), release of 2024 with Honduras and Yemen. Territories that use
// another country's IBAN (Åland → FI; Guernsey, Jersey, Isle of Man → GB; French overseas
// territories → FR) are not listed: their IBANs start with that country's code. XK (Kosovo) is in the
// registry although ISO 3166-1 has not assigned it.
constexpr RegistryEntry registry[] = {{"AD", 24, "4n4n12c"}, {"AE", 23, "3n16n"}, {"AL", 28, "8n16c"},
    {"AT", 20, "5n11n"}, {"AZ", 28, "4a20c"}, {"BA", 20, "3n3n8n2n"}, {"BE", 16, "3n7n2n"},
    {"BG", 22, "4a4n2n8c"}, {"BH", 22, "4a14c"}, {"BI", 27, "5n5n11n2n"}, {"BR", 29, "8c5n10n1a1c"},
    {"BY", 28, "4c4n16c"}, {"CH", 21, "5n12c"}, {"CR", 22, "4n14n"}, {"CY", 28, "3n5n16c"},
    {"CZ", 24, "4n6n10n"}, {"DE", 22, "8n10n"}, {"DJ", 27, "5n5n11n2n"}, {"DK", 18, "4n9n1n"},
    {"DO", 28, "4c20n"}, {"EE", 20, "2n2n11n1n"}, {"EG", 29, "4n4n17n"}, {"ES", 24, "4n4n1n1n10n"},
    {"FI", 18, "3n11n"}, {"FK", 18, "2a12n"}, {"FO", 18, "4n9n1n"}, {"FR", 27, "5n5n11c2n"},
    {"GB", 22, "4a6n8n"}, {"GE", 22, "2a16n"}, {"GI", 23, "4a15c"}, {"GL", 18, "4n9n1n"},
    {"GR", 27, "3n4n16c"}, {"GT", 28, "4c20c"}, {"HN", 28, "4a20n"}, {"HR", 21, "7n10n"},
    {"HU", 28, "3n4n1n15n1n"}, {"IE", 22, "4a6n8n"}, {"IL", 23, "3n3n13n"}, {"IQ", 23, "4a3n12n"},
    {"IS", 26, "4n2n6n10n"}, {"IT", 27, "1a5n5n12c"}, {"JO", 30, "4a4n18c"}, {"KW", 30, "4a22c"},
    {"KZ", 20, "3n13c"}, {"LB", 28, "4n20c"}, {"LC", 32, "4a24c"}, {"LI", 21, "5n12c"}, {"LT", 20, "5n11n"},
    {"LU", 20, "3n13c"}, {"LV", 21, "4a13c"}, {"LY", 25, "3n3n15n"}, {"MC", 27, "5n5n11c2n"},
    {"MD", 24, "2c18c"}, {"ME", 22, "3n13n2n"}, {"MK", 19, "3n10c2n"}, {"MN", 20, "4n12n"},
    {"MR", 27, "5n5n11n2n"}, {"MT", 31, "4a5n18c"}, {"MU", 30, "4a2n2n12n3n3a"}, {"NI", 28, "4a20n"},
    {"NL", 18, "4a10n"}, {"NO", 15, "4n6n1n"}, {"OM", 23, "3n16c"}, {"PK", 24, "4a16c"}, {"PL", 28, "8n16n"},
    {"PS", 29, "4a21c"}, {"PT", 25, "4n4n11n2n"}, {"QA", 29, "4a21c"}, {"RO", 24, "4a16c"},
    {"RS", 22, "3n13n2n"}, {"RU", 33, "9n5n15c"}, {"SA", 24, "2n18c"}, {"SC", 31, "4a2n2n16n3a"},
    {"SD", 18, "2n12n"}, {"SE", 24, "3n16n1n"}, {"SI", 19, "5n8n2n"}, {"SK", 24, "4n6n10n"},
    {"SM", 27, "1a5n5n12c"}, {"SO", 23, "4n3n12n"}, {"ST", 25, "4n4n11n2n"}, {"SV", 28, "4a20n"},
    {"TL", 23, "3n14n2n"}, {"TN", 24, "2n3n13n2n"}, {"TR", 26, "5n1n16c"}, {"UA", 29, "6n19c"},
    {"VA", 22, "3n15n"}, {"VG", 24, "4a16n"}, {"XK", 20, "4n10n2n"}, {"YE", 30, "4a4n18c"}};

const RegistryEntry *entryFor(const QString &countryCode)
{
    const auto it = std::find_if(std::begin(registry), std::end(registry),
        [&](const RegistryEntry &e) { return countryCode == QLatin1String(e.code, 2); });
    return it == std::end(registry) ? nullptr : it;
}

// The kind of character the BBAN wants at each position after the four leading characters.
QByteArray bbanKinds(const char *bban)
{
    QByteArray kinds;
    int count = 0;
    for (const char *p = bban; *p; ++p) {
        if (*p >= '0' && *p <= '9') {
            count = count * 10 + (*p - '0');
        } else {
            kinds.append(count, *p);
            count = 0;
        }
    }
    return kinds;
}

// "Germany (DE)" for messages; Kosovo has no ISO name to borrow.
QString countryLabel(const QString &code)
{
    QString name = Country::name(code);
    if (name.isEmpty() && code == QLatin1String("XK"))
        name = QCoreApplication::translate("Country", "Kosovo");
    if (name.isEmpty())
        return code;
    return QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

QString Iban::normalized(const QString &text)
{
    return characters::compactAsciiUpper(text);
}

QString Iban::formatted(const QString &text)
{
    const QString n = normalized(text);
    QString out;
    out.reserve(n.size() + n.size() / 4);
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(QLatin1Char(' '));
        out.append(n[i]);
    }
    return out;
}

int Iban::lengthFor(const QString &countryCode)
{
    const RegistryEntry *e = entryFor(countryCode);
    return e ? e->length : 0;
}

QString Iban::bbanStructure(const QString &countryCode)
{
    const RegistryEntry *e = entryFor(countryCode);
    return e ? QString::fromLatin1(e->bban) : QString();
}

QStringList Iban::countries()
{
    QStringList list;
    list.reserve(std::size(registry));
    for (const RegistryEntry &e : registry)
        list.append(QLatin1String(e.code, 2));
    return list;
}

int Iban::mod97(const QString &normalizedIban)
{
    if (normalizedIban.size() < 5)
        return -1;
    // The number is the IBAN with its first four characters moved to the end and every letter
    // replaced by 10..35. It has up to 70 digits, so the remainder is carried digit by digit instead
    // of building the number.
    int remainder = 0;
    const qsizetype n = normalizedIban.size();
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = normalizedIban[(k + 4) % n];
        if (characters::isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        else if (characters::isAsciiUpper(c))
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
        else
            return -1;
    }
    return remainder;
}

QString Iban::checkDigits(const QString &countryCode, const QString &bban)
{
    if (countryCode.size() != 2 || !characters::isAsciiUpper(countryCode[0])
        || !characters::isAsciiUpper(countryCode[1]) || bban.isEmpty())
        return {};
    const int remainder = mod97(countryCode + QStringLiteral("00") + bban);
    if (remainder < 0)
        return {};
    return QStringLiteral("%1").arg(98 - remainder, 2, 10, QLatin1Char('0'));
}

Status Iban::validate(const QString &iban, const QString &field)
{
    const auto fail = [&](const QString &message) { return Error::validation(field, message); };

    if (const qsizetype i = characters::firstNotAsciiAlnum(iban); i >= 0)
        return fail(QCoreApplication::translate("Validation",
            "The character %1 at position %2 is not allowed; an IBAN has only the letters A to Z and "
            "the digits 0 to 9.")
                        .arg(characters::describe(iban, i), QString::number(characters::position(iban, i))));

    const QString n = normalized(iban);
    if (n.isEmpty())
        return fail(QCoreApplication::translate("Validation", "The IBAN is empty."));

    const QString country = n.left(2);
    if (country.size() < 2 || !characters::isAsciiUpper(country[0]) || !characters::isAsciiUpper(country[1]))
        return fail(QCoreApplication::translate(
            "Validation", "An IBAN starts with a two-letter country code; “%1” is not one.")
                        .arg(country));

    const int expected = lengthFor(country);
    if (expected == 0) {
        if (Country::isValid(country))
            return fail(QCoreApplication::translate(
                "Validation", "%1 does not use IBANs; it is not in the IBAN registry.")
                            .arg(countryLabel(country)));
        return fail(
            QCoreApplication::translate("Validation", "“%1” is not a country code, so this is not an IBAN.")
                .arg(country));
    }
    if (n.size() != expected)
        return fail(
            QCoreApplication::translate("Validation", "An IBAN from %1 has %2 characters; this one has %3.")
                .arg(countryLabel(country), QString::number(expected), QString::number(n.size())));

    const QString digits = n.mid(2, 2);
    if (!characters::isAsciiDigit(digits[0]) || !characters::isAsciiDigit(digits[1]))
        return fail(QCoreApplication::translate(
            "Validation", "Characters 3 and 4 of an IBAN are check digits; “%1” is not a number.")
                        .arg(digits));
    // 00, 01 and 99 pass the remainder test in place of 97, 98 and 02, but ISO 13616 never
    // assigns them.
    if (digits == QLatin1String("00") || digits == QLatin1String("01") || digits == QLatin1String("99"))
        return fail(QCoreApplication::translate(
            "Validation", "IBAN check digits are between 02 and 98; “%1” is never used.")
                        .arg(digits));

    // The national part: a letter where the country's BBAN has a digit passes mod-97 as often as
    // any other typo that happens to keep the remainder, so the registry's structure is checked too.
    const QByteArray kinds = bbanKinds(entryFor(country)->bban);
    for (qsizetype k = 0; k < kinds.size() && 4 + k < n.size(); ++k) {
        const QChar c = n[4 + k];
        const char kind = kinds[k];
        const bool ok = kind == 'n' ? characters::isAsciiDigit(c)
            : kind == 'a'           ? characters::isAsciiUpper(c)
                                    : characters::isAsciiAlnum(c);
        if (ok)
            continue;
        const QString position = QString::number(4 + k + 1);
        if (kind == 'n')
            return fail(QCoreApplication::translate("Validation",
                "In an IBAN from %1 the character at position %2 (counted without spaces) is a digit; “%3” "
                "is "
                "not.")
                            .arg(countryLabel(country), position, c));
        return fail(QCoreApplication::translate("Validation",
            "In an IBAN from %1 the character at position %2 (counted without spaces) is a letter; “%3” is "
            "not.")
                        .arg(countryLabel(country), position, c));
    }

    const int remainder = mod97(n);
    if (remainder != 1)
        return fail(QCoreApplication::translate("Validation",
            "IBAN check digits do not match (mod-97 remainder is %1, expected 1); a character is probably "
            "mistyped or swapped.")
                        .arg(remainder));
    return {};
}

} // namespace cd
