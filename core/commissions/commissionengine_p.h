#pragma once

// The commission engine's working data, shared by its computation (commissionengine.cpp) and the
// reads that fill it once per run (commissionengineload.cpp): partners, plans, rules and the
// period's documents.

#include "commissionengine.h"
#include "commissionrulestore.h"
#include "commissiontext_p.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QtNumeric>

#include <optional>

namespace cd {

namespace engine {

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
inline qint64 roundMicros(qint64 micros)
{
    const qint64 unit = Rate::unit;
    const qint64 q = micros / unit;
    const qint64 r = micros % unit;
    if (2 * (r < 0 ? -r : r) >= unit)
        return micros < 0 ? q - 1 : q + 1;
    return q;
}

// The product base × rate in micro-minor units; nullopt when it does not fit.
inline std::optional<qint64> times(qint64 base, const Rate &rate)
{
    qint64 out = 0;
    if (qMulOverflow(base, rate.micros(), &out))
        return std::nullopt;
    return out;
}

inline Error tooLarge(qint64 saleId)
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

} // namespace engine

using namespace engine;

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
    qint64 focus = 0; // see CommissionEngine::setFocus()
    QStringList texts {QString()}; // currencies and categories of the rows; 0 = none
    QHash<QString, quint16> textIndex {{QString(), 0}};
    std::optional<QSqlQuery> partnerQuery;
    std::optional<QSqlQuery> parentQuery;

    Status load();
    Result<const PartnerInfo *> partner(qint64 id);
    Result<qint64> parentOn(qint64 id, const QDate &date);
    Result<Rule> ruleFor(qint64 customer, qint64 partnerId, const QDate &date);
    Result<QList<SaleRow>> readSales(const CommissionPeriod &period);
    // The partners whose documents can make lines for `focus`: itself, every partner below it now
    // or at any time before (cascades), and the sellers of its distributor sales (their whole base,
    // for a share of their commission); as a JSON array for json_each().
    Result<QString> focusPartners();
    quint16 textId(const QString &text)
    {
        auto it = textIndex.constFind(text);
        if (it != textIndex.constEnd())
            return it.value();
        texts.append(text);
        return textIndex.insert(text, quint16(texts.size() - 1)).value();
    }
};

} // namespace cd
