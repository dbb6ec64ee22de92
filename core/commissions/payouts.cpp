#include "payouts.h"

#include "commissiontext_p.h"

#include "common/bic.h"
#include "common/clock.h"
#include "common/iban.h"
#include "common/money.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace cd {

namespace {

const QString kName = QStringLiteral("payouts.debtor_name");
const QString kIban = QStringLiteral("payouts.debtor_iban");
const QString kBic = QStringLiteral("payouts.debtor_bic");

QString amountText(qint64 minor)
{
    return Money(minor, QStringLiteral("EUR")).toString();
}

} // namespace

QList<Error> PayoutAccount::validate() const
{
    QList<Error> errors;
    if (name.trimmed().isEmpty())
        errors.append(Error::validation(
            QStringLiteral("name"), CommissionText::tr("The paying account needs its holder's name.")));
    if (Status s = Iban::validate(iban, QStringLiteral("iban")); !s)
        errors.append(s.error());
    if (!bic.trimmed().isEmpty()) {
        if (Status s = Bic::validate(bic, QStringLiteral("bic")); !s)
            errors.append(s.error());
    }
    return errors;
}

Result<PayoutAccount> PayoutAccount::load(const Database &db)
{
    auto q = sql::exec(db.sql(), QStringLiteral("SELECT key, value FROM app_settings WHERE key IN (?, ?, ?)"),
        {kName, kIban, kBic});
    if (!q)
        return q.error();
    PayoutAccount a;
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        const QString value = q.value().value(1).toString();
        if (key == kName)
            a.name = value;
        else if (key == kIban)
            a.iban = value;
        else
            a.bic = value;
    }
    return a;
}

Status PayoutAccount::save(const Database &db, const PayoutAccount &account)
{
    if (const QList<Error> errors = account.validate(); !errors.isEmpty())
        return errors.first();
    return inTransaction(db.sql(), [&]() -> Status {
        for (const auto &[key, value] :
            {std::pair {kName, account.name.trimmed()}, std::pair {kIban, Iban::normalized(account.iban)},
                std::pair {kBic, Bic::normalized(account.bic)}}) {
            if (Status s = sql::run(db.sql(),
                    QStringLiteral(
                        "INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        "SET value = excluded.value"),
                    {key, value});
                !s)
                return s;
        }
        return {};
    });
}

Payouts::Payouts(const Database &db)
    : m_db(db)
{}

QString Payouts::sepaText(const QString &text, int max)
{
    QString spelled;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00C4:
            spelled += QStringLiteral("Ae");
            break;
        case 0x00D6:
            spelled += QStringLiteral("Oe");
            break;
        case 0x00DC:
            spelled += QStringLiteral("Ue");
            break;
        case 0x00E4:
            spelled += QStringLiteral("ae");
            break;
        case 0x00F6:
            spelled += QStringLiteral("oe");
            break;
        case 0x00FC:
            spelled += QStringLiteral("ue");
            break;
        case 0x00DF:
            spelled += QStringLiteral("ss");
            break;
        case 0x0026:
            spelled += QStringLiteral("+");
            break;
        default:
            spelled += c;
        }
    }
    const QString decomposed = spelled.normalized(QString::NormalizationForm_KD);
    static const QString allowed = QStringLiteral("/-?:().,'+ ");
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool ascii = c.unicode() < 128 && (c.isLetterOrNumber() || allowed.contains(c));
        out += ascii ? c : QLatin1Char(' ');
    }
    return out.simplified().left(max).trimmed();
}

