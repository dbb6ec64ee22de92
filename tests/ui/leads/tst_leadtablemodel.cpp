// LeadTableModel: the lead list read page by page and sorted in the database by every column, in
// both directions, against the same leads sorted here; the model tester watches every change.

#include "../networkfixture.h"
#include "leads/leadstore.h"
#include "leads/leadtablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QCollator>

#include <algorithm>

using namespace cd;

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sorted_data();
    void sorted();
    void filterThenSortKeepsFilter();

private:
    std::unique_ptr<test::Network> m_net;
    QList<Lead> m_leads; // as stored
};

void TestLeadTableModel::initTestCase()
{
    m_net = std::make_unique<test::Network>();
    QVERIFY(m_net->build(test::Network::flat(4)));
    const LeadStore store(m_net->db);
    // More leads than a page, with repeated companies, countries and values so the id tie-break
    // matters, two currencies, and some without a partner.
    const QStringList companies = {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("gamma"),
        QStringLiteral("Delta"), QStringLiteral("alpha")};
    const QStringList countries = {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("AT")};
    for (int i = 0; i < 600; ++i) {
        Lead l;
        l.company = companies[i % companies.size()] + QStringLiteral(" %1").arg(i % 7);
        l.country = countries[i % countries.size()];
        l.estimatedValue
            = Money((i * 7919) % 1000 * 100, i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("EUR"));
        if (i % 3 != 0)
            l.assignedPartnerId = m_net->ids[1 + i % 3];
        auto created = store.create(l);
        QVERIFY2(created, qPrintable(created.error().toString()));
        m_leads.append(created.value());
    }
}

void TestLeadTableModel::sorted_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = LeadTableModel::CompanyColumn; c <= LeadTableModel::CreatedColumn; ++c) {
        if (c == LeadTableModel::DistributorColumn || c == LeadTableModel::StatusColumn)
            continue; // the same for every lead here
        QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
        QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
    }
}

void TestLeadTableModel::sorted()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_net->db);
    QCOMPARE(model.rowCount(), int(m_leads.size()));
    model.sort(column, order);
    QCOMPARE(model.rowCount(), int(m_leads.size()));

    // The same order computed here: the column's key, then the id, both in the chosen direction.
    QHash<qint64, QString> partnerNames;
    for (int i = 0; i < m_net->ids.size(); ++i)
        partnerNames.insert(m_net->ids[i], m_net->names.value(i));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto key = [&](const Lead &l) -> QVariantList {
        switch (column) {
        case LeadTableModel::CompanyColumn:
            return {l.company.toLower()};
        case LeadTableModel::CountryColumn:
            return {l.country};
        case LeadTableModel::ValueColumn:
            return {l.estimatedValue.currency(), l.estimatedValue.minorUnits()};
        case LeadTableModel::PartnerColumn:
            return {partnerNames.value(l.assignedPartnerId).toLower()};
        case LeadTableModel::CreatedColumn:
            return {l.createdAt};
        default:
            return {};
        }
    };
    QList<Lead> expected = m_leads;
    std::stable_sort(expected.begin(), expected.end(), [&](const Lead &a, const Lead &b) {
        const QVariantList ka = key(a), kb = key(b);
        for (int i = 0; i < ka.size(); ++i) {
            const QPartialOrdering c = QVariant::compare(ka[i], kb[i]);
            if (c != QPartialOrdering::Equivalent)
                return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                   : c == QPartialOrdering::Greater;
        }
        return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });
    // The first and the last page, and rows in between (the far end is read backwards).
    for (int row : {0, 1, 255, 256, 299, 300, 301, 598, 599})
        QCOMPARE(model.leadId(row), expected[row].id);
}

void TestLeadTableModel::filterThenSortKeepsFilter()
{
    LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_net->db);
    LeadFilter f;
    f.country = QStringLiteral("FR");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 200);
    model.sort(LeadTableModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 200);
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto l = model.lead(row);
        QVERIFY(l);
        QCOMPARE(l->country, QStringLiteral("FR"));
        QVERIFY(previous.compare(l->company, Qt::CaseInsensitive) <= 0);
        previous = l->company;
    }
}

CHANNELDESK_TEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
