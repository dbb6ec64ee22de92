#pragma once

// Payouts: pays the approved commission statements of one currency. A payout takes every approved
// statement with something payable (of one period, or all), sums them per partner, writes an ISO
// 20022 SEPA credit transfer file (pain.001.001.03, EUR) and marks the statements paid, all in one
// transaction: the file is only kept when the statements are marked, and the other way round.
// Partners without bank details, with an IBAN that fails its check, or flagged as margin resellers
// are listed and left out whole, never half-paid; their statements stay approved.

#include "common/result.h"
#include "db/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

// The account the transfers are paid from (settings payouts.debtor_*).
struct PayoutAccount
{
    QString name;
    QString iban;
    QString bic;

    QList<Error> validate() const;
    static Result<PayoutAccount> load(const Database &db);
    static Status save(const Database &db, const PayoutAccount &account);
};

struct PayoutTransfer
{
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString iban;
    QString bic;
    qint64 amountMinor = 0;
    QList<qint64> statementIds;
    QStringList periods;
    QString endToEndId;
};

struct PayoutExclusion
{
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    qint64 amountMinor = 0;
    QString reason;
};

struct PayoutPlan
{
    QString currency;
    QString period; // empty = every period
    QList<PayoutTransfer> transfers; // by partner code
    QList<PayoutExclusion> excluded;
    qint64 totalMinor = 0;
};

struct PayoutRecord
{
    qint64 id = 0;
    QString currency;
    QString messageId;
    QDate executionDate;
    QString fileName;
    qint64 totalMinor = 0;
    int statementCount = 0;
    QDateTime createdAt;
    QString createdBy;
    qint64 partnerAmountMinor = 0; // list(partner): that partner's part
};

class Payouts
{
public:
    explicit Payouts(const Database &db);

    // What a payout would pay and leave out; nothing is written.
    Result<PayoutPlan> prepare(const QString &currency, const QString &period = {}) const;
    // Pays: writes `file` and marks the statements paid. Fails (and writes nothing) when there is
    // nothing to pay, the currency is not EUR or the paying account is not set.
    Result<std::pair<PayoutRecord, PayoutPlan>> create(
        const QString &currency, const QString &period, const QString &file, QDate executionDate = {}) const;
    // Newest first; with a partner, only the payouts that paid it.
    Result<QList<PayoutRecord>> list(qint64 partnerId = 0) const;

    // The pain.001.001.03 document of a plan.
    static QByteArray sepaXml(const PayoutPlan &plan, const PayoutAccount &account, const QString &messageId,
        const QDateTime &created, const QDate &executionDate);
    // Text as SEPA's Latin character set allows: umlauts spelled out, accents dropped, anything
    // else a space; at most `max` characters.
    static QString sepaText(const QString &text, int max = 70);

private:
    Database m_db;
};

} // namespace cd
