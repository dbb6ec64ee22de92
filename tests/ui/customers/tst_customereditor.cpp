// Widget tests of the customer page: creating with a first partner, reassigning (directly and
// through the partner picker) with both partners' timelines, inline validation and conflicts.

#include "../widgethelpers.h"
#include "customers/customereditor.h"
#include "customers/customerstore.h"
#include "db/database.h"
#include "partners/partnerpickerdialog.h"
#include "partners/partnersearchmodel.h"
#include "partners/partnerstore.h"
#include "shared/editform.h"
#include "shared/fielderror.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cd;
using cd::test::openDatabase;
using cd::test::type;

namespace {

QLineEdit *lineEdit(CustomerEditor &editor, const QString &field)
{
    return qobject_cast<QLineEdit *>(editor.form()->input(field));
}

struct Event
{
    QString action;
    QString comment;
};

QList<Event> partnerEvents(const Database &db, qint64 partnerId)
{
    const auto events = TimelineStore(db).forPartner(partnerId);
    if (!events)
        qFatal("%s", qPrintable(events.error().toString()));
    QList<Event> out;
    for (const TimelineEvent &e : events.value())
        out.append({e.action, e.comment});
    return out;
}

} // namespace

class TestCustomerEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createWithPartner();
    void createDirect();
    void reassignRecordsOnBothPartners();
    void reassignThroughPicker();
    void reassignKeepsUnsavedEdits();
    void pickerSearchIsBounded();
    void invalidEmailShowsReason();
    void undoRestoresValue();
    void conflictOverwrite();
    void conflictOnReassignReload();
    void screenshots();

private:
    qint64 partner(const QString &name);
    Customer customer(const QString &name, qint64 partnerId);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestCustomerEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openDatabase(m_dir->filePath(QStringLiteral("test.sqlite")), QStringLiteral("tester"));
}

void TestCustomerEditor::cleanup()
{
    m_db = {};
    m_dir.reset();
}

qint64 TestCustomerEditor::partner(const QString &name)
{
    Partner p;
    p.name = name;
    auto created = PartnerStore(m_db).create(p);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created->id;
}

Customer TestCustomerEditor::customer(const QString &name, qint64 partnerId)
{
    Customer c;
    c.name = name;
    c.partnerId = partnerId;
    auto created = CustomerStore(m_db).create(c);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created.value();
}

void TestCustomerEditor::createWithPartner()
{
    const qint64 alpha = partner(QStringLiteral("Alpha Reseller"));
    CustomerEditor editor(m_db, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    // keyClicks() takes Latin-1 only; setText() is an edit like typing for the form.
    lineEdit(editor, QStringLiteral("name"))->setText(QStringLiteral("Müller Bäckerei"));
    type(lineEdit(editor, QStringLiteral("email")), QStringLiteral("info@mueller-baeckerei.de"));
    auto *country = qobject_cast<QComboBox *>(editor.form()->input(QStringLiteral("country")));
    country->setCurrentIndex(country->findData(QStringLiteral("AT")));
    // A new customer takes its partner when it is first saved.
    QVERIFY(editor.reassignTo(alpha));
    QVERIFY(partnerEvents(m_db, alpha).size() == 1); // only "created" so far

    QSignalSpy saved(&editor, &CustomerEditor::saved);
    editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QCOMPARE(saved.size(), 1);
    QVERIFY(!editor.isModified());
    const Customer stored = CustomerStore(m_db).get(editor.customerId()).value();
    QCOMPARE(stored.name, QStringLiteral("Müller Bäckerei"));
    QCOMPARE(stored.country, QStringLiteral("AT"));
    QCOMPARE(stored.partnerId, alpha);
    QCOMPARE(stored.code.size(), 10);
    QCOMPARE(editor.form()->text(QStringLiteral("code")), stored.code);
    QCOMPARE(partnerEvents(m_db, alpha).first().action, QStringLiteral("customer-assigned"));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("partnerLabel"))
                ->text()
                .contains(QStringLiteral("Alpha Reseller")));
}

void TestCustomerEditor::createDirect()
{
    CustomerEditor editor(m_db, 0);
    lineEdit(editor, QStringLiteral("name"))->setText(QStringLiteral("Direct Ltd"));
    QVERIFY(editor.save());
    QCOMPARE(CustomerStore(m_db).get(editor.customerId())->partnerId, 0);
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("openPartnerButton"))->isEnabled());
}