Result<PayoutPlan> Payouts::prepare(const QString &currency, const QString &period) const
{
    PayoutPlan plan;
    plan.currency = currency.trimmed().toUpper();
    plan.period = period;
    QString where = QStringLiteral("st.status = 'approved' AND st.payable_minor > 0 AND st.currency = ?");
    QVariantList binds {plan.currency};
    if (!period.isEmpty()) {
        where += QStringLiteral(" AND st.period = ?");
        binds << period;
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT st.id, st.partner_id, p.code, p.name, p.bank_holder, p.iban, p.bic, p.margin_based, "
            "st.payable_minor, st.period FROM commission_statements st JOIN partners p ON p.id = "
            "st.partner_id WHERE ")
            + where + QStringLiteral(" ORDER BY p.code, st.period, st.id"),
        binds);
    if (!q)
        return q.error();
    QHash<qint64, int> transferOf;
    QHash<qint64, int> exclusionOf;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 statement = r.value(0).toLongLong();
        const qint64 partner = r.value(1).toLongLong();
        const qint64 amount = r.value(8).toLongLong();
        if (auto it = exclusionOf.constFind(partner); it != exclusionOf.constEnd()) {
            plan.excluded[it.value()].amountMinor += amount;
            continue;
        }
        if (auto it = transferOf.constFind(partner); it != transferOf.constEnd()) {
            PayoutTransfer &t = plan.transfers[it.value()];
            t.amountMinor += amount;
            t.statementIds.append(statement);
            if (!t.periods.contains(r.value(9).toString()))
                t.periods.append(r.value(9).toString());
            plan.totalMinor += amount;
            continue;
        }
        const QString code = r.value(2).toString();
        const QString name = r.value(3).toString();
        const QString holder = r.value(4).toString().trimmed();
        const QString iban = Iban::normalized(r.value(5).toString());
        const QString bic = Bic::normalized(r.value(6).toString());
        QString reason;
        if (r.value(7).toBool())
            reason = CommissionText::tr("a margin reseller earns its margin, not a payout");
        else if (iban.isEmpty())
            reason = CommissionText::tr("no IBAN in the partner's bank details");
        else if (Status s = Iban::validate(iban, QStringLiteral("iban")); !s)
            reason = CommissionText::tr("the IBAN fails its check: %1").arg(s.error().message);
        else if (!bic.isEmpty() && !Bic::validate(bic, QStringLiteral("bic")))
            reason = CommissionText::tr("the BIC fails its check: %1")
                         .arg(Bic::validate(bic, QStringLiteral("bic")).error().message);
        if (!reason.isEmpty()) {
            exclusionOf.insert(partner, int(plan.excluded.size()));
            plan.excluded.append({partner, code, name, amount, reason});
            continue;
        }
        PayoutTransfer t;
        t.partnerId = partner;
        t.partnerCode = code;
        t.partnerName = holder.isEmpty() ? name : holder;
        t.iban = iban;
        t.bic = bic;
        t.amountMinor = amount;
        t.statementIds = {statement};
        t.periods = {r.value(9).toString()};
        transferOf.insert(partner, int(plan.transfers.size()));
        plan.transfers.append(t);
        plan.totalMinor += amount;
    }
    return plan;
}

