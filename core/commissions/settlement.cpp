#include "settlement.h"

#include "settlement_p.h"

#include "commissiontext_p.h"

#include "commissionengine.h"
#include "common/clock.h"
#include "db/rawstatement.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cd {

using namespace settlement;

namespace {

using LineKey = QString;

QString keyOf(const QString &source, qint64 sourceId, qint64 partnerId, const QString &role, int depth)
{
    return QStringLiteral("%1:%2:%3:%4:%5").arg(source).arg(sourceId).arg(partnerId).arg(role).arg(depth);
}

} // namespace

Settlement::Settlement(const Database &db)
    : m_db(db)
{}

Status Settlement::checkOrder(const CommissionPeriod &period) const
{
    auto settled = settledPeriods();
    if (!settled)
        return settled.error();
    if (!settled->isEmpty()) {
        const CommissionPeriod &last = settled->last();
        if (period.start <= last.end)
            return Error::validation(QStringLiteral("period"),
                CommissionText::tr(
                    "%1 lies before the settled period %2; what arrives for it now is settled with the next "
                    "open "
                    "period, %3.")
                    .arg(period.key, last.key, last.next().key));
        if (period.start != last.end.addDays(1))
            return Error::validation(QStringLiteral("period"),
                CommissionText::tr("Periods are settled in order: settle %1 before %2.")
                    .arg(last.next().key, period.key));
    }
    return {};
}

