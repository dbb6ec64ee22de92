// bench_network: the partner hierarchy on a tree of 100,000 partners 12 levels deep, three ways in
// one run: ChannelDesk's core queries (NetworkTree pages + RollUpQuery recursive CTEs), the stock Qt
// way (QSqlQueryModel over the whole table, a QStandardItemModel tree built from it and roll-ups
// counted in C++), and bare SQLite running our statements through the C API (the floor).
//
//   bench_network [--db FILE] [--partners N] [--levels N] [--repeat N]
//
// Without --db, or when FILE does not exist yet, the tree is generated (into FILE or a temporary file)
// (partners, 3 customers each on average, one lead per partner, won deals for a fifth of them), the same for
// every run.

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "network/networktree.h"
#include "network/rollupquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace cd;

namespace {

constexpr int kPage = 100; // children fetched per expand, as the tree model does

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Median of `repeat` runs of `f`, in milliseconds.
double median(int repeat, const std::function<void()> &f)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(ms(t));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

struct Shape
{
    qint64 topNode = 0; // the top-level partner with the largest subtree
    qint64 midNode = 0; // a partner at level 5 with children
    qint64 partners = 0;
    int depth = 0;
};

// Level sizes grow geometrically from 20 top-level partners so that `levels` levels hold `partners`.
void generate(const Database &db, qint64 partners, int levels)
{
    double ratio = 1.5;
    for (int i = 0; i < 60; ++i) { // bisection-free search for the growth ratio
        double sum = 0, size = 20;
        for (int l = 0; l < levels; ++l, size *= ratio)
            sum += size;
        if (sum >= double(partners))
            break;
        ratio += 0.02;
    }
    QRandomGenerator random(20261123);
    Transaction tx(db.sql());
    if (!tx.begin())
        qFatal("begin");
    QSqlQuery partner(db.sql());
    partner.prepare(
        QStringLiteral("INSERT INTO partners (id, code, name, kind, parent_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')"));
    QSqlQuery customer(db.sql());
    customer.prepare(QStringLiteral("INSERT INTO customers (code, name, partner_id, created_at, updated_at) "
                                    "VALUES (?, 'Customer', ?, '2026-01-01', '2026-01-01')"));
    QSqlQuery lead(db.sql());
    lead.prepare(
        QStringLiteral("INSERT INTO leads (id, company, status, assigned_partner_id, created_at, updated_at) "
                       "VALUES (?, 'Lead', ?, ?, '2026-01-01', '2026-01-01')"));
    QSqlQuery deal(db.sql());
    deal.prepare(
        QStringLiteral("INSERT INTO deals (lead_id, partner_id, stage_id, value_minor, currency, outcome, "
                       "created_at, updated_at) VALUES (?, ?, 1, ?, ?, 'won', '2026-01-01', '2026-01-01')"));
    const char *statuses[] = {"new", "assigned", "accepted", "converted", "lost"};
    QList<qint64> previous, current;
    qint64 id = 0, customers = 0;
    double size = 20;
    for (int level = 0; level < levels && id < partners; ++level, size *= ratio) {
        current.clear();
        const qint64 count
            = level == levels - 1 ? partners - id : std::min<qint64>(qint64(size), partners - id);
        for (qint64 i = 0; i < count; ++i) {
            ++id;
            const qint64 parent
                = previous.isEmpty() ? 0 : previous.at(int(random.bounded(qint64(previous.size()))));
            partner.addBindValue(id);
            partner.addBindValue(QStringLiteral("P%1").arg(id));
            partner.addBindValue(QStringLiteral("Partner %1").arg(random.bounded(1000000)));
            partner.addBindValue(level == 0 ? QStringLiteral("distributor") : QStringLiteral("reseller"));
            partner.addBindValue(sql::nullIfZero(parent));
            if (!partner.exec())
                qFatal("partner");
            current.append(id);
            for (int c = int(random.bounded(7)); c > 0; --c) {
                customer.addBindValue(QStringLiteral("C%1").arg(++customers));
                customer.addBindValue(id);
                if (!customer.exec())
                    qFatal("customer");
            }
            const QString status = QLatin1String(statuses[random.bounded(5)]);
            lead.addBindValue(id);
            lead.addBindValue(status);
            lead.addBindValue(id);
            if (!lead.exec())
                qFatal("lead");
            if (status == QLatin1String("converted") && random.bounded(2) == 0) {
                deal.addBindValue(id);
                deal.addBindValue(id);
                deal.addBindValue(random.bounded(100, 10000000));
                deal.addBindValue(random.bounded(4) == 0 ? QStringLiteral("USD") : QStringLiteral("EUR"));
                if (!deal.exec())
                    qFatal("deal");
            }
        }
        previous = current;
    }
    if (!tx.commit())
        qFatal("commit");
    (void)sql::run(db.sql(), QStringLiteral("ANALYZE"));
}

Shape shapeOf(const Database &db)
{
    Shape s;
    s.partners = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM partners")).value().toLongLong();
    RollUpQuery rollUps(db);
    const auto top = rollUps.forChildren(0).value();
    for (auto it = top.cbegin(); it != top.cend(); ++it)
        if (s.topNode == 0 || it.value().partners > top.value(s.topNode).partners)
            s.topNode = it.key();
    s.midNode = sql::scalar(db.sql(),
        QStringLiteral(
            "WITH RECURSIVE down(id, lvl) AS (SELECT ?, 0 UNION ALL SELECT p.id, down.lvl + 1 FROM "
            "partners p JOIN down ON p.parent_id = down.id WHERE down.lvl < 5) SELECT d.id FROM down d "
            "WHERE d.lvl = 5 AND EXISTS (SELECT 1 FROM partners c WHERE c.parent_id = d.id) LIMIT 1"),
        {s.topNode})
                    .value()
                    .toLongLong();
    if (s.midNode == 0) // a shallow tree: expand the top instead
        s.midNode = s.topNode;
    s.depth = sql::scalar(db.sql(),
        QStringLiteral(
            "WITH RECURSIVE down(id, lvl) AS (SELECT id, 1 FROM partners WHERE parent_id IS NULL UNION ALL "
            "SELECT p.id, down.lvl + 1 FROM partners p JOIN down ON p.parent_id = down.id) SELECT "
            "max(lvl) FROM down"))
                  .value()
                  .toInt();
    return s;
}

// The statements our core runs, through the C API without Qt: the floor.
struct Bare
{
    sqlite3 *db = nullptr;
    explicit Bare(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Bare() { sqlite3_close(db); }
    qint64 rows(const QString &statement, const QList<qint64> &binds = {})
    {
        sqlite3_stmt *st = nullptr;
        const QByteArray utf8 = statement.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), -1, &st, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(db));
        for (int i = 0; i < binds.size(); ++i)
            sqlite3_bind_int64(st, i + 1, binds.at(i));
        qint64 n = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                (void)sqlite3_column_text(st, c);
            ++n;
        }
        sqlite3_finalize(st);
        return n;
    }
};

