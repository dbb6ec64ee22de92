// Tests of the form plumbing both editors share: value binding for each kind of input, undo
// steps and their merging, which errors show when, and the save/conflict loop.

#include "shared/editform.h"
#include "shared/fielderror.h"
#include "testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace cd;

namespace {

// A page with one input of every supported kind.
struct Page
{
    QWidget widget;
    EditForm *form = new EditForm(&widget);
    QLineEdit *text = new QLineEdit;
    QComboBox *choice = new QComboBox;
    QComboBox *editableChoice = new QComboBox;
    QPlainTextEdit *notes = new QPlainTextEdit;
    QSpinBox *number = new QSpinBox;
    QCheckBox *flag = new QCheckBox(QStringLiteral("Flag"));
    QDateEdit *date = new QDateEdit;

    Page()
    {
        choice->addItem(QStringLiteral("One"), 1);
        choice->addItem(QStringLiteral("Two"), 2);
        editableChoice->setEditable(true);
        editableChoice->addItems({QStringLiteral("North"), QStringLiteral("South")});
        editableChoice->setCurrentIndex(-1);
        date->setMinimumDate(QDate(1900, 1, 1));
        date->setSpecialValueText(QStringLiteral("-"));
        date->setDate(date->minimumDate());
        auto *layout = new QFormLayout(&widget);
        form->addRow(layout, QStringLiteral("text"), QStringLiteral("&Text:"), text);
        form->addRow(layout, QStringLiteral("choice"), QStringLiteral("&Choice:"), choice);
        form->addRow(layout, QStringLiteral("editableChoice"), QStringLiteral("&Area:"), editableChoice);
        form->addRow(layout, QStringLiteral("notes"), QStringLiteral("&Notes:"), notes);
        form->addRow(layout, QStringLiteral("number"), QStringLiteral("N&umber:"), number);
        form->addRow(layout, QStringLiteral("flag"), QString(), flag);
        form->addRow(layout, QStringLiteral("date"), QStringLiteral("&Date:"), date);
    }
};

} // namespace

class TestEditForm : public QObject
{
    Q_OBJECT

private slots:
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void userEditIsUndoable_data();
    void userEditIsUndoable();
    void setValueIsNotAnEdit();
    void mergingStopsWhenLeavingField();
    void errorsShowForTouchedAndLinkedFields();
    void storeErrorStaysUntilFieldEdited();
    void commitOutcomes_data();
    void commitOutcomes();
    void revealSwitchesTab();
};

void TestEditForm::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("line edit") << QStringLiteral("text") << QVariant(QStringLiteral("hello"));
    QTest::newRow("combo data") << QStringLiteral("choice") << QVariant(2);
    QTest::newRow("editable combo, new text")
        << QStringLiteral("editableChoice") << QVariant(QStringLiteral("East"));
    QTest::newRow("editable combo, item")
        << QStringLiteral("editableChoice") << QVariant(QStringLiteral("South"));
    QTest::newRow("plain text") << QStringLiteral("notes") << QVariant(QStringLiteral("line 1\nline 2"));
    QTest::newRow("spin box") << QStringLiteral("number") << QVariant(42);
    QTest::newRow("check box") << QStringLiteral("flag") << QVariant(true);
    QTest::newRow("date") << QStringLiteral("date") << QVariant(QDate(2024, 2, 29));
    QTest::newRow("no date") << QStringLiteral("date") << QVariant(QDate());
}

void TestEditForm::valuesRoundTrip()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    Page page;
    page.form->setValue(field, value);
    QCOMPARE(page.form->value(field), value);
}

void TestEditForm::userEditIsUndoable_data()
{
    valuesRoundTrip_data();
}

