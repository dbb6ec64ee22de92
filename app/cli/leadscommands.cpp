#include "leadscommands.h"

#include "db/sql.h"
#include "importexportcommands.h"
#include "leads/leadrouter.h"
#include "leads/leadstore.h"
#include "listing.h"
#include "progressbar.h"

namespace cd::cli {

namespace {

Result<qint64> leadIdArgument(const CommandContext &context)
{
    bool ok = false;
    const qint64 id = context.arguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error {Error::Code::Usage,
            LeadsCommands::tr("\"%1\" is not a lead id.").arg(context.arguments().first()),
            QStringLiteral("LEAD_ID"), {}, 0, 0};
    return id;
}

// One line about a lead after an action, in the chosen format.
int printLead(CommandContext &context, const Lead &l)
{
    const bool table = context.format() == OutputFormat::Table;
    if (Status s = TableOutput::writeRow(context,
            {{QStringLiteral("id"), LeadsCommands::tr("Id"), true},
                {QStringLiteral("company"), LeadsCommands::tr("Company")},
                {QStringLiteral("status"), LeadsCommands::tr("Status")},
                {QStringLiteral("partner"), LeadsCommands::tr("Partner")},
                {QStringLiteral("distributor"), LeadsCommands::tr("Distributor")}},
            {l.id, l.company, table ? Lead::statusLabel(l.status) : Lead::statusKey(l.status),
                orNull(l.assignedPartnerCode), orNull(l.distributorCode)});
        !s)
        return context.fail(s.error());
    return ExitOk;
}

// Runs a change on the lead the command names and prints the lead as it is after it.
int changeLead(CommandContext &context, const std::function<Result<Lead>(const Database &, qint64)> &change)
{
    auto id = leadIdArgument(context);
    if (!id)
        return context.fail(id.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto lead = change(db.value(), id.value());
    if (!lead)
        return context.fail(lead.error());
    return printLead(context, lead.value());
}

} // namespace

Result<qint64> LeadsCommands::partnerId(const Database &db, const QString &code, const QString &option)
{
    auto id
        = sql::scalar(db.sql(), QStringLiteral("SELECT id FROM partners WHERE code = ?"), {code.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error {
            Error::Code::NotFound, tr("There is no partner with the code %1.").arg(code), option, {}, 0, 0};
    return id->toLongLong();
}

QList<Command> LeadsCommands::commands()
{
    const auto partnerOption
        = [] { return QCommandLineOption(QStringLiteral("partner"), tr("The partner's code."), tr("CODE")); };
    return {
        {{QStringLiteral("leads"), QStringLiteral("import")},
            tr("Import leads from a CSV file (company, contact, address, value, partner and distributor "
               "codes)."),
            tr("FILE"), 1, 1, [] { return ImportExportCommands::importOptions(); },
            [](CommandContext &c) { return ImportExportCommands::import(c, ImportKind::Leads); }},
        {{QStringLiteral("leads"), QStringLiteral("assign")},
            tr("Route waiting leads to partners by weight and place (--auto), or give one lead to a "
               "partner."),
            tr("[LEAD_ID]"), 0, 1,
            [partnerOption] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("auto"), tr("Route every lead waiting for a partner.")},
                    {QStringLiteral("seed"), tr("Seed of the random draw, for repeatable runs."), tr("n")},
                    {QStringLiteral("batch"), tr("Leads per transaction (default 5000)."), tr("n")},
                    {QStringLiteral("dry-run"), tr("Show what would happen; write nothing.")},
                    partnerOption(),
                    {QStringLiteral("comment"), tr("Why, for the partners' history."), tr("text")}};
            },
            &LeadsCommands::assign},
        {{QStringLiteral("leads"), QStringLiteral("accept")}, tr("The assigned partner accepts the lead."),
            tr("LEAD_ID"), 1, 1, {}, &LeadsCommands::accept},
        {{QStringLiteral("leads"), QStringLiteral("decline")},
            tr("The assigned partner declines the lead; it is never offered to that partner again."),
            tr("LEAD_ID"), 1, 1,
            [partnerOption] {
                return QList<QCommandLineOption> {
                    partnerOption(), {QStringLiteral("reason"), tr("Why the partner declines."), tr("text")}};
            },
            &LeadsCommands::decline},
        {{QStringLiteral("leads"), QStringLiteral("convert")},
            tr("Turn an assigned or accepted lead into a deal, keeping its partner and distributor."),
            tr("LEAD_ID"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("value"),
                        tr("The deal's value, e.g. 12500.00 (default: the lead's estimate)."), tr("amount")},
                    {QStringLiteral("currency"), tr("Currency of --value, e.g. EUR."), tr("code")},
                    {QStringLiteral("expected-close"), tr("Expected closing date, YYYY-MM-DD."), tr("date")}};
            },
            &LeadsCommands::convert},
        {{QStringLiteral("leads"), QStringLiteral("lost")}, tr("Close a lead as lost."), tr("LEAD_ID"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("reason"), tr("Why it was lost."), tr("text")}};
            },
            &LeadsCommands::lost},
        {{QStringLiteral("leads"), QStringLiteral("list")}, tr("List leads, newest first."), {}, 0, 0,
            [partnerOption] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("status"),
                        tr("Only this status: new, assigned, accepted, declined, converted or lost."),
                        tr("status")},
                    partnerOption(),
                    {QStringLiteral("distributor"), tr("Only leads this distributor submitted."), tr("CODE")},
                    {QStringLiteral("visible-to"), tr("Only leads this distributor may see."), tr("CODE")},
                    {QStringLiteral("flagged"), tr("Only leads routing could not place.")},
                    {QStringLiteral("limit"), tr("Show at most this many leads (default 100)."), tr("n")}};
            },
            &LeadsCommands::list},
    };
}

