#include "contactdialog.h"

#include "partners/partnerstore.h"
#include "shared/editform.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ContactDialog::ContactDialog(const Database &db, const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_contact(contact)
    , m_form(new EditForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(contact.id == 0 ? tr("New contact") : tr("Edit contact"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form->messageBar());
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *name = new QLineEdit;
    name->setPlaceholderText(tr("Required"));
    m_form->addRow(fields, QStringLiteral("name"), tr("&Name:"), name);
    m_form->addRow(fields, QStringLiteral("function"), tr("&Function:"), new QLineEdit);
    auto *email = new QLineEdit;
    email->setPlaceholderText(tr("name@example.com"));
    m_form->addRow(fields, QStringLiteral("email"), tr("&E-mail:"), email);
    m_form->addRow(fields, QStringLiteral("phone"), tr("&Phone:"), new QLineEdit);
    m_form->addRow(
        fields, QStringLiteral("primary"), QString(), new QCheckBox(tr("P&rimary contact of the partner")));
    layout->addLayout(fields);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    showContact(contact);
    m_form->resetHistory();
    m_form->setValidator([this] { return this->contact().validate(); });
    connect(m_form, &EditForm::errorsChanged, this,
        [this](bool errors) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!errors); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_form->hasErrors());
    setMinimumWidth(420);
}

void ContactDialog::showContact(const Contact &c)
{
    m_form->setValue(QStringLiteral("name"), c.name);
    m_form->setValue(QStringLiteral("function"), c.function);
    m_form->setValue(QStringLiteral("email"), c.email);
    m_form->setValue(QStringLiteral("phone"), c.phone);
    m_form->setValue(QStringLiteral("primary"), c.primary);
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_form->text(QStringLiteral("name"));
    c.function = m_form->text(QStringLiteral("function"));
    c.email = m_form->text(QStringLiteral("email")).trimmed();
    c.phone = m_form->text(QStringLiteral("phone"));
    c.primary = m_form->value(QStringLiteral("primary")).toBool();
    return c;
}

void ContactDialog::setConflictResolver(ConflictDialog::Resolver resolver)
{
    m_form->setConflictResolver(std::move(resolver));
}

Status ContactDialog::write()
{
    const PartnerStore store(m_db);
    auto stored = m_contact.id == 0 ? store.addContact(contact()) : store.updateContact(contact());
    if (!stored)
        return stored.error();
    m_contact = stored.value();
    return {};
}

void ContactDialog::accept()
{
    const auto outcome = m_form->commit([this] { return write(); },
        [this]() -> Status {
            auto contacts = PartnerStore(m_db).contacts(m_contact.partnerId);
            if (!contacts)
                return contacts.error();
            for (const Contact &c : contacts.value()) {
                if (c.id == m_contact.id) {
                    m_contact.version = c.version;
                    return {};
                }
            }
            return Error::make(Error::Code::NotFound, tr("The contact no longer exists."));
        },
        [this] {
            // Their version: the dialog closes and the list shows what is stored.
            reject();
        });
    if (outcome == EditForm::Outcome::Saved)
        QDialog::accept();
}

} // namespace cd
