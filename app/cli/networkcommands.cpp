#include "networkcommands.h"

#include "listing.h"
#include "network/networkscope.h"
#include "network/networkstore.h"
#include "network/networktree.h"
#include "network/rollupquery.h"
#include "partners/partnerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

Result<qint64> partnerId(const Database &db, const QString &code, const QString &field)
{
    auto found = PartnerStore(db).findByCode(code);
    if (!found) {
        Error e = found.error();
        e.field = field;
        return e;
    }
    return found.value().id;
}

QString moneyText(const QList<Money> &values)
{
    QStringList parts;
    for (const Money &m : values)
        parts.append(QStringLiteral("%1 %2").arg(m.toString(), m.currency()));
    return parts.join(QStringLiteral(", "));
}

QJsonArray moneyJson(const QList<Money> &values)
{
    QJsonArray array;
    for (const Money &m : values)
        array.append(QJsonObject {
            {QStringLiteral("amount"), m.toString()}, {QStringLiteral("currency"), m.currency()}});
    return array;
}

// Walks the tree depth first, one page of children and their roll-ups at a time.
class TreeWalk
{
public:
    TreeWalk(const Database &db, int maxDepth, int perLevel)
        : m_tree(db)
        , m_rollUps(db)
        , m_maxDepth(maxDepth)
        , m_perLevel(perLevel)
    {}

    struct Visit
    {
        NetworkNode node;
        RollUp rollUp;
        int depth = 0;
        qint64 hiddenChildren = 0; // children left out by --depth or --limit
    };

    // Calls `visit` for every node in order; `leave` after a node's children (for nesting).
    Status walk(const QList<NetworkNode> &level, int depth, const std::function<Status(const Visit &)> &visit,
        const std::function<Status(const Visit &)> &leave)
    {
        QList<qint64> ids;
        for (const NetworkNode &n : level)
            ids.append(n.id);
        auto rollUps = m_rollUps.forPartners(ids);
        if (!rollUps)
            return rollUps.error();
        for (const NetworkNode &n : level) {
            Visit v {n, rollUps.value().value(n.id), depth, 0};
            QList<NetworkNode> children;
            if (n.hasChildren) {
                auto count = m_tree.childCount(n.id);
                if (!count)
                    return count.error();
                if (m_maxDepth == 0 || depth + 1 < m_maxDepth) {
                    auto page = m_tree.children(n.id, m_perLevel == 0 ? -1 : m_perLevel);
                    if (!page)
                        return page.error();
                    children = page.value();
                }
                v.hiddenChildren = count.value() - children.size();
            }
            if (Status s = visit(v); !s)
                return s;
            if (!children.isEmpty())
                if (Status s = walk(children, depth + 1, visit, leave); !s)
                    return s;
            if (leave)
                if (Status s = leave(v); !s)
                    return s;
        }
        return {};
    }

    NetworkTree m_tree;
    RollUpQuery m_rollUps;

private:
    int m_maxDepth;
    int m_perLevel;
};

} // namespace

QList<Command> NetworkCommands::commands()
{
    return {
        {{QStringLiteral("network"), QStringLiteral("tree")},
            tr("Show the partner hierarchy with roll-ups (partners, customers, open leads, won value)."), {},
            0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("root"), tr("Start at this partner instead of the top level."),
                        tr("CODE")},
                    {QStringLiteral("depth"), tr("Show this many levels (default 3; 0 = all)."), tr("n")},
                    {QStringLiteral("limit"),
                        tr("Show at most this many partners per level (default 100; 0 = all)."), tr("n")},
                };
            },
            &NetworkCommands::tree},
        {{QStringLiteral("network"), QStringLiteral("move")},
            tr("Place a partner below another partner, or at the top level with --root."), tr("CODE"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("parent"), tr("The new parent partner."), tr("CODE")},
                    {QStringLiteral("root"), tr("Move the partner to the top level.")},
                    {QStringLiteral("comment"), tr("Why, for the partners' history."), tr("text")},
                };
            },
            &NetworkCommands::move},
        {{QStringLiteral("network"), QStringLiteral("link")}, tr("Let a distributor serve a reseller."),
            tr("DISTRIBUTOR_CODE RESELLER_CODE"), 2, 2,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("focus"), tr("Territory or product focus of the link."), tr("text")}};
            },
            &NetworkCommands::link},
        {{QStringLiteral("network"), QStringLiteral("unlink")},
            tr("End a distributor's link to a reseller (kept as history; leads keep their attribution)."),
            tr("DISTRIBUTOR_CODE RESELLER_CODE"), 2, 2,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("comment"), tr("Why, for the partners' history."), tr("text")}};
            },
            &NetworkCommands::unlink},
        {{QStringLiteral("network"), QStringLiteral("distributors")},
            tr("List the distributors, each with the resellers below it or linked to it."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {{QStringLiteral("limit"),
                    tr("Show at most this many distributors (default 100; 0 = all)."), tr("n")}};
            },
            &NetworkCommands::distributors},
    };
}

