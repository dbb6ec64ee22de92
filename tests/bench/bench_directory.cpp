// bench_directory: the partner directory on a big database, three ways side by side in one run:
// ChannelDesk's paged model, the stock Qt way (QSqlTableModel + QSortFilterProxyModel) and bare
// SQLite (the floor). Each way runs in its own child process so its peak memory is its own.
// With --filters it instead times the first page of every filter the partner and customer lists
// offer, in every sort order, and prints them as a table.
//
//   bench_directory --db FILE [--queries N] [--stock-queries N] [--filters]

#include "customers/customertablemodel.h"
#include "db/database.h"
#include "db/fulltext.h"
#include "db/sql.h"
#include "partners/partnerdirectory.h"
#include "partners/partnertablemodel.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace cd;

namespace {

constexpr int kVisibleRows = 50; // what a directory window shows at once

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    const auto at
        = [&](double q) { return v[std::min<qsizetype>(v.size() - 1, qsizetype(q * (v.size() - 1) + 0.5))]; };
    return {at(0.50), at(0.99)};
}

// Typical directory searches, made from the data so every query finds something: name prefixes,
// cities, contact surnames and code prefixes, picked with a fixed seed.
QStringList typicalQueries(const QString &path, int n)
{
    QStringList out;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *max = nullptr;
    sqlite3_prepare_v2(db, "SELECT max(id) FROM partners", -1, &max, nullptr);
    sqlite3_step(max);
    const qint64 maxId = sqlite3_column_int64(max, 0);
    sqlite3_finalize(max);
    sqlite3_stmt *row = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT p.name, p.city, p.code, (SELECT name FROM contacts WHERE partner_id = p.id LIMIT 1) "
        "FROM partners p WHERE p.id >= ? ORDER BY p.id LIMIT 1",
        -1, &row, nullptr);
    QRandomGenerator rng(20261123);
    while (out.size() < n && maxId > 0) {
        sqlite3_bind_int64(row, 1, 1 + qint64(rng.bounded(quint64(maxId))));
        if (sqlite3_step(row) == SQLITE_ROW) {
            const auto text = [&](int c) {
                return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, c)));
            };
            switch (out.size() % 4) {
            case 0: // first word of the name, as typed so far
                out << text(0).section(QLatin1Char(' '), 0, 0).left(int(3 + rng.bounded(4)));
                break;
            case 1:
                out << text(1);
                break;
            case 2:
                out << text(3).section(QLatin1Char(' '), -1);
                break;
            default:
                out << text(2).left(6);
                break;
            }
        }
        sqlite3_reset(row);
    }
    sqlite3_finalize(row);
    sqlite3_close(db);
    out.removeAll(QString());
    return out;
}

void touchRows(const QAbstractItemModel &model, int first, int count)
{
    const int columns = model.columnCount();
    for (int r = first; r < std::min(model.rowCount(), first + count); ++r) {
        for (int c = 0; c < columns; ++c)
            (void)model.data(model.index(r, c));
    }
}

