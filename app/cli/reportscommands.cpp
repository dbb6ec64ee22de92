#include "reportscommands.h"

#include "leadscommands.h"
#include "partners/partner.h"
#include "reports/commissionreports.h"
#include "reports/leadreports.h"
#include "tableoutput.h"

namespace cd::cli {

namespace {

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("from"),
            ReportsCommands::tr("First day, YYYY-MM-DD (leads by creation, deals by closing)."),
            ReportsCommands::tr("date")},
        {QStringLiteral("to"), ReportsCommands::tr("Last day, YYYY-MM-DD."), ReportsCommands::tr("date")},
        {QStringLiteral("distributor"), ReportsCommands::tr("Only leads this distributor submitted."),
            ReportsCommands::tr("CODE")},
        {QStringLiteral("segment"),
            ReportsCommands::tr(
                "Only leads of partners of this kind: dealer, reseller, distributor or agent."),
            ReportsCommands::tr("kind")},
        {QStringLiteral("status"), ReportsCommands::tr("Only leads in this status now."),
            ReportsCommands::tr("status")},
    };
}

Result<QDate> date(const CommandContext &context, const QString &option)
{
    if (!context.isSet(option))
        return QDate();
    const QDate d = QDate::fromString(context.value(option).trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Error {Error::Code::Usage,
            ReportsCommands::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(context.value(option)),
            QStringLiteral("--") + option, {}, 0, 0};
    return d;
}

} // namespace

QList<Command> ReportsCommands::commands()
{
    return {
        {{QStringLiteral("reports"), QStringLiteral("lead-flow")},
            tr("Leads per distributor: submitted, assigned, accepted, declined, converted, lost."), {}, 0, 0,
            &filterOptions, [](CommandContext &c) { return run(c, Report::LeadFlow); }},
        {{QStringLiteral("reports"), QStringLiteral("conversion")},
            tr("Conversion rate of assigned leads by distributor, or by reseller with --by reseller."), {}, 0,
            0,
            [] {
                return filterOptions() << QCommandLineOption(
                           QStringLiteral("by"), tr("distributor (default) or reseller."), tr("group"));
            },
            [](CommandContext &c) { return run(c, Report::Conversion); }},
        {{QStringLiteral("reports"), QStringLiteral("performance")},
            tr("Each distributor's resellers: leads, accepted, converted, deals won and lost."), {}, 0, 0,
            &filterOptions, [](CommandContext &c) { return run(c, Report::Performance); }},
        {{QStringLiteral("reports"), QStringLiteral("won-value")},
            tr("Value of won deals per currency, by partner level or by area with --by area."), {}, 0, 0,
            [] {
                return filterOptions()
                    << QCommandLineOption(QStringLiteral("by"), tr("level (default) or area."), tr("group"));
            },
            [](CommandContext &c) { return run(c, Report::WonValue); }},
        {{QStringLiteral("reports"), QStringLiteral("commissions")},
            tr("Settled commission per currency, by distributor (default), reseller, level or period."), {},
            0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("from"), tr("First day, YYYY-MM-DD (of the commission lines)."),
                        tr("date")},
                    {QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("date")},
                    {QStringLiteral("by"), tr("distributor (default), reseller, level or period."),
                        tr("group")}};
            },
            [](CommandContext &c) { return run(c, Report::Commission); }},
    };
}

