// bench_routing: automatic lead routing on a generated database, three ways in one run: LeadRouter
// (candidate groups built once per run, batches in transactions), the naive Qt way (one QSqlQuery
// for the candidates of each lead) and bare sqlite3 doing the same per-lead query (the floor of
// that design). Every way assigns the same waiting leads and writes the same rows (lead update +
// timeline event), each in transactions of 5,000 leads.
//
//   bench_routing [--partners N] [--leads N] [--naive-leads N] [--seed S]

#include "db/database.h"
#include "db/sql.h"
#include "leads/leadrouter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <random>

using namespace cd;

namespace {

constexpr int kAreas = 400;
constexpr int kBatch = 5000;
const char *const kCountries[] = {"DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PL", "SE", "DK", "NO",
    "FI", "PT", "CZ", "HU", "IE", "GB", "US", "CA"};

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
}

void generate(const Database &db, qint64 partners, qint64 leads, quint64 seed)
{
    QRandomGenerator rng {quint32(seed)};
    const QSqlDatabase sqlDb = db.sql();
    check(sql::run(sqlDb, QStringLiteral("BEGIN")));
    for (int a = 1; a <= kAreas; ++a)
        check(sql::run(sqlDb, QStringLiteral("INSERT INTO areas (name) VALUES (?)"),
            {QStringLiteral("Area %1").arg(a)}));
    QSqlQuery p(sqlDb);
    p.prepare(QStringLiteral(
        "INSERT INTO partners (code, name, area_id, country, latitude, longitude, level_id, weight_override, "
        "activation_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', "
        "'2026-01-01')"));
    for (qint64 i = 0; i < partners; ++i) {
        const int area = 1 + int(rng.bounded(kAreas));
        const int country = area % 20;
        p.addBindValue(QStringLiteral("B%1").arg(i));
        p.addBindValue(QStringLiteral("Partner %1").arg(i));
        p.addBindValue(rng.bounded(10) ? QVariant(area) : QVariant(QMetaType::fromType<int>()));
        p.addBindValue(QString::fromLatin1(kCountries[country]));
        p.addBindValue(40.0 + country + rng.bounded(1000) / 1000.0);
        p.addBindValue(-5.0 + country + rng.bounded(1000) / 1000.0);
        p.addBindValue(1 + int(rng.bounded(3)));
        p.addBindValue(
            rng.bounded(20) ? QVariant(QMetaType::fromType<int>()) : QVariant(int(rng.bounded(3))));
        p.addBindValue(1 + int(rng.bounded(3)));
        p.addBindValue(rng.bounded(25) ? QStringLiteral("active") : QStringLiteral("inactive"));
        if (!p.exec())
            qFatal("partner insert failed");
    }
    QSqlQuery l(sqlDb);
    l.prepare(QStringLiteral(
        "INSERT INTO leads (company, area_id, country, latitude, longitude, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, '2026-03-01', '2026-03-01')"));
    for (qint64 i = 0; i < leads; ++i) {
        const int area = 1 + int(rng.bounded(kAreas));
        const int country = area % 20;
        l.addBindValue(QStringLiteral("Lead %1").arg(i));
        l.addBindValue(rng.bounded(5) ? QVariant(area) : QVariant(QMetaType::fromType<int>()));
        l.addBindValue(QString::fromLatin1(kCountries[country]));
        l.addBindValue(40.0 + country + rng.bounded(1000) / 1000.0);
        l.addBindValue(-5.0 + country + rng.bounded(1000) / 1000.0);
        if (!l.exec())
            qFatal("lead insert failed");
    }
    check(sql::run(sqlDb, QStringLiteral("COMMIT")));
    // A few declines, so every way has to honour them.
    check(sql::run(sqlDb,
        QStringLiteral("INSERT INTO lead_declines (lead_id, partner_id, at) "
                       "SELECT id, 1 + (id * 7919) % ?, '2026-03-02' FROM leads WHERE id % 50 = 0"),
        {partners}));
    check(sql::run(sqlDb, QStringLiteral("ANALYZE")));
}

void reset(const Database &db)
{
    check(sql::run(db.sql(),
        QStringLiteral("UPDATE leads SET status = 'new', assigned_partner_id = NULL, "
                       "assigned_at = NULL, flag_reason = '', flagged_at = NULL")));
    check(sql::run(db.sql(), QStringLiteral("DELETE FROM timeline WHERE entity = 'lead'")));
}

qint64 assignedCount(const Database &db)
{
    return sql::scalar(
        db.sql(), QStringLiteral("SELECT count(*) FROM leads WHERE assigned_partner_id IS NOT NULL"))
        .value()
        .toLongLong();
}

