// Widget tests of the partner page: creating through the form, inline validation, undo/redo,
// version conflicts (Overwrite, Reload, Cancel), duplicates, lookups and contacts.

#include "../widgethelpers.h"
#include "common/iban.h"
#include "db/database.h"
#include "partners/contactdialog.h"
#include "partners/contactsmodel.h"
#include "partners/lookups.h"
#include "partners/partnereditor.h"
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
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cd;
using cd::test::openDatabase;
using cd::test::type;

namespace {

template<typename T>
T *input(PartnerEditor &editor, const QString &field)
{
    auto *widget = qobject_cast<T *>(editor.form()->input(field));
    if (!widget)
        qFatal("no input for %s", qPrintable(field));
    return widget;
}

QPushButton *button(QWidget &parent, const char *name)
{
    return parent.findChild<QPushButton *>(QLatin1String(name));
}

void leave(QWidget *field)
{
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(field, &out);
}

QStringList actions(const Database &db, qint64 partnerId)
{
    auto events = TimelineStore(db).forPartner(partnerId);
    if (!events)
        qFatal("%s", qPrintable(events.error().toString()));
    QStringList out;
    for (const TimelineEvent &e : events.value())
        out << e.action;
    return out;
}

} // namespace

class TestPartnerEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createThroughForm();
    void invalidValueShowsReason_data();
    void invalidValueShowsReason();
    void errorShowsOnLeavingField();
    void undoRedoRestoresValues();
    void typingMergesIntoOneUndoStep();
    void titleFollowsModifiedState();
    void conflictOverwrite();
    void conflictReload();
    void conflictCancel();
    void duplicateCodeShownAtField();
    void newAreaIsCreatedWithThePartner();
    void disabledActivationOnlyForItsPartner();
    void archiveAndRestore();
    void addContact();
    void screenshots();

private:
    Partner storedPartner(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestPartnerEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openDatabase(m_dir->filePath(QStringLiteral("test.sqlite")), QStringLiteral("tester"));
}

void TestPartnerEditor::cleanup()
{
    m_db = {};
    m_dir.reset();
}

Partner TestPartnerEditor::storedPartner(const QString &name)
{
    Partner p;
    p.name = name;
    p.city = QStringLiteral("Lyon");
    auto created = PartnerStore(m_db).create(p);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created.value();
}

void TestPartnerEditor::createThroughForm()
{
    PartnerEditor editor(m_db, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.isModified());
    QVERIFY(!button(editor, "saveButton")->isEnabled()); // no name yet

    type(input<QLineEdit>(editor, QStringLiteral("name")), QStringLiteral("Acme Distribution"));
    type(input<QLineEdit>(editor, QStringLiteral("city")), QStringLiteral("Berlin"));
    auto *country = input<QComboBox>(editor, QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("DE")));
    type(input<QLineEdit>(editor, QStringLiteral("iban")), QStringLiteral("DE89 3704 0044 0532 0130 00"));
    QVERIFY(editor.isModified());
    QVERIFY(button(editor, "saveButton")->isEnabled());

    QSignalSpy saved(&editor, &PartnerEditor::saved);
    button(editor, "saveButton")->click();
    QCOMPARE(saved.size(), 1);
    QVERIFY(!editor.isModified());
    const qint64 id = saved.first().first().toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(editor.partnerId(), id);

    auto stored = PartnerStore(m_db).get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, QStringLiteral("Acme Distribution"));
    QCOMPARE(stored->city, QStringLiteral("Berlin"));
    QCOMPARE(stored->country, QStringLiteral("DE"));
    QCOMPARE(stored->iban, QStringLiteral("DE89370400440532013000"));
    QCOMPARE(stored->code.size(), 10); // generated account number
    // The form shows what was stored, generated code included.
    QCOMPARE(editor.form()->text(QStringLiteral("code")), stored->code);
    QCOMPARE(actions(m_db, id), QStringList {QStringLiteral("created")});
}

void TestPartnerEditor::invalidValueShowsReason_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");

    QTest::newRow("iban check digits")
        << QStringLiteral("iban") << QStringLiteral("DE88 3704 0044 0532 0130 00")
        << Iban::validate(QStringLiteral("DE88370400440532013000")).error().message;
    QTest::newRow("iban length") << QStringLiteral("iban") << QStringLiteral("DE89 3704")
                                 << Iban::validate(QStringLiteral("DE893704")).error().message;
    QTest::newRow("website") << QStringLiteral("website") << QStringLiteral("not a site")
                             << QStringLiteral("\"not a site\" is not a web address.");
    QTest::newRow("latitude text") << QStringLiteral("latitude") << QStringLiteral("north")
                                   << QStringLiteral("\"north\" is not a number.");
    QTest::newRow("latitude alone") << QStringLiteral("latitude") << QStringLiteral("45.5")
                                    << QStringLiteral("Give both latitude and longitude, or neither.");
}