QJsonObject runOurs(const QString &path, const QStringList &queries)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    auto db = Database::open({path, JournalMode::Local, false});
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    out[QStringLiteral("open_ms")] = ms(t);
    PartnerTableModel model;
    model.setDatabase(db.value());
    out[QStringLiteral("count_ms")] = ms(t);
    touchRows(model, 0, kVisibleRows);
    out[QStringLiteral("first_rows_ms")] = ms(t);
    // The first rows come with "10,000+"; the exact count follows on the worker.
    t.restart();
    QDeadlineTimer countDeadline(60000);
    while (!model.countIsExact() && !countDeadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    out[QStringLiteral("exact_count_ms")] = ms(t);
    out[QStringLiteral("rows")] = double(model.totalCount());

    t.restart();
    touchRows(model, model.rowCount() - kVisibleRows, kVisibleRows);
    out[QStringLiteral("jump_last_ms")] = ms(t);

    const auto sortBy = [&](PartnerColumn column, const char *key, Qt::SortOrder order = Qt::AscendingOrder) {
        t.restart();
        model.sort(PartnerTableModel::columnOf(column), order);
        touchRows(model, 0, kVisibleRows);
        out[QLatin1String(key)] = ms(t);
    };
    sortBy(PartnerColumn::City, "sort_city_ms");
    // Lookup columns sort by the entry's name.
    sortBy(PartnerColumn::Level, "sort_level_ms");
    sortBy(PartnerColumn::Area, "sort_area_desc_ms", Qt::DescendingOrder);
    sortBy(PartnerColumn::AccountManager, "sort_manager_ms");
    // Filters combined with a sort by another column.
    const auto filtered = [&](const PartnerFilter &f, PartnerColumn column, const char *key) {
        t.restart();
        model.sort(PartnerTableModel::columnOf(column), Qt::AscendingOrder);
        model.setFilter(f);
        touchRows(model, 0, kVisibleRows);
        out[QLatin1String(key)] = ms(t);
        model.setFilter({});
    };
    PartnerFilter germany;
    germany.country = QStringLiteral("DE");
    filtered(germany, PartnerColumn::Level, "country_by_level_ms");
    PartnerFilter resellers = germany;
    resellers.kind = PartnerKind::Reseller;
    filtered(resellers, PartnerColumn::City, "kind_country_by_city_ms");
    // Current and archived partners at once ("All partners").
    PartnerFilter all;
    all.archived = PartnerFilter::Archived::Include;
    filtered(all, PartnerColumn::Name, "all_by_name_ms");
    filtered(all, PartnerColumn::City, "all_by_city_ms");
    sortBy(PartnerColumn::Name, "sort_name_ms");

    // Dragging the scroll bar over the list: the longest the GUI thread is busy for one screenful at
    // a random place, with pages read on the worker (what the list pages do) and read at once.
    const auto longestStall = [&](bool background) {
        PartnerTableModel scrolled;
        scrolled.setBackgroundReads(background);
        scrolled.setDatabase(db.value());
        QRandomGenerator rng(7);
        double worst = 0;
        for (int i = 0; i < 100; ++i) {
            const int at = int(rng.bounded(std::max(1, scrolled.rowCount() - kVisibleRows)));
            QElapsedTimer busy;
            busy.start();
            touchRows(scrolled, at, kVisibleRows);
            worst = std::max(worst, ms(busy));
            // The rows arrive through the event loop, as a view would repaint them.
            QDeadlineTimer deadline(5000);
            while (!scrolled.index(at, 0).data().isValid() && !deadline.hasExpired()) {
                busy.restart();
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                worst = std::max(worst, ms(busy));
            }
        }
        return worst;
    };
    out[QStringLiteral("scroll_stall_ms")] = longestStall(true);
    out[QStringLiteral("scroll_stall_sync_ms")] = longestStall(false);

    QList<double> times;
    const int slowMs = qEnvironmentVariableIntValue("BENCH_SLOW_MS");
    for (const QString &q : queries) {
        PartnerFilter f;
        f.search = q;
        t.restart();
        model.setFilter(f);
        touchRows(model, 0, kVisibleRows);
        times << ms(t);
        // BENCH_SLOW_MS=n lists the searches slower than n ms, split into the quick count and the
        // first page as the directory answers them.
        if (slowMs > 0 && times.last() > slowMs) {
            PartnerDirectory dir(db.value());
            QElapsedTimer split;
            split.start();
            (void)dir.quickCount(f);
            const double counted = ms(split);
            split.restart();
            (void)dir.page(f, {}, 0, model.pageSize(), -1);
            std::fprintf(stderr, "%8.1f ms  (quick count %6.1f, first page %6.1f)  %s\n", times.last(),
                counted, ms(split), qPrintable(q));
        }
    }
    const Percentiles p = percentiles(times);
    out[QStringLiteral("search_p50_ms")] = p.p50;
    out[QStringLiteral("search_p99_ms")] = p.p99;
    // p99 of 100 queries is the second slowest: the slowest is kept on its own.
    out[QStringLiteral("search_max_ms")] = *std::max_element(times.cbegin(), times.cend());
    out[QStringLiteral("search_queries")] = int(times.size());
    out[QStringLiteral("peak_rss_mb")] = double(peakRssKb()) / 1024.0;
    return out;
}

