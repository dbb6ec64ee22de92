// bench_kanban: the agreement board on a big database, three ways side by side in one run:
// ChannelDesk's board (one lazy two-level model, a list view per stage), the stock Qt way (a
// QSqlQueryModel over every agreement, fetched in full, and one QSortFilterProxyModel per stage
// under a list view each) and bare SQLite (per stage a count and the first page; the floor). Each
// way runs in its own child process so its peak memory is its own.
//
//   bench_kanban --db FILE

#include "agreements/agreementboardview.h"
#include "agreements/agreementkanbanmodel.h"
#include "agreements/agreementstage.h"
#include "db/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

using namespace cd;

namespace {

// The columns a card shows, as the stock way would write them by hand.
const char *const kCardSql
    = "SELECT a.id, a.number, p.name, t.name, coalesce(nullif(u.display_name, ''), u.login), a.stage, "
      "a.current_end, (SELECT count(*) FROM agreement_documents d WHERE d.agreement_id = a.id) "
      "FROM agreements a JOIN partners p ON p.id = a.partner_id "
      "JOIN agreement_types t ON t.id = a.type_id LEFT JOIN users u ON u.id = a.owner_id";

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

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Scrolls `view` to its end as a user dragging the scroll bar down would, letting the view fetch
// what it needs; returns the rows shown then. `longestStep`: the longest single event-loop pass
// (a page read on the GUI thread, or the insertion of a page read on the worker, or a batch of
// the view's layout): the longest time the window stood still.
int scrollToEnd(QListView *view, double *longestStep = nullptr)
{
    QAbstractItemModel *model = view->model();
    const QModelIndex root = view->rootIndex();
    int idle = 0;
    int rows = model->rowCount(root);
    QElapsedTimer step;
    const auto stood = [&] {
        if (longestStep)
            *longestStep = std::max(*longestStep, double(step.nsecsElapsed()) / 1e6);
    };
    while (idle < 3) {
        // Each event-loop pass on its own: the scroll, then every pass of what it set off.
        step.start();
        view->scrollToBottom();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        stood();
        for (int i = 0; i < 5; ++i) {
            step.start();
            QApplication::processEvents();
            stood();
        }
        const int now = model->rowCount(root);
        idle = now == rows && !model->canFetchMore(root) ? idle + 1 : 0;
        rows = now;
    }
    return rows;
}

QJsonObject runOurs(const QString &path)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    DatabaseOptions o;
    o.path = path;
    auto db = Database::open(o);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    AgreementKanbanModel model;
    model.setBackgroundReads(true); // as the Agreements page reads them
    AgreementBoardView board(&model);
    board.resize(2600, 900);
    model.setDatabase(db.value());
    board.show();
    settle();
    // The counts and the first cards come from the worker: wait until every column has its first page.
    const auto reading = [&model] {
        if (model.isCounting())
            return true;
        for (AgreementStage s : AgreementStages::all()) {
            if (model.isReading(s))
                return true;
        }
        return false;
    };
    while (reading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    out[QStringLiteral("first_cards_ms")] = ms(t);
    qint64 total = 0;
    AgreementStage biggest = AgreementStage::Prepared;
    for (AgreementStage s : AgreementStages::all()) {
        total += model.stageCount(s);
        if (model.stageCount(s) > model.stageCount(biggest))
            biggest = s;
        if (model.stageCount(s) > 0 && model.rowCount(model.stageIndex(s)) == 0)
            qWarning("column %s shows no cards", qPrintable(AgreementStages::key(s)));
    }
    out[QStringLiteral("agreements")] = double(total);
    int loaded = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        loaded += model.rowCount(model.index(i, 0));
    out[QStringLiteral("rows_read_at_open")] = loaded;
    t.restart();
    double longestStep = 0;
    const int rows = scrollToEnd(board.column(biggest), &longestStep);
    out[QStringLiteral("scroll_end_ms")] = ms(t);
    out[QStringLiteral("scroll_longest_step_ms")] = longestStep;
    out[QStringLiteral("biggest_column")] = rows;
    // A refused move (the daily job's stage): the cost of the guard round trip.
    const QModelIndex card = model.index(0, 0, model.stageIndex(AgreementStage::Signed));
    t.restart();
    (void)model.moveAgreement(card.data(AgreementKanbanModel::IdRole).toLongLong(), AgreementStage::Expiring);
    out[QStringLiteral("refused_move_ms")] = ms(t);
    out[QStringLiteral("peak_rss_mb")] = double(peakRssKb()) / 1024.0;
    return out;
}

QJsonObject runStock(const QString &path)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("cannot open %s", qPrintable(path));
    QSqlQueryModel source;
    source.setQuery(QString::fromLatin1(kCardSql) + QStringLiteral(" ORDER BY a.current_end, a.id"), db);
    // A proxy filters only the rows its source has fetched: every column needs every agreement.
    while (source.canFetchMore())
        source.fetchMore();
    QList<QSortFilterProxyModel *> proxies;
    QList<QListView *> views;
    QWidget board;
    board.resize(2600, 900);
    int x = 0;
    for (AgreementStage s : AgreementStages::all()) {
        auto *proxy = new QSortFilterProxyModel(&board);
        proxy->setSourceModel(&source);
        proxy->setFilterKeyColumn(5);
        proxy->setFilterFixedString(AgreementStages::key(s));
        auto *view = new QListView(&board);
        view->setModel(proxy);
        view->setModelColumn(2);
        view->setUniformItemSizes(true);
        view->setGeometry(x, 0, 300, 900);
        x += 320;
        proxies.append(proxy);
        views.append(view);
    }
    board.show();
    settle();
    out[QStringLiteral("first_cards_ms")] = ms(t);
    out[QStringLiteral("agreements")] = double(source.rowCount());
    out[QStringLiteral("rows_read_at_open")] = source.rowCount();
    int biggest = 0;
    for (int i = 1; i < proxies.size(); ++i) {
        if (proxies[i]->rowCount() > proxies[biggest]->rowCount())
            biggest = i;
    }
    t.restart();
    out[QStringLiteral("biggest_column")] = scrollToEnd(views[biggest]);
    out[QStringLiteral("scroll_end_ms")] = ms(t);
    out[QStringLiteral("peak_rss_mb")] = double(peakRssKb()) / 1024.0;
    return out;
}