void TestEditForm::userEditIsUndoable()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    Page page;
    if (field == QLatin1String("date") && !value.toDate().isValid())
        page.form->setValue(field, QDate(2020, 1, 1)); // so that "no date" is a change
    const QVariant before = page.form->value(field);
    QSignalSpy edited(page.form, &EditForm::edited);
    QSignalSpy modified(page.form, &EditForm::modifiedChanged);

    // What a user does: change the widget directly.
    QWidget *in = page.form->input(field);
    if (auto *line = qobject_cast<QLineEdit *>(in))
        line->setText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(in); combo && combo->isEditable())
        combo->setEditText(value.toString());
    else if (combo)
        combo->setCurrentIndex(combo->findData(value));
    else if (auto *text = qobject_cast<QPlainTextEdit *>(in))
        text->setPlainText(value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(in))
        spin->setValue(value.toInt());
    else if (auto *check = qobject_cast<QCheckBox *>(in))
        check->setChecked(value.toBool());
    else if (auto *date = qobject_cast<QDateEdit *>(in))
        date->setDate(value.toDate().isValid() ? value.toDate() : date->minimumDate());

    QCOMPARE(page.form->value(field), value);
    QVERIFY(page.form->isModified());
    QCOMPARE(modified.size(), 1);
    QVERIFY(edited.size() >= 1);
    QCOMPARE(edited.last().first().toString(), field);
    page.form->undoStack()->undo();
    QCOMPARE(page.form->value(field), before);
    QVERIFY(!page.form->isModified());
    page.form->undoStack()->redo();
    QCOMPARE(page.form->value(field), value);
}

void TestEditForm::setValueIsNotAnEdit()
{
    Page page;
    page.form->setValue(QStringLiteral("text"), QStringLiteral("loaded"));
    page.form->withoutRecording([&] { page.choice->setCurrentIndex(1); });
    QCOMPARE(page.form->undoStack()->count(), 0);
    QVERIFY(!page.form->isModified());
    // The next edit's "before" is what was loaded.
    page.text->setText(QStringLiteral("typed"));
    page.form->undoStack()->undo();
    QCOMPARE(page.text->text(), QStringLiteral("loaded"));
    page.choice->setCurrentIndex(0);
    page.form->undoStack()->undo();
    QCOMPARE(page.form->value(QStringLiteral("choice")), QVariant(2));
}

