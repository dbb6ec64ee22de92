#include "leadsdemo.h"

#include "common/clock.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "db/transaction.h"
#include "leads/leadrouter.h"

#include <random>
#include <vector>

namespace cd {

namespace {

const char *const kCompanyWords[] = {"Nordwind", "Alpen", "Blue Harbor", "Cedar", "Delta", "Everest",
    "Falcon", "Granite", "Horizon", "Iris", "Juniper", "Keystone", "Lumen", "Meridian", "Nova", "Orion",
    "Pioneer", "Quartz", "Riverside", "Summit", "Tidewater", "Unity", "Vertex", "Westwood"};
const char *const kCompanySuffixes[]
    = {"GmbH", "Ltd", "SARL", "S.p.A.", "B.V.", "AB", "Inc.", "Kft.", "Oy", "AG"};
const char *const kFirstNames[] = {"Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines",
    "Jonas", "Karin", "Luca", "Marie", "Nils", "Olga", "Paul"};
const char *const kLastNames[] = {"Berg", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Hansen",
    "Ivanova", "Jansen", "Keller", "Lindqvist", "Moreau", "Novak", "Olsen", "Rossi", "Schmidt"};
const char *const kSources[] = {"website", "trade fair", "referral", "campaign", "inbound call"};

template<typename T, size_t N>
const T &pick(std::mt19937_64 &rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

struct Place
{
    qint64 areaId = 0;
    QString country;
    QString city;
    QVariant latitude;
    QVariant longitude;
};

} // namespace

LeadsDemo::LeadsDemo(const Database &db)
    : m_db(db)
{}

Result<LeadsDemoReport> LeadsDemo::run(quint64 seed, qint64 firstId, qint64 lastId, qint64 maxLeads) const
{
    LeadsDemoReport report;
    const QSqlDatabase db = m_db.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    std::mt19937_64 rng(seed ^ 0x1eadULL);
    const QString range = firstId == 0 && lastId == 0
        ? QString()
        : QStringLiteral(" AND id BETWEEN %1 AND %2").arg(firstId).arg(lastId);

    // Places come from the partners themselves, so routing finds candidates nearby: each lead
    // borrows the place of a random partner of the range.
    qint64 low = firstId;
    qint64 high = lastId;
    if (low == 0 && high == 0) {
        auto bounds = sql::exec(
            db, QStringLiteral("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM partners"));
        if (!bounds)
            return bounds.error();
        if (bounds.value().next()) {
            low = bounds->value(0).toLongLong();
            high = bounds->value(1).toLongLong();
        }
    }
    if (high < low || high == 0)
        return report;
    const qint64 leadCount = std::min<qint64>(maxLeads, (high - low + 1) / 2 + 1);

    // Active distributor links of these partners: leads submitted for a linked reseller.
    std::vector<std::pair<qint64, qint64>> links;
    {
        auto q = sql::exec(db,
            QStringLiteral(
                "SELECT distributor_id, reseller_id FROM distributor_links WHERE removed_at IS NULL")
                + QString(range).replace(QStringLiteral("id BETWEEN"), QStringLiteral("reseller_id BETWEEN"))
                + QStringLiteral(" ORDER BY id"));
        if (!q)
            return q.error();
        while (q.value().next())
            links.emplace_back(q->value(0).toLongLong(), q->value(1).toLongLong());
    }

    const QDateTime now = Clock::nowUtc();
    {
        sql::StatementCache cache(db);
        std::uniform_int_distribution<int> percent(0, 99);
        for (qint64 i = 0; i < leadCount; ++i) {
            auto found = sql::exec(db,
                QStringLiteral(
                    "SELECT coalesce(area_id, 0), country, city, latitude, longitude FROM partners "
                    "WHERE id >= ? AND id <= ? ORDER BY id LIMIT 1"),
                {std::uniform_int_distribution<qint64>(low, high)(rng), high});
            if (!found)
                return found.error();
            Place place;
            if (found.value().next())
                place = {found->value(0).toLongLong(), found->value(1).toString(), found->value(2).toString(),
                    found->value(3), found->value(4)};
            const QString company = QStringLiteral("%1 %2").arg(
                QLatin1String(pick(rng, kCompanyWords)), QLatin1String(pick(rng, kCompanySuffixes)));
            const QString contact = QStringLiteral("%1 %2").arg(
                QLatin1String(pick(rng, kFirstNames)), QLatin1String(pick(rng, kLastNames)));
            const QString created
                = sql::isoUtc(now.addSecs(-std::uniform_int_distribution<qint64>(0, 365 * 86400)(rng)));
            const qint64 value = std::uniform_int_distribution<qint64>(5, 500)(rng) * 10000;
            qint64 distributor = 0;
            qint64 reseller = 0;
            if (!links.empty() && percent(rng) < 20) {
                const auto &link = links[std::uniform_int_distribution<size_t>(0, links.size() - 1)(rng)];
                distributor = link.first;
                reseller = link.second;
                ++report.submittedByDistributors;
            }
            // Near the place, not on it: a few kilometres off.
            QVariant lat = place.latitude, lon = place.longitude;
            if (!lat.isNull()) {
                lat = lat.toDouble() + std::uniform_int_distribution<int>(-20, 20)(rng) / 1000.0;
                lon = lon.toDouble() + std::uniform_int_distribution<int>(-20, 20)(rng) / 1000.0;
            }
            if (Status s = sql::run(db,
                    QStringLiteral(
                        "INSERT INTO leads (company, contact_name, email, city, country, area_id, latitude, "
                        "longitude, estimated_value_minor, currency, source, status, assigned_partner_id, "
                        "submitted_by_distributor_id, created_at, assigned_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?)"),
                    {company, contact,
                        QStringLiteral("%1@example.com")
                            .arg(contact.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))),
                        place.city, place.country, sql::nullIfZero(place.areaId), lat, lon, value,
                        QLatin1String(pick(rng, kSources)),
                        reseller ? QStringLiteral("assigned") : QStringLiteral("new"),
                        sql::nullIfZero(reseller), sql::nullIfZero(distributor), created,
                        reseller ? QVariant(created) : QVariant(QMetaType::fromType<QString>()), created});
                !s)
                return s.error();
            ++report.leads;
        }
    }