QJsonObject runSqlite(const QString &path)
{
    QJsonObject out;
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray page
        = QByteArray(kCardSql) + " WHERE a.stage = ?1 ORDER BY a.current_end, a.id LIMIT ?2 OFFSET ?3";
    sqlite3_stmt *count = nullptr;
    sqlite3_stmt *rows = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM agreements WHERE stage = ?1", -1, &count, nullptr);
    sqlite3_prepare_v2(db, page.constData(), -1, &rows, nullptr);
    qint64 total = 0;
    qint64 biggestCount = -1;
    QByteArray biggest;
    qint64 checksum = 0;
    const auto readPage = [&](const QByteArray &stage, int limit, qint64 offset) {
        sqlite3_reset(rows);
        sqlite3_bind_text(rows, 1, stage.constData(), int(stage.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(rows, 2, limit);
        sqlite3_bind_int64(rows, 3, offset);
        int n = 0;
        while (sqlite3_step(rows) == SQLITE_ROW) {
            checksum += sqlite3_column_int64(rows, 0) + sqlite3_column_bytes(rows, 2);
            ++n;
        }
        return n;
    };
    for (AgreementStage s : AgreementStages::all()) {
        const QByteArray key = AgreementStages::key(s).toUtf8();
        sqlite3_reset(count);
        sqlite3_bind_text(count, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        sqlite3_step(count);
        const qint64 n = sqlite3_column_int64(count, 0);
        total += n;
        if (n > biggestCount) {
            biggestCount = n;
            biggest = key;
        }
        readPage(key, AgreementKanbanModel::DefaultPageSize, 0);
    }
    out[QStringLiteral("first_cards_ms")] = ms(t);
    out[QStringLiteral("agreements")] = double(total);
    t.restart();
    // The floor: the whole column in one statement, no paging at all.
    const qint64 offset = readPage(biggest, -1, 0);
    out[QStringLiteral("scroll_end_ms")] = ms(t);
    out[QStringLiteral("biggest_column")] = double(offset);
    out[QStringLiteral("checksum")] = double(checksum);
    sqlite3_finalize(count);
    sqlite3_finalize(rows);
    sqlite3_close(db);
    out[QStringLiteral("peak_rss_mb")] = double(peakRssKb()) / 1024.0;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Agreement board benchmark: ChannelDesk board vs stock Qt vs bare SQLite."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database made by `channeldesk demo`."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("approach"),
        QStringLiteral("Internal: run one approach and print JSON."), QStringLiteral("name")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !QFile::exists(path)) {
        fprintf(stderr, "bench_kanban: give an existing database with --db\n");
        return 2;
    }
    const QString approach = parser.value(QStringLiteral("approach"));
    if (!approach.isEmpty()) {
        QJsonObject result;
        if (approach == QLatin1String("ours"))
            result = runOurs(path);
        else if (approach == QLatin1String("stock"))
            result = runStock(path);
        else
            result = runSqlite(path);
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
            {QStringLiteral("--db"), path, QStringLiteral("--approach"), a});
        child.waitForFinished(-1);
        results[a] = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }

    QTextStream o(stdout);
    const auto cell = [&](const QString &a, const char *key) {
        const QJsonValue v = results[a].value(QLatin1String(key));
        return v.isUndefined() ? QStringLiteral("—")
                               : QString::number(v.toDouble(), 'f', v.toDouble() < 10 ? 2 : 0);
    };
    o << "Agreements on the board: "
      << qint64(results[QStringLiteral("ours")].value(QStringLiteral("agreements")).toDouble())
      << "; biggest column: "
      << qint64(results[QStringLiteral("ours")].value(QStringLiteral("biggest_column")).toDouble()) << "\n\n";
    o << "| measure | ChannelDesk board | QSqlQueryModel + QSortFilterProxyModel per stage | bare SQLite "
         "(floor) |\n";
    o << "|---|---|---|---|\n";
    const QList<std::pair<const char *, const char *>> rows = {
        {"first cards in every column (ms)", "first_cards_ms"},
        {"rows read at open", "rows_read_at_open"},
        {"scroll the biggest column to its end (ms)", "scroll_end_ms"},
        {"longest stall of that scroll: the window standing still (ms)", "scroll_longest_step_ms"},
        {"refused move, guard message back (ms)", "refused_move_ms"},
        {"peak RSS (MB)", "peak_rss_mb"},
    };
    for (const auto &[label, key] : rows) {
        o << "| " << label << " | " << cell(QStringLiteral("ours"), key) << " | "
          << cell(QStringLiteral("stock"), key) << " | " << cell(QStringLiteral("sqlite"), key) << " |\n";
    }
    return 0;
}
