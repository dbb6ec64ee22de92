#include "partnerscommands.h"

#include "common/country.h"
#include "db/sql.h"
#include "listing.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"
#include "timeline/timelinestore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

QString time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

const QList<QPair<QString, PartnerColumn>> &partnerSortColumns()
{
    static const QList<QPair<QString, PartnerColumn>> columns = {
        {QStringLiteral("code"), PartnerColumn::Code},
        {QStringLiteral("name"), PartnerColumn::Name},
        {QStringLiteral("legal-name"), PartnerColumn::LegalName},
        {QStringLiteral("kind"), PartnerColumn::Kind},
        {QStringLiteral("status"), PartnerColumn::Status},
        {QStringLiteral("level"), PartnerColumn::Level},
        {QStringLiteral("activation"), PartnerColumn::Activation},
        {QStringLiteral("area"), PartnerColumn::Area},
        {QStringLiteral("city"), PartnerColumn::City},
        {QStringLiteral("country"), PartnerColumn::Country},
        {QStringLiteral("manager"), PartnerColumn::AccountManager},
        {QStringLiteral("updated"), PartnerColumn::Updated},
    };
    return columns;
}

} // namespace

QList<Command> PartnersCommands::commands()
{
    return {
        {{QStringLiteral("partners"), QStringLiteral("list")}, tr("List partners, filtered and sorted."), {},
            0, 0,
            [] {
                QList<QCommandLineOption> options = filterOptions();
                options << QCommandLineOption(QStringLiteral("limit"),
                    tr("Show at most this many partners (default 100; 0 = all)."), tr("n"));
                return options;
            },
            &PartnersCommands::list},
        {{QStringLiteral("partners"), QStringLiteral("show")},
            tr("Show one partner: profile, contacts and history."), tr("CODE"), 1, 1, {},
            &PartnersCommands::show},
        {{QStringLiteral("partners"), QStringLiteral("archive")},
            tr("Archive partners (all or none: one transaction)."), tr("CODE..."), 1, 100000,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("comment"), tr("Why, for the partner's history."), tr("text")}};
            },
            [](CommandContext &c) { return setArchived(c, true); }},
        {{QStringLiteral("partners"), QStringLiteral("restore")},
            tr("Bring archived partners back (all or none: one transaction)."), tr("CODE..."), 1, 100000, {},
            [](CommandContext &c) { return setArchived(c, false); }},
    };
}

QList<QCommandLineOption> PartnersCommands::filterOptions()
{
    QStringList sorts;
    for (const auto &[name, column] : partnerSortColumns())
        sorts << name;
    return {
        {QStringLiteral("search"), tr("Words that code, names, city, area or contacts start with."),
            tr("text")},
        {QStringLiteral("kind"), tr("Only this kind: dealer, reseller, distributor or agent."), tr("kind")},
        {QStringLiteral("status"), tr("Only this status: active, inactive or suspended."), tr("status")},
        {QStringLiteral("level"), tr("Only partners of this level, e.g. Gold."), tr("name")},
        {QStringLiteral("country"), tr("Only partners in this country, e.g. DE."), tr("country")},
        {QStringLiteral("area"), tr("Only partners in this area."), tr("name")},
        {QStringLiteral("manager"), tr("Only partners of this account manager."), tr("login")},
        {QStringLiteral("archived"), tr("Archived partners instead of current ones.")},
        {QStringLiteral("sort"),
            tr("Order by one of: %1 (default name).").arg(sorts.join(QStringLiteral(", "))), tr("column")},
        {QStringLiteral("desc"), tr("Descending order.")},
    };
}

Result<PartnerFilter> PartnersCommands::parseFilter(const CommandContext &context)
{
    const auto usage = [](const QString &option, const QString &message) {
        return Error {Error::Code::Usage, message, QStringLiteral("--") + option, {}, 0, 0};
    };
    PartnerFilter f;
    f.search = context.value(QStringLiteral("search")).trimmed();
    if (context.isSet(QStringLiteral("archived")))
        f.archived = PartnerFilter::Archived::Only;
    if (context.isSet(QStringLiteral("kind"))) {
        f.kind = Partner::kindFromKey(context.value(QStringLiteral("kind")));
        if (!f.kind)
            return usage(QStringLiteral("kind"),
                tr("\"%1\" is not a kind; use dealer, reseller, distributor or agent.")
                    .arg(context.value(QStringLiteral("kind"))));
    }
    if (context.isSet(QStringLiteral("status"))) {
        f.status = Partner::statusFromKey(context.value(QStringLiteral("status")));
        if (!f.status)
            return usage(QStringLiteral("status"),
                tr("\"%1\" is not a status; use active, inactive or suspended.")
                    .arg(context.value(QStringLiteral("status"))));
    }
    auto country = context.country(QStringLiteral("country"));
    if (!country)
        return country.error();
    f.country = country.value();
    return f;
}