QString rollUpSql(const QString &seed)
{
    return QStringLiteral(
        "WITH RECURSIVE sub(root, id) AS (%1 UNION ALL SELECT sub.root, p.id FROM partners p JOIN sub ON "
        "p.parent_id = sub.id WHERE p.archived_at IS NULL), figures AS (SELECT root, count(*) AS partners, "
        "sum((SELECT count(*) FROM customers c WHERE c.partner_id = sub.id AND c.archived_at IS NULL)) AS "
        "customers, "
        "sum((SELECT count(*) FROM leads l WHERE l.assigned_partner_id = sub.id AND l.status IN ('new', "
        "'assigned', "
        "'accepted', 'declined'))) AS open_leads FROM sub GROUP BY root) SELECT root, partners, customers, "
        "open_leads, "
        "NULL, NULL FROM figures UNION ALL SELECT sub.root, NULL, NULL, NULL, d.currency, sum(d.value_minor) "
        "FROM sub "
        "JOIN deals d ON d.partner_id = sub.id AND d.outcome = 'won' GROUP BY sub.root, d.currency")
        .arg(seed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Existing database to measure."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("partners"), QStringLiteral("Partners to generate (100000)."),
        QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("levels"), QStringLiteral("Levels to generate (12)."),
        QStringLiteral("n"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (median, 5)."),
        QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    QTextStream out(stdout);
    if (path.isEmpty() || !QFile::exists(path)) {
        if (path.isEmpty())
            path = dir.filePath(QStringLiteral("network.sqlite"));
        auto db = Database::open({path, JournalMode::Local, true, QStringLiteral("bench"), 10000});
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        QElapsedTimer t;
        t.start();
        generate(db.value(), parser.value(QStringLiteral("partners")).toLongLong(),
            parser.value(QStringLiteral("levels")).toInt());
        out << "generated in " << qRound(ms(t)) << " ms\n";
    }
    auto opened = Database::open({path, JournalMode::Local, false, QStringLiteral("bench"), 10000});
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    const Database db = opened.value();
    const Shape shape = shapeOf(db);
    const qint64 customers
        = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM customers")).value().toLongLong();
    out << "partners " << shape.partners << ", levels " << shape.depth << ", customers " << customers
        << ", top node " << shape.topNode << ", level-5 node " << shape.midNode << "\n\n";

    // Ours: what the tree does on open (first page of the top level with roll-ups), on expand (a
    // page of children with their roll-ups), and the two roll-up shapes.
    NetworkTree tree(db);
    RollUpQuery rollUps(db);
    qint64 check = 0;
    const auto page = [&](qint64 parent) {
        const auto nodes = tree.children(parent, kPage).value();
        QList<qint64> ids;
        for (const NetworkNode &n : nodes)
            ids.append(n.id);
        check += rollUps.forPartners(ids).value().size();
    };
    const double oursOpen = median(repeat, [&] { page(0); });
    const double oursOpenNoRollUp = median(repeat, [&] { check += tree.children(0, kPage).value().size(); });
    const double oursExpand = median(repeat, [&] { page(shape.midNode); });
    const double oursExpandTop = median(repeat, [&] { page(shape.topNode); });
    const double oursRoot = median(repeat, [&] { check += rollUps.forSubtree(0).value().partners; });
    const double oursChildren
        = median(repeat, [&] { check += rollUps.forChildren(shape.topNode).value().size(); });
    const double oursAncestors
        = median(repeat, [&] { check += tree.ancestors(shape.midNode).value().size(); });

    // Bare SQLite: the same statements through the C API.
    Bare bare(path);
    const QString childrenSql
        = QStringLiteral("SELECT %1 FROM partners p WHERE p.parent_id %2 AND p.archived_at IS "
                         "NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT %3")
              .arg(NetworkTree::nodeColumns());
    const double bareOpen = median(repeat, [&] {
        check += bare.rows(childrenSql.arg(QStringLiteral("IS NULL")).arg(kPage));
        check += bare.rows(
            rollUpSql(QStringLiteral("SELECT p.id, p.id FROM partners p WHERE p.parent_id IS NULL AND "
                                     "p.archived_at IS NULL")));
    });
    const double bareExpand = median(repeat, [&] {
        check += bare.rows(childrenSql.arg(QStringLiteral("= ?")).arg(kPage), {shape.midNode});
        check += bare.rows(
            rollUpSql(QStringLiteral(
                "SELECT p.id, p.id FROM partners p WHERE p.parent_id = ? AND p.archived_at IS NULL")),
            {shape.midNode});
    });
    const double bareRoot = median(repeat, [&] {
        check += bare.rows(
            rollUpSql(QStringLiteral("SELECT 0, p.id FROM partners p WHERE p.parent_id IS NULL AND "
                                     "p.archived_at IS NULL")));
    });
    const double bareChildren = median(repeat, [&] {
        check += bare.rows(
            rollUpSql(QStringLiteral(
                "SELECT p.id, p.id FROM partners p WHERE p.parent_id = ? AND p.archived_at IS NULL")),
            {shape.topNode});
    });

    // Stock Qt: load the whole table into QSqlQueryModel, build a QStandardItemModel tree from it,
    // and count subtrees in C++ over everything loaded (customers, leads and deals included).
    double stockOpen = 0, stockRoot = 0, stockChildren = 0;
    {
        QElapsedTimer t;
        t.start();
        QSqlQueryModel model;
        model.setQuery(
            QStringLiteral("SELECT id, parent_id, name, code FROM partners WHERE archived_at IS NULL"),
            db.sql());
        while (model.canFetchMore())
            model.fetchMore();
        QStandardItemModel items;
        QHash<qint64, QStandardItem *> byId;
        QHash<qint64, QList<qint64>> children;
        for (int r = 0; r < model.rowCount(); ++r) {
            const qint64 id = model.data(model.index(r, 0)).toLongLong();
            auto *item = new QStandardItem(model.data(model.index(r, 2)).toString());
            item->setData(id);
            byId.insert(id, item);
            children[model.data(model.index(r, 1)).toLongLong()].append(id);
        }
        std::function<void(QStandardItem *, qint64)> attach = [&](QStandardItem *parent, qint64 id) {
            for (qint64 c : children.value(id)) {
                parent->appendRow(byId.value(c));
                attach(byId.value(c), c);
            }
        };
        attach(items.invisibleRootItem(), 0);
        QHash<qint64, qint64> customerCount, openLeads;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT partner_id FROM customers WHERE archived_at IS NULL"));
        while (q.next())
            customerCount[q.value(0).toLongLong()] += 1;
        q.exec(QStringLiteral(
            "SELECT assigned_partner_id FROM leads WHERE status IN ('new', 'assigned', 'accepted', "
            "'declined')"));
        while (q.next())
            openLeads[q.value(0).toLongLong()] += 1;
        stockOpen = ms(t);
        std::function<qint64(qint64)> count = [&](qint64 id) {
            qint64 n = 1 + customerCount.value(id) + openLeads.value(id);
            for (qint64 c : children.value(id))
                n += count(c);
            return n;
        };
        stockRoot = median(repeat, [&] {
            for (qint64 top : children.value(0))
                check += count(top);
        });
        stockChildren = median(repeat, [&] {
            for (qint64 c : children.value(shape.topNode))
                check += count(c);
        });
        check += items.rowCount();
    }

    const auto f = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 0); };
    out << "| Operation | ChannelDesk core | stock Qt (QSqlQueryModel + QStandardItemModel) | bare SQLite "
           "|\n";
    out << "|---|---:|---:|---:|\n";
    out << "| Open: first " << kPage << " top-level partners + their roll-ups | " << f(oursOpen) << " ms | "
        << f(stockOpen) << " ms (load all, build tree, load counts) | " << f(bareOpen) << " ms |\n";
    out << "| Open without roll-ups (page of 100 with has-children) | " << f(oursOpenNoRollUp)
        << " ms | – | – |\n";
    out << "| Expand a level-5 partner (children page + roll-ups) | " << f(oursExpand)
        << " ms | 0 (in memory) | " << f(bareExpand) << " ms |\n";
    out << "| Expand the largest top-level partner | " << f(oursExpandTop) << " ms | 0 (in memory) | – |\n";
    out << "| Roll-up of the whole network | " << f(oursRoot) << " ms | " << f(stockRoot)
        << " ms (after the load) | " << f(bareRoot) << " ms |\n";
    out << "| Roll-ups of all children of the largest top-level partner, one query | " << f(oursChildren)
        << " ms | " << f(stockChildren) << " ms (after the load) | " << f(bareChildren) << " ms |\n";
    out << "| Breadcrumb of a level-5 partner | " << f(oursAncestors) << " ms | – | – |\n";
    out << "\n(checksum " << check << ")\n";
    return 0;
}