int NetworkCommands::tree(CommandContext &context)
{
    auto depth = context.number(QStringLiteral("depth"), 3, 0, 10000);
    if (!depth)
        return context.fail(depth.error());
    auto limit = Listing::limitOption(context);
    if (!limit)
        return context.fail(limit.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());

    TreeWalk walk(db.value(), int(depth.value()), int(limit.value()));
    QList<NetworkNode> top;
    qint64 hiddenTop = 0;
    if (context.isSet(QStringLiteral("root"))) {
        auto id = partnerId(db.value(), context.value(QStringLiteral("root")), QStringLiteral("--root"));
        if (!id)
            return context.fail(id.error());
        walk.m_tree.setIncludeArchived(true); // asked for by code: shown even when archived
        auto node = walk.m_tree.node(id.value());
        walk.m_tree.setIncludeArchived(false);
        if (!node)
            return context.fail(node.error());
        top.append(node.value());
    } else {
        auto page = walk.m_tree.children(0, limit.value() == 0 ? -1 : int(limit.value()));
        if (!page)
            return context.fail(page.error());
        top = page.value();
        auto count = walk.m_tree.childCount(0);
        if (!count)
            return context.fail(count.error());
        hiddenTop = count.value() - top.size();
    }

    if (context.format() == OutputFormat::Json) {
        // Nested objects: a stack of the arrays being filled, one per open level.
        QList<QJsonObject> open;
        QList<QJsonArray> childArrays {QJsonArray()};
        const auto visit = [&](const TreeWalk::Visit &v) -> Status {
            QJsonObject o {{QStringLiteral("code"), v.node.code}, {QStringLiteral("name"), v.node.name},
                {QStringLiteral("kind"), v.node.kind}, {QStringLiteral("status"), v.node.status},
                {QStringLiteral("archived"), v.node.archived},
                {QStringLiteral("partners"), v.rollUp.partners},
                {QStringLiteral("customers"), v.rollUp.customers},
                {QStringLiteral("openLeads"), v.rollUp.openLeads},
                {QStringLiteral("wonValue"), moneyJson(v.rollUp.wonValue)},
                {QStringLiteral("hiddenChildren"), v.hiddenChildren}};
            open.append(o);
            childArrays.append(QJsonArray());
            return {};
        };
        const auto leave = [&](const TreeWalk::Visit &) -> Status {
            QJsonObject o = open.takeLast();
            o.insert(QStringLiteral("children"), childArrays.takeLast());
            childArrays.last().append(o);
            return {};
        };
        if (Status s = walk.walk(top, 0, visit, leave); !s)
            return context.fail(s.error());
        QJsonDocument doc;
        if (context.isSet(QStringLiteral("root")))
            doc = QJsonDocument(childArrays.first().first().toObject());
        else
            doc = QJsonDocument(childArrays.first());
        context.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        if (hiddenTop > 0)
            context.note(tr("%L1 more top-level partners not shown; use --limit to see more (0 = all).")
                             .arg(hiddenTop));
        return ExitOk;
    }

    const bool table = context.format() == OutputFormat::Table;
    QList<TableOutput::Column> columns;
    if (!table)
        columns << TableOutput::Column {QStringLiteral("depth"), tr("Depth"), true}
                << TableOutput::Column {QStringLiteral("parent"), tr("Parent")};
    columns << TableOutput::Column {QStringLiteral("code"), tr("Code")}
            << TableOutput::Column {QStringLiteral("name"), tr("Name")}
            << TableOutput::Column {QStringLiteral("kind"), tr("Kind")}
            << TableOutput::Column {QStringLiteral("partners"), tr("Partners"), true}
            << TableOutput::Column {QStringLiteral("customers"), tr("Customers"), true}
            << TableOutput::Column {QStringLiteral("openLeads"), tr("Open leads"), true}
            << TableOutput::Column {QStringLiteral("wonValue"), tr("Won value")}
            << TableOutput::Column {QStringLiteral("hiddenChildren"), tr("Not shown"), true};
    TableOutput output(context, columns);
    QHash<qint64, QString> codes; // parent codes for CSV
    const auto visit = [&](const TreeWalk::Visit &v) -> Status {
        QVariantList values;
        if (!table)
            values << v.depth << codes.value(v.node.parentId);
        codes.insert(v.node.id, v.node.code);
        const QString indent(v.depth * 2, QLatin1Char(' '));
        values << (table ? indent + v.node.code : v.node.code) << v.node.name;
        const auto kind = Partner::kindFromKey(v.node.kind);
        values << (table && kind ? Partner::kindLabel(*kind) : v.node.kind) << v.rollUp.partners
               << v.rollUp.customers << v.rollUp.openLeads << moneyText(v.rollUp.wonValue)
               << (v.hiddenChildren > 0 ? QVariant(v.hiddenChildren)
                                        : QVariant(table ? QVariant() : QVariant(0)));
        return output.addRow(values);
    };
    if (Status s = walk.walk(top, 0, visit, {}); !s)
        return context.fail(s.error());
    if (Status s = output.finish(); !s)
        return context.fail(s.error());
    if (hiddenTop > 0 && table)
        context.note(
            tr("%L1 more top-level partners not shown; use --limit to see more (0 = all).").arg(hiddenTop));
    return ExitOk;
}

