#pragma once

// ContactDialog: adds or edits one contact of a partner; checks the entry inline and writes it
// when the user presses OK, so a refused value keeps the dialog open at the field.

#include "db/database.h"
#include "partners/partner.h"
#include "shared/conflictdialog.h"

#include <QDialog>

class QDialogButtonBox;

namespace cd {

class EditForm;

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // `contact.id` 0 = a new contact of `contact.partnerId`.
    ContactDialog(const Database &db, const Contact &contact, QWidget *parent = nullptr);

    // The contact as entered; after accept(), as stored (id and version filled in).
    Contact contact() const;
    EditForm *form() const { return m_form; }
    void setConflictResolver(ConflictDialog::Resolver resolver);

public slots:
    void accept() override;

private:
    void showContact(const Contact &contact);
    Status write();

    Database m_db;
    Contact m_contact;
    EditForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
