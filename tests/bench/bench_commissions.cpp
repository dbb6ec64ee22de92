// bench_commissions: settling one month of invoice lines, three ways in one run:
//   floor  one plain SQL statement on bare SQLite (sqlite3 C API) that sums base × default rate per
//          partner and currency into a table: no plans, tiers, splits, cascades or explanations,
//          the least any settlement must do (read every line once, write the totals);
//   qt     the stock Qt way for the same simple rule: QSqlQuery per line (rate lookup + line insert),
//          on --qt-lines lines and extrapolated to all;
//   ours   Settlement::settle: every rule, explanations, statements and lines in one transaction.
// The generated month: --partners partners (a third on a tiered level plan, one in ten with an own
// marginal plan, one in twenty with a cascade up to two levels, the rest on default rates),
// --customers customers, --lines invoices (one in fifty a credit note, one in ten via a distributor).
//
//   bench_commissions [--partners 100000] [--customers 200000] [--lines 1000000] [--qt-lines 100000]
//                     [--preview-every-line]
//                     [--keep FILE]

#include "commissions/settlement.h"
#include "db/database.h"
#include "db/sql.h"
#include "reports/commissionreports.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <random>

using namespace cd;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
}

void exec(sqlite3 *db, const char *statement)
{
    char *message = nullptr;
    if (sqlite3_exec(db, statement, nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("%s: %s", statement, message);
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    // /proc files have no size: read them whole.
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void generate(const Database &db, qint64 partners, qint64 customers, qint64 lines)
{
    sqlite3 *h = db.handle();
    std::mt19937_64 rng(42);
    exec(h, "BEGIN");
    exec(h,
        "INSERT INTO commission_plans (name, basis, tiers, tier_mode, created_at, updated_at) VALUES "
        "('Tiers', 'tiered', '0:0.04,20000:0.06,50000:0.08', 'whole', 'x', 'x'), "
        "('Ladder', 'tiered', '0:0.03,10000:0.05,30000:0.07', 'marginal', 'x', 'x')");
    exec(h,
        "INSERT INTO commission_plans (name, basis, rate, cascade, created_at, updated_at) VALUES "
        "('Cascade', 'fixed', '0.07', '0.02,0.01', 'x', 'x')");
    sqlite3_stmt *p = nullptr;
    sqlite3_prepare_v2(h,
        "INSERT INTO partners (id, code, name, kind, country, level_id, parent_id, commission_rate, "
        "created_at, "
        "updated_at) VALUES (?, ?, ?, ?, 'DE', ?, ?, ?, '2026-01-01', '2026-01-01')",
        -1, &p, nullptr);
    for (qint64 i = 1; i <= partners; ++i) {
        const QByteArray code = QByteArray::number(1000000000 + i);
        sqlite3_bind_int64(p, 1, i);
        sqlite3_bind_text(p, 2, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(p, 3, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(p, 4, i % 50 == 0 ? "distributor" : "reseller", -1, SQLITE_STATIC);
        if (i % 3 == 0)
            sqlite3_bind_int64(p, 5, 1); // the first level, on the tiered plan
        else
            sqlite3_bind_null(p, 5);
        if (i % 20 == 1 && i > 100)
            sqlite3_bind_int64(p, 6, i - 7);
        else
            sqlite3_bind_null(p, 6);
        static const char *const rates[] = {"0.05", "0.06", "0.08", "0.1"};
        sqlite3_bind_text(p, 7, rates[i % 4], -1, SQLITE_STATIC);
        if (sqlite3_step(p) != SQLITE_DONE)
            qFatal("%s", sqlite3_errmsg(h));
        sqlite3_reset(p);
    }
    sqlite3_finalize(p);
    exec(h,
        "INSERT INTO commission_plan_assignments (plan_id, level_id, valid_from, created_at, created_by) "
        "VALUES (1, 1, '2026-01-01', 'x', 'bench')");
    exec(h,
        "INSERT INTO commission_plan_assignments (plan_id, partner_id, valid_from, created_at, created_by) "
        "SELECT CASE WHEN id % 20 = 1 AND id > 100 THEN 3 ELSE 2 END, id, '2026-01-01', 'x', 'bench' FROM "
        "partners WHERE id % 10 = 1");
    sqlite3_prepare_v2(h,
        "INSERT INTO customers (id, code, name, partner_id, created_at, updated_at) VALUES (?, ?, ?, ?, "
        "'2026-01-01', '2026-01-01')",
        -1, &p, nullptr);
    for (qint64 i = 1; i <= customers; ++i) {
        const QByteArray code = QByteArray::number(5000000000 + i);
        sqlite3_bind_int64(p, 1, i);
        sqlite3_bind_text(p, 2, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(p, 3, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(p, 4, 1 + (i * 7919) % partners);
        if (sqlite3_step(p) != SQLITE_DONE)
            qFatal("%s", sqlite3_errmsg(h));
        sqlite3_reset(p);
    }
    sqlite3_finalize(p);
    sqlite3_prepare_v2(h,
        "INSERT INTO sales (number, kind, issued_on, customer_id, partner_id, distributor_id, category, "
        "amount_minor, currency, paid_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, "
        "'2026-11-01', '2026-11-01')",
        -1, &p, nullptr);
    static const char *const categories[] = {"Hardware", "Software", "Services"};
    for (qint64 i = 1; i <= lines; ++i) {
        const QByteArray number = "INV-" + QByteArray::number(i);
        const qint64 customer = 1 + qint64(rng() % quint64(customers));
        const qint64 partner = 1 + (customer * 7919) % partners;
        const bool credit = i % 50 == 0;
        const QByteArray day = "2026-11-" + QByteArray::number(1 + int(rng() % 28)).rightJustified(2, '0');
        sqlite3_bind_text(p, 1, number.constData(), int(number.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(p, 2, credit ? "credit" : "invoice", -1, SQLITE_STATIC);
        sqlite3_bind_text(p, 3, day.constData(), int(day.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(p, 4, customer);
        sqlite3_bind_int64(p, 5, partner);
        if (i % 10 == 0 && partner % 50 != 0)
            sqlite3_bind_int64(p, 6, 50 * (1 + partner % (partners / 50)));
        else
            sqlite3_bind_null(p, 6);
        sqlite3_bind_text(p, 7, categories[i % 3], -1, SQLITE_STATIC);
        sqlite3_bind_int64(p, 8, credit ? 1000 : 5000 + qint64(rng() % 500000));
        sqlite3_bind_text(p, 9, day.constData(), int(day.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(p) != SQLITE_DONE)
            qFatal("%s", sqlite3_errmsg(h));
        sqlite3_reset(p);
    }
    sqlite3_finalize(p);
    exec(h, "COMMIT");
    exec(h, "ANALYZE");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("partners"), QStringLiteral("Partners."), QStringLiteral("n"),
                           QStringLiteral("100000")},
        {QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("n"),
            QStringLiteral("200000")},
        {QStringLiteral("lines"), QStringLiteral("Invoices in the month."), QStringLiteral("n"),
            QStringLiteral("1000000")},
        {QStringLiteral("preview-every-line"),
            QStringLiteral("Only preview the open month keeping every line, and stop.")},
        {QStringLiteral("qt-lines"), QStringLiteral("Lines the Qt way handles."), QStringLiteral("n"),
            QStringLiteral("100000")},
        {QStringLiteral("keep"), QStringLiteral("Keep the database in this file."), QStringLiteral("file")}});
    parser.process(app);
    const qint64 partners = parser.value(QStringLiteral("partners")).toLongLong();
    const qint64 customers = parser.value(QStringLiteral("customers")).toLongLong();
    const qint64 lines = parser.value(QStringLiteral("lines")).toLongLong();
    const qint64 qtLines = std::min(lines, parser.value(QStringLiteral("qt-lines")).toLongLong());
    const bool everyLine = parser.isSet(QStringLiteral("preview-every-line"));
    QTemporaryDir dir;
    DatabaseOptions o;
    o.path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                  : dir.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(o.path);
    o.userLogin = QStringLiteral("bench");
    auto db = Database::open(o);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    QTextStream out(stdout);
    QElapsedTimer t;
    t.start();
    generate(db.value(), partners, customers, lines);
    out << "generated " << partners << " partners, " << customers << " customers, " << lines << " lines in "
        << seconds(t) << " s\n";
    out.flush();

    // floor
    t.restart();
    exec(db->handle(),
        "CREATE TABLE floor_totals AS SELECT s.partner_id, s.currency, sum(CASE s.kind WHEN 'credit' THEN "
        "-s.amount_minor ELSE s.amount_minor END * CAST(p.commission_rate AS REAL)) AS total FROM sales s "
        "JOIN "
        "partners p ON p.id = s.partner_id WHERE s.issued_on BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY "
        "s.partner_id, s.currency");
    const double floorSeconds = seconds(t);
    out << "floor: one SQL statement " << floorSeconds << " s\n";
    out.flush();

    // stock Qt: a QSqlQuery per line for the rate and one for the line.
    t.restart();
    {
        const QSqlDatabase sqlDb = db->sql();
        check(sql::run(sqlDb,
            QStringLiteral("CREATE TABLE qt_lines (sale_id INTEGER, partner_id INTEGER, "
                           "amount_minor INTEGER)")));
        check(sql::run(sqlDb, QStringLiteral("BEGIN")));
        QSqlQuery read(sqlDb);
        read.setForwardOnly(true);
        read.exec(
            QStringLiteral("SELECT id, partner_id, amount_minor, kind FROM sales WHERE issued_on BETWEEN "
                           "'2026-11-01' AND '2026-11-30' LIMIT %1")
                .arg(qtLines));
        QSqlQuery rate(sqlDb);
        rate.prepare(QStringLiteral("SELECT commission_rate FROM partners WHERE id = ?"));
        QSqlQuery insert(sqlDb);
        insert.prepare(QStringLiteral("INSERT INTO qt_lines VALUES (?, ?, ?)"));
        while (read.next()) {
            rate.addBindValue(read.value(1));
            rate.exec();
            rate.next();
            const qint64 micros = Decimal::parse(rate.value(0).toString()).valueOr(Decimal()).micros();
            const qint64 amount
                = read.value(2).toLongLong() * (read.value(3).toString() == QLatin1String("credit") ? -1 : 1);
            insert.addBindValue(read.value(0));
            insert.addBindValue(read.value(1));
            insert.addBindValue(amount * micros / 1000000);
            insert.exec();
        }
        check(sql::run(sqlDb, QStringLiteral("COMMIT")));
    }
    const double qtSeconds = seconds(t);
    out << "qt: QSqlQuery per line, " << qtLines << " lines " << qtSeconds << " s, extrapolated to " << lines
        << " lines " << qtSeconds * double(lines) / double(std::max<qint64>(1, qtLines)) << " s\n";
    out << "peak RSS before ours: " << peakRssKb() / 1024 << " MB\n";
    out.flush();

    // With --preview-every-line, only what the Commissions page held before it asked for
    // statements only: every line of the open month (the command line's `commissions preview
    // --lines` still shows them all). Alone, since its peak memory would hide every other.
    if (everyLine) {
        const CommissionPeriod open = CommissionPeriod::parse(QStringLiteral("2026-11")).value();
        t.restart();
        auto all = Settlement(db.value()).preview(open);
        if (!all)
            qFatal("%s", qPrintable(all.error().toString()));
        out << "preview the open month with every line: " << seconds(t) << " s, " << all->lines.size()
            << " lines held; peak RSS " << peakRssKb() / 1024 << " MB\n";
        return 0;
    }

    // Previewing the open month as the Commissions page does: its statements (the whole month),
    // then one partner's lines when a statement is chosen (the documents that can make them).
    {
        const CommissionPeriod open = CommissionPeriod::parse(QStringLiteral("2026-11")).value();
        t.restart();
        auto statements = Settlement(db.value()).preview(open, 0, Settlement::Lines::StatementsOnly);
        if (!statements)
            qFatal("%s", qPrintable(statements.error().toString()));
        out << "preview the open month, statements only: " << seconds(t) << " s, "
            << statements->statements.size() << " statements, " << statements->lines.size()
            << " lines held; peak RSS " << peakRssKb() / 1024 << " MB\n";
        const qint64 partner = statements->statements.value(statements->statements.size() / 2).partnerId;
        t.restart();
        auto one = Settlement(db.value()).preview(open, partner);
        if (!one)
            qFatal("%s", qPrintable(one.error().toString()));
        out << "preview one partner's lines of the open month: " << seconds(t) << " s, " << one->lines.size()
            << " lines held; peak RSS " << peakRssKb() / 1024 << " MB\n";
        // A distributor's: its distributor sales, and its resellers' whole base for its share.
        t.restart();
        auto distributor = Settlement(db.value()).preview(open, 50);
        if (!distributor)
            qFatal("%s", qPrintable(distributor.error().toString()));
        out << "preview a distributor's lines of the open month: " << seconds(t) << " s, "
            << distributor->lines.size() << " lines held\n";
        out.flush();
    }

    // ours
    t.restart();
    auto run = Settlement(db.value()).settle(CommissionPeriod::parse(QStringLiteral("2026-11")).value());
    if (!run)
        qFatal("%s", qPrintable(run.error().toString()));
    const double oursSeconds = seconds(t);
    const qint64 written
        = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM commission_lines"))->toLongLong();
    out << "ours: Settlement::settle " << oursSeconds << " s, " << run->statements.size() << " statements, "
        << written << " lines written\n";
    out << "peak RSS: " << peakRssKb() / 1024 << " MB\n";
    out.flush();

    // Opening the settled month on the Commissions page: its statements only (the lines of one
    // statement follow when it is chosen), against the statements with every line.
    const CommissionPeriod november = CommissionPeriod::parse(QStringLiteral("2026-11")).value();
    t.restart();
    auto statementsOnly = Settlement(db.value()).preview(november, 0, Settlement::Lines::StatementsOnly);
    if (!statementsOnly)
        qFatal("%s", qPrintable(statementsOnly.error().toString()));
    out << "open the settled month, statements only: " << seconds(t) << " s, "
        << statementsOnly->statements.size() << " statements, " << statementsOnly->lines.size() << " lines\n";
    t.restart();
    auto everything = Settlement(db.value()).preview(november);
    if (!everything)
        qFatal("%s", qPrintable(everything.error().toString()));
    out << "open the settled month with every line: " << seconds(t) << " s, " << everything->lines.size()
        << " lines held\n";
    everything = SettlementRun();
    out.flush();

    // The distribution report over the month (ours: partners, their count, names and the order for
    // the chart) and the bare sums on SQLite.
    ReportFilter month;
    month.from = QDate(2026, 11, 1);
    month.to = QDate(2026, 11, 30);
    t.restart();
    auto report = CommissionReports(db.value()).distribution(CommissionReports::By::Reseller, month);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    out << "report by reseller: CommissionReports " << seconds(t) << " s, " << report->rows.size()
        << " rows\n";
    t.restart();
    exec(db->handle(),
        "CREATE TEMP TABLE report_scan AS SELECT l.partner_id, l.currency, sum(l.amount_minor) FROM "
        "commission_lines l JOIN partners p ON p.id = l.partner_id WHERE l.line_date BETWEEN "
        "'2026-11-01' AND '2026-11-30' AND p.kind IN ('reseller', 'dealer', 'agent') GROUP BY 1, 2");
    out << "report by reseller: bare SQLite sums " << seconds(t) << " s\n";
    out.flush();

    return 0;
}