QJsonObject runStock(const QString &path, const QStringList &queries)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stock"));
    db.setDatabaseName(path);
    db.open();
    QSqlTableModel table(nullptr, db);
    table.setTable(QStringLiteral("partners"));
    table.select();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(table.record().indexOf(QStringLiteral("name")));
    touchRows(proxy, 0, kVisibleRows);
    out[QStringLiteral("first_rows_ms")] = ms(t);

    // The last row exists for a view only after every row was fetched.
    t.restart();
    while (table.canFetchMore())
        table.fetchMore();
    touchRows(proxy, proxy.rowCount() - kVisibleRows, kVisibleRows);
    out[QStringLiteral("jump_last_ms")] = ms(t);
    out[QStringLiteral("rows")] = double(proxy.rowCount());

    const auto sortBy = [&](const char *column, const char *key) {
        t.restart();
        proxy.sort(table.record().indexOf(QLatin1String(column)), Qt::AscendingOrder);
        touchRows(proxy, 0, kVisibleRows);
        out[QLatin1String(key)] = ms(t);
    };
    sortBy("city", "sort_city_ms");
    sortBy("name", "sort_name_ms");

    QList<double> times;
    for (const QString &q : queries) {
        t.restart();
        proxy.setFilterFixedString(q);
        touchRows(proxy, 0, kVisibleRows);
        times << ms(t);
    }
    const Percentiles p = percentiles(times);
    out[QStringLiteral("search_p50_ms")] = p.p50;
    out[QStringLiteral("search_p99_ms")] = p.p99;
    out[QStringLiteral("search_max_ms")] = *std::max_element(times.cbegin(), times.cend());
    out[QStringLiteral("search_queries")] = int(times.size());
    out[QStringLiteral("peak_rss_mb")] = double(peakRssKb()) / 1024.0;
    return out;
}

// The same questions as single statements through the C API: the floor for any model.
QJsonObject runSqlite(const QString &path, const QStringList &queries)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const auto run = [&](const char *sql, const QByteArray &bind = {}) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(db));
        if (!bind.isNull())
            sqlite3_bind_text(st, 1, bind.constData(), int(bind.size()), SQLITE_TRANSIENT);
        qint64 first = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            if (!first)
                first = sqlite3_column_int64(st, 0);
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                (void)sqlite3_column_text(st, c);
        }
        sqlite3_finalize(st);
        return first;
    };
    const char *page
        = "SELECT id, code, name, legal_name, kind, status, level_id, activation_id, area_id, city, country, "
          "account_manager_id, updated_at FROM partners WHERE archived_at IS NULL ORDER BY %1 LIMIT 50";
    const qint64 total = run("SELECT count(*) FROM partners WHERE archived_at IS NULL");
    run(QByteArray(page).replace("%1", "name COLLATE NOCASE, id").constData());
    out[QStringLiteral("first_rows_ms")] = ms(t);
    out[QStringLiteral("rows")] = double(total);
    t.restart();
    run(QByteArray(page).replace("%1", "name COLLATE NOCASE DESC, id DESC").constData());
    out[QStringLiteral("jump_last_ms")] = ms(t);
    t.restart();
    run(QByteArray(page).replace("%1", "city COLLATE NOCASE, id").constData());
    out[QStringLiteral("sort_city_ms")] = ms(t);
    t.restart();
    run(QByteArray(page).replace("%1", "name COLLATE NOCASE, id").constData());
    out[QStringLiteral("sort_name_ms")] = ms(t);
    QList<double> times;
    for (const QString &q : queries) {
        const QByteArray match = fulltext::matchQuery(q).toUtf8();
        t.restart();
        run("SELECT count(*) FROM partners WHERE +archived_at IS NULL AND id IN "
            "(SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?)",
            match);
        run("SELECT id, code, name, city FROM partners WHERE +archived_at IS NULL AND id IN "
            "(SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?) ORDER BY name COLLATE NOCASE, id "
            "LIMIT 50",
            match);
        times << ms(t);
    }
    sqlite3_close(db);
    const Percentiles p = percentiles(times);
    out[QStringLiteral("search_p50_ms")] = p.p50;
    out[QStringLiteral("search_p99_ms")] = p.p99;
    out[QStringLiteral("search_max_ms")] = *std::max_element(times.cbegin(), times.cend());
    out[QStringLiteral("search_queries")] = int(times.size());
    out[QStringLiteral("peak_rss_mb")] = double(peakRssKb()) / 1024.0;
    return out;
}

