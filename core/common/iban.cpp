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
};

// SWIFT IBAN Registry (ISO 13616), release of 2024 with Honduras and Yemen. Territories that use
// another country's IBAN (Åland → FI; Guernsey, Jersey, Isle of Man → GB; French overseas
// territories → FR) are not listed: their IBANs start with that country's code. XK (Kosovo) is in the
// registry although ISO 3166-1 has not assigned it.
constexpr RegistryEntry registry[] = {{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20},
    {"BE", 16}, {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
    {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29},
    {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23},
    {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23},
    {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
    {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22},
    {"MK", 19}, {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15},
    {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22},
    {"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
    {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22},
    {"VG", 24}, {"XK", 20}, {"YE", 30}};

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
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        // ASCII only: a full Unicode upper-casing turns "ß" or "ﬁ" into two ASCII letters and would
        // let a character that is not allowed slip through as a valid one.
        out.append(characters::isAsciiLower(c) ? QChar(c.unicode() - 'a' + 'A') : c);
    }
    return out;
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
    const auto it = std::find_if(std::begin(registry), std::end(registry),
        [&](const RegistryEntry &e) { return countryCode == QLatin1String(e.code, 2); });
    return it == std::end(registry) ? 0 : it->length;
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

    for (qsizetype i = 0; i < iban.size(); ++i) {
        const QChar c = iban[i];
        if (!c.isSpace() && !characters::isAsciiAlnum(c))
            return fail(
                QCoreApplication::translate("Validation",
                    "The character %1 at position %2 is not allowed; an IBAN has only the letters A to Z and "
                    "the digits 0 to 9.")
                    .arg(characters::describe(iban, i), QString::number(characters::position(iban, i))));
    }

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

    const int remainder = mod97(n);
    if (remainder != 1)
        return fail(QCoreApplication::translate("Validation",
            "IBAN check digits do not match (mod-97 remainder is %1, expected 1); a character is probably "
            "mistyped or swapped.")
                        .arg(remainder));
    return {};
}

} // namespace cd
