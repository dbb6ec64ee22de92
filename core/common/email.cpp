#include "email.h"

#include "characters_p.h"

#include <QCoreApplication>

namespace cd {

namespace {

constexpr qsizetype maxLength = 254; // RFC 5321 path limit less the angle brackets
constexpr qsizetype maxLocalLength = 64;
constexpr qsizetype maxLabelLength = 63;

bool isLocalChar(QChar c)
{
    static const QLatin1String specials("!#$%&'*+-/=?^_`{|}~.");
    return c.isLetterOrNumber() || specials.contains(c);
}

bool isDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

Status Email::validate(const QString &address, const QString &field)
{
    const auto fail = [&](const QString &message) { return Error::validation(field, message); };
    const auto badCharacter = [&](qsizetype i) {
        return fail(
            QCoreApplication::translate(
                "Validation", "The character %1 at position %2 is not allowed in an email address.")
                .arg(characters::describe(address, i), QString::number(characters::position(address, i))));
    };

    if (address.isEmpty())
        return fail(QCoreApplication::translate("Validation", "The email address is empty."));
    for (qsizetype i = 0; i < address.size(); ++i) {
        if (address[i].isSpace())
            return fail(QCoreApplication::translate(
                "Validation", "An email address cannot contain spaces; there is one at position %1.")
                            .arg(characters::position(address, i)));
    }
    if (address.size() > maxLength)
        return fail(QCoreApplication::translate(
            "Validation", "An email address has at most %1 characters; this one has %2.")
                        .arg(maxLength)
                        .arg(address.size()));

    const qsizetype ats = address.count(QLatin1Char('@'));
    if (ats == 0)
        return fail(QCoreApplication::translate(
            "Validation", "An email address needs an “@” between the name and the domain."));
    if (ats > 1)
        return fail(
            QCoreApplication::translate("Validation", "An email address has one “@”; this one has %1.")
                .arg(ats));

    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);

    if (local.isEmpty())
        return fail(QCoreApplication::translate("Validation", "There is nothing before the “@”."));
    if (local.size() > maxLocalLength)
        return fail(QCoreApplication::translate(
            "Validation", "The part before the “@” has at most %1 characters; this one has %2.")
                        .arg(maxLocalLength)
                        .arg(local.size()));
    for (qsizetype i = 0; i < local.size(); ++i) {
        if (!isLocalChar(local[i]))
            return badCharacter(i);
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return fail(QCoreApplication::translate("Validation",
            "The part before the “@” cannot start or end with a dot or have two dots in a row."));

    if (domain.isEmpty())
        return fail(QCoreApplication::translate("Validation", "There is no domain after the “@”."));
    for (qsizetype i = 0; i < domain.size(); ++i) {
        if (!isDomainChar(domain[i]))
            return badCharacter(at + 1 + i);
    }
    if (!domain.contains(QLatin1Char('.')))
        return fail(QCoreApplication::translate(
            "Validation", "The domain “%1” has no dot; a full domain looks like example.com.")
                        .arg(domain));

    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return fail(QCoreApplication::translate("Validation",
                "The domain “%1” has an empty part: it starts or ends with a dot or has two dots in a row.")
                            .arg(domain));
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return fail(QCoreApplication::translate(
                "Validation", "The part “%1” of the domain cannot start or end with a hyphen.")
                            .arg(label));
        if (label.size() > maxLabelLength)
            return fail(QCoreApplication::translate(
                "Validation", "The part “%1” of the domain has more than %2 characters.")
                            .arg(label, QString::number(maxLabelLength)));
    }

    // Top-level domains are names of two or more characters; "x@gmail.c" and "x@10.0.0.1" are
    // typos or addresses no mail server delivers to.
    const QString tld = labels.last();
    bool allDigits = true;
    for (QChar c : tld)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return fail(QCoreApplication::translate(
            "Validation", "The domain “%1” ends in a number; it should end in a name such as com or de.")
                        .arg(domain));
    if (tld.size() < 2)
        return fail(QCoreApplication::translate("Validation",
            "The domain “%1” ends in “%2”, which is too short to be a top-level domain such as com or de.")
                        .arg(domain, tld));
    return {};
}

} // namespace cd