// The candidate queries of the naive ways: same area, else same country; eligible, not declined.
#define CD_ELIGIBLE                                                                                          \
    "SELECT p.id, coalesce(p.weight_override, lv.weight, 0) FROM partners p "                                \
    "JOIN partner_activations pa ON pa.id = p.activation_id AND pa.active = 1 "                              \
    "LEFT JOIN partner_levels lv ON lv.id = p.level_id "                                                     \
    "WHERE p.archived_at IS NULL AND p.status = 'active' AND coalesce(p.weight_override, lv.weight, 0) > 0 "
const char *const kByArea = CD_ELIGIBLE
    "AND p.area_id = ? AND p.id NOT IN (SELECT partner_id FROM lead_declines WHERE lead_id = ?)";
const char *const kByCountry = CD_ELIGIBLE
    "AND p.country = ? AND p.id NOT IN (SELECT partner_id FROM lead_declines WHERE lead_id = ?)";
#undef CD_ELIGIBLE
const char *const kUpdate
    = "UPDATE leads SET status = 'assigned', assigned_partner_id = ?, assigned_at = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ?";
const char *const kEvent
    = "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, comment) "
      "VALUES (?, 'bench', 'lead', ?, ?, 'lead-assigned', 'Assigned automatically')";

qint64 draw(std::mt19937_64 &rng, const std::vector<std::pair<qint64, qint64>> &candidates)
{
    qint64 total = 0;
    for (const auto &c : candidates)
        total += c.second;
    if (total == 0)
        return 0;
    qint64 ticket = std::uniform_int_distribution<qint64>(0, total - 1)(rng);
    for (const auto &c : candidates) {
        if (ticket < c.second)
            return c.first;
        ticket -= c.second;
    }
    return 0;
}

struct Waiting
{
    qint64 id;
    QVariant area;
    QString country;
};

std::vector<Waiting> waiting(const Database &db, qint64 limit)
{
    std::vector<Waiting> out;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral(
        "SELECT id, area_id, country FROM leads WHERE assigned_partner_id IS NULL AND status IN "
        "('new', 'declined') ORDER BY id LIMIT %1")
               .arg(limit));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1), q.value(2).toString()});
    return out;
}

void naiveQt(const Database &db, qint64 limit, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const std::vector<Waiting> leads = waiting(db, limit);
    const QString now = sql::isoUtc(QDateTime::currentDateTimeUtc());
    QSqlDatabase sqlDb = db.sql();
    for (size_t start = 0; start < leads.size(); start += kBatch) {
        sqlDb.transaction();
        for (size_t i = start; i < std::min(leads.size(), start + kBatch); ++i) {
            std::vector<std::pair<qint64, qint64>> candidates;
            for (bool byArea : {true, false}) {
                if (byArea && leads[i].area.isNull())
                    continue;
                QSqlQuery q(sqlDb);
                q.prepare(QString::fromLatin1(byArea ? kByArea : kByCountry));
                q.addBindValue(byArea ? leads[i].area : QVariant(leads[i].country));
                q.addBindValue(leads[i].id);
                q.exec();
                while (q.next())
                    candidates.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
                if (!candidates.empty())
                    break;
            }
            const qint64 partner = draw(rng, candidates);
            if (partner == 0)
                continue;
            QSqlQuery u(sqlDb);
            u.prepare(QString::fromLatin1(kUpdate));
            u.addBindValue(partner);
            u.addBindValue(now);
            u.addBindValue(now);
            u.addBindValue(leads[i].id);
            u.exec();
            QSqlQuery e(sqlDb);
            e.prepare(QString::fromLatin1(kEvent));
            e.addBindValue(now);
            e.addBindValue(leads[i].id);
            e.addBindValue(partner);
            e.exec();
        }
        sqlDb.commit();
    }
}

