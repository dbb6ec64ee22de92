#include "commissionscommands.h"

#include "commissionscommands_p.h"

#include "commissions/commissionrulestore.h"
#include "commissions/salestore.h"
#include "commissions/settlement.h"
#include "commissions/statementpdf.h"
#include "db/sql.h"
#include "importexportcommands.h"
#include "io/fieldparsers.h"
#include "leadscommands.h"
#include "listing.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"
#include "tableoutput.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace cd::cli {

namespace commissioncli {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toString();
}

Result<qint64> customerId(const Database &db, const QString &code, const QString &option)
{
    auto id
        = sql::scalar(db.sql(), QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error {Error::Code::NotFound,
            CommissionsCommands::tr("There is no customer with the code %1.").arg(code), option, {}, 0, 0};
    return id->toLongLong();
}

// --from as a date; invalid when not given.
Result<QDate> fromOption(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("from")))
        return QDate();
    const QDate d = parseDate(context.value(QStringLiteral("from")));
    if (!d.isValid())
        return usageError(QStringLiteral("--from"),
            CommissionsCommands::tr("\"%1\" is not a date; write it as YYYY-MM-DD.")
                .arg(context.value(QStringLiteral("from"))));
    return d;
}

Result<CommissionPeriod> periodOption(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("period")))
        return usageError(QStringLiteral("--period"),
            CommissionsCommands::tr("Give the period with --period, e.g. --period 2026-11."));
    auto p = CommissionPeriod::parse(context.value(QStringLiteral("period")), QStringLiteral("--period"));
    if (!p)
        return usageError(QStringLiteral("--period"), p.error().message);
    return p;
}

// --period and the database, what the settlement commands open first.
Result<std::pair<CommissionPeriod, Database>> periodAndDatabase(const CommandContext &context)
{
    auto period = periodOption(context);
    if (!period)
        return period.error();
    auto db = context.openDatabase();
    if (!db)
        return db.error();
    return std::pair {period.value(), db.value()};
}

Result<CustomerRule> customerRule(const CommandContext &context)
{
    auto from = fromOption(context);
    if (!from)
        return from.error();
    auto db = context.openDatabase();
    if (!db)
        return db.error();
    auto customer = customerId(*db, context.arguments().first(), QStringLiteral("CUSTOMER"));
    if (!customer)
        return customer.error();
    return CustomerRule {from.value(), db.value(), customer.value()};
}

Result<PeriodSelection> periodSelection(const CommandContext &context)
{
    auto opened = periodAndDatabase(context);
    if (!opened)
        return opened.error();
    auto partner = LeadsCommands::partnerOption(context, opened->second);
    if (!partner)
        return partner.error();
    return PeriodSelection {opened->first, opened->second, partner.value()};
}

QCommandLineOption periodOptionSpec()
{
    return {QStringLiteral("period"),
        CommissionsCommands::tr("The period: a month (2026-11) or a quarter (2026-Q4)."),
        CommissionsCommands::tr("period")};
}

QCommandLineOption partnerOptionSpec()
{
    return {QStringLiteral("partner"), CommissionsCommands::tr("The partner's code."),
        CommissionsCommands::tr("CODE")};
}