void TestPartnerEditor::invalidValueShowsReason()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);

    const Partner p = storedPartner(QStringLiteral("Beta Reseller"));
    PartnerEditor editor(m_db, p.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(button(editor, "saveButton")->isEnabled() == false); // nothing to save yet

    auto *edit = input<QLineEdit>(editor, field);
    type(edit, value);
    FieldError *error = editor.form()->fieldError(field);
    QVERIFY(error->hasError());
    QCOMPARE(error->error(), reason);
    QVERIFY(!error->messageLabel()->isHidden());
    QCOMPARE(error->messageLabel()->text(), reason);
    QVERIFY(!button(editor, "saveButton")->isEnabled());
    // Trying to save anyway brings the field into view.
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(4);
    QVERIFY(!editor.save());
    QVERIFY(error->messageLabel()->isVisible());
    QVERIFY(tabs->currentWidget()->isAncestorOf(edit));
    QCOMPARE(QApplication::focusWidget(), edit);

    // Fixing the value takes the message away and allows saving.
    type(edit, QString());
    QVERIFY(!error->hasError());
    QVERIFY(error->messageLabel()->isHidden());
    type(input<QLineEdit>(editor, QStringLiteral("city")), QStringLiteral("Paris"));
    QVERIFY(button(editor, "saveButton")->isEnabled());
}

void TestPartnerEditor::errorShowsOnLeavingField()
{
    PartnerEditor editor(m_db, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *name = input<QLineEdit>(editor, QStringLiteral("name"));
    // A new form does not greet the user with errors...
    QVERIFY(!editor.form()->fieldError(QStringLiteral("name"))->hasError());
    QVERIFY(editor.form()->hasErrors());
    // ...but says what is missing once the user leaves the field.
    leave(name);
    QCOMPARE(
        editor.form()->fieldError(QStringLiteral("name"))->error(), QStringLiteral("The name is required."));

    // A suspension needs a reason: the reason's message shows as soon as the status changes.
    auto *status = input<QComboBox>(editor, QStringLiteral("status"));
    status->setCurrentIndex(status->findData(static_cast<int>(PartnerStatus::Suspended)));
    QCOMPARE(editor.form()->fieldError(QStringLiteral("statusReason"))->error(),
        QStringLiteral("A suspension needs a reason."));
}

void TestPartnerEditor::undoRedoRestoresValues()
{
    const Partner p = storedPartner(QStringLiteral("Gamma Dealer"));
    PartnerEditor editor(m_db, p.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QUndoStack *stack = editor.undoStack();
    QVERIFY(stack->isClean());

    auto *name = input<QLineEdit>(editor, QStringLiteral("name"));
    type(name, QStringLiteral("Gamma Dealer Ltd"));
    leave(name);
    auto *kind = input<QComboBox>(editor, QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(PartnerKind::Distributor)));
    auto *weightEnabled = input<QCheckBox>(editor, QStringLiteral("weightOverrideEnabled"));
    weightEnabled->setChecked(true);
    QVERIFY(input<QWidget>(editor, QStringLiteral("weightOverride"))->isEnabled());
    QVERIFY(editor.isModified());

    stack->undo(); // the check box
    QVERIFY(!weightEnabled->isChecked());
    QVERIFY(!input<QWidget>(editor, QStringLiteral("weightOverride"))->isEnabled());
    stack->undo(); // the kind
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(PartnerKind::Reseller));
    stack->undo(); // the name
    QCOMPARE(name->text(), QStringLiteral("Gamma Dealer"));
    QVERIFY(stack->isClean());
    QVERIFY(!editor.isModified());

    stack->redo();
    QCOMPARE(name->text(), QStringLiteral("Gamma Dealer Ltd"));
    QCOMPARE(editor.partner().name, QStringLiteral("Gamma Dealer Ltd"));
    QVERIFY(editor.isModified());
    stack->redo();
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(PartnerKind::Distributor));

    // Saving makes this the clean state; undoing past it is a modification again.
    QVERIFY(editor.save());
    QVERIFY(stack->isClean());
    stack->undo();
    QVERIFY(editor.isModified());
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(PartnerKind::Reseller));
}