int NetworkCommands::move(CommandContext &context)
{
    const bool toRoot = context.isSet(QStringLiteral("root"));
    const bool toParent = context.isSet(QStringLiteral("parent"));
    if (toRoot == toParent)
        return context.fail(Error {Error::Code::Usage,
            tr("Give either --parent CODE or --root (to move the partner to the top level)."),
            QStringLiteral("--parent"), {}, 0, 0});
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto id = partnerId(db.value(), context.arguments().first(), QStringLiteral("CODE"));
    if (!id)
        return context.fail(id.error());
    qint64 parent = 0;
    if (toParent) {
        auto p = partnerId(db.value(), context.value(QStringLiteral("parent")), QStringLiteral("--parent"));
        if (!p)
            return context.fail(p.error());
        parent = p.value();
    }
    if (Status s
        = NetworkStore(db.value()).setParent(id.value(), parent, context.value(QStringLiteral("comment")));
        !s)
        return context.fail(s.error());
    context.out() << (toRoot ? tr("Moved %1 to the top level.").arg(context.arguments().first())
                             : tr("Moved %1 below %2.")
                                   .arg(context.arguments().first(), context.value(QStringLiteral("parent"))))
                  << '\n';
    return ExitOk;
}

namespace {

// The database and the two partners DISTRIBUTOR_CODE RESELLER_CODE name.
struct LinkArguments
{
    Database db;
    qint64 distributor = 0;
    qint64 reseller = 0;
};

Result<LinkArguments> linkArguments(const CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return db.error();
    auto d = partnerId(db.value(), context.arguments().at(0), QStringLiteral("DISTRIBUTOR_CODE"));
    if (!d)
        return d.error();
    auto r = partnerId(db.value(), context.arguments().at(1), QStringLiteral("RESELLER_CODE"));
    if (!r)
        return r.error();
    return LinkArguments {db.value(), d.value(), r.value()};
}

} // namespace