QJsonObject lineJson(const SettlementRun &run, const CommissionLine &l)
{
    QJsonObject o;
    o.insert(QStringLiteral("document"), l.documentNumber);
    o.insert(QStringLiteral("source"),
        l.source == LineSource::Deal ? QStringLiteral("deal") : QStringLiteral("sale"));
    o.insert(QStringLiteral("kind"),
        l.source == LineSource::Deal ? QStringLiteral("deal")
            : l.credit               ? QStringLiteral("credit")
                                     : QStringLiteral("invoice"));
    o.insert(QStringLiteral("date"), l.documentDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("lineDate"), l.lineDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("period"), l.period);
    o.insert(QStringLiteral("role"), CommissionLine::roleKey(l.role));
    if (l.role == LineRole::Cascade)
        o.insert(QStringLiteral("depth"), l.depth);
    if (l.fromPartnerId > 0)
        o.insert(QStringLiteral("from"), run.partnerCodes.value(l.fromPartnerId));
    o.insert(QStringLiteral("rule"), CommissionLine::ruleKey(l.rule));
    if (l.planId > 0)
        o.insert(QStringLiteral("plan"), run.planNames.value(l.planId));
    o.insert(QStringLiteral("base"), money(l.baseMinor, l.currency));
    if (l.share)
        o.insert(QStringLiteral("share"), l.share->toString());
    o.insert(QStringLiteral("rate"), l.rate.toString());
    o.insert(QStringLiteral("amount"), money(l.amountMinor, l.currency));
    o.insert(QStringLiteral("currency"), l.currency);
    if (l.capped)
        o.insert(QStringLiteral("capped"), true);
    if (l.adjustment) {
        o.insert(QStringLiteral("adjustment"), true);
        o.insert(QStringLiteral("settledBefore"), money(l.settledMinor, l.currency));
    }
    o.insert(QStringLiteral("explanation"), run.explain(l));
    return o;
}

// The statements of a run, and with `lines` every line; JSON always nests the lines.
int writeRun(CommandContext &context, const SettlementRun &run, bool lines)
{
    const bool table = context.format() == OutputFormat::Table;
    if (context.format() == OutputFormat::Json) {
        QHash<QPair<qint64, QString>, QJsonArray> byStatement;
        QJsonArray margins;
        for (const CommissionLine &l : run.lines) {
            if (l.role == LineRole::Margin) {
                QJsonObject m = lineJson(run, l);
                m.insert(QStringLiteral("partner"), run.partnerCodes.value(l.partnerId));
                margins.append(m);
            } else {
                byStatement[{l.partnerId, l.currency}].append(lineJson(run, l));
            }
        }
        QJsonArray statements;
        for (const CommissionStatement &s : run.statements) {
            QJsonObject o;
            o.insert(QStringLiteral("partner"), s.partnerCode);
            o.insert(QStringLiteral("name"), s.partnerName);
            o.insert(QStringLiteral("currency"), s.currency);
            o.insert(QStringLiteral("linesTotal"), money(s.linesMinor, s.currency));
            o.insert(QStringLiteral("carriedIn"), money(s.carriedInMinor, s.currency));
            o.insert(QStringLiteral("total"), money(s.totalMinor, s.currency));
            o.insert(QStringLiteral("payable"), money(s.payableMinor, s.currency));
            o.insert(QStringLiteral("carriedOut"), money(s.carriedOutMinor, s.currency));
            o.insert(QStringLiteral("lineCount"), s.lineCount);
            o.insert(QStringLiteral("status"), CommissionStatement::statusKey(s.status));
            if (run.linesLoaded)
                o.insert(QStringLiteral("lines"), byStatement.value({s.partnerId, s.currency}));
            statements.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("period"), run.period.key);
        root.insert(QStringLiteral("from"), run.period.start.toString(Qt::ISODate));
        root.insert(QStringLiteral("to"), run.period.end.toString(Qt::ISODate));
        root.insert(QStringLiteral("statements"), statements);
        root.insert(QStringLiteral("margins"), margins);
        writeJson(context, root);
        return ExitOk;
    }
    if (!lines) {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("partner"), CommissionsCommands::tr("Partner")},
                    {QStringLiteral("name"), CommissionsCommands::tr("Name")},
                    {QStringLiteral("currency"), CommissionsCommands::tr("Currency")},
                    {QStringLiteral("lineCount"), CommissionsCommands::tr("Lines"), true},
                    {QStringLiteral("linesTotal"), CommissionsCommands::tr("Earned"), true},
                    {QStringLiteral("carriedIn"), CommissionsCommands::tr("Carried in"), true},
                    {QStringLiteral("total"), CommissionsCommands::tr("Total"), true},
                    {QStringLiteral("payable"), CommissionsCommands::tr("Payable"), true},
                    {QStringLiteral("status"), CommissionsCommands::tr("Status")}},
                run.statements,
                [table](const CommissionStatement &st) -> QVariantList {
                    return {st.partnerCode, st.partnerName, st.currency, st.lineCount,
                        money(st.linesMinor, st.currency), money(st.carriedInMinor, st.currency),
                        money(st.totalMinor, st.currency), money(st.payableMinor, st.currency),
                        table ? CommissionStatement::statusLabel(st.status)
                              : CommissionStatement::statusKey(st.status)};
                });
            !s)
            return context.fail(s.error());
        return ExitOk;
    }
    if (Status s = TableOutput::write(context,
            {{QStringLiteral("partner"), CommissionsCommands::tr("Partner")},
                {QStringLiteral("document"), CommissionsCommands::tr("Document")},
                {QStringLiteral("date"), CommissionsCommands::tr("Date")},
                {QStringLiteral("role"), CommissionsCommands::tr("Role")},
                {QStringLiteral("base"), CommissionsCommands::tr("Base"), true},
                {QStringLiteral("rate"), CommissionsCommands::tr("Rate"), true},
                {QStringLiteral("amount"), CommissionsCommands::tr("Amount"), true},
                {QStringLiteral("currency"), CommissionsCommands::tr("Currency")},
                {QStringLiteral("explanation"), CommissionsCommands::tr("Why")}},
            run.lines,
            [&run](const CommissionLine &l) -> QVariantList {
                return {run.partnerCodes.value(l.partnerId), l.documentNumber,
                    l.lineDate.toString(Qt::ISODate), CommissionLine::roleKey(l.role),
                    money(l.baseMinor, l.currency), l.rate.toPercentString(),
                    money(l.amountMinor, l.currency), l.currency, run.explain(l)};
            });
        !s)
        return context.fail(s.error());
    return ExitOk;
}