void TestCustomerEditor::reassignRecordsOnBothPartners()
{
    const qint64 alpha = partner(QStringLiteral("Alpha"));
    const qint64 beta = partner(QStringLiteral("Beta"));
    const Customer c = customer(QStringLiteral("Client One"), alpha);
    CustomerEditor editor(m_db, c.id);
    QSignalSpy saved(&editor, &CustomerEditor::saved);

    QVERIFY(editor.reassignTo(beta, QStringLiteral("Moved region")));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(CustomerStore(m_db).get(c.id)->partnerId, beta);
    QCOMPARE(editor.customer().partnerId, beta);
    QVERIFY(!editor.isModified());

    const auto alphaEvents = partnerEvents(m_db, alpha);
    QCOMPARE(alphaEvents.first().action, QStringLiteral("customer-unassigned"));
    QCOMPARE(alphaEvents.first().comment, QStringLiteral("Moved region"));
    const auto betaEvents = partnerEvents(m_db, beta);
    QCOMPARE(betaEvents.first().action, QStringLiteral("customer-assigned"));
    QCOMPARE(betaEvents.first().comment, QStringLiteral("Moved region"));

    // And to nobody: a direct customer.
    QVERIFY(editor.reassignTo(0));
    QCOMPARE(CustomerStore(m_db).get(c.id)->partnerId, 0);
    QCOMPARE(partnerEvents(m_db, beta).first().action, QStringLiteral("customer-unassigned"));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("partnerLabel"))
                ->text()
                .contains(QStringLiteral("Direct")));
}

void TestCustomerEditor::reassignThroughPicker()
{
    const qint64 alpha = partner(QStringLiteral("Alpha"));
    const qint64 beta = partner(QStringLiteral("Beta Solutions"));
    partner(QStringLiteral("Gamma"));
    const Customer c = customer(QStringLiteral("Client Two"), alpha);
    CustomerEditor editor(m_db, c.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *picker = qobject_cast<PartnerPickerDialog *>(QApplication::activeModalWidget());
        QVERIFY(picker);
        auto *ok = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        picker->search(QStringLiteral("bet"));
        QCOMPARE(picker->model()->rowCount(), 1);
        QCOMPARE(picker->partnerId(), beta);
        QVERIFY(ok->isEnabled());
        // The partner the customer has now cannot be picked again.
        picker->search(QStringLiteral("alpha"));
        QCOMPARE(picker->model()->rowCount(), 1);
        QCOMPARE(picker->partnerId(), 0); // not preselected
        picker->findChild<QListView *>(QStringLiteral("partnerList"))
            ->setCurrentIndex(picker->model()->index(0, 0));
        QCOMPARE(picker->partnerId(), alpha);
        QVERIFY(!ok->isEnabled());
        picker->search(QStringLiteral("beta sol"));
        QCOMPARE(picker->partnerId(), beta);
        picker->findChild<QLineEdit *>(QStringLiteral("commentEdit"))
            ->setText(QStringLiteral("Better coverage"));
        driven = true;
        ok->click();
    });
    editor.findChild<QPushButton *>(QStringLiteral("reassignButton"))->click();
    QVERIFY(driven);
    QCOMPARE(CustomerStore(m_db).get(c.id)->partnerId, beta);
    QCOMPARE(partnerEvents(m_db, beta).first().comment, QStringLiteral("Better coverage"));
    QCOMPARE(partnerEvents(m_db, alpha).first().action, QStringLiteral("customer-unassigned"));
}

void TestCustomerEditor::reassignKeepsUnsavedEdits()
{
    const qint64 alpha = partner(QStringLiteral("Alpha"));
    const qint64 beta = partner(QStringLiteral("Beta"));
    const Customer c = customer(QStringLiteral("Client Three"), alpha);
    CustomerEditor editor(m_db, c.id);
    lineEdit(editor, QStringLiteral("city"))->setText(QStringLiteral("Graz"));
    QVERIFY(editor.reassignTo(beta));
    // The reassignment moved the version on; the pending edit is still there and saves cleanly.
    QVERIFY(editor.isModified());
    QCOMPARE(lineEdit(editor, QStringLiteral("city"))->text(), QStringLiteral("Graz"));
    QVERIFY(editor.save());
    const Customer stored = CustomerStore(m_db).get(c.id).value();
    QCOMPARE(stored.city, QStringLiteral("Graz"));
    QCOMPARE(stored.partnerId, beta);
}

void TestCustomerEditor::pickerSearchIsBounded()
{
    for (int i = 0; i < PartnerSearchModel::DefaultLimit + 5; ++i)
        partner(QStringLiteral("Omega %1").arg(i, 3, 10, QLatin1Char('0')));
    partner(QStringLiteral("Sigma"));
    PartnerPickerDialog picker(m_db, 0);
    picker.search(QStringLiteral("omega"));
    QCOMPARE(picker.model()->rowCount(), PartnerSearchModel::DefaultLimit);
    QVERIFY(picker.model()->isTruncated());
    picker.search(QStringLiteral("omega 05"));
    QCOMPARE(picker.model()->rowCount(), 5); // 050 … 054
    QVERIFY(!picker.model()->isTruncated());
    // A customer without a partner cannot become "direct" again.
    QVERIFY(!picker.findChild<QCheckBox *>(QStringLiteral("directCheck"))->isEnabled());
}

