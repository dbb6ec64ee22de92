#include "salesdemo.h"

#include "commissions/commissionrulestore.h"
#include "commissions/settlement.h"
#include "common/clock.h"
#include "db/rawstatement.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <random>

namespace cd {

namespace {

QString currencyOf(const QString &country)
{
    if (country == QLatin1String("GB"))
        return QStringLiteral("GBP");
    if (country == QLatin1String("US"))
        return QStringLiteral("USD");
    if (country == QLatin1String("CH"))
        return QStringLiteral("CHF");
    return QStringLiteral("EUR");
}

struct DemoPlan
{
    const char *name;
    const char *basis;
    const char *rate;
    const char *tiers;
    const char *mode;
    const char *categories;
    const char *timing;
    const char *cascade;
    const char *distributorShare;
};

const DemoPlan kPlans[] = {
    {"Standard", "fixed", "0.05", "", "whole", "", "invoice", "", nullptr},
    {"Growth tiers", "tiered", "0", "0:0.04,20000:0.06,50000:0.08", "whole", "", "invoice", "", nullptr},
    {"Marginal ladder", "tiered", "0", "0:0.03,10000:0.05,30000:0.07", "marginal", "", "payment", "",
        nullptr},
    {"Hardware mix", "fixed", "0.06", "", "whole", "Hardware:0.04,Software:0.1,Services:0.08", "invoice", "",
        nullptr},
    {"Sub-dealer cascade", "fixed", "0.07", "", "whole", "", "invoice", "0.02,0.01", nullptr},
    {"Distributor programme", "fixed", "0.08", "", "whole", "", "invoice", "", "0.2"},
};

} // namespace

SalesDemo::SalesDemo(const Database &db)
    : m_db(db)
{}

Result<SalesDemoReport> SalesDemo::run(quint64 seed, qint64 firstId, qint64 lastId, qint64 maxCustomers) const
{
    SalesDemoReport report;
    const QSqlDatabase db = m_db.sql();
    std::mt19937_64 rng(seed ^ 0x5a1e5ULL);
    const QDate today = Clock::today();
    const QDate firstDay = QDate(today.year(), today.month(), 1).addMonths(-12);
    const QString from = firstDay.toString(Qt::ISODate);
    const QString now = sql::isoUtc(Clock::nowUtc());
    const QString seedText = QString::number(seed % 1000003);
    {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        // Default rates: the latest agreement's where there is one, else a spread from 3 to 10 %
        // for most partners; one in fifty is a margin reseller.
        if (Status s = sql::run(db,
                QStringLiteral(
                    "UPDATE partners SET commission_rate = coalesce((SELECT a.commission_rate FROM "
                    "agreements a WHERE a.partner_id = partners.id AND a.commission_rate NOT IN ('', '0') "
                    "ORDER BY a.id DESC LIMIT 1), CASE ((id + %1) * 2654435761) %% 10 WHEN 0 THEN NULL "
                    "WHEN 1 THEN '0.03' WHEN 2 THEN '0.04' WHEN 3 THEN '0.05' WHEN 4 THEN '0.05' WHEN 5 "
                    "THEN '0.06' WHEN 6 THEN '0.075' WHEN 7 THEN '0.08' WHEN 8 THEN '0.1' ELSE '0.05' END), "
                    "margin_based = CASE WHEN ((id + %1) * 40503) %% 50 = 7 AND kind IN ('reseller', "
                    "'dealer') THEN 1 ELSE 0 END WHERE id BETWEEN ? AND ?")
                    .arg(seedText)
                    .replace(QStringLiteral("%%"), QStringLiteral("%")),
                {firstId, lastId});
            !s)
            return s.error();
        CommissionRuleStore rules(m_db);
        QList<qint64> planIds;
        for (const DemoPlan &p : kPlans) {
            auto existing = sql::scalar(db, QStringLiteral("SELECT id FROM commission_plans WHERE name = ?"),
                {QLatin1String(p.name)});
            if (!existing)
                return existing.error();
            if (existing->isValid()) {
                planIds.append(existing->toLongLong());
                continue;
            }
            auto q = sql::exec(db,
                QStringLiteral(
                    "INSERT INTO commission_plans (name, basis, rate, tiers, tier_mode, category_rates, "
                    "timing, cascade, distributor_share, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?)"),
                {QLatin1String(p.name), QLatin1String(p.basis), QLatin1String(p.rate), QLatin1String(p.tiers),
                    QLatin1String(p.mode), QLatin1String(p.categories), QLatin1String(p.timing),
                    QLatin1String(p.cascade),
                    p.distributorShare ? QVariant(QLatin1String(p.distributorShare))
                                       : QVariant(QMetaType::fromType<QString>()),
                    now, now});
            if (!q)
                return q.error();
            planIds.append(q->lastInsertId().toLongLong());
            ++report.plans;
        }
        // Levels: Gold partners on growth tiers, Silver on the standard plan, the rest on their rate.
        for (const auto &[level, plan] : {std::pair {QStringLiteral("Gold"), planIds[1]},
                 std::pair {QStringLiteral("Silver"), planIds[0]}}) {
            auto id
                = sql::scalar(db, QStringLiteral("SELECT id FROM partner_levels WHERE name = ?"), {level});
            if (!id)
                return id.error();
            if (id->isValid()) {
                if (Status s = rules.assignToLevel(plan, id->toLongLong(), firstDay); !s)
                    return s.error();
            }
        }
        // Own plans for some partners: sub-dealers cascade, distributors run the programme, a few
        // others on the marginal ladder or the category mix.
        if (Status s = sql::run(db,
                QStringLiteral(
                    "INSERT INTO commission_plan_assignments (plan_id, partner_id, valid_from, created_at, "
                    "created_by) SELECT CASE WHEN kind = 'distributor' THEN ? WHEN parent_id IS NOT NULL "
                    "AND (id %% 3) = 0 THEN ? WHEN (id %% 13) = 1 THEN ? ELSE ? END, id, ?, ?, 'demo' FROM "
                    "partners WHERE id BETWEEN ? AND ? AND margin_based = 0 AND (kind = 'distributor' OR "
                    "(parent_id IS NOT NULL AND (id %% 3) = 0) OR (id %% 13) IN (1, 2))")
                    .replace(QStringLiteral("%%"), QStringLiteral("%")),
                {planIds[5], planIds[4], planIds[2], planIds[3], from, now, firstId, lastId});
            !s)
            return s.error();
        // Distributor terms on some links.
        if (Status s = sql::run(db,
                QStringLiteral(
                    "UPDATE distributor_links SET commission_rate = CASE WHEN (id %% 2) = 0 THEN '0.02' END, "
                    "commission_share = CASE WHEN (id %% 2) = 1 THEN '0.15' END WHERE removed_at IS NULL AND "
                    "(id %% 3) = 0 AND reseller_id BETWEEN ? AND ?")
                    .replace(QStringLiteral("%%"), QStringLiteral("%")),
                {firstId, lastId});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    // A year of monthly invoices for a sample of the customers, spread over all of them.
    auto total = sql::scalar(db,
        QStringLiteral(
            "SELECT count(*) FROM customers WHERE partner_id BETWEEN ? AND ? AND archived_at IS NULL"),
        {firstId, lastId});
    if (!total)
        return total.error();
    const qint64 stride = std::max<qint64>(1, total->toLongLong() / std::max<qint64>(1, maxCustomers));
    auto customers = sql::exec(db,
        QStringLiteral(
            "SELECT c.id, c.partner_id, c.country, p.margin_based, (SELECT distributor_id FROM "
            "distributor_links l WHERE l.reseller_id = c.partner_id AND l.removed_at IS NULL LIMIT 1) FROM "
            "customers c JOIN partners p ON p.id = c.partner_id WHERE c.partner_id BETWEEN ? AND ? AND "
            "c.archived_at IS NULL AND (c.id %% ?) = 0 ORDER BY c.id LIMIT ?")
            .replace(QStringLiteral("%%"), QStringLiteral("%")),
        {firstId, lastId, stride, maxCustomers});
    if (!customers)
        return customers.error();
    struct Buyer
    {
        qint64 id;
        qint64 partner;
        QString currency;
        bool margin;
        qint64 distributor;
    };
    QList<Buyer> buyers;
    while (customers.value().next()) {
        const QSqlQuery &r = customers.value();
        buyers.append({r.value(0).toLongLong(), r.value(1).toLongLong(), currencyOf(r.value(2).toString()),
            r.value(3).toBool(), r.value(4).toLongLong()});
    }
    {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        sql::RawStatement insert;
        if (Status s = insert.prepare(m_db.handle(),
                QStringLiteral(
                    "INSERT INTO sales (number, kind, issued_on, customer_id, partner_id, partner_given, "
                    "distributor_id, invoice_id, category, amount_minor, currency, cost_minor, paid_on, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s.error();
        auto next = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sales"));
        if (!next)
            return next.error();
        qint64 number = next->toLongLong();
        static const char *const kCategories[] = {"Hardware", "Software", "Services"};
        const QVariant none;
        for (const Buyer &b : std::as_const(buyers)) {
            const qint64 typical = std::uniform_int_distribution<qint64>(20000, 1500000)(rng);
            for (int m = 0; m <= 12; ++m) {
                const QDate monthStart = firstDay.addMonths(m);
                const QDate issued = monthStart.addDays(std::uniform_int_distribution<int>(0, 26)(rng));
                if (issued > today)
                    break;
                const qint64 amount = typical * std::uniform_int_distribution<int>(60, 140)(rng) / 100;
                const QDate paid = issued.addDays(std::uniform_int_distribution<int>(7, 45)(rng));
                const bool isPaid = paid <= today && std::uniform_int_distribution<int>(0, 99)(rng) < 92;
                const QString category
                    = QLatin1String(kCategories[std::uniform_int_distribution<int>(0, 2)(rng)]);
                const qint64 cost = amount * std::uniform_int_distribution<int>(70, 90)(rng) / 100;
                const bool viaDistributor
                    = b.distributor > 0 && std::uniform_int_distribution<int>(0, 2)(rng) == 0;
                insert.bindAll({QStringLiteral("INV-%1").arg(++number, 7, 10, QLatin1Char('0')),
                    QStringLiteral("invoice"), issued.toString(Qt::ISODate), b.id, b.partner,
                    viaDistributor ? QVariant(b.distributor) : none, none, category, amount, b.currency,
                    b.margin ? QVariant(cost) : none, isPaid ? QVariant(paid.toString(Qt::ISODate)) : none,
                    now, now});
                if (Status s = insert.run(); !s)
                    return s.error();
                ++report.invoices;
                const qint64 invoiceId = insert.lastInsertId();
                if (std::uniform_int_distribution<int>(0, 99)(rng) < 3) {
                    const QDate creditDay = issued.addDays(std::uniform_int_distribution<int>(5, 30)(rng));
                    if (creditDay > today)
                        continue;
                    const qint64 credit = amount * std::uniform_int_distribution<int>(10, 50)(rng) / 100;
                    insert.bindAll({QStringLiteral("CN-%1").arg(++number, 7, 10, QLatin1Char('0')),
                        QStringLiteral("credit"), creditDay.toString(Qt::ISODate), b.id, b.partner, none,
                        invoiceId, category, credit, b.currency, b.margin ? QVariant(credit * 8 / 10) : none,
                        none, now, now});
                    if (Status s = insert.run(); !s)
                        return s.error();
                    ++report.creditNotes;
                }
            }
        }
        // A few overrides and splits among the customers with sales.
        CommissionRuleStore rules(m_db);
        for (qsizetype i = 0; i < buyers.size(); ++i) {
            const Buyer &b = buyers[i];
            if (b.margin)
                continue;
            if (i % 97 == 5) {
                if (Status s = rules.setOverride(b.id, b.partner, Rate::fromMicros(120000), firstDay); !s)
                    return s.error();
            } else if (i % 131 == 7 && i + 1 < buyers.size() && buyers[i + 1].partner != b.partner
                && !buyers[i + 1].margin) {
                if (Status s = rules.setSplit(b.id,
                        {{b.partner, Rate::fromMicros(700000), {}},
                            {buyers[i + 1].partner, Rate::fromMicros(300000), {}}},
                        firstDay);
                    !s)
                    return s.error();
            }
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    // History: every month but the last two settled, all but the last three approved.
    Settlement settlement(m_db);
    auto settled = settlement.settledPeriods();
    if (!settled)
        return settled.error();
    if (settled->isEmpty() && !buyers.isEmpty()) {
        CommissionPeriod period = CommissionPeriod::containing(firstDay, PeriodLength::Month);
        const CommissionPeriod lastSettled
            = CommissionPeriod::containing(today, PeriodLength::Month).previous().previous();
        const CommissionPeriod lastApproved = lastSettled.previous();
        while (period.start <= lastSettled.start) {
            auto run = settlement.settle(period);
            if (!run)
                return run.error();
            report.statements += run->statements.size();
            if (period.start <= lastApproved.start && !run->statements.isEmpty()) {
                if (auto approved = settlement.approve(period); !approved)
                    return approved.error();
            }
            period = period.next();
        }
    }
    return report;
}

} // namespace cd