Result<Rate> percentOption(const CommandContext &context, const QString &name)
{
    auto rate = commission::parsePercent(context.value(name), QStringLiteral("--") + name);
    if (!rate)
        return usageError(QStringLiteral("--") + name, rate.error().message);
    return rate;
}

} // namespace commissioncli

using namespace commissioncli;

QList<Command> CommissionsCommands::commands()
{
    return {
        {{QStringLiteral("sales"), QStringLiteral("import")},
            tr("Import invoices and credit notes from a CSV file (number, kind, date, customer, partner, "
               "category, "
               "amount, currency, paid_on, cost); a number already stored is updated."),
            tr("FILE"), 1, 1, [] { return ImportExportCommands::importOptions(); },
            [](CommandContext &c) { return ImportExportCommands::import(c, ImportKind::Sales); }},
        {{QStringLiteral("sales"), QStringLiteral("list")},
            tr("List invoices and credit notes, newest first."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {partnerOptionSpec(),
                    {QStringLiteral("customer"), tr("The customer's code."), tr("CODE")},
                    {QStringLiteral("from"), tr("Documents from this date on."), tr("date")},
                    {QStringLiteral("to"), tr("Documents up to this date."), tr("date")},
                    {QStringLiteral("unpaid"), tr("Only unpaid invoices.")},
                    {QStringLiteral("limit"), tr("Show at most this many documents (default 100)."),
                        tr("n")}};
            },
            &CommissionsCommands::salesList},
        {{QStringLiteral("commissions"), QStringLiteral("plans"), QStringLiteral("add")},
            tr("Add a commission plan: a fixed rate or tiers on the period's volume, in percent."),
            tr("NAME"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("fixed"), tr("The fixed rate in percent."), tr("rate")},
                    {QStringLiteral("tiers"),
                        tr("Tiers as THRESHOLD:PERCENT from 0 upwards, e.g. \"0:5,10000:7.5,50000:10\"."),
                        tr("tiers")},
                    {QStringLiteral("mode"),
                        tr("whole (the whole base at the rate of the bracket reached, the default) or "
                           "marginal "
                           "(each slice at its own rate)."),
                        tr("mode")},
                    {QStringLiteral("on"), tr("When it pays: invoice (the default) or payment."), tr("when")},
                    {QStringLiteral("categories"),
                        tr("Rates per product category, e.g. \"Hardware:4,Services:10\"."), tr("rates")},
                    {QStringLiteral("cascade"),
                        tr("Percent of the base for the parent, the grandparent, ..., e.g. \"2,1\"."),
                        tr("rates")},
                    {QStringLiteral("line-cap"), tr("At most this much per line (in the line's currency)."),
                        tr("amount")},
                    {QStringLiteral("period-cap"), tr("At most this much per period and currency."),
                        tr("amount")},
                    {QStringLiteral("distributor-rate"),
                        tr("A distributor in the sale earns this percent of the base."), tr("rate")},
                    {QStringLiteral("distributor-share"),
                        tr("A distributor in the sale takes this percent of the seller's commission."),
                        tr("rate")},
                    {QStringLiteral("deals"), tr("Won deals count as base too.")}};
            },
            &CommissionsCommands::addPlan},
        {{QStringLiteral("commissions"), QStringLiteral("plans"), QStringLiteral("assign")},
            tr("Give a plan to a partner or to a level (a partner's own plan wins); NAME \"none\" ends it."),
            tr("NAME"), 1, 1,
            [] {
                return QList<QCommandLineOption> {partnerOptionSpec(),
                    {QStringLiteral("level"), tr("The level's name."), tr("name")},
                    {QStringLiteral("from"), tr("First day it applies (default: the first open period)."),
                        tr("date")}};
            },
            &CommissionsCommands::assignPlan},
        {{QStringLiteral("commissions"), QStringLiteral("plans"), QStringLiteral("list")},
            tr("List the commission plans."), {}, 0, 0, {}, &CommissionsCommands::listPlans},
        {{QStringLiteral("commissions"), QStringLiteral("partner")},
            tr("Set a partner's default commission rate or its margin reseller flag."), tr("CODE"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("rate"), tr("The default rate in percent; \"none\" removes it."),
                        tr("rate")},
                    {QStringLiteral("margin"),
                        tr("yes: a margin reseller (no commission, no payout); no: not."), tr("yes|no")}};
            },
            &CommissionsCommands::partner},
        {{QStringLiteral("commissions"), QStringLiteral("override")},
            tr("Give one customer's sales through one partner a rate of their own."), tr("CUSTOMER"), 1, 1,
            [] {
                return QList<QCommandLineOption> {partnerOptionSpec(),
                    {QStringLiteral("rate"), tr("The rate in percent; \"none\" ends the override."),
                        tr("rate")},
                    {QStringLiteral("from"), tr("First day it applies (default: the first open period)."),
                        tr("date")}};
            },
            &CommissionsCommands::override},
        {{QStringLiteral("commissions"), QStringLiteral("split")},
            tr("Share a customer's sales among partners; the shares must sum to 100 %."), tr("CUSTOMER"), 1,
            1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("share"), tr("A partner's share, CODE:PERCENT; give one per partner."),
                        tr("CODE:PERCENT")},
                    {QStringLiteral("end"), tr("End the split.")},
                    {QStringLiteral("from"), tr("First day it applies (default: the first open period)."),
                        tr("date")}};
            },
            &CommissionsCommands::split},
        {{QStringLiteral("commissions"), QStringLiteral("preview")},
            tr("Show a period's statements and lines without writing anything."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {periodOptionSpec(), partnerOptionSpec(),
                    {QStringLiteral("lines"), tr("Show every line with its explanation.")}};
            },
            &CommissionsCommands::preview},
        {{QStringLiteral("commissions"), QStringLiteral("settle")},
            tr("Write a period's draft statements (once; settling again changes nothing)."), {}, 0, 0,
            [] { return QList<QCommandLineOption> {periodOptionSpec()}; }, &CommissionsCommands::settle},
        {{QStringLiteral("commissions"), QStringLiteral("approve")},
            tr("Approve a period's draft statements; approved statements never change."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {periodOptionSpec(), partnerOptionSpec()};
            },
            &CommissionsCommands::approve},
        {{QStringLiteral("commissions"), QStringLiteral("statement")},
            tr("Show a partner's statement for a period, every line with its explanation (--format pdf --out "
               "FILE for a PDF)."),
            tr("CODE"), 1, 1,
            [] {
                return QList<QCommandLineOption> {periodOptionSpec(),
                    {QStringLiteral("out"), tr("The PDF file to write (with --format pdf)."), tr("FILE")}};
            },
            &CommissionsCommands::statement, true},
        {{QStringLiteral("commissions"), QStringLiteral("settings")},
            tr("Show or set how long a settlement period is."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("length"), tr("month or quarter."), tr("length")}};
            },
            &CommissionsCommands::settings},
    };
}

