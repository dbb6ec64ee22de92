#include "payoutscommands.h"

#include "commissions/payouts.h"
#include "commissions/period.h"
#include "common/money.h"
#include "io/fieldparsers.h"
#include "leadscommands.h"
#include "listing.h"
#include "tableoutput.h"

#include <QDir>

namespace cd::cli {

QList<Command> PayoutsCommands::commands()
{
    return {
        {{QStringLiteral("payouts"), QStringLiteral("account")},
            tr("Show or set the account payouts are paid from."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("name"), tr("The account holder."), tr("name")},
                    {QStringLiteral("iban"), tr("The account's IBAN."), tr("IBAN")},
                    {QStringLiteral("bic"), tr("The bank's BIC (optional)."), tr("BIC")}};
            },
            &PayoutsCommands::account},
        {{QStringLiteral("payouts"), QStringLiteral("create")},
            tr("Pay the approved statements of a currency: write a SEPA credit transfer file "
               "(pain.001.001.03) and "
               "mark them paid."),
            {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("period"),
                        tr("Only the statements of this period (default: all approved)."), tr("period")},
                    {QStringLiteral("currency"), tr("The currency (EUR for SEPA)."), tr("code")},
                    {QStringLiteral("out"), tr("The file to write."), tr("FILE")},
                    {QStringLiteral("execution-date"), tr("When the bank should pay (default: tomorrow)."),
                        tr("date")},
                    {QStringLiteral("dry-run"), tr("Show what would be paid and left out; write nothing.")}};
            },
            &PayoutsCommands::create},
        {{QStringLiteral("payouts"), QStringLiteral("list")}, tr("List the payouts, newest first."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("partner"), tr("Only the payouts that paid this partner."), tr("CODE")}};
            },
            &PayoutsCommands::list},
    };
}

int PayoutsCommands::account(CommandContext &context)
{
    auto account = context.editStored<PayoutAccount>([&](PayoutAccount &a) -> Result<bool> {
        bool changed = false;
        for (auto [option, field] : {std::pair {"name", &a.name}, {"iban", &a.iban}, {"bic", &a.bic}}) {
            if (context.isSet(QLatin1String(option))) {
                *field = context.value(QLatin1String(option));
                changed = true;
            }
        }
        return changed;
    });
    if (!account)
        return context.fail(account.error());
    const PayoutAccount &a = account.value();
    if (Status s = TableOutput::writeRow(context,
            {{QStringLiteral("name"), tr("Holder")}, {QStringLiteral("iban"), tr("IBAN")},
                {QStringLiteral("bic"), tr("BIC")}},
            {orNull(a.name), orNull(a.iban), orNull(a.bic)});
        !s)
        return context.fail(s.error());
    return ExitOk;
}

int PayoutsCommands::create(CommandContext &context)
{
    if (!context.isSet(QStringLiteral("currency")))
        return context.usage(tr("Give the currency with --currency, e.g. --currency EUR."));
    const bool dryRun = context.isSet(QStringLiteral("dry-run"));
    const QString out = context.value(QStringLiteral("out"));
    if (!dryRun && out.isEmpty())
        return context.usage(tr("Give the file to write with --out FILE."));
    QString period;
    if (context.isSet(QStringLiteral("period"))) {
        auto p = CommissionPeriod::parse(context.value(QStringLiteral("period")), QStringLiteral("--period"));
        if (!p)
            return context.fail(usageError(QStringLiteral("--period"), p.error().message));
        period = p->key;
    }
    QDate execution;
    if (context.isSet(QStringLiteral("execution-date"))) {
        execution = parseDate(context.value(QStringLiteral("execution-date")));
        if (!execution.isValid())
            return context.fail(usageError(QStringLiteral("--execution-date"),
                tr("\"%1\" is not a date; write it as YYYY-MM-DD.")
                    .arg(context.value(QStringLiteral("execution-date")))));
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    Payouts payouts(*db);
    PayoutPlan plan;
    if (dryRun) {
        auto prepared = payouts.prepare(context.value(QStringLiteral("currency")), period);
        if (!prepared)
            return context.fail(prepared.error());
        plan = prepared.value();
    } else {
        auto made = payouts.create(context.value(QStringLiteral("currency")), period, out, execution);
        if (!made)
            return context.fail(made.error());
        plan = made->second;
        context.note(tr("Wrote %1: %n transfer(s), %2 %3.", nullptr, int(plan.transfers.size()))
                         .arg(QDir::toNativeSeparators(out), Money(plan.totalMinor, plan.currency).toString(),
                             plan.currency));
    }
    for (const PayoutExclusion &e : plan.excluded)
        context.note(tr("Left out %1 %2 (%3 %4): %5")
                         .arg(e.partnerCode, e.partnerName, Money(e.amountMinor, plan.currency).toString(),
                             plan.currency, e.reason));
    QList<QVariantList> rows;
    for (const PayoutTransfer &t : plan.transfers)
        rows.append({t.partnerCode, t.partnerName, t.iban, orNull(t.bic),
            Money(t.amountMinor, plan.currency).toString(), plan.currency, t.periods.join(QLatin1Char(',')),
            QStringLiteral("paid")});
    for (const PayoutExclusion &e : plan.excluded)
        rows.append({e.partnerCode, e.partnerName, QVariant(), QVariant(),
            Money(e.amountMinor, plan.currency).toString(), plan.currency, QVariant(), e.reason});
    if (Status s = TableOutput::write(context,
            {{QStringLiteral("partner"), tr("Partner")}, {QStringLiteral("name"), tr("Name")},
                {QStringLiteral("iban"), tr("IBAN")}, {QStringLiteral("bic"), tr("BIC")},
                {QStringLiteral("amount"), tr("Amount"), true}, {QStringLiteral("currency"), tr("Currency")},
                {QStringLiteral("periods"), tr("Periods")}, {QStringLiteral("result"), tr("Result")}},
            rows, [](const QVariantList &row) { return row; });
        !s)
        return context.fail(s.error());
    return plan.excluded.isEmpty() ? ExitOk : ExitFailure;
}

int PayoutsCommands::list(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto partner = LeadsCommands::partnerOption(context, *db);
    if (!partner)
        return context.fail(partner.error());
    const qint64 partnerId = partner.value();
    auto list = Payouts(*db).list(partnerId);
    if (!list)
        return context.fail(list.error());
    if (Status s = TableOutput::write(context,
            {{QStringLiteral("id"), tr("Payout"), true}, {QStringLiteral("messageId"), tr("Message")},
                {QStringLiteral("executionDate"), tr("Paid on")},
                {QStringLiteral("amount"), partnerId > 0 ? tr("Amount to the partner") : tr("Amount"), true},
                {QStringLiteral("currency"), tr("Currency")},
                {QStringLiteral("statements"), tr("Statements"), true}, {QStringLiteral("file"), tr("File")},
                {QStringLiteral("by"), tr("By")}},
            list.value(),
            [](const PayoutRecord &p) -> QVariantList {
                return {p.id, p.messageId, p.executionDate.toString(Qt::ISODate),
                    Money(p.partnerAmountMinor, p.currency).toString(), p.currency, p.statementCount,
                    p.fileName, p.createdBy};
            });
        !s)
        return context.fail(s.error());
    return ExitOk;
}

} // namespace cd::cli
