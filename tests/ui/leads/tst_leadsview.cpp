// Tests of the leads page offscreen: the paged model, filters, manual and automatic assignment,
// decline and conversion, each checked against what the core stored.

#include "../networkfixture.h"
#include "../rowwait.h"
#include "leads/leadstore.h"
#include "leads/leadsview.h"
#include "leads/leadtablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>

using namespace cd;

class TestLeadsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndFilters_data();
    void listsAndFilters();
    void assignThenConvert();
    void declineReturnsLead();
    void autoAssignWithoutCandidatesFlags();

private:
    void select(LeadsView &view, qint64 leadId);
    std::unique_ptr<test::Network> m_net;
    QList<qint64> m_leads;
};

void TestLeadsView::init()
{
    m_net = std::make_unique<test::Network>();
    QVERIFY(m_net->build(test::Network::flat(4)));
    m_leads.clear();
    const LeadStore store(m_net->db);
    for (int i = 0; i < 5; ++i) {
        Lead l;
        l.company = QStringLiteral("Prospect %1").arg(i);
        l.country = QStringLiteral("DE");
        l.estimatedValue = Money(50000 + i, QStringLiteral("EUR"));
        if (i < 2)
            l.assignedPartnerId = m_net->ids[1 + i];
        auto created = store.create(l);
        QVERIFY2(created, qPrintable(created.error().toString()));
        m_leads.append(created->id);
    }
}

void TestLeadsView::cleanup()
{
    m_net.reset();
}

void TestLeadsView::select(LeadsView &view, qint64 leadId)
{
    view.table()->clearSelection();
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->leadId(row) == leadId)
            view.table()->selectionModel()->select(
                view.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestLeadsView::listsAndFilters_data()
{
    QTest::addColumn<int>("status"); // -1 = any
    QTest::addColumn<int>("expected");
    QTest::newRow("any") << -1 << 5;
    QTest::newRow("assigned") << int(LeadStatus::Assigned) << 2;
    QTest::newRow("new") << int(LeadStatus::New) << 3;
    QTest::newRow("converted") << int(LeadStatus::Converted) << 0;
}

void TestLeadsView::listsAndFilters()
{
    QFETCH(int, status);
    QFETCH(int, expected);
    LeadsView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_net->db);
    QCOMPARE(view.model()->rowCount(), 5);
    view.statusCombo()->setCurrentIndex(view.statusCombo()->findData(status));
    QCOMPARE(view.model()->rowCount(), expected);
    QVERIFY(test::waitForRows(view.model()));
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (status >= 0)
            QCOMPARE(view.model()->index(row, 0).data(LeadTableModel::StatusRole).toInt(), status);
    }
}

void TestLeadsView::assignThenConvert()
{
    LeadsView view;
    view.setDatabase(m_net->db);
    select(view, m_leads[3]);
    QCOMPARE(view.selectedLeadIds(), QList<qint64> {m_leads[3]});
    QVERIFY(view.assignSelected(m_net->ids[3]));
    auto stored = LeadStore(m_net->db).get(m_leads[3]);
    QCOMPARE(stored->assignedPartnerId, m_net->ids[3]);
    QCOMPARE(stored->status, LeadStatus::Assigned);

    select(view, m_leads[3]);
    QVERIFY(view.convertSelected());
    QCOMPARE(LeadStore(m_net->db).get(m_leads[3])->status, LeadStatus::Converted);
    view.statusCombo()->setCurrentIndex(view.statusCombo()->findData(int(LeadStatus::Converted)));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(test::waitForRows(view.model()));
    QCOMPARE(view.model()->index(0, LeadTableModel::PartnerColumn).data().toString(), m_net->names[3]);
}

void TestLeadsView::declineReturnsLead()
{
    LeadsView view;
    view.setDatabase(m_net->db);
    select(view, m_leads[0]);
    QVERIFY(view.declineSelected(QStringLiteral("Out of our area")));
    const auto stored = LeadStore(m_net->db).get(m_leads[0]);
    QCOMPARE(stored->status, LeadStatus::Declined);
    QCOMPARE(stored->assignedPartnerId, 0);
    QCOMPARE(LeadStore(m_net->db).declinedPartners(m_leads[0]).value(), QList<qint64> {m_net->ids[1]});
}

void TestLeadsView::autoAssignWithoutCandidatesFlags()
{
    // The fixture's partners have no level, so no lead weight: nobody is a candidate.
    LeadsView view;
    view.setDatabase(m_net->db);
    select(view, m_leads[4]);
    QVERIFY(view.autoAssignSelected(42));
    const auto stored = LeadStore(m_net->db).get(m_leads[4]);
    QVERIFY(stored->isFlagged());
    QCOMPARE(stored->assignedPartnerId, 0);
    QVERIFY(!view.messageLabel()->text().isEmpty());
}

CHANNELDESK_TEST_MAIN(TestLeadsView)
#include "tst_leadsview.moc"
