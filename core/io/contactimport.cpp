// Contact rows: people of partners that are already stored, named by code or exact name.

#include "rowimporter_p.h"

namespace cd::importing {

namespace {

class ContactImporter final : public RowImporter
{
public:
    using RowImporter::RowImporter;
    Status row(ImportRow &row) override;
};

Status ContactImporter::row(ImportRow &row)
{
    std::optional<bool> isCompany = false;
    c.yesNo(row, "isCompany", isCompany);
    if (isCompany.value_or(false)) {
        ++c.report.rowsSkipped; // the companies of an Odoo export; their people are the contacts
        return {};
    }
    Contact contact;
    c.text(row, "name", contact.name);
    c.text(row, "function", contact.function);
    c.text(row, "email", contact.email);
    c.text(row, "phone", contact.phone);
    std::optional<bool> primary = false;
    c.yesNo(row, "primary", primary);
    contact.primary = primary.value_or(false);
    c.addErrors(row, contact.validate());

    const QString code = c.value(row, "partnerCode");
    const QString name = c.value(row, "partner");
    if (code.isEmpty() && name.isEmpty()) {
        c.problem(row,
            c.hasColumn(QStringLiteral("partnerCode")) ? QStringLiteral("partnerCode")
                                                       : QStringLiteral("partner"),
            Importer::tr("The row names no partner; give the partner's code or exact name."));
    } else {
        auto partner = c.partnerFor(row, code, name);
        if (!partner)
            return partner.error();
        contact.partnerId = partner.value();
    }
    if (auto added = c.addContact(row, contact); !added)
        return added;
    c.finishRow(row);
    return {};
}

} // namespace

std::unique_ptr<RowImporter> contactImporter(ImportContext &context)
{
    return std::make_unique<ContactImporter>(context);
}

} // namespace cd::importing
