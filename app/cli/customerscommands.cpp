#include "customerscommands.h"

#include "customers/customerstore.h"
#include "db/sql.h"
#include "listing.h"
#include "partners/partnerstore.h"

namespace cd::cli {

namespace {

const QList<QPair<QString, CustomerColumn>> &customerSortColumns()
{
    static const QList<QPair<QString, CustomerColumn>> columns = {
        {QStringLiteral("code"), CustomerColumn::Code},
        {QStringLiteral("name"), CustomerColumn::Name},
        {QStringLiteral("city"), CustomerColumn::City},
        {QStringLiteral("country"), CustomerColumn::Country},
        {QStringLiteral("segment"), CustomerColumn::Segment},
        {QStringLiteral("partner"), CustomerColumn::Partner},
        {QStringLiteral("updated"), CustomerColumn::Updated},
    };
    return columns;
}

} // namespace

QList<Command> CustomersCommands::commands()
{
    return {
        {{QStringLiteral("customers"), QStringLiteral("list")}, tr("List customers, filtered and sorted."),
            {}, 0, 0,
            [] {
                QList<QCommandLineOption> options = filterOptions();
                options << QCommandLineOption(QStringLiteral("limit"),
                    tr("Show at most this many customers (default 100; 0 = all)."), tr("n"));
                return options;
            },
            &CustomersCommands::list},
        {{QStringLiteral("customers"), QStringLiteral("reassign")},
            tr("Move a customer to another partner, or make it a direct customer."), tr("CODE"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("partner"), tr("The code of the new partner."), tr("code")},
                    {QStringLiteral("direct"), tr("Make it a direct customer, without a partner.")},
                    {QStringLiteral("comment"), tr("Why, for the history."), tr("text")},
                };
            },
            &CustomersCommands::reassign},
    };
}

QList<QCommandLineOption> CustomersCommands::filterOptions()
{
    QStringList sorts;
    for (const auto &[name, column] : customerSortColumns())
        sorts << name;
    return {
        {QStringLiteral("search"), tr("Words that code, name or city start with."), tr("text")},
        {QStringLiteral("partner"), tr("Only customers of the partner with this code."), tr("code")},
        {QStringLiteral("direct"), tr("Only direct customers, without a partner.")},
        {QStringLiteral("country"), tr("Only customers in this country, e.g. DE."), tr("country")},
        {QStringLiteral("segment"), tr("Only this segment, e.g. SMB or Enterprise."), tr("segment")},
        {QStringLiteral("archived"), tr("Archived customers instead of current ones.")},
        {QStringLiteral("sort"),
            tr("Order by one of: %1 (default name).").arg(sorts.join(QStringLiteral(", "))), tr("column")},
        {QStringLiteral("desc"), tr("Descending order.")},
    };
}

Result<CustomerFilter> CustomersCommands::parseFilter(const CommandContext &context)
{
    CustomerFilter f;
    f.search = context.value(QStringLiteral("search")).trimmed();
    f.segment = context.value(QStringLiteral("segment")).trimmed();
    if (context.isSet(QStringLiteral("archived")))
        f.archived = CustomerFilter::Archived::Only;
    auto country = context.country(QStringLiteral("country"));
    if (!country)
        return country.error();
    f.country = country.value();
    const bool direct = context.isSet(QStringLiteral("direct"));
    if (context.isSet(QStringLiteral("partner"))) {
        if (direct)
            return Error {Error::Code::Usage, tr("Give either --partner or --direct, not both."),
                QStringLiteral("--direct"), {}, 0, 0};
        f.binding = CustomerFilter::Binding::Partner;
    } else if (direct) {
        f.binding = CustomerFilter::Binding::Direct;
    }
    return f;
}

Status CustomersCommands::resolvePartner(const CommandContext &context, const Database &db, CustomerFilter &f)
{
    if (f.binding != CustomerFilter::Binding::Partner)
        return {};
    auto partner = PartnerStore(db).findByCode(context.value(QStringLiteral("partner")));
    if (!partner) {
        Error e = partner.error();
        e.field = QStringLiteral("--partner");
        return e;
    }
    f.partnerId = partner->id;
    return {};
}

Result<Listing::Request<CustomerSort, CustomerFilter>> CustomersCommands::selection(
    const CommandContext &context)
{
    return Listing::selection<CustomerSort, CustomerFilter>(
        context, customerSortColumns(), parseFilter, resolvePartner);
}

int CustomersCommands::list(CommandContext &context)
{
    auto request = Listing::request<CustomerSort, CustomerFilter>(
        context, customerSortColumns(), parseFilter, resolvePartner);
    if (!request)
        return context.fail(request.error());

    const bool table = context.format() == OutputFormat::Table;
    QList<TableOutput::Column> columns = {{QStringLiteral("code"), tr("Code")},
        {QStringLiteral("name"), tr("Name")}, {QStringLiteral("city"), tr("City")},
        {QStringLiteral("country"), tr("Country")}, {QStringLiteral("segment"), tr("Segment")},
        {QStringLiteral("partnerCode"), tr("Partner")}, {QStringLiteral("partnerName"), tr("Partner name")}};
    if (!table)
        columns << TableOutput::Column {QStringLiteral("updated"), tr("Updated")}
                << TableOutput::Column {QStringLiteral("archived"), tr("Archived")};
    TableOutput output(context, columns);
    const std::function<QVariantList(const CustomerRow &)> values = [table](const CustomerRow &r) {
        QVariantList cells
            = {r.code, r.name, r.city, r.country, r.segment, orNull(r.partnerCode), orNull(r.partnerName)};
        if (!table)
            cells << isoTime(r.updatedAt) << r.archived;
        return cells;
    };
    return Listing::write(context, CustomerDirectory(request->db), request->filter, request->sort,
        request->limit, output, values,
        tr("Showing the first %L1 customers; use --limit to see more (0 = all)."));
}

int CustomersCommands::reassign(CommandContext &context)
{
    const bool direct = context.isSet(QStringLiteral("direct"));
    const bool toPartner = context.isSet(QStringLiteral("partner"));
    if (direct == toPartner)
        return context.usage(
            tr("Give the new partner with --partner CODE, or --direct for a direct customer."));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    CustomerStore customers(db.value());
    auto customer = customers.findByCode(context.arguments().first());
    if (!customer)
        return context.fail(customer.error());
    Partner partner;
    if (toPartner) {
        auto found = PartnerStore(db.value()).findByCode(context.value(QStringLiteral("partner")));
        if (!found) {
            Error e = found.error();
            e.field = QStringLiteral("--partner");
            return context.fail(e);
        }
        partner = found.value();
    }
    auto saved = customers.reassign(
        customer->id, customer->version, partner.id, context.value(QStringLiteral("comment")));
    if (!saved)
        return context.fail(saved.error());
    if (toPartner)
        context.out() << tr("Customer %1 (%2) now belongs to partner %3 (%4).")
                             .arg(customer->code, customer->name, partner.code, partner.name)
                      << '\n';
    else
        context.out() << tr("Customer %1 (%2) is now a direct customer.").arg(customer->code, customer->name)
                      << '\n';
    return ExitOk;
}

} // namespace cd::cli
