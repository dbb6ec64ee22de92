#include "bic.h"

#include "characters_p.h"
#include "country.h"

#include <QCoreApplication>

namespace cd {

QString Bic::normalized(const QString &text)
{
    return characters::compactAsciiUpper(text);
}

Status Bic::validate(const QString &bic, const QString &field)
{
    const auto fail = [&](const QString &message) { return Error::validation(field, message); };

    if (const qsizetype i = characters::firstNotAsciiAlnum(bic); i >= 0)
        return fail(QCoreApplication::translate("Validation",
            "The character %1 at position %2 is not allowed; a BIC has only the letters A to Z and "
            "the digits 0 to 9.")
                        .arg(characters::describe(bic, i), QString::number(characters::position(bic, i))));

    const QString n = normalized(bic);
    if (n.isEmpty())
        return fail(QCoreApplication::translate("Validation", "The BIC is empty."));
    if (n.size() != 8 && n.size() != 11)
        return fail(
            QCoreApplication::translate("Validation", "A BIC has 8 or 11 characters; this one has %1.")
                .arg(n.size()));

    for (int i = 0; i < 4; ++i) {
        if (!characters::isAsciiUpper(n[i]))
            return fail(QCoreApplication::translate("Validation",
                "The first four characters of a BIC are the bank code and are letters; “%1” in “%2” is a "
                "digit.")
                            .arg(QString(n[i]), n.left(4)));
    }

    const QString country = n.mid(4, 2);
    // SWIFT gives Kosovo's banks XK, a code ISO 3166-1 keeps free for such uses.
    if (!Country::isValid(country) && country != QLatin1String("XK"))
        return fail(QCoreApplication::translate("Validation",
            "Characters 5 and 6 of a BIC are the bank's country; “%1” is not an ISO 3166 country code.")
                        .arg(country));

    // The location (2) and branch (3) may be letters or digits, which the character check covered.
    return {};
}

} // namespace cd
