#pragma once

// Sale: an invoice or a credit note, the base of every commission. The amount is net and positive
// for both kinds (a credit note takes its amount back). The partner is resolved when the document
// is stored: the one the document names, else the customer's primary partner on its date, so a
// later reassignment never changes old commissions.

#include "common/error.h"
#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

enum class SaleKind { Invoice, Credit };

struct Sale
{
    qint64 id = 0;
    QString number;
    SaleKind kind = SaleKind::Invoice;
    QDate issuedOn;
    qint64 customerId = 0;
    qint64 partnerId = 0; // 0 = no partner (a direct customer)
    bool partnerGiven = false; // the document named the partner
    qint64 distributorId = 0; // the distributor that took part in the sale, 0 = none
    qint64 invoiceId = 0; // a credit note's invoice, 0 = not known
    QString category;
    Money amount;
    std::optional<qint64> costMinor; // what the vendor charged a margin reseller, same currency
    QDate paidOn; // invalid = unpaid
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // Read along for lists and lines.
    QString customerCode;
    QString customerName;
    QString partnerCode;
    QString distributorCode;
    QString invoiceNumber;

    bool isCredit() const { return kind == SaleKind::Credit; }
    // The amount as it counts: negative for a credit note.
    qint64 signedMinor() const { return isCredit() ? -amount.minorUnits() : amount.minorUnits(); }
    QList<Error> validate() const;

    static QString kindKey(SaleKind kind); // "invoice", "credit"
    static std::optional<SaleKind> kindFromKey(const QString &key);
};

struct SaleFilter
{
    QDate from;
    QDate to;
    qint64 partnerId = 0;
    qint64 customerId = 0;
    bool unpaidOnly = false;
};

} // namespace cd