void TestPartnerEditor::typingMergesIntoOneUndoStep()
{
    PartnerEditor editor(m_db, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QUndoStack *stack = editor.undoStack();
    auto *name = input<QLineEdit>(editor, QStringLiteral("name"));
    type(name, QStringLiteral("Delta"), false);
    QCOMPARE(stack->count(), 1);
    auto *city = input<QLineEdit>(editor, QStringLiteral("city"));
    type(city, QStringLiteral("Rome"), false);
    QCOMPARE(stack->count(), 2);
    // Back in the name field after leaving it: a new step.
    leave(city);
    type(name, QStringLiteral(" Group"), false);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit Name"));
    stack->undo();
    QCOMPARE(name->text(), QStringLiteral("Delta"));
    // Typing back to the old text leaves no step behind.
    leave(name);
    const int before = stack->index(); // the undone name step is dropped by the next edit
    type(city, QStringLiteral("x"), false);
    QTest::keyClick(city, Qt::Key_Backspace);
    QCOMPARE(city->text(), QStringLiteral("Rome"));
    QCOMPARE(stack->count(), before);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit City"));
}

void TestPartnerEditor::titleFollowsModifiedState()
{
    const Partner p = storedPartner(QStringLiteral("Epsilon"));
    PartnerEditor editor(m_db, p.id);
    QCOMPARE(editor.title(), QStringLiteral("Epsilon"));
    QSignalSpy titles(&editor, &PartnerEditor::titleChanged);
    input<QLineEdit>(editor, QStringLiteral("city"))->setText(QStringLiteral("Nice"));
    QCOMPARE(editor.title(), QStringLiteral("Epsilon*"));
    QCOMPARE(titles.last().first().toString(), QStringLiteral("Epsilon*"));
    editor.undoStack()->undo();
    QCOMPARE(titles.last().first().toString(), QStringLiteral("Epsilon"));
}

void TestPartnerEditor::conflictOverwrite()
{
    const Partner p = storedPartner(QStringLiteral("Zeta"));
    PartnerEditor editor(m_db, p.id);
    int asked = 0;
    QString message;
    editor.setConflictResolver([&](QWidget *, const QString &m) {
        ++asked;
        message = m;
        return ConflictDialog::Choice::Overwrite;
    });

    // A colleague saves first, through another connection.
    const Database other = openDatabase(m_db.path(), QStringLiteral("colleague"));
    Partner theirs = PartnerStore(other).get(p.id).value();
    theirs.city = QStringLiteral("Marseille");
    QVERIFY(PartnerStore(other).update(theirs).ok());

    input<QLineEdit>(editor, QStringLiteral("name"))->setText(QStringLiteral("Zeta Partners"));
    QVERIFY(editor.save());
    QCOMPARE(asked, 1);
    QVERIFY(message.contains(QStringLiteral("Zeta")));
    QVERIFY(!editor.isModified());

    // Mine over theirs: my name and my (unchanged) city.
    const Partner stored = PartnerStore(m_db).get(p.id).value();
    QCOMPARE(stored.name, QStringLiteral("Zeta Partners"));
    QCOMPARE(stored.city, QStringLiteral("Lyon"));
    QCOMPARE(stored.version, p.version + 2);
    QCOMPARE(editor.partner().version, stored.version);
}

void TestPartnerEditor::conflictReload()
{
    const Partner p = storedPartner(QStringLiteral("Eta"));
    PartnerEditor editor(m_db, p.id);
    editor.setConflictResolver([](QWidget *, const QString &) { return ConflictDialog::Choice::Reload; });

    const Database other = openDatabase(m_db.path(), QStringLiteral("colleague"));
    Partner theirs = PartnerStore(other).get(p.id).value();
    theirs.city = QStringLiteral("Marseille");
    QVERIFY(PartnerStore(other).update(theirs).ok());

    input<QLineEdit>(editor, QStringLiteral("name"))->setText(QStringLiteral("Eta Mine"));
    QVERIFY(editor.isModified());
    QVERIFY(!editor.save());
    // Theirs is shown, mine discarded, nothing written.
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(editor.form()->text(QStringLiteral("name")), QStringLiteral("Eta"));
    QCOMPARE(editor.form()->text(QStringLiteral("city")), QStringLiteral("Marseille"));
    const Partner stored = PartnerStore(m_db).get(p.id).value();
    QCOMPARE(stored.name, QStringLiteral("Eta"));
    QCOMPARE(editor.partner().version, stored.version);
    // The next edit saves without a conflict.
    input<QLineEdit>(editor, QStringLiteral("name"))->setText(QStringLiteral("Eta Again"));
    QVERIFY(editor.save());
}

void TestPartnerEditor::conflictCancel()
{
    const Partner p = storedPartner(QStringLiteral("Theta"));
    PartnerEditor editor(m_db, p.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setConflictResolver([](QWidget *, const QString &) { return ConflictDialog::Choice::Cancel; });
    const Database other = openDatabase(m_db.path(), QStringLiteral("colleague"));
    Partner theirs = PartnerStore(other).get(p.id).value();
    theirs.city = QStringLiteral("Marseille");
    QVERIFY(PartnerStore(other).update(theirs).ok());

    input<QLineEdit>(editor, QStringLiteral("name"))->setText(QStringLiteral("Theta Mine"));
    QVERIFY(!editor.save());
    // Still mine, still unsaved, and the page says why.
    QVERIFY(editor.isModified());
    QCOMPARE(editor.form()->text(QStringLiteral("name")), QStringLiteral("Theta Mine"));
    QVERIFY(editor.form()->messageBar()->isVisible());
    QCOMPARE(PartnerStore(m_db).get(p.id)->name, QStringLiteral("Theta"));
}

void TestPartnerEditor::duplicateCodeShownAtField()
{
    const Partner first = storedPartner(QStringLiteral("Iota"));
    PartnerEditor editor(m_db, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    type(input<QLineEdit>(editor, QStringLiteral("name")), QStringLiteral("Kappa"));
    auto *code = input<QLineEdit>(editor, QStringLiteral("code"));
    type(code, first.code);
    QVERIFY(!editor.save());
    FieldError *error = editor.form()->fieldError(QStringLiteral("code"));
    QVERIFY(error->hasError());
    QVERIFY(error->error().contains(first.code));
    QVERIFY(!button(editor, "saveButton")->isEnabled());
    QCOMPARE(editor.partnerId(), 0);
    // Editing the field takes the store's message away.
    type(code, QString());
    QVERIFY(!error->hasError());
    QVERIFY(editor.save());
}

void TestPartnerEditor::newAreaIsCreatedWithThePartner()
{
    PartnerEditor editor(m_db, 0);
    input<QLineEdit>(editor, QStringLiteral("name"))->setText(QStringLiteral("Lambda"));
    auto *area = input<QComboBox>(editor, QStringLiteral("area"));
    area->setEditText(QStringLiteral("North-East"));
    QVERIFY(editor.save());
    const auto areas = LookupStore(m_db).areas().value();
    QCOMPARE(areas.size(), 1);
    QCOMPARE(areas.first().name, QStringLiteral("North-East"));
    QCOMPARE(PartnerStore(m_db).get(editor.partnerId())->areaId, areas.first().id);
    // The new area is now one of the choices.
    QVERIFY(area->findText(QStringLiteral("North-East")) >= 0);
    QCOMPARE(area->currentText(), QStringLiteral("North-East"));
}

void TestPartnerEditor::disabledActivationOnlyForItsPartner()
{
    const LookupStore lookups(m_db);
    Activation old;
    old.name = QStringLiteral("Legacy");
    old = lookups.saveActivation(old).value();
    Partner p = storedPartner(QStringLiteral("Mu"));
    p.activationId = old.id;
    p = PartnerStore(m_db).update(p).value();
    old.active = false;
    QVERIFY(lookups.saveActivation(old).ok());

    PartnerEditor hers(m_db, p.id);
    auto *activation = input<QComboBox>(hers, QStringLiteral("activation"));
    QCOMPARE(activation->currentData().toLongLong(), old.id);
    QVERIFY(activation->currentText().contains(QStringLiteral("Legacy")));
    QVERIFY(!hers.isModified());

    PartnerEditor fresh(m_db, 0);
    QCOMPARE(input<QComboBox>(fresh, QStringLiteral("activation"))->findData(old.id), -1);
}

void TestPartnerEditor::archiveAndRestore()
{
    const Partner p = storedPartner(QStringLiteral("Nu"));
    PartnerEditor editor(m_db, p.id);
    button(editor, "archiveButton")->click();
    QVERIFY(PartnerStore(m_db).get(p.id)->isArchived());
    QVERIFY(editor.partner().isArchived());
    QVERIFY(button(editor, "restoreButton")->isVisibleTo(&editor));
    QVERIFY(!button(editor, "archiveButton")->isVisibleTo(&editor));
    button(editor, "restoreButton")->click();
    QVERIFY(!PartnerStore(m_db).get(p.id)->isArchived());
    QCOMPARE(actions(m_db, p.id).mid(0, 2),
        (QStringList {QStringLiteral("restored"), QStringLiteral("archived")}));
    // Archiving moved the version on; a later save must not conflict with itself.
    input<QLineEdit>(editor, QStringLiteral("city"))->setText(QStringLiteral("Lille"));
    QVERIFY(editor.save());
}

void TestPartnerEditor::addContact()
{
    const Partner p = storedPartner(QStringLiteral("Xi"));
    PartnerEditor editor(m_db, p.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ContactDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *name = qobject_cast<QLineEdit *>(dialog->form()->input(QStringLiteral("name")));
        auto *email = qobject_cast<QLineEdit *>(dialog->form()->input(QStringLiteral("email")));
        type(name, QStringLiteral("Anna Berg"));
        type(email, QStringLiteral("anna@example"));
        QVERIFY(dialog->form()->fieldError(QStringLiteral("email"))->hasError());
        QVERIFY(!ok->isEnabled());
        type(email, QStringLiteral("anna@example.com"));
        QVERIFY(ok->isEnabled());
        filled = true;
        ok->click();
    });
    button(editor, "addContactButton")->click();
    QVERIFY(filled);

    const auto contacts = PartnerStore(m_db).contacts(p.id).value();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().name, QStringLiteral("Anna Berg"));
    QCOMPARE(contacts.first().email, QStringLiteral("anna@example.com"));
    QVERIFY(contacts.first().primary); // the first contact
    auto *view = editor.findChild<QTableView *>(QStringLiteral("contactsView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(actions(m_db, p.id).first(), QStringLiteral("contact-added"));
    // Contacts are written at once; the form has nothing unsaved.
    QVERIFY(!editor.isModified());
}

void TestPartnerEditor::screenshots()
{
    // Pictures of every tab for reviewing the layout: CHANNELDESK_SHOTS=/some/dir.
    const QString dir = qEnvironmentVariable("CHANNELDESK_SHOTS");
    if (dir.isEmpty())
        QSKIP("set CHANNELDESK_SHOTS to a folder to take screenshots");
    QDir().mkpath(dir);
    const LookupStore lookups(m_db);
    User user;
    user.login = QStringLiteral("mkeller");
    user.displayName = QStringLiteral("Maria Keller");
    QVERIFY(lookups.saveUser(user).ok());
    Partner p;
    p.name = QStringLiteral("Nordlicht Systemhaus GmbH");
    p.legalName = QStringLiteral("Nordlicht Systemhaus Gesellschaft mit beschränkter Haftung");
    p.kind = PartnerKind::Dealer;
    p.businessNature = QStringLiteral("IT services");
    p.street = QStringLiteral("Hafenstraße 12");
    p.postcode = QStringLiteral("20457");
    p.city = QStringLiteral("Hamburg");
    p.country = QStringLiteral("DE");
    p.website = QStringLiteral("www.nordlicht-systemhaus.de");
    p.iban = QStringLiteral("DE89370400440532013000");
    p.bic = QStringLiteral("COBADEFFXXX");
    p.bankHolder = p.name;
    p.bankName = QStringLiteral("Commerzbank");
    p.tags = {QStringLiteral("cloud"), QStringLiteral("premium")};
    p.levelId = lookups.levelId(QStringLiteral("Gold")).value();
    p = PartnerStore(m_db).create(p).value();
    Contact c;
    c.partnerId = p.id;
    c.name = QStringLiteral("Jonas Weber");
    c.function = QStringLiteral("Managing director");
    c.email = QStringLiteral("jonas.weber@nordlicht-systemhaus.de");
    c.phone = QStringLiteral("+49 40 1234567");
    c.primary = true;
    QVERIFY(PartnerStore(m_db).addContact(c).ok());
    p.city = QStringLiteral("Hamburg-Altona");
    p = PartnerStore(m_db).update(p).value();

    PartnerEditor editor(m_db, p.id);
    editor.resize(1100, 750);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // One error on show, so the picture has the inline message too.
    input<QLineEdit>(editor, QStringLiteral("bic"))->setText(QStringLiteral("COBADEFF"));
    type(input<QLineEdit>(editor, QStringLiteral("iban")), QStringLiteral("DE89 3704 0044 0532 0130 01"));
    type(input<QLineEdit>(editor, QStringLiteral("website")), QStringLiteral("nordlicht"));
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("tabs"));
    const QStringList names = {QStringLiteral("profile"), QStringLiteral("bank"), QStringLiteral("contacts"),
        QStringLiteral("customers"), QStringLiteral("timeline")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        QVERIFY(editor.grab().save(QDir(dir).filePath(QStringLiteral("editor-%1.png").arg(names.value(i)))));
    }
    PartnerEditor fresh(m_db, 0);
    fresh.resize(1100, 750);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.grab().save(QDir(dir).filePath(QStringLiteral("editor-new.png"))));
}

CHANNELDESK_TEST_MAIN(TestPartnerEditor)
#include "tst_partnereditor.moc"