void bareSqlite(const Database &db, qint64 limit, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const std::vector<Waiting> leads = waiting(db, limit);
    const QByteArray now = sql::isoUtc(QDateTime::currentDateTimeUtc()).toUtf8();
    sqlite3 *h = db.handle();
    sqlite3_stmt *byArea = nullptr, *byCountry = nullptr, *upd = nullptr, *ev = nullptr;
    sqlite3_prepare_v2(h, kByArea, -1, &byArea, nullptr);
    sqlite3_prepare_v2(h, kByCountry, -1, &byCountry, nullptr);
    sqlite3_prepare_v2(h, kUpdate, -1, &upd, nullptr);
    sqlite3_prepare_v2(h, kEvent, -1, &ev, nullptr);
    for (size_t start = 0; start < leads.size(); start += kBatch) {
        sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
        for (size_t i = start; i < std::min(leads.size(), start + kBatch); ++i) {
            const Waiting &l = leads[i];
            std::vector<std::pair<qint64, qint64>> candidates;
            const QByteArray country = l.country.toUtf8();
            if (!l.area.isNull()) {
                sqlite3_bind_int64(byArea, 1, l.area.toLongLong());
                sqlite3_bind_int64(byArea, 2, l.id);
                while (sqlite3_step(byArea) == SQLITE_ROW)
                    candidates.emplace_back(sqlite3_column_int64(byArea, 0), sqlite3_column_int64(byArea, 1));
                sqlite3_reset(byArea);
            }
            if (candidates.empty()) {
                sqlite3_bind_text(byCountry, 1, country.constData(), int(country.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(byCountry, 2, l.id);
                while (sqlite3_step(byCountry) == SQLITE_ROW)
                    candidates.emplace_back(
                        sqlite3_column_int64(byCountry, 0), sqlite3_column_int64(byCountry, 1));
                sqlite3_reset(byCountry);
            }
            const qint64 partner = draw(rng, candidates);
            if (partner == 0)
                continue;
            sqlite3_bind_int64(upd, 1, partner);
            sqlite3_bind_text(upd, 2, now.constData(), int(now.size()), SQLITE_STATIC);
            sqlite3_bind_text(upd, 3, now.constData(), int(now.size()), SQLITE_STATIC);
            sqlite3_bind_int64(upd, 4, l.id);
            sqlite3_step(upd);
            sqlite3_reset(upd);
            sqlite3_bind_text(ev, 1, now.constData(), int(now.size()), SQLITE_STATIC);
            sqlite3_bind_int64(ev, 2, l.id);
            sqlite3_bind_int64(ev, 3, partner);
            sqlite3_step(ev);
            sqlite3_reset(ev);
        }
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(byArea);
    sqlite3_finalize(byCountry);
    sqlite3_finalize(upd);
    sqlite3_finalize(ev);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("partners"), QStringLiteral("Partners to generate."),
                           QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("leads"), QStringLiteral("Leads to route."), QStringLiteral("n"),
            QStringLiteral("100000")},
        {QStringLiteral("naive-leads"), QStringLiteral("Leads the per-lead ways route (default: all)."),
            QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("n"), QStringLiteral("1")}});
    parser.process(app);
    const qint64 partners = parser.value(QStringLiteral("partners")).toLongLong();
    const qint64 leads = parser.value(QStringLiteral("leads")).toLongLong();
    const qint64 naiveLeads = parser.isSet(QStringLiteral("naive-leads"))
        ? parser.value(QStringLiteral("naive-leads")).toLongLong()
        : leads;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    QTextStream out(stdout);

    QTemporaryDir dir;
    DatabaseOptions options;
    options.path = dir.filePath(QStringLiteral("routing.sqlite"));
    options.userLogin = QStringLiteral("bench");
    auto db = Database::open(options);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    QElapsedTimer t;
    t.start();
    generate(db.value(), partners, leads, seed);
    out << QStringLiteral("generated %1 partners, %2 leads in %3 s\n")
               .arg(partners)
               .arg(leads)
               .arg(seconds(t), 0, 'f', 1);
    out.flush();

    t.restart();
    RoutingOptions routing;
    routing.seed = seed;
    auto report = LeadRouter(db.value()).assignWaiting(routing);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    const double ours = seconds(t);
    out << QStringLiteral("LeadRouter:      %1 leads in %2 s (%3 leads/s), %4 assigned, %5 flagged\n")
               .arg(report->considered)
               .arg(ours, 0, 'f', 2)
               .arg(double(report->considered) / ours, 0, 'f', 0)
               .arg(report->assigned)
               .arg(report->flagged);
    out.flush();

    reset(db.value());
    t.restart();
    naiveQt(db.value(), naiveLeads, seed);
    const double naive = seconds(t);
    out << QStringLiteral("naive QSqlQuery: %1 leads in %2 s (%3 leads/s), %4 assigned\n")
               .arg(naiveLeads)
               .arg(naive, 0, 'f', 2)
               .arg(double(naiveLeads) / naive, 0, 'f', 0)
               .arg(assignedCount(db.value()));
    out.flush();

    reset(db.value());
    t.restart();
    bareSqlite(db.value(), naiveLeads, seed);
    const double bare = seconds(t);
    out << QStringLiteral("bare sqlite3:    %1 leads in %2 s (%3 leads/s), %4 assigned\n")
               .arg(naiveLeads)
               .arg(bare, 0, 'f', 2)
               .arg(double(naiveLeads) / bare, 0, 'f', 0)
               .arg(assignedCount(db.value()));
    return 0;
}