QByteArray Payouts::sepaXml(const PayoutPlan &plan, const PayoutAccount &account, const QString &messageId,
    const QDateTime &created, const QDate &executionDate)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"));
    w.writeStartElement(QStringLiteral("Document"));
    w.writeStartElement(QStringLiteral("CstmrCdtTrfInitn"));
    w.writeStartElement(QStringLiteral("GrpHdr"));
    w.writeTextElement(QStringLiteral("MsgId"), messageId);
    w.writeTextElement(
        QStringLiteral("CreDtTm"), created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(plan.transfers.size()));
    w.writeTextElement(QStringLiteral("CtrlSum"), amountText(plan.totalMinor));
    w.writeStartElement(QStringLiteral("InitgPty"));
    w.writeTextElement(QStringLiteral("Nm"), sepaText(account.name));
    w.writeEndElement(); // InitgPty
    w.writeEndElement(); // GrpHdr
    w.writeStartElement(QStringLiteral("PmtInf"));
    w.writeTextElement(QStringLiteral("PmtInfId"), messageId + QStringLiteral("-1"));
    w.writeTextElement(QStringLiteral("PmtMtd"), QStringLiteral("TRF"));
    w.writeTextElement(QStringLiteral("BtchBookg"), QStringLiteral("true"));
    w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(plan.transfers.size()));
    w.writeTextElement(QStringLiteral("CtrlSum"), amountText(plan.totalMinor));
    w.writeStartElement(QStringLiteral("PmtTpInf"));
    w.writeStartElement(QStringLiteral("SvcLvl"));
    w.writeTextElement(QStringLiteral("Cd"), QStringLiteral("SEPA"));
    w.writeEndElement();
    w.writeEndElement(); // PmtTpInf
    w.writeTextElement(QStringLiteral("ReqdExctnDt"), executionDate.toString(Qt::ISODate));
    w.writeStartElement(QStringLiteral("Dbtr"));
    w.writeTextElement(QStringLiteral("Nm"), sepaText(account.name));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("DbtrAcct"));
    w.writeStartElement(QStringLiteral("Id"));
    w.writeTextElement(QStringLiteral("IBAN"), Iban::normalized(account.iban));
    w.writeEndElement();
    w.writeEndElement(); // DbtrAcct
    w.writeStartElement(QStringLiteral("DbtrAgt"));
    w.writeStartElement(QStringLiteral("FinInstnId"));
    if (!account.bic.isEmpty()) {
        w.writeTextElement(QStringLiteral("BIC"), Bic::normalized(account.bic));
    } else {
        w.writeStartElement(QStringLiteral("Othr"));
        w.writeTextElement(QStringLiteral("Id"), QStringLiteral("NOTPROVIDED"));
        w.writeEndElement();
    }
    w.writeEndElement(); // FinInstnId
    w.writeEndElement(); // DbtrAgt
    w.writeTextElement(QStringLiteral("ChrgBr"), QStringLiteral("SLEV"));
    for (const PayoutTransfer &t : plan.transfers) {
        w.writeStartElement(QStringLiteral("CdtTrfTxInf"));
        w.writeStartElement(QStringLiteral("PmtId"));
        w.writeTextElement(QStringLiteral("EndToEndId"), t.endToEndId);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("Amt"));
        w.writeStartElement(QStringLiteral("InstdAmt"));
        w.writeAttribute(QStringLiteral("Ccy"), plan.currency);
        w.writeCharacters(amountText(t.amountMinor));
        w.writeEndElement();
        w.writeEndElement(); // Amt
        if (!t.bic.isEmpty()) {
            w.writeStartElement(QStringLiteral("CdtrAgt"));
            w.writeStartElement(QStringLiteral("FinInstnId"));
            w.writeTextElement(QStringLiteral("BIC"), t.bic);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("Cdtr"));
        w.writeTextElement(QStringLiteral("Nm"), sepaText(t.partnerName));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("CdtrAcct"));
        w.writeStartElement(QStringLiteral("Id"));
        w.writeTextElement(QStringLiteral("IBAN"), t.iban);
        w.writeEndElement();
        w.writeEndElement(); // CdtrAcct
        w.writeStartElement(QStringLiteral("RmtInf"));
        w.writeTextElement(QStringLiteral("Ustrd"),
            sepaText(QStringLiteral("Commission %1 partner %2")
                         .arg(t.periods.join(QLatin1Char(',')), t.partnerCode),
                140));
        w.writeEndElement();
        w.writeEndElement(); // CdtTrfTxInf
    }
    w.writeEndElement(); // PmtInf
    w.writeEndElement(); // CstmrCdtTrfInitn
    w.writeEndElement(); // Document
    w.writeEndDocument();
    return out;
}

