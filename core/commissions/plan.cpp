#include "plan.h"

#include "commissiontext_p.h"
#include "common/fixedpoint_p.h"

#include <QCoreApplication>

namespace cd {

namespace {

Result<Rate> readRate(const QString &text, bool percent, const QString &field)
{
    if (percent)
        return commission::parsePercent(text, field);
    return Decimal::parse(text, field);
}

} // namespace

namespace commission {

Result<Rate> parsePercent(const QString &text, const QString &field)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    if (t.trimmed().isEmpty())
        return Error::validation(field, CommissionText::tr("A rate is needed, e.g. 7.5 for 7.5 %."));
    auto rate = Decimal::parse(t.trimmed() + QLatin1Char('%'), field);
    if (!rate)
        return rate.error();
    if (auto problem = checkRate(rate.value(), field))
        return *problem;
    return rate;
}

std::optional<Error> checkRate(const Rate &rate, const QString &field)
{
    if (rate < Rate())
        return Error::validation(
            field, CommissionText::tr("A rate cannot be negative (%1).").arg(rate.toPercentString()));
    if (rate > Rate::fromMicros(Rate::unit))
        return Error::validation(
            field, CommissionText::tr("A rate cannot be over 100 % (%1).").arg(rate.toPercentString()));
    return std::nullopt;
}

std::optional<qint64> toMinor(const Decimal &amount, int decimals)
{
    const qint64 divisor = fixedpoint::pow10(Decimal::scale - decimals);
    if (amount.micros() % divisor != 0)
        return std::nullopt;
    return amount.micros() / divisor;
}

} // namespace commission

int CommissionPlan::bracketFor(qint64 volumeMinor, int decimals) const
{
    int bracket = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        // from × 10^decimals minor units; thresholds have at most `decimals` places after validation
        // against the line's currency, else they are compared rounded down.
        const qint64 fromMinor = tiers[i].from.micros() / fixedpoint::pow10(Decimal::scale - decimals);
        if (volumeMinor >= fromMinor)
            bracket = i;
    }
    return bracket;
}

std::optional<Rate> CommissionPlan::categoryRate(const QString &category) const
{
    for (const CategoryRate &c : categoryRates) {
        if (c.category.compare(category, Qt::CaseInsensitive) == 0)
            return c.rate;
    }
    return std::nullopt;
}

QList<Error> CommissionPlan::validate() const
{
    QList<Error> errors;
    if (name.trimmed().isEmpty())
        errors.append(Error::validation(QStringLiteral("name"), CommissionText::tr("A plan needs a name.")));
    const auto rateCheck = [&errors](const Rate &r, const QString &field) {
        if (auto e = commission::checkRate(r, field))
            errors.append(*e);
    };
    if (tiered) {
        if (tiers.isEmpty())
            errors.append(Error::validation(
                QStringLiteral("tiers"), CommissionText::tr("A tiered plan needs at least one tier.")));
        else if (tiers.first().from != Decimal())
            errors.append(Error::validation(QStringLiteral("tiers"),
                CommissionText::tr(
                    "The first tier must start at 0, so that no volume falls in a gap; it starts at %1.")
                    .arg(tiers.first().from.toString())));
        for (int i = 0; i < tiers.size(); ++i) {
            rateCheck(tiers[i].rate, QStringLiteral("tiers"));
            if (i > 0 && !(tiers[i - 1].from < tiers[i].from))
                errors.append(Error::validation(QStringLiteral("tiers"),
                    CommissionText::tr("Tier thresholds must ascend: %1 follows %2.")
                        .arg(tiers[i].from.toString(), tiers[i - 1].from.toString())));
        }
    } else {
        rateCheck(rate, QStringLiteral("rate"));
    }
    for (int i = 0; i < categoryRates.size(); ++i) {
        rateCheck(categoryRates[i].rate, QStringLiteral("categories"));
        if (categoryRates[i].category.trimmed().isEmpty())
            errors.append(Error::validation(
                QStringLiteral("categories"), CommissionText::tr("A category rate needs its category.")));
        for (int j = 0; j < i; ++j) {
            if (categoryRates[j].category.compare(categoryRates[i].category, Qt::CaseInsensitive) == 0)
                errors.append(Error::validation(QStringLiteral("categories"),
                    CommissionText::tr("The category %1 has two rates.").arg(categoryRates[i].category)));
        }
    }
    for (const auto &[cap, field] :
        {std::pair {lineCap, QStringLiteral("lineCap")}, {periodCap, QStringLiteral("periodCap")}}) {
        if (cap && !(Decimal() < *cap))
            errors.append(Error::validation(field, CommissionText::tr("A cap must be above 0.")));
    }
    if (cascade.size() > 5)
        errors.append(Error::validation(
            QStringLiteral("cascade"), CommissionText::tr("A cascade reaches at most 5 levels up.")));
    for (const Rate &r : cascade)
        rateCheck(r, QStringLiteral("cascade"));
    if (distributorRate && distributorShare)
        errors.append(Error::validation(QStringLiteral("distributor"),
            CommissionText::tr(
                "Give the distributor either a rate of its own or a share of the seller's commission, not "
                "both.")));
    if (distributorRate)
        rateCheck(*distributorRate, QStringLiteral("distributor"));
    if (distributorShare)
        rateCheck(*distributorShare, QStringLiteral("distributor"));
    return errors;
}

