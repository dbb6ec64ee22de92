// Tests of the paged partner table model against plain SQL over the same database.

#include "../registryfixture.h"
#include "db/sql.h"
#include "partners/partnertablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>

using namespace cd;

Q_DECLARE_METATYPE(cd::PartnerFilter)
Q_DECLARE_METATYPE(cd::PartnerColumn)

namespace {

constexpr int kModelPartners = 3000;

// The order the directory promises, written out as SQL: the column, then the id, same direction.
QString orderTerm(PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Code:
        return QStringLiteral("code");
    case PartnerColumn::Name:
        return QStringLiteral("name COLLATE NOCASE");
    case PartnerColumn::LegalName:
        return QStringLiteral("legal_name COLLATE NOCASE");
    case PartnerColumn::Kind:
        return QStringLiteral("kind");
    case PartnerColumn::Status:
        return QStringLiteral("status");
    case PartnerColumn::Level:
        return QStringLiteral("level_id");
    case PartnerColumn::Activation:
        return QStringLiteral("activation_id");
    case PartnerColumn::Area:
        return QStringLiteral("area_id");
    case PartnerColumn::City:
        return QStringLiteral("city COLLATE NOCASE");
    case PartnerColumn::Country:
        return QStringLiteral("country");
    case PartnerColumn::AccountManager:
        return QStringLiteral("account_manager_id");
    case PartnerColumn::Updated:
        return QStringLiteral("updated_at");
    }
    return {};
}

qint64 sqlCountIn(const Database &db, const QString &nameLike)
{
    auto v = sql::scalar(db.sql(),
        QStringLiteral("SELECT count(*) FROM partners WHERE archived_at IS NULL AND name LIKE ?"),
        {nameLike});
    return v.ok() ? v->toLongLong() : -1;
}

} // namespace

class TestPartnerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void modelTester();
    void pagingMatchesSql();
    void sortByColumn_data();
    void sortByColumn();
    void filter_data();
    void filter();
    void cacheStaysBounded();
    void refreshSeesEdits();
    void countChangedSignal();
    void presentation();
    void noDatabaseIsEmpty();
    void broadSearchIsCountedLater_data();
    void broadSearchIsCountedLater();
    void backgroundReads_data();
    void backgroundReads();

private:
    QList<qint64> sqlIds(const QString &where, const QString &orderBy) const;
    qint64 sqlCount(const QString &where) const;
    static QList<qint64> modelIds(const PartnerTableModel &model);

    std::unique_ptr<test::Registry> m_registry;
};

void TestPartnerTableModel::initTestCase()
{
    m_registry = std::make_unique<test::Registry>();
    QVERIFY(m_registry->addPartners(kModelPartners));
}

void TestPartnerTableModel::cleanupTestCase()
{
    m_registry.reset();
}

QList<qint64> TestPartnerTableModel::sqlIds(const QString &where, const QString &orderBy) const
{
    auto q = sql::exec(m_registry->db.sql(),
        QStringLiteral("SELECT id FROM partners WHERE ") + where + QStringLiteral(" ORDER BY ") + orderBy);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

qint64 TestPartnerTableModel::sqlCount(const QString &where) const
{
    auto v
        = sql::scalar(m_registry->db.sql(), QStringLiteral("SELECT count(*) FROM partners WHERE ") + where);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

QList<qint64> TestPartnerTableModel::modelIds(const PartnerTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PartnerTableModel::IdRole).toLongLong());
    return ids;
}

void TestPartnerTableModel::modelTester()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_registry->db);
    QVERIFY(model.rowCount() > 0);
    model.sort(PartnerTableModel::columnOf(PartnerColumn::City), Qt::DescendingOrder);
    PartnerFilter f;
    f.search = QStringLiteral("acme");
    model.setFilter(f);
    model.refresh();
    model.setDatabase(Database());
    QCOMPARE(model.rowCount(), 0);
}

