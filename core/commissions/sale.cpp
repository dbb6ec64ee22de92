#include "sale.h"

#include "commissiontext_p.h"

#include <QCoreApplication>

namespace cd {

QList<Error> Sale::validate() const
{
    QList<Error> errors;
    if (number.trimmed().isEmpty())
        errors.append(
            Error::validation(QStringLiteral("number"), CommissionText::tr("A document needs its number.")));
    else if (number.size() > 64)
        errors.append(Error::validation(
            QStringLiteral("number"), CommissionText::tr("A document number has at most 64 characters.")));
    if (!issuedOn.isValid())
        errors.append(
            Error::validation(QStringLiteral("date"), CommissionText::tr("A document needs its date.")));
    if (customerId <= 0)
        errors.append(Error::validation(
            QStringLiteral("customer"), CommissionText::tr("A document needs its customer.")));
    if (!amount.isValid())
        errors.append(Error::validation(
            QStringLiteral("currency"), CommissionText::tr("A document needs a valid currency.")));
    else if (amount.minorUnits() <= 0)
        errors.append(Error::validation(QStringLiteral("amount"),
            isCredit()
                ? CommissionText::tr("A credit note's amount is written positive and above 0.")
                : CommissionText::tr("An invoice's amount must be above 0; a refund is a credit note.")));
    if (costMinor && *costMinor < 0)
        errors.append(
            Error::validation(QStringLiteral("cost"), CommissionText::tr("A cost cannot be negative.")));
    if (paidOn.isValid() && issuedOn.isValid() && paidOn < issuedOn)
        errors.append(Error::validation(QStringLiteral("paid_on"),
            CommissionText::tr("The payment date %1 is before the document date %2.")
                .arg(paidOn.toString(Qt::ISODate), issuedOn.toString(Qt::ISODate))));
    if (invoiceId > 0 && !isCredit())
        errors.append(Error::validation(
            QStringLiteral("invoice"), CommissionText::tr("Only a credit note refers to an invoice.")));
    return errors;
}

QString Sale::kindKey(SaleKind kind)
{
    return kind == SaleKind::Credit ? QStringLiteral("credit") : QStringLiteral("invoice");
}

std::optional<SaleKind> Sale::kindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("invoice") || k.isEmpty())
        return SaleKind::Invoice;
    if (k == QLatin1String("credit") || k == QLatin1String("credit note") || k == QLatin1String("creditnote"))
        return SaleKind::Credit;
    return std::nullopt;
}

} // namespace cd