void TestEditForm::mergingStopsWhenLeavingField()
{
    Page page;
    page.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.widget));
    QUndoStack *stack = page.form->undoStack();
    page.text->setFocus();
    QTest::keyClicks(page.text, QStringLiteral("abc"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit Text"));
    page.number->setFocus();
    page.text->setFocus();
    QTest::keyClicks(page.text, QStringLiteral("def"));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(page.text->text(), QStringLiteral("abc"));
    // Combos and check boxes never merge: each choice is a step.
    page.choice->setCurrentIndex(1);
    page.choice->setCurrentIndex(0);
    QCOMPARE(stack->count(), 3);
    page.flag->setChecked(true);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit Flag"));
    // After a save, typing starts a new step even in the same field.
    page.form->markSaved();
    page.text->setFocus();
    QTest::keyClicks(page.text, QStringLiteral("g"));
    QVERIFY(page.form->isModified());
    stack->undo();
    QVERIFY(!page.form->isModified());
}

void TestEditForm::errorsShowForTouchedAndLinkedFields()
{
    Page page;
    page.form->linkFields({QStringLiteral("number"), QStringLiteral("flag")});
    page.form->setValidator([&] {
        QList<Error> errors;
        if (page.text->text().isEmpty())
            errors << Error::validation(QStringLiteral("text"), QStringLiteral("Text is required."));
        if (page.number->value() > 10 && !page.flag->isChecked())
            errors << Error::validation(QStringLiteral("flag"), QStringLiteral("Big numbers need the flag."));
        return errors;
    });
    QSignalSpy errorsChanged(page.form, &EditForm::errorsChanged);
    QVERIFY(page.form->hasErrors());
    // Untouched: counted, not shown.
    QVERIFY(!page.form->fieldError(QStringLiteral("text"))->hasError());
    page.number->setValue(11);
    // The flag is linked to the number, so its error shows although the flag was not touched.
    QCOMPARE(
        page.form->fieldError(QStringLiteral("flag"))->error(), QStringLiteral("Big numbers need the flag."));
    QVERIFY(!page.form->fieldError(QStringLiteral("text"))->hasError());
    page.form->showAllErrors();
    QCOMPARE(page.form->fieldError(QStringLiteral("text"))->error(), QStringLiteral("Text is required."));
    QVERIFY(page.form->fieldError(QStringLiteral("text"))->messageLabel()->text()
        == QStringLiteral("Text is required."));
    page.text->setText(QStringLiteral("x"));
    page.flag->setChecked(true);
    QVERIFY(!page.form->hasErrors());
    QCOMPARE(errorsChanged.last().first().toBool(), false);
    // Undo brings the error back.
    page.form->undoStack()->undo();
    QVERIFY(page.form->fieldError(QStringLiteral("flag"))->hasError());
}

void TestEditForm::storeErrorStaysUntilFieldEdited()
{
    Page page;
    page.form->showError(
        Error {Error::Code::Duplicate, QStringLiteral("Taken."), QStringLiteral("text"), {}, 0, 0});
    QCOMPARE(page.form->fieldError(QStringLiteral("text"))->error(), QStringLiteral("Taken."));
    QVERIFY(page.form->hasErrors());
    page.form->revalidate();
    QVERIFY(page.form->hasErrors());
    page.text->setText(QStringLiteral("other"));
    QVERIFY(!page.form->hasErrors());
    // An error without a known field goes to the message bar.
    page.form->showError(Error::make(Error::Code::Database, QStringLiteral("Disk full.")));
    QCOMPARE(page.form->messageBar()->text(), QStringLiteral("Disk full."));
    QVERIFY(!page.form->messageBar()->isHidden());
}

void TestEditForm::commitOutcomes_data()
{
    QTest::addColumn<QList<int>>("choices"); // ConflictDialog::Choice per conflict
    QTest::addColumn<int>("conflicts"); // how many writes fail with a conflict first
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("writes");
    QTest::addColumn<int>("adoptions");
    QTest::addColumn<int>("reloads");

    const int overwrite = int(ConflictDialog::Choice::Overwrite);
    const int reload = int(ConflictDialog::Choice::Reload);
    const int cancel = int(ConflictDialog::Choice::Cancel);
    QTest::newRow("no conflict") << QList<int>() << 0 << int(EditForm::Outcome::Saved) << 1 << 0 << 0;
    QTest::newRow("overwrite") << QList<int> {overwrite} << 1 << int(EditForm::Outcome::Saved) << 2 << 1 << 0;
    QTest::newRow("overwrite twice") << QList<int> {overwrite, overwrite} << 2
                                     << int(EditForm::Outcome::Saved) << 3 << 2 << 0;
    QTest::newRow("reload") << QList<int> {reload} << 1 << int(EditForm::Outcome::Reloaded) << 1 << 0 << 1;
    QTest::newRow("cancel") << QList<int> {cancel} << 1 << int(EditForm::Outcome::Cancelled) << 1 << 0 << 0;
}

void TestEditForm::commitOutcomes()
{
    QFETCH(QList<int>, choices);
    QFETCH(int, conflicts);
    QFETCH(int, outcome);
    QFETCH(int, writes);
    QFETCH(int, adoptions);
    QFETCH(int, reloads);

    Page page;
    page.text->setText(QStringLiteral("mine"));
    int asked = 0;
    page.form->setConflictResolver([&](QWidget *, const QString &) {
        return static_cast<ConflictDialog::Choice>(
            choices.value(asked++, int(ConflictDialog::Choice::Cancel)));
    });
    int written = 0, adopted = 0, reloaded = 0;
    const auto result = page.form->commit(
        [&]() -> Status {
            if (written++ < conflicts)
                return Error::make(Error::Code::Conflict, QStringLiteral("Changed by a colleague."));
            return {};
        },
        [&]() -> Status {
            ++adopted;
            return {};
        },
        [&] { ++reloaded; });
    QCOMPARE(int(result), outcome);
    QCOMPARE(written, writes);
    QCOMPARE(adopted, adoptions);
    QCOMPARE(reloaded, reloads);
    QCOMPARE(page.form->isModified(), result != EditForm::Outcome::Saved);
}

void TestEditForm::revealSwitchesTab()
{
    QTabWidget tabs;
    Page *first = new Page;
    auto *second = new QWidget;
    tabs.addTab(&first->widget, QStringLiteral("First"));
    tabs.addTab(second, QStringLiteral("Second"));
    tabs.setCurrentIndex(1);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    first->form->setValidator(
        [] { return QList<Error> {Error::validation(QStringLiteral("number"), QStringLiteral("Wrong."))}; });
    QCOMPARE(first->form->commit([] { return Status(); }, [] { return Status(); }, [] {}),
        EditForm::Outcome::Failed);
    QCOMPARE(tabs.currentIndex(), 0);
    QVERIFY(first->form->fieldError(QStringLiteral("number"))->messageLabel()->isVisible());
    QVERIFY(first->form->messageBar()->text().size() > 0);
    tabs.removeTab(0);
    first->widget.setParent(nullptr);
    delete first;
}

CHANNELDESK_TEST_MAIN(TestEditForm)
#include "tst_editform.moc"
