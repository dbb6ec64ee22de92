#include "fieldeditcommand.h"

#include "editform.h"

#include <QCoreApplication>

namespace cd {

namespace {
constexpr int kFieldEditId = 0x4644; // any constant shared by all field edits; mergeWith checks the rest
} // namespace

FieldEditCommand::FieldEditCommand(EditForm *form, const QString &field, const QString &label,
    const QVariant &oldValue, const QVariant &newValue, int mergeGroup)
    : QUndoCommand(QCoreApplication::translate("FieldEditCommand", "Edit %1").arg(label))
    , m_form(form)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
    , m_mergeGroup(mergeGroup)
{}

void FieldEditCommand::undo()
{
    m_form->apply(m_field, m_old);
}

void FieldEditCommand::redo()
{
    m_form->apply(m_field, m_new);
}

int FieldEditCommand::id() const
{
    return m_mergeGroup < 0 ? -1 : kFieldEditId;
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    // Equal ids guarantee the type.
    const auto *edit = static_cast<const FieldEditCommand *>(other);
    if (edit->m_form != m_form || edit->m_field != m_field || edit->m_mergeGroup != m_mergeGroup)
        return false;
    m_new = edit->m_new;
    // Typing back to the old text leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace cd
