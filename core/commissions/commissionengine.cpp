#include "commissionengine.h"

#include "commissionengine_p.h"

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
#include <tuple>

namespace cd {

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
    d->focus = m_focus;
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
        const SaleRow &x = sales[a.sale];
        const SaleRow &y = sales[b.sale];
        return std::tie(a.partner, x.currency, a.lineDate, x.source, x.id)
            < std::tie(b.partner, y.currency, b.lineDate, y.source, y.id);
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
    if (Status s = completeLines(lines); !s)
        return s.error();
    return lines;
}

Status CommissionEngine::completeLines(QList<CommissionLine> &lines)
{
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
        return std::tie(a.partnerId, a.currency, a.lineDate, a.source, a.sourceId, a.role, a.depth)
            < std::tie(b.partnerId, b.currency, b.lineDate, b.source, b.sourceId, b.role, b.depth);
    });
    return {};
}

} // namespace cd