    // The router writes in batches of its own; run inside this transaction they would be savepoints,
    // and every routed lead would pay for a statement journal over all the leads written before.
    if (Status s = tx.commit(); !s)
        return s.error();
    RoutingOptions routing;
    routing.seed = seed;
    auto routed = LeadRouter(m_db).assignWaiting(routing);
    if (!routed)
        return routed.error();

    Transaction lifeTx(db);
    if (Status s = lifeTx.begin(); !s)
        return s.error();

    // The life of each assigned lead.
    std::vector<std::tuple<qint64, qint64, qint64, qint64, QString>>
        assigned; // id, partner, distributor, value, created
    {
        auto q = sql::exec(db,
            QStringLiteral(
                "SELECT id, assigned_partner_id, coalesce(submitted_by_distributor_id, 0), "
                "estimated_value_minor, created_at FROM leads WHERE status = 'assigned' ORDER BY id"));
        if (!q)
            return q.error();
        while (q.value().next())
            assigned.emplace_back(q->value(0).toLongLong(), q->value(1).toLongLong(),
                q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toString());
    }
    std::vector<std::tuple<qint64, bool, bool>> stages; // id, won, lost
    {
        auto q = sql::exec(db, QStringLiteral("SELECT id, won, lost FROM deal_stages ORDER BY sequence, id"));
        if (!q)
            return q.error();
        while (q.value().next())
            stages.emplace_back(q->value(0).toLongLong(), q->value(1).toBool(), q->value(2).toBool());
    }
    sql::StatementCache cache(db);
    std::uniform_int_distribution<int> percent(0, 99);
    for (const auto &[id, partner, distributor, value, created] : assigned) {
        const int roll = percent(rng);
        const QDateTime createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        const QString later
            = sql::isoUtc(std::min(now, createdAt.addDays(std::uniform_int_distribution<int>(1, 60)(rng))));
        if (roll < 10) {
            if (Status s = sql::run(db,
                    QStringLiteral("INSERT INTO lead_declines (lead_id, partner_id, reason, at, user_login) "
                                   "VALUES (?, ?, 'No capacity', ?, 'demo')"),
                    {id, partner, later});
                !s)
                return s.error();
            if (Status s = sql::run(db,
                    QStringLiteral(
                        "UPDATE leads SET status = 'declined', assigned_partner_id = NULL, updated_at = ? "
                        "WHERE id = ?"),
                    {later, id});
                !s)
                return s.error();
            ++report.declined;
        } else if (roll < 20) {
            if (Status s = sql::run(db,
                    QStringLiteral(
                        "UPDATE leads SET status = 'lost', closed_at = ?, updated_at = ? WHERE id = ?"),
                    {later, later, id});
                !s)
                return s.error();
        } else if (roll < 70) {
            const bool convert = roll < 50;
            if (Status s = sql::run(db,
                    QStringLiteral("UPDATE leads SET status = ?, accepted_at = ?, closed_at = ?, updated_at "
                                   "= ? WHERE id = ?"),
                    {convert ? QStringLiteral("converted") : QStringLiteral("accepted"), later,
                        convert ? QVariant(later) : QVariant(QMetaType::fromType<QString>()), later, id});
                !s)
                return s.error();
            if (!convert || stages.empty())
                continue;
            const auto &[stageId, won, lost]
                = stages[std::uniform_int_distribution<size_t>(0, stages.size() - 1)(rng)];
            const QString outcome = won ? QStringLiteral("won")
                : lost                  ? QStringLiteral("lost")
                                        : QStringLiteral("open");
            const qint64 dealValue = value / 100 * std::uniform_int_distribution<int>(70, 130)(rng);
            if (Status s = sql::run(db,
                    QStringLiteral(
                        "INSERT INTO deals (lead_id, partner_id, distributor_id, stage_id, value_minor, "
                        "currency, expected_close, outcome, created_at, closed_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?)"),
                    {id, partner, sql::nullIfZero(distributor), stageId, dealValue,
                        createdAt.date().addDays(90).toString(Qt::ISODate), outcome, later,
                        outcome == QLatin1String("open") ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(later),
                        later});
                !s)
                return s.error();
            ++report.deals;
            report.won += won ? 1 : 0;
        }
    }
    if (Status s = lifeTx.commit(); !s)
        return s.error();
    return report;
}

} // namespace cd