// The first page of `model` for each filter in each sort order (set the sort, then the filter, then
// read the rows a window shows), as a table: a row per filter, a column per sort order.
template<typename Model, typename Filter, typename Column>
void timeFilters(QTextStream &o, Model &model, const QList<std::pair<QString, Filter>> &filters,
    const QList<std::pair<QString, Column>> &columns, QList<double> &all)
{
    o << "| filter |";
    for (const auto &[name, column] : columns)
        o << ' ' << name << " |";
    o << "\n|---|";
    for (qsizetype i = 0; i < columns.size(); ++i)
        o << "---:|";
    o << '\n';
    QElapsedTimer t;
    for (const auto &[label, filter] : filters) {
        o << "| " << label << " |";
        for (const auto &[name, column] : columns) {
            model.setFilter({});
            model.sort(Model::columnOf(column), Qt::AscendingOrder);
            t.start();
            model.setFilter(filter);
            touchRows(model, 0, kVisibleRows);
            const double took = ms(t);
            all << took;
            o << ' ' << QString::number(took, 'f', took < 10 ? 1 : 0) << (took >= 100 ? "**" : "") << " |";
        }
        o << '\n';
        o.flush();
    }
    o << '\n';
}

qint64 idOf(const Database &db, const QString &sql)
{
    return sql::scalar(db.sql(), sql).valueOr(QVariant()).toLongLong();
}

