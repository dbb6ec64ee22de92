// Offscreen tests of the new-agreement dialog: creates in Prepared with or without a first period;
// missing partner or a period ending before it starts is refused with a message and nothing stored.

#include "../agreementfixture.h"
#include "agreements/agreementdirectory.h"
#include "agreements/newagreementdialog.h"
#include "db/sql.h"
#include "testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>

using namespace cd;

class TestNewAgreementDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void create_data();
    void create();
    void unreadableTypesAreSaid();

private:
    std::unique_ptr<test::AgreementFixture> m_fx;
};

void TestNewAgreementDialog::init()
{
    m_fx = std::make_unique<test::AgreementFixture>();
    QVERIFY(m_fx->build(1, 5));
}

void TestNewAgreementDialog::cleanup()
{
    m_fx.reset();
}

void TestNewAgreementDialog::create_data()
{
    QTest::addColumn<bool>("partner");
    QTest::addColumn<bool>("period");
    QTest::addColumn<int>("endOffset"); // end relative to start, days
    QTest::addColumn<bool>("ok");
    QTest::newRow("with period") << true << true << 364 << true;
    QTest::newRow("without period") << true << false << 0 << true;
    QTest::newRow("no partner") << false << true << 364 << false;
    QTest::newRow("end before start") << true << true << -1 << false;
}

void TestNewAgreementDialog::create()
{
    QFETCH(bool, partner);
    QFETCH(bool, period);
    QFETCH(int, endOffset);
    QFETCH(bool, ok);
    const qint64 before = AgreementDirectory(m_fx->db).count({}).value();
    NewAgreementDialog dialog(m_fx->db, partner ? m_fx->partners.first() : 0);
    QVERIFY(dialog.typeCombo()->count() > 0);
    dialog.typeCombo()->setCurrentIndex(1);
    dialog.periodCheck()->setChecked(period);
    const QDate start = test::AgreementFixture::today().addDays(3);
    dialog.startEdit()->setDate(start);
    dialog.endEdit()->setDate(start.addDays(endOffset));
    auto created = dialog.create();
    QCOMPARE(created.ok(), ok);
    QCOMPARE(AgreementDirectory(m_fx->db).count({}).value(), before + (ok ? 1 : 0));
    if (!ok) {
        QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
        QCOMPARE(dialog.errorLabel()->text(), created.error().message);
        return;
    }
    const Agreement a = AgreementStore(m_fx->db).get(created->id).value();
    QCOMPARE(a.stage, AgreementStage::Prepared);
    QCOMPARE(a.partnerId, m_fx->partners.first());
    QCOMPARE(a.typeId, dialog.typeCombo()->currentData().toLongLong());
    QCOMPARE(a.hasPeriod(), period);
    if (period)
        QCOMPARE(a.currentEnd, start.addDays(endOffset));
}

// The agreement types cannot be read (here: the table is gone): the dialog opens with an empty
// list and says why, instead of an empty list without a word.
void TestNewAgreementDialog::unreadableTypesAreSaid()
{
    QVERIFY(cd::sql::run(m_fx->db.sql(), QStringLiteral("ALTER TABLE agreement_types RENAME TO hidden_types"))
                .ok());
    NewAgreementDialog dialog(m_fx->db, m_fx->partners.first());
    QCOMPARE(dialog.typeCombo()->count(), 0);
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("readErrorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("agreement types")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("agreement_types")), qPrintable(box->text()));
    box->close();
}

CHANNELDESK_TEST_MAIN(TestNewAgreementDialog)
#include "tst_newagreementdialog.moc"
