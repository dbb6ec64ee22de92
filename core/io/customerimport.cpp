// Customer rows: a customer and the partner it is bound to, named by code or exact name.

#include "rowimporter_p.h"

namespace cd::importing {

namespace {

class CustomerImporter final : public RowImporter
{
public:
    using RowImporter::RowImporter;
    Status row(ImportRow &row) override;

private:
    Status write(ImportRow &row, Customer customer, qint64 partnerId, std::optional<bool> archived);
    std::unique_ptr<NewCustomers> m_new; // new customers, through statements prepared once
};

Status CustomerImporter::row(ImportRow &row)
{
    const QString code = c.value(row, "code");
    auto claimed = c.claimCode(row, code, c.customerByCodeLookup);
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return {};
    const CodeMatch match = *claimed.value();
    Customer customer;
    if (auto started = c.startFrom(match, c.customers, customer); !started)
        return started;
    c.text(row, "code", customer.code);
    c.text(row, "name", customer.name);
    c.text(row, "street", customer.street);
    c.text(row, "city", customer.city);
    c.text(row, "postcode", customer.postcode);
    c.country(row, "country", customer.country);
    c.text(row, "segment", customer.segment);
    c.text(row, "email", customer.email);
    c.text(row, "phone", customer.phone);
    std::optional<bool> archived;
    c.yesNo(row, "archived", archived);
    const QString partnerCode = c.value(row, "partnerCode");
    const QString partnerName = c.value(row, "partner");
    auto partner = c.partnerFor(row, partnerCode, partnerName);
    if (!partner)
        return partner.error();
    // An update keeps the stored partner unless the row names one.
    const qint64 partnerId
        = partnerCode.isEmpty() && partnerName.isEmpty() ? customer.partnerId : partner.value();
    if (customer.id == 0)
        customer.partnerId = partnerId;
    c.addErrors(row, customer.validate());
    c.reportCode(row, match, code,
        Importer::tr("The code %1 is already used by a customer in the database.").arg(code));
    if (row.ok() && c.writing()) {
        if (Status s = write(row, std::move(customer), partnerId, archived); !s)
            return s;
    }
    c.finishRow(row);
    return {};
}

Status CustomerImporter::write(
    ImportRow &row, Customer customer, qint64 partnerId, std::optional<bool> archived)
{
    const bool updating = customer.id > 0;
    ImportContext::RowWrite write(c, row, updating || archived.value_or(false));
    if (Status s = write.begin(); !s)
        return s;
    if (!updating && !archived.value_or(false)) {
        // The common case of a large file.
        if (!m_new)
            m_new = std::make_unique<NewCustomers>(c.db);
        if (auto id = m_new->add(std::move(customer)); !id)
            return write.refuse(id.error(),
                id.error().code == Error::Code::NotFound ? QStringLiteral("partnerCode") : QString());
        if (Status s = write.commit(); !s || !row.ok())
            return s;
        ++c.report.rowsCreated;
        return {};
    }
    const int versionBefore = customer.version;
    auto saved = updating ? c.customers.update(customer) : c.customers.create(customer);
    if (!saved)
        return write.refuse(saved.error());
    if (updating && partnerId != saved->partnerId) {
        // A new partner is a reassignment, on the timelines of the customer and both partners.
        auto moved = c.customers.reassign(saved->id, saved->version, partnerId);
        if (!moved)
            return write.refuse(moved.error(), QStringLiteral("partnerCode"));
        saved = moved;
    }
    if (archived && *archived != saved->isArchived()) {
        auto done = *archived ? c.customers.archive(saved->id, saved->version)
                              : c.customers.restore(saved->id, saved->version);
        if (!done)
            return write.refuse(done.error());
        saved = done;
    }
    if (Status s = write.commit(); !s || !row.ok())
        return s;
    if (!updating)
        ++c.report.rowsCreated;
    else if (saved->version != versionBefore)
        ++c.report.rowsUpdated;
    else
        ++c.report.rowsUnchanged;
    return {};
}

} // namespace

std::unique_ptr<RowImporter> customerImporter(ImportContext &context)
{
    return std::make_unique<CustomerImporter>(context);
}

} // namespace cd::importing