void TestPartnerTableModel::pagingMatchesSql()
{
    PartnerTableModel model;
    model.setDatabase(m_registry->db);
    const QList<qint64> expected
        = sqlIds(QStringLiteral("archived_at IS NULL"), QStringLiteral("name COLLATE NOCASE, id"));
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QCOMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(expected.size() > 2 * model.pageSize());

    // Start, middle (across a page boundary) and end, read in that order so the deep pages come
    // from a cold cache and use the directory's read-from-the-end path.
    const int middle = int(expected.size() / 2);
    const QList<int> rows = {0, 1, model.pageSize() - 1, model.pageSize(), middle - 1, middle, middle + 1,
        int(expected.size()) - model.pageSize(), int(expected.size()) - 2, int(expected.size()) - 1};
    for (int row : rows) {
        QCOMPARE(model.partnerId(row), expected.at(row));
        QCOMPARE(model.index(row, PartnerTableModel::columnOf(PartnerColumn::Name)).data().toString(),
            PartnerStore(m_registry->db).get(expected.at(row))->name);
    }
    QCOMPARE(modelIds(model), expected);
    QCOMPARE(model.partnerId(int(expected.size())), 0); // past the end
    QVERIFY(!model.index(int(expected.size()), 0).isValid());
}

void TestPartnerTableModel::sortByColumn_data()
{
    QTest::addColumn<PartnerColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<std::pair<PartnerColumn, const char *>> columns = {
        {PartnerColumn::Code, "code"},
        {PartnerColumn::Name, "name"},
        {PartnerColumn::LegalName, "legal name"},
        {PartnerColumn::Kind, "kind"},
        {PartnerColumn::Status, "status"},
        {PartnerColumn::Level, "level"},
        {PartnerColumn::Activation, "activation"},
        {PartnerColumn::Area, "area"},
        {PartnerColumn::City, "city"},
        {PartnerColumn::Country, "country"},
        {PartnerColumn::AccountManager, "account manager"},
        {PartnerColumn::Updated, "updated"},
    };
    for (const auto &[column, name] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void TestPartnerTableModel::sortByColumn()
{
    QFETCH(PartnerColumn, column);
    QFETCH(Qt::SortOrder, order);

    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_registry->db);
    const qint64 before = model.totalCount();
    model.sort(PartnerTableModel::columnOf(column), order);
    QCOMPARE(model.sortOrder().column, column);
    QCOMPARE(model.sortOrder().order, order);
    QCOMPARE(model.totalCount(), before);

    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Lookup columns sort by the entry's name (no entry first when ascending), then the entry's id.
    const QHash<PartnerColumn, QString> lookupNames = {
        {PartnerColumn::Level, QStringLiteral("(SELECT name FROM partner_levels x WHERE x.id = level_id)")},
        {PartnerColumn::Activation,
            QStringLiteral("(SELECT name FROM partner_activations x WHERE x.id = activation_id)")},
        {PartnerColumn::Area, QStringLiteral("(SELECT name FROM areas x WHERE x.id = area_id)")},
        {PartnerColumn::AccountManager,
            QStringLiteral("(SELECT coalesce(nullif(x.display_name, ''), x.login) "
                           "FROM users x WHERE x.id = account_manager_id)")},
    };
    QString orderBy = column == PartnerColumn::Code
        ? QString(orderTerm(column) + dir)
        : QString(orderTerm(column) + dir + QStringLiteral(", id") + dir);
    if (column == PartnerColumn::Country) // then by city (schema 10)
        orderBy = QStringLiteral("country") + dir + QStringLiteral(", city COLLATE NOCASE") + dir
            + QStringLiteral(", id") + dir;
    if (lookupNames.contains(column))
        orderBy = lookupNames.value(column) + QStringLiteral(" COLLATE NOCASE") + dir + QStringLiteral(", ")
            + orderTerm(column) + dir + QStringLiteral(", id") + dir;
    const QList<qint64> expected = sqlIds(QStringLiteral("archived_at IS NULL"), orderBy);
    const QList<qint64> actual = modelIds(model);
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual.first(), expected.first());
    QCOMPARE(actual.at(actual.size() / 2), expected.at(expected.size() / 2));
    QCOMPARE(actual.last(), expected.last());
    QCOMPARE(actual, expected);
}