int LeadsCommands::assign(CommandContext &context)
{
    const bool automatic = context.isSet(QStringLiteral("auto"));
    const bool manual = !context.arguments().isEmpty();
    if (automatic == manual)
        return context.usage(tr("Give either --auto or a LEAD_ID with --partner."));
    if (manual && !context.isSet(QStringLiteral("partner")))
        return context.usage(tr("Assigning one lead needs --partner CODE."));
    auto batch = context.number(QStringLiteral("batch"), 5000, 1, 1000000);
    if (!batch)
        return context.fail(batch.error());
    std::optional<quint64> seed;
    if (context.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = context.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return context.fail({Error::Code::Usage,
                tr("\"%1\" is not a whole number.").arg(context.value(QStringLiteral("seed"))),
                QStringLiteral("--seed"), {}, 0, 0});
    }
    Result<qint64> leadId = qint64(0);
    if (manual) {
        leadId = leadIdArgument(context);
        if (!leadId)
            return context.fail(leadId.error());
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (manual) {
        auto partner
            = partnerId(db.value(), context.value(QStringLiteral("partner")), QStringLiteral("--partner"));
        if (!partner)
            return context.fail(partner.error());
        auto lead = LeadStore(db.value())
                        .assign(leadId.value(), partner.value(), context.value(QStringLiteral("comment")));
        if (!lead)
            return context.fail(lead.error());
        return printLead(context, lead.value());
    }
    RoutingOptions options;
    options.seed = seed;
    options.batchSize = int(batch.value());
    options.dryRun = context.isSet(QStringLiteral("dry-run"));
    context.watchInterrupt();
    options.cancel = context.cancelFlag();
    ProgressBar progress(tr("Routing leads"), context.stderrIsTerminal());
    options.progress = [&progress](qint64 done, qint64 total) { progress.update(done, total); };
    auto report = LeadRouter(db.value()).assignWaiting(options);
    progress.finish();
    if (!report)
        return context.fail(report.error());
    if (Status s = TableOutput::writeRow(context,
            {{QStringLiteral("considered"), tr("Leads"), true},
                {QStringLiteral("assigned"), tr("Assigned"), true},
                {QStringLiteral("flagged"), tr("Flagged"), true}},
            {report->considered, report->assigned, report->flagged});
        !s)
        return context.fail(s.error());
    if (report->cancelled)
        context.note(tr("Stopped; the batches routed so far are kept."));
    return report->cancelled ? ExitFailure : ExitOk;
}

int LeadsCommands::accept(CommandContext &context)
{
    return changeLead(context, [](const Database &db, qint64 id) { return LeadStore(db).accept(id); });
}

int LeadsCommands::decline(CommandContext &context)
{
    if (!context.isSet(QStringLiteral("partner")))
        return context.usage(tr("Declining needs --partner CODE: the partner that declines."));
    return changeLead(context, [&context](const Database &db, qint64 id) -> Result<Lead> {
        auto partner = partnerId(db, context.value(QStringLiteral("partner")), QStringLiteral("--partner"));
        if (!partner)
            return partner.error();
        return LeadStore(db).decline(id, partner.value(), context.value(QStringLiteral("reason")));
    });
}

int LeadsCommands::convert(CommandContext &context)
{
    auto id = leadIdArgument(context);
    if (!id)
        return context.fail(id.error());
    Money value;
    if (context.isSet(QStringLiteral("value")) != context.isSet(QStringLiteral("currency")))
        return context.usage(tr("Give --value and --currency together."));
    if (context.isSet(QStringLiteral("value"))) {
        auto parsed = Money::parse(context.value(QStringLiteral("value")),
            context.value(QStringLiteral("currency")).trimmed().toUpper(), QStringLiteral("--value"));
        if (!parsed)
            return context.fail(parsed.error());
        value = parsed.value();
    }
    QDate expected;
    if (context.isSet(QStringLiteral("expected-close"))) {
        expected = QDate::fromString(context.value(QStringLiteral("expected-close")), Qt::ISODate);
        if (!expected.isValid())
            return context.fail({Error::Code::Usage,
                tr("\"%1\" is not a date (YYYY-MM-DD).").arg(context.value(QStringLiteral("expected-close"))),
                QStringLiteral("--expected-close"), {}, 0, 0});
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto deal = LeadStore(db.value()).convert(id.value(), value, expected);
    if (!deal)
        return context.fail(deal.error());
    if (Status s = TableOutput::writeRow(context,
            {{QStringLiteral("deal"), tr("Deal"), true}, {QStringLiteral("lead"), tr("Lead"), true},
                {QStringLiteral("partner"), tr("Partner")},
                {QStringLiteral("distributor"), tr("Distributor")},
                {QStringLiteral("value"), tr("Value"), true}, {QStringLiteral("currency"), tr("Currency")}},
            {deal->id, deal->leadId, deal->partnerCode, orNull(deal->distributorCode), deal->value.toString(),
                deal->value.currency()});
        !s)
        return context.fail(s.error());
    return ExitOk;
}

int LeadsCommands::lost(CommandContext &context)
{
    return changeLead(context, [&context](const Database &db, qint64 id) {
        return LeadStore(db).markLost(id, context.value(QStringLiteral("reason")));
    });
}

Result<qint64> LeadsCommands::partnerOption(const CommandContext &context, const Database &db)
{
    if (!context.isSet(QStringLiteral("partner")))
        return qint64(0);
    return partnerId(db, context.value(QStringLiteral("partner")), QStringLiteral("--partner"));
}

Result<std::optional<LeadStatus>> LeadsCommands::statusOption(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("status")))
        return std::optional<LeadStatus>();
    const auto status = Lead::statusFromKey(context.value(QStringLiteral("status")).trimmed().toLower());
    if (!status)
        return Error {Error::Code::Usage,
            tr("\"%1\" is not a lead status; use new, assigned, accepted, declined, converted or lost.")
                .arg(context.value(QStringLiteral("status"))),
            QStringLiteral("--status"), {}, 0, 0};
    return status;
}

