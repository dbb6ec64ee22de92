// Tests of the in-memory contact list of one partner.

#include "../registryfixture.h"
#include "partners/contactsmodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QFont>

using namespace cd;

class TestContactsModel : public QObject
{
    Q_OBJECT

private slots:
    void showsThePartnersContacts();
    void reloadSeesChanges();
    void noPartnerIsEmpty();
};

namespace {
Contact contact(qint64 partnerId, const QString &name, bool primary = false)
{
    Contact c;
    c.partnerId = partnerId;
    c.name = name;
    c.function = QStringLiteral("Buyer");
    c.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
    c.phone = QStringLiteral("+49 30 1234567");
    c.primary = primary;
    return c;
}
} // namespace

void TestContactsModel::showsThePartnersContacts()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(2));
    const PartnerStore store(registry.db);
    QVERIFY(store.addContact(contact(1, QStringLiteral("Zoe Zander"))).ok());
    QVERIFY(store.addContact(contact(1, QStringLiteral("Max Primary"), true)).ok());
    QVERIFY(store.addContact(contact(2, QStringLiteral("Other Partner"))).ok());

    ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPartner(registry.db, 1).ok());
    QCOMPARE(model.partnerId(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ContactsModel::ColumnCount));
    // The primary contact comes first and stands out.
    QCOMPARE(model.index(0, ContactsModel::NameColumn).data().toString(), QStringLiteral("Max Primary"));
    QVERIFY(model.index(0, ContactsModel::NameColumn).data(ContactsModel::PrimaryRole).toBool());
    QVERIFY(model.index(0, ContactsModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, ContactsModel::NameColumn).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, ContactsModel::EmailColumn).data().toString(), QStringLiteral("zoe@example.com"));
    QCOMPARE(model.index(1, ContactsModel::FunctionColumn).data().toString(), QStringLiteral("Buyer"));
    QCOMPARE(model.index(1, ContactsModel::PhoneColumn).data().toString(), QStringLiteral("+49 30 1234567"));
    QCOMPARE(
        model.headerData(ContactsModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    const qint64 id = model.index(1, 0).data(ContactsModel::IdRole).toLongLong();
    QCOMPARE(model.rowOf(id), 1);
    QCOMPARE(model.contact(1).id, id);
    QCOMPARE(model.rowOf(-5), -1);
}

void TestContactsModel::reloadSeesChanges()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(1));
    ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPartner(registry.db, 1).ok());
    QCOMPARE(model.rowCount(), 0);
    const PartnerStore store(registry.db);
    auto added = store.addContact(contact(1, QStringLiteral("Ada Added")));
    QVERIFY(added.ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(store.removeContact(added->id, added->version).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestContactsModel::noPartnerIsEmpty()
{
    test::Registry registry;
    ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPartner(registry.db, 0).ok());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setPartner(Database(), 1).ok());
    QCOMPARE(model.rowCount(), 0);
}

CHANNELDESK_TEST_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
