#include "settlement_p.h"

#include "db/sql.h"

namespace cd {

using namespace settlement;

Result<QList<CommissionStatement>> Settlement::statementsOf(qint64 partnerId) const
{
    return sql::rows(m_db.sql(),
        QStringLiteral(
            "SELECT st.id, st.partner_id, p.code, p.name, st.period, st.currency, st.lines_minor, "
            "st.carried_in_minor, st.total_minor, st.payable_minor, st.carried_out_minor, st.line_count, "
            "st.status, coalesce(st.payout_id, 0) FROM commission_statements st JOIN partners p ON p.id = "
            "st.partner_id WHERE st.partner_id = ? ORDER BY st.period DESC, st.currency"),
        {partnerId}, readStatement);
}

Result<QList<CommissionPeriod>> Settlement::settledPeriods() const
{
    auto q
        = sql::exec(m_db.sql(), QStringLiteral("SELECT period FROM commission_periods ORDER BY starts_on"));
    if (!q)
        return q.error();
    QList<CommissionPeriod> out;
    while (q.value().next()) {
        auto p = CommissionPeriod::parse(q.value().value(0).toString());
        if (p)
            out.append(p.value());
    }
    return out;
}

Result<QList<CommissionPeriod>> Settlement::periodsToSettle(const QDate &today) const
{
    auto settled = settledPeriods();
    if (!settled)
        return settled.error();
    std::optional<CommissionPeriod> next;
    if (!settled->isEmpty()) {
        next = settled->last().next();
    } else {
        auto settings = CommissionSettings::load(m_db);
        if (!settings)
            return settings.error();
        auto first = sql::scalar(m_db.sql(),
            QStringLiteral("SELECT min(d) FROM (SELECT min(issued_on) AS d FROM sales UNION ALL SELECT "
                           "min(paid_on) FROM sales WHERE paid_on IS NOT NULL)"));
        if (!first)
            return first.error();
        const QDate day = QDate::fromString(first->toString(), Qt::ISODate);
        if (!day.isValid())
            return QList<CommissionPeriod>();
        next = CommissionPeriod::containing(day, settings->length);
    }
    QList<CommissionPeriod> out;
    for (CommissionPeriod p = *next; p.end < today && out.size() < 1200; p = p.next())
        out.append(p);
    return out;
}

Result<qint64> Settlement::statementCount(StatementStatus status) const
{
    auto n = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT count(*) FROM commission_statements WHERE status = ?"),
        {CommissionStatement::statusKey(status)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QString> Settlement::oldestPeriodWith(StatementStatus status) const
{
    auto p = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT period FROM commission_statements WHERE status = ? ORDER BY period LIMIT 1"),
        {CommissionStatement::statusKey(status)});
    if (!p)
        return p.error();
    return p->toString();
}

Result<SettlementRun> Settlement::stored(const CommissionPeriod &period, qint64 partnerId, Lines lines) const
{
    const QSqlDatabase db = m_db.sql();
    SettlementRun run;
    run.period = period;
    run.settled = true;
    QVariantList binds;
    const QString where = statementsWhere(QStringLiteral("st."), period, partnerId, binds);
    auto statements = sql::rows(db,
        QStringLiteral(
            "SELECT st.id, st.partner_id, p.code, p.name, st.period, st.currency, st.lines_minor, "
            "st.carried_in_minor, st.total_minor, st.payable_minor, st.carried_out_minor, st.line_count, "
            "st.status, coalesce(st.payout_id, 0) FROM commission_statements st JOIN partners p ON p.id = "
            "st.partner_id WHERE ")
            + where + QStringLiteral(" ORDER BY p.code, st.currency"),
        binds, readStatement);
    if (!statements)
        return statements.error();
    run.statements = statements.value();
    if (lines == Lines::StatementsOnly) {
        run.linesLoaded = false;
        return run;
    }
    auto read = sql::rows(db,
        QStringLiteral("SELECT ") + storedLineColumns() + QStringLiteral(" WHERE ") + where
            + QStringLiteral(" ORDER BY l.partner_id, l.currency, l.line_date, l.id"),
        binds, readStoredLine);
    if (!read)
        return read.error();
    run.lines = read.value();
    QSet<qint64> ids;
    for (const CommissionLine &l : std::as_const(run.lines)) {
        ids.insert(l.partnerId);
        ids.insert(l.fromPartnerId);
    }
    if (Status s = loadNames(db, ids, run); !s)
        return s.error();
    return run;
}

} // namespace cd
