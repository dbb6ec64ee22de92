#include "commissionline.h"

#include "commissiontext_p.h"

#include "common/money.h"

#include <QCoreApplication>

namespace cd {

namespace {

QString amount(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toString() + QLatin1Char(' ') + currency;
}

QString rateText(const QString &stored)
{
    auto r = Decimal::parse(stored);
    return r ? r->toPercentString() : stored;
}

// "whole|2|10000|12500.00" or "marginal|500.00@0.05;500.00@0.075" or "category|Hardware".
QString detailText(const QString &detail, const QString &currency)
{
    const QStringList parts = detail.split(QLatin1Char('|'));
    if (parts.value(0) == QLatin1String("whole") && parts.size() == 4)
        return CommissionText::tr("tier %1 (from %2) reached with a period volume of %3")
            .arg(parts[1], parts[2], parts[3] + QLatin1Char(' ') + currency);
    if (parts.value(0) == QLatin1String("marginal") && parts.size() == 2) {
        QStringList slices;
        for (const QString &slice : parts[1].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList s = slice.split(QLatin1Char('@'));
            if (s.size() == 2)
                slices.append(
                    CommissionText::tr("%1 at %2").arg(s[0] + QLatin1Char(' ') + currency, rateText(s[1])));
        }
        return CommissionText::tr("marginal tiers: %1").arg(slices.join(QStringLiteral(", ")));
    }
    if (parts.value(0) == QLatin1String("category") && parts.size() == 2)
        return CommissionText::tr("rate of the category %1").arg(parts[1]);
    return {};
}

} // namespace

QString CommissionLine::key() const
{
    return QStringLiteral("%1:%2:%3:%4:%5")
        .arg(source == LineSource::Deal ? QStringLiteral("deal") : QStringLiteral("sale"))
        .arg(sourceId)
        .arg(partnerId)
        .arg(roleKey(role))
        .arg(depth);
}

QString CommissionLine::roleKey(LineRole role)
{
    switch (role) {
    case LineRole::Direct:
        return QStringLiteral("direct");
    case LineRole::Split:
        return QStringLiteral("split");
    case LineRole::Cascade:
        return QStringLiteral("cascade");
    case LineRole::Distributor:
        return QStringLiteral("distributor");
    case LineRole::DistributorShare:
        return QStringLiteral("distributor-share");
    case LineRole::Margin:
        return QStringLiteral("margin");
    }
    return {};
}

QString CommissionLine::roleLabel(LineRole role)
{
    switch (role) {
    case LineRole::Direct:
        return CommissionText::tr("own sale");
    case LineRole::Split:
        return CommissionText::tr("split share");
    case LineRole::Cascade:
        return CommissionText::tr("cascade");
    case LineRole::Distributor:
        return CommissionText::tr("distributor");
    case LineRole::DistributorShare:
        return CommissionText::tr("to distributor");
    case LineRole::Margin:
        return CommissionText::tr("margin");
    }
    return {};
}

std::optional<LineRole> CommissionLine::roleFromKey(const QString &key)
{
    for (LineRole r : {LineRole::Direct, LineRole::Split, LineRole::Cascade, LineRole::Distributor,
             LineRole::DistributorShare, LineRole::Margin}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString CommissionLine::ruleKey(RuleKind rule)
{
    switch (rule) {
    case RuleKind::Override:
        return QStringLiteral("override");
    case RuleKind::PartnerPlan:
        return QStringLiteral("plan");
    case RuleKind::LevelPlan:
        return QStringLiteral("level-plan");
    case RuleKind::DefaultRate:
        return QStringLiteral("default");
    case RuleKind::Link:
        return QStringLiteral("link");
    case RuleKind::None:
        return QStringLiteral("none");
    }
    return {};
}

RuleKind CommissionLine::ruleFromKey(const QString &key)
{
    for (RuleKind r : {RuleKind::Override, RuleKind::PartnerPlan, RuleKind::LevelPlan, RuleKind::DefaultRate,
             RuleKind::Link}) {
        if (ruleKey(r) == key)
            return r;
    }
    return RuleKind::None;
}

QString CommissionLine::explain(
    const std::function<QString(qint64)> &partnerCode, const std::function<QString(qint64)> &planName) const
{
    QStringList parts;
    const QString date = documentDate.toString(Qt::ISODate);
    if (source == LineSource::Deal)
        parts << CommissionText::tr("Won deal %1 closed on %2").arg(documentNumber, date);
    else if (credit)
        parts << CommissionText::tr("Credit note %1 of %2 takes back %3")
                     .arg(documentNumber, date, amount(-documentMinor, currency));
    else
        parts << CommissionText::tr("Invoice %1 of %2 for %3")
                     .arg(documentNumber, date, amount(documentMinor, currency));
    if (timing == PayTiming::OnPayment && lineDate != documentDate && role != LineRole::Margin)
        parts << CommissionText::tr("counted when paid, on %1").arg(lineDate.toString(Qt::ISODate));

    switch (role) {
    case LineRole::Margin:
        parts << CommissionText::tr("margin reseller: sold for %1, bought for %2, margin %3")
                     .arg(amount(documentMinor, currency), amount(documentMinor - amountMinor, currency),
                         amount(amountMinor, currency));
        return parts.join(QStringLiteral("; "));
    case LineRole::Split:
        parts << CommissionText::tr("%1 share of the base under the customer's split")
                     .arg(share ? share->toPercentString() : QString());
        break;
    case LineRole::Cascade:
        parts << CommissionText::tr("cascade level %1 on the base of %2")
                     .arg(depth)
                     .arg(partnerCode(fromPartnerId));
        break;
    case LineRole::Distributor:
        if (share)
            parts << CommissionText::tr("distributor's %1 of the commission of %2")
                         .arg(share->toPercentString(), partnerCode(fromPartnerId));
        else
            parts
                << CommissionText::tr("distributor's part of the sale by %1").arg(partnerCode(fromPartnerId));
        break;
    case LineRole::DistributorShare:
        parts << CommissionText::tr("%1 of this commission passed on to the distributor %2")
                     .arg(share ? share->toPercentString() : QString(), partnerCode(fromPartnerId));
        break;
    case LineRole::Direct:
        break;
    }

    switch (rule) {
    case RuleKind::Override:
        parts << CommissionText::tr("customer override");
        break;
    case RuleKind::PartnerPlan:
        parts << CommissionText::tr("the partner's plan %1").arg(planName(planId));
        break;
    case RuleKind::LevelPlan:
        parts << CommissionText::tr("the level's plan %1").arg(planName(planId));
        break;
    case RuleKind::DefaultRate:
        parts << CommissionText::tr("the partner's default rate");
        break;
    case RuleKind::Link:
        parts << CommissionText::tr("the distributor link's terms");
        break;
    case RuleKind::None:
        break;
    }
    if (const QString d = detailText(detail, currency); !d.isEmpty())
        parts << d;
    parts << CommissionText::tr("base %1 at %2 = %3")
                 .arg(amount(baseMinor, currency),
                     detail.startsWith(QLatin1String("marginal")) ? CommissionText::tr("the tiers' rates")
                                                                  : rate.toPercentString(),
                     amount(amountMinor + (adjustment ? settledMinor : 0), currency));
    if (capped)
        parts << CommissionText::tr("capped by the plan");
    if (adjustment)
        parts << CommissionText::tr("adjusts period %1, where %2 was settled")
                     .arg(period, amount(settledMinor, currency));
    return parts.join(QStringLiteral("; "));
}

} // namespace cd
