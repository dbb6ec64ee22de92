#include "commissionengine.h"

#include "commissiontext_p.h"
#include "common/fixedpoint_p.h"

#include "commissionrulestore.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QtNumeric>

#include <algorithm>

namespace cd {

namespace {

struct PartnerInfo
{
    QString code;
    QString name;
    qint64 levelId = 0;
    std::optional<Rate> rate;
    bool margin = false;
    qint64 parentId = 0;
};

// One document of the period, kept small: a month may hold millions. Numbers are read back only
// for the lines a preview shows; currency and category are indexes into the engine's texts.
struct SaleRow
{
    LineSource source = LineSource::Sale;
    bool credit = false;
    quint16 currency = 0;
    quint16 category = 0; // 0 = none
    qint64 id = 0;
    QDate issued;
    qint64 customer = 0;
    qint64 partner = 0;
    qint64 distributor = 0;
    qint64 invoice = 0;
    qint64 amount = 0; // positive
    std::optional<qint64> cost;
    QDate paid;
    QDate invoicePaid;

    qint64 signedAmount() const { return credit ? -amount : amount; }
};

struct Rule
{
    RuleKind kind = RuleKind::None;
    const CommissionPlan *plan = nullptr;
    Rate rate;
};

struct Entry
{
    int sale = 0;
    qint64 partner = 0;
    qint64 base = 0;
    Rule rule;
    QDate lineDate;
    LineRole role = LineRole::Direct;
    std::optional<Rate> share;
};

struct LinkTerms
{
    std::optional<Rate> rate;
    std::optional<Rate> share;
};

struct SplitRule
{
    QDate from;
    QList<SplitShare> shares;
};

// Half-up rounding of micro-minor units to minor units, away from zero on ties.
qint64 roundMicros(qint64 micros)
{
    const qint64 unit = Rate::unit;
    const qint64 q = micros / unit;
    const qint64 r = micros % unit;
    if (2 * (r < 0 ? -r : r) >= unit)
        return micros < 0 ? q - 1 : q + 1;
    return q;
}

// The product base × rate in micro-minor units; nullopt when it does not fit.
std::optional<qint64> times(qint64 base, const Rate &rate)
{
    qint64 out = 0;
    if (qMulOverflow(base, rate.micros(), &out))
        return std::nullopt;
    return out;
}

Error tooLarge(qint64 saleId)
{
    return Error::make(Error::Code::Validation,
        CommissionText::tr("The commission on %1 is too large to compute exactly.")
            .arg(QStringLiteral("#%1").arg(saleId)));
}

template<typename T>
const T *latestOn(const QList<T> &list, const QDate &date)
{
    const T *found = nullptr;
    for (const T &item : list) {
        if (item.from <= date)
            found = &item;
        else
            break;
    }
    return found;
}

} // namespace

struct CommissionEngine::Private
{
    Database db;
    QHash<qint64, PartnerInfo> partners;
    QSet<qint64> movedPartners; // have parent changes
    QHash<qint64, CommissionPlan> plans;
    struct Dated
    {
        QDate from;
        qint64 planId;
    };
    QHash<qint64, QList<Dated>> byPartner;
    QHash<qint64, QList<Dated>> byLevel;
    struct DatedRate
    {
        QDate from;
        std::optional<Rate> rate;
    };
    QHash<QPair<qint64, qint64>, QList<DatedRate>> overrides;
    QHash<qint64, QList<SplitRule>> splits;
    QHash<QPair<qint64, qint64>, LinkTerms> links;
    bool anyDeals = false;
    QStringList texts {QString()}; // currencies and categories of the rows; 0 = none
    QHash<QString, quint16> textIndex {{QString(), 0}};
    std::optional<QSqlQuery> partnerQuery;
    std::optional<QSqlQuery> parentQuery;