Status PartnersCommands::resolveNames(const CommandContext &context, const Database &db, PartnerFilter &f)
{
    const auto notFound = [](const QString &option, const QString &message) {
        return Error {Error::Code::NotFound, message, QStringLiteral("--") + option, {}, 0, 0};
    };
    LookupStore lookups(db);
    if (context.isSet(QStringLiteral("level"))) {
        const QString name = context.value(QStringLiteral("level")).trimmed();
        auto id = lookups.levelId(name);
        if (!id)
            return id.error();
        if (id.value() == 0)
            return notFound(QStringLiteral("level"), tr("There is no level \"%1\".").arg(name));
        f.levelId = id.value();
    }
    if (context.isSet(QStringLiteral("area"))) {
        const QString name = context.value(QStringLiteral("area")).trimmed();
        auto areas = lookups.areas();
        if (!areas)
            return areas.error();
        for (const Area &a : areas.value()) {
            if (a.name.compare(name, Qt::CaseInsensitive) == 0)
                f.areaId = a.id;
        }
        if (f.areaId == 0)
            return notFound(QStringLiteral("area"), tr("There is no area \"%1\".").arg(name));
    }
    if (context.isSet(QStringLiteral("manager"))) {
        const QString login = context.value(QStringLiteral("manager")).trimmed();
        auto users = lookups.users();
        if (!users)
            return users.error();
        for (const User &u : users.value()) {
            if (u.login.compare(login, Qt::CaseInsensitive) == 0)
                f.accountManagerId = u.id;
        }
        if (f.accountManagerId == 0)
            return notFound(QStringLiteral("manager"), tr("There is no user \"%1\".").arg(login));
    }
    return {};
}

Result<Listing::Request<PartnerSort, PartnerFilter>> PartnersCommands::selection(
    const CommandContext &context)
{
    return Listing::selection<PartnerSort, PartnerFilter>(
        context, partnerSortColumns(), parseFilter, resolveNames);
}

int PartnersCommands::list(CommandContext &context)
{
    auto request = Listing::request<PartnerSort, PartnerFilter>(
        context, partnerSortColumns(), parseFilter, resolveNames);
    if (!request)
        return context.fail(request.error());

    const bool table = context.format() == OutputFormat::Table;
    QList<TableOutput::Column> columns
        = {{QStringLiteral("code"), tr("Code")}, {QStringLiteral("name"), tr("Name")}};
    if (!table)
        columns << TableOutput::Column {QStringLiteral("legalName"), tr("Legal name")};
    columns << TableOutput::Column {QStringLiteral("kind"), tr("Kind")}
            << TableOutput::Column {QStringLiteral("status"), tr("Status")}
            << TableOutput::Column {QStringLiteral("level"), tr("Level")};
    if (!table)
        columns << TableOutput::Column {QStringLiteral("activation"), tr("Activation")};
    columns << TableOutput::Column {QStringLiteral("area"), tr("Area")}
            << TableOutput::Column {QStringLiteral("city"), tr("City")}
            << TableOutput::Column {QStringLiteral("country"), tr("Country")}
            << TableOutput::Column {QStringLiteral("accountManager"), tr("Account manager")};
    if (!table)
        columns << TableOutput::Column {QStringLiteral("updated"), tr("Updated")}
                << TableOutput::Column {QStringLiteral("archived"), tr("Archived")}
                << TableOutput::Column {QStringLiteral("commissionRate"), tr("Commission rate (%)")}
                << TableOutput::Column {QStringLiteral("marginBased"), tr("Margin reseller")};

    TableOutput output(context, columns);
    const std::function<QVariantList(const PartnerRow &)> values = [table](const PartnerRow &r) {
        QVariantList cells = {r.code, r.name};
        if (!table)
            cells << r.legalName;
        cells << (table ? Partner::kindLabel(r.kind) : Partner::kindKey(r.kind))
              << (table ? Partner::statusLabel(r.status) : Partner::statusKey(r.status)) << orNull(r.level);
        if (!table)
            cells << orNull(r.activation);
        cells << orNull(r.area) << r.city << r.country << orNull(r.accountManager);
        if (!table)
            cells << isoTime(r.updatedAt) << r.archived << percentOrNull(r.commissionRate) << r.marginBased;
        return cells;
    };
    return Listing::write(context, PartnerDirectory(request->db), request->filter, request->sort,
        request->limit, output, values,
        tr("Showing the first %L1 partners; use --limit to see more (0 = all)."));
}