void TestPartnerTableModel::filter_data()
{
    QTest::addColumn<PartnerFilter>("filter");
    QTest::addColumn<QString>("where"); // the same rows in plain SQL

    const QString current = QStringLiteral("archived_at IS NULL");
    PartnerFilter f;
    QTest::newRow("none") << f << current;

    f = {};
    f.search = QStringLiteral("acme");
    QTest::newRow("search one word") << f << current + QStringLiteral(" AND name LIKE 'acme %'");
    f.search = QStringLiteral("  ACME  soft ");
    QTest::newRow("search words as prefixes")
        << f << current + QStringLiteral(" AND name LIKE 'acme software %'");
    f.search = QStringLiteral("zuri");
    QTest::newRow("search city without accents") << f << current + QStringLiteral(" AND city = 'Zürich'");
    f.search = QStringLiteral("centr");
    QTest::newRow("search area") << f
                                 << current
            + QStringLiteral(" AND area_id = (SELECT id FROM areas WHERE name = 'Central')");
    f.search = QStringLiteral("nothing-like-this");
    QTest::newRow("search without match") << f << QStringLiteral("0");

    f = {};
    f.kind = PartnerKind::Distributor;
    QTest::newRow("kind") << f << current + QStringLiteral(" AND kind = 'distributor'");
    f = {};
    f.status = PartnerStatus::Suspended;
    QTest::newRow("status") << f << current + QStringLiteral(" AND status = 'suspended'");
    f = {};
    f.country = QStringLiteral("ch");
    QTest::newRow("country, any case") << f << current + QStringLiteral(" AND country = 'CH'");
    f = {};
    f.kind = PartnerKind::Dealer;
    f.status = PartnerStatus::Active;
    f.country = QStringLiteral("DE");
    f.search = QStringLiteral("bolt");
    QTest::newRow("combined") << f
                              << current
            + QStringLiteral(
                " AND kind = 'dealer' AND status = 'active' AND country = 'DE' AND name LIKE 'bolt %'");
    f = {};
    f.levelId = 2;
    f.activationId = 3;
    QTest::newRow("level and activation")
        << f << current + QStringLiteral(" AND level_id = 2 AND activation_id = 3");
    f = {};
    f.areaId = 1;
    f.accountManagerId = 2;
    QTest::newRow("area and account manager")
        << f << current + QStringLiteral(" AND area_id = 1 AND account_manager_id = 2");
    f = {};
    f.archived = PartnerFilter::Archived::Only;
    QTest::newRow("archived only") << f << QStringLiteral("archived_at IS NOT NULL");
    f.archived = PartnerFilter::Archived::Include;
    QTest::newRow("archived included") << f << QStringLiteral("1");
    f.kind = PartnerKind::Agent;
    QTest::newRow("archived included, one kind") << f << QStringLiteral("kind = 'agent'");
}

void TestPartnerTableModel::filter()
{
    QFETCH(PartnerFilter, filter);
    QFETCH(QString, where);

    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_registry->db);
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().toString()));
    const QList<qint64> expected = sqlIds(where, QStringLiteral("name COLLATE NOCASE, id"));
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QCOMPARE(modelIds(model), expected);
}

void TestPartnerTableModel::cacheStaysBounded()
{
    PartnerTableModel model(32, 4);
    QCOMPARE(model.pageSize(), 32);
    QCOMPARE(model.maxCachedPages(), 4);
    model.setDatabase(m_registry->db);
    model.sort(PartnerTableModel::columnOf(PartnerColumn::City), Qt::AscendingOrder);
    const QList<qint64> expected
        = sqlIds(QStringLiteral("archived_at IS NULL"), QStringLiteral("city COLLATE NOCASE, id"));
    // Forwards, backwards and jumping about: the cache holds at most its bound, rows stay right.
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(row);
    for (int row = model.rowCount() - 1; row >= 0; row -= 7)
        rows.append(row);
    for (int i = 0; i < 500; ++i)
        rows.append((i * 2654435761u) % quint32(model.rowCount()));
    for (int row : std::as_const(rows)) {
        QCOMPARE(model.partnerId(row), expected.at(row));
        QVERIFY(model.cachedPages() <= 4);
    }
    QCOMPARE(model.cachedPages(), 4);
    model.refresh();
    QCOMPARE(model.cachedPages(), 0);
}

void TestPartnerTableModel::refreshSeesEdits()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(40));
    PartnerTableModel model;
    model.setDatabase(registry.db);
    PartnerFilter f;
    f.search = QStringLiteral("acme");
    model.setFilter(f);
    const qint64 before = model.totalCount();
    QVERIFY(before > 0);
    const qint64 firstId = model.partnerId(0); // its page is now cached

    const PartnerStore store(registry.db);
    auto p = store.get(firstId);
    QVERIFY(p.ok());
    Partner renamed = p.value();
    renamed.name = QStringLiteral("Acme Renamed");
    QVERIFY(store.update(renamed).ok());
    Partner added;
    added.name = QStringLiteral("Acme Added");
    QVERIFY(store.create(added).ok());

    model.refresh();
    QCOMPARE(model.filter(), f); // kept
    QCOMPARE(model.totalCount(), before + 1);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, PartnerTableModel::columnOf(PartnerColumn::Name)).data().toString();
    QVERIFY(names.contains(QStringLiteral("Acme Renamed")));
    QVERIFY(names.contains(QStringLiteral("Acme Added")));
}