QString CommissionPlan::timingKey(PayTiming timing)
{
    return timing == PayTiming::OnPayment ? QStringLiteral("payment") : QStringLiteral("invoice");
}

QString CommissionPlan::modeKey(TierMode mode)
{
    return mode == TierMode::Marginal ? QStringLiteral("marginal") : QStringLiteral("whole");
}

QString CommissionPlan::tiersText(const QList<CommissionTier> &tiers)
{
    QStringList parts;
    for (const CommissionTier &t : tiers)
        parts.append(t.from.toString() + QLatin1Char(':') + t.rate.toString());
    return parts.join(QLatin1Char(','));
}

Result<QList<CommissionTier>> CommissionPlan::tiersFromText(
    const QString &text, bool percent, const QString &field)
{
    QList<CommissionTier> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QStringList pair = parts[i].split(QLatin1Char(':'));
        if (pair.size() != 2)
            return Error::validation(field,
                CommissionText::tr("Tier %1 (\"%2\") is not THRESHOLD:RATE, e.g. 10000:7.5.")
                    .arg(i + 1)
                    .arg(parts[i].trimmed()));
        auto from = Decimal::parse(pair[0].trimmed(), field);
        if (!from)
            return Error::validation(
                field, CommissionText::tr("Tier %1: %2").arg(i + 1).arg(from.error().message));
        if (from.value() < Decimal())
            return Error::validation(
                field, CommissionText::tr("Tier %1: a threshold cannot be negative.").arg(i + 1));
        auto rate = readRate(pair[1], percent, field);
        if (!rate)
            return Error::validation(
                field, CommissionText::tr("Tier %1: %2").arg(i + 1).arg(rate.error().message));
        out.append({from.value(), rate.value()});
    }
    return out;
}

QString CommissionPlan::categoryRatesText(const QList<CategoryRate> &rates)
{
    QStringList parts;
    for (const CategoryRate &c : rates)
        parts.append(c.category + QLatin1Char(':') + c.rate.toString());
    return parts.join(QLatin1Char(','));
}

Result<QList<CategoryRate>> CommissionPlan::categoryRatesFromText(
    const QString &text, bool percent, const QString &field)
{
    QList<CategoryRate> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error::validation(field,
                CommissionText::tr("\"%1\" is not CATEGORY:RATE, e.g. Hardware:4.").arg(part.trimmed()));
        auto rate = readRate(part.mid(colon + 1), percent, field);
        if (!rate)
            return rate.error();
        out.append({part.left(colon).trimmed(), rate.value()});
    }
    return out;
}

QString CommissionPlan::ratesText(const QList<Rate> &rates)
{
    QStringList parts;
    for (const Rate &r : rates)
        parts.append(r.toString());
    return parts.join(QLatin1Char(','));
}

Result<QList<Rate>> CommissionPlan::ratesFromText(const QString &text, bool percent, const QString &field)
{
    QList<Rate> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto rate = readRate(part, percent, field);
        if (!rate)
            return rate.error();
        out.append(rate.value());
    }
    return out;
}

} // namespace cd