Result<QList<CommissionLine>> Settlement::adjustments(CommissionEngine &engine) const
{
    const QSqlDatabase db = m_db.sql();
    QList<CommissionLine> out;
    // Adjustments: documents changed or added since an earlier period was settled. The documents
    // changed since the oldest settlement are read once, through their updated_at index, with the
    // periods their settled lines sit in (CROSS JOIN keeps that order: from the few changed
    // documents to their lines); each settled period then takes those of its own.
    auto q = sql::exec(
        db, QStringLiteral("SELECT period, settled_at FROM commission_periods ORDER BY starts_on"));
    if (!q)
        return q.error();
    QList<std::pair<CommissionPeriod, QString>> earlier;
    while (q.value().next()) {
        if (auto p = CommissionPeriod::parse(q.value().value(0).toString()))
            earlier.append({p.value(), q.value().value(1).toString()});
    }
    if (earlier.isEmpty())
        return out;
    QString oldest = earlier.first().second;
    for (const auto &period : std::as_const(earlier))
        oldest = std::min(oldest, period.second);
    struct Changed
    {
        qint64 id;
        QDate issued;
        QDate paid;
        QString updated;
    };
    auto changedSales = sql::rows(db,
        QStringLiteral("SELECT id, issued_on, paid_on, updated_at FROM sales WHERE updated_at > ?"), {oldest},
        [](const QSqlQuery &r) {
            return Changed {r.value(0).toLongLong(), QDate::fromString(r.value(1).toString(), Qt::ISODate),
                QDate::fromString(r.value(2).toString(), Qt::ISODate), r.value(3).toString()};
        });
    if (!changedSales)
        return changedSales.error();
    if (changedSales->isEmpty())
        return out;
    auto settledIn = sql::rows(db,
        QStringLiteral("SELECT DISTINCT l.source_id, l.line_period, x.updated_at FROM sales x CROSS JOIN "
                       "commission_lines l "
                       "ON l.source = 'sale' AND l.source_id = x.id WHERE x.updated_at > ?"),
        {oldest}, [](const QSqlQuery &r) {
            return std::tuple {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString()};
        });
    if (!settledIn)
        return settledIn.error();
    for (const auto &[q0, settledAt] : earlier) {
        QSet<qint64> changedIds;
        for (const Changed &c : std::as_const(changedSales.value())) {
            if (c.updated > settledAt && (q0.contains(c.issued) || q0.contains(c.paid)))
                changedIds.insert(c.id);
        }
        for (const auto &[id, period, updated] : std::as_const(settledIn.value())) {
            if (period == q0.key && updated > settledAt)
                changedIds.insert(id);
        }
        if (changedIds.isEmpty())
            continue;
        auto now = engine.compute(q0);
        if (!now)
            return now.error();
        QHash<LineKey, CommissionLine> fresh;
        for (const CommissionLine &l : now.value()) {
            if (l.source == LineSource::Sale && changedIds.contains(l.sourceId) && l.payable())
                fresh.insert(l.key(), l);
        }
        // What was settled for those documents, in whichever statement it went.
        QStringList marks;
        QVariantList binds {q0.key};
        for (qint64 id : changedIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        auto was = sql::exec(db,
            QStringLiteral(
                "SELECT l.source, l.source_id, l.partner_id, l.role, l.depth, sum(l.amount_minor), "
                "max(l.line_date), l.currency, coalesce(max(l.from_partner_id), 0) FROM commission_lines l "
                "WHERE l.line_period = ? AND l.source = 'sale' AND l.source_id IN (%1) GROUP BY l.source, "
                "l.source_id, l.partner_id, l.role, l.depth, l.currency")
                .arg(marks.join(QLatin1Char(','))),
            binds);
        if (!was)
            return was.error();
        QHash<LineKey, qint64> settledSums;
        QHash<LineKey, CommissionLine> settledLines;
        while (was.value().next()) {
            const QSqlQuery &r = was.value();
            const LineKey key = keyOf(r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                r.value(3).toString(), r.value(4).toInt());
            settledSums[key] += r.value(5).toLongLong();
            CommissionLine l;
            l.sourceId = r.value(1).toLongLong();
            l.partnerId = r.value(2).toLongLong();
            l.role = CommissionLine::roleFromKey(r.value(3).toString()).value_or(LineRole::Direct);
            l.depth = r.value(4).toInt();
            l.lineDate = QDate::fromString(r.value(6).toString(), Qt::ISODate);
            l.currency = r.value(7).toString();
            l.fromPartnerId = r.value(8).toLongLong();
            settledLines.insert(key, l);
        }
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            const qint64 before = settledSums.value(it.key());
            if (it->amountMinor == before)
                continue;
            CommissionLine a = it.value();
            a.adjustment = true;
            a.settledMinor = before;
            a.amountMinor = it->amountMinor - before;
            a.period = q0.key;
            out.append(a);
        }
        for (auto it = settledLines.cbegin(); it != settledLines.cend(); ++it) {
            if (fresh.contains(it.key()) || settledSums.value(it.key()) == 0)
                continue;
            // The document no longer earns this line (moved to another date, partner or rule).
            auto sale = sql::exec(db,
                QStringLiteral("SELECT number, kind, issued_on, amount_minor, customer_id, category FROM "
                               "sales WHERE id = ?"),
                {it->sourceId});
            if (!sale)
                return sale.error();
            CommissionLine a = it.value();
            if (sale.value().next()) {
                a.documentNumber = sale.value().value(0).toString();
                a.credit = sale.value().value(1).toString() == QLatin1String("credit");
                a.documentDate = QDate::fromString(sale.value().value(2).toString(), Qt::ISODate);
                a.documentMinor = (a.credit ? -1 : 1) * sale.value().value(3).toLongLong();
                a.customerId = sale.value().value(4).toLongLong();
                a.category = sale.value().value(5).toString();
            }
            a.adjustment = true;
            a.settledMinor = settledSums.value(it.key());
            a.amountMinor = -a.settledMinor;
            a.period = q0.key;
            out.append(a);
        }
    }

    return out;
}

QString Settlement::carriesQuery()
{
    return QStringLiteral(
        "SELECT partner_id, currency, carried_out_minor FROM commission_statements s WHERE "
        "carried_out_minor < 0 AND NOT EXISTS (SELECT 1 FROM commission_statements t WHERE t.partner_id = "
        "s.partner_id AND t.currency = s.currency AND t.period > s.period)");
}

Result<QHash<QPair<qint64, QString>, qint64>> Settlement::carries() const
{
    const QSqlDatabase db = m_db.sql();
    QHash<QPair<qint64, QString>, qint64> carry;
    auto carried = sql::exec(db, carriesQuery());
    if (!carried)
        return carried.error();
    while (carried.value().next())
        carry.insert({carried.value().value(0).toLongLong(), carried.value().value(1).toString()},
            carried.value().value(2).toLongLong());
    return carry;
}