void TestCustomerEditor::invalidEmailShowsReason()
{
    const Customer c = customer(QStringLiteral("Client Four"), 0);
    CustomerEditor editor(m_db, c.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    type(lineEdit(editor, QStringLiteral("email")), QStringLiteral("info@example"));
    FieldError *error = editor.form()->fieldError(QStringLiteral("email"));
    QVERIFY(error->hasError());
    QVERIFY(error->messageLabel()->isVisible());
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!editor.save());
    type(lineEdit(editor, QStringLiteral("email")), QStringLiteral("info@example.org"));
    QVERIFY(!error->hasError());
    QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

void TestCustomerEditor::undoRestoresValue()
{
    const Customer c = customer(QStringLiteral("Client Five"), 0);
    CustomerEditor editor(m_db, c.id);
    auto *segment = qobject_cast<QComboBox *>(editor.form()->input(QStringLiteral("segment")));
    segment->setEditText(QStringLiteral("Enterprise"));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.title(), QStringLiteral("Client Five*"));
    editor.undoStack()->undo();
    QCOMPARE(segment->currentText(), QString());
    QVERIFY(!editor.isModified());
    editor.undoStack()->redo();
    QCOMPARE(editor.customer().segment, QStringLiteral("Enterprise"));
}

void TestCustomerEditor::conflictOverwrite()
{
    const Customer c = customer(QStringLiteral("Client Six"), 0);
    CustomerEditor editor(m_db, c.id);
    int asked = 0;
    editor.setConflictResolver([&](QWidget *, const QString &) {
        ++asked;
        return ConflictDialog::Choice::Overwrite;
    });
    const Database other = openDatabase(m_db.path(), QStringLiteral("colleague"));
    Customer theirs = CustomerStore(other).get(c.id).value();
    theirs.phone = QStringLiteral("+43 1 555");
    QVERIFY(CustomerStore(other).update(theirs).ok());

    lineEdit(editor, QStringLiteral("city"))->setText(QStringLiteral("Linz"));
    QVERIFY(editor.save());
    QCOMPARE(asked, 1);
    const Customer stored = CustomerStore(m_db).get(c.id).value();
    QCOMPARE(stored.city, QStringLiteral("Linz"));
    QCOMPARE(stored.phone, QString()); // mine over theirs
}

void TestCustomerEditor::conflictOnReassignReload()
{
    const qint64 alpha = partner(QStringLiteral("Alpha"));
    const Customer c = customer(QStringLiteral("Client Seven"), 0);
    CustomerEditor editor(m_db, c.id);
    editor.setConflictResolver([](QWidget *, const QString &) { return ConflictDialog::Choice::Reload; });
    const Database other = openDatabase(m_db.path(), QStringLiteral("colleague"));
    Customer theirs = CustomerStore(other).get(c.id).value();
    theirs.name = QStringLiteral("Client Seven AG");
    QVERIFY(CustomerStore(other).update(theirs).ok());

    QVERIFY(!editor.reassignTo(alpha));
    QCOMPARE(CustomerStore(m_db).get(c.id)->partnerId, 0);
    QCOMPARE(editor.form()->text(QStringLiteral("name")), QStringLiteral("Client Seven AG"));
    // After reading theirs, the reassignment goes through.
    QVERIFY(editor.reassignTo(alpha));
    QCOMPARE(CustomerStore(m_db).get(c.id)->partnerId, alpha);
}

void TestCustomerEditor::screenshots()
{
    // A picture of the page for reviewing the layout: CHANNELDESK_SHOTS=/some/dir.
    const QString dir = qEnvironmentVariable("CHANNELDESK_SHOTS");
    if (dir.isEmpty())
        QSKIP("set CHANNELDESK_SHOTS to a folder to take screenshots");
    QDir().mkpath(dir);
    const qint64 alpha = partner(QStringLiteral("Nordlicht Systemhaus GmbH"));
    Customer c;
    c.name = QStringLiteral("Bäckerei Hansen KG");
    c.street = QStringLiteral("Mühlenweg 4");
    c.postcode = QStringLiteral("24103");
    c.city = QStringLiteral("Kiel");
    c.country = QStringLiteral("DE");
    c.segment = QStringLiteral("SMB");
    c.partnerId = alpha;
    c = CustomerStore(m_db).create(c).value();
    CustomerEditor editor(m_db, c.id);
    editor.resize(1000, 560);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    type(lineEdit(editor, QStringLiteral("email")), QStringLiteral("info@hansen"));
    QVERIFY(editor.grab().save(QDir(dir).filePath(QStringLiteral("customer-editor.png"))));
    PartnerPickerDialog picker(m_db, alpha);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QVERIFY(picker.grab().save(QDir(dir).filePath(QStringLiteral("customer-picker.png"))));
}

CHANNELDESK_TEST_MAIN(TestCustomerEditor)
#include "tst_customereditor.moc"
