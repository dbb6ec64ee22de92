// Tests of the paged customer table model against plain SQL over the same database.

#include "../registryfixture.h"
#include "customers/customertablemodel.h"
#include "db/sql.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QFont>

using namespace cd;

Q_DECLARE_METATYPE(cd::CustomerColumn)

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void modelTester();
    void sortByColumn_data();
    void sortByColumn();
    void filter_data();
    void filter();
    void cacheStaysBounded();
    void presentation();

private:
    QList<qint64> sqlIds(const QString &where, const QString &orderBy) const;
    static QList<qint64> modelIds(const CustomerTableModel &model);

    std::unique_ptr<test::Registry> m_registry;
};

void TestCustomerTableModel::initTestCase()
{
    m_registry = std::make_unique<test::Registry>();
    QVERIFY(m_registry->addPartners(20));
    QVERIFY(m_registry->addCustomers(1500));
}

void TestCustomerTableModel::cleanupTestCase()
{
    m_registry.reset();
}

QList<qint64> TestCustomerTableModel::sqlIds(const QString &where, const QString &orderBy) const
{
    auto q = sql::exec(m_registry->db.sql(),
        QStringLiteral("SELECT id FROM customers WHERE ") + where + QStringLiteral(" ORDER BY ") + orderBy);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

QList<qint64> TestCustomerTableModel::modelIds(const CustomerTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(CustomerTableModel::IdRole).toLongLong());
    return ids;
}

void TestCustomerTableModel::modelTester()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_registry->db);
    QVERIFY(model.rowCount() > 0);
    model.sort(CustomerTableModel::columnOf(CustomerColumn::Partner), Qt::DescendingOrder);
    CustomerFilter f;
    f.binding = CustomerFilter::Binding::Direct;
    model.setFilter(f);
    model.refresh();
    model.setDatabase(Database());
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerTableModel::sortByColumn_data()
{
    QTest::addColumn<CustomerColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("term");
    const QList<std::tuple<CustomerColumn, const char *, QString>> columns = {
        {CustomerColumn::Code, "code", QStringLiteral("code")},
        {CustomerColumn::Name, "name", QStringLiteral("name COLLATE NOCASE")},
        {CustomerColumn::City, "city", QStringLiteral("city COLLATE NOCASE")},
        {CustomerColumn::Country, "country", QStringLiteral("country")},
        {CustomerColumn::Segment, "segment", QStringLiteral("segment%1, name COLLATE NOCASE")},
        {CustomerColumn::Partner, "partner", QStringLiteral("partner_id")},
        {CustomerColumn::Updated, "updated", QStringLiteral("updated_at")},
    };
    for (const auto &[column, name, term] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder << term;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder << term;
    }
}

void TestCustomerTableModel::sortByColumn()
{
    QFETCH(CustomerColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, term);

    CustomerTableModel model;
    model.setDatabase(m_registry->db);
    model.sort(CustomerTableModel::columnOf(column), order);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // A term with %1 sorts by more than one column (segment, then name).
    const QString first = term.contains(QLatin1String("%1")) ? term.arg(dir) : term;
    const QString orderBy = column == CustomerColumn::Code
        ? QString(first + dir)
        : QString(first + dir + QStringLiteral(", id") + dir);
    const QList<qint64> expected = sqlIds(QStringLiteral("archived_at IS NULL"), orderBy);
    QVERIFY(expected.size() > 2 * model.pageSize());
    const QList<qint64> actual = modelIds(model);
    QCOMPARE(actual.first(), expected.first());
    QCOMPARE(actual.at(actual.size() / 2), expected.at(expected.size() / 2));
    QCOMPARE(actual.last(), expected.last());
    QCOMPARE(actual, expected);
}