int CommissionsCommands::salesList(CommandContext &context)
{
    auto limit = context.number(QStringLiteral("limit"), 100, 1, 1000000);
    if (!limit)
        return context.fail(limit.error());
    SaleFilter f;
    for (const auto &[option, target] :
        {std::pair {QStringLiteral("from"), &f.from}, {QStringLiteral("to"), &f.to}}) {
        if (!context.isSet(option))
            continue;
        *target = parseDate(context.value(option));
        if (!target->isValid())
            return context.fail(usageError(QStringLiteral("--") + option,
                tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(context.value(option))));
    }
    f.unpaidOnly = context.isSet(QStringLiteral("unpaid"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto partner = LeadsCommands::partnerOption(context, *db);
    if (!partner)
        return context.fail(partner.error());
    f.partnerId = partner.value();
    if (context.isSet(QStringLiteral("customer"))) {
        auto id = customerId(*db, context.value(QStringLiteral("customer")), QStringLiteral("--customer"));
        if (!id)
            return context.fail(id.error());
        f.customerId = id.value();
    }
    auto sales = SaleStore(*db).list(f, int(limit.value()));
    if (!sales)
        return context.fail(sales.error());
    if (Status s = TableOutput::write(context,
            {{QStringLiteral("number"), tr("Number")}, {QStringLiteral("kind"), tr("Kind")},
                {QStringLiteral("date"), tr("Date")}, {QStringLiteral("customer"), tr("Customer")},
                {QStringLiteral("partner"), tr("Partner")}, {QStringLiteral("category"), tr("Category")},
                {QStringLiteral("amount"), tr("Amount"), true}, {QStringLiteral("currency"), tr("Currency")},
                {QStringLiteral("paidOn"), tr("Paid on")}, {QStringLiteral("cost"), tr("Cost"), true}},
            sales.value(),
            [](const Sale &sale) -> QVariantList {
                return {sale.number, Sale::kindKey(sale.kind), sale.issuedOn.toString(Qt::ISODate),
                    sale.customerCode, orNull(sale.partnerCode), orNull(sale.category),
                    sale.amount.toString(), sale.amount.currency(), dateOrNull(sale.paidOn),
                    sale.costMinor ? QVariant(Money(*sale.costMinor, sale.amount.currency()).toString())
                                   : QVariant()};
            });
        !s)
        return context.fail(s.error());
    return ExitOk;
}

int CommissionsCommands::preview(CommandContext &context)
{
    auto selected = periodSelection(context);
    if (!selected)
        return context.fail(selected.error());
    // The lines are kept only when they are shown: with --lines, and always in JSON.
    const bool lines = context.isSet(QStringLiteral("lines"));
    const bool keep = lines || context.format() == OutputFormat::Json;
    auto run = Settlement(selected->db)
                   .preview(selected->period, selected->partnerId,
                       keep ? Settlement::Lines::All : Settlement::Lines::StatementsOnly);
    if (!run)
        return context.fail(run.error());
    return writeRun(context, run.value(), lines);
}

int CommissionsCommands::settle(CommandContext &context)
{
    auto opened = periodAndDatabase(context);
    if (!opened)
        return context.fail(opened.error());
    const auto &[period, db] = opened.value();
    auto run = Settlement(db).settle(period);
    if (!run)
        return context.fail(run.error());
    if (run->alreadySettled)
        context.note(tr("%1 is already settled; nothing was changed.").arg(period.key));
    else
        context.note(
            tr("Settled %1: %n draft statement(s).", nullptr, int(run->statements.size())).arg(period.key));
    return writeRun(context, run.value(), false);
}

int CommissionsCommands::approve(CommandContext &context)
{
    auto selected = periodSelection(context);
    if (!selected)
        return context.fail(selected.error());
    auto approved = Settlement(selected->db).approve(selected->period, selected->partnerId);
    if (!approved)
        return context.fail(approved.error());
    context.out() << tr("Approved %n statement(s).", nullptr, approved.value()) << '\n';
    return ExitOk;
}

bool CommissionsCommands::rendersDocuments(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("commissions"));
    if (at < 0 || arguments.indexOf(QStringLiteral("statement"), at) != at + 1)
        return false;
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    return arguments.contains(QStringLiteral("--format=pdf"))
        || (format >= 0
            && arguments.value(format + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0);
}

int CommissionsCommands::statement(CommandContext &context)
{
    if (context.format() == OutputFormat::Pdf && context.value(QStringLiteral("out")).isEmpty())
        return context.usage(tr("Give the PDF file to write with --out FILE."));
    auto opened = periodAndDatabase(context);
    if (!opened)
        return context.fail(opened.error());
    const auto &[period, db] = opened.value();
    auto id = LeadsCommands::partnerId(db, context.arguments().first(), QStringLiteral("CODE"));
    if (!id)
        return context.fail(id.error());
    auto run = Settlement(db).preview(period, id.value());
    if (!run)
        return context.fail(run.error());
    if (context.format() == OutputFormat::Pdf) {
        const QString out = context.value(QStringLiteral("out"));
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(StatementPdf::render(run.value())) < 0
            || !file.commit())
            return context.fail(Error {
                Error::Code::Io, tr("Cannot write %1: %2").arg(out, file.errorString()), {}, out, 0, 0});
        context.note(tr("Wrote the statement to %1.").arg(QDir::toNativeSeparators(out)));
        return ExitOk;
    }
    if (context.format() == OutputFormat::Table) {
        if (int rc = writeRun(context, run.value(), false); rc != ExitOk)
            return rc;
        context.out() << '\n';
    }
    return writeRun(context, run.value(), true);
}

int CommissionsCommands::settings(CommandContext &context)
{
    auto settings = context.editStored<CommissionSettings>([&](CommissionSettings &s) -> Result<bool> {
        if (!context.isSet(QStringLiteral("length")))
            return false;
        const QString v = context.value(QStringLiteral("length")).trimmed().toLower();
        if (v != QLatin1String("month") && v != QLatin1String("quarter"))
            return usageError(QStringLiteral("--length"), tr("Use --length month or --length quarter."));
        s.length = v == QLatin1String("quarter") ? PeriodLength::Quarter : PeriodLength::Month;
        return true;
    });
    if (!settings)
        return context.fail(settings.error());
    const CommissionSettings &s = settings.value();
    context.out() << (s.length == PeriodLength::Quarter ? tr("Settlement periods are quarters.")
                                                        : tr("Settlement periods are months."))
                  << '\n';
    return ExitOk;
}

} // namespace cd::cli