Result<std::pair<PayoutRecord, PayoutPlan>> Payouts::create(
    const QString &currency, const QString &period, const QString &file, QDate executionDate) const
{
    const QString ccy = currency.trimmed().toUpper();
    if (ccy != QLatin1String("EUR"))
        return Error::validation(QStringLiteral("currency"),
            CommissionText::tr(
                "Payout files are SEPA credit transfers, which are in EUR; %1 statements are paid another "
                "way.")
                .arg(ccy));
    auto account = PayoutAccount::load(m_db);
    if (!account)
        return account.error();
    if (const QList<Error> errors = account->validate(); !errors.isEmpty())
        return Error::validation(QStringLiteral("account"),
            CommissionText::tr(
                "Set the account payouts are paid from first (payouts account --name --iban --bic): %1")
                .arg(errors.first().message));
    if (!executionDate.isValid())
        executionDate = Clock::today().addDays(1);
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<std::pair<PayoutRecord, PayoutPlan>> {
        auto prepared = prepare(ccy, period);
        if (!prepared)
            return prepared.error();
        PayoutPlan plan = std::move(prepared).value();
        if (plan.transfers.isEmpty())
            return Error::make(Error::Code::NotFound,
                plan.excluded.isEmpty()
                    ? CommissionText::tr("There are no approved %1 statements with anything to pay%2.")
                          .arg(ccy, period.isEmpty() ? QString() : CommissionText::tr(" in %1").arg(period))
                    : CommissionText::tr(
                        "Every approved %1 statement belongs to a partner that cannot be paid (%2: %3).")
                          .arg(ccy, plan.excluded.first().partnerCode, plan.excluded.first().reason));
        const QDateTime now = Clock::nowUtc();
        PayoutRecord record;
        record.currency = ccy;
        record.executionDate = executionDate;
        record.fileName = QFileInfo(file).fileName();
        record.totalMinor = plan.totalMinor;
        record.createdAt = now;
        record.createdBy = m_db.userLogin();
        for (const PayoutTransfer &t : plan.transfers)
            record.statementCount += int(t.statementIds.size());
        auto q = sql::exec(db,
            QStringLiteral(
                "INSERT INTO payouts (currency, message_id, execution_date, file_name, total_minor, "
                "statement_count, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {ccy, QStringLiteral("pending-%1").arg(now.toMSecsSinceEpoch()),
                executionDate.toString(Qt::ISODate), record.fileName, record.totalMinor,
                record.statementCount, sql::isoUtc(now), record.createdBy});
        if (!q)
            return q.error();
        record.id = q->lastInsertId().toLongLong();
        record.messageId
            = QStringLiteral("CD-%1-%2").arg(now.toString(QStringLiteral("yyyyMMddHHmmss"))).arg(record.id);
        if (Status s = sql::run(db, QStringLiteral("UPDATE payouts SET message_id = ? WHERE id = ?"),
                {record.messageId, record.id});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        for (PayoutTransfer &t : plan.transfers) {
            t.endToEndId = QStringLiteral("CD-%1-%2").arg(record.id).arg(t.partnerId);
            for (qint64 statement : std::as_const(t.statementIds)) {
                if (Status s = sql::run(db,
                        QStringLiteral(
                            "UPDATE commission_statements SET status = 'paid', paid_at = ?, payout_id = ? "
                            "WHERE id = ? AND status = 'approved'"),
                        {sql::isoUtc(now), record.id, statement});
                    !s)
                    return s.error();
            }
            TimelineEvent e {.entity = QStringLiteral("payout"),
                .entityId = record.id,
                .partnerId = t.partnerId,
                .action = QStringLiteral("statement-paid"),
                .field = t.periods.join(QStringLiteral(", ")),
                .newValue = QString(amountText(t.amountMinor) + QLatin1Char(' ') + ccy)};
            if (Status s = timeline.record(e); !s)
                return s.error();
        }
        // The file last: it is kept only when everything above holds, and the transaction only
        // commits when the file is in place.
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return Error {Error::Code::Io,
                CommissionText::tr("Cannot write %1: %2").arg(file, out.errorString()), {}, file, 0, 0};
        out.write(sepaXml(plan, account.value(), record.messageId, now, executionDate));
        if (!out.commit())
            return Error {Error::Code::Io,
                CommissionText::tr("Cannot write %1: %2").arg(file, out.errorString()), {}, file, 0, 0};
        return std::pair {record, plan};
    });
}

Result<QList<PayoutRecord>> Payouts::list(qint64 partnerId) const
{
    QString select = QStringLiteral("SELECT p.id, p.currency, p.message_id, p.execution_date, p.file_name, "
                                    "p.total_minor, p.statement_count, "
                                    "p.created_at, p.created_by, %1 FROM payouts p %2 ORDER BY p.id DESC");
    QVariantList binds;
    if (partnerId > 0) {
        select = select.arg(
            QStringLiteral("(SELECT sum(payable_minor) FROM commission_statements s WHERE s.payout_id = "
                           "p.id AND s.partner_id = ?)"),
            QStringLiteral("WHERE EXISTS (SELECT 1 FROM commission_statements s WHERE s.payout_id = p.id AND "
                           "s.partner_id = ?)"));
        binds << partnerId << partnerId;
    } else {
        select = select.arg(QStringLiteral("p.total_minor"), QString());
    }
    return sql::rows(m_db.sql(), select, binds, [](const QSqlQuery &r) {
        PayoutRecord p;
        p.id = r.value(0).toLongLong();
        p.currency = r.value(1).toString();
        p.messageId = r.value(2).toString();
        p.executionDate = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        p.fileName = r.value(4).toString();
        p.totalMinor = r.value(5).toLongLong();
        p.statementCount = r.value(6).toInt();
        p.createdAt = QDateTime::fromString(r.value(7).toString(), Qt::ISODateWithMs);
        p.createdBy = r.value(8).toString();
        p.partnerAmountMinor = r.value(9).toLongLong();
        return p;
    });
}

} // namespace cd
