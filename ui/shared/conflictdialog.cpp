#include "conflictdialog.h"

#include <QPushButton>

namespace cd {

ConflictDialog::ConflictDialog(const QString &message, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Changed by someone else"));
    setText(tr("Changed by someone else"));
    setInformativeText(tr("%1\n\nReload shows their version and discards your changes. Overwrite saves your "
                          "values over theirs.")
                           .arg(message));
    m_reload = addButton(tr("Reload"), QMessageBox::DestructiveRole);
    m_overwrite = addButton(tr("Overwrite"), QMessageBox::AcceptRole);
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    // Nothing is lost by going back to the form, so that is what Enter and Escape do.
    setDefaultButton(cancel);
    setEscapeButton(cancel);
}

ConflictDialog::Choice ConflictDialog::choice() const
{
    if (clickedButton() == m_reload)
        return Choice::Reload;
    if (clickedButton() == m_overwrite)
        return Choice::Overwrite;
    return Choice::Cancel;
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &message)
{
    ConflictDialog dialog(message, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace cd
