#include "agreement.h"

#include "common/clock.h"

#include <QCoreApplication>

namespace cd {

QList<Error> AgreementPeriod::validate() const
{
    QList<Error> errors;
    if (!start.isValid())
        errors.append(Error::validation(QStringLiteral("start"),
            QCoreApplication::translate("AgreementPeriod", "A period needs a start date.")));
    if (!end.isValid())
        errors.append(Error::validation(QStringLiteral("end"),
            QCoreApplication::translate("AgreementPeriod", "A period needs an end date.")));
    if (start.isValid() && end.isValid() && end < start)
        errors.append(Error::validation(QStringLiteral("end"),
            QCoreApplication::translate("AgreementPeriod", "The end date %1 is before the start date %2.")
                .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate))));
    if (noticeDays < 0 || noticeDays > 3660)
        errors.append(Error::validation(QStringLiteral("notice"),
            QCoreApplication::translate(
                "AgreementPeriod", "The notice period must be 0 to 3660 days, not %1.")
                .arg(noticeDays)));
    if (renewalMonths < 1 || renewalMonths > 120)
        errors.append(Error::validation(QStringLiteral("renewal"),
            QCoreApplication::translate(
                "AgreementPeriod", "The renewal term must be 1 to 120 months, not %1.")
                .arg(renewalMonths)));
    return errors;
}

AgreementPeriod AgreementPeriod::next() const
{
    AgreementPeriod p = *this;
    p.id = 0;
    p.sequence = sequence + 1;
    p.start = end.addDays(1);
    // addMonths clamps to the month's last day (31 Jan + 1 month = 29 Feb in a leap year); a period
    // starting on the 1st therefore always ends on a month's last day.
    p.end = p.start.addMonths(renewalMonths).addDays(-1);
    p.createdAt = {};
    return p;
}

int Agreement::daysToExpiry() const
{
    return currentEnd.isValid() ? int(Clock::today().daysTo(currentEnd)) : 0;
}

QList<Error> Agreement::validate() const
{
    QList<Error> errors;
    if (partnerId <= 0)
        errors.append(Error::validation(QStringLiteral("partner"),
            QCoreApplication::translate("Agreement", "An agreement needs a partner.")));
    if (typeId <= 0)
        errors.append(Error::validation(
            QStringLiteral("type"), QCoreApplication::translate("Agreement", "An agreement needs a type.")));
    if (commissionRate < Rate() || commissionRate > Rate::fromMicros(Rate::unit))
        errors.append(Error::validation(QStringLiteral("commission rate"),
            QCoreApplication::translate(
                "Agreement", "The commission rate must be between 0% and 100%, not %1.")
                .arg(commissionRate.toPercentString())));
    if (terms.size() > 100000)
        errors.append(Error::validation(QStringLiteral("terms"),
            QCoreApplication::translate("Agreement", "The terms are longer than %1 characters.")
                .arg(100000)));
    if (notes.size() > 20000)
        errors.append(Error::validation(QStringLiteral("notes"),
            QCoreApplication::translate("Agreement", "The notes are longer than %1 characters.").arg(20000)));
    return errors;
}

} // namespace cd