int ReportsCommands::run(CommandContext &context, Report report)
{
    ReportFilter f;
    auto from = date(context, QStringLiteral("from"));
    if (!from)
        return context.fail(from.error());
    auto to = date(context, QStringLiteral("to"));
    if (!to)
        return context.fail(to.error());
    f.from = from.value();
    f.to = to.value();
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return context.usage(tr("--from is after --to."));
    if (report == Report::Commission)
        return commission(context, f);
    if (context.isSet(QStringLiteral("segment"))) {
        f.segment = context.value(QStringLiteral("segment")).trimmed().toLower();
        if (!Partner::kindFromKey(f.segment))
            return context.fail({Error::Code::Usage,
                tr("\"%1\" is not a segment; use dealer, reseller, distributor or agent.").arg(f.segment),
                QStringLiteral("--segment"), {}, 0, 0});
    }
    auto status = LeadsCommands::statusOption(context);
    if (!status)
        return context.fail(status.error());
    f.status = status.value();
    // Only two of the reports have --by; asking the parser for an option a command lacks warns.
    const bool hasBy = report == Report::Conversion || report == Report::WonValue;
    const QString by = hasBy ? context.value(QStringLiteral("by")).trimmed().toLower() : QString();
    bool alternative = false; // by reseller / by area
    if (report == Report::Conversion && !by.isEmpty()) {
        if (by != QLatin1String("distributor") && by != QLatin1String("reseller"))
            return context.fail({Error::Code::Usage, tr("Use --by distributor or --by reseller."),
                QStringLiteral("--by"), {}, 0, 0});
        alternative = by == QLatin1String("reseller");
    }
    if (report == Report::WonValue && !by.isEmpty()) {
        if (by != QLatin1String("level") && by != QLatin1String("area"))
            return context.fail(
                {Error::Code::Usage, tr("Use --by level or --by area."), QStringLiteral("--by"), {}, 0, 0});
        alternative = by == QLatin1String("area");
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (context.isSet(QStringLiteral("distributor"))) {
        auto id = LeadsCommands::partnerId(
            db.value(), context.value(QStringLiteral("distributor")), QStringLiteral("--distributor"));
        if (!id)
            return context.fail(id.error());
        f.distributorId = id.value();
    }
    LeadReports reports(db.value());
    Result<ReportTable> table = ReportTable();
    const auto make = [](const auto &rows, const auto &toTable) -> Result<ReportTable> {
        if (!rows)
            return rows.error();
        return toTable(rows.value());
    };
    switch (report) {
    case Report::LeadFlow:
        table = make(reports.leadFlow(f), [](const auto &rows) { return LeadReports::table(rows); });
        break;
    case Report::Conversion:
        table = make(alternative ? reports.conversionByReseller(f) : reports.conversionByDistributor(f),
            [alternative](const auto &rows) { return LeadReports::table(rows, alternative); });
        break;
    case Report::Performance:
        table
            = make(reports.resellerPerformance(f), [](const auto &rows) { return LeadReports::table(rows); });
        break;
    case Report::WonValue:
        table = make(alternative ? reports.wonValueByArea(f) : reports.wonValueByLevel(f),
            [alternative](const auto &rows) { return LeadReports::table(rows, alternative); });
        break;
    case Report::Commission: // answered above
        break;
    }
    return write(context, table);
}

int ReportsCommands::commission(CommandContext &context, const ReportFilter &f)
{
    const QString by = context.value(QStringLiteral("by")).trimmed().toLower();
    CommissionReports::By group = CommissionReports::By::Distributor;
    if (by == QLatin1String("reseller"))
        group = CommissionReports::By::Reseller;
    else if (by == QLatin1String("level"))
        group = CommissionReports::By::Level;
    else if (by == QLatin1String("period"))
        group = CommissionReports::By::Period;
    else if (!by.isEmpty() && by != QLatin1String("distributor"))
        return context.fail({Error::Code::Usage, tr("Use --by distributor, reseller, level or period."),
            QStringLiteral("--by"), {}, 0, 0});
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    return write(context, CommissionReports(db.value()).distribution(group, f));
}

int ReportsCommands::write(CommandContext &context, const Result<ReportTable> &table)
{
    if (!table)
        return context.fail(table.error());
    QList<TableOutput::Column> columns;
    for (const ReportTable::Column &c : table->columns)
        columns.append({c.key, c.label, c.type != ReportTable::ColumnType::Text});
    if (Status s = TableOutput::write(
            context, columns, table->rows, [&](const QVariantList &row) -> QVariantList { return row; });
        !s)
        return context.fail(s.error());
    return ExitOk;
}

} // namespace cd::cli