void TestPartnerTableModel::countChangedSignal()
{
    PartnerTableModel model;
    QSignalSpy spy(&model, &PartnerTableModel::countChanged);
    model.setDatabase(m_registry->db);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toLongLong(), model.totalCount());
    PartnerFilter f;
    f.kind = PartnerKind::Agent;
    model.setFilter(f);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(
        spy.last().at(0).toLongLong(), sqlCount(QStringLiteral("archived_at IS NULL AND kind = 'agent'")));
    model.sort(0, Qt::DescendingOrder); // the same rows: no new count
    model.setFilter(f); // unchanged filter: no reset at all
    QCOMPARE(spy.count(), 2);
}

void TestPartnerTableModel::presentation()
{
    PartnerTableModel model;
    model.setDatabase(m_registry->db);
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.headerData(PartnerTableModel::columnOf(PartnerColumn::AccountManager), Qt::Horizontal)
                 .toString(),
        QStringLiteral("Account manager"));
    QCOMPARE(
        model.headerData(PartnerTableModel::columnOf(PartnerColumn::LegalName), Qt::Horizontal).toString(),
        QStringLiteral("Legal name"));

    PartnerFilter f;
    f.archived = PartnerFilter::Archived::Include;
    model.setFilter(f);
    int archivedRow = -1, currentRow = -1;
    for (int row = 0; row < model.rowCount() && (archivedRow < 0 || currentRow < 0); ++row)
        (model.index(row, 0).data(PartnerTableModel::ArchivedRole).toBool() ? archivedRow : currentRow) = row;
    QVERIFY(archivedRow >= 0 && currentRow >= 0);
    QVERIFY(model.index(archivedRow, 1).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(archivedRow, 1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(currentRow, 1).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(currentRow, 1).data(Qt::ForegroundRole).isValid());

    const int status = PartnerTableModel::columnOf(PartnerColumn::Status);
    const QModelIndex statusIndex = model.index(currentRow, status);
    QVERIFY(statusIndex.data(Qt::DecorationRole).canConvert<QIcon>());
    const auto partner
        = PartnerStore(m_registry->db).get(statusIndex.data(PartnerTableModel::IdRole).toLongLong());
    QVERIFY(partner.ok());
    QCOMPARE(statusIndex.data().toString(), Partner::statusLabel(partner->status));
    QCOMPARE(statusIndex.data(PartnerTableModel::StatusRole).toInt(), int(partner->status));
    QCOMPARE(model.index(currentRow, 0).data(PartnerTableModel::CodeRole).toString(), partner->code);
    QCOMPARE(model.index(currentRow, PartnerTableModel::columnOf(PartnerColumn::Kind)).data().toString(),
        Partner::kindLabel(partner->kind));
    QVERIFY(!model.index(currentRow, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(model.roleNames().contains(PartnerTableModel::IdRole));
}

void TestPartnerTableModel::noDatabaseIsEmpty()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    model.sort(1, Qt::DescendingOrder);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.partnerId(0), 0);
    QVERIFY(!model.partnerRow(0).has_value());
}

void TestPartnerTableModel::broadSearchIsCountedLater_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("like"); // the same partners by name
    QTest::addColumn<bool>("exactAtOnce");
    QTest::addColumn<qint64>("atFirst"); // the count before the exact one, when not exact at once
    QTest::newRow("broad") << QStringLiteral("nor") << QStringLiteral("Nordwind%") << false << qint64(10000);
    QTest::newRow("a thousand or more")
        << QStringLiteral("sudhaus") << QStringLiteral("Sudhaus%") << false << qint64(1000);
    QTest::newRow("narrow") << QStringLiteral("sudhaus 12") << QStringLiteral("Sudhaus 12%") << true
                            << qint64(-1);
}

