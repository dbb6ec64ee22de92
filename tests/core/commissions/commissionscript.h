#pragma once

// A small script language for commission scenarios, so that each test row states its partners,
// rules and documents in a few readable lines and the expected cents beside them:
//
//   partner A rate=10 parent=B level=Gold margin iban=DE89370400440532013000 bic=COBADEFFXXX
//   customer C1 partner=A
//   plan P fixed=5 | tiers=0:5,10000:7.5 mode=marginal on=payment cascade=2,1 categories=HW:3
//        linecap=50 periodcap=150 drate=2 dshare=20 deals
//   assign P partner=A | level=Gold [from=2026-01-01]
//   override C1 A 7
//   split C1 A:60 B:40
//   link D A rate=2 | share=20
//   move A parent=E on=2026-11-15
//   sale INV-1 invoice 2026-11-03 C1 1000.00 EUR [paid=2026-11-20] [partner=B] [dist=D] [cat=HW]
//        [cost=800] [invoice=INV-0]
//
// Partners get codes equal to their names. Every step goes through the stores, as the CLI does.

#include "../leads/leadfixture.h"
#include "commissions/commissionrulestore.h"
#include "commissions/salestore.h"
#include "common/clock.h"
#include "customers/customerstore.h"
#include "leads/dealstore.h"
#include "leads/leadstore.h"
#include "network/networkstore.h"
#include "partners/partnerstore.h"

#include <QHash>

namespace cd::test {

class CommissionScript
{
public:
    explicit CommissionScript(const Database &db)
        : m_db(db)
    {}

    qint64 partner(const QString &code) const
    {
        if (!m_partners.contains(code))
            qFatal("unknown partner %s", qPrintable(code));
        return m_partners.value(code);
    }
    qint64 customer(const QString &code) const { return m_customers.value(code); }
    QString partnerCode(qint64 id) const { return m_partners.key(id); }

    // Runs the script; the first failing step fails the test with its line.
    bool run(const QString &script)
    {
        const QStringList lines = script.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            const Status s = step(trimmed);
            if (!s) {
                qWarning("step \"%s\": %s", qPrintable(trimmed), qPrintable(s.error().toString()));
                return false;
            }
        }
        Clock::reset();
        return true;
    }