Result<SettlementRun> Settlement::prepare(const CommissionPeriod &period,
    const std::function<bool(const CommissionLine &)> &keep, qint64 focus) const
{
    const QSqlDatabase db = m_db.sql();
    if (Status s = checkOrder(period); !s)
        return s.error();
    SettlementRun run;
    run.period = period;
    // What earlier statements carried out, for the statements' totals.
    auto carried = carries();
    if (!carried)
        return carried.error();
    const QHash<QPair<qint64, QString>, qint64> &carry = carried.value();

    // Statements: payable lines per partner and currency, summed as the engine hands each line
    // over; only the lines `keep` wants stay in memory (a month of a million lines is 300 MB).
    QHash<QPair<qint64, QString>, int> index;
    QSet<qint64> partnerIds;
    const auto account = [&](const CommissionLine &l) {
        partnerIds.insert(l.partnerId);
        if (l.fromPartnerId > 0)
            partnerIds.insert(l.fromPartnerId);
        if (!l.payable())
            return;
        const QPair<qint64, QString> key {l.partnerId, l.currency};
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            CommissionStatement st;
            st.partnerId = l.partnerId;
            st.period = period.key;
            st.currency = l.currency;
            st.carriedInMinor = carry.value(key);
            it = index.insert(key, int(run.statements.size()));
            run.statements.append(st);
        }
        CommissionStatement &st = run.statements[it.value()];
        st.linesMinor += l.amountMinor;
        ++st.lineCount;
    };
    const auto kept = [&keep](const CommissionLine &l) { return !keep || keep(l); };
    CommissionEngine engine(m_db);
    engine.setFocus(focus);
    if (Status s = engine.computeInto(period,
            [&](CommissionLine &&l) {
                account(l);
                if (kept(l))
                    run.lines.append(std::move(l));
                return Status();
            });
        !s)
        return s.error();
    if (Status s = engine.completeLines(run.lines); !s)
        return s.error();
    // Adjustments compare with what was settled for every partner: from the whole run.
    std::optional<CommissionEngine> whole;
    if (focus > 0)
        whole.emplace(m_db);
    auto late = adjustments(whole ? *whole : engine);
    if (!late)
        return late.error();
    for (CommissionLine &l : late.value()) {
        account(l);
        if (kept(l))
            run.lines.append(std::move(l));
    }
    run.linesLoaded = !keep;

    if (Status s = loadNames(db, partnerIds, run); !s)
        return s.error();
    for (CommissionStatement &st : run.statements) {
        st.totalMinor = st.linesMinor + st.carriedInMinor;
        st.payableMinor = std::max<qint64>(0, st.totalMinor);
        st.carriedOutMinor = std::min<qint64>(0, st.totalMinor);
    }
    std::sort(run.statements.begin(), run.statements.end(),
        [](const CommissionStatement &a, const CommissionStatement &b) {
            return a.partnerCode != b.partnerCode ? a.partnerCode < b.partnerCode : a.currency < b.currency;
        });
    return run;
}

Result<SettlementRun> Settlement::preview(const CommissionPeriod &period, qint64 partnerId, Lines lines) const
{
    auto settled = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT 1 FROM commission_periods WHERE period = ?"), {period.key});
    if (!settled)
        return settled.error();
    if (settled->isValid())
        return stored(period, partnerId, lines);
    // One partner's statement comes from the documents that can make its lines (a month of a
    // million lines: 6.6 s for the whole run); only the lines asked for are kept.
    std::function<bool(const CommissionLine &)> keep;
    if (lines == Lines::StatementsOnly)
        keep = [](const CommissionLine &) { return false; };
    else if (partnerId > 0)
        keep = [partnerId](const CommissionLine &l) { return l.partnerId == partnerId; };
    auto run = prepare(period, keep, std::max<qint64>(0, partnerId));
    if (!run || partnerId <= 0)
        return run;
    SettlementRun &r = run.value();
    r.statements.erase(std::remove_if(r.statements.begin(), r.statements.end(),
                           [partnerId](const CommissionStatement &s) { return s.partnerId != partnerId; }),
        r.statements.end());
    r.linesLoaded = lines == Lines::All; // every line of this partner
    return run;
}

