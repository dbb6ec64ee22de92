#include "agreementdirectory.h"

#include "common/clock.h"
#include "db/dialect.h"
#include "db/pagedquery.h"
#include "db/rowreader.h"

namespace cd {

namespace {

const QString kAgreementRowColumns = QStringLiteral(
    "a.id, a.number, a.partner_id, p.code, p.name, t.name, coalesce(nullif(u.display_name, "
    "''), u.login), a.stage, a.current_end, (SELECT count(*) FROM agreement_documents d WHERE "
    "d.agreement_id = a.id), a.updated_at, a.version");
const QString kAgreementPartnerJoin = QStringLiteral(" JOIN partners p ON p.id = a.partner_id");
const QString kRowJoins
    = QStringLiteral(" JOIN agreement_types t ON t.id = a.type_id LEFT JOIN users u ON u.id = a.owner_id");

AgreementRow agreementRowFrom(const QSqlQuery &q, const QDate &today)
{
    AgreementRow r;
    sql::RowReader row(q);
    row(r.id, r.number, r.partnerId, r.partnerCode, r.partnerName, r.type, r.owner)
        .key(r.stage, AgreementStages::fromKey, AgreementStage::Prepared);
    row(r.currentEnd, r.documentCount, r.updatedAt, r.version);
    r.daysToExpiry = r.currentEnd.isValid() ? int(today.daysTo(r.currentEnd)) : 0;
    return r;
}

// ORDER BY terms matching the indexes (stage, current_end, id), (stage, number), ...; the id breaks
// ties so pages are stable.
QString orderBy(const sql::Dialect &d, const AgreementSort &sort, bool reversed = false)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString term;
    switch (sort.column) {
    case AgreementColumn::Number:
        return QStringLiteral(" ORDER BY a.number") + dir;
    case AgreementColumn::Partner:
        term = d.caseless(QStringLiteral("p.name"));
        break;
    case AgreementColumn::Type:
        term = QStringLiteral("a.type_id");
        break;
    case AgreementColumn::Owner:
        term = QStringLiteral("a.owner_id");
        break;
    case AgreementColumn::Stage:
        // Board order rather than the keys' alphabetical order.
        term = QStringLiteral(
            "CASE a.stage WHEN 'prepared' THEN 0 WHEN 'pending-return' THEN 1 WHEN 'signed' THEN 2 "
            "WHEN 'expiring' THEN 3 WHEN 'renewal' THEN 4 WHEN 'expired' THEN 5 "
            "WHEN 'terminated' THEN 6 ELSE 7 END");
        break;
    case AgreementColumn::End:
        term = QStringLiteral("a.current_end");
        break;
    case AgreementColumn::Updated:
        term = QStringLiteral("a.updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + term + dir + QStringLiteral(", a.id") + dir;
}

bool needsPartner(const AgreementFilter &f)
{
    return f.partnerKind || f.areaId != 0 || !f.search.trimmed().isEmpty();
}

} // namespace

AgreementDirectory::AgreementDirectory(const Database &db)
    : m_db(db.sql())
{}

QString AgreementDirectory::where(const AgreementFilter &f, QVariantList &binds) const
{
    QStringList terms;
    if (f.stage) {
        terms << QStringLiteral("a.stage = ?");
        binds << AgreementStages::key(*f.stage);
    }
    if (f.ownerId != 0) {
        terms << QStringLiteral("a.owner_id = ?");
        binds << f.ownerId;
    }
    if (f.partnerId != 0) {
        terms << QStringLiteral("a.partner_id = ?");
        binds << f.partnerId;
    }
    if (f.typeId != 0) {
        terms << QStringLiteral("a.type_id = ?");
        binds << f.typeId;
    }
    if (f.partnerKind) {
        terms << QStringLiteral("p.kind = ?");
        binds << Partner::kindKey(*f.partnerKind);
    }
    if (f.areaId != 0) {
        terms << QStringLiteral("p.area_id = ?");
        binds << f.areaId;
    }
    if (f.expiringWithinDays >= 0) {
        const QDate today = Clock::today();
        terms << QStringLiteral("a.current_end BETWEEN ? AND ?");
        binds << today.toString(Qt::ISODate) << today.addDays(f.expiringWithinDays).toString(Qt::ISODate);
    }
    const QString text = f.search.trimmed();
    if (!text.isEmpty()) {
        // A number is typed from its start ("AGR-2026-004") or by its serial part ("00042").
        QString pattern = text.toUpper();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const sql::Dialect &d = sql::dialect(m_db);
        const QString fts = d.searchQuery(text);
        QString term = QStringLiteral("(a.number LIKE ? ESCAPE '\\' OR a.number LIKE ? ESCAPE '\\'");
        binds << QString(pattern + QLatin1Char('%'))
              << QString(QStringLiteral("AGR-%-") + pattern + QLatin1Char('%'));
        if (!fts.isEmpty()) {
            term += QStringLiteral(" OR a.partner_id IN (%1)").arg(d.searchIds(QStringLiteral("partner")));
            binds << fts;
        }
        terms << term + QLatin1Char(')');
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<qint64> AgreementDirectory::count(const AgreementFilter &filter) const
{
    return query(filter, {}).count(m_db);
}

Result<QHash<AgreementStage, qint64>> AgreementDirectory::stageCounts(const AgreementFilter &filter) const
{
    AgreementFilter f = filter;
    f.stage.reset();
    QVariantList binds;
    const QString w = where(f, binds);
    const QString from = needsPartner(f)
        ? QStringLiteral("SELECT a.stage, count(*) FROM agreements a JOIN partners p ON p.id = a.partner_id")
        : QStringLiteral("SELECT a.stage, count(*) FROM agreements a");
    auto q = sql::exec(m_db, from + w + QStringLiteral(" GROUP BY a.stage"), binds);
    if (!q)
        return q.error();
    QHash<AgreementStage, qint64> out;
    for (AgreementStage s : AgreementStages::all())
        out.insert(s, 0);
    while (q.value().next()) {
        if (const auto s = AgreementStages::fromKey(q.value().value(0).toString()))
            out.insert(*s, q.value().value(1).toLongLong());
    }
    return out;
}

PagedQuery AgreementDirectory::query(const AgreementFilter &filter, const AgreementSort &sort) const
{
    PagedQuery q;
    q.columns = kAgreementRowColumns;
    q.table = QStringLiteral("agreements a");
    q.id = QStringLiteral("a.id");
    // The partner is joined for every row walked only when the filter or the order needs it.
    const bool partnerWalked = needsPartner(filter) || sort.column == AgreementColumn::Partner;
    q.filterJoins = partnerWalked ? kAgreementPartnerJoin : QString();
    q.rowJoins = (partnerWalked ? QString() : kAgreementPartnerJoin) + kRowJoins;
    q.where = where(filter, q.binds);
    q.orderBy = [&d = sql::dialect(m_db), sort](bool reversed) { return orderBy(d, sort, reversed); };
    return q;
}

Result<QList<AgreementRow>> AgreementDirectory::page(
    const AgreementFilter &filter, const AgreementSort &sort, qint64 offset, int limit, qint64 total) const
{
    const QDate today = Clock::today();
    return query(filter, sort).page<AgreementRow>(m_db, offset, limit, total, [&](const QSqlQuery &q) {
        return agreementRowFrom(q, today);
    });
}

Result<std::optional<AgreementRow>> AgreementDirectory::row(qint64 agreementId) const
{
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT ") + kAgreementRowColumns + QStringLiteral(" FROM agreements a")
            + kAgreementPartnerJoin + kRowJoins + QStringLiteral(" WHERE a.id = ?"),
        {agreementId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AgreementRow>();
    return std::optional<AgreementRow>(agreementRowFrom(q.value(), Clock::today()));
}

Status AgreementDirectory::forEach(const AgreementFilter &filter, const AgreementSort &sort,
    const std::function<bool(const AgreementRow &)> &onRow) const
{
    const QDate today = Clock::today();
    return query(filter, sort).forEach(m_db, [&](const QSqlQuery &q) {
        return onRow(agreementRowFrom(q, today));
    });
}

} // namespace cd
