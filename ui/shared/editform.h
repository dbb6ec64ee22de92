#pragma once

// EditForm: the plumbing every record editor shares: binds input widgets to domain field names,
// records each user edit as an undoable command, shows validation errors next to their fields and
// runs a save through the version-conflict question.

#include "common/result.h"
#include "conflictdialog.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariant>

#include <functional>

class QFormLayout;
class QLabel;
class QUndoStack;

namespace cd {

class FieldError;

class EditForm : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Saved, Reloaded, Cancelled, Failed };
    // The rules of the record as currently typed; one Error per broken field.
    using Validator = std::function<QList<Error>()>;

    // `owner` is the editor: parent of the form and of the dialogs it asks.
    explicit EditForm(QWidget *owner);
    ~EditForm() override;

    QUndoStack *undoStack() const { return m_stack; }
    // Unsaved edits: the undo stack is away from the state of the last load or save.
    bool isModified() const;

    // Registers `input` (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QCheckBox or QDateEdit) as
    // the editor of `field`, the name Error::field uses, and returns the wrapper that shows its
    // error. `label` is the row's label ("&Name:"), also used for the undo text.
    FieldError *add(const QString &field, const QString &label, QWidget *input);
    // add() plus a row in `layout` whose label's buddy is the input.
    FieldError *addRow(QFormLayout *layout, const QString &field, const QString &label, QWidget *input);
    // Gives the labels of forms stacked in one column one width, so their fields line up.
    static void alignLabels(const QList<QFormLayout *> &layouts);
    // Fields whose rules depend on each other: when one is touched, errors of all of them show.
    void linkFields(const QStringList &fields);

    bool contains(const QString &field) const { return m_fields.contains(field); }
    QWidget *input(const QString &field) const;
    FieldError *fieldError(const QString &field) const;

    // The value shown: QString for text inputs and editable combos, the item data for other combos,
    // int for spin boxes, bool for check boxes, QDate (invalid = none) for date edits.
    QVariant value(const QString &field) const;
    QString text(const QString &field) const { return value(field).toString(); }
    // Shows `value` without recording an edit (loading a record).
    void setValue(const QString &field, const QVariant &value);
    // Runs `change` (refilling a combo, say) without recording edits, then takes the values shown.
    void withoutRecording(const std::function<void()> &change);
    // After loading a record: no undo history, no errors shown, unmodified.
    void resetHistory();
    // After saving: the current state is the clean one.
    void markSaved();

    void setValidator(Validator validator);
    // Re-runs the validator and updates the messages.
    void revalidate();
    // Any broken rule, shown or not yet (an untouched empty required field is not shown).
    bool hasErrors() const;
    QList<Error> errors() const { return m_errors; }
    // Shows the errors of every field, not only the touched ones (before a save).
    void showAllErrors();
    // An error from the store: at its field when the form has it (until that field is edited),
    // otherwise in the message bar.
    void showError(const Error &error);
    // Brings `field` into view (its tab, its scroll position) and gives it the focus.
    void reveal(const QString &field);
    // The form-wide message strip (errors without a field); the editor puts it in its layout.
    QLabel *messageBar() const { return m_messageBar; }
    void showMessage(const QString &message);

    void setConflictResolver(ConflictDialog::Resolver resolver);

    // Runs `write` (any versioned write: save, archive, reassign). When it fails with a Conflict,
    // asks the resolver: Reload calls `reload`; Overwrite calls `adoptStoredVersion` (take the
    // stored version number, keep the values) and writes again. Other errors show at their field
    // or in the message bar.
    Outcome run(const std::function<Status()> &write, const std::function<Status()> &adoptStoredVersion,
        const std::function<void()> &reload);
    // Saving the form: refuses while rules are broken, then run(); a save makes the form clean.
    Outcome commit(const std::function<Status()> &write, const std::function<Status()> &adoptStoredVersion,
        const std::function<void()> &reload);

    // Before closing: when there are unsaved changes, asks whether to save the changes to `name`.
    // Save calls `save`; false = stay (the user cancelled or the save failed).
    bool maybeSave(const QString &name, const std::function<bool()> &save);

    // Before reading the record again: true when there is nothing to lose or the user agrees to
    // discard the unsaved changes to `name`.
    bool confirmDiscard(const QString &name);

    // Shows `value` in `field` as an edit (for undo/redo commands).
    void apply(const QString &field, const QVariant &value);

signals:
    // A field changed by the user or by undo/redo (not by setValue()).
    void edited(const QString &field);
    void errorsChanged(bool hasErrors);
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString label;
        QWidget *input = nullptr;
        FieldError *wrapper = nullptr;
        QVariant value; // what the form last recorded: the "old value" of the next edit
        bool mergeable = false;
    };

    QVariant read(const Field &field) const;
    void write(const Field &field, const QVariant &value);
    void inputChanged(const QString &field);
    void touch(const QString &field);
    void updateMessages();

    QWidget *m_owner;
    QUndoStack *m_stack;
    QLabel *m_messageBar;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QHash<QObject *, QString> m_fieldOfInput;
    QList<QStringList> m_links;
    QSet<QString> m_touched;
    QHash<QString, QString> m_external; // store errors, by field
    QList<Error> m_errors;
    Validator m_validator;
    ConflictDialog::Resolver m_resolver;
    int m_mergeGroup = 0;
    bool m_recording = true;
    bool m_hadErrors = false;
};

} // namespace cd