    // One step; its error, e.g. for bad input tests.
    Status step(const QString &line)
    {
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString verb = words.takeFirst();
        QHash<QString, QString> opt;
        QStringList args;
        for (const QString &w : words) {
            const qsizetype eq = w.indexOf(QLatin1Char('='));
            if (eq > 0)
                opt.insert(w.left(eq), w.mid(eq + 1));
            else
                args << w;
        }
        const auto percent
            = [](const QString &t) { return commission::parsePercent(t, QStringLiteral("rate")); };
        if (verb == QLatin1String("partner")) {
            PartnerSpec spec;
            spec.level = opt.value(QStringLiteral("level"));
            if (opt.contains(QStringLiteral("parent")))
                spec.parentId = partner(opt.value(QStringLiteral("parent")));
            if (opt.contains(QStringLiteral("kind")))
                spec.kind = opt.value(QStringLiteral("kind"));
            const qint64 id = addPartner(m_db, args.value(0), spec);
            if (Status s = sql::run(m_db.sql(), QStringLiteral("UPDATE partners SET code = ? WHERE id = ?"),
                    {args.value(0), id});
                !s)
                return s;
            m_partners.insert(args.value(0), id);
            PartnerStore store(m_db);
            auto p = store.get(id);
            if (!p)
                return p.error();
            Partner changed = p.value();
            if (opt.contains(QStringLiteral("rate"))) {
                auto r = percent(opt.value(QStringLiteral("rate")));
                if (!r)
                    return r.error();
                changed.commissionRate = r.value();
            }
            changed.marginBased = args.contains(QStringLiteral("margin"));
            changed.iban = opt.value(QStringLiteral("iban"));
            changed.bic = opt.value(QStringLiteral("bic"));
            if (Status saved = store.update(changed); !saved)
                return saved;
            // An IBAN stored before it was checked (an old import): written past the store.
            if (opt.contains(QStringLiteral("rawiban")))
                return sql::run(m_db.sql(), QStringLiteral("UPDATE partners SET iban = ? WHERE id = ?"),
                    {opt.value(QStringLiteral("rawiban")), id});
            return {};
        }
        if (verb == QLatin1String("customer")) {
            Customer c;
            c.code = args.value(0);
            c.name = args.value(0);
            if (opt.contains(QStringLiteral("partner")))
                c.partnerId = partner(opt.value(QStringLiteral("partner")));
            auto created = CustomerStore(m_db).create(c);
            if (!created)
                return created.error();
            m_customers.insert(c.code, created->id);
            return {};
        }
        CommissionRuleStore rules(m_db);
        if (verb == QLatin1String("plan")) {
            CommissionPlan p;
            p.name = args.value(0);
            if (opt.contains(QStringLiteral("fixed"))) {
                auto r = percent(opt.value(QStringLiteral("fixed")));
                if (!r)
                    return r.error();
                p.rate = r.value();
            }
            if (opt.contains(QStringLiteral("tiers"))) {
                p.tiered = true;
                auto t = CommissionPlan::tiersFromText(
                    opt.value(QStringLiteral("tiers")), true, QStringLiteral("tiers"));
                if (!t)
                    return t.error();
                p.tiers = t.value();
            }
            p.mode = opt.value(QStringLiteral("mode")) == QLatin1String("marginal") ? TierMode::Marginal
                                                                                    : TierMode::Whole;
            p.timing = opt.value(QStringLiteral("on")) == QLatin1String("payment") ? PayTiming::OnPayment
                                                                                   : PayTiming::OnInvoice;
            if (opt.contains(QStringLiteral("cascade"))) {
                auto c = CommissionPlan::ratesFromText(
                    opt.value(QStringLiteral("cascade")), true, QStringLiteral("cascade"));
                if (!c)
                    return c.error();
                p.cascade = c.value();
            }
            if (opt.contains(QStringLiteral("categories"))) {
                auto c = CommissionPlan::categoryRatesFromText(
                    opt.value(QStringLiteral("categories")), true, QStringLiteral("categories"));
                if (!c)
                    return c.error();
                p.categoryRates = c.value();
            }
            if (opt.contains(QStringLiteral("linecap")))
                p.lineCap = Decimal::parse(opt.value(QStringLiteral("linecap"))).valueOr(Decimal());
            if (opt.contains(QStringLiteral("periodcap")))
                p.periodCap = Decimal::parse(opt.value(QStringLiteral("periodcap"))).valueOr(Decimal());
            if (opt.contains(QStringLiteral("drate")))
                p.distributorRate = percent(opt.value(QStringLiteral("drate"))).valueOr(Rate());
            if (opt.contains(QStringLiteral("dshare")))
                p.distributorShare = percent(opt.value(QStringLiteral("dshare"))).valueOr(Rate());
            p.includeDeals = args.contains(QStringLiteral("deals"));
            auto added = rules.addPlan(p);
            if (!added)
                return added.error();
            m_plans.insert(p.name, added->id);
            return {};
        }
        const QDate from = QDate::fromString(opt.value(QStringLiteral("from")), Qt::ISODate);
        if (verb == QLatin1String("assign")) {
            const qint64 plan = args.value(0) == QLatin1String("none") ? 0 : m_plans.value(args.value(0));
            if (opt.contains(QStringLiteral("partner")))
                return rules.assignToPartner(plan, partner(opt.value(QStringLiteral("partner"))), from);
            return rules.assignToLevel(
                plan, lookupId(m_db, "partner_levels", opt.value(QStringLiteral("level"))), from);
        }
        if (verb == QLatin1String("override")) {
            std::optional<Rate> rate;
            if (args.value(2) != QLatin1String("none")) {
                auto r = percent(args.value(2));
                if (!r)
                    return r.error();
                rate = r.value();
            }
            return rules.setOverride(customer(args.value(0)), partner(args.value(1)), rate, from);
        }
        if (verb == QLatin1String("split")) {
            QList<SplitShare> shares;
            for (const QString &a : args.mid(1)) {
                const QStringList pair = a.split(QLatin1Char(':'));
                auto r = percent(pair.value(1));
                if (!r)
                    return r.error();
                shares.append({m_partners.value(pair.value(0)), r.value(), pair.value(0)});
            }
            return rules.setSplit(customer(args.value(0)), shares, from);
        }
        if (verb == QLatin1String("link")) {
            auto linked = NetworkStore(m_db).link(partner(args.value(0)), partner(args.value(1)));
            if (!linked)
                return linked.error();
            std::optional<Rate> rate;
            std::optional<Rate> share;
            if (opt.contains(QStringLiteral("rate")))
                rate = percent(opt.value(QStringLiteral("rate"))).valueOr(Rate());
            if (opt.contains(QStringLiteral("share")))
                share = percent(opt.value(QStringLiteral("share"))).valueOr(Rate());
            if (!rate && !share)
                return {};
            return rules.setLinkTerms(partner(args.value(0)), partner(args.value(1)), rate, share);
        }
        if (verb == QLatin1String("move")) {
            Clock::setFixed(QDateTime(
                QDate::fromString(opt.value(QStringLiteral("on")), Qt::ISODate), QTime(12, 0), Qt::UTC));
            const qint64 parent = opt.value(QStringLiteral("parent")) == QLatin1String("none")
                ? 0
                : partner(opt.value(QStringLiteral("parent")));
            Status s = NetworkStore(m_db).setParent(partner(args.value(0)), parent);
            Clock::reset();
            return s;
        }
        if (verb == QLatin1String("sale")) {
            Sale s;
            s.number = args.value(0);
            s.kind = Sale::kindFromKey(args.value(1)).value_or(SaleKind::Invoice);
            s.issuedOn = QDate::fromString(args.value(2), Qt::ISODate);
            s.customerId = customer(args.value(3));
            auto amount = Money::parse(args.value(4), args.value(5));
            if (!amount)
                return amount.error();
            s.amount = amount.value();
            s.paidOn = QDate::fromString(opt.value(QStringLiteral("paid")), Qt::ISODate);
            if (opt.contains(QStringLiteral("partner"))) {
                s.partnerId = partner(opt.value(QStringLiteral("partner")));
                s.partnerGiven = true;
            }
            if (opt.contains(QStringLiteral("dist")))
                s.distributorId = partner(opt.value(QStringLiteral("dist")));
            s.category = opt.value(QStringLiteral("cat"));
            if (opt.contains(QStringLiteral("cost")))
                s.costMinor = Money::parse(opt.value(QStringLiteral("cost")), args.value(5))
                                  .valueOr(Money())
                                  .minorUnits();
            if (opt.contains(QStringLiteral("invoice"))) {
                auto inv = SaleStore(m_db).findByNumber(opt.value(QStringLiteral("invoice")));
                if (!inv)
                    return inv.error();
                s.invoiceId = inv->id;
            }
            return Status(SaleStore(m_db).save(s));
        }
        if (verb == QLatin1String("deal")) {
            // deal PARTNER AMOUNT CURRENCY won=DATE: a lead converted and won on that day.
            Clock::setFixed(QDateTime(
                QDate::fromString(opt.value(QStringLiteral("won")), Qt::ISODate), QTime(10, 0), Qt::UTC));
            LeadStore leads(m_db);
            Lead lead;
            lead.company = QStringLiteral("Deal for %1").arg(args.value(0));
            auto created = leads.create(lead);
            Status done = created ? Status(leads.assign(created->id, partner(args.value(0))))
                                  : Status(created.error());
            if (done) {
                auto value = Money::parse(args.value(1), args.value(2));
                auto deal = value ? leads.convert(created->id, value.value()) : Result<Deal>(value.error());
                done = deal ? Status(DealStore(m_db).markWon(deal->id, deal->version)) : Status(deal.error());
            }
            Clock::reset();
            return done;
        }
        return Error::make(Error::Code::Usage, QStringLiteral("unknown step %1").arg(verb));
    }

private:
    Database m_db;
    QHash<QString, qint64> m_partners;
    QHash<QString, qint64> m_customers;
    QHash<QString, qint64> m_plans;
};

} // namespace cd::test