int LeadsCommands::list(CommandContext &context)
{
    auto limit = context.number(QStringLiteral("limit"), 100, 1, 1000000);
    if (!limit)
        return context.fail(limit.error());
    LeadFilter f;
    auto status = statusOption(context);
    if (!status)
        return context.fail(status.error());
    f.status = status.value();
    f.flaggedOnly = context.isSet(QStringLiteral("flagged"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const QList<QPair<QString, qint64 *>> codes
        = {{QStringLiteral("partner"), &f.partnerId}, {QStringLiteral("distributor"), &f.distributorId},
            {QStringLiteral("visible-to"), &f.scopeDistributorId}};
    for (const auto &[option, target] : codes) {
        if (!context.isSet(option))
            continue;
        auto id = partnerId(db.value(), context.value(option), QStringLiteral("--") + option);
        if (!id)
            return context.fail(id.error());
        *target = id.value();
    }
    LeadStore store(db.value());
    auto leads = store.list(f, int(limit.value()) + 1);
    if (!leads)
        return context.fail(leads.error());
    const bool table = context.format() == OutputFormat::Table;
    QList<TableOutput::Column> columns
        = {{QStringLiteral("id"), tr("Id"), true}, {QStringLiteral("company"), tr("Company")},
            {QStringLiteral("status"), tr("Status")}, {QStringLiteral("partner"), tr("Partner")},
            {QStringLiteral("distributor"), tr("Distributor")}, {QStringLiteral("country"), tr("Country")},
            {QStringLiteral("area"), tr("Area")}, {QStringLiteral("value"), tr("Value"), true},
            {QStringLiteral("currency"), tr("Currency")}, {QStringLiteral("flag"), tr("Flag")}};
    if (!table)
        columns << TableOutput::Column {QStringLiteral("created"), tr("Created")}
                << TableOutput::Column {QStringLiteral("contact"), tr("Contact")}
                << TableOutput::Column {QStringLiteral("email"), tr("E-mail")};
    TableOutput output(context, columns);
    const qsizetype shown = std::min<qsizetype>(leads->size(), limit.value());
    for (qsizetype i = 0; i < shown; ++i) {
        const Lead &l = leads->at(i);
        const bool hasValue = !l.estimatedValue.currency().isEmpty();
        QVariantList values = {l.id, l.company,
            table ? Lead::statusLabel(l.status) : Lead::statusKey(l.status), orNull(l.assignedPartnerCode),
            orNull(l.distributorCode), orNull(l.country), orNull(l.areaName),
            hasValue ? QVariant(l.estimatedValue.toString()) : QVariant(),
            orNull(l.estimatedValue.currency()),
            orNull(table ? (l.isFlagged() ? Lead::flagReasonLabel(l.flagReason) : QString()) : l.flagReason)};
        if (!table)
            values << sql::isoUtc(l.createdAt) << orNull(l.contactName) << orNull(l.email);
        if (Status s = output.addRow(values); !s)
            return context.fail(s.error());
    }
    if (Status s = output.finish(); !s)
        return context.fail(s.error());
    if (leads->size() > limit.value() && table)
        context.note(tr("Showing the newest %L1 leads; use --limit to see more.").arg(limit.value()));
    return ExitOk;
}

} // namespace cd::cli