Result<SettlementRun> Settlement::settle(const CommissionPeriod &period) const
{
    const QSqlDatabase db = m_db.sql();
    // The transaction takes the write lock first: a second clerk settling the same period waits, then
    // finds it settled and writes nothing.
    return inTransaction(db, [&]() -> Result<SettlementRun> {
        auto settled = sql::scalar(
            db, QStringLiteral("SELECT 1 FROM commission_periods WHERE period = ?"), {period.key});
        if (!settled)
            return settled.error();
        if (settled->isValid()) {
            auto run = stored(period);
            if (run)
                run.value().alreadySettled = true;
            return run;
        }
        if (Status s = checkOrder(period); !s)
            return s.error();
        auto carried = carries();
        if (!carried)
            return carried.error();
        const QString now = sql::isoUtc(Clock::nowUtc());
        if (Status s = sql::run(db,
                QStringLiteral(
                    "INSERT INTO commission_periods (period, starts_on, ends_on, settled_at, settled_by) "
                    "VALUES (?, ?, ?, ?, ?)"),
                {period.key, period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate), now,
                    m_db.userLogin()});
            !s)
            return s.error();
        sql::RawStatement insertStatement;
        sql::RawStatement insertLine;
        if (Status s = insertStatement.prepare(m_db.handle(),
                QStringLiteral(
                    "INSERT INTO commission_statements (partner_id, period, currency, lines_minor, "
                    "carried_in_minor, total_minor, payable_minor, carried_out_minor, line_count, status, "
                    "created_at) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 'draft', ?)"));
            !s)
            return s.error();
        if (Status s = insertLine.prepare(m_db.handle(),
                QStringLiteral(
                    "INSERT INTO commission_lines (statement_id, source, source_id, partner_id, role, depth, "
                    "from_partner_id, line_period, line_date, adjustment, settled_minor, base_minor, share, "
                    "rule, plan_id, bracket, rate, capped, amount_minor, currency) VALUES (?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s.error();

        // Lines go to the file as the engine makes them; only the statements' sums stay in memory.
        SettlementRun run;
        run.period = period;
        run.settled = true;
        run.linesLoaded = false;
        QHash<QPair<qint64, QString>, int> index;
        // Dates and rates repeat on many lines: each is formatted once.
        QHash<qint64, QString> dates;
        QHash<qint64, QString> rates;
        const auto dateText = [&dates](const QDate &d) -> const QString & {
            auto it = dates.find(d.toJulianDay());
            if (it == dates.end())
                it = dates.insert(d.toJulianDay(), d.toString(Qt::ISODate));
            return it.value();
        };
        const auto rateText = [&rates](const Rate &r) -> const QString & {
            auto it = rates.find(r.micros());
            if (it == rates.end())
                it = rates.insert(r.micros(), r.toString());
            return it.value();
        };
        const auto write = [&](CommissionLine &&l) -> Status {
            if (!l.payable())
                return {};
            const QPair<qint64, QString> key {l.partnerId, l.currency};
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                insertStatement.bindAll({l.partnerId, period.key, l.currency, now});
                if (Status s = insertStatement.run(); !s)
                    return s;
                CommissionStatement st;
                st.id = insertStatement.lastInsertId();
                st.partnerId = l.partnerId;
                st.period = period.key;
                st.currency = l.currency;
                st.status = StatementStatus::Draft;
                it = index.insert(key, int(run.statements.size()));
                run.statements.append(st);
            }
            CommissionStatement &st = run.statements[it.value()];
            st.linesMinor += l.amountMinor;
            ++st.lineCount;
            insertLine.bindAll({st.id,
                l.source == LineSource::Deal ? QStringLiteral("deal") : QStringLiteral("sale"), l.sourceId,
                l.partnerId, CommissionLine::roleKey(l.role), l.depth, sql::nullIfZero(l.fromPartnerId),
                l.period, dateText(l.lineDate), l.adjustment ? 1 : 0, l.settledMinor, l.baseMinor,
                l.share ? QVariant(rateText(*l.share)) : QVariant(QMetaType::fromType<QString>()),
                CommissionLine::ruleKey(l.rule), sql::nullIfZero(l.planId), l.detail, rateText(l.rate),
                l.capped ? 1 : 0, l.amountMinor, l.currency});
            return insertLine.run();
        };
        CommissionEngine engine(m_db);
        if (Status s = engine.computeInto(period, write); !s)
            return s.error();
        auto late = adjustments(engine);
        if (!late)
            return late.error();
        for (CommissionLine &l : late.value()) {
            if (Status s = write(std::move(l)); !s)
                return s.error();
        }

        // The sums, with what earlier statements carried out; then each statement on its partner's
        // timeline.
        sql::RawStatement update;
        sql::RawStatement insertEvent;
        if (Status s = update.prepare(m_db.handle(),
                QStringLiteral("UPDATE commission_statements SET lines_minor = ?, carried_in_minor = ?, "
                               "total_minor = ?, "
                               "payable_minor = ?, carried_out_minor = ?, line_count = ? WHERE id = ?"));
            !s)
            return s.error();
        if (Status s = insertEvent.prepare(m_db.handle(), TimelineStore::insertStatement()); !s)
            return s.error();
        TimelineStore timeline(m_db);
        QSet<qint64> partnerIds;
        for (CommissionStatement &st : run.statements) {
            st.carriedInMinor = carried->value({st.partnerId, st.currency});
            st.totalMinor = st.linesMinor + st.carriedInMinor;
            st.payableMinor = std::max<qint64>(0, st.totalMinor);
            st.carriedOutMinor = std::min<qint64>(0, st.totalMinor);
            update.bindAll({st.linesMinor, st.carriedInMinor, st.totalMinor, st.payableMinor,
                st.carriedOutMinor, st.lineCount, st.id});
            if (Status s = update.run(); !s)
                return s.error();
            TimelineEvent e {.entity = QStringLiteral("statement"),
                .entityId = st.id,
                .partnerId = st.partnerId,
                .action = QStringLiteral("statement-settled"),
                .field = st.period,
                .newValue
                = QString(Money(st.totalMinor, st.currency).toString() + QLatin1Char(' ') + st.currency)};
            insertEvent.bindAll(timeline.insertValues(e));
            if (Status s = insertEvent.run(); !s)
                return s.error();
            partnerIds.insert(st.partnerId);
        }
        if (Status s = loadNames(db, partnerIds, run); !s)
            return s.error();
        std::sort(run.statements.begin(), run.statements.end(),
            [](const CommissionStatement &x, const CommissionStatement &y) {
                return x.partnerCode != y.partnerCode ? x.partnerCode < y.partnerCode
                                                      : x.currency < y.currency;
            });
        return run;
    });
}

Result<int> Settlement::approve(const CommissionPeriod &period, qint64 partnerId) const
{
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<int> {
        QVariantList binds;
        const QString where = statementsWhere(QString(), period, partnerId, binds);
        auto q = sql::exec(db,
            QStringLiteral(
                "SELECT id, partner_id, status, currency, total_minor FROM commission_statements WHERE ")
                + where + QStringLiteral(" ORDER BY id"),
            binds);
        if (!q)
            return q.error();
        QList<std::tuple<qint64, qint64, QString, qint64>> drafts;
        int approved = 0;
        int paid = 0;
        while (q.value().next()) {
            const QString status = q.value().value(2).toString();
            if (status == QLatin1String("draft"))
                drafts.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                    q.value().value(3).toString(), q.value().value(4).toLongLong()});
            else if (status == QLatin1String("paid"))
                ++paid;
            else
                ++approved;
        }
        if (drafts.isEmpty()) {
            if (paid > 0 && approved == 0)
                return Error::validation(QStringLiteral("period"),
                    CommissionText::tr(
                        "The statements of %1 are already paid; a paid statement cannot be approved again.")
                        .arg(period.key));
            if (approved > 0)
                return Error::validation(QStringLiteral("period"),
                    CommissionText::tr("The statements of %1 are already approved.").arg(period.key));
            return Error::make(Error::Code::NotFound,
                CommissionText::tr("There are no statements for %1 to approve; settle the period first.")
                    .arg(period.key));
        }
        const QString now = sql::isoUtc(Clock::nowUtc());
        TimelineStore timeline(m_db);
        for (const auto &[id, partner, currency, total] : drafts) {
            if (Status s = sql::run(db,
                    QStringLiteral("UPDATE commission_statements SET status = 'approved', approved_at = ?, "
                                   "approved_by = ? WHERE id = ? AND status = 'draft'"),
                    {now, m_db.userLogin(), id});
                !s)
                return s.error();
            TimelineEvent e {.entity = QStringLiteral("statement"),
                .entityId = id,
                .partnerId = partner,
                .action = QStringLiteral("statement-approved"),
                .field = period.key,
                .newValue = QString(Money(total, currency).toString() + QLatin1Char(' ') + currency)};
            if (Status s = timeline.record(e); !s)
                return s.error();
        }
        return int(drafts.size());
    });
}

} // namespace cd