int NetworkCommands::link(CommandContext &context)
{
    auto pair = linkArguments(context);
    if (!pair)
        return context.fail(pair.error());
    const auto &[db, distributor, reseller] = pair.value();
    auto linked = NetworkStore(db).link(distributor, reseller, context.value(QStringLiteral("focus")));
    if (!linked)
        return context.fail(linked.error());
    context.out() << tr("%1 %2 now serves %3 %4.")
                         .arg(linked->distributorCode, linked->distributorName, linked->resellerCode,
                             linked->resellerName)
                  << '\n';
    return ExitOk;
}

int NetworkCommands::unlink(CommandContext &context)
{
    auto pair = linkArguments(context);
    if (!pair)
        return context.fail(pair.error());
    const auto &[db, distributor, reseller] = pair.value();
    if (Status s = NetworkStore(db).unlink(distributor, reseller, context.value(QStringLiteral("comment")));
        !s)
        return context.fail(s.error());
    context.out() << tr("%1 no longer serves %2.").arg(context.arguments().at(0), context.arguments().at(1))
                  << '\n';
    return ExitOk;
}

int NetworkCommands::distributors(CommandContext &context)
{
    auto limit = Listing::limitOption(context);
    if (!limit)
        return context.fail(limit.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    NetworkScope scope(db.value());
    const int pageSize = 500;
    const auto relation = [](const ScopedReseller &r) {
        return r.child && r.linked ? QStringLiteral("child+linked")
            : r.child              ? QStringLiteral("child")
                                   : QStringLiteral("linked");
    };

    const bool json = context.format() == OutputFormat::Json;
    QJsonArray array;
    std::unique_ptr<TableOutput> output;
    if (!json)
        output = std::make_unique<TableOutput>(context,
            QList<TableOutput::Column> {{QStringLiteral("distributor"), tr("Distributor")},
                {QStringLiteral("distributorName"), tr("Distributor name")},
                {QStringLiteral("reseller"), tr("Reseller")},
                {QStringLiteral("resellerName"), tr("Reseller name")},
                {QStringLiteral("relation"), tr("Relation")}, {QStringLiteral("focus"), tr("Focus")}});
    qint64 shown = 0;
    for (int offset = 0;; offset += pageSize) {
        auto page = scope.distributors(pageSize, offset);
        if (!page)
            return context.fail(page.error());
        for (const NetworkNode &d : page.value()) {
            if (limit.value() != 0 && shown >= limit.value())
                break;
            ++shown;
            QJsonArray resellers;
            bool any = false;
            for (int rOffset = 0;; rOffset += pageSize) {
                auto list = scope.directResellers(d.id, pageSize, rOffset);
                if (!list)
                    return context.fail(list.error());
                for (const ScopedReseller &r : list.value()) {
                    any = true;
                    if (json)
                        resellers.append(QJsonObject {{QStringLiteral("code"), r.node.code},
                            {QStringLiteral("name"), r.node.name}, {QStringLiteral("relation"), relation(r)},
                            {QStringLiteral("focus"), r.focus}});
                    else if (Status s = output->addRow(
                                 {d.code, d.name, r.node.code, r.node.name, relation(r), r.focus});
                             !s)
                        return context.fail(s.error());
                }
                if (list.value().size() < pageSize)
                    break;
            }
            if (json)
                array.append(QJsonObject {{QStringLiteral("code"), d.code}, {QStringLiteral("name"), d.name},
                    {QStringLiteral("resellers"), resellers}});
            else if (!any)
                if (Status s
                    = output->addRow({d.code, d.name, QVariant(), QVariant(), QVariant(), QVariant()});
                    !s)
                    return context.fail(s.error());
        }
        if (page.value().size() < pageSize || (limit.value() != 0 && shown >= limit.value()))
            break;
    }
    if (json) {
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (Status s = output->finish(); !s)
        return context.fail(s.error());
    return ExitOk;
}

} // namespace cd::cli
