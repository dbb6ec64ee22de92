#include "formeditor.h"

#include <QPushButton>

#include "editform.h"

namespace cd {

FormEditor::FormEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_form(new EditForm(this))
{}

QUndoStack *FormEditor::undoStack() const
{
    return m_form->undoStack();
}

bool FormEditor::isModified() const
{
    return m_form->isModified();
}

bool FormEditor::maybeSave()
{
    return m_form->maybeSave(displayName(), [this] { return save(); });
}

bool FormEditor::save()
{
    const auto outcome = m_form->commit(
        [this] { return write(); }, [this] { return adoptStoredVersion(); }, [this] { reload(); });
    if (outcome != EditForm::Outcome::Saved)
        return false;
    afterSave();
    emit saved(recordId());
    return true;
}

bool FormEditor::runAction(const std::function<Status()> &action)
{
    return m_form->run(
               action, [this] { return adoptStoredVersion(); }, [this] { reload(); })
        == EditForm::Outcome::Saved;
}

QString FormEditor::title() const
{
    //: Editor title with unsaved changes
    return isModified() ? tr("%1*").arg(displayName()) : displayName();
}

void FormEditor::setConflictResolver(ConflictDialog::Resolver resolver)
{
    m_form->setConflictResolver(std::move(resolver));
}

void FormEditor::announceTitle()
{
    const QString t = title();
    setWindowTitle(t);
    if (t != m_lastTitle) {
        m_lastTitle = t;
        emit titleChanged(t);
    }
}

void FormEditor::updateRecordButtons(const RecordButtons &buttons, bool stored, bool archived) const
{
    const bool errors = m_form->hasErrors();
    buttons.save->setEnabled(!errors && (isModified() || !stored));
    buttons.save->setToolTip(
        errors && !m_form->errors().isEmpty() ? m_form->errors().first().message : QString());
    // A record not yet saved has nothing to archive or read again.
    buttons.archive->setVisible(stored && !archived);
    buttons.restore->setVisible(stored && archived);
    buttons.reload->setVisible(stored);
}

} // namespace cd