int PartnersCommands::show(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    PartnerStore store(db.value());
    auto found = store.findByCode(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    const Partner &p = found.value();

    LookupStore lookups(*db);
    QHash<qint64, QString> levels, activations, areas, users;
    if (auto list = lookups.levels())
        for (const Level &l : list.value())
            levels.insert(l.id, l.name);
    if (auto list = lookups.activations())
        for (const Activation &a : list.value())
            activations.insert(a.id, a.name);
    if (auto list = lookups.areas())
        for (const Area &a : list.value())
            areas.insert(a.id, a.name);
    if (auto list = lookups.users())
        for (const User &u : list.value())
            users.insert(u.id, u.login);
    auto contacts = store.contacts(p.id);
    if (!contacts)
        return context.fail(contacts.error());
    auto events = TimelineStore(*db).forPartner(p.id, 100);
    if (!events)
        return context.fail(events.error());

    const bool table = context.format() == OutputFormat::Table;
    const auto coordinate = [](const std::optional<double> &d) { return d ? QVariant(*d) : QVariant(); };
    const QList<Field> fields = {
        {QStringLiteral("code"), tr("Code"), p.code},
        {QStringLiteral("name"), tr("Name"), p.name},
        {QStringLiteral("legalName"), tr("Legal name"), p.legalName},
        {QStringLiteral("kind"), tr("Kind"), table ? Partner::kindLabel(p.kind) : Partner::kindKey(p.kind)},
        {QStringLiteral("status"), tr("Status"),
            table ? Partner::statusLabel(p.status) : Partner::statusKey(p.status)},
        {QStringLiteral("statusReason"), tr("Status reason"), p.statusReason},
        {QStringLiteral("statusDate"), tr("Status since"),
            p.statusDate.isValid() ? p.statusDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("level"), tr("Level"), orNull(levels.value(p.levelId))},
        {QStringLiteral("weightOverride"), tr("Weight override"),
            p.weightOverride ? QVariant(*p.weightOverride) : QVariant()},
        {QStringLiteral("commissionRate"), tr("Commission rate (%)"), percentOrNull(p.commissionRate)},
        {QStringLiteral("marginBased"), tr("Margin reseller"),
            table ? QVariant(p.marginBased ? tr("yes") : tr("no")) : QVariant(p.marginBased)},
        {QStringLiteral("activation"), tr("Activation"), orNull(activations.value(p.activationId))},
        {QStringLiteral("area"), tr("Area"), orNull(areas.value(p.areaId))},
        {QStringLiteral("accountManager"), tr("Account manager"), orNull(users.value(p.accountManagerId))},
        {QStringLiteral("businessNature"), tr("Business"), p.businessNature},
        {QStringLiteral("street"), tr("Street"), p.street},
        {QStringLiteral("postcode"), tr("Postcode"), p.postcode},
        {QStringLiteral("city"), tr("City"), p.city},
        {QStringLiteral("region"), tr("Region"), p.region},
        {QStringLiteral("country"), tr("Country"),
            table && !p.country.isEmpty() ? QStringLiteral("%1 (%2)").arg(Country::name(p.country), p.country)
                                          : p.country},
        {QStringLiteral("latitude"), tr("Latitude"), coordinate(p.latitude)},
        {QStringLiteral("longitude"), tr("Longitude"), coordinate(p.longitude)},
        {QStringLiteral("website"), tr("Website"), p.website},
        {QStringLiteral("taxId"), tr("Tax ID"), p.taxId},
        {QStringLiteral("controlAccount"), tr("Control account"), p.controlAccount},
        {QStringLiteral("bankHolder"), tr("Account holder"), p.bankHolder},
        {QStringLiteral("iban"), tr("IBAN"), p.iban},
        {QStringLiteral("bic"), tr("BIC"), p.bic},
        {QStringLiteral("bankName"), tr("Bank"), p.bankName},
        {QStringLiteral("tags"), tr("Tags"), p.tags.join(QStringLiteral(", "))},
        {QStringLiteral("notes"), tr("Notes"), p.notes},
        // The same type as in `partners list`: a boolean, with the time beside it.
        {QStringLiteral("archived"), tr("Archived"),
            table ? QVariant(p.isArchived() ? tr("yes") : tr("no")) : QVariant(p.isArchived())},
        {QStringLiteral("archivedAt"), tr("Archived at"),
            table ? QVariant(time(p.archivedAt)) : orNull(isoTime(p.archivedAt))},
        {QStringLiteral("created"), tr("Created"),
            table ? QVariant(time(p.createdAt)) : QVariant(isoTime(p.createdAt))},
        {QStringLiteral("updated"), tr("Updated"),
            table ? QVariant(time(p.updatedAt)) : QVariant(isoTime(p.updatedAt))},
        {QStringLiteral("version"), tr("Version"), p.version},
    };

    // One row of the record's fields; its lists (contacts, history, ...) have commands of their own.
    if (context.format() == OutputFormat::Csv)
        return writeRecordCsv(context, fields);

    if (context.format() == OutputFormat::Json) {
        QJsonObject object = recordObject(fields);
        QJsonArray contactArray;
        for (const Contact &c : contacts.value()) {
            contactArray.append(QJsonObject {{QStringLiteral("name"), c.name},
                {QStringLiteral("function"), c.function}, {QStringLiteral("email"), c.email},
                {QStringLiteral("phone"), c.phone}, {QStringLiteral("primary"), c.primary}});
        }
        object.insert(QStringLiteral("contacts"), contactArray);
        QJsonArray timeline;
        for (const TimelineEvent &e : events.value()) {
            timeline.append(QJsonObject {{QStringLiteral("at"), isoTime(e.at)},
                {QStringLiteral("user"), e.user}, {QStringLiteral("entity"), e.entity},
                {QStringLiteral("action"), e.action}, {QStringLiteral("field"), e.field},
                {QStringLiteral("oldValue"), QJsonValue::fromVariant(e.oldValue)},
                {QStringLiteral("newValue"), QJsonValue::fromVariant(e.newValue)},
                {QStringLiteral("comment"), e.comment}, {QStringLiteral("text"), e.describe()}});
        }
        object.insert(QStringLiteral("timeline"), timeline);
        writeJson(context, object);
        return ExitOk;
    }

    writeRecordLines(context, fields);
    QTextStream &out = context.out();
    out << '\n' << tr("Contacts") << '\n';
    {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("name"), tr("Name")}, {QStringLiteral("function"), tr("Function")},
                    {QStringLiteral("email"), tr("E-mail")}, {QStringLiteral("phone"), tr("Phone")},
                    {QStringLiteral("primary"), tr("Primary")}},
                contacts.value(),
                [&](const Contact &c) -> QVariantList {
                    return {c.name, c.function, c.email, c.phone, c.primary ? tr("yes") : QString()};
                });
            !s)
            return context.fail(s.error());
    }
    out << '\n' << tr("History") << '\n';
    {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("at"), tr("When")}, {QStringLiteral("user"), tr("Who")},
                    {QStringLiteral("text"), tr("What")}},
                events.value(),
                [&](const TimelineEvent &e) -> QVariantList {
                    return {time(e.at), e.user, e.describe()};
                });
            !s)
            return context.fail(s.error());
    }
    return ExitOk;
}

int PartnersCommands::setArchived(CommandContext &context, bool archived)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    PartnerStore store(db.value());
    // Every code is checked before anything is written.
    QList<qint64> ids;
    QList<Partner> partners;
    for (const QString &code : context.arguments()) {
        auto found = store.findByCode(code);
        if (!found)
            return context.fail(found.error());
        if (found->isArchived() == archived) {
            context.note(archived ? tr("Partner %1 (%2) is already archived.").arg(found->code, found->name)
                                  : tr("Partner %1 (%2) is not archived.").arg(found->code, found->name));
            continue;
        }
        if (!ids.contains(found->id)) {
            ids << found->id;
            partners << found.value();
        }
    }
    if (ids.isEmpty())
        return ExitOk;
    auto changed = store.setArchivedMany(ids, archived, context.value(QStringLiteral("comment")));
    if (!changed)
        return context.fail(changed.error());
    for (const Partner &p : std::as_const(partners)) {
        context.out() << (archived ? tr("Archived partner %1 (%2).").arg(p.code, p.name)
                                   : tr("Restored partner %1 (%2).").arg(p.code, p.name))
                      << '\n';
    }
    return ExitOk;
}

} // namespace cd::cli