void TestCustomerTableModel::filter_data()
{
    QTest::addColumn<CustomerFilter>("filter");
    QTest::addColumn<QString>("where");

    const QString current = QStringLiteral("archived_at IS NULL");
    CustomerFilter f;
    QTest::newRow("none") << f << current;
    f.search = QStringLiteral("BETA cust");
    QTest::newRow("search") << f << current + QStringLiteral(" AND name LIKE 'beta customer %'");
    f = {};
    f.search = QStringLiteral("pari");
    QTest::newRow("search city") << f << current + QStringLiteral(" AND city = 'Paris'");
    f = {};
    f.country = QStringLiteral("de");
    QTest::newRow("country") << f << current + QStringLiteral(" AND country = 'DE'");
    f = {};
    f.segment = QStringLiteral("Public sector");
    QTest::newRow("segment") << f << current + QStringLiteral(" AND segment = 'Public sector'");
    f = {};
    f.binding = CustomerFilter::Binding::Direct;
    QTest::newRow("direct") << f << current + QStringLiteral(" AND partner_id IS NULL");
    f.binding = CustomerFilter::Binding::Partner;
    QTest::newRow("through any partner") << f << current + QStringLiteral(" AND partner_id IS NOT NULL");
    f.partnerId = 3;
    QTest::newRow("through one partner") << f << current + QStringLiteral(" AND partner_id = 3");
    f = {};
    f.archived = CustomerFilter::Archived::Only;
    QTest::newRow("archived only") << f << QStringLiteral("archived_at IS NOT NULL");
    f.archived = CustomerFilter::Archived::Include;
    f.country = QStringLiteral("FR");
    QTest::newRow("archived included, one country") << f << QStringLiteral("country = 'FR'");
}

void TestCustomerTableModel::filter()
{
    QFETCH(CustomerFilter, filter);
    QFETCH(QString, where);

    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_registry->db);
    model.setFilter(filter);
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().toString()));
    const QList<qint64> expected = sqlIds(where, QStringLiteral("name COLLATE NOCASE, id"));
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QCOMPARE(modelIds(model), expected);
}

void TestCustomerTableModel::cacheStaysBounded()
{
    CustomerTableModel model(16, 3);
    model.setDatabase(m_registry->db);
    const QList<qint64> expected
        = sqlIds(QStringLiteral("archived_at IS NULL"), QStringLiteral("name COLLATE NOCASE, id"));
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        QCOMPARE(model.customerId(row), expected.at(row));
        QVERIFY(model.cachedPages() <= 3);
    }
    QCOMPARE(model.cachedPages(), 3);
}

void TestCustomerTableModel::presentation()
{
    CustomerTableModel model;
    model.setDatabase(m_registry->db);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(
        model.headerData(CustomerTableModel::columnOf(CustomerColumn::Segment), Qt::Horizontal).toString(),
        QStringLiteral("Segment"));
    const int partnerColumn = CustomerTableModel::columnOf(CustomerColumn::Partner);
    int direct = -1, bound = -1;
    for (int row = 0; row < model.rowCount() && (direct < 0 || bound < 0); ++row)
        (model.index(row, 0).data(CustomerTableModel::PartnerIdRole).toLongLong() == 0 ? direct : bound)
            = row;
    QVERIFY(direct >= 0 && bound >= 0);
    QCOMPARE(model.index(direct, partnerColumn).data().toString(), QStringLiteral("Direct"));
    QVERIFY(model.index(direct, partnerColumn).data(Qt::ForegroundRole).isValid());
    const auto row = model.customerRow(bound);
    QVERIFY(row.has_value());
    const auto partner = PartnerStore(m_registry->db).get(row->partnerId);
    QVERIFY(partner.ok());
    const QString shown = model.index(bound, partnerColumn).data().toString();
    QVERIFY2(shown.contains(partner->name) && shown.contains(partner->code), qPrintable(shown));

    CustomerFilter f;
    f.archived = CustomerFilter::Archived::Only;
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.index(0, 1).data(CustomerTableModel::ArchivedRole).toBool());
    QVERIFY(model.index(0, 1).data(Qt::FontRole).value<QFont>().italic());
}

CHANNELDESK_TEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
