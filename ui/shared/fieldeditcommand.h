#pragma once

// FieldEditCommand: one change of one form field, undoable; keystrokes in the same field merge
// into one command until the user leaves the field (like Tiled's property edits).

#include <QUndoCommand>
#include <QVariant>

namespace cd {

class EditForm;

class FieldEditCommand : public QUndoCommand
{
public:
    // `mergeGroup` < 0: never merges; otherwise merges with the next edit of the same field
    // carrying the same group (the form starts a new group when the field loses focus).
    FieldEditCommand(EditForm *form, const QString &field, const QString &label, const QVariant &oldValue,
        const QVariant &newValue, int mergeGroup);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QString field() const { return m_field; }

private:
    EditForm *m_form;
    QString m_field;
    QVariant m_old;
    QVariant m_new;
    int m_mergeGroup;
};

} // namespace cd
