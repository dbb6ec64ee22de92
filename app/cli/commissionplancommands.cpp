// The plan and rule commands: plans add, assign and list, a partner's rate and flags, customer
// overrides and splits.

#include "commissionscommands_p.h"

#include "commissions/commissionrulestore.h"
#include "db/sql.h"
#include "listing.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"
#include "tableoutput.h"

#include <QJsonArray>

namespace cd::cli {

using namespace commissioncli;

int CommissionsCommands::addPlan(CommandContext &context)
{
    CommissionPlan plan;
    plan.name = context.arguments().first();
    const bool fixed = context.isSet(QStringLiteral("fixed"));
    const bool tiers = context.isSet(QStringLiteral("tiers"));
    if (fixed == tiers)
        return context.usage(tr("Give the plan either --fixed RATE or --tiers \"0:5,10000:7.5\"."));
    if (fixed) {
        auto rate = percentOption(context, QStringLiteral("fixed"));
        if (!rate)
            return context.fail(rate.error());
        plan.rate = rate.value();
    } else {
        plan.tiered = true;
        auto parsed = CommissionPlan::tiersFromText(
            context.value(QStringLiteral("tiers")), true, QStringLiteral("--tiers"));
        if (!parsed)
            return context.fail(usageError(QStringLiteral("--tiers"), parsed.error().message));
        plan.tiers = parsed.value();
    }
    if (context.isSet(QStringLiteral("mode"))) {
        const QString mode = context.value(QStringLiteral("mode")).trimmed().toLower();
        if (mode != QLatin1String("whole") && mode != QLatin1String("marginal"))
            return context.fail(
                usageError(QStringLiteral("--mode"), tr("Use --mode whole or --mode marginal.")));
        if (!tiers)
            return context.usage(tr("--mode applies to tiers; give --tiers."));
        plan.mode = mode == QLatin1String("marginal") ? TierMode::Marginal : TierMode::Whole;
    }
    if (context.isSet(QStringLiteral("on"))) {
        const QString on = context.value(QStringLiteral("on")).trimmed().toLower();
        if (on != QLatin1String("invoice") && on != QLatin1String("payment"))
            return context.fail(usageError(QStringLiteral("--on"), tr("Use --on invoice or --on payment.")));
        plan.timing = on == QLatin1String("payment") ? PayTiming::OnPayment : PayTiming::OnInvoice;
    }
    if (context.isSet(QStringLiteral("categories"))) {
        auto rates = CommissionPlan::categoryRatesFromText(
            context.value(QStringLiteral("categories")), true, QStringLiteral("--categories"));
        if (!rates)
            return context.fail(usageError(QStringLiteral("--categories"), rates.error().message));
        plan.categoryRates = rates.value();
    }
    if (context.isSet(QStringLiteral("cascade"))) {
        auto rates = CommissionPlan::ratesFromText(
            context.value(QStringLiteral("cascade")), true, QStringLiteral("--cascade"));
        if (!rates)
            return context.fail(usageError(QStringLiteral("--cascade"), rates.error().message));
        plan.cascade = rates.value();
    }
    for (const auto &[option, target] : {std::pair {QStringLiteral("line-cap"), &plan.lineCap},
             std::pair {QStringLiteral("period-cap"), &plan.periodCap}}) {
        if (!context.isSet(option))
            continue;
        auto cap = Decimal::parse(context.value(option), QStringLiteral("--") + option);
        if (!cap)
            return context.fail(usageError(QStringLiteral("--") + option, cap.error().message));
        *target = cap.value();
    }
    for (const auto &[option, target] :
        {std::pair {QStringLiteral("distributor-rate"), &plan.distributorRate},
            std::pair {QStringLiteral("distributor-share"), &plan.distributorShare}}) {
        if (!context.isSet(option))
            continue;
        auto rate = percentOption(context, option);
        if (!rate)
            return context.fail(rate.error());
        *target = rate.value();
    }
    plan.includeDeals = context.isSet(QStringLiteral("deals"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto added = CommissionRuleStore(*db).addPlan(plan);
    if (!added)
        return context.fail(added.error());
    context.out() << tr("Added the plan %1.").arg(added->name) << '\n';
    return ExitOk;
}

int CommissionsCommands::assignPlan(CommandContext &context)
{
    const bool toPartner = context.isSet(QStringLiteral("partner"));
    if (toPartner == context.isSet(QStringLiteral("level")))
        return context.usage(tr("Give either --partner CODE or --level NAME."));
    auto from = fromOption(context);
    if (!from)
        return context.fail(from.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    CommissionRuleStore rules(*db);
    const QString name = context.arguments().first();
    qint64 planId = 0;
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        auto plan = rules.planNamed(name);
        if (!plan)
            return context.fail(plan.error());
        planId = plan->id;
    }
    Status done;
    if (toPartner) {
        auto id = LeadsCommands::partnerId(
            *db, context.value(QStringLiteral("partner")), QStringLiteral("--partner"));
        if (!id)
            return context.fail(id.error());
        done = rules.assignToPartner(planId, id.value(), from.value());
    } else {
        auto levels = LookupStore(*db).levels();
        if (!levels)
            return context.fail(levels.error());
        qint64 levelId = 0;
        for (const auto &l : levels.value()) {
            if (l.name.compare(context.value(QStringLiteral("level")).trimmed(), Qt::CaseInsensitive) == 0)
                levelId = l.id;
        }
        if (levelId == 0)
            return context.fail(usageError(QStringLiteral("--level"),
                tr("There is no level named %1.").arg(context.value(QStringLiteral("level")))));
        done = rules.assignToLevel(planId, levelId, from.value());
    }
    if (!done)
        return context.fail(done.error());
    context.out() << (planId > 0 ? tr("Assigned the plan %1.").arg(name) : tr("Ended the plan.")) << '\n';
    return ExitOk;
}

int CommissionsCommands::listPlans(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto plans = CommissionRuleStore(*db).plans();
    if (!plans)
        return context.fail(plans.error());
    const auto percent = [](const std::optional<Rate> &r) { return percentOrNull(r); };
    if (Status s = TableOutput::write(context,
            {{QStringLiteral("name"), tr("Name")}, {QStringLiteral("basis"), tr("Basis")},
                {QStringLiteral("rate"), tr("Rate (%)"), true}, {QStringLiteral("tiers"), tr("Tiers")},
                {QStringLiteral("mode"), tr("Mode")}, {QStringLiteral("on"), tr("Pays on")},
                {QStringLiteral("categories"), tr("Categories")}, {QStringLiteral("cascade"), tr("Cascade")},
                {QStringLiteral("lineCap"), tr("Line cap"), true},
                {QStringLiteral("periodCap"), tr("Period cap"), true},
                {QStringLiteral("distributorRate"), tr("Distributor rate (%)"), true},
                {QStringLiteral("distributorShare"), tr("Distributor share (%)"), true},
                {QStringLiteral("deals"), tr("Deals")}},
            plans.value(),
            [&percent](const CommissionPlan &p) -> QVariantList {
                QStringList tiers;
                for (const CommissionTier &t : p.tiers)
                    tiers << t.from.toString() + QLatin1Char(':') + t.rate.toPercentString().chopped(1);
                QStringList categories;
                for (const CategoryRate &c : p.categoryRates)
                    categories << c.category + QLatin1Char(':') + c.rate.toPercentString().chopped(1);
                QStringList cascade;
                for (const Rate &r : p.cascade)
                    cascade << r.toPercentString().chopped(1);
                const auto cap = [](const std::optional<Decimal> &d) {
                    return d ? QVariant(d->toString()) : QVariant();
                };
                return {p.name, p.tiered ? QStringLiteral("tiered") : QStringLiteral("fixed"),
                    p.tiered ? QVariant() : percent(p.rate), orNull(tiers.join(QLatin1Char(','))),
                    p.tiered ? QVariant(CommissionPlan::modeKey(p.mode)) : QVariant(),
                    CommissionPlan::timingKey(p.timing), orNull(categories.join(QLatin1Char(','))),
                    orNull(cascade.join(QLatin1Char(','))), cap(p.lineCap), cap(p.periodCap),
                    percent(p.distributorRate), percent(p.distributorShare), p.includeDeals};
            });
        !s)
        return context.fail(s.error());
    return ExitOk;
}

int CommissionsCommands::partner(CommandContext &context)
{
    if (!context.isSet(QStringLiteral("rate")) && !context.isSet(QStringLiteral("margin")))
        return context.usage(tr("Give --rate RATE or --margin yes|no."));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    PartnerStore store(*db);
    auto found = store.findByCode(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    Partner p = found.value();
    if (context.isSet(QStringLiteral("rate"))) {
        if (context.value(QStringLiteral("rate"))
                .trimmed()
                .compare(QLatin1String("none"), Qt::CaseInsensitive)
            == 0) {
            p.commissionRate.reset();
        } else {
            auto rate = percentOption(context, QStringLiteral("rate"));
            if (!rate)
                return context.fail(rate.error());
            p.commissionRate = rate.value();
        }
    }
    if (context.isSet(QStringLiteral("margin"))) {
        const QString v = context.value(QStringLiteral("margin")).trimmed().toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return context.fail(
                usageError(QStringLiteral("--margin"), tr("Use --margin yes or --margin no.")));
        p.marginBased = v == QLatin1String("yes");
    }
    auto saved = store.update(p);
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("%1: default rate %2, %3.")
                         .arg(saved->code,
                             saved->commissionRate ? saved->commissionRate->toPercentString() : tr("none"),
                             saved->marginBased ? tr("margin reseller") : tr("earns commissions"))
                  << '\n';
    return ExitOk;
}

int CommissionsCommands::override(CommandContext &context)
{
    if (!context.isSet(QStringLiteral("partner")) || !context.isSet(QStringLiteral("rate")))
        return context.usage(tr("Give --partner CODE and --rate RATE (or --rate none)."));
    std::optional<Rate> rate;
    if (context.value(QStringLiteral("rate")).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive)
        != 0) {
        auto parsed = percentOption(context, QStringLiteral("rate"));
        if (!parsed)
            return context.fail(parsed.error());
        rate = parsed.value();
    }
    auto target = customerRule(context);
    if (!target)
        return context.fail(target.error());
    auto partner = LeadsCommands::partnerId(
        target->db, context.value(QStringLiteral("partner")), QStringLiteral("--partner"));
    if (!partner)
        return context.fail(partner.error());
    if (Status s = CommissionRuleStore(target->db)
                       .setOverride(target->customerId, partner.value(), rate, target->from);
        !s)
        return context.fail(s.error());
    context.out() << (rate ? tr("Override set: %1.").arg(rate->toPercentString()) : tr("Override ended."))
                  << '\n';
    return ExitOk;
}

int CommissionsCommands::split(CommandContext &context)
{
    const QStringList given = context.parser().values(QStringLiteral("share"));
    const bool end = context.isSet(QStringLiteral("end"));
    if (given.isEmpty() == !end)
        return context.usage(tr("Give --share CODE:PERCENT for each partner, or --end."));
    auto target = customerRule(context);
    if (!target)
        return context.fail(target.error());
    QList<SplitShare> shares;
    for (const QString &text : given) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.fail(usageError(
                QStringLiteral("--share"), tr("\"%1\" is not CODE:PERCENT, e.g. P-0001:60.").arg(text)));
        auto partner = LeadsCommands::partnerId(target->db, text.left(colon), QStringLiteral("--share"));
        if (!partner)
            return context.fail(partner.error());
        auto share = commission::parsePercent(text.mid(colon + 1), QStringLiteral("--share"));
        if (!share)
            return context.fail(usageError(QStringLiteral("--share"), share.error().message));
        shares.append({partner.value(), share.value(), text.left(colon).trimmed()});
    }
    if (Status s = CommissionRuleStore(target->db).setSplit(target->customerId, shares, target->from); !s)
        return context.fail(s.error());
    context.out() << (end ? tr("Split ended.")
                          : tr("Split set among %n partner(s).", nullptr, int(shares.size())))
                  << '\n';
    return ExitOk;
}

} // namespace cd::cli