// A search matching most of the partners shows its first rows with "at least 10,000", one matching
// a thousand or more with "at least 1,000"; the exact count arrives from a worker once the typing
// stops, and the rows grow to it. Fewer matches are counted at once.
void TestPartnerTableModel::broadSearchIsCountedLater()
{
    QFETCH(QString, search);
    QFETCH(QString, like);
    QFETCH(bool, exactAtOnce);
    QFETCH(qint64, atFirst);
    static std::unique_ptr<test::Registry> many;
    if (!many) {
        many = std::make_unique<test::Registry>();
        QSqlDatabase db = many->db.sql();
        QVERIFY(sql::run(db, QStringLiteral("BEGIN")).ok());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO partners (code, name, created_at, updated_at) "
                                         "VALUES (?, ?, '2026-01-01', '2026-01-01')")));
        for (int i = 0; i < 12000; ++i) {
            q.addBindValue(QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0')));
            q.addBindValue(
                i % 12 == 0 ? QStringLiteral("Sudhaus %1").arg(i) : QStringLiteral("Nordwind %1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(sql::run(db, QStringLiteral("COMMIT")).ok());
    }
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(many->db);
    QSignalSpy counted(&model, &PagedTableModel::countChanged);
    PartnerFilter f;
    f.search = search;
    model.setFilter(f);
    const qint64 exact = sqlCountIn(many->db, like);
    QCOMPARE(model.countIsExact(), exactAtOnce);
    if (exactAtOnce) {
        QVERIFY(exact > 0 && exact < 1000);
        QCOMPARE(model.totalCount(), exact);
        return;
    }
    QCOMPARE(model.totalCount(), atFirst);
    QVERIFY(model.partnerId(0) != 0); // the first rows are there at once
    QTRY_VERIFY_WITH_TIMEOUT(model.countIsExact(), 10000);
    QCOMPARE(model.totalCount(), exact);
    QCOMPARE(model.rowCount(), int(exact));
    QCOMPARE(counted.last().first().toLongLong(), exact);
    QVERIFY(model.partnerId(int(exact) - 1) != 0); // the far end reads through the exact count
}

void TestPartnerTableModel::backgroundReads_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("changeFirst"); // a new sort while the read is on its way
    QTest::newRow("first page") << 0 << false;
    QTest::newRow("a middle page") << 1500 << false;
    QTest::newRow("the last row") << -1 << false;
    QTest::newRow("answer to an old question dropped") << 700 << true;
}

void TestPartnerTableModel::backgroundReads()
{
    QFETCH(int, row);
    QFETCH(bool, changeFirst);
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundReads(true);
    model.setDatabase(m_registry->db);
    const int name = PartnerTableModel::columnOf(PartnerColumn::Name);
    if (row < 0)
        row = model.rowCount() - 1;
    QVERIFY(row < model.rowCount());
    QSignalSpy arrived(&model, &QAbstractItemModel::dataChanged);
    // Not there yet: the view shows an empty row and the page is read on the worker.
    QVERIFY(!model.index(row, name).data().isValid());
    QCOMPARE(model.cachedPages(), 0);
    if (changeFirst) {
        model.sort(name, Qt::DescendingOrder);
        QVERIFY(!model.index(row, name).data().isValid()); // asked again, in the new order
    }
    QTRY_VERIFY_WITH_TIMEOUT(model.index(row, name).data().isValid(), 5000);
    // Let a dropped answer arrive too, if it would. (The model tester reads the first rows, so the
    // first page may arrive as well.)
    QTest::qWait(50);
    int covering = 0;
    for (const QList<QVariant> &signal : std::as_const(arrived)) {
        const QModelIndex from = signal.at(0).value<QModelIndex>();
        const QModelIndex to = signal.at(1).value<QModelIndex>();
        QCOMPARE(from.column(), 0);
        QCOMPARE(to.column(), model.columnCount() - 1);
        covering += from.row() <= row && row <= to.row() ? 1 : 0;
    }
    QCOMPARE(covering, 1);
    // The same row as an immediate read gives, in the current order.
    PartnerTableModel direct;
    direct.setDatabase(m_registry->db);
    direct.sort(name, changeFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(model.index(row, name).data().toString(), direct.index(row, name).data().toString());
    QCOMPARE(model.partnerId(row), direct.partnerId(row));
}

CHANNELDESK_TEST_MAIN(TestPartnerTableModel)
#include "tst_partnertablemodel.moc"