    Status load();
    Result<const PartnerInfo *> partner(qint64 id);
    Result<qint64> parentOn(qint64 id, const QDate &date);
    Result<Rule> ruleFor(qint64 customer, qint64 partnerId, const QDate &date);
    Result<QList<SaleRow>> readSales(const CommissionPeriod &period);
    quint16 textId(const QString &text)
    {
        auto it = textIndex.constFind(text);
        if (it != textIndex.constEnd())
            return it.value();
        texts.append(text);
        return textIndex.insert(text, quint16(texts.size() - 1)).value();
    }
};

Status CommissionEngine::Private::load()
{
    const QSqlDatabase sqlDb = db.sql();
    partners.clear();
    plans.clear();
    byPartner.clear();
    byLevel.clear();
    overrides.clear();
    splits.clear();
    links.clear();
    movedPartners.clear();
    CommissionRuleStore rules(db);
    auto allPlans = rules.plans();
    if (!allPlans)
        return allPlans.error();
    anyDeals = false;
    for (const CommissionPlan &p : allPlans.value()) {
        plans.insert(p.id, p);
        anyDeals = anyDeals || p.includeDeals;
    }
    auto assignments = rules.assignments();
    if (!assignments)
        return assignments.error();
    for (const PlanAssignment &a : assignments.value()) {
        if (a.partnerId > 0)
            byPartner[a.partnerId].append({a.validFrom, a.planId});
        else
            byLevel[a.levelId].append({a.validFrom, a.planId});
    }
    auto q = sql::exec(sqlDb,
        QStringLiteral("SELECT customer_id, partner_id, valid_from, rate FROM commission_overrides ORDER BY "
                       "valid_from, id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QVariant rate = q.value().value(3);
        std::optional<Rate> r;
        if (!rate.isNull())
            r = Decimal::parse(rate.toString()).valueOr(Rate());
        overrides[{q.value().value(0).toLongLong(), q.value().value(1).toLongLong()}].append(
            {QDate::fromString(q.value().value(2).toString(), Qt::ISODate), r});
    }
    q = sql::exec(sqlDb,
        QStringLiteral(
            "SELECT s.customer_id, s.valid_from, s.id, x.partner_id, x.share FROM commission_splits s "
            "LEFT JOIN commission_split_shares x ON x.split_id = s.id ORDER BY s.customer_id, s.valid_from, "
            "s.id, x.partner_id"));
    if (!q)
        return q.error();
    qint64 lastSplit = 0;
    while (q.value().next()) {
        const qint64 customer = q.value().value(0).toLongLong();
        const qint64 splitId = q.value().value(2).toLongLong();
        QList<SplitRule> &list = splits[customer];
        if (splitId != lastSplit) {
            list.append({QDate::fromString(q.value().value(1).toString(), Qt::ISODate), {}});
            lastSplit = splitId;
        }
        if (!q.value().value(3).isNull())
            list.last().shares.append({q.value().value(3).toLongLong(),
                Decimal::parse(q.value().value(4).toString()).valueOr(Rate()), {}});
    }
    q = sql::exec(sqlDb,
        QStringLiteral(
            "SELECT distributor_id, reseller_id, commission_rate, commission_share FROM distributor_links "
            "WHERE removed_at IS NULL AND (commission_rate IS NOT NULL OR commission_share IS NOT NULL)"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        LinkTerms t;
        if (!q.value().value(2).isNull())
            t.rate = Decimal::parse(q.value().value(2).toString()).valueOr(Rate());
        if (!q.value().value(3).isNull())
            t.share = Decimal::parse(q.value().value(3).toString()).valueOr(Rate());
        links.insert({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()}, t);
    }
    auto moved = sql::ids(sqlDb, QStringLiteral("SELECT DISTINCT partner_id FROM partner_parent_changes"));
    if (!moved)
        return moved.error();
    for (qint64 id : moved.value())
        movedPartners.insert(id);
    partnerQuery.emplace(sqlDb);
    if (!partnerQuery->prepare(
            QStringLiteral("SELECT code, name, coalesce(level_id, 0), commission_rate, margin_based, "
                           "coalesce(parent_id, 0) FROM partners WHERE id = ?")))
        return sql::errorFrom(partnerQuery->lastError());
    parentQuery.emplace(sqlDb);
    if (!parentQuery->prepare(
            QStringLiteral("SELECT coalesce(old_parent_id, 0) FROM partner_parent_changes WHERE "
                           "partner_id = ? AND changed_on > ? ORDER BY changed_on, rowid LIMIT 1")))
        return sql::errorFrom(parentQuery->lastError());
    return {};
}

Result<const PartnerInfo *> CommissionEngine::Private::partner(qint64 id)
{
    if (auto it = partners.constFind(id); it != partners.constEnd())
        return &it.value();
    partnerQuery->addBindValue(id);
    if (!partnerQuery->exec())
        return sql::errorFrom(partnerQuery->lastError());
    PartnerInfo info;
    if (partnerQuery->next()) {
        info.code = partnerQuery->value(0).toString();
        info.name = partnerQuery->value(1).toString();
        info.levelId = partnerQuery->value(2).toLongLong();
        if (const QVariant r = partnerQuery->value(3); !r.isNull() && !r.toString().isEmpty())
            info.rate = Decimal::parse(r.toString()).valueOr(Rate());
        info.margin = partnerQuery->value(4).toBool();
        info.parentId = partnerQuery->value(5).toLongLong();
    }
    partnerQuery->finish();
    return &partners.insert(id, info).value();
}

Result<qint64> CommissionEngine::Private::parentOn(qint64 id, const QDate &date)
{
    auto info = partner(id);
    if (!info)
        return info.error();
    if (!movedPartners.contains(id))
        return info.value()->parentId;
    parentQuery->addBindValue(id);
    parentQuery->addBindValue(date.toString(Qt::ISODate));
    if (!parentQuery->exec())
        return sql::errorFrom(parentQuery->lastError());
    const qint64 parent = parentQuery->next() ? parentQuery->value(0).toLongLong() : info.value()->parentId;
    parentQuery->finish();
    return parent;
}

Result<Rule> CommissionEngine::Private::ruleFor(qint64 customer, qint64 partnerId, const QDate &date)
{
    if (customer > 0) {
        if (auto it = overrides.constFind({customer, partnerId}); it != overrides.constEnd()) {
            if (const DatedRate *o = latestOn(it.value(), date); o && o->rate)
                return Rule {RuleKind::Override, nullptr, *o->rate};
        }
    }
    if (const Dated *a = latestOn(byPartner.value(partnerId), date); a && a->planId > 0) {
        if (auto it = plans.constFind(a->planId); it != plans.constEnd())
            return Rule {RuleKind::PartnerPlan, &it.value(), it->rate};
    }
    auto info = partner(partnerId);
    if (!info)
        return info.error();
    if (info.value()->levelId > 0) {
        if (const Dated *a = latestOn(byLevel.value(info.value()->levelId), date); a && a->planId > 0) {
            if (auto it = plans.constFind(a->planId); it != plans.constEnd())
                return Rule {RuleKind::LevelPlan, &it.value(), it->rate};
        }
    }
    if (info.value()->rate)
        return Rule {RuleKind::DefaultRate, nullptr, *info.value()->rate};
    return Rule {};
}

Result<QList<SaleRow>> CommissionEngine::Private::readSales(const CommissionPeriod &period)
{
    const QString s = period.start.toString(Qt::ISODate);
    const QString e = period.end.toString(Qt::ISODate);
    QList<SaleRow> rows;
    auto q = sql::exec(db.sql(),
        QStringLiteral(
            "SELECT s.id, '', s.kind, s.issued_on, s.customer_id, coalesce(s.partner_id, 0), "
            "coalesce(s.distributor_id, 0), coalesce(s.invoice_id, 0), s.category, s.amount_minor, "
            "s.currency, "
            "s.cost_minor, s.paid_on, i.paid_on FROM sales s LEFT JOIN sales i ON i.id = s.invoice_id "
            "WHERE s.id IN (SELECT id FROM sales WHERE issued_on BETWEEN ? AND ? "
            "UNION ALL SELECT id FROM sales WHERE paid_on BETWEEN ? AND ? "
            "UNION ALL SELECT c.id FROM sales c JOIN sales v ON v.id = c.invoice_id "
            "WHERE v.paid_on BETWEEN ? AND ?) ORDER BY s.id"),
        {s, e, s, e, s, e});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    r.setForwardOnly(true);
    while (r.next()) {
        SaleRow row;
        row.id = r.value(0).toLongLong();
        row.credit = r.value(2).toString() == QLatin1String("credit");
        row.issued = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        row.customer = r.value(4).toLongLong();
        row.partner = r.value(5).toLongLong();
        row.distributor = r.value(6).toLongLong();
        row.invoice = r.value(7).toLongLong();
        row.category = textId(r.value(8).toString());
        row.amount = r.value(9).toLongLong();
        row.currency = textId(r.value(10).toString());
        if (const QVariant cost = r.value(11); !cost.isNull())
            row.cost = cost.toLongLong();
        row.paid = QDate::fromString(r.value(12).toString(), Qt::ISODate);
        row.invoicePaid = QDate::fromString(r.value(13).toString(), Qt::ISODate);
        rows.append(row);
    }
    if (!anyDeals)
        return rows;
    auto deals = sql::exec(db.sql(),
        QStringLiteral(
            "SELECT id, partner_id, coalesce(distributor_id, 0), value_minor, currency, substr(closed_at, 1, "
            "10) FROM deals WHERE outcome = 'won' AND closed_at >= ? AND closed_at < ? ORDER BY id"),
        {s, period.end.addDays(1).toString(Qt::ISODate)});
    if (!deals)
        return deals.error();
    while (deals.value().next()) {
        SaleRow row;
        row.source = LineSource::Deal;
        row.id = deals.value().value(0).toLongLong();
        row.partner = deals.value().value(1).toLongLong();
        row.distributor = deals.value().value(2).toLongLong();
        row.amount = deals.value().value(3).toLongLong();
        row.currency = textId(deals.value().value(4).toString());
        row.issued = QDate::fromString(deals.value().value(5).toString(), Qt::ISODate);
        if (row.amount > 0)
            rows.append(row);
    }
    return rows;
}

CommissionEngine::CommissionEngine(const Database &db)
    : d(std::make_unique<Private>())
{
    d->db = db;
}

CommissionEngine::~CommissionEngine() = default;

QString CommissionEngine::partnerCode(qint64 id)
{
    auto info = d->partner(id);
    return info ? info.value()->code : QString();
}

QString CommissionEngine::partnerName(qint64 id)
{
    auto info = d->partner(id);
    return info ? info.value()->name : QString();
}

QString CommissionEngine::planName(qint64 id) const
{
    return d->plans.value(id).name;
}

Status CommissionEngine::computeInto(
    const CommissionPeriod &period, const std::function<Status(CommissionLine &&)> &sink)
{
    if (Status s = d->load(); !s)
        return s.error();
    auto read = d->readSales(period);
    if (!read)
        return read.error();
    const QList<SaleRow> &sales = read.value();

    QList<Entry> entries;
    QHash<QPair<qint64, quint16>, qint64> volume;
    const QStringList &texts = d->texts;

    // What every line of a document says about the document and its partner.
    const auto documentLine = [&](const SaleRow &s, qint64 partnerId, LineRole role, const QDate &lineDate) {
        CommissionLine l;
        l.source = s.source;
        l.sourceId = s.id;
        l.credit = s.credit;
        l.documentDate = s.issued;
        l.lineDate = lineDate;
        l.customerId = s.customer;
        l.category = texts[s.category];
        l.partnerId = partnerId;
        l.role = role;
        l.documentMinor = s.signedAmount();
        l.baseMinor = s.signedAmount();
        l.currency = texts[s.currency];
        l.period = period.key;
        return l;
    };
    const auto marginLine = [&](const SaleRow &s, qint64 partnerId) -> Status {
        if (s.source != LineSource::Sale || !s.cost || !period.contains(s.issued))
            return {};
        CommissionLine l = documentLine(s, partnerId, LineRole::Margin, s.issued);
        l.amountMinor = s.credit ? -(s.amount - *s.cost) : s.amount - *s.cost;
        return sink(std::move(l));
    };

    // Pass 1: who earns on which base, under which rule, and in which period.
    for (int i = 0; i < sales.size(); ++i) {
        const SaleRow &s = sales[i];
        QList<std::pair<qint64, std::optional<Rate>>> takers; // partner, split share
        if (s.source == LineSource::Sale) {
            if (const SplitRule *split = latestOn(d->splits.value(s.customer), s.issued);
                split && !split->shares.isEmpty()) {
                for (const SplitShare &x : split->shares)
                    takers.append({x.partnerId, x.share});
            }
        }
        if (takers.isEmpty() && s.partner > 0)
            takers.append({s.partner, std::nullopt});
        // Split bases are rounded each; the last share takes what rounding left, so they sum exactly.
        qint64 left = s.signedAmount();
        for (int t = 0; t < takers.size(); ++t) {
            const auto &[partnerId, share] = takers[t];
            qint64 base = s.signedAmount();
            if (share) {
                if (t == takers.size() - 1) {
                    base = left;
                } else {
                    auto b = times(s.signedAmount(), *share);
                    if (!b)
                        return tooLarge(s.id);
                    base = roundMicros(*b);
                }
                left -= base;
            }
            auto info = d->partner(partnerId);
            if (!info)
                return info.error();
            if (info.value()->margin) {
                if (!share) {
                    if (Status st = marginLine(s, partnerId); !st)
                        return st;
                }
                continue;
            }
            auto rule = d->ruleFor(s.customer, partnerId, s.issued);
            if (!rule)
                return rule.error();
            if (rule->kind == RuleKind::None)
                continue;
            if (s.source == LineSource::Deal && !(rule->plan && rule->plan->includeDeals))
                continue;
            const PayTiming timing = rule->plan ? rule->plan->timing : PayTiming::OnInvoice;
            QDate lineDate = s.issued;
            if (timing == PayTiming::OnPayment && s.source == LineSource::Sale) {
                if (!s.credit)
                    lineDate = s.paid;
                else if (s.invoice > 0)
                    lineDate = s.invoicePaid.isValid() ? std::max(s.issued, s.invoicePaid) : QDate();
            }
            if (!lineDate.isValid() || !period.contains(lineDate))
                continue;
            entries.append({i, partnerId, base, rule.value(), lineDate,
                share ? LineRole::Split : LineRole::Direct, share});
            volume[{partnerId, s.currency}] += base;
        }
    }

    // Pass 2: amounts, in the order the tiers and caps count them.
    std::sort(entries.begin(), entries.end(), [&sales](const Entry &a, const Entry &b) {
        if (a.partner != b.partner)
            return a.partner < b.partner;
        const SaleRow &x = sales[a.sale];
        const SaleRow &y = sales[b.sale];
        if (x.currency != y.currency)
            return x.currency < y.currency;
        if (a.lineDate != b.lineDate)
            return a.lineDate < b.lineDate;
        if (x.source != y.source)
            return x.source < y.source;
        return x.id < y.id;
    });
    QHash<QPair<qint64, quint16>, QString> wholeDetail; // one shared text per partner and currency
    QHash<QString, QString> categoryDetail;
    QHash<QPair<qint64, quint16>, qint64> running; // marginal tiers: volume counted so far
    QHash<QPair<qint64, quint16>, qint64> paidSoFar; // period caps
    for (const Entry &e : entries) {
        const SaleRow &s = sales[e.sale];
        const QString &currency = texts[s.currency];
        const QString &category = texts[s.category];
        const int decimals = Money::minorDigits(currency);
        const qint64 toMinorDivisor = fixedpoint::pow10(Decimal::scale - decimals);
        CommissionLine l = documentLine(s, e.partner, e.role, e.lineDate);
        l.share = e.share;
        l.baseMinor = e.base;
        l.rule = e.rule.kind;
        l.planId = e.rule.plan ? e.rule.plan->id : 0;
        l.timing = e.rule.plan ? e.rule.plan->timing : PayTiming::OnInvoice;
        l.rate = e.rule.rate;
        qint64 micros = 0;
        const CommissionPlan *plan = e.rule.plan;
        const QPair<qint64, quint16> key {e.partner, s.currency};
        if (plan && !category.isEmpty() && plan->categoryRate(category)) {
            l.rate = *plan->categoryRate(category);
            QString &detail = categoryDetail[category];
            if (detail.isEmpty())
                detail = QStringLiteral("category|") + category;
            l.detail = detail;
        } else if (plan && plan->tiered && plan->mode == TierMode::Whole) {
            const qint64 v = volume.value(key);
            const int bracket = plan->bracketFor(v, decimals);
            l.rate = plan->tiers[bracket].rate;
            QString &detail = wholeDetail[key];
            if (detail.isEmpty())
                detail = QStringLiteral("whole|%1|%2|%3")
                             .arg(bracket + 1)
                             .arg(plan->tiers[bracket].from.toString(), Money(v, currency).toString());
            l.detail = detail;
        } else if (plan && plan->tiered) {
            // Marginal: each slice of (run, run + base] at its bracket's rate.
            const qint64 from = running.value(key);
            const qint64 to = from + e.base;
            running[key] = to;
            const qint64 lo = std::min(from, to);
            const qint64 hi = std::max(from, to);
            QStringList slices;
            qint64 sum = 0;
            for (int b = 0; b < plan->tiers.size(); ++b) {
                const qint64 bStart = b == 0 ? std::numeric_limits<qint64>::min()
                                             : plan->tiers[b].from.micros() / toMinorDivisor;
                const qint64 bEnd = b + 1 < plan->tiers.size()
                    ? plan->tiers[b + 1].from.micros() / toMinorDivisor
                    : std::numeric_limits<qint64>::max();
                const qint64 a = std::max(lo, bStart);
                const qint64 z = std::min(hi, bEnd);
                if (z <= a)
                    continue;
                auto part = times(z - a, plan->tiers[b].rate);
                if (!part || qAddOverflow(sum, *part, &sum))
                    return tooLarge(s.id);
                slices.append(
                    Money(z - a, currency).toString() + QLatin1Char('@') + plan->tiers[b].rate.toString());
            }
            micros = to < from ? -sum : sum;
            l.detail = QStringLiteral("marginal|") + slices.join(QLatin1Char(';'));
            l.rate = plan->tiers[plan->bracketFor(to, decimals)].rate;
        }
        if (!l.detail.startsWith(QLatin1String("marginal"))) {
            auto m = times(e.base, l.rate);
            if (!m)
                return tooLarge(s.id);
            micros = *m;
        }
        qint64 amount = roundMicros(micros);
        if (plan && plan->lineCap) {
            const qint64 cap = plan->lineCap->micros() / toMinorDivisor;
            if (amount > cap) {
                amount = cap;
                l.capped = true;
            }
        }
        if (plan && plan->periodCap) {
            const qint64 cap = plan->periodCap->micros() / toMinorDivisor;
            qint64 &soFar = paidSoFar[key];
            if (amount > 0 && soFar + amount > cap) {
                amount = std::max<qint64>(0, cap - soFar);
                l.capped = true;
            }
            soFar += amount;
        }
        l.amountMinor = amount;
        const CommissionLine seller = l;
        if (Status st = sink(std::move(l)); !st)
            return st;

        // Cascade: the seller's plan pays its ancestors, as the hierarchy stood on the document date.
        if (plan && !plan->cascade.isEmpty()) {
            qint64 child = e.partner;
            for (int depth = 1; depth <= plan->cascade.size(); ++depth) {
                auto parent = d->parentOn(child, s.issued);
                if (!parent)
                    return parent.error();
                if (parent.value() <= 0)
                    break;
                child = parent.value();
                auto info = d->partner(child);
                if (!info)
                    return info.error();
                if (info.value()->margin)
                    continue;
                CommissionLine c = seller;
                c.partnerId = child;
                c.fromPartnerId = e.partner;
                c.role = LineRole::Cascade;
                c.depth = depth;
                c.share.reset();
                c.detail.clear();
                c.capped = false;
                c.rate = plan->cascade[depth - 1];
                auto m = times(e.base, c.rate);
                if (!m)
                    return tooLarge(s.id);
                c.amountMinor = roundMicros(*m);
                if (Status st = sink(std::move(c)); !st)
                    return st;
            }
        }

        // The distributor's part: the link's terms first, else the seller's plan's.
        if (s.distributor > 0 && s.distributor != e.partner) {
            LinkTerms terms = d->links.value({s.distributor, e.partner});
            RuleKind kind = RuleKind::Link;
            if (!terms.rate && !terms.share && plan) {
                terms = {plan->distributorRate, plan->distributorShare};
                kind = e.rule.kind;
            }
            auto info = d->partner(s.distributor);
            if (!info)
                return info.error();
            if ((terms.rate || terms.share) && !info.value()->margin) {
                CommissionLine dl = seller;
                dl.partnerId = s.distributor;
                dl.fromPartnerId = e.partner;
                dl.role = LineRole::Distributor;
                dl.rule = kind;
                dl.detail.clear();
                dl.capped = false;
                if (terms.rate) {
                    dl.share.reset();
                    dl.rate = *terms.rate;
                    auto m = times(e.base, dl.rate);
                    if (!m)
                        return tooLarge(s.id);
                    dl.amountMinor = roundMicros(*m);
                    if (Status st = sink(std::move(dl)); !st)
                        return st;
                } else {
                    dl.share = terms.share;
                    dl.rate = *terms.share;
                    dl.baseMinor = seller.amountMinor;
                    auto m = times(seller.amountMinor, *terms.share);
                    if (!m)
                        return tooLarge(s.id);
                    dl.amountMinor = roundMicros(*m);
                    const qint64 passed = dl.amountMinor;
                    if (Status st = sink(std::move(dl)); !st)
                        return st;
                    CommissionLine back = seller;
                    back.role = LineRole::DistributorShare;
                    back.fromPartnerId = s.distributor;
                    back.share = terms.share;
                    back.rate = *terms.share;
                    back.baseMinor = seller.amountMinor;
                    back.detail.clear();
                    back.capped = false;
                    back.amountMinor = -passed;
                    if (Status st = sink(std::move(back)); !st)
                        return st;
                }
            }
        }
    }

    return {};
}

Result<QList<CommissionLine>> CommissionEngine::compute(const CommissionPeriod &period)
{
    QList<CommissionLine> lines;
    if (Status s = computeInto(period,
            [&lines](CommissionLine &&line) {
                lines.append(std::move(line));
                return Status();
            });
        !s)
        return s.error();
    // The document numbers, read back for the lines only.
    QHash<qint64, QString> numbers;
    QList<qint64> ids;
    for (const CommissionLine &l : std::as_const(lines)) {
        if (l.source == LineSource::Sale && !numbers.contains(l.sourceId)) {
            numbers.insert(l.sourceId, {});
            ids.append(l.sourceId);
        }
    }
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QList<qint64> chunk = ids.mid(at, 500);
        QVariantList binds(chunk.cbegin(), chunk.cend());
        auto q = sql::exec(d->db.sql(),
            QStringLiteral("SELECT id, number FROM sales WHERE id IN (%1)")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            binds);
        if (!q)
            return q.error();
        while (q.value().next())
            numbers.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    }
    for (CommissionLine &l : lines)
        l.documentNumber = l.source == LineSource::Deal ? CommissionText::tr("deal %1").arg(l.sourceId)
                                                        : numbers.value(l.sourceId);
    // A total order, sorted in place (a stable sort would need a second copy of every line).
    std::sort(lines.begin(), lines.end(), [](const CommissionLine &a, const CommissionLine &b) {
        if (a.partnerId != b.partnerId)
            return a.partnerId < b.partnerId;
        if (a.currency != b.currency)
            return a.currency < b.currency;
        if (a.lineDate != b.lineDate)
            return a.lineDate < b.lineDate;
        if (a.source != b.source)
            return a.source < b.source;
        if (a.sourceId != b.sourceId)
            return a.sourceId < b.sourceId;
        if (a.role != b.role)
            return a.role < b.role;
        return a.depth < b.depth;
    });
    return lines;
}

} // namespace cd