int runFilters(const QString &path)
{
    auto db = Database::open({path, JournalMode::Local, false});
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    QTextStream o(stdout);
    QList<double> all;

    // Partners: one criterion (common, rare and absent values), combined criteria, archived and all.
    const auto partner = [](auto set) {
        PartnerFilter f;
        set(f);
        return f;
    };
    const qint64 gold = idOf(db.value(), QStringLiteral("SELECT id FROM partner_levels WHERE name = 'Gold'"));
    const qint64 benelux = idOf(db.value(), QStringLiteral("SELECT id FROM areas WHERE name = 'Benelux'"));
    const qint64 manager = idOf(db.value(),
        QStringLiteral(
            "SELECT account_manager_id FROM partners WHERE account_manager_id IS NOT NULL LIMIT 1"));
    const QList<std::pair<QString, PartnerFilter>> partnerFilters = {
        {QStringLiteral("country DE"), partner([](PartnerFilter &f) { f.country = QStringLiteral("DE"); })},
        {QStringLiteral("country DK"), partner([](PartnerFilter &f) { f.country = QStringLiteral("DK"); })},
        {QStringLiteral("country LU (none)"),
            partner([](PartnerFilter &f) { f.country = QStringLiteral("LU"); })},
        {QStringLiteral("kind agent"), partner([](PartnerFilter &f) { f.kind = PartnerKind::Agent; })},
        {QStringLiteral("status suspended"),
            partner([](PartnerFilter &f) { f.status = PartnerStatus::Suspended; })},
        {QStringLiteral("level Gold"), partner([&](PartnerFilter &f) { f.levelId = gold; })},
        {QStringLiteral("area Benelux"), partner([&](PartnerFilter &f) { f.areaId = benelux; })},
        {QStringLiteral("one account manager"),
            partner([&](PartnerFilter &f) { f.accountManagerId = manager; })},
        {QStringLiteral("reseller in DE"), partner([](PartnerFilter &f) {
             f.kind = PartnerKind::Reseller;
             f.country = QStringLiteral("DE");
         })},
        {QStringLiteral("Gold reseller in DE"), partner([&](PartnerFilter &f) {
             f.kind = PartnerKind::Reseller;
             f.country = QStringLiteral("DE");
             f.levelId = gold;
         })},
        {QStringLiteral("search \"ber\" in DE"), partner([](PartnerFilter &f) {
             f.search = QStringLiteral("ber");
             f.country = QStringLiteral("DE");
         })},
        // A search alone in each order: a surname's few thousand matches, and a prefix that
        // matches a good part of the table.
        {QStringLiteral("search \"Esposito\""),
            partner([](PartnerFilter &f) { f.search = QStringLiteral("Esposito"); })},
        {QStringLiteral("search \"nor\""),
            partner([](PartnerFilter &f) { f.search = QStringLiteral("nor"); })},
        {QStringLiteral("archived"),
            partner([](PartnerFilter &f) { f.archived = PartnerFilter::Archived::Only; })},
        {QStringLiteral("all (archived too)"),
            partner([](PartnerFilter &f) { f.archived = PartnerFilter::Archived::Include; })},
        {QStringLiteral("all in DE"), partner([](PartnerFilter &f) {
             f.archived = PartnerFilter::Archived::Include;
             f.country = QStringLiteral("DE");
         })},
    };
    const QList<std::pair<QString, PartnerColumn>> partnerColumns
        = {{QStringLiteral("code"), PartnerColumn::Code}, {QStringLiteral("name"), PartnerColumn::Name},
            {QStringLiteral("legal name"), PartnerColumn::LegalName},
            {QStringLiteral("kind"), PartnerColumn::Kind}, {QStringLiteral("status"), PartnerColumn::Status},
            {QStringLiteral("level"), PartnerColumn::Level},
            {QStringLiteral("activation"), PartnerColumn::Activation},
            {QStringLiteral("area"), PartnerColumn::Area}, {QStringLiteral("city"), PartnerColumn::City},
            {QStringLiteral("country"), PartnerColumn::Country},
            {QStringLiteral("manager"), PartnerColumn::AccountManager},
            {QStringLiteral("updated"), PartnerColumn::Updated}};
    {
        PartnerTableModel model;
        model.setDatabase(db.value());
        o << "Partners: first rows (ms) of each filter in each sort order\n\n";
        timeFilters(o, model, partnerFilters, partnerColumns, all);
    }

    // Customers: the same for their filters.
    const auto customer = [](auto set) {
        CustomerFilter f;
        set(f);
        return f;
    };
    const qint64 smallPartner = idOf(
        db.value(), QStringLiteral("SELECT partner_id FROM customers WHERE partner_id IS NOT NULL LIMIT 1"));
    const QList<std::pair<QString, CustomerFilter>> customerFilters = {
        {QStringLiteral("country DE"), customer([](CustomerFilter &f) { f.country = QStringLiteral("DE"); })},
        {QStringLiteral("country IT"), customer([](CustomerFilter &f) { f.country = QStringLiteral("IT"); })},
        {QStringLiteral("country PL"), customer([](CustomerFilter &f) { f.country = QStringLiteral("PL"); })},
        {QStringLiteral("country LU (none)"),
            customer([](CustomerFilter &f) { f.country = QStringLiteral("LU"); })},
        {QStringLiteral("segment Healthcare"),
            customer([](CustomerFilter &f) { f.segment = QStringLiteral("Healthcare"); })},
        {QStringLiteral("direct"),
            customer([](CustomerFilter &f) { f.binding = CustomerFilter::Binding::Direct; })},
        {QStringLiteral("one partner's"), customer([&](CustomerFilter &f) {
             f.binding = CustomerFilter::Binding::Partner;
             f.partnerId = smallPartner;
         })},
        {QStringLiteral("SMB in DE"), customer([](CustomerFilter &f) {
             f.country = QStringLiteral("DE");
             f.segment = QStringLiteral("SMB");
         })},
        {QStringLiteral("Healthcare in IT"), customer([](CustomerFilter &f) {
             f.country = QStringLiteral("IT");
             f.segment = QStringLiteral("Healthcare");
         })},
        {QStringLiteral("Retail in DE (none)"), customer([](CustomerFilter &f) {
             f.country = QStringLiteral("DE");
             f.segment = QStringLiteral("Retail");
         })},
        {QStringLiteral("direct in FR"), customer([](CustomerFilter &f) {
             f.binding = CustomerFilter::Binding::Direct;
             f.country = QStringLiteral("FR");
         })},
        {QStringLiteral("direct Healthcare"), customer([](CustomerFilter &f) {
             f.binding = CustomerFilter::Binding::Direct;
             f.segment = QStringLiteral("Healthcare");
         })},
        {QStringLiteral("search \"ber\" in DE"), customer([](CustomerFilter &f) {
             f.search = QStringLiteral("ber");
             f.country = QStringLiteral("DE");
         })},
        {QStringLiteral("search \"Esposito\""),
            customer([](CustomerFilter &f) { f.search = QStringLiteral("Esposito"); })},
        {QStringLiteral("search \"nor\""),
            customer([](CustomerFilter &f) { f.search = QStringLiteral("nor"); })},
        {QStringLiteral("archived"),
            customer([](CustomerFilter &f) { f.archived = CustomerFilter::Archived::Only; })},
        {QStringLiteral("all (archived too)"),
            customer([](CustomerFilter &f) { f.archived = CustomerFilter::Archived::Include; })},
        {QStringLiteral("all in DE"), customer([](CustomerFilter &f) {
             f.archived = CustomerFilter::Archived::Include;
             f.country = QStringLiteral("DE");
         })},
    };
    const QList<std::pair<QString, CustomerColumn>> customerColumns = {
        {QStringLiteral("code"), CustomerColumn::Code}, {QStringLiteral("name"), CustomerColumn::Name},
        {QStringLiteral("city"), CustomerColumn::City}, {QStringLiteral("country"), CustomerColumn::Country},
        {QStringLiteral("segment"), CustomerColumn::Segment},
        {QStringLiteral("partner"), CustomerColumn::Partner},
        {QStringLiteral("updated"), CustomerColumn::Updated}};
    {
        CustomerTableModel model;
        model.setDatabase(db.value());
        o << "Customers: first rows (ms) of each filter in each sort order\n\n";
        timeFilters(o, model, customerFilters, customerColumns, all);
    }
    std::sort(all.begin(), all.end());
    const auto over = std::count_if(all.cbegin(), all.cend(), [](double v) { return v >= 100; });
    o << "Cases: " << all.size() << "; median " << QString::number(all.at(all.size() / 2), 'f', 1)
      << " ms; slowest " << QString::number(all.last(), 'f', 0) << " ms; at 100 ms or more (**): " << over
      << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Partner directory benchmark: ChannelDesk model vs stock Qt vs bare SQLite."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database made by `channeldesk demo`."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Search queries (default 100)."),
        QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("stock-queries"),
        QStringLiteral("Search queries for the stock model, which filters every row in memory (default 10)."),
        QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("approach"),
        QStringLiteral("Internal: run one approach and print JSON."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("filters"),
        QStringLiteral("Time the first page of every list filter in every sort order instead.")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !QFile::exists(path)) {
        fprintf(stderr, "bench_directory: give an existing database with --db\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("filters")))
        return runFilters(path);
    const QStringList queries = typicalQueries(path, parser.value(QStringLiteral("queries")).toInt());

    const QString approach = parser.value(QStringLiteral("approach"));
    if (!approach.isEmpty()) {
        QJsonObject result;
        if (approach == QLatin1String("ours"))
            result = runOurs(path, queries);
        else if (approach == QLatin1String("stock"))
            result = runStock(path, queries.mid(0, parser.value(QStringLiteral("stock-queries")).toInt()));
        else
            result = runSqlite(path, queries);
        fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }

    const QStringList approaches
        = {QStringLiteral("ours"), QStringLiteral("stock"), QStringLiteral("sqlite")};
    QHash<QString, QJsonObject> results;
    for (const QString &a : approaches) {
        fprintf(stderr, "running %s...\n", qPrintable(a));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--db"), path, QStringLiteral("--queries"),
                parser.value(QStringLiteral("queries")), QStringLiteral("--stock-queries"),
                parser.value(QStringLiteral("stock-queries")), QStringLiteral("--approach"), a});
        child.waitForFinished(-1);
        results[a] = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }

    QTextStream o(stdout);
    const auto cell = [&](const QString &a, const char *key) {
        const QJsonValue v = results[a].value(QLatin1String(key));
        return v.isUndefined() ? QStringLiteral("—")
                               : QString::number(v.toDouble(), 'f', v.toDouble() < 10 ? 2 : 0);
    };
    o << "Partners in the directory: "
      << qint64(results[QStringLiteral("ours")].value(QStringLiteral("rows")).toDouble())
      << "; search queries: "
      << results[QStringLiteral("ours")].value(QStringLiteral("search_queries")).toInt()
      << " (stock model: " << results[QStringLiteral("stock")].value(QStringLiteral("search_queries")).toInt()
      << ")\n\n";
    o << "| measure | target | ChannelDesk model | QSqlTableModel + QSortFilterProxyModel | bare SQLite "
         "(floor) |\n";
    o << "|---|---|---|---|---|\n";
    const QList<std::tuple<const char *, const char *, const char *>> rows = {
        {"time to first rows (ms)", "< 100", "first_rows_ms"},
        {"exact count after them, on the worker (ms)", "", "exact_count_ms"},
        {"search p50 (ms)", "", "search_p50_ms"},
        {"search p99 (ms)", "< 20", "search_p99_ms"},
        {"slowest search (ms)", "", "search_max_ms"},
        {"sort by name (ms)", "", "sort_name_ms"},
        {"sort by city (ms)", "", "sort_city_ms"},
        {"sort by level name (ms)", "< 100", "sort_level_ms"},
        {"sort by area name, descending (ms)", "< 100", "sort_area_desc_ms"},
        {"sort by account manager name (ms)", "< 100", "sort_manager_ms"},
        {"country DE, by level (ms)", "< 100", "country_by_level_ms"},
        {"reseller in DE, by city (ms)", "< 100", "kind_country_by_city_ms"},
        {"all partners (archived too), by name (ms)", "< 100", "all_by_name_ms"},
        {"all partners (archived too), by city (ms)", "< 100", "all_by_city_ms"},
        {"jump to last row (ms)", "< 50", "jump_last_ms"},
        {"longest GUI stall scrolling, pages on a worker (ms)", "< 16", "scroll_stall_ms"},
        {"longest GUI stall scrolling, pages read at once (ms)", "", "scroll_stall_sync_ms"},
        {"peak RSS (MB)", "< 150", "peak_rss_mb"},
    };
    for (const auto &[label, target, key] : rows) {
        o << "| " << label << " | " << target << " | " << cell(QStringLiteral("ours"), key) << " | "
          << cell(QStringLiteral("stock"), key) << " | " << cell(QStringLiteral("sqlite"), key) << " |\n";
    }
    return 0;
}
