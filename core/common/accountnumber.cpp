#include "accountnumber.h"

#include "characters_p.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace cd {

int AccountNumber::luhnCheckDigit(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    // Doubling starts at the rightmost payload digit, because the check digit will stand to its right.
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!characters::isAsciiDigit(digits[i]))
            return -1;
        int d = digits[i].unicode() - '0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

QString AccountNumber::generate(QRandomGenerator &random)
{
    QString number;
    number.reserve(generatedLength);
    number.append(QChar(u'0' + random.bounded(1, 10)));
    for (int i = 1; i < generatedLength - 1; ++i)
        number.append(QChar(u'0' + random.bounded(10)));
    number.append(QChar(u'0' + luhnCheckDigit(number)));
    return number;
}

bool AccountNumber::hasValidCheckDigit(const QString &number)
{
    if (number.size() != generatedLength)
        return false;
    const int check = luhnCheckDigit(QStringView(number).left(generatedLength - 1));
    return check >= 0 && number.back() == QChar(u'0' + check);
}

Status AccountNumber::validate(const QString &code, const QString &field)
{
    const auto fail = [&](const QString &message) { return Error::validation(field, message); };

    if (code.isEmpty())
        return fail(QCoreApplication::translate("Validation", "The account number is empty."));
    if (code.front().isSpace())
        return fail(QCoreApplication::translate("Validation", "The account number starts with a space."));
    if (code.back().isSpace())
        return fail(QCoreApplication::translate("Validation", "The account number ends with a space."));
    if (code.size() > maxLength)
        return fail(QCoreApplication::translate(
            "Validation", "An account number has at most %1 characters; this one has %2.")
                        .arg(maxLength)
                        .arg(code.size()));

    // ASCII only: the code travels into billing exports, CDR files and URLs, where other
    // characters are mangled or need escaping.
    static const QLatin1String punctuation("-_./");
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (!characters::isAsciiAlnum(c) && !punctuation.contains(c))
            return fail(
                QCoreApplication::translate("Validation",
                    "The character %1 at position %2 is not allowed in an account number; use letters A to "
                    "Z, digits and - _ . / only.")
                    .arg(characters::describe(code, i), QString::number(characters::position(code, i))));
    }
    return {};
}

} // namespace cd
